#include "sync/footprintlms.h"

#include "demo/demofootprint.h"
#include "sync/footprintrecords.h"
#include "store/storecodes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

const QString DemoMarker = QStringLiteral("footprint_demo_queued");

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QString textOf(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<FootprintLms::ProgramData> programOfActivity(QSqlDatabase &db, qint64 activityId,
                                                           QString *error)
{
    const std::optional<QList<FootprintLms::ProgramData>> all = FootprintLms::programs(db, error);
    if (!all)
        return std::nullopt;
    for (const FootprintLms::ProgramData &data : *all) {
        for (const Activity &activity : data.activities) {
            if (activity.id == activityId)
                return data;
        }
    }
    return FootprintLms::ProgramData(); // not a БАС program: nothing goes to U2035
}

FootprintPlanner plannerOf(const FootprintLms::ProgramData &data, const BasExtensionCatalogue &catalogue)
{
    FootprintPlanner planner(data.setup, data.program, data.blocks, data.activities, catalogue);
    for (auto it = data.extensions.cbegin(); it != data.extensions.cend(); ++it)
        planner.setActivityExtensions(it.key(), it.value());
    return planner;
}

std::optional<Student> studentOf(QSqlDatabase &db, qint64 studentId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, group_id, unti_id FROM students WHERE id = ?"));
    query.addBindValue(studentId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Student student;
    student.id = query.value(0).toLongLong();
    student.groupId = query.value(1).toLongLong();
    student.untiId = query.value(2).toString();
    return student;
}

bool storeProgress(QSqlDatabase &db, const FootprintProgress &progress, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO footprint_progress (activity_id, student_id, record) VALUES (?, ?, ?)"));
    query.addBindValue(progress.activityId);
    query.addBindValue(progress.studentId);
    query.addBindValue(textOf(FootprintRecords::toJson(progress)));
    return query.exec() || fail(query, error);
}

} // namespace

QString FootprintLms::organisation(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT name FROM organisation WHERE id = 1")) && query.next())
        return query.value(0).toString();
    return QString();
}

std::optional<QList<FootprintLms::ProgramData>> FootprintLms::programs(QSqlDatabase &db, QString *error)
{
    QList<ProgramData> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT p.id, p.title, p.flow_id, f.provider_base, f.parent_course_id, f.author_unti_id, "
            "f.declared_at, f.online"
            " FROM programs p JOIN footprint_programs f ON f.program_id = p.id ORDER BY p.id"))) {
        fail(query, error);
        return std::nullopt;
    }
    const QString organisationName = organisation(db);
    QHash<qint64, qsizetype> indexOf;
    while (query.next()) {
        ProgramData data;
        data.program =
            Program{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
        data.setup.organisation = organisationName;
        data.setup.providerBase = query.value(3).toString();
        data.setup.parentCourseId = query.value(4).toString();
        data.setup.authorUntiId = query.value(5).toString();
        data.setup.declaredAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
        data.setup.online = query.value(7).toBool();
        indexOf.insert(data.program.id, result.size());
        result << data;
    }
    if (!query.exec(QStringLiteral(
            "SELECT id, program_id, title, kind, number, requires_final_documents FROM program_blocks"
            " ORDER BY program_id, number"))) {
        fail(query, error);
        return std::nullopt;
    }
    QHash<qint64, qint64> programOfBlock;
    while (query.next()) {
        const auto index = indexOf.constFind(query.value(1).toLongLong());
        if (index == indexOf.cend())
            continue;
        ProgramBlock block{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toString(),   StoreCodes::blockKind(query.value(3).toInt()),
                           query.value(4).toInt(),      query.value(5).toBool()};
        programOfBlock.insert(block.id, block.programId);
        result[*index].blocks << block;
    }
    if (!query.exec(QStringLiteral(
            "SELECT a.id, a.block_id, a.group_id, a.title, a.type, a.position, a.attestation,"
            " a.block_attestation, a.external_webinar, e.extensions FROM activities a"
            " LEFT JOIN footprint_activity_extensions e ON e.activity_id = a.id ORDER BY a.id"))) {
        fail(query, error);
        return std::nullopt;
    }
    while (query.next()) {
        const auto program = programOfBlock.constFind(query.value(1).toLongLong());
        if (program == programOfBlock.cend())
            continue;
        Activity activity;
        activity.id = query.value(0).toLongLong();
        activity.blockId = query.value(1).toLongLong();
        activity.groupId = query.value(2).toLongLong();
        activity.title = query.value(3).toString();
        activity.type = StoreCodes::activityType(query.value(4).toInt());
        activity.position = query.value(5).toInt();
        activity.attestation = query.value(6).toBool();
        activity.blockAttestation = query.value(7).toBool();
        activity.externalWebinar = query.value(8).toBool();
        ProgramData &data = result[indexOf.value(*program)];
        data.activities << activity;
        if (!query.value(9).isNull())
            data.extensions.insert(activity.id, objectOf(query.value(9)));
    }
    return result;
}

