#include "sync/collegepull.h"

#include "net/sgoclient.h"
#include "store/cache.h"
#include "store/collegerows.h"
#include "store/journalschema.h"
#include "store/journalstore.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace SgoAdminCalls;

namespace {

// Where each kind's rows go: the table, its key columns (as the sync key sends them: id, or the pair), and
// the INSERT and binder CollegeWriter uses.
struct Target
{
    const char *table;
    const char *first;  // key column of SyncKey::id
    const char *second; // key column of SyncKey::second, or nullptr
    const char *insertSql;
    const char *conflict; // the key columns as the table's primary key names them
};

Target target(SyncKind kind)
{
    using namespace CollegeRows;
    switch (kind) {
    case SyncKind::Organisation:
        return {"organisation", nullptr, nullptr, OrganisationSql, "id"};
    case SyncKind::Groups:
        return {"groups", "id", nullptr, GroupSql, "id"};
    case SyncKind::Students:
        return {"students", "id", nullptr, StudentSql, "id"};
    case SyncKind::Orders:
        return {"enrolment_orders", "id", nullptr, OrderSql, "id"};
    case SyncKind::Parents:
        return {"parents", "id", nullptr, ParentSql, "id"};
    case SyncKind::ParentLinks:
        return {"parent_links", "parent_id", "student_id", ParentLinkSql, "student_id, parent_id"};
    case SyncKind::Staff:
        return {"staff", "id", nullptr, StaffSql, "id"};
    case SyncKind::Subjects:
        return {"subjects", "id", nullptr, SubjectSql, "id"};
    case SyncKind::Assignments:
        return {"teaching_assignments", "id", nullptr, AssignmentSql, "id"};
    case SyncKind::Lessons:
        return {"lessons", "id", nullptr, LessonSql, "id"};
    case SyncKind::Marks:
        return {"marks", "lesson_id", "student_id", MarkSql, "lesson_id, student_id"};
    case SyncKind::Programs:
        return {"programs", "id", nullptr, ProgramSql, "id"};
    case SyncKind::ProgramBlocks:
        return {"program_blocks", "id", nullptr, BlockSql, "id"};
    case SyncKind::Activities:
        return {"activities", "id", nullptr, ActivitySql, "id"};
    }
    return {};
}

void bindRow(CollegeRows::Binder &b, const SyncOrganisation &row)
{
    CollegeRows::bindOrganisation(b, row.organisation);
}
void bindRow(CollegeRows::Binder &b, const Group &row)
{
    CollegeRows::bindGroup(b, row);
}
void bindRow(CollegeRows::Binder &b, const Student &row)
{
    CollegeRows::bindStudent(b, row);
}
void bindRow(CollegeRows::Binder &b, const EnrolmentOrder &row)
{
    CollegeRows::bindOrder(b, row);
}
void bindRow(CollegeRows::Binder &b, const Parent &row)
{
    CollegeRows::bindParent(b, row);
}
void bindRow(CollegeRows::Binder &b, const ParentLink &row)
{
    CollegeRows::bindParentLink(b, row);
}
void bindRow(CollegeRows::Binder &b, const StaffMember &row)
{
    CollegeRows::bindStaff(b, row);
}
void bindRow(CollegeRows::Binder &b, const Subject &row)
{
    CollegeRows::bindSubject(b, row);
}
void bindRow(CollegeRows::Binder &b, const TeachingAssignment &row)
{
    CollegeRows::bindAssignment(b, row);
}
void bindRow(CollegeRows::Binder &b, const Lesson &row)
{
    CollegeRows::bindLesson(b, row);
}
void bindRow(CollegeRows::Binder &b, const Mark &row)
{
    CollegeRows::bindMark(b, row);
}
void bindRow(CollegeRows::Binder &b, const Program &row)
{
    CollegeRows::bindProgram(b, row);
}
void bindRow(CollegeRows::Binder &b, const ProgramBlock &row)
{
    CollegeRows::bindBlock(b, row);
}
void bindRow(CollegeRows::Binder &b, const Activity &row)
{
    CollegeRows::bindActivity(b, row);
}

// Whether the rows one kind refers to are in the cache: the reference 0 ("none") always is.
class Lookup
{
public:
    Lookup(QSqlDatabase &db, const char *table) : m_query(db)
    {
        m_query.setForwardOnly(true);
        m_query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(QLatin1String(table)));
    }
    bool has(qint64 id)
    {
        if (id <= 0)
            return true;
        m_query.addBindValue(id);
        const bool found = m_query.exec() && m_query.next();
        m_query.finish();
        return found;
    }

private:
    QSqlQuery m_query;
};

