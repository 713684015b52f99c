#include "engine.h"
#include "launchoptions.h"
#include "localization.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "servicehub.h"
#include "store/collegerepository.h"
#include "workspace.h"
#include "store/cache.h"
#include "widgets/messagebox.h"
#include "journals/journalspage.h"
#include "journals/journalwindow.h"
#include "journals/journaltablemodel.h"

#include "demo/democollegegenerator.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The sign-in of a real college as a person meets it, in the real MainWindow against the sandbox's SGO:
// «Подключение к колледжу» (address, organisation from SGO's list, login, password), a wrong password said
// in SGO's words, the first sync, the choice among the person's own roles, switching role, signing out.
class TestSignInGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aPersonWithTwoRolesSignsInChoosesARoleAndSignsOut();
    void whatAnotherTeacherAndTheOfficeDoInSgoAppearOnRefresh();

private:
    QWidget *currentPage() const;
    // SPODESK_SCREENSHOTS=DIR: the window as the person sees it at each step, to look at.
    void shoot(const QString &name) const;
    template<typename T> T *find(const QString &name) const { return m_window->findChild<T *>(name); }

    CollegeData m_college;
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dataDir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestSignInGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // As main() does on a Russian system: the page's words are the seeds' words.
    QVERIFY(Localization::install(*qApp, Localization::languageFor(QString(), QLocale(QLocale::Russian)),
                                  QStringLiteral(SPODESK_TRANSLATIONS_DIR)));
    m_college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    m_sandbox = std::make_unique<SandboxServer>(m_college);
    QVERIFY(m_sandbox->start());
    LaunchOptions options;
    QString error;
    QVERIFY(
        options.parse({QStringLiteral("spodesk"), QStringLiteral("--data-dir"), m_dataDir.path()}, &error));
    m_engine = std::make_unique<Engine>(options);
    m_engine->services().context().retry.timeScale = 0.001;
    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(currentPage() && currentPage()->objectName() == QLatin1String("connectPage"),
                             20000);
}

void TestSignInGui::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    QSettings().clear();
}

