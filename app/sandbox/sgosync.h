#pragma once

#include "college/role.h"
#include "college/student.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>
#include <utility>

class QDate;
struct CollegeData;
struct SandboxReply;
struct SandboxRequest;

// GET /webapi/sync/{kind}?since&until&page&pageSize (app/sandbox/sgo-calls.md): the college read kind by
// kind, in pages, and afterwards only what changed. Every row carries the value of a change counter at its
// last change, every deletion leaves a tombstone with the counter at the deletion; a token is a counter
// value, so "since S until U" is every row and tombstone with S < counter ≤ U, ordered by key. The generated
// college starts at counter 1. People's ids are SGO user ids (SandboxIds), as in webapi/users. A change made
// while a pull runs moves its row behind `until`: that pull's pages then shift; a real server keeps a
// snapshot for a pull, the sandbox changes only when told to (setMark, deleteLesson, enrol, withdraw: by a
// test or through the control calls under /sandbox/sgo/).
class SgoSync
{
public:
    SgoSync(const CollegeData &college, qint64 schoolId);

    // SGO's role ids of the college's roles: Admin 1, SubjectTeacher 3 (SGO's Teacher), Curator 100 (ours).
    static QJsonArray roleIds(Roles roles);

    SandboxReply serve(const QString &kind, const SandboxRequest &request) const;

    // Another teacher's edit: a mark (value 2..5) and/or an absence; value 0 and not absent deletes the cell.
    // False for an unknown lesson or student.
    bool setMark(qint64 lessonId, qint64 sgoStudentId, int value, bool absent);
    // The lesson and its marks go; false for an unknown lesson.
    bool deleteLesson(qint64 lessonId);

    // An order made by the college's office, and the student it names (SGO user id).
    struct NewOrder
    {
        qint64 orderId = 0;
        qint64 studentId = 0;
    };
    // Why a change was refused: the HTTP status the control call answers with (400 a wrong value, 404 an
    // unknown id, 409 taken) and the words for a person.
    struct Refusal
    {
        int status = 0;
        QString message;
    };
    // An enrolment order: a new student (the sandbox numbers them; student.id is ignored) enrolled into
    // student.groupId on `date`. Both rows go out with the next pull of students and orders.
    std::optional<NewOrder> enrol(Student student, const QDate &date, const QString &number,
                                  Refusal *refusal = nullptr);
    // A withdrawal order from the student's group; the student's row stays as it is.
    std::optional<NewOrder> withdraw(qint64 sgoStudentId, const QDate &date, const QString &number,
                                     Refusal *refusal = nullptr);

    // A parent's consent or contacts as the ЭД changed them in SGO (journal changes 12/13): the fields go into
    // the parent's row, which the next pull of `parents` brings. False for an unknown parent.
    bool changeParent(qint64 sgoParentId, const QJsonObject &fields);
    // A final grade or deferral as the ЭД set it in SGO (journal changes 9–11), served by finalGrades.
    void putFinalGrade(const QJsonObject &grade);

    // The row of an id-keyed kind as it is served, or an empty object.
    QJsonObject row(const QString &kind, qint64 id) const;
    qint64 counter() const { return m_counter; }

private:
    using Key = std::pair<qint64, qint64>; // (id, 0) or the pair of the kinds without an id
    struct Row
    {
        QJsonObject json;
        qint64 changedAt = 0;
    };
    struct Table
    {
        bool pairKeyed = false;
        QMap<Key, Row> rows;
        QMap<Key, qint64> tombstones; // key → counter at the deletion
    };

    void putLms(const CollegeData &college);
    void put(const QString &kind, const Key &key, const QJsonObject &json);
    qint64 nextId(const QString &kind) const;
    void remove(const QString &kind, const Key &key);

    // The rows and tombstones a (since, until) matches, kept until the college changes: the pages of one pull
    // ask for the same ones, and scanning the kind for each page made a pull quadratic.
    struct Selection
    {
        bool valid = false;
        qint64 since = 0;
        qint64 until = 0;
        QList<const Row *> rows;
        QList<Key> deleted;
    };
    QHash<QString, Table> m_tables;
    mutable QHash<QString, Selection> m_selections;
    qint64 m_counter = 1;
};