// Checks across kinds that the foreign keys would only answer with SQLite's words. Empty when the rows fit.
template<typename T> QString misfit(QSqlDatabase &, const QList<T> &)
{
    return {};
}
template<> QString misfit(QSqlDatabase &db, const QList<Student> &students)
{
    Lookup groups(db, "groups");
    for (const Student &student : students) {
        if (!groups.has(student.groupId))
            return CollegePull::tr("student %1 is in group %2, which SGO did not send")
                .arg(student.id)
                .arg(student.groupId);
    }
    return {};
}
// The LMS kinds say it in the words of a row that does not fit, with the reference in the detail.
template<> QString misfit(QSqlDatabase &db, const QList<ProgramBlock> &blocks)
{
    Lookup programs(db, "programs");
    for (const ProgramBlock &block : blocks) {
        if (!programs.has(block.programId))
            return CollegePull::tr("a row does not fit what is already loaded (%1)")
                .arg(QStringLiteral("block %1 of program %2, which SGO did not send")
                         .arg(block.id)
                         .arg(block.programId));
    }
    return {};
}
template<> QString misfit(QSqlDatabase &db, const QList<Activity> &activities)
{
    Lookup blocks(db, "program_blocks");
    Lookup groups(db, "groups");
    for (const Activity &activity : activities) {
        const bool block = blocks.has(activity.blockId);
        if (!block || !groups.has(activity.groupId))
            return CollegePull::tr("a row does not fit what is already loaded (%1)")
                .arg(block ? QStringLiteral("activity %1 for group %2, which SGO did not send")
                                 .arg(activity.id)
                                 .arg(activity.groupId)
                           : QStringLiteral("activity %1 of block %2, which SGO did not send")
                                 .arg(activity.id)
                                 .arg(activity.blockId));
    }
    return {};
}

// The journal's edits SGO has not taken yet (journal_changes still pending): their cells and lessons stay the
// person's until SGO has them, so a pull never overwrites what waits to be sent. Where SGO changed such a cell
// meanwhile, its value is noted in journal_conflicts for the person to decide (keep theirs or take SGO's).
struct HeldEdits
{
    QSet<std::pair<qint64, qint64>> keys;
    QHash<std::pair<qint64, qint64>, std::pair<int, bool>> bases; // cell → what SGO had under the edit
    bool conflicts = false; // journal_conflicts has rows to clear
    QString error;

