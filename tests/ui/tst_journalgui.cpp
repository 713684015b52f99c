#include "engine.h"
#include "guifixture.h"
#include "journals/journalgridview.h"
#include "journals/journalspage.h"
#include "journals/journaltablemodel.h"
#include "journals/journalwindow.h"
#include "mainwindow.h"
#include "nextdialog.h"
#include "store/cache.h"
#include "store/collegerepository.h"
#include "store/journalreader.h"
#include "store/journalschema.h"
#include "widgets/messagebox.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTabWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

// Catches what QDesktopServices would open in a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

// Drives the real MainWindow on the demo college (KeePassXC's TestGui): a teacher opens a journal, types
// marks, undoes and redoes, adds lessons and distance lessons at chosen times, deletes a lesson with marks.
class TestJournalGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void teacherSeesOwnGroupsByCourse();
    void journalHeaderNamesGroupSubjectTeacherAndHours();
    void typedMarksGoDownAndIntoTheCache();
    void invalidEntryIsRefusedAtTheCell();
    void deleteKeyClearsAndUndoBringsBack();
    void lessonOutsideTheSemesterIsRefused();
    void kTPTopicIsReadOnlyAndHandTypedIsNot();
    void distanceLessonBeforeDuringAndAfter();
    void distanceLessonOnlyForTheOwnTeacherAndNotPassed();
    void deletingALessonWithMarksAsksAndCanBeUndone();
    void hidingScheduledLessons();
    void otherFeaturesPlugIn();
    void aPluggedInPageIsMadeWhenItsTabIsFirstShown();

private:
    template<typename T> T *find(const QString &objectName) const { return m_gui.find<T>(objectName); }
    void signInAs(const QString &roleKey);
    JournalWindow *openFirstJournal();
    void screenshot(const QString &name);
    // A read of the cache file as it is on disk now.
    QVariant cacheValue(const QString &sql) const;
    void type(const QString &text);
    int columnOfFirstLessonAfter(const QDate &date) const;

    GuiFixture m_gui;
    Engine *m_engine = nullptr;
    MainWindow *m_window = nullptr;
    JournalWindow *m_journal = nullptr;
    QString m_screenshots;
};

void TestJournalGui::initTestCase()
{
    // Set to a folder to have the screens captured with `import -window root` (run under xvfb-run).
    m_screenshots = qEnvironmentVariable("SPODESK_SCREENSHOT_DIR");
    QString error;
    QVERIFY2(m_gui.start(&error, QSize(1280, 800)), qPrintable(error));
    m_engine = &m_gui.engine();
    m_window = &m_gui.window();
}

void TestJournalGui::init()
{
    signInAs(QStringLiteral("subjectTeacher"));
}

void TestJournalGui::cleanupTestCase()
{
    m_gui.stop();
}

void TestJournalGui::screenshot(const QString &name)
{
    if (m_screenshots.isEmpty())
        return;
    // The screen is grabbed from outside: every window mapped and painted now, and the X server past our
    // requests (a round trip), before `import` reads it.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (window->isVisible() && QTest::qWaitForWindowExposed(window))
            window->repaint();
    }
    QGuiApplication::sync();
    QProcess::execute(QStringLiteral("import"),
                      {QStringLiteral("-window"), QStringLiteral("root"),
                       m_screenshots + QLatin1Char('/') + name + QStringLiteral(".png")});
}

void TestJournalGui::signInAs(const QString &roleKey)
{
    m_journal = nullptr;
    QVERIFY2(m_gui.signInAs(roleKey), qPrintable(roleKey));
}

JournalWindow *TestJournalGui::openFirstJournal()
{
    JournalsPage *page = m_window->workspace()->journalsPage();
    if (!page)
        return nullptr;
    auto *groups = page->findChild<QTreeWidget *>(QStringLiteral("journalGroups"));
    QTreeWidgetItem *group = groups->topLevelItem(0)->child(0);
    QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualItemRect(group).center());
    auto *subjects = page->findChild<QTreeWidget *>(QStringLiteral("journalSubjectList"));
    if (!QTest::qWaitFor([subjects] { return subjects->isVisible(); }))
        return nullptr;
    QTest::mouseClick(subjects->viewport(), Qt::LeftButton, {},
                      subjects->visualItemRect(subjects->topLevelItem(0)).center());
    if (!QTest::qWaitFor([page] { return page->journalWindow() && page->journalWindow()->isVisible(); }))
        return nullptr;
    m_journal = page->journalWindow();
    return m_journal;
}

