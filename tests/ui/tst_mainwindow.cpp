#include "engine.h"
#include "footprint/footprintpage.h"
#include "guifixture.h"
#include "launchoptions.h"
#include "localization.h"
#include "mainwindow.h"
#include "nextdialog.h"
#include "shellwindow.h"
#include "store/collegerepository.h"
#include "store/journalreader.h"
#include "sync/syncstate.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

// Drives the real MainWindow on the demo college, as a person would: sign in per role, look, switch user.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void languageFollowsTheSystem_data();
    void languageFollowsTheSystem();
    void russianPluralsOfGroups_data();
    void russianPluralsOfGroups();
    void signInOffersOnePersonPerRole();
    void eachRoleSeesOnlyItsSections_data();
    void eachRoleSeesOnlyItsSections();
    void titleAndToolbarNameTheUser();
    void switchUserReturnsToTheSignIn();
    void lastChoiceIsRemembered();
    void placeholdersPromiseNothingThatWorks();
    void journalsListTheGroupsByCourse();
    void statusBarFollowsSyncState();
    void statusTipsFitBesideTheSyncState_data();
    void statusTipsFitBesideTheSyncState();
    void noticeIsShownUntilClosed();
    void failureShowsAnErrorPage();
    void aboutNamesTheVersion();
    void serviceSettingsOpenFromTheMenu();
    void sendingProblemsOpenFromTheMenuAndTheStatusBar();
    void longSendingShowsProgressWithCancel();

    void quitAfterFirstPaintPrintsTheFigures();
    void withoutItsEngineModuleTheWindowSaysWhy();
    void startFailureIsSaidOnTheStartupPage();
    void versionNeedsNoDisplay();
    void badOptionExitsWithTwo();

private:
    template<typename T> T *find(const QString &objectName) const { return m_gui.find<T>(objectName); }
    QStringList navigationTexts() const;
    void signInAs(const QString &roleKey);
    // The environment of a spodesk started by a test: offscreen, its settings kept in home.
    static QProcessEnvironment childEnvironment(const QString &home);

    GuiFixture m_gui;
    Engine *m_engine = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_gui.start(&error), qPrintable(error));
    m_engine = &m_gui.engine();
    m_window = &m_gui.window();
}

void TestMainWindow::init()
{
    QVERIFY(m_gui.signOut());
}

void TestMainWindow::cleanupTestCase()
{
    m_gui.stop();
}

QStringList TestMainWindow::navigationTexts() const
{
    QStringList texts;
    auto *navigation = find<QListWidget>(QStringLiteral("sectionNavigation"));
    if (!navigation)
        return texts;
    for (int row = 0; row < navigation->count(); ++row)
        texts << navigation->item(row)->text();
    return texts;
}

void TestMainWindow::signInAs(const QString &roleKey)
{
    QVERIFY2(m_gui.signInAs(roleKey), qPrintable(roleKey));
}

void TestMainWindow::languageFollowsTheSystem_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Russian system") << QString() << QLocale(QLocale::Russian) << QStringLiteral("ru");
    QTest::newRow("English system") << QString() << QLocale(QLocale::English, QLocale::UnitedKingdom)
                                    << QStringLiteral("en");
    QTest::newRow("any other language: Russian, the default")
        << QString() << QLocale(QLocale::German) << QStringLiteral("ru");
    QTest::newRow("--lang en wins") << QStringLiteral("en") << QLocale(QLocale::Russian)
                                    << QStringLiteral("en");
    QTest::newRow("--lang ru wins") << QStringLiteral("ru") << QLocale(QLocale::English)
                                    << QStringLiteral("ru");
}

void TestMainWindow::languageFollowsTheSystem()
{
    QFETCH(QString, requested);
    QFETCH(QLocale, system);
    QFETCH(QString, expected);
    QCOMPARE(Localization::languageFor(requested, system), expected);
}

