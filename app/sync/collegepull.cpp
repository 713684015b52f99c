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
    case SyncKind::FinalGrades:
        return {"final_grades", "student_id", "assignment_id", FinalGradeSql, "student_id, assignment_id"};
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
void bindRow(CollegeRows::Binder &b, const FinalGrade &row)
{
    CollegeRows::bindFinalGrade(b, row);
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
// person's until SGO has them, so a pull never overwrites what waits to be sent. Where SGO changed such a
// cell meanwhile, its value is noted in journal_conflicts for the person to decide (keep theirs or take
// SGO's).
struct HeldEdits
{
    QSet<std::pair<qint64, qint64>> keys;
    QHash<std::pair<qint64, qint64>, std::pair<int, bool>> bases; // cell → what SGO had under the edit
    bool conflicts = false;                                       // journal_conflicts has rows to clear
    QString error;

    static bool applies(SyncKind kind)
    {
        return kind == SyncKind::Marks || kind == SyncKind::Lessons || kind == SyncKind::Parents ||
               kind == SyncKind::FinalGrades;
    }
    bool read(QSqlDatabase &db, SyncKind kind)
    {
        if (!applies(kind))
            return true;
        using Kind = JournalStore::ChangeKind;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString pending = JournalSchema::sql(JournalSchema::ChangeState::Pending);
        // A parent's consent or contacts (ЭД) waiting for SGO: the parent's row stays as the person left it.
        const bool ok =
            kind == SyncKind::FinalGrades
                ? query.exec(QStringLiteral("SELECT DISTINCT student_id, assignment_id FROM journal_changes"
                                            " WHERE state = %1 AND kind IN (%2, %3, %4)")
                                 .arg(pending)
                                 .arg(int(Kind::FinalGrade))
                                 .arg(int(Kind::Deferral))
                                 .arg(int(Kind::SummaryPublished)))
            : kind == SyncKind::Parents
                ? query.exec(QStringLiteral(
                                 "SELECT DISTINCT json_extract(payload, '$.parentId'), 0 FROM journal_changes"
                                 " WHERE state = %1 AND kind IN (%2, %3)")
                                 .arg(pending)
                                 .arg(int(Kind::Consent))
                                 .arg(int(Kind::Contact)))
            : kind == SyncKind::Marks
                ? query.exec(QStringLiteral(
                                 "SELECT lesson_id, student_id, base_value, base_absent FROM journal_changes"
                                 " WHERE state = %1 AND kind = %2")
                                 .arg(pending)
                                 .arg(int(Kind::Cell)))
                : query.exec(
                      QStringLiteral("SELECT DISTINCT lesson_id, 0 FROM journal_changes WHERE state = %1"
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
            conflicts = any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM journal_conflicts)")) &&
                        any.next() && any.value(0).toBool();
        }
        return true;
    }
    bool holds(SyncKind kind, std::pair<qint64, qint64> key) const
    {
        return applies(kind) && keys.contains(key);
    }
    template<typename T> bool noteConflict(QSqlDatabase &, const T &, bool) { return true; }
    bool noteConflict(QSqlDatabase &db, const Mark &sgo, bool removed)
    {
        QSqlQuery local(db);
        local.prepare(
            QStringLiteral("SELECT value, absent FROM marks WHERE lesson_id = ? AND student_id = ?"));
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
            note.prepare(
                QStringLiteral("DELETE FROM journal_conflicts WHERE lesson_id = ? AND student_id = ?"));
            note.addBindValue(sgo.lessonId);
            note.addBindValue(sgo.studentId);
            return note.exec() || fail(note);
        }
        // Kept by the person for this very value of SGO's: not asked again.
        note.prepare(QStringLiteral(
            "INSERT INTO journal_conflicts (lesson_id, student_id, value, absent, removed, kept, seen_at)"
            " VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT (lesson_id, student_id) DO UPDATE SET"
            " kept = CASE WHEN value = excluded.value AND absent = excluded.absent AND removed = "
            "excluded.removed"
            " THEN kept ELSE 0 END, value = excluded.value, absent = excluded.absent, removed = "
            "excluded.removed,"
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
std::pair<qint64, qint64> heldKey(const Parent &parent)
{
    return {parent.id, 0};
}
std::pair<qint64, qint64> heldKey(const FinalGrade &grade)
{
    return {grade.studentId, grade.assignmentId};
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
{
    // One page at a time, in order.
    m_parser.setMaxThreadCount(1);
}

CollegePull::~CollegePull()
{
    // A page being parsed posts its result to this object.
    m_parser.waitForDone();
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
            SyncKind::ProgramBlocks, SyncKind::Activities, SyncKind::FinalGrades};
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
    case SyncKind::FinalGrades:
        return {SyncKind::Students, SyncKind::Assignments};
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
    const KindState state = m_states.value(syncKindName(kind));
    m_pipe = Pipe{state.since, state.nextPage > 1 ? state.until : QString(),
                  state.nextPage > 1 ? state.pages : 0, state.nextPage};
    pump();
}

// The pipeline of a kind's pages: each stage takes the next page once it is free, the store's write first.
// While the store writes page N, page N + 1 is parsed and page N + 2 fetched.
void CollegePull::pump()
{
    const quint64 generation = m_generation;
    for (bool moved = true; moved && generation == m_generation;) {
        moved = false;
        if (!m_writing && m_parsedPage) {
            Prepared next = std::move(*m_parsedPage);
            m_parsedPage.reset();
            ++m_summary.pages;
            moved = true;
            if (!next.error.isEmpty())
                failKind(next.error);
            else
                write(std::move(next));
            if (generation != m_generation)
                return;
        }
        if (!m_parsing && !m_parsedPage && m_received) {
            const int page = m_received->first;
            const NetResult<QByteArray> body = std::move(m_received->second);
            m_received.reset();
            moved = true;
            if (!body.ok()) {
                m_parsedPage = Prepared{{}, {}, body.error().toUserText()};
            } else {
                m_parsing = true;
                m_parser.start(
                    [this, kind = currentKind(), page, body = body.value(), pipe = m_pipe, generation] {
                        auto prepared = std::make_shared<Prepared>(prepareFor(kind, page, body, pipe));
                        QMetaObject::invokeMethod(
                            this,
                            [this, page, prepared, generation] {
                                if (generation == m_generation)
                                    parsed(page, std::move(*prepared));
                            },
                            Qt::QueuedConnection);
                    });
            }
        }
        // The pages after the first carry page 1's `since` as their `until`: known once page 1 is parsed.
        const bool known =
            m_pipe.nextFetch == 1 || (!m_pipe.until.isEmpty() && m_pipe.nextFetch <= m_pipe.pages);
        if (m_onTheWire == 0 && !m_received && !m_pipe.stopped && !m_cancelled && known) {
            request(m_pipe.nextFetch++);
            moved = true;
        }
    }
}

void CollegePull::request(int page)
{
    const QString until = page > 1 ? m_pipe.until : QString();
    m_onTheWire = page;
    // The raw body: it is parsed off the GUI thread.
    m_sgo.request("GET", syncPath(currentKind(), m_pipe.since, until, page, m_pageSize), {}, this,
                  [this, page, generation = m_generation](const NetResult<QByteArray> &body) {
                      if (generation != m_generation)
                          return;
                      m_onTheWire = 0;
                      m_received.emplace(page, body);
                      if (!body.ok())
                          m_pipe.stopped = true;
                      pump();
                  });
}

void CollegePull::parsed(int page, Prepared prepared)
{
    m_parsing = false;
    if (!prepared.error.isEmpty()) {
        m_pipe.stopped = true;
    } else if (page == 1) {
        m_pipe.until = prepared.applied.since;
        m_pipe.pages = prepared.applied.pages;
    }
    m_parsedPage = std::move(prepared);
    pump();
}

CollegePull::Prepared CollegePull::prepareFor(SyncKind kind, int requested, const QByteArray &body,
                                              const Pipe &pipe)
{
    switch (kind) {
    case SyncKind::Organisation:
        return prepare<SyncOrganisation>(kind, requested, body, pipe);
    case SyncKind::Groups:
        return prepare<Group>(kind, requested, body, pipe);
    case SyncKind::Students:
        return prepare<Student>(kind, requested, body, pipe);
    case SyncKind::Orders:
        return prepare<EnrolmentOrder>(kind, requested, body, pipe);
    case SyncKind::Parents:
        return prepare<Parent>(kind, requested, body, pipe);
    case SyncKind::ParentLinks:
        return prepare<ParentLink>(kind, requested, body, pipe);
    case SyncKind::Staff:
        return prepare<StaffMember>(kind, requested, body, pipe);
    case SyncKind::Subjects:
        return prepare<Subject>(kind, requested, body, pipe);
    case SyncKind::Assignments:
        return prepare<TeachingAssignment>(kind, requested, body, pipe);
    case SyncKind::Lessons:
        return prepare<Lesson>(kind, requested, body, pipe);
    case SyncKind::Marks:
        return prepare<Mark>(kind, requested, body, pipe);
    case SyncKind::Programs:
        return prepare<Program>(kind, requested, body, pipe);
    case SyncKind::ProgramBlocks:
        return prepare<ProgramBlock>(kind, requested, body, pipe);
    case SyncKind::Activities:
        return prepare<Activity>(kind, requested, body, pipe);
    case SyncKind::FinalGrades:
        return prepare<FinalGrade>(kind, requested, body, pipe);
    }
    return {};
}

// On m_parser's thread: the page parsed and checked, and its write for the store thread.
template<typename T>
CollegePull::Prepared CollegePull::prepare(SyncKind kind, int requested, const QByteArray &body,
                                           const Pipe &pipe)
{
    NetResult<SyncPage<T>> parsed = parseSyncPage<T>(body);
    if (!parsed.ok())
        return {{}, {}, parsed.error().toUserText()};
    auto page = std::make_shared<const SyncPage<T>>(std::move(parsed.value()));
    if (page->page != requested)
        return {{}, {}, tr("SGO sent page %1 when asked for page %2").arg(page->page).arg(requested)};
    if (page->pages > MaxPages)
        return {
            {},
            {},
            tr("SGO announced %1 pages, more than the %2 a pull may take").arg(page->pages).arg(MaxPages)};
    if (requested > 1 && pipe.pages > 0 && page->pages != pipe.pages)
        return {
            {},
            {},
            tr("the number of pages changed from %1 to %2 during the pull").arg(pipe.pages).arg(page->pages)};
    const Applied applied{page->page, page->pages, page->since, page->items.size() + page->deleted.size()};
    const bool last = page->page >= page->pages;
    // Nothing changed since the last pull: nothing to write, not even the state.
    if (last && page->page == 1 && applied.rows == 0 && !pipe.since.isEmpty() && page->since == pipe.since)
        return {applied, {}, {}};
    // Page 1's `since` is the `until` every later page of this pull passes.
    const QString until = page->page == 1 ? page->since : pipe.until;

    return {
        applied,
        [kind, page, since = pipe.since, until, last](QSqlDatabase &db, Statements &statements,
                                                      QString *error) {
            const QString name = syncKindName(kind);
            const auto failed = [error](const QString &what) {
                if (error)
                    *error = what;
                return false;
            };
            const Target to = target(kind);
            if (const QString wrong = misfit(db, page->items); !wrong.isEmpty())
                return failed(wrong);

            QSqlQuery remove(db);
            if (!page->deleted.isEmpty()) {
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
            for (const SyncKey &key : page->deleted) {
                if (held.holds(kind, {key.id, key.second})) {
                    if (kind == SyncKind::Marks &&
                        !held.noteConflict(db, Mark{key.id, key.second, 0, false}, true))
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
            rows.reserve(page->items.size());
            for (const T &item : page->items) {
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
                QSqlQuery *upsert = statements.upsert(db, to, count, error);
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
            stateRow.addBindValue(last ? page->since : (since.isEmpty() ? QVariant() : QVariant(since)));
            stateRow.addBindValue(last ? QVariant() : QVariant(until));
            stateRow.addBindValue(last ? 1 : page->page + 1);
            stateRow.addBindValue(page->pages);
            stateRow.addBindValue(last ? QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                                       : QVariant());
            if (!stateRow.exec())
                return failed(stateRow.lastError().text());
            return true;
        },
        {}};
}

void CollegePull::write(Prepared prepared)
{
    // Nothing changed: nothing to write.
    if (!prepared.write) {
        pageApplied(prepared.applied);
        return;
    }
    m_writing = true;
    m_cache.write(
        this,
        [write = std::move(prepared.write), statements = m_statements](QSqlDatabase &db, QString *error) {
            return write(db, *statements, error);
        },
        [this, applied = prepared.applied, generation = m_generation](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            m_writing = false;
            if (!ok)
                failKind(error);
            else
                pageApplied(applied);
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
    } else {
        pump();
    }
}

void CollegePull::dropPagesOnTheWay()
{
    ++m_generation;
    m_onTheWire = 0;
    m_received.reset();
    m_parsing = false;
    m_parsedPage.reset();
    m_writing = false;
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