    bool read(QSqlDatabase &db, SyncKind kind)
    {
        if (kind != SyncKind::Marks && kind != SyncKind::Lessons)
            return true;
        using Kind = JournalStore::ChangeKind;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString pending = JournalSchema::sql(JournalSchema::ChangeState::Pending);
        const bool ok =
            kind == SyncKind::Marks
                ? query.exec(QStringLiteral("SELECT lesson_id, student_id, base_value, base_absent FROM journal_changes"
                                            " WHERE state = %1 AND kind = %2")
                                 .arg(pending)
                                 .arg(int(Kind::Cell)))
                : query.exec(QStringLiteral("SELECT DISTINCT lesson_id, 0 FROM journal_changes WHERE state = %1"
                                            " AND kind IN (%2, %3, %4) AND lesson_id IS NOT NULL")
                                 .arg(pending)
                                 .arg(int(Kind::LessonCreated))
                                 .arg(int(Kind::LessonChanged))
                                 .arg(int(Kind::LessonDeleted)));
        if (!ok) {
            error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            const std::pair<qint64, qint64> key{query.value(0).toLongLong(), query.value(1).toLongLong()};
            keys.insert(key);
            if (kind == SyncKind::Marks && !query.value(2).isNull())
                bases.insert(key, {query.value(2).toInt(), query.value(3).toBool()});
        }
        if (kind == SyncKind::Marks) {
            QSqlQuery any(db);
            conflicts = any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM journal_conflicts)")) && any.next() &&
                        any.value(0).toBool();
        }
        return true;
    }
    bool holds(SyncKind kind, std::pair<qint64, qint64> key) const
    {
        return (kind == SyncKind::Marks || kind == SyncKind::Lessons) && keys.contains(key);
    }
    template<typename T> bool noteConflict(QSqlDatabase &, const T &, bool) { return true; }
    bool noteConflict(QSqlDatabase &db, const Mark &sgo, bool removed)
    {
        QSqlQuery local(db);
        local.prepare(QStringLiteral("SELECT value, absent FROM marks WHERE lesson_id = ? AND student_id = ?"));
        local.addBindValue(sgo.lessonId);
        local.addBindValue(sgo.studentId);
        if (!local.exec())
            return fail(local);
        const bool hasLocal = local.next();
        const bool same = removed ? !hasLocal
                                  : hasLocal && local.value(0).toInt() == sgo.value &&
                                        local.value(1).toBool() == sgo.absent;
        // SGO still has what the cell held before the person's edit: SGO did not change it.
        const auto base = bases.constFind({sgo.lessonId, sgo.studentId});
        const std::pair<int, bool> sgoCell = removed ? std::pair(0, false) : std::pair(sgo.value, sgo.absent);
        if (!same && base != bases.cend() && base.value() == sgoCell)
            return clearConflict(db, sgo);
        QSqlQuery note(db);
        if (same) {
            note.prepare(QStringLiteral("DELETE FROM journal_conflicts WHERE lesson_id = ? AND student_id = ?"));
            note.addBindValue(sgo.lessonId);
            note.addBindValue(sgo.studentId);
            return note.exec() || fail(note);
        }
        // Kept by the person for this very value of SGO's: not asked again.
        note.prepare(QStringLiteral(
            "INSERT INTO journal_conflicts (lesson_id, student_id, value, absent, removed, kept, seen_at)"
            " VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (lesson_id, student_id) DO UPDATE SET"
            " kept = CASE WHEN value = excluded.value AND absent = excluded.absent AND removed = excluded.removed"
            " THEN kept ELSE 0 END, value = excluded.value, absent = excluded.absent, removed = excluded.removed,"
            " seen_at = excluded.seen_at"));
        note.addBindValue(sgo.lessonId);
        note.addBindValue(sgo.studentId);
        note.addBindValue(removed ? 0 : sgo.value);
        note.addBindValue(!removed && sgo.absent);
        note.addBindValue(removed);
        note.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        return note.exec() || fail(note);
    }
    // SGO has the cell as it is now: whatever was noted about it is settled.
    template<typename T> bool clearConflict(QSqlDatabase &, const T &) { return true; }
    bool clearConflict(QSqlDatabase &db, const Mark &mark)
    {
        if (!conflicts && !keys.contains({mark.lessonId, mark.studentId}))
            return true;
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM journal_conflicts WHERE lesson_id = ? AND student_id = ?"));
        clear.addBindValue(mark.lessonId);
        clear.addBindValue(mark.studentId);
        return clear.exec() || fail(clear);
    }
    bool fail(const QSqlQuery &query)
    {
        error = query.lastError().text();
        return false;
    }
};

template<typename T> std::pair<qint64, qint64> heldKey(const T &)
{
    return {0, 0};
}
std::pair<qint64, qint64> heldKey(const Mark &mark)
{
    return {mark.lessonId, mark.studentId};
}
std::pair<qint64, qint64> heldKey(const Lesson &lesson)
{
    return {lesson.id, 0};
}

} // namespace

// The multi-row upserts of a pull, prepared once and used from page to page; on the store thread only.
struct CollegePull::Statements
{
    QHash<std::pair<const char *, int>, std::shared_ptr<QSqlQuery>> upserts; // (table, rows) →

    QSqlQuery *upsert(QSqlDatabase &db, const Target &to, int rows, QString *error)
    {
        std::shared_ptr<QSqlQuery> &query = upserts[{to.table, rows}];
        if (query)
            return query.get();
        auto prepared = std::make_shared<QSqlQuery>(db);
        if (!prepared->prepare(CollegeRows::upsertSql(to.insertSql, to.conflict, rows))) {
            if (error)
                *error = prepared->lastError().text();
            return nullptr;
        }
        query = std::move(prepared);
        return query.get();
    }
};

CollegePull::CollegePull(Cache &cache, SgoClient &sgo, QObject *parent)
    : QObject(parent), m_cache(cache), m_sgo(sgo)
{}

CollegePull::~CollegePull()
{
    releaseStatements();
}