void TestMainWindow::russianPluralsOfGroups_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1") << 1 << QStringLiteral("2 курс — 1 учебная группа");
    QTest::newRow("3") << 3 << QStringLiteral("2 курс — 3 учебные группы");
    QTest::newRow("8") << 8 << QStringLiteral("2 курс — 8 учебных групп");
    QTest::newRow("11") << 11 << QStringLiteral("2 курс — 11 учебных групп");
    QTest::newRow("21") << 21 << QStringLiteral("2 курс — 21 учебная группа");
    QTest::newRow("38") << 38 << QStringLiteral("2 курс — 38 учебных групп");
}

void TestMainWindow::russianPluralsOfGroups()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(
        QCoreApplication::translate("JournalsPage", "Course %1 — %n study group(s)", nullptr, count).arg(2),
        expected);
}

void TestMainWindow::signInOffersOnePersonPerRole()
{
    const struct
    {
        const char *key;
        Role role;
        QString title;
    } roles[] = {
        {"admin", Role::Admin, QStringLiteral("Администратор ПОО")},
        {"curator", Role::Curator, QStringLiteral("Куратор")},
        {"subjectTeacher", Role::SubjectTeacher, QStringLiteral("Преподаватель-предметник")},
    };
    for (const auto &expected : roles) {
        auto *button = find<QCommandLinkButton>(QStringLiteral("signIn_") + QLatin1String(expected.key));
        QVERIFY2(button, expected.key);
        QCOMPARE(button->text(), expected.title);
        const std::optional<StaffMember> person = m_engine->college().firstStaffWithRole(expected.role);
        QVERIFY(person);
        QCOMPARE(button->description(), person->name.full());
    }
    // Nobody has signed in yet: the session toolbar and "switch user" are not offered.
    const auto *sessionBar = find<QWidget>(QStringLiteral("sessionToolBar")); // made at the first sign-in
    QVERIFY(!sessionBar || !sessionBar->isVisible());
    QVERIFY(!find<QAction>(QStringLiteral("switchUserAction"))->isEnabled());
}

void TestMainWindow::eachRoleSeesOnlyItsSections_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("sections");
    QTest::addColumn<QStringList>("pages");
    QTest::newRow("Администратор ПОО: everything")
        << QStringLiteral("admin")
        << QStringList{QStringLiteral("Журналы"), QStringLiteral("ЦС (U2035)"), QStringLiteral("Чаты"),
                       QStringLiteral("Учётные записи")}
        << QStringList{QStringLiteral("journalsPage"), QStringLiteral("footprintPage"),
                       QStringLiteral("chatsPage"), QStringLiteral("accountsPage")};
    QTest::newRow("Куратор: no ЦС forms")
        << QStringLiteral("curator")
        << QStringList{QStringLiteral("Журналы"), QStringLiteral("Чаты"), QStringLiteral("Учётные записи")}
        << QStringList{QStringLiteral("journalsPage"), QStringLiteral("chatsPage"),
                       QStringLiteral("accountsPage")};
    QTest::newRow("Преподаватель-предметник: no SGO logins")
        << QStringLiteral("subjectTeacher")
        << QStringList{QStringLiteral("Журналы"), QStringLiteral("ЦС (U2035)"), QStringLiteral("Чаты")}
        << QStringList{QStringLiteral("journalsPage"), QStringLiteral("footprintPage"),
                       QStringLiteral("chatsPage")};
}

void TestMainWindow::eachRoleSeesOnlyItsSections()
{
    QFETCH(QString, role);
    QFETCH(QStringList, sections);
    QFETCH(QStringList, pages);

    signInAs(role);
    QCOMPARE(navigationTexts(), sections);

    // A denied section is not hidden somewhere: its page does not exist at all.
    auto *stack = find<QStackedWidget>(QStringLiteral("sectionPages"));
    QCOMPARE(stack->count(), pages.size());
    for (const QString &page : {QStringLiteral("journalsPage"), QStringLiteral("footprintPage"),
                                QStringLiteral("chatsPage"), QStringLiteral("accountsPage")})
        QCOMPARE(find<QWidget>(page) != nullptr, pages.contains(page));

    // The navigation drives the pages, by mouse and by keyboard.
    auto *navigation = find<QListWidget>(QStringLiteral("sectionNavigation"));
    QCOMPARE(stack->currentWidget()->objectName(), pages.first());
    navigation->setFocus();
    for (int row = 1; row < pages.size(); ++row) {
        QTest::keyClick(navigation, Qt::Key_Down);
        QCOMPARE(stack->currentWidget()->objectName(), pages.at(row));
    }
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(stack->currentWidget()->objectName(), pages.first());
}

