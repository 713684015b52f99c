#include "workspace.h"

#include "demo/democalendar.h"
#include "diary/diaryjournalextension.h"
#include "engine.h"
#include "footprint/footprintpage.h"
#include "journals/journalcontext.h"
#include "journals/journalspage.h"
#include "widgets/labels.h"
#include "widgets/placeholderpage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace {

// The semester the journals are kept for. The demo college lives in its own fixed autumn; a real college's
// semester is the current half of the academic year until SGO's calendar is synced.
Semester journalSemester(const Engine &engine)
{
    if (engine.options().demo)
        return {DemoCalendar::semesterStart(), DemoCalendar::semesterEnd()};
    const QDate today = QDate::currentDate();
    if (today.month() >= 8)
        return {QDate(today.year(), 9, 1), QDate(today.year(), 12, 31)};
    return {QDate(today.year(), 1, 9), QDate(today.year(), 6, 30)};
}

} // namespace

Workspace::Workspace(const StaffMember &user, Engine &engine, QWidget *parent)
    : QWidget(parent), m_user(user), m_sections(College::visibleSections(user)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("workspace"));
    m_navigation->setObjectName(QStringLiteral("sectionNavigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::AlternateBase);
    m_navigation->setAutoFillBackground(true);
    m_pages->setObjectName(QStringLiteral("sectionPages"));

    int number = 0;
    for (Section section : std::as_const(m_sections)) {
        ++number;
        auto *item =
            new QListWidgetItem(Labels::sectionIcon(section), Labels::section(section), m_navigation);
        const QString tip = Labels::sectionStatusTip(section);
        item->setStatusTip(tip);
        item->setData(Qt::UserRole, QVariant::fromValue(static_cast<int>(section)));
        item->setSizeHint(QSize(0, 40));
        m_pages->addWidget(createPage(section, engine));

        // Ctrl+1…Ctrl+4 reach a section from anywhere in the window.
        auto *jump = new QAction(this);
        jump->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        jump->setShortcutContext(Qt::WindowShortcut);
        connect(jump, &QAction::triggered, this, [this, section] { showSection(section); });
        addAction(jump);
        item->setToolTip(tip + QStringLiteral(" (") + jump->shortcut().toString(QKeySequence::NativeText) +
                         QLatin1Char(')'));
    }
    m_navigation->setFixedWidth(qMax(200, m_navigation->sizeHintForColumn(0) + 32));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_navigation);
}

void Workspace::showSection(Section section)
{
    const auto row = m_sections.indexOf(section);
    if (row >= 0)
        m_navigation->setCurrentRow(static_cast<int>(row));
}

QWidget *Workspace::createPage(Section section, Engine &engine)
{
    QWidget *page = nullptr;
    switch (section) {
    case Section::Journals: {
        JournalContext context;
        context.user = m_user;
        context.semester = journalSemester(engine);
        m_journals = new JournalsPage(engine.journals(), context, m_pages);
        m_journals->setExtension(DiaryJournalExtension::install);
        page = m_journals;
        break;
    }
    case Section::Footprint:
        if (FootprintStore *store = engine.footprintStore()) {
            auto *footprint = new FootprintPage(*store, m_pages);
            connect(footprint, &FootprintPage::queued, &engine, &Engine::footprintQueued);
            connect(&engine, &Engine::footprintChanged, footprint, &FootprintPage::reload);
            page = footprint;
        } else {
            page = new PlaceholderPage(Labels::section(section),
                                       tr("The catalogue of BAS extensions that this section needs could not "
                                          "be read; see the message above."),
                                       m_pages);
        }
        break;
    case Section::Chats:
        page = new PlaceholderPage(
            Labels::section(section),
            tr("Here you will link your account to a Sferum learning profile and go to VK Messenger. "
               "The chats each role gets are made automatically; with the Chat management right you will "
               "create chats, choose their members and administrators."),
            m_pages);
        break;
    case Section::Accounts:
        page = new PlaceholderPage(
            Labels::section(section),
            tr("Here you will hand out SGO logins for additional education: the lists of parents and pupils, "
               "changing a password, a printable slip with the login for a parent, and linking a parent to "
               "a child."),
            m_pages);
        break;
    }
    page->setObjectName(Labels::sectionKey(section) + QStringLiteral("Page"));
    return page;
}

void Workspace::reloadFromCache()
{
    if (m_journals)
        m_journals->reloadFromCache();
}