void TestSignInGui::shoot(const QString &name) const
{
    const QString dir = qEnvironmentVariable("SPODESK_SCREENSHOTS");
    if (!dir.isEmpty())
        m_window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QWidget *TestSignInGui::currentPage() const
{
    auto *pages = find<QStackedWidget>(QStringLiteral("mainPages"));
    return pages ? pages->currentWidget() : nullptr;
}

void TestSignInGui::aPersonWithTwoRolesSignsInChoosesARoleAndSignsOut()
{
    QString login;
    QString name;
    for (const StaffMember &member : std::as_const(m_college.staff)) {
        if (member.hasRole(Role::Curator) && member.hasRole(Role::SubjectTeacher) &&
            !member.hasRole(Role::Admin)) {
            login = member.login;
            name = member.name.full();
            break;
        }
    }
    QVERIFY(!login.isEmpty());

    auto *address = find<QLineEdit>(QStringLiteral("connectAddress"));
    auto *school = find<QComboBox>(QStringLiteral("connectSchool"));
    auto *loginField = find<QLineEdit>(QStringLiteral("connectLogin"));
    auto *password = find<QLineEdit>(QStringLiteral("connectPassword"));
    auto *submit = find<QPushButton>(QStringLiteral("connectSubmit"));
    auto *problem = find<QLabel>(QStringLiteral("connectProblem"));
    QVERIFY(address && school && loginField && password && submit && problem);

    // The organisation comes from SGO's own list once the address is known.
    address->setText(m_sandbox->demoServices().sgoBase.toString());
    QTest::keyClick(address, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(school->count(), 1, 20000);
    QCOMPARE(school->currentText(), m_college.organisation.name);

    loginField->setText(login); // Cyrillic: QTest types ASCII only
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QStringLiteral("Неправильный пароль")), 20000);
    shoot(QStringLiteral("connect-wrong-password"));
    QCOMPARE(currentPage()->objectName(), QStringLiteral("connectPage"));
    QCOMPARE(loginField->text(), login); // nothing typed is lost

    password->clear();
    bool shotSync = false;
    connect(m_engine.get(), &Engine::progress, this, [this, &shotSync](int percent, const QString &) {
        if (!shotSync && percent >= 50 && currentPage()->objectName() == QLatin1String("firstSyncPage")) {
            shotSync = true;
            shoot(QStringLiteral("first-sync"));
        }
    });
    QTest::keyClicks(password, QStringLiteral("demo-password-2026"));
    QTest::keyClick(password, Qt::Key_Return);
    // The first sync loads the college, then the person chooses among their own roles.
    QTRY_VERIFY_WITH_TIMEOUT(currentPage() && currentPage()->objectName() == QLatin1String("roleChoicePage"),
                             60000);
    QVERIFY(find<QCommandLinkButton>(QStringLiteral("role_curator")));
    QVERIFY(find<QCommandLinkButton>(QStringLiteral("role_subjectTeacher")));
    QVERIFY(!find<QCommandLinkButton>(QStringLiteral("role_admin"))); // SGO did not give it
    QVERIFY(m_engine->college().studentCount() > 0);
    QVERIFY(shotSync); // the first sync showed its page with the progress
    disconnect(m_engine.get(), &Engine::progress, this, nullptr);
    shoot(QStringLiteral("role-choice"));

    QTest::mouseClick(find<QCommandLinkButton>(QStringLiteral("role_curator")), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->user().name.full(), name);
    QVERIFY(m_window->workspace()->user().hasRole(Role::Curator));
    QVERIFY(!m_window->workspace()->user().hasRole(Role::Admin));
    QVERIFY(m_window->windowTitle().contains(name));
    shoot(QStringLiteral("workspace"));

    // Switching role goes back to the person's roles, not to the connect page.
    m_window->switchUser();
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("roleChoicePage"));
    QTest::mouseClick(find<QCommandLinkButton>(QStringLiteral("role_subjectTeacher")), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace());
    QVERIFY(m_window->workspace()->user().hasRole(Role::SubjectTeacher));

    // Signing out closes the account: back to the connect page with the login filled in, the password not.
    auto *signOut = m_window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    signOut->trigger();
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("connectPage"));
    QVERIFY(!m_engine->isReady());
    QVERIFY(!m_window->workspace());
    QCOMPARE(find<QLineEdit>(QStringLiteral("connectLogin"))->text(), login);
    QVERIFY(find<QLineEdit>(QStringLiteral("connectPassword"))->text().isEmpty());
}