void TestMainWindow::titleAndToolbarNameTheUser()
{
    signInAs(QStringLiteral("curator"));
    const StaffMember curator = *m_engine->college().firstStaffWithRole(Role::Curator);
    const QString organisation = m_engine->college().organisation().shortName;
    QVERIFY(m_window->windowTitle().contains(curator.name.full()));
    QVERIFY(m_window->windowTitle().contains(organisation));
    auto *session = find<QLabel>(QStringLiteral("sessionLabel"));
    QVERIFY(session->isVisible());
    QVERIFY(session->text().contains(curator.name.full()));
    QVERIFY(session->text().contains(organisation));
    QVERIFY(session->text().contains(QStringLiteral("Куратор")));
    QCOMPARE(find<QAction>(QStringLiteral("switchUserAction"))->text(),
             QStringLiteral("Сменить &пользователя"));
}

void TestMainWindow::switchUserReturnsToTheSignIn()
{
    signInAs(QStringLiteral("admin"));
    QAction *switchUser = find<QAction>(QStringLiteral("switchUserAction"));
    QVERIFY(switchUser->isEnabled());
    switchUser->trigger();
    QTRY_COMPARE(find<QStackedWidget>(QStringLiteral("mainPages"))->currentWidget()->objectName(),
                 QStringLiteral("signInPage"));
    QVERIFY(!m_window->workspace());
    QVERIFY(!find<QWidget>(QStringLiteral("sessionToolBar"))->isVisible());
    QVERIFY(
        !m_window->windowTitle().contains(m_engine->college().firstStaffWithRole(Role::Admin)->name.full()));

    signInAs(QStringLiteral("subjectTeacher"));
    QCOMPARE(navigationTexts(),
             (QStringList{QStringLiteral("Журналы"), QStringLiteral("ЦС (U2035)"), QStringLiteral("Чаты")}));
}

void TestMainWindow::lastChoiceIsRemembered()
{
    signInAs(QStringLiteral("curator"));
    QCOMPARE(QSettings().value(QStringLiteral("signIn/lastRole")).toString(), QStringLiteral("curator"));
    find<QAction>(QStringLiteral("switchUserAction"))->trigger();
    QTRY_VERIFY(find<QCommandLinkButton>(QStringLiteral("signIn_curator"))->isDefault());
    QVERIFY(!find<QCommandLinkButton>(QStringLiteral("signIn_admin"))->isDefault());
}

void TestMainWindow::placeholdersPromiseNothingThatWorks()
{
    signInAs(QStringLiteral("admin"));
    // The journals and the ЦС are real now (tst_journalgui, tst_footprintpage drive them); the other sections
    // still say they are not there.
    QVERIFY(find<FootprintPage>(QStringLiteral("footprintPage")));
    for (const QString &name : {QStringLiteral("chatsPage"), QStringLiteral("accountsPage")}) {
        auto *page = find<QWidget>(name);
        QVERIFY2(page, qPrintable(name));
        auto *notYet = page->findChild<QLabel *>(QStringLiteral("sectionNotAvailable"));
        QVERIFY2(notYet, qPrintable(name));
        QCOMPARE(notYet->text(), QStringLiteral("В этой версии раздел пока недоступен."));
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("sectionDescription"))->text().isEmpty());
        QVERIFY2(page->findChildren<QAbstractButton *>().isEmpty(), qPrintable(name));
    }
}