void CollegePull::releaseStatements()
{
    // Prepared on the store thread, finalised there.
    if (m_statements)
        m_cache.schedule([statements = std::exchange(m_statements, nullptr)](QSqlDatabase &) mutable {
            statements.reset();
        });
}

QList<SyncKind> CollegePull::order()
{
    return {SyncKind::Organisation,  SyncKind::Staff,     SyncKind::Groups,  SyncKind::Subjects,
            SyncKind::Students,      SyncKind::Orders,    SyncKind::Parents, SyncKind::ParentLinks,
            SyncKind::Assignments,   SyncKind::Lessons,   SyncKind::Marks,   SyncKind::Programs,
            SyncKind::ProgramBlocks, SyncKind::Activities};
}

QList<SyncKind> CollegePull::dependencies(SyncKind kind)
{
    switch (kind) {
    case SyncKind::Organisation:
    case SyncKind::Staff:
    case SyncKind::Subjects:
    case SyncKind::Parents:
    case SyncKind::Programs:
        return {};
    case SyncKind::Groups:
        return {SyncKind::Staff};
    case SyncKind::Students:
        return {SyncKind::Groups};
    case SyncKind::Orders:
        return {SyncKind::Students, SyncKind::Groups};
    case SyncKind::ParentLinks:
        return {SyncKind::Parents, SyncKind::Students};
    case SyncKind::Assignments:
        return {SyncKind::Staff, SyncKind::Groups, SyncKind::Subjects};
    case SyncKind::Lessons:
        return {SyncKind::Assignments};
    case SyncKind::Marks:
        return {SyncKind::Lessons, SyncKind::Students};
    case SyncKind::ProgramBlocks:
        return {SyncKind::Programs};
    case SyncKind::Activities:
        return {SyncKind::ProgramBlocks, SyncKind::Groups};
    }
    return {};
}

void CollegePull::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_index = 0;
    m_summary = {};
    dropPagesOnTheWay();
    m_statements = std::make_shared<Statements>();
    m_cache.read(
        this,
        [](QSqlDatabase &db) {
            QHash<QString, KindState> states;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (query.exec(QStringLiteral("SELECT kind, since, until, next_page, pages FROM sync_state"))) {
                while (query.next())
                    states.insert(query.value(0).toString(),
                                  KindState{query.value(1).toString(), query.value(2).toString(),
                                            qMax(1, query.value(3).toInt()), query.value(4).toInt()});
            }
            return states;
        },
        [this](const QHash<QString, KindState> &states) {
            m_states = states;
            nextKind();
        });
}

void CollegePull::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void CollegePull::nextKind()
{
    if (m_cancelled || m_index >= order().size()) {
        finish();
        return;
    }
    const SyncKind kind = currentKind();
    for (SyncKind needed : dependencies(kind)) {
        const QString neededName = syncKindName(needed);
        if (m_summary.failed.contains(neededName)) {
            const QString message =
                tr("%1 were not loaded: %2 failed first").arg(syncKindName(kind), neededName);
            m_summary.failed.insert(syncKindName(kind), message);
            Q_EMIT kindFailed(syncKindName(kind), message);
            ++m_index;
            nextKind();
            return;
        }
    }
    request(m_states.value(syncKindName(kind)).nextPage);
}

void CollegePull::request(int page)
{
    const KindState state = m_states.value(syncKindName(currentKind()));
    const QString until = page > 1 ? state.until : QString();
    m_onTheWire = page;
    // The raw body: it is parsed on the store thread, with the write of its rows.
    m_sgo.request("GET", syncPath(currentKind(), state.since, until, page, m_pageSize), {}, this,
                  [this, page, generation = m_generation](const NetResult<QByteArray> &body) {
                      if (generation == m_generation)
                          arrived(page, body);
                  });
}

void CollegePull::arrived(int page, const NetResult<QByteArray> &body)
{
    m_onTheWire = 0;
    if (m_writing)
        m_waiting.emplace(page, body);
    else
        take(page, body);
}

void CollegePull::take(int page, const NetResult<QByteArray> &body)
{
    ++m_summary.pages;
    if (!body.ok()) {
        failKind(body.error().toUserText());
        return;
    }
    // The next page goes on the wire while this one is written: its `until` is known once page 1 is in.
    const KindState &state = m_states[syncKindName(currentKind())];
    if (page > 1 && page < state.pages && !m_cancelled)
        request(page + 1);
    applyPage(page, body.value());
}