QHash<qint64, QString> FootprintLms::groupNames(QSqlDatabase &db)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id, name FROM groups"))) {
        while (query.next())
            names.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return names;
}

QList<Student> FootprintLms::studentsOfGroups(QSqlDatabase &db, const QList<qint64> &groupIds)
{
    QList<Student> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, group_id, unti_id, last_name, first_name, middle_name FROM students WHERE group_id = ?"
        " ORDER BY id"));
    for (qint64 groupId : groupIds) {
        query.addBindValue(groupId);
        if (!query.exec())
            continue;
        while (query.next()) {
            Student student;
            student.id = query.value(0).toLongLong();
            student.groupId = query.value(1).toLongLong();
            student.untiId = query.value(2).toString();
            student.name = {query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
            result << student;
        }
    }
    return result;
}

QList<FootprintProgress> FootprintLms::progressOfActivity(QSqlDatabase &db, qint64 activityId)
{
    QList<FootprintProgress> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT student_id, record FROM footprint_progress WHERE activity_id = ? ORDER BY student_id"));
    query.addBindValue(activityId);
    if (!query.exec())
        return result;
    while (query.next())
        result << FootprintRecords::progressFromJson(objectOf(query.value(1)), activityId,
                                                     query.value(0).toLongLong());
    return result;
}

bool FootprintLms::saveSetup(QSqlDatabase &db, qint64 programId, const FootprintSetup &setup, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO footprint_programs (program_id, provider_base, parent_course_id,"
        " author_unti_id, declared_at, online) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(programId);
    query.addBindValue(setup.providerBase);
    query.addBindValue(setup.parentCourseId);
    query.addBindValue(setup.authorUntiId);
    query.addBindValue(setup.declaredAt.toString(Qt::ISODate));
    query.addBindValue(setup.online);
    return query.exec() || fail(query, error);
}

bool FootprintLms::recordProgress(QSqlDatabase &db, const FootprintProgress &progress,
                                  const BasExtensionCatalogue &catalogue, const QDateTime &now,
                                  QString *error, Refusals *refusals)
{
    if (!storeProgress(db, progress, error))
        return false;
    const std::optional<ProgramData> data = programOfActivity(db, progress.activityId, error);
    if (!data)
        return false;
    const std::optional<Student> student = studentOf(db, progress.studentId);
    if (data->activities.isEmpty() || !student)
        return true;
    const FootprintPlanner planner = plannerOf(*data, catalogue);
    FootprintPlanner::Plan plan = planner.structure();
    plan.append(planner.facts(*student, progress));
    if (refusals)
        *refusals = plan.refusals;
    return FootprintOutboxStore::enqueue(db, data->setup.organisation, plan.statements, now, error);
}

bool FootprintLms::saveActivityExtensions(QSqlDatabase &db, qint64 activityId, const QJsonObject &values,
                                          const BasExtensionCatalogue &catalogue, const QDateTime &now,
                                          QString *error, Refusals *refusals,
                                          const std::optional<FootprintDocumentFile> &letter)
{
    std::optional<ProgramData> data = programOfActivity(db, activityId, error);
    if (!data)
        return false;
    data->extensions.insert(activityId, values);
    const FootprintPlanner planner = plannerOf(*data, catalogue);
    FootprintPlanner::Plan plan = planner.structure();
    QList<qint64> groups;
    for (const Activity &activity : std::as_const(data->activities)) {
        if (activity.id == activityId)
            groups << activity.groupId;
    }
    QHash<qint64, Student> students;
    for (const Student &student : studentsOfGroups(db, groups))
        students.insert(student.id, student);
    for (const FootprintProgress &progress : progressOfActivity(db, activityId)) {
        if (students.contains(progress.studentId))
            plan.append(planner.facts(students.value(progress.studentId), progress));
    }
    if (refusals)
        *refusals = plan.refusals;
    if (!plan.refusals.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 value(s) refused").arg(plan.refusals.size());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO footprint_activity_extensions (activity_id, extensions) VALUES (?, ?)"));
    query.addBindValue(activityId);
    query.addBindValue(textOf(values));
    if (!query.exec())
        return fail(query, error);
    return FootprintOutboxStore::enqueue(db, data->setup.organisation, plan.statements, now, error, nullptr,
                                         letter);
}

