#pragma once

#include "net/netcontext.h"
#include "net/netresult.h"
#include "net/sgoadmincalls.h"
#include "net/sgoreplies.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class CredentialStore;
class ServiceSettings;

// The SGO account service: the public sign-in flow (logindata → auth/getdata → addresses/schools → login with
// the windows-1251 password proof), the `at` session header on every call, one fresh sign-in when the session
// has expired (401), logout; and the administration calls of SgoAdminCalls.
class SgoClient : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = std::function<void(const NetError &error)>;
    using BodyCallback = std::function<void(const NetResult<QByteArray> &body)>;
    template<typename T> using ResultCallback = std::function<void(const NetResult<T> &result)>;

    SgoClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
              QObject *parent = nullptr);

    // Signs in afresh (the settings' account, its password from the keychain). Calls made meanwhile wait for
    // it.
    void signIn(QObject *context, DoneCallback done);
    void logout(QObject *context, DoneCallback done);
    // The organisations an SGO server lists (webapi/addresses/schools, public, no session): what the
    // connect page offers before anyone has signed in.
    void schools(const QUrl &base, QObject *context, ResultCallback<QList<SgoReplies::School>> done);
    bool hasSession() const { return m_session.has_value(); }
    // «Проверить соединение»: a fresh sign-in.
    void checkConnection(QObject *context, DoneCallback done) { signIn(context, std::move(done)); }

    // A signed-in call to a path relative to the base URL ("webapi/…", may carry a query). Signs in first
    // when there is no session; a 401 signs in again once and repeats the call.
    void request(const QByteArray &verb, const QString &path, const QByteArray &jsonBody, QObject *context,
                 BodyCallback done);

    void listPeople(SgoAdminCalls::Role role, SgoAdminCalls::StatusFilter status, int page, int pageSize,
                    QObject *context, ResultCallback<SgoAdminCalls::PeoplePage> done);
    void person(qint64 id, QObject *context, ResultCallback<SgoAdminCalls::Person> done);
    void changePassword(qint64 id, const QString &newPassword, bool mustChangePassword, QObject *context,
                        DoneCallback done);
    void setMustChangePassword(qint64 id, bool value, QObject *context, DoneCallback done);
    void children(qint64 parentId, QObject *context, ResultCallback<QList<SgoAdminCalls::Person>> done);
    void linkChild(qint64 parentId, qint64 studentId, QObject *context, DoneCallback done);
    void unlinkChild(qint64 parentId, qint64 studentId, QObject *context, DoneCallback done);
    // The journal's edits; the reply names the ids SGO has applied (now or before).
    void sendJournalChanges(const QList<SgoAdminCalls::JournalChange> &changes, QObject *context,
                            ResultCallback<QList<qint64>> done);

    // Who is signed in: organisation, academic year, roles and rights (webapi/context).
    void context(QObject *context, ResultCallback<SgoAdminCalls::Context> done);
    // One page of the college's kind T (SgoAdminCalls::SyncKindOf<T>): since "" for everything, until "" on
    // the first page of a pull and the first page's `since` on the pages after it.
    template<typename T>
    void syncPage(const QString &since, const QString &until, int page, int pageSize, QObject *context,
                  ResultCallback<SgoAdminCalls::SyncPage<T>> done)
    {
        request("GET",
                SgoAdminCalls::syncPath(SgoAdminCalls::SyncKindOf<T>::kind, since, until, page, pageSize), {},
                context, [done](const NetResult<QByteArray> &body) {
                    if (!body.ok())
                        done(body.error());
                    else
                        done(SgoAdminCalls::parseSyncPage<T>(body.value()));
                });
    }

Q_SIGNALS:
    void signedIn();
    void signedOut();
    // After every sign-in, whether it worked or not (error None): what the calls waiting for it hear.
    void signInEnded(const NetError &error);

private:
    struct Session
    {
        QByteArray at;
        qint64 expiresAtMs = 0; // 0: the server did not say; rely on its 401
    };
    struct Attempt; // state of one sign-in

    // then(error) at once with a live session, else after the sign-in it waits for; never if context is gone.
    void ensureSession(QObject *context, std::function<void(const NetError &)> then);
    void startSignIn();
    void finishSignIn(const NetError &error);
    void signInStep(const std::shared_ptr<Attempt> &attempt);
    void send(const QByteArray &verb, const QString &path, const QByteArray &jsonBody, bool mayRetrySignIn,
              QObject *context, BodyCallback done);
    QUrl url(const QString &path) const;

    NetContext &m_context;
    CredentialStore &m_credentials;
    ServiceSettings &m_settings;
    std::optional<Session> m_session;
    bool m_signingIn = false;
    QElapsedTimer m_clock;
};