void CollegePull::applyPage(int requested, const QByteArray &body)
{
    switch (currentKind()) {
    case SyncKind::Organisation:
        return apply<SyncOrganisation>(requested, body);
    case SyncKind::Groups:
        return apply<Group>(requested, body);
    case SyncKind::Students:
        return apply<Student>(requested, body);
    case SyncKind::Orders:
        return apply<EnrolmentOrder>(requested, body);
    case SyncKind::Parents:
        return apply<Parent>(requested, body);
    case SyncKind::ParentLinks:
        return apply<ParentLink>(requested, body);
    case SyncKind::Staff:
        return apply<StaffMember>(requested, body);
    case SyncKind::Subjects:
        return apply<Subject>(requested, body);
    case SyncKind::Assignments:
        return apply<TeachingAssignment>(requested, body);
    case SyncKind::Lessons:
        return apply<Lesson>(requested, body);
    case SyncKind::Marks:
        return apply<Mark>(requested, body);
    case SyncKind::Programs:
        return apply<Program>(requested, body);
    case SyncKind::ProgramBlocks:
        return apply<ProgramBlock>(requested, body);
    case SyncKind::Activities:
        return apply<Activity>(requested, body);
    }
}

template<typename T> void CollegePull::apply(int requested, const QByteArray &body)
{
    const SyncKind kind = currentKind();
    const QString name = syncKindName(kind);
    const KindState state = m_states.value(name);
    auto applied = std::make_shared<Applied>();
    m_writing = true;
    m_cache.write(
        this,
        [kind, name, body, requested, state, applied, statements = m_statements](QSqlDatabase &db,
                                                                                 QString *error) {
            const auto failed = [error](const QString &what) {
                if (error)
                    *error = what;
                return false;
            };
            const NetResult<SyncPage<T>> parsed = parseSyncPage<T>(body);
            if (!parsed.ok())
                return failed(parsed.error().toUserText());
            const SyncPage<T> &page = parsed.value();
            if (page.page != requested)
                return failed(
                    CollegePull::tr("SGO sent page %1 when asked for page %2").arg(page.page).arg(requested));
            if (page.pages > MaxPages)
                return failed(CollegePull::tr("SGO announced %1 pages, more than the %2 a pull may take")
                                  .arg(page.pages)
                                  .arg(MaxPages));
            if (requested > 1 && state.pages > 0 && page.pages != state.pages)
                return failed(CollegePull::tr("the number of pages changed from %1 to %2 during the pull")
                                  .arg(state.pages)
                                  .arg(page.pages));
            *applied = Applied{page.page, page.pages, page.since, page.items.size() + page.deleted.size()};

            const bool last = page.page >= page.pages;
            // Page 1's `since` is the `until` every later page of this pull passes.
            const QString until = page.page == 1 ? page.since : state.until;
            // Nothing changed since the last pull: nothing to write, not even the state.
            if (last && page.page == 1 && applied->rows == 0 && !state.since.isEmpty() &&
                page.since == state.since)
                return true;

            const Target to = target(kind);
            if (const QString wrong = misfit(db, page.items); !wrong.isEmpty())
                return failed(wrong);

            QSqlQuery remove(db);
            if (!page.deleted.isEmpty()) {
                if (to.first == nullptr)
                    remove.prepare(QStringLiteral("DELETE FROM %1").arg(QLatin1String(to.table)));
                else if (to.second == nullptr)
                    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                       .arg(QLatin1String(to.table), QLatin1String(to.first)));
                else
                    remove.prepare(
                        QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND %3 = ?")
                            .arg(QLatin1String(to.table), QLatin1String(to.first), QLatin1String(to.second)));
            }
            HeldEdits held;
            if (!held.read(db, kind))
                return failed(held.error);
            for (const SyncKey &key : page.deleted) {
                if (held.holds(kind, {key.id, key.second})) {
                    if (kind == SyncKind::Marks && !held.noteConflict(db, Mark{key.id, key.second, 0, false}, true))
                        return failed(held.error);
                    continue;
                }
                if (to.first != nullptr)
                    remove.addBindValue(key.id);
                if (to.second != nullptr)
                    remove.addBindValue(key.second);
                if (!remove.exec())
                    return failed(remove.lastError().text());
            }

            QList<const T *> rows;
            rows.reserve(page.items.size());
            for (const T &item : page.items) {
                if (held.holds(kind, heldKey(item))) {
                    if (!held.noteConflict(db, item, false))
                        return failed(held.error);
                    continue;
                }
                if (!held.clearConflict(db, item))
                    return failed(held.error);
                rows << &item;
            }
            // Many rows per statement, the statements kept prepared from page to page.
            const int perRow = CollegeRows::valuesPerRow(to.insertSql);
            const qsizetype perStatement = qMax(1, CollegeRows::MaxValuesPerStatement / qMax(1, perRow));
            for (qsizetype i = 0; i < rows.size(); i += perStatement) {
                const int count = int(qMin(perStatement, rows.size() - i));
                QSqlQuery *upsert = statements->upsert(db, to, count, error);
                if (upsert == nullptr)
                    return false;
                CollegeRows::Binder binder(*upsert);
                for (int r = 0; r < count; ++r) {
                    binder.setBase(r * perRow);
                    bindRow(binder, *rows.at(i + r));
                }
                if (!upsert->exec())
                    return failed(CollegePull::tr("a row does not fit what is already loaded (%1)")
                                      .arg(upsert->lastError().text()));
            }

            QSqlQuery stateRow(db);
            stateRow.prepare(QStringLiteral(
                "INSERT INTO sync_state (kind, since, until, next_page, pages, finished_at, last_error)"
                " VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (kind) DO UPDATE SET since = excluded.since,"
                " until = excluded.until, next_page = excluded.next_page, pages = excluded.pages,"
                " finished_at = COALESCE(excluded.finished_at, finished_at), last_error = NULL"));
            stateRow.addBindValue(name);
            stateRow.addBindValue(last ? page.since
                                       : (state.since.isEmpty() ? QVariant() : QVariant(state.since)));
            stateRow.addBindValue(last ? QVariant() : QVariant(until));
            stateRow.addBindValue(last ? 1 : page.page + 1);
            stateRow.addBindValue(page.pages);
            stateRow.addBindValue(last ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                       : QVariant());
            if (!stateRow.exec())
                return failed(stateRow.lastError().text());
            return true;
        },
        [this, applied, generation = m_generation](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            m_writing = false;
            if (!ok)
                failKind(error);
            else
                pageApplied(*applied);
        });
}