void TestMainWindow::journalsListTheGroupsByCourse()
{
    signInAs(QStringLiteral("curator"));
    auto *tree = find<QTreeWidget>(QStringLiteral("journalGroups"));
    QVERIFY(tree);
    // A curator sees the groups they curate and those they teach in (JournalAccess::seesGroup).
    const QList<Group> groups =
        JournalReader(m_engine->college().database()).groupsVisibleTo(m_window->workspace()->user());
    QVERIFY(!groups.isEmpty());
    int listed = 0;
    const QRegularExpression courseTitle(
        QStringLiteral("^[1-4] курс — (\\d+) учебн(ая группа|ые группы|ых групп)$"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *course = tree->topLevelItem(i);
        const QRegularExpressionMatch title = courseTitle.match(course->text(0));
        QVERIFY2(title.hasMatch(), qPrintable(course->text(0)));
        QCOMPARE(title.captured(1).toInt(), course->childCount());
        listed += course->childCount();
    }
    QCOMPARE(listed, groups.size());
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), groups.first().name);
}

void TestMainWindow::statusBarFollowsSyncState()
{
    auto *connection = find<QLabel>(QStringLiteral("syncConnection"));
    auto *pending = find<QLabel>(QStringLiteral("syncPending"));
    auto *failed = find<QLabel>(QStringLiteral("syncFailed"));
    QVERIFY(connection && pending && failed);
    SyncState &state = m_engine->syncState();
    const bool hadServices = state.hasServices();
    if (!hadServices)
        QCOMPARE(connection->text(), QStringLiteral("Сервисы не настроены"));

    state.setHasServices(true);
    state.setOnline(false);
    QCOMPARE(connection->text(), QStringLiteral("Нет связи"));
    state.setOnline(true);
    QCOMPARE(connection->text(), QStringLiteral("В сети"));
    state.setCounts(3, 1);
    QCOMPARE(pending->text(), QStringLiteral("Ожидают отправки: 3"));
    QCOMPARE(failed->text(), QStringLiteral("Ошибок: 1"));
    state.setCounts(0, 0);
    QCOMPARE(pending->text(), QStringLiteral("Ожидают отправки: 0"));
    QCOMPARE(failed->text(), QStringLiteral("Ошибок: 0"));
    state.setHasServices(hadServices);
}

void TestMainWindow::statusTipsFitBesideTheSyncState_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("shortened");
    // The longest tip, «Войти как Хохлова Людмила Викторовна (Преподаватель-предметник)», needs about 880 px.
    QTest::newRow("the narrowest window") << 760 << true;
    QTest::newRow("the first start's window") << 1200 << false;
}

void TestMainWindow::statusTipsFitBesideTheSyncState()
{
    QFETCH(int, width);
    QFETCH(bool, shortened);
    const QSize before = m_window->size();
    m_window->resize(width, before.height());
    QTRY_COMPARE(m_window->width(), width);

    auto *button = find<QCommandLinkButton>(QStringLiteral("signIn_subjectTeacher"));
    const QString tip = button->statusTip();
    QVERIFY(tip.contains(QStringLiteral("Преподаватель-предметник")));
    QStatusTipEvent hovered(tip); // what the button sends when the mouse enters it, passed up to the window
    QCoreApplication::sendEvent(button, &hovered);

    const QStatusBar *bar = m_window->statusBar();
    const QString shown = bar->currentMessage();
    const int room = find<QWidget>(QStringLiteral("syncStatus"))->x() - 2 - 6;
    QVERIFY2(bar->fontMetrics().horizontalAdvance(shown) <= room, qPrintable(shown));
    if (shortened) {
        QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
        QVERIFY2(tip.startsWith(shown.chopped(1)), qPrintable(shown));
    } else {
        QCOMPARE(shown, tip);
    }

    QStatusTipEvent left{QString()};
    QCoreApplication::sendEvent(button, &left);
    QVERIFY(bar->currentMessage().isEmpty());
    m_window->resize(before);
}

