#include "guifixture.h"

#include "engine.h"
#include "launchoptions.h"
#include "localization.h"
#include "workspace.h"

#include <QCommandLinkButton>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

GuiFixture::GuiFixture() = default;

GuiFixture::~GuiFixture()
{
    stop();
}

bool GuiFixture::start(QString *error, const QSize &size)
{
    if (!m_dataDir.isValid()) {
        *error = QStringLiteral("no temporary data dir: %1").arg(m_dataDir.errorString());
        return false;
    }
    QStandardPaths::setTestModeEnabled(true); // QSettings too: never the user's own
    QCoreApplication::setOrganizationName(QStringLiteral("SPO Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("spodesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPODESK_VERSION));
    QSettings().clear();
    // What main() does for a Russian system, with the .qm files the build made for the executable.
    if (!Localization::install(*qApp, Localization::languageFor(QString(), QLocale(QLocale::Russian)),
                               QStringLiteral(SPODESK_TRANSLATIONS_DIR))) {
        *error = QStringLiteral("the Russian translation is not in %1").arg(QStringLiteral(SPODESK_TRANSLATIONS_DIR));
        return false;
    }

    LaunchOptions options;
    if (!options.parse({QStringLiteral("spodesk"), QStringLiteral("--demo"), QStringLiteral("--data-dir"),
                        m_dataDir.path()},
                       error))
        return false;
    m_engine = std::make_unique<Engine>(options);
    m_window = std::make_unique<MainWindow>(*m_engine);
    if (size.isValid())
        m_window->resize(size);
    m_window->show();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        *error = QStringLiteral("the main window did not become active");
        return false;
    }
    m_engine->start();
    // The first start builds the demo college; the window shows the progress page meanwhile.
    if (!QTest::qWaitFor([this] { return find<QWidget>(QStringLiteral("signInPage")) != nullptr; }, 180000)) {
        *error = QStringLiteral("the sign-in page did not come up");
        return false;
    }
    return true;
}

void GuiFixture::stop()
{
    if (!m_engine)
        return;
    m_window.reset();
    m_engine.reset();
    QSettings().clear();
}

bool GuiFixture::signOut()
{
    if (m_window->workspace())
        m_window->switchUser();
    auto *pages = find<QStackedWidget>(QStringLiteral("mainPages"));
    return QTest::qWaitFor([pages] {
        return pages && pages->currentWidget() &&
               pages->currentWidget()->objectName() == QStringLiteral("signInPage");
    });
}

bool GuiFixture::signInAs(const QString &roleKey)
{
    if (!signOut())
        return false;
    QCommandLinkButton *button = nullptr;
    if (!QTest::qWaitFor([&] {
            button = find<QCommandLinkButton>(QStringLiteral("signIn_") + roleKey);
            return button && button->isVisible();
        }))
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return QTest::qWaitFor([this] { return m_window->workspace() && m_window->workspace()->isVisible(); });
}
