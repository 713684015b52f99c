#include "footprint/footprintplanner.h"

#include "footprint/blockattestation.h"
#include "footprint/footprintdue.h"
#include "footprint/footprintkind.h"
#include "footprint/footprintstatementid.h"
#include "footprint/isoduration.h"
#include "footprint/practicereport.h"
#include "footprint/xapistatements.h"

#include <QFileInfo>

#include <algorithm>

namespace {

using Rank = FootprintStatement::Rank;

const QString IdExtension = QStringLiteral("https://id.2035.university/xapi/extension/");

QString xapiTypeOf(ActivityType type)
{
    switch (type) {
    case ActivityType::Video:
    case ActivityType::Webinar:
        return QStringLiteral("http://activitystrea.ms/schema/1.0/video");
    case ActivityType::Presentation:
    case ActivityType::Lecture:
        return QStringLiteral("http://activitystrea.ms/schema/1.0/article");
    case ActivityType::IndependentWork:
        return QStringLiteral("http://adlnet.gov/expapi/activities/lesson");
    case ActivityType::Test:
        return QStringLiteral("http://adlnet.gov/expapi/activities/assessment");
    case ActivityType::Assignment:
        break;
    }
    return QStringLiteral("http://adlnet.gov/expapi/activities/performance");
}

std::optional<int> percentOf(qint64 seconds, qint64 length)
{
    if (length <= 0)
        return std::nullopt;
    return int(std::clamp<qint64>(seconds * 100 / length, 0, 100));
}

QDateTime latest(QDateTime time, const QList<FootprintDocumentFile> &files)
{
    for (const FootprintDocumentFile &file : files) {
        if (file.addedAt.isValid() && (!time.isValid() || file.addedAt > time))
            time = file.addedAt;
    }
    return time;
}

} // namespace

void FootprintPlanner::Plan::append(const Plan &other)
{
    statements += other.statements;
    // The structure and the facts check the same activity values: each refusal is said once.
    for (const Refusal &refusal : other.refusals) {
        const bool known = std::any_of(refusals.cbegin(), refusals.cend(), [&refusal](const Refusal &r) {
            return r.activityId == refusal.activityId && r.studentId == refusal.studentId &&
                   r.problem.label == refusal.problem.label && r.problem.reason == refusal.problem.reason &&
                   r.problem.detail == refusal.problem.detail;
        });
        if (!known)
            refusals << refusal;
    }
}

FootprintPlanner::FootprintPlanner(const FootprintSetup &setup, const Program &program,
                                   const QList<ProgramBlock> &blocks, const QList<Activity> &activities,
                                   const BasExtensionCatalogue &catalogue)
    : m_setup(setup), m_program(program), m_catalogue(catalogue)
{
    for (const ProgramBlock &block : blocks) {
        if (block.programId == program.id) {
            m_blockIndex.insert(block.id, m_blocks.size());
            m_blocks << block;
        }
    }
    std::sort(m_blocks.begin(), m_blocks.end(),
              [](const auto &a, const auto &b) { return a.number < b.number; });
    for (qsizetype i = 0; i < m_blocks.size(); ++i)
        m_blockIndex.insert(m_blocks.at(i).id, i);
    for (const Activity &activity : activities) {
        if (m_blockIndex.contains(activity.blockId)) {
            m_activityIndex.insert(activity.id, m_activities.size());
            m_activities << activity;
        }
    }
}

void FootprintPlanner::setActivityExtensions(qint64 activityId, const QJsonObject &values)
{
    m_activityExtensions.insert(activityId, values);
}

QString FootprintPlanner::courseKey(qint64 programId)
{
    return QStringLiteral("course/%1").arg(programId);
}

QString FootprintPlanner::blockKey(qint64 blockId)
{
    return QStringLiteral("block/%1").arg(blockId);
}

QString FootprintPlanner::activityKey(qint64 activityId)
{
    return QStringLiteral("activity/%1").arg(activityId);
}

QString FootprintPlanner::definitionKey(qint64 activityId)
{
    return QStringLiteral("definition/%1").arg(activityId);
}

QString FootprintPlanner::factKey(qint64 activityId, qint64 studentId)
{
    return QStringLiteral("fact/%1/%2").arg(activityId).arg(studentId);
}