bool FootprintLms::queueDemo(QSqlDatabase &db, const BasExtensionCatalogue &catalogue, const QDateTime &now,
                             QString *error, int *queued)
{
    QSqlQuery marker(db);
    marker.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    marker.addBindValue(DemoMarker);
    if (marker.exec() && marker.next()) {
        if (queued)
            *queued = 0;
        return true;
    }
    marker.finish();

    // The demo's programs get their ЦС settings, then the generated LMS record is planned like any other.
    CollegeData college;
    college.organisation.name = organisation(db);
    QSqlQuery programs(db);
    if (!programs.exec(QStringLiteral("SELECT id, title, flow_id FROM programs ORDER BY id")))
        return fail(programs, error);
    while (programs.next())
        college.programs << Program{programs.value(0).toLongLong(), programs.value(1).toString(),
                                    programs.value(2).toString()};
    programs.finish();
    for (const Program &program : std::as_const(college.programs)) {
        if (!saveSetup(db, program.id, DemoFootprint::setup(college, program), error))
            return false;
    }
    const std::optional<QList<ProgramData>> data = FootprintLms::programs(db, error);
    if (!data)
        return false;
    QList<qint64> groups;
    for (const ProgramData &program : *data) {
        college.blocks += program.blocks;
        college.activities += program.activities;
        for (const Activity &activity : program.activities) {
            if (!groups.contains(activity.groupId))
                groups << activity.groupId;
        }
    }
    college.students = studentsOfGroups(db, groups);
    const QHash<qint64, QJsonObject> extensions = DemoFootprint::activityExtensions(college);
    const QList<FootprintProgress> progress = DemoFootprint::progress(college);

    QSqlQuery values(db);
    values.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO footprint_activity_extensions (activity_id, extensions) VALUES (?, ?)"));
    for (auto it = extensions.cbegin(); it != extensions.cend(); ++it) {
        values.addBindValue(it.key());
        values.addBindValue(textOf(it.value()));
        if (!values.exec())
            return fail(values, error);
    }
    for (const FootprintProgress &item : progress) {
        if (!storeProgress(db, item, error))
            return false;
    }
    int count = 0;
    for (ProgramData program : *data) {
        for (const Activity &activity : std::as_const(program.activities)) {
            if (extensions.contains(activity.id))
                program.extensions.insert(activity.id, extensions.value(activity.id));
        }
        const FootprintPlanner::Plan plan = plannerOf(program, catalogue).plan(college.students, progress);
        if (!FootprintOutboxStore::enqueue(db, program.setup.organisation, plan.statements, now, error))
            return false;
        count += int(plan.statements.size());
    }
    QSqlQuery done(db);
    done.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
    done.addBindValue(DemoMarker);
    if (!done.exec())
        return fail(done, error);
    if (queued)
        *queued = count;
    return true;
}