QVariant TestJournalGui::cacheValue(const QString &sql) const
{
    const QString name = QStringLiteral("tst_journalgui-check");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_engine->cache().filePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

void TestJournalGui::type(const QString &text)
{
    // Like a person: the first key opens the cell's editor, the rest go where the focus is.
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClicks(QApplication::focusWidget(), QString(c));
        else // «н» is on the Y key of a Russian keyboard
            QTest::sendKeyEvent(QTest::Click, QApplication::focusWidget(), Qt::Key_Y, QString(c),
                                Qt::NoModifier);
    }
}

int TestJournalGui::columnOfFirstLessonAfter(const QDate &date) const
{
    JournalTableModel *model = m_journal->model();
    for (int column = JournalTableModel::FirstLessonColumn; column < model->columnCount(); ++column) {
        const std::optional<JournalLesson> lesson = model->lessonAt(column);
        if (lesson && lesson->lesson.date > date)
            return column;
    }
    return -1;
}

void TestJournalGui::teacherSeesOwnGroupsByCourse()
{
    const StaffMember teacher = m_window->workspace()->user();
    JournalReader reader(m_engine->college().database());
    const QList<Group> own = reader.groupsVisibleTo(teacher);
    QVERIFY(!own.isEmpty());
    QVERIFY(own.size() < m_engine->college().groups().size());
    auto *tree = find<QTreeWidget>(QStringLiteral("journalGroups"));
    QVERIFY(tree && tree->isVisible());
    QStringList listed;
    const QRegularExpression courseTitle(
        QStringLiteral("^([1-4]) курс — (\\d+) учебн(ая группа|ые группы|ых групп)$"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QRegularExpressionMatch title = courseTitle.match(tree->topLevelItem(i)->text(0));
        QVERIFY2(title.hasMatch(), qPrintable(tree->topLevelItem(i)->text(0)));
        QCOMPARE(title.captured(2).toInt(), tree->topLevelItem(i)->childCount());
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            listed << tree->topLevelItem(i)->child(j)->text(0);
    }
    QStringList expected;
    for (const Group &g : own)
        expected << g.name;
    QCOMPARE(listed, expected);
    QCOMPARE(find<QLabel>(QStringLiteral("journalsHeading"))->text(), QStringLiteral("Журнал успеваемости"));
    screenshot(QStringLiteral("journal-groups"));
}

void TestJournalGui::journalHeaderNamesGroupSubjectTeacherAndHours()
{
    QVERIFY(openFirstJournal());
    const JournalSubject &subject = m_journal->subject();
    QCOMPARE(subject.assignment.teacherId, m_window->workspace()->user().id);
    QCOMPARE(m_journal->findChild<QLabel *>(QStringLiteral("journalTitle"))->text(),
             QStringLiteral("Журнал группы ") + subject.group.name);
    QCOMPARE(m_journal->findChild<QLabel *>(QStringLiteral("journalSemester"))->text(),
             QStringLiteral("%1 курс, 1 семестр").arg(subject.group.course));
    QCOMPARE(m_journal->findChild<QLabel *>(QStringLiteral("journalTeacher"))->text(),
             QStringLiteral("Преподаватель: ") + subject.teacher.initials());
    const int held = m_journal->reader().heldHours(subject.assignment.id, QDate::currentDate());
    QCOMPARE(m_journal->findChild<QLabel *>(QStringLiteral("hoursByFact"))->text(),
             QStringLiteral("%1 ч. по факту").arg(held));
    QCOMPARE(m_journal->findChild<QLabel *>(QStringLiteral("hoursByPlan"))->text(),
             QStringLiteral("%1 ч. по плану").arg(subject.assignment.plannedHours));
    QCOMPARE(m_journal->findChild<QCheckBox *>(QStringLiteral("hideScheduledLessons"))->text(),
             QStringLiteral("Скрыть занятия из расписания"));
    QCOMPARE(m_journal->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Средний\nбалл"));
    QCOMPARE(m_journal->model()->rowCount(), m_engine->college().studentsOfGroup(subject.group.id).size());
    QStringList actions;
    for (QAction *action : m_journal->lessonActions())
        actions << action->text();
    QCOMPARE(actions, (QStringList{QStringLiteral("Изменить занятие"), QStringLiteral("Добавить задание"),
                                   QStringLiteral("Отметить, кого нет"), QStringLiteral("Задание с оценками"),
                                   QStringLiteral("Удалить занятие"),
                                   QStringLiteral("+ Создать дистанционное занятие")}));
    screenshot(QStringLiteral("journal-grid"));
}

void TestJournalGui::typedMarksGoDownAndIntoTheCache()
{
    QVERIFY(openFirstJournal());
    JournalGridView *grid = m_journal->grid();
    JournalTableModel *model = m_journal->model();
    const int column = columnOfFirstLessonAfter(QDate::currentDate());
    QVERIFY(column > 0);
    const qint64 lessonId = model->lessonIdAt(column);
    grid->setFocus();
    grid->setCurrentIndex(model->index(0, column));

    type(QStringLiteral("5"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(grid->currentIndex().row(), 1);
    type(QStringLiteral("н"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(grid->currentIndex().row(), 2);
    type(QStringLiteral("3"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter);
    QTRY_COMPARE(grid->currentIndex().row(), 3);

    QCOMPARE(model->index(0, column).data().toString(), QStringLiteral("5"));
    QCOMPARE(model->index(1, column).data().toString(), QStringLiteral("н"));
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("3"));
    const qint64 first = model->studentIdAt(0);
    const qint64 second = model->studentIdAt(1);
    const QString cell = QStringLiteral("SELECT %1 FROM marks WHERE lesson_id = %2 AND student_id = %3");
    QTRY_COMPARE(cacheValue(cell.arg(QStringLiteral("value")).arg(lessonId).arg(first)).toInt(), 5);
    QTRY_COMPARE(cacheValue(cell.arg(QStringLiteral("absent")).arg(lessonId).arg(second)).toInt(), 1);
    QTRY_COMPARE(
        cacheValue(QStringLiteral("SELECT count(*) FROM journal_changes WHERE state = %1 AND lesson_id = %2")
                       .arg(JournalSchema::sql(JournalSchema::ChangeState::Pending))
                       .arg(lessonId))
            .toInt(),
        3);
    QCOMPARE(m_journal->undoStack()->count(), 3);
    screenshot(QStringLiteral("journal-typed"));

    // Ctrl+Z takes back the last entry, Ctrl+Shift+Z puts it again; the cache follows.
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->index(2, column).data().toString(), QString());
    QTRY_VERIFY(
        cacheValue(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = %1 AND student_id = %2")
                       .arg(lessonId)
                       .arg(model->studentIdAt(2)))
            .toInt() == 0);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->index(1, column).data().toString(), QString());
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->index(1, column).data().toString(), QStringLiteral("н"));
    QTRY_COMPARE(cacheValue(cell.arg(QStringLiteral("absent")).arg(lessonId).arg(second)).toInt(), 1);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("3"));
    QTRY_COMPARE(model->pendingCellCount(), 0);
    QCOMPARE(model->index(2, column).data().toString(), QStringLiteral("3"));
}

void TestJournalGui::invalidEntryIsRefusedAtTheCell()
{
    QVERIFY(openFirstJournal());
    JournalGridView *grid = m_journal->grid();
    JournalTableModel *model = m_journal->model();
    const int column = columnOfFirstLessonAfter(QDate::currentDate());
    grid->setFocus();
    grid->setCurrentIndex(model->index(4, column));
    const int undoCount = m_journal->undoStack()->count();
    type(QStringLiteral("7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    auto *message = m_journal->findChild<QLabel *>(QStringLiteral("journalMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("не оценка")), qPrintable(message->text()));
    QCOMPARE(grid->currentIndex().row(), 4); // it stays on the cell
    QCOMPARE(model->index(4, column).data().toString(), QString());
    QCOMPARE(m_journal->undoStack()->count(), undoCount);
    QCOMPARE(cacheValue(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = %1 AND student_id = %2")
                            .arg(model->lessonIdAt(column))
                            .arg(model->studentIdAt(4)))
                 .toInt(),
             0);
    screenshot(QStringLiteral("journal-refused"));
}

void TestJournalGui::deleteKeyClearsAndUndoBringsBack()
{
    QVERIFY(openFirstJournal());
    JournalGridView *grid = m_journal->grid();
    JournalTableModel *model = m_journal->model();
    // A held lesson with a mark in it.
    int row = -1;
    int column = -1;
    for (int c = JournalTableModel::FirstLessonColumn; c < model->columnCount() && row < 0; ++c) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, c).data(JournalTableModel::MarkValueRole).toInt() > 0) {
                row = r;
                column = c;
                break;
            }
        }
    }
    QVERIFY(row >= 0);
    const QString before = model->index(row, column).data().toString();
    grid->setFocus();
    grid->setCurrentIndex(model->index(row, column));
    QTest::keyClick(grid, Qt::Key_Delete);
    QCOMPARE(model->index(row, column).data().toString(), QString());
    const QString sql = QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = %1 AND student_id = %2")
                            .arg(model->lessonIdAt(column))
                            .arg(model->studentIdAt(row));
    QTRY_COMPARE(cacheValue(sql).toInt(), 0);
    QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->index(row, column).data().toString(), before);
    QTRY_COMPARE(cacheValue(sql).toInt(), 1);
}

