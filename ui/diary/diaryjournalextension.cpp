#include "diary/diaryjournalextension.h"

#include "diary/consentpage.h"
#include "diary/extractdialog.h"
#include "diary/finalgradesheetpage.h"
#include "journals/journalwindow.h"
#include "diary/statisticspage.h"
#include "store/diarystore.h"

#include <QAction>
#include <QCoreApplication>

namespace {

// Curators register the consents of their own group's parents; the admin of any group.
bool registersConsents(const StaffMember &user, const Group &group)
{
    return user.hasRole(Role::Admin) || (user.hasRole(Role::Curator) && group.curatorId == user.id);
}

} // namespace

void DiaryJournalExtension::install(JournalWindow &window)
{
    const JournalSubject &subject = window.subject();
    // The window's clock may be set later (tests, benchmarks): ask it each time instead of copying it.
    JournalContext context = window.context();
    context.clock = [&window] { return window.context().now(); };
    auto *store = new DiaryStore(window.cache(), subject.group.id, &window);
    store->setObjectName(QStringLiteral("edStore"));
    // Marks and lessons changed: read again when one of these screens is next shown, not at every keystroke.
    QObject::connect(&window, &JournalWindow::journalChanged, store, &DiaryStore::markStale);

    const qint64 assignmentId = subject.assignment.id;
    window.addPage(QCoreApplication::translate("DiaryJournalExtension", "Summary sheet"),
                   [store, assignmentId, context] { return new FinalGradeSheetPage(*store, assignmentId, context); });
    window.addPage(QCoreApplication::translate("DiaryJournalExtension", "Statistics"),
                   [store, assignmentId, context] { return new StatisticsPage(*store, assignmentId, context); });
    if (registersConsents(context.user, subject.group))
        window.addPage(new ConsentPage(*store, context),
                       QCoreApplication::translate("DiaryJournalExtension", "Parents: consents and contacts"));

    auto *extracts = new QAction(QCoreApplication::translate("DiaryJournalExtension", "Extracts…"), &window);
    extracts->setObjectName(QStringLiteral("extractAction"));
    extracts->setToolTip(QCoreApplication::translate(
        "DiaryJournalExtension",
        "Paper extracts from the journal for parents without internet access or who refused "
        "the electronic form"));
    QObject::connect(extracts, &QAction::triggered, &window, [&window, store, context] {
        ExtractDialog dialog(*store, context, &window);
        dialog.exec();
    });
    window.addHeaderAction(extracts);
}