std::optional<FootprintSchema::State> FootprintLms::factState(QSqlDatabase &db, const QString &factKey,
                                                              QString *lastError)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT state, last_error FROM footprint_outbox WHERE fact_key = ? ORDER BY revision DESC LIMIT 1"));
    query.addBindValue(factKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    if (lastError)
        *lastError = query.value(1).toString();
    return static_cast<FootprintSchema::State>(query.value(0).toInt());
}

QList<FootprintLms::Report> FootprintLms::reports(QSqlDatabase &db, qint64 activityId)
{
    QList<Report> result;
    QSqlQuery group(db);
    group.prepare(QStringLiteral("SELECT group_id FROM activities WHERE id = ?"));
    group.addBindValue(activityId);
    if (!group.exec() || !group.next())
        return result;
    const qint64 groupId = group.value(0).toLongLong();
    QHash<qint64, QJsonObject> values;
    for (const FootprintProgress &progress : progressOfActivity(db, activityId))
        values.insert(progress.studentId, progress.extensions);
    QList<Student> students = studentsOfGroups(db, {groupId});
    std::sort(students.begin(), students.end(), [](const Student &a, const Student &b) {
        return std::tie(a.name.last, a.name.first, a.name.middle) <
               std::tie(b.name.last, b.name.first, b.name.middle);
    });
    for (const Student &student : std::as_const(students)) {
        Report report;
        report.student = student;
        report.values = values.value(student.id);
        const std::optional<FootprintSchema::State> state =
            factState(db, FootprintPlanner::factKey(activityId, student.id), &report.lastError);
        report.filled = state.has_value();
        report.state = state.value_or(FootprintSchema::State::Waiting);
        result << report;
    }
    return result;
}

bool FootprintLms::saveStudentExtensions(QSqlDatabase &db, qint64 activityId, qint64 studentId,
                                         const QJsonObject &values, const BasExtensionCatalogue &catalogue,
                                         const QDateTime &now, QString *error, Refusals *refusals)
{
    FootprintProgress progress;
    progress.activityId = activityId;
    progress.studentId = studentId;
    for (const FootprintProgress &stored : progressOfActivity(db, activityId)) {
        if (stored.studentId == studentId)
            progress = stored;
    }
    progress.extensions = values;
    Refusals refused;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const BasProblem problem = catalogue.validate(it.key(), it.value());
        if (!problem.ok())
            refused << FootprintPlanner::Refusal{activityId, studentId, problem};
    }
    if (refusals)
        *refusals = refused;
    if (!refused.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 value(s) refused").arg(refused.size());
        return false;
    }
    return recordProgress(db, progress, catalogue, now, error, refusals);
}

bool FootprintLms::saveAttestationFlags(QSqlDatabase &db, qint64 activityId, bool attestation,
                                        bool blockAttestation, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE activities SET attestation = ?, block_attestation = ? WHERE id = ?"));
    query.addBindValue(attestation);
    query.addBindValue(blockAttestation);
    query.addBindValue(activityId);
    return query.exec() || fail(query, error);
}

QList<PracticeReportFiles> FootprintLms::practiceFiles(QSqlDatabase &db, qint64 blockId)
{
    QHash<qint64, PracticeReportFiles> byStudent;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT student_id, usage, file_name, content_type, length, sha256, local_path, added_at"
        " FROM footprint_files WHERE block_id = ? ORDER BY id"));
    query.addBindValue(blockId);
    if (!query.exec())
        return {};
    while (query.next()) {
        const qint64 studentId = query.value(0).toLongLong();
        PracticeReportFiles &files = byStudent[studentId];
        files.blockId = blockId;
        files.studentId = studentId;
        FootprintDocumentFile file;
        file.attachment.usage = static_cast<FootprintAttachment::Usage>(query.value(1).toInt());
        file.attachment.fileName = query.value(2).toString();
        file.attachment.contentType = query.value(3).toString();
        file.attachment.length = query.value(4).toLongLong();
        file.attachment.sha2 = query.value(5).toString();
        file.localPath = query.value(6).toString();
        file.addedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        (file.attachment.usage == FootprintAttachment::Usage::PracticeDiary ? files.diary : files.others)
            << file;
    }
    return byStudent.values();
}