void TestMainWindow::noticeIsShownUntilClosed()
{
    auto *bar = find<QWidget>(QStringLiteral("noticeBar"));
    QVERIFY(bar && !bar->isVisible());
    Q_EMIT m_engine->notice(QStringLiteral("Кэш был повреждён: копия сохранена."));
    QVERIFY(bar->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("noticeText"))->text(),
             QStringLiteral("Кэш был повреждён: копия сохранена."));
    QTest::mouseClick(find<QAbstractButton>(QStringLiteral("noticeClose")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
}

void TestMainWindow::failureShowsAnErrorPage()
{
    // A second window on an engine that is never started: the failure arrives instead of ready().
    LaunchOptions options;
    QVERIFY(
        options.parse({QStringLiteral("spodesk"), QStringLiteral("--data-dir"), m_gui.dataDir()}, nullptr));
    Engine engine(options);
    MainWindow window(engine);
    window.show();
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("mainPages"))->currentWidget()->objectName(),
             QStringLiteral("startupPage"));
    Q_EMIT engine.failed(QStringLiteral("Файл кэша создан более новой версией программы."));
    auto *page = window.findChild<QWidget *>(QStringLiteral("errorPage"));
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("errorMessage"))->text(),
             QStringLiteral("Файл кэша создан более новой версией программы."));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("errorQuitButton")), Qt::LeftButton);
    QVERIFY(!window.isVisible());
}

void TestMainWindow::aboutNamesTheVersion()
{
    // The about box is the shell's own QMessageBox (the executable links no kit): closed as a person does.
    NextDialog next([](QDialog *dialog) { dialog->accept(); });
    find<QAction>(QStringLiteral("aboutAction"))->trigger();
    QVERIFY(next.handled());
    QCOMPARE(next.windowTitle(), QStringLiteral("О программе SPO Desk"));
    QVERIFY(next.text().contains(QCoreApplication::applicationVersion()));
}

void TestMainWindow::serviceSettingsOpenFromTheMenu()
{
    QStringList tabs;
    NextDialog next([&tabs](QDialog *dialog) {
        if (auto *tabWidget = dialog->findChild<QTabWidget *>()) {
            for (int i = 0; i < tabWidget->count(); ++i)
                tabs << tabWidget->tabText(i);
        }
        dialog->reject();
    });
    find<QAction>(QStringLiteral("serviceSettingsAction"))->trigger();
    QVERIFY(next.handled());
    QCOMPARE(next.windowTitle(), QStringLiteral("Настройки сервисов"));
    QCOMPARE(tabs.size(), 3);
}

void TestMainWindow::sendingProblemsOpenFromTheMenuAndTheStatusBar()
{
    QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("syncProblemsDock")));
    find<QAction>(QStringLiteral("syncProblemsAction"))->trigger();
    auto *dock = find<QDockWidget>(QStringLiteral("syncProblemsDock"));
    QVERIFY(dock);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->windowTitle(), QStringLiteral("Сбои отправки"));
    QVERIFY(dock->findChild<QTreeView *>());

    dock->close();
    QTRY_VERIFY(!dock->isVisible());
    auto *status = find<QWidget>(QStringLiteral("syncStatus"));
    QTest::mouseClick(status, Qt::LeftButton);
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(m_window->findChildren<QDockWidget *>().size(), 1);
}

void TestMainWindow::longSendingShowsProgressWithCancel()
{
    auto *bar = find<QProgressBar>(QStringLiteral("syncProgress"));
    auto *cancel = find<QToolButton>(QStringLiteral("syncCancel"));
    QVERIFY(bar && cancel);
    QVERIFY(!bar->isVisible() && !cancel->isVisible());
    m_engine->syncState().setProgress(
        {QStringLiteral("Отправка ЦС в У2035: отправлено 150 записей"), 150, 600});
    QVERIFY(bar->isVisible() && cancel->isVisible());
    QCOMPARE(bar->value(), 150);
    QCOMPARE(bar->maximum(), 600);
    QCOMPARE(cancel->text(), QStringLiteral("Отмена"));
    QTest::mouseClick(cancel,
                      Qt::LeftButton); // nothing is sending here: a no-op that must not break anything
    m_engine->syncState().clearProgress();
    QVERIFY(!bar->isVisible() && !cancel->isVisible());
}

