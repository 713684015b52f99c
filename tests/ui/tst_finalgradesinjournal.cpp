#include "widgets/chartwidget.h"
#include "diary/consentpage.h"
#include "engine.h"
#include "guifixture.h"
#include "diary/extractdialog.h"
#include "diary/finalgradesheetpage.h"
#include "journals/journallabels.h"
#include "diary/journalstatisticsmodel.h"
#include "journals/journalspage.h"
#include "journals/journalsubjectlist.h"
#include "journals/journalwindow.h"
#include "mainwindow.h"
#include "nextdialog.h"
#include "diary/statisticspage.h"
#include "store/collegerepository.h"
#include "store/diarystore.h"
#include "diary/summarysheetmodel.h"
#include "workspace.h"

#include <QAction>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// The ЭД features where the user meets them: the real MainWindow on the demo college, «Журналы» → a group → a
// journal, and there «Сводная ведомость», «Статистика», the parents' consents and «Выписки…» (issue 5, part
// B).
class TestFinalGradesInJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void teacherSetsAFinalGradeInTheSummarySheet();
    void statisticsOfTheJournal();
    void consentsOnlyForTheCuratorAndTheAdmin();
    void extractOfARefusingParentsChildToPdf();

private:
    JournalWindow *openJournalAs(const QString &roleKey);
    template<typename T> T *page(JournalWindow *window) const { return window->findChild<T *>(); }
    static bool showTab(JournalWindow *window, QWidget *page);
    // Pages made when their tab is first shown: the tab is chosen by its title, as a person does.
    template<typename T> static T *openTab(JournalWindow *window, const QString &title)
    {
        for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i) == title) {
                    tabs->setCurrentIndex(i);
                    T *made = window->findChild<T *>();
                    return made && made->isVisible() ? made : nullptr;
                }
            }
        }
        return nullptr;
    }
    DiaryGroupData freshGroup(qint64 groupId);

    GuiFixture m_gui;
    Engine *m_engine = nullptr;
    MainWindow *m_window = nullptr;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0));
};

void TestFinalGradesInJournal::initTestCase()
{
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
    // Russian, as a user runs it (dates «01.09.2026»).
    QString error;
    QVERIFY2(m_gui.start(&error, QSize(1280, 800)), qPrintable(error));
    m_engine = &m_gui.engine();
    m_window = &m_gui.window();
}

void TestFinalGradesInJournal::init()
{
    QVERIFY(m_gui.signOut());
}

void TestFinalGradesInJournal::cleanupTestCase()
{
    m_gui.stop();
}

JournalWindow *TestFinalGradesInJournal::openJournalAs(const QString &roleKey)
{
    if (!m_gui.signInAs(roleKey))
        return nullptr;
    JournalsPage *journals = m_window->workspace()->journalsPage();
    journals->setClock([this] { return m_now; });
    m_window->workspace()->showSection(Section::Journals);
    const StaffMember user = m_window->workspace()->user();
    // The user's first group where they have a journal of their own (a curator: their own group).
    QList<Group> groups = user.hasRole(Role::Curator) ? m_engine->college().groupsOfCurator(user.id)
                                                      : m_engine->college().groups();
    auto *list = journals->findChild<JournalSubjectList *>();
    for (const Group &group : groups) {
        journals->openGroup(group.id);
        for (const JournalSubject &journal : list->journals()) {
            if (user.hasRole(Role::SubjectTeacher) && journal.assignment.teacherId != user.id)
                continue;
            return journals->openJournal(journal);
        }
    }
    return nullptr;
}

bool TestFinalGradesInJournal::showTab(JournalWindow *window, QWidget *page)
{
    for (QTabWidget *tabs : window->findChildren<QTabWidget *>()) {
        const int index = tabs->indexOf(page);
        if (index >= 0) {
            tabs->setCurrentIndex(index);
            return page->isVisible();
        }
    }
    return false;
}

DiaryGroupData TestFinalGradesInJournal::freshGroup(qint64 groupId)
{
    DiaryStore store(m_engine->cache(), groupId);
    QSignalSpy loaded(&store, &DiaryStore::loaded);
    store.reload();
    loaded.wait(10000);
    return store.data();
}

void TestFinalGradesInJournal::teacherSetsAFinalGradeInTheSummarySheet()
{
    JournalWindow *window = openJournalAs(QStringLiteral("subjectTeacher"));
    QVERIFY(window);
    QVERIFY(!page<FinalGradeSheetPage>(window)); // made when its tab is first shown
    auto *sheet = openTab<FinalGradeSheetPage>(window, QStringLiteral("Сводная ведомость"));
    QVERIFY(sheet);
    QTRY_VERIFY(sheet->model()->rowCount() > 0);
    // The sheet opens on the journal's own subject: the teacher types a grade there.
    QTableView *view = sheet->view();
    const QModelIndex first =
        sheet->model()->index(0, sheet->model()->columnOf(window->subject().assignment.id));
    QCOMPARE(view->currentIndex().column(), first.column());
    view->setCurrentIndex(first);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_4);
    QCOMPARE(first.data().toString(), QStringLiteral("4"));
    // Outside the scale: refused at the field.
    const QModelIndex second = view->currentIndex();
    QTest::keyClick(view, Qt::Key_7);
    QCOMPARE(second.data().toString(), QString());
    QVERIFY(sheet->findChild<QWidget *>(QStringLiteral("summarySheetProblem"))->isVisible());

    const qint64 student = sheet->model()->studentId(0);
    const qint64 journal = window->subject().assignment.id;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const FinalGrade &g : freshGroup(window->subject().group.id).finalGrades) {
                if (g.studentId == student && g.assignmentId == journal)
                    return g.value == 4 && g.setAt == m_now && !g.publishedAt.isValid();
            }
            return false;
        }(),
        10000);
    // Within the day: waiting to be published, not flagged yet; «Опубликовать» makes it visible.
    QVERIFY(!sheet->findChild<QWidget *>(QStringLiteral("overdueBar"))->isVisible());
    QTest::mouseClick(sheet->findChild<QPushButton *>(QStringLiteral("publishFinalGrades")), Qt::LeftButton);
    QCOMPARE(sheet->model()->publication(first), SummarySheetModel::Publication::Published);
}

