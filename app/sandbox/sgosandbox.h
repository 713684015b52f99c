#pragma once

#include "sgopeople.h"
#include "sgosync.h"

#include "college/organisation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

struct SandboxReply;
struct SandboxRequest;
struct SandboxSettings;

// The SGO account service: the public sign-in flow and session rules (/work/shared/sgo/README.md) and the
// administration calls the project defines (app/sandbox/sgo-calls.md). Paths start with /webapi/.
//
// The organisation is the only school of /webapi/addresses/schools?funcType=2: id schoolId, countryId 2,
// stateId 1, municipalityDistrictId 1, cityId 1. Session cookie: NSSESSIONID, set by /webapi/logindata and
// required by auth/getdata and login (lt and salt belong to it and are good for one login). The login form
// needs a Referer header, as the browser form sends one.
class SgoSandbox
{
public:
    static constexpr qint64 schoolId = 1001;

    SgoSandbox(const CollegeData &college, const SandboxSettings &settings);

    SandboxReply serve(const SandboxRequest &request);

    // Changes made by someone else, served to the next webapi/sync pull as a delta (SgoSync).
    bool setMark(qint64 lessonId, qint64 sgoStudentId, int value, bool absent)
    {
        return m_sync.setMark(lessonId, sgoStudentId, value, absent);
    }
    bool deleteLesson(qint64 lessonId) { return m_sync.deleteLesson(lessonId); }
    // The orders also change who webapi/users lists (a new student; a student no longer enrolled).
    std::optional<SgoSync::NewOrder> enrol(const Student &student, const QDate &date, const QString &number,
                                           SgoSync::Refusal *refusal = nullptr);
    std::optional<SgoSync::NewOrder> withdraw(qint64 sgoStudentId, const QDate &date, const QString &number,
                                              SgoSync::Refusal *refusal = nullptr);
    // Every session ends now, as when SGO restarts: the next call of each client gets a 401.
    void endSessions() { m_sessions.clear(); }

    // Wrong passwords in a row after which a login is locked, and for how long (SGO locks an account that
    // is being guessed).
    static constexpr int LockAfterFailures = 5;
    static constexpr qint64 LockMs = 15 * 60 * 1000;

    // What the ЭД's journal changes made, as GET webapi/journal/changes lists it, or an empty object: a
    // student's final grade in a journal {"studentId","assignmentId","value","setAt","deferred",
    // "deferralReason","deferredUntil","publishedAt"}; a parent {"id","phone","email","contactSource",
    // "consent","consentDate","consentForm"}.
    QJsonObject finalGrade(qint64 studentId, qint64 assignmentId) const;
    QJsonObject parentRecord(qint64 parentId) const;

private:
    struct Session
    {
        qint64 personId = 0;
        qint64 expiresAtMs = 0;
    };
    struct PendingLogin
    {
        QByteArray cookie;
        QByteArray salt;
        QByteArray ver;
    };

    SandboxReply loginData();
    SandboxReply authData(const SandboxRequest &request);
    SandboxReply schools() const;
    SandboxReply login(const SandboxRequest &request);
    // Resolves the `at` header to a live session and extends it; nullptr when unknown or expired.
    Session *session(const SandboxRequest &request);
    SandboxReply serveSignedIn(const SandboxRequest &request, const QStringList &path, Session &session);
    SandboxReply context(const Session &session);
    SandboxReply currentYear() const;
    SandboxReply users(const SandboxRequest &request) const;
    SandboxReply user(const SandboxRequest &request, const QStringList &path);
    SandboxReply changePassword(SgoPerson &person, const QJsonObject &body);
    SandboxReply setMustChangePassword(SgoPerson &person, const QJsonObject &body);
    SandboxReply children(const SandboxRequest &request, SgoPerson &parent, const QStringList &path);
    SandboxReply journalChanges(const SandboxRequest &request);
    // Applies a final grade, deferral, publication, consent or contacts (the ЭД's kinds) to what the college
    // holds; the journal's own kinds are only kept.
    void applyDiaryChange(const QJsonObject &change);

    Organisation m_organisation;
    SgoPeople m_people;
    SgoSync m_sync;
    int m_lifetimeMs = 0;
    QElapsedTimer m_clock;
    QSet<QByteArray> m_cookies;
    QHash<QByteArray, PendingLogin> m_pending;   // lt → what getdata gave
    QHash<QByteArray, Session> m_sessions;       // at → session
    QHash<QString, int> m_failures;              // login → wrong passwords in a row
    QHash<QString, qint64> m_lockedUntil;        // login → clock ms
    QHash<qint64, QJsonObject> m_journalChanges; // applied journal edits by their sender's id

    // What the ЭД's changes made: (student, assignment) → final grade; parent id → consent and contacts.
    QMap<std::pair<qint64, qint64>, QJsonObject> m_finalGrades;
    QMap<qint64, QJsonObject> m_parentRecords;
};