void CollegePull::pageApplied(const Applied &applied)
{
    const QString name = syncKindName(currentKind());
    KindState &state = m_states[name];
    const bool last = applied.page >= applied.pages;
    if (last) {
        state = KindState{applied.since, QString(), 1, applied.pages};
    } else {
        if (applied.page == 1)
            state.until = applied.since;
        state.nextPage = applied.page + 1;
        state.pages = applied.pages;
    }
    m_summary.rows += applied.rows;
    Q_EMIT progress(name, applied.page, applied.pages, m_summary.rows);
    if (last) {
        m_summary.finished << name;
        dropPagesOnTheWay();
        ++m_index;
        nextKind();
    } else if (m_cancelled) {
        finish();
    } else if (m_waiting) {
        const auto [page, body] = *std::exchange(m_waiting, std::nullopt);
        take(page, body);
    } else if (m_onTheWire == 0) {
        request(state.nextPage);
    }
}

void CollegePull::dropPagesOnTheWay()
{
    ++m_generation;
    m_writing = false;
    m_onTheWire = 0;
    m_waiting.reset();
}

void CollegePull::failKind(const QString &message)
{
    const QString name = syncKindName(currentKind());
    m_summary.failed.insert(name, message);
    // The kind keeps its place (since, until, next page): the next start() goes on from there.
    m_cache.write([name, message](QSqlDatabase &db, QString *error) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO sync_state (kind, last_error) VALUES (?, ?)"
                                     " ON CONFLICT (kind) DO UPDATE SET last_error = excluded.last_error"));
        query.addBindValue(name);
        query.addBindValue(message);
        if (query.exec())
            return true;
        if (error)
            *error = query.lastError().text();
        return false;
    });
    dropPagesOnTheWay();
    Q_EMIT kindFailed(name, message);
    ++m_index;
    nextKind();
}

void CollegePull::finish()
{
    dropPagesOnTheWay();
    releaseStatements();
    m_running = false;
    m_summary.cancelled = m_cancelled;
    Q_EMIT finished(m_summary);
}