void TestFinalGradesInJournal::statisticsOfTheJournal()
{
    JournalWindow *window = openJournalAs(QStringLiteral("subjectTeacher"));
    QVERIFY(window);
    auto *statistics = openTab<StatisticsPage>(window, QStringLiteral("Статистика"));
    QVERIFY(statistics);
    QTRY_VERIFY(!statistics->curriculumChart()->categories().isEmpty());
    QCOMPARE(statistics->curriculumChart()->categories().first().values.first(),
             double(window->subject().assignment.plannedHours));
    QVERIFY(!statistics->typesChart()->categories().isEmpty());
    QVERIFY(statistics->forecastModel()->rowCount() > 0);
    // Hovering a bar tells its number.
    ChartWidget *marks = statistics->marksChart();
    QTRY_VERIFY(marks->isVisible());
    const QString tip = marks->toolTipAt(marks->barRect(0, 0).center());
    QVERIFY2(tip.contains(QString::number(int(marks->categories().first().values.first()))), qPrintable(tip));
}

void TestFinalGradesInJournal::consentsOnlyForTheCuratorAndTheAdmin()
{
    JournalWindow *window = openJournalAs(QStringLiteral("subjectTeacher"));
    QVERIFY(window);
    QVERIFY(!page<ConsentPage>(window));

    m_window->switchUser();
    window = openJournalAs(QStringLiteral("curator"));
    QVERIFY(window);
    auto *consents = page<ConsentPage>(window);
    QVERIFY(consents);
    QVERIFY(showTab(window, consents));
    QTRY_VERIFY(consents->model()->rowCount() > 0);
    QVERIFY(consents->isEditable());
}

void TestFinalGradesInJournal::extractOfARefusingParentsChildToPdf()
{
    JournalWindow *window = openJournalAs(QStringLiteral("curator"));
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("extractAction"));
    QVERIFY(action);
    const QString path = QDir(m_gui.dataDir()).filePath(QStringLiteral("extract.pdf"));
    qint64 student = 0;
    QStringList refused;
    QDate from;
    QDate to;
    NextDialog extractDialog;
    extractDialog.handle([&](QDialog *dialog) {
        auto *extract = qobject_cast<ExtractDialog *>(dialog);
        QVERIFY(extract);
        QTRY_VERIFY(!extract->html().isEmpty());
        auto *list = extract->findChild<QListWidget *>(QStringLiteral("refusedParents"));
        for (int i = 0; i < list->count(); ++i)
            refused << list->item(i)->text();
        student = extract->student();
        from = extract->findChild<QDateEdit *>(QStringLiteral("extractFrom"))->date();
        to = extract->findChild<QDateEdit *>(QStringLiteral("extractTo"))->date();
        NextDialog fileDialog;
        fileDialog.handle([&](QDialog *files) {
            qobject_cast<QFileDialog *>(files)->selectFile(path);
            files->accept();
        });
        QTest::mouseClick(extract->findChild<QPushButton *>(QStringLiteral("extractSavePdf")),
                          Qt::LeftButton);
        QVERIFY(fileDialog.handled());
        dialog->reject();
    });
    action->trigger();
    QVERIFY(extractDialog.handled());
    QVERIFY(QFileInfo::exists(path));

    const DiaryGroupData group = freshGroup(window->subject().group.id);
    // Parents who refused the electronic form are offered first, and their child is chosen.
    bool anyRefused = false;
    for (const Parent &p : group.parents)
        anyRefused = anyRefused || p.consent == Parent::Consent::Refused;
    QCOMPARE(!refused.isEmpty(), anyRefused);
    QVERIFY(student != 0 || !anyRefused);
    if (student == 0)
        student = group.students.first().id;
    const Student *s = group.student(student);
    QVERIFY(s);

    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(s->name.full()), qPrintable(text.left(2000)));
    QVERIFY2(text.contains(from.toString(QStringLiteral("dd.MM.yyyy"))) &&
                 text.contains(to.toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(text.left(2000)));
    QVERIFY2(text.contains(group.teacherName(group.assignments.first().id)), qPrintable(text.left(2000)));
    // One of the student's marks of the period, on its lesson's line.
    const Mark *mark = nullptr;
    const Lesson *lesson = nullptr;
    for (const Mark &m : group.marks) {
        if (m.studentId != student || m.value == 0)
            continue;
        for (const Lesson &l : group.lessons) {
            if (l.id == m.lessonId && l.date >= from && l.date <= to) {
                mark = &m;
                lesson = &l;
            }
        }
        if (mark)
            break;
    }
    QVERIFY(mark && lesson);
    const QRegularExpression line(
        QRegularExpression::escape(lesson->date.toString(QStringLiteral("dd.MM.yyyy"))) +
        QStringLiteral("[^\\n]*\\s") + QString::number(mark->value) + QStringLiteral("(\\s|$)"));
    QVERIFY2(line.match(text).hasMatch(), qPrintable(line.pattern()));
}

QTEST_MAIN(TestFinalGradesInJournal)
#include "tst_finalgradesinjournal.moc"