void TestSignInGui::whatAnotherTeacherAndTheOfficeDoInSgoAppearOnRefresh()
{
    // The connect page is where the previous case left it, with the login filled in.
    auto *password = find<QLineEdit>(QStringLiteral("connectPassword"));
    QTest::keyClicks(password, QStringLiteral("demo-password-2026"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(currentPage() && currentPage()->objectName() == QLatin1String("roleChoicePage"),
                             60000);
    QTest::mouseClick(find<QCommandLinkButton>(QStringLiteral("role_subjectTeacher")), Qt::LeftButton);
    QTRY_VERIFY(m_window->workspace());

    JournalsPage *page = m_window->workspace()->journalsPage();
    QVERIFY(page);
    auto *groups = page->findChild<QTreeWidget *>(QStringLiteral("journalGroups"));
    QTreeWidgetItem *group = groups->topLevelItem(0)->child(0);
    QTest::mouseClick(groups->viewport(), Qt::LeftButton, {}, groups->visualItemRect(group).center());
    auto *subjects = page->findChild<QTreeWidget *>(QStringLiteral("journalSubjectList"));
    QTRY_VERIFY(subjects->isVisible());
    QTest::mouseClick(subjects->viewport(), Qt::LeftButton, {},
                      subjects->visualItemRect(subjects->topLevelItem(0)).center());
    QTRY_VERIFY(page->journalWindow() && page->journalWindow()->isVisible());
    JournalWindow *journal = page->journalWindow();
    JournalTableModel *model = journal->model();
    QVERIFY(model->rowCount() > 1 && model->columnCount() > JournalTableModel::FirstLessonColumn + 1);

    // Another teacher's mark in the first lesson, a lesson deleted in SGO, a student enrolled into the group
    // and another withdrawn, all by the office while the app runs.
    const QModelIndex cell = model->index(0, JournalTableModel::FirstLessonColumn);
    const qint64 lessonId = cell.data(JournalTableModel::LessonIdRole).toLongLong();
    const qint64 studentId = cell.data(JournalTableModel::StudentIdRole).toLongLong();
    const int value = cell.data(JournalTableModel::MarkValueRole).toInt() == 5 ? 3 : 5;
    QVERIFY(m_sandbox->setSgoMark(lessonId, studentId, value, false));
    const qint64 goneLesson =
        model->index(0, model->columnCount() - 1).data(JournalTableModel::LessonIdRole).toLongLong();
    QVERIFY(goneLesson != lessonId);
    QVERIFY(m_sandbox->deleteSgoLesson(goneLesson));
    Student newcomer;
    newcomer.name =
        PersonName{QStringLiteral("Новикова"), QStringLiteral("Алина"), QStringLiteral("Сергеевна")};
    newcomer.groupId = journal->subject().group.id;
    newcomer.login = QStringLiteral("novikova.as.test");
    newcomer.birthDate = QDate(2008, 5, 14);
    QVERIFY(m_sandbox->enrolSgoStudent(newcomer, QDate(2026, 9, 1), QStringLiteral("12-к")));
    const int rows = model->rowCount();
    const int lessons = model->columnCount();

    // «Обновить» (F5) brings it into the open journal without a restart.
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("refreshAction"));
    QVERIFY(refresh && refresh->isEnabled());
    QSignalSpy changed(m_engine.get(), &Engine::collegeChanged);
    refresh->trigger();
    QVERIFY(changed.wait(20000));
    QTRY_COMPARE_WITH_TIMEOUT(model->columnCount(), lessons - 1, 20000);
    QCOMPARE(model->columnOfLesson(goneLesson), -1);
    const int column = model->columnOfLesson(lessonId);
    QVERIFY(column >= 0);
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, column).data(JournalTableModel::StudentIdRole).toLongLong() == studentId)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, column).data(JournalTableModel::MarkValueRole).toInt(), value);
    QCOMPARE(model->rowCount(), rows + 1);
    shoot(QStringLiteral("journal-after-refresh"));

    // A mark typed here that has not reached SGO, and another teacher's in the same cell in SGO: the cell
    // keeps the person's, says what SGO has, and taking SGO's puts it there.
    const QModelIndex mine = model->index(1, column);
    const qint64 otherStudent = mine.data(JournalTableModel::StudentIdRole).toLongLong();
    const int typed = mine.data(JournalTableModel::MarkValueRole).toInt() == 4 ? 5 : 4;
    QVERIFY(model->setData(mine, QString::number(typed)));
    QTRY_VERIFY(!model->index(1, column).data(JournalTableModel::PendingRole).toBool());
    QVERIFY(m_sandbox->setSgoMark(lessonId, otherStudent, 2, false));
    refresh->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !model->index(1, column).data(JournalTableModel::ConflictRole).toString().isEmpty(), 20000);
    QCOMPARE(model->index(1, column).data(JournalTableModel::MarkValueRole).toInt(), typed);
    QVERIFY(model->index(1, column)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Изменено в СГО: 2")));
    shoot(QStringLiteral("journal-conflict"));
    journal->resolveConflict(model->index(1, column), true);
    QTRY_COMPARE(model->index(1, column).data(JournalTableModel::MarkValueRole).toInt(), 2);
    QVERIFY(model->index(1, column).data(JournalTableModel::ConflictRole).toString().isEmpty());

    // Leaving a shared computer: «Удалить данные с этого компьютера…» asks, then the cache file is gone and
    // the connect page no longer names the person.
    const QString cacheFile = m_engine->cache().filePath();
    const QString person = m_window->workspace()->user().name.full();
    auto *forget = m_window->findChild<QAction *>(QStringLiteral("forgetAccountAction"));
    QVERIFY(forget && forget->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    forget->trigger();
    QVERIFY(MessageBox::lastText().contains(person));
    QTRY_COMPARE(currentPage()->objectName(), QStringLiteral("connectPage"));
    QTRY_VERIFY(find<QLabel>(QStringLiteral("connectProblem"))->text().contains(QStringLiteral("удалены")));
    QVERIFY(!QFile::exists(cacheFile));
    QVERIFY(find<QLineEdit>(QStringLiteral("connectLogin"))->text().isEmpty());
}

QTEST_MAIN(TestSignInGui)
#include "tst_signingui.moc"