void TestJournalGui::lessonOutsideTheSemesterIsRefused()
{
    QVERIFY(openFirstJournal());
    JournalTableModel *model = m_journal->model();
    const int columns = model->columnCount();
    bool refusedAtTheField = false;
    QString refusal;
    NextDialog dialogs;
    dialogs.handle([&](QDialog *dialog) {
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("lessonDate"));
        date->setDate(QDate(2027, 2, 1));
        dialog->findChild<QComboBox *>(QStringLiteral("lessonPlanTopic"))->setCurrentIndex(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("lessonTopic"))->setText(QStringLiteral("Повторение"));
        if (!m_screenshots.isEmpty())
            screenshot(QStringLiteral("lesson-dialog"));
        dialog->findChild<QPushButton *>(QStringLiteral("lessonSave"))->click();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("lessonDateProblem"));
        refusedAtTheField = dialog->isVisible() && problem->isVisible();
        refusal = problem->text();
        if (!m_screenshots.isEmpty())
            screenshot(QStringLiteral("lesson-dialog-refused"));
        // Then a date inside the semester: saved.
        date->setDate(QDate(2026, 12, 21));
        dialog->findChild<QPushButton *>(QStringLiteral("lessonSave"))->click();
    });
    m_journal->findChild<QAction *>(QStringLiteral("createLessonAction"))->trigger();
    QVERIFY(dialogs.handled());
    QCOMPARE(dialogs.windowTitle(), QStringLiteral("Занятие"));
    QVERIFY(refusedAtTheField);
    QVERIFY2(refusal.startsWith(QStringLiteral("Дата вне семестра")), qPrintable(refusal));
    QTRY_COMPARE(model->columnCount(), columns + 1);
    QTRY_VERIFY(m_journal->selectedLessonId() != 0);
    const qint64 id = m_journal->selectedLessonId();
    QCOMPARE(cacheValue(QStringLiteral("SELECT topic FROM lessons WHERE id = %1").arg(id)).toString(),
             QStringLiteral("Повторение"));
    QCOMPARE(cacheValue(QStringLiteral("SELECT count(*) FROM lessons WHERE date > '2026-12-27'")).toInt(), 0);

    // Undo takes the new lesson away, redo brings the same one back.
    m_journal->undoStack()->undo();
    QTRY_COMPARE(model->columnCount(), columns);
    QTRY_COMPARE(cacheValue(QStringLiteral("SELECT count(*) FROM lessons WHERE id = %1").arg(id)).toInt(), 0);
    m_journal->undoStack()->redo();
    QTRY_COMPARE(model->columnCount(), columns + 1);
    QTRY_COMPARE(cacheValue(QStringLiteral("SELECT count(*) FROM lessons WHERE id = %1").arg(id)).toInt(), 1);
}