QProcessEnvironment TestMainWindow::childEnvironment(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    return environment;
}

void TestMainWindow::quitAfterFirstPaintPrintsTheFigures()
{
    QTemporaryDir dataDir;
    QProcess spodesk;
    spodesk.setProcessEnvironment(childEnvironment(dataDir.path()));
    spodesk.start(QStringLiteral(SPODESK_EXECUTABLE),
                  {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir.path(),
                   QStringLiteral("--quit-after-first-paint")});
    // It must not wait for the demo college to be built: it quits after the first paint, whatever the engine
    // does.
    QVERIFY(spodesk.waitForFinished(60000));
    QCOMPARE(spodesk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(spodesk.exitCode(), 0);
    const QString output = QString::fromUtf8(spodesk.readAllStandardOutput());
    const QRegularExpression figures(QStringLiteral("\\Afirst-paint-ms: \\d+\\nrss-kib: -?\\d+\\n\\z"));
    QVERIFY2(figures.match(output).hasMatch(), qPrintable(output));
}

void TestMainWindow::withoutItsEngineModuleTheWindowSaysWhy()
{
    // The executable alone, as a broken installation would leave it.
    QTemporaryDir dir;
    const QString lonely = dir.filePath(QFileInfo(QStringLiteral(SPODESK_EXECUTABLE)).fileName());
    QVERIFY(QFile::copy(QStringLiteral(SPODESK_EXECUTABLE), lonely));
    QProcess spodesk;
    spodesk.setProcessEnvironment(childEnvironment(dir.path()));
    spodesk.start(lonely, {QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                           dir.filePath(QStringLiteral("data")), QStringLiteral("--lang"),
                           QStringLiteral("en"), QStringLiteral("--quit-after-first-paint")});
    QVERIFY(spodesk.waitForFinished(60000));
    QCOMPARE(spodesk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(spodesk.exitCode(), 1);
    QVERIFY(spodesk.readAllStandardOutput().startsWith("first-paint-ms: ")); // the window did appear
    const QString error = QString::fromUtf8(spodesk.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("is not installed (looked in ")) &&
                 error.contains(QStringLiteral("spodesk-engine")),
             qPrintable(error));
}

void TestMainWindow::startFailureIsSaidOnTheStartupPage()
{
    ShellWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The engine's actions wait for the engine.
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("serviceSettingsAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("syncProblemsAction"))->isEnabled());
    window.showStartFailure(QStringLiteral("его часть spodesk-engine от другой версии."));
    auto *text = window.findChild<QLabel *>(QStringLiteral("startupText"));
    QVERIFY(text && text->isVisible());
    QCOMPARE(text->text(),
             QStringLiteral("SPO Desk не может запуститься: его часть spodesk-engine от другой версии. "
                            "Переустановка программы должна это исправить."));
    QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("startupProgress"))->isVisible());
}

void TestMainWindow::versionNeedsNoDisplay()
{
    QProcess spodesk;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    spodesk.setProcessEnvironment(environment);
    spodesk.start(QStringLiteral(SPODESK_EXECUTABLE), {QStringLiteral("--version")});
    QVERIFY(spodesk.waitForFinished(30000));
    QCOMPARE(spodesk.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(spodesk.readAllStandardOutput()),
             QStringLiteral("spodesk %1\n").arg(QStringLiteral(SPODESK_VERSION)));
}

void TestMainWindow::badOptionExitsWithTwo()
{
    QProcess spodesk;
    spodesk.start(QStringLiteral(SPODESK_EXECUTABLE), {QStringLiteral("--no-such-option")});
    QVERIFY(spodesk.waitForFinished(30000));
    QCOMPARE(spodesk.exitCode(), 2);
    QVERIFY(spodesk.readAllStandardOutput().isEmpty());
    QVERIFY(!spodesk.readAllStandardError().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