bool FootprintLms::addPracticeFile(QSqlDatabase &db, qint64 blockId, qint64 studentId,
                                   FootprintAttachment::Usage usage, const QString &path,
                                   const BasExtensionCatalogue &catalogue, const QDateTime &now,
                                   QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    if (!sha256.addData(&file)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO footprint_files (block_id, student_id, usage, file_name, content_type, length,"
        " sha256, local_path, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(blockId);
    insert.addBindValue(studentId);
    insert.addBindValue(static_cast<int>(usage));
    insert.addBindValue(QFileInfo(path).fileName());
    insert.addBindValue(QMimeDatabase().mimeTypeForFile(path).name());
    insert.addBindValue(file.size());
    insert.addBindValue(QString::fromLatin1(sha256.result().toHex()));
    insert.addBindValue(QFileInfo(path).absoluteFilePath());
    insert.addBindValue(now.toString(Qt::ISODate));
    if (!insert.exec())
        return fail(insert, error);

    // The report goes once the block attestation is passed and the diary is there (FootprintPlanner).
    std::optional<QList<ProgramData>> programs = FootprintLms::programs(db, error);
    if (!programs)
        return false;
    const std::optional<Student> student = studentOf(db, studentId);
    for (const ProgramData &data : std::as_const(*programs)) {
        const bool hasBlock =
            std::any_of(data.blocks.cbegin(), data.blocks.cend(),
                        [blockId](const ProgramBlock &block) { return block.id == blockId; });
        if (!hasBlock || !student)
            continue;
        QList<FootprintProgress> progress;
        for (const Activity &activity : data.activities) {
            if (activity.blockId == blockId && activity.groupId == student->groupId)
                progress += progressOfActivity(db, activity.id);
        }
        QList<PracticeReportFiles> files;
        for (const PracticeReportFiles &item : practiceFiles(db, blockId)) {
            if (item.studentId == studentId)
                files << item;
        }
        const FootprintPlanner::Plan plan = plannerOf(data, catalogue).plan({*student}, progress, files);
        return FootprintOutboxStore::enqueue(db, data.setup.organisation, plan.statements, now, error);
    }
    return true;
}

FootprintLms::ActivityForm FootprintLms::activityForm(QSqlDatabase &db, qint64 activityId)
{
    ActivityForm form;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT a.attestation, a.block_attestation, e.extensions FROM activities a"
                       " LEFT JOIN footprint_activity_extensions e ON e.activity_id = a.id WHERE a.id = ?"));
    query.addBindValue(activityId);
    if (query.exec() && query.next()) {
        form.attestation = query.value(0).toBool();
        form.blockAttestation = query.value(1).toBool();
        form.values = objectOf(query.value(2));
    }
    return form;
}

QList<FootprintLms::PracticeDiaryRow> FootprintLms::practiceDiaries(QSqlDatabase &db, qint64 blockId)
{
    QList<qint64> groups;
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT DISTINCT group_id FROM activities WHERE block_id = ? ORDER BY group_id"));
    query.addBindValue(blockId);
    if (query.exec()) {
        while (query.next())
            groups << query.value(0).toLongLong();
    }
    QHash<qint64, PracticeReportFiles> files;
    for (const PracticeReportFiles &item : practiceFiles(db, blockId))
        files.insert(item.studentId, item);
    QList<PracticeDiaryRow> rows;
    for (const Student &student : studentsOfGroups(db, groups)) {
        PracticeDiaryRow row;
        row.student = student;
        for (const FootprintDocumentFile &file : files.value(student.id).diary)
            row.diary << file.attachment.fileName;
        for (const FootprintDocumentFile &file : files.value(student.id).others)
            row.others << file.attachment.fileName;
        row.state = factState(db, FootprintPlanner::practiceReportKey(blockId, student.id), &row.lastError);
        rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const PracticeDiaryRow &a, const PracticeDiaryRow &b) {
        return a.student.name.full() < b.student.name.full();
    });
    return rows;
}