void TestJournalGui::kTPTopicIsReadOnlyAndHandTypedIsNot()
{
    QVERIFY(openFirstJournal());
    const int column = columnOfFirstLessonAfter(QDate::currentDate());
    m_journal->selectLesson(m_journal->model()->lessonIdAt(column));
    bool readOnlyFromPlan = false;
    bool editableByHand = false;
    NextDialog dialogs;
    dialogs.handle([&](QDialog *dialog) {
        auto *plan = dialog->findChild<QComboBox *>(QStringLiteral("lessonPlanTopic"));
        auto *topic = dialog->findChild<QLineEdit *>(QStringLiteral("lessonTopic"));
        readOnlyFromPlan = plan->currentIndex() > 0 && topic->isReadOnly();
        plan->setCurrentIndex(0);
        Q_EMIT plan->activated(0);
        editableByHand = !topic->isReadOnly();
        dialog->reject();
    });
    m_journal->findChild<QAction *>(QStringLiteral("editLessonAction"))->trigger();
    QVERIFY(dialogs.handled());
    QVERIFY(readOnlyFromPlan);
    QVERIFY(editableByHand);
}

void TestJournalGui::distanceLessonBeforeDuringAndAfter()
{
    QVERIFY(openFirstJournal());
    JournalTableModel *model = m_journal->model();
    const int column = columnOfFirstLessonAfter(QDate::currentDate());
    const std::optional<JournalLesson> lesson = model->lessonAt(column);
    QVERIFY(lesson);
    const QDate day = lesson->lesson.date;
    JournalsPage *page = m_window->workspace()->journalsPage();
    page->setClock([day] { return QDateTime(day, QTime(8, 0)); });
    m_journal->selectLesson(lesson->lesson.id);
    QAction *create = m_journal->findChild<QAction *>(QStringLiteral("createDistanceLessonAction"));
    QVERIFY(create->isVisible() && create->isEnabled());

    NextDialog dialogs;
    dialogs.handle([&](QDialog *dialog) {
        dialog->findChild<QTimeEdit *>(QStringLiteral("distanceStart"))->setTime(QTime(10, 0));
        dialog->findChild<QTimeEdit *>(QStringLiteral("distanceEnd"))->setTime(QTime(11, 30));
        if (!m_screenshots.isEmpty())
            screenshot(QStringLiteral("distance-lesson-dialog"));
        dialog->accept();
    });
    create->trigger();
    QVERIFY(dialogs.handled());
    QCOMPARE(dialogs.windowTitle(), QStringLiteral("Дистанционное занятие"));
    // The column shows the distance-lesson icon.
    QTRY_VERIFY(model->headerData(column, Qt::Horizontal, JournalTableModel::DistanceLessonRole).toBool());
    QVERIFY(model->headerData(column, Qt::Horizontal, Qt::DecorationRole).isValid());
    QTRY_COMPARE(
        cacheValue(QStringLiteral("SELECT count(*) FROM distance_lessons WHERE lesson_id = %1 AND starts_at"
                                  " = '%2T10:00:00'")
                       .arg(lesson->lesson.id)
                       .arg(day.toString(Qt::ISODate)))
            .toInt(),
        1);
    QAction *open = m_journal->findChild<QAction *>(QStringLiteral("openDistanceLessonAction"));
    QTRY_VERIFY(open->isEnabled());
    QVERIFY(!create->isEnabled()); // one call per lesson
    screenshot(QStringLiteral("distance-lesson-panel"));

    // Before the start.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    open->trigger();
    QVERIFY(!MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Дистанционное занятие еще не началось"));

    // While it runs: joining opens the call.
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    page->setClock([day] { return QDateTime(day, QTime(10, 30)); });
    dialogs.handle([&](QDialog *dialog) {
        if (!m_screenshots.isEmpty())
            screenshot(QStringLiteral("distance-lesson-join"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("joinCall")), Qt::LeftButton);
    });
    open->trigger();
    QVERIFY(dialogs.handled());
    QCOMPARE(dialogs.windowTitle(), QStringLiteral("Видеозвонки VK Мессенджер"));
    QCOMPARE(catcher.opened.size(), 1);
    QVERIFY(catcher.opened.first().toString().startsWith(QStringLiteral("https://vk.com/call/join/")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));

    // After the end.
    page->setClock([day] { return QDateTime(day, QTime(12, 0)); });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    open->trigger();
    QVERIFY(!MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Звонок завершен"));

    // An overlapping call on another lesson of the same teacher is refused at the field.
    page->setClock([day] { return QDateTime(day, QTime(8, 0)); });
    const int next = column + 1 < model->columnCount() ? column + 1 : column;
    QVERIFY(next != column);
    m_journal->selectLesson(model->lessonIdAt(next));
    QString refusal;
    dialogs.handle([&](QDialog *dialog) {
        dialog->findChild<QTimeEdit *>(QStringLiteral("distanceStart"))->setTime(QTime(10, 30));
        dialog->findChild<QTimeEdit *>(QStringLiteral("distanceEnd"))->setTime(QTime(11, 0));
        dialog->accept();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("distanceLessonProblem"));
        if (dialog->isVisible() && problem->isVisible())
            refusal = problem->text();
        dialog->reject();
    });
    const bool sameDay = model->lessonAt(next)->lesson.date == day;
    m_journal->findChild<QAction *>(QStringLiteral("createDistanceLessonAction"))->trigger();
    QVERIFY(dialogs.handled());
    if (sameDay)
        QVERIFY2(refusal.startsWith(QStringLiteral("У вас уже есть дистанционное занятие")),
                 qPrintable(refusal));

    // Deleting the call is undoable.
    m_journal->selectLesson(lesson->lesson.id);
    m_journal->findChild<QAction *>(QStringLiteral("deleteDistanceLessonAction"))->trigger();
    QTRY_VERIFY(!model->headerData(column, Qt::Horizontal, JournalTableModel::DistanceLessonRole).toBool());
    m_journal->undoStack()->undo();
    QTRY_VERIFY(model->headerData(column, Qt::Horizontal, JournalTableModel::DistanceLessonRole).toBool());
    page->setClock([] { return QDateTime::currentDateTime(); });
}

void TestJournalGui::distanceLessonOnlyForTheOwnTeacherAndNotPassed()
{
    QVERIFY(openFirstJournal());
    JournalTableModel *model = m_journal->model();
    // A lesson of the past: its time has passed.
    m_journal->selectLesson(model->lessonIdAt(JournalTableModel::FirstLessonColumn));
    QAction *create = m_journal->findChild<QAction *>(QStringLiteral("createDistanceLessonAction"));
    QVERIFY(create->isVisible());
    QVERIFY(!create->isEnabled());
    QCOMPARE(create->statusTip(),
             QStringLiteral(
                 "Создать дистанционное занятие можно только при условии, что его время ещё не прошло."));

    // The admin opens the journal but is not its teacher: the action is not offered.
    signInAs(QStringLiteral("admin"));
    QVERIFY(openFirstJournal());
    QVERIFY(m_journal->subject().assignment.teacherId != m_window->workspace()->user().id);
    m_journal->selectLesson(m_journal->model()->lessonIdAt(columnOfFirstLessonAfter(QDate::currentDate())));
    QVERIFY(!m_journal->findChild<QAction *>(QStringLiteral("createDistanceLessonAction"))->isVisible());
}

void TestJournalGui::deletingALessonWithMarksAsksAndCanBeUndone()
{
    QVERIFY(openFirstJournal());
    JournalTableModel *model = m_journal->model();
    const int columns = model->columnCount();
    // The first held lesson with a mark.
    int column = -1;
    for (int c = JournalTableModel::FirstLessonColumn; c < columns && column < 0; ++c) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, c).data(JournalTableModel::MarkValueRole).toInt() > 0) {
                column = c;
                break;
            }
        }
    }
    QVERIFY(column > 0);
    const qint64 id = model->lessonIdAt(column);
    const int marks =
        cacheValue(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = %1").arg(id)).toInt();
    QVERIFY(marks > 0);
    m_journal->selectLesson(id);
    QAction *remove = m_journal->findChild<QAction *>(QStringLiteral("deleteLessonAction"));

    // «Нет» keeps it.
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->trigger();
    QVERIFY(!MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Удалить занятие"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("%1 ").arg(marks)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(model->columnCount(), columns);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    QVERIFY(!MessageBox::hasNextAnswer());
    QTRY_COMPARE(model->columnCount(), columns - 1);
    QTRY_COMPARE(cacheValue(QStringLiteral("SELECT count(*) FROM lessons WHERE id = %1").arg(id)).toInt(), 0);
    QCOMPARE(cacheValue(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = %1").arg(id)).toInt(),
             0);

    // The message box has closed: back in the window, Ctrl+Z.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTRY_VERIFY(m_journal->grid()->hasFocus());
    QTest::keyClick(m_journal->grid(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->columnCount(), columns);
    QTRY_COMPARE(
        cacheValue(QStringLiteral("SELECT count(*) FROM marks WHERE lesson_id = %1").arg(id)).toInt(), marks);
    QCOMPARE(model->lessonIdAt(column), id);
    QVERIFY(model->index(0, column).isValid());
}

void TestJournalGui::hidingScheduledLessons()
{
    QVERIFY(openFirstJournal());
    JournalTableModel *model = m_journal->model();
    const int all = model->columnCount();
    const int held =
        int(m_journal->reader().lessons(m_journal->subject().assignment.id, QDate::currentDate()).size());
    QVERIFY(held < all - 1);
    auto *hide = m_journal->findChild<QCheckBox *>(QStringLiteral("hideScheduledLessons"));
    QTest::mouseClick(hide, Qt::LeftButton, {}, QPoint(8, hide->height() / 2));
    QTRY_COMPARE(model->columnCount(), 1 + held);
    hide->setChecked(false);
    QCOMPARE(model->columnCount(), all);
}

void TestJournalGui::otherFeaturesPlugIn()
{
    JournalsPage *page = m_window->workspace()->journalsPage();
    QSignalSpy opened(page, &JournalsPage::journalOpened);
    QVERIFY(openFirstJournal());
    QCOMPARE(opened.size(), 1);
    auto *tabs = m_journal->findChild<QTabWidget *>(QStringLiteral("journalTabs"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Журнал"));
    const int before = tabs->count();
    auto *extra = new QLabel(QStringLiteral("extra"));
    const int index = m_journal->addPage(extra, QStringLiteral("Ещё"));
    QCOMPARE(tabs->count(), before + 1);
    QCOMPARE(tabs->widget(index), extra);
    auto *action = new QAction(QStringLiteral("Экспорт"), m_journal);
    m_journal->addHeaderAction(action);
    bool found = false;
    for (QToolButton *button : m_journal->findChildren<QToolButton *>())
        found |= button->defaultAction() == action;
    QVERIFY(found);
    // A mark reaching the cache tells the pages built on the journal.
    QSignalSpy changed(m_journal, &JournalWindow::journalChanged);
    const int column = columnOfFirstLessonAfter(QDate::currentDate());
    m_journal->grid()->setFocus();
    m_journal->grid()->setCurrentIndex(m_journal->model()->index(6, column));
    type(QStringLiteral("4"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(changed.size() >= 1);
}

void TestJournalGui::aPluggedInPageIsMadeWhenItsTabIsFirstShown()
{
    QVERIFY(openFirstJournal());
    auto *tabs = m_journal->findChild<QTabWidget *>(QStringLiteral("journalTabs"));
    int made = 0;
    const int index = m_journal->addPage(QStringLiteral("Потом"), [&made] {
        ++made;
        return new QLabel(QStringLiteral("made later"));
    });
    QCOMPARE(tabs->tabText(index), QStringLiteral("Потом"));
    QCOMPARE(made, 0);
    tabs->setCurrentIndex(index);
    QCOMPARE(made, 1);
    auto *label = tabs->widget(index)->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("made later"));
    QTRY_VERIFY(label->isVisible());
    tabs->setCurrentIndex(0);
    tabs->setCurrentIndex(index);
    QCOMPARE(made, 1);
}

QTEST_MAIN(TestJournalGui)
#include "tst_journalgui.moc"