QString FootprintPlanner::practiceReportKey(qint64 blockId, qint64 studentId)
{
    return QStringLiteral("practice/%1/%2").arg(blockId).arg(studentId);
}

QString FootprintPlanner::documentKey(const FootprintAttachment &attachment)
{
    // Content-addressed: an upload cut short is found again and finished, a file sent twice is stored once.
    const QString suffix = QFileInfo(attachment.fileName).suffix().toLower();
    return QStringLiteral("footprint/") + attachment.sha2 +
           (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

QUuid FootprintPlanner::idOf(const QString &factKey, int revision) const
{
    return Footprint::footprintStatementId(m_setup.organisation, factKey, revision);
}

const ProgramBlock *FootprintPlanner::blockOf(const Activity &activity) const
{
    const auto found = m_blockIndex.constFind(activity.blockId);
    return found == m_blockIndex.cend() ? nullptr : &m_blocks.at(*found);
}

FootprintPlanner::Declaration FootprintPlanner::declarationOf(const Activity &activity) const
{
    switch (Footprint::footprintKindOf(activity, blockOf(activity)->kind)) {
    case FootprintKind::TheoreticalAttestation:
    case FootprintKind::PracticalAttestation:
    case FootprintKind::FinalAttestation:
        return Declaration::Assessment;
    case FootprintKind::PracticalActivity:
        return Declaration::AuthorAndDefinition;
    default:
        break;
    }
    return Declaration::Author;
}

QString FootprintPlanner::courseIri() const
{
    return m_setup.providerBase + QStringLiteral("/courses/%1").arg(m_program.id);
}

QString FootprintPlanner::blockIri(const ProgramBlock &block) const
{
    return courseIri() + QStringLiteral("/blocks/%1").arg(block.number);
}

QString FootprintPlanner::activityIri(const Activity &activity) const
{
    const ProgramBlock &block = *blockOf(activity);
    if (declarationOf(activity) != Declaration::Assessment)
        return blockIri(block) + QStringLiteral("/activities/%1").arg(activity.id);
    if (block.kind == ProgramBlock::Kind::FinalAttestation)
        return courseIri() + QStringLiteral("/assessments/%1").arg(activity.id);
    return blockIri(block) + QStringLiteral("/assessments/%1").arg(activity.id);
}

QUuid FootprintPlanner::referenceOf(const Activity &activity) const
{
    return idOf(declarationOf(activity) == Declaration::AuthorAndDefinition ? definitionKey(activity.id)
                                                                            : activityKey(activity.id));
}

XapiContext FootprintPlanner::context(const ProgramBlock *block) const
{
    XapiContext context;
    context.parentCourseId = m_setup.parentCourseId;
    context.flowId = m_program.flowId;
    if (block && block->kind != ProgramBlock::Kind::FinalAttestation)
        context.blockNum = block->number;
    return context;
}

bool FootprintPlanner::extensionsFor(const Activity &activity, const QJsonObject &studentValues,
                                     qint64 studentId, QJsonObject *result, QJsonObject *context,
                                     QList<Refusal> *refusals) const
{
    // Seed 000: the report shows the activity's values «предзаполнены», and each can be corrected per
    // student.
    QJsonObject values = m_activityExtensions.value(activity.id);
    for (auto it = studentValues.constBegin(); it != studentValues.constEnd(); ++it)
        values.insert(it.key(), it.value());
    bool ok = true;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const BasProblem problem = m_catalogue.validate(it.key(), it.value());
        if (!problem.ok()) {
            const qint64 who = studentValues.contains(it.key()) ? studentId : 0;
            refusals->append(Refusal{activity.id, who, problem});
            ok = false;
            continue;
        }
        const BasExtension *field = m_catalogue.find(it.key());
        (field->context ? context : result)->insert(it.key(), it.value());
    }
    return ok;
}

FootprintStatement FootprintPlanner::statement(const QString &key, Rank rank, const QList<QUuid> &dependsOn,
                                               const QDateTime &dueAt, const QJsonObject &json) const
{
    FootprintStatement statement;
    statement.factKey = key;
    statement.rank = rank;
    statement.dependsOn = dependsOn;
    statement.dueAt = dueAt;
    statement.json = json;
    return statement;
}

FootprintPlanner::Plan FootprintPlanner::structure() const
{
    Plan plan;
    const XapiStatements::Header header{QUuid(), m_setup.declaredAt, m_setup.authorUntiId};
    const QDateTime due = m_setup.declaredAt;
    const QString courseType = XapiStatements::activityTypeOf(FootprintNode::Kind::Course);

    FootprintNode course;
    course.kind = FootprintNode::Kind::Course;
    course.iri = courseIri();
    course.name = m_program.title;
    course.description = QLatin1String("");
    course.context.parentCourseId = m_setup.parentCourseId;
    course.contextExtensions.insert(IdExtension + QStringLiteral("is_online"), m_setup.online);
    const QUuid courseId = idOf(courseKey(m_program.id));
    plan.statements << statement(courseKey(m_program.id), Rank::Course, {}, due,
                                 XapiStatements::author(header, course));

    for (const ProgramBlock &block : m_blocks) {
        if (block.kind == ProgramBlock::Kind::FinalAttestation)
            continue; // its assessments hang from the course, as host_assessment_final has it
        FootprintNode node;
        node.kind = block.kind == ProgramBlock::Kind::Practical ? FootprintNode::Kind::PracticalBlock
                                                                : FootprintNode::Kind::TheoreticalBlock;
        node.iri = blockIri(block);
        node.name = block.title;
        node.description = QLatin1String("");
        node.parentIri = course.iri;
        node.parentType = courseType;
        node.context = context(&block);
        plan.statements << statement(blockKey(block.id), Rank::Block, {courseId}, due,
                                     XapiStatements::author(header, node));
    }

    for (const Activity &activity : m_activities) {
        const ProgramBlock &block = *blockOf(activity);
        const bool final = block.kind == ProgramBlock::Kind::FinalAttestation;
        const QUuid parentId = final ? courseId : idOf(blockKey(block.id));
        FootprintNode node;
        node.iri = activityIri(activity);
        node.name = activity.title;
        node.description = QLatin1String("");
        node.parentIri = final ? course.iri : blockIri(block);
        node.parentType = final ? courseType
                                : XapiStatements::activityTypeOf(block.kind == ProgramBlock::Kind::Practical
                                                                     ? FootprintNode::Kind::PracticalBlock
                                                                     : FootprintNode::Kind::TheoreticalBlock);
        node.context = context(&block);
        const Declaration declaration = declarationOf(activity);
        if (declaration == Declaration::Assessment) {
            node.kind = FootprintNode::Kind::Assessment;
            node.definitionExtensions = {
                {IdExtension + QStringLiteral("assessment_type"),
                 final ? QStringLiteral("final") : QStringLiteral("intermediate")},
                {IdExtension + QStringLiteral("indication_of_practice"),
                 block.kind != ProgramBlock::Kind::Theoretical},
                {QStringLiteral("https://api.2035.university/comparability_of_result"), 1},
            };
            plan.statements << statement(activityKey(activity.id), Rank::Activity, {parentId}, due,
                                         XapiStatements::host(header, node));
            continue;
        }
        node.kind = FootprintNode::Kind::Activity;
        node.activityType = xapiTypeOf(activity.type);
        node.definitionExtensions.insert(IdExtension + QStringLiteral("required"), true);
        if (activity.type == ActivityType::Video || activity.type == ActivityType::Webinar) {
            node.definitionExtensions.insert(
                IdExtension + QStringLiteral("video_type"),
                activity.type == ActivityType::Webinar ? QStringLiteral("webinar") : QStringLiteral("video"));
        }
        plan.statements << statement(activityKey(activity.id), Rank::Activity, {parentId}, due,
                                     XapiStatements::author(header, node));
        if (declaration != Declaration::AuthorAndDefinition)
            continue;

        // host_activity_factdef: the fact U2035 will get for this practical activity, with its context
        // values.
        QJsonObject resultValues;
        QJsonObject contextValues;
        if (!extensionsFor(activity, {}, 0, &resultValues, &contextValues, &plan.refusals))
            continue;
        FootprintNode definition;
        definition.kind = FootprintNode::Kind::Activity;
        definition.iri = node.iri;
        definition.parentIri = node.parentIri;
        definition.parentType = node.parentType;
        definition.definitionExtensions = {
            {IdExtension + QStringLiteral("required"), true},
            {IdExtension + QStringLiteral("collaborative"), false},
            {QStringLiteral("https://api.2035.university/comparability_of_result"), 1},
        };
        definition.contextExtensions = contextValues;
        definition.instructorUntiId = m_setup.authorUntiId;
        definition.context = context(&block);
        definition.context.fd = true;
        plan.statements << statement(definitionKey(activity.id), Rank::Definition,
                                     {idOf(activityKey(activity.id))}, due,
                                     XapiStatements::host(header, definition));
    }
    return plan;
}

FootprintPlanner::Plan FootprintPlanner::facts(const Student &student,
                                               const FootprintProgress &progress) const
{
    Plan plan;
    const auto index = m_activityIndex.constFind(progress.activityId);
    if (index == m_activityIndex.cend() || student.untiId.isEmpty())
        return plan;
    const Activity &activity = m_activities.at(*index);
    const ProgramBlock &block = *blockOf(activity);
    const FootprintKind kind = Footprint::footprintKindOf(activity, block.kind);
    const bool afterStatusChange = Footprint::footprintTimingOf(kind) == FootprintTiming::AfterStatusChange;
    const std::optional<FootprintWindow> window =
        afterStatusChange ? Footprint::windowAfterStatusChange(activity.type, progress.events)
                          : Footprint::windowAfterReport(progress.events);
    if (!window)
        return plan;

    FootprintFact fact;
    if (!extensionsFor(activity, progress.extensions, student.id, &fact.resultExtensions,
                       &fact.contextExtensions, &plan.refusals))
        return plan;
    fact.ref = referenceOf(activity);
    fact.context = context(&block);
    QDateTime happened = afterStatusChange ? window->from : progress.events.reportSentAt;
    QDateTime due = window->from;
    const QString key = factKey(activity.id, student.id);

    auto passed = [&fact, &progress] {
        fact.verb = progress.success ? FootprintFact::Verb::Passed : FootprintFact::Verb::Failed;
        fact.score = progress.score;
        fact.success = progress.success;
        if (progress.durationSecs > 0)
            fact.duration = Footprint::formatIsoDuration(progress.durationSecs);
        fact.attemptsIndex = progress.attemptIndex;
        fact.attemptsMax = progress.attemptsMax;
        fact.target = QStringLiteral("max");
    };

    switch (kind) {
    case FootprintKind::VideoWatch: {
        qint64 seconds = progress.watchedSecs;
        std::optional<int> percent = percentOf(seconds, progress.videoLengthSecs);
        bool recording = false;
        if (activity.type == ActivityType::Webinar) {
            WebinarFacts facts = progress.webinar;
            facts.external = activity.externalWebinar;
            facts.finishPressed = progress.events.finishPressedAt.isValid();
            // Seed 000: «не был на вебинаре и не смотрел вебинар в записи … ЦС гражданина не отправится».
            const std::optional<WebinarFootprint> webinar = Footprint::webinarFootprint(facts);
            if (!webinar)
                return plan;
            seconds = webinar->seconds;
            percent = webinar->percent > 0 ? std::optional<int>(webinar->percent)
                                           : percentOf(seconds, progress.videoLengthSecs);
            recording = webinar->presence == WebinarFootprint::Presence::WatchedRecording;
        }
        fact.verb = FootprintFact::Verb::Watched;
        if (seconds > 0)
            fact.duration = Footprint::formatIsoDuration(seconds);
        fact.viewPercentage = percent;
        fact.watchedRecording = recording;
        break;
    }
    case FootprintKind::PresentationText:
        fact.verb = FootprintFact::Verb::Viewed;
        if (progress.downloaded) {
            FootprintFact downloaded = fact;
            downloaded.verb = FootprintFact::Verb::Downloaded;
            plan.statements << statement(
                QStringLiteral("downloaded/%1/%2").arg(activity.id).arg(student.id), Rank::Fact, {fact.ref},
                due, XapiStatements::fact({QUuid(), happened, student.untiId}, downloaded));
        }
        break;
    case FootprintKind::TheoreticalActivity:
        if (progress.score)
            passed();
        else
            fact.verb = FootprintFact::Verb::Completed;
        break;
    case FootprintKind::PracticalActivity:
        passed();
        fact.context.fd = true;
        fact.parentIri = activityIri(activity);
        break;
    case FootprintKind::FinalAttestation:
        if (!Footprint::finalAttestationReady(progress.success, block.requiresFinalDocuments,
                                              int(progress.documents.size())))
            return plan;
        for (const FootprintDocumentFile &file : progress.documents)
            fact.attachments << file.attachment;
        due = latest(due, progress.documents);
        happened = latest(happened, progress.documents);
        passed();
        fact.context.fd = true;
        break;
    case FootprintKind::TheoreticalAttestation:
    case FootprintKind::PracticalAttestation:
    case FootprintKind::LmsMessages:
    case FootprintKind::PracticalBlockReport:
        passed();
        fact.context.fd = true;
        break;
    }

    FootprintStatement planned = statement(key, Rank::Fact, {fact.ref}, due,
                                           XapiStatements::fact({QUuid(), happened, student.untiId}, fact));
    for (qsizetype i = 0; i < progress.documents.size() && kind == FootprintKind::FinalAttestation; ++i) {
        const FootprintDocumentFile &file = progress.documents.at(i);
        planned.documents << FootprintDocument{int(i), file.localPath, documentKey(file.attachment)};
    }
    plan.statements << planned;
    return plan;
}

FootprintPlanner::Plan FootprintPlanner::practiceReport(const Student &student,
                                                        const PracticeReportFiles &files,
                                                        const FootprintProgress &blockAttestation) const
{
    Plan plan;
    const auto index = m_activityIndex.constFind(blockAttestation.activityId);
    if (index == m_activityIndex.cend() || student.untiId.isEmpty())
        return plan;
    const Activity &activity = m_activities.at(*index);
    const std::optional<FootprintWindow> window = Footprint::windowAfterReport(blockAttestation.events);
    const bool passed = window.has_value() && blockAttestation.success;
    if (!Footprint::practicalBlockReportReady(passed, int(files.diary.size())))
        return plan;

    FootprintFact fact;
    fact.verb = FootprintFact::Verb::Passed;
    fact.ref = referenceOf(activity);
    fact.context.parentCourseId = m_setup.parentCourseId;
    fact.context.flowId = m_program.flowId;
    QList<FootprintDocumentFile> all = files.diary + files.others;
    for (const FootprintDocumentFile &file : std::as_const(all))
        fact.attachments << file.attachment;
    const QDateTime due = latest(window->from, all);
    const QDateTime happened = latest(blockAttestation.events.reportSentAt, all);
    FootprintStatement planned =
        statement(practiceReportKey(files.blockId, student.id), Rank::Fact, {fact.ref}, due,
                  XapiStatements::fact({QUuid(), happened, student.untiId}, fact));
    for (qsizetype i = 0; i < all.size(); ++i)
        planned.documents << FootprintDocument{int(i), all.at(i).localPath,
                                               documentKey(all.at(i).attachment)};
    plan.statements << planned;
    return plan;
}

FootprintPlanner::Plan FootprintPlanner::plan(const QList<Student> &students,
                                              const QList<FootprintProgress> &progress,
                                              const QList<PracticeReportFiles> &reports) const
{
    Plan plan = structure();
    QHash<qint64, const Student *> studentById;
    for (const Student &student : students)
        studentById.insert(student.id, &student);
    QHash<QPair<qint64, qint64>, const FootprintProgress *> progressOf;
    for (const FootprintProgress &item : progress) {
        progressOf.insert({item.activityId, item.studentId}, &item);
        if (const Student *student = studentById.value(item.studentId))
            plan.append(facts(*student, item));
    }
    for (const PracticeReportFiles &files : reports) {
        const Student *student = studentById.value(files.studentId);
        if (!student)
            continue;
        QList<Activity> ofBlock;
        for (const Activity &activity : m_activities) {
            if (activity.blockId == files.blockId && activity.groupId == student->groupId)
                ofBlock << activity;
        }
        const std::optional<qint64> attestation = Footprint::blockAttestationOf(ofBlock);
        const FootprintProgress *attestationProgress =
            attestation ? progressOf.value({*attestation, student->id}) : nullptr;
        if (attestationProgress)
            plan.append(practiceReport(*student, files, *attestationProgress));
    }
    return plan;
}
