#include "net/sgoclient.h"

#include "net/credentialstore.h"
#include "net/logredactor.h"
#include "net/netlogging.h"
#include "net/requestrunner.h"
#include "net/serviceurl.h"
#include "net/servicesettings.h"
#include "net/sgojob.h"
#include "net/sgologinform.h"
#include "net/sgoreplies.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

struct SgoClient::Attempt
{
    QUrl base;
    QString account;
    QString school;
    QString password;
    SgoReplies::AuthData authData;
    SgoReplies::School chosen;
    int step = 0;
};

namespace {

std::optional<SgoReplies::School> pickSchool(const QList<SgoReplies::School> &schools, const QString &wanted)
{
    const QString key = wanted.trimmed();
    if (key.isEmpty())
        return schools.size() == 1 ? std::optional(schools.first()) : std::nullopt;
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    for (const SgoReplies::School &school : schools) {
        if ((isNumber && school.scid == id) || school.name.compare(key, Qt::CaseInsensitive) == 0 ||
            school.shortName.compare(key, Qt::CaseInsensitive) == 0)
            return school;
    }
    return std::nullopt;
}

NetError schoolNotFound(const QString &wanted)
{
    return NetError::serviceError(
        NetError::Service::Sgo, QStringLiteral("school-not-found"),
        wanted.isEmpty()
            ? QCoreApplication::translate("SgoClient",
                                          "SGO lists several organisations: choose yours in the settings.")
            : QCoreApplication::translate("SgoClient", "The organisation «%1» is not in SGO's list.")
                  .arg(wanted));
}

} // namespace

SgoClient::SgoClient(NetContext &context, CredentialStore &credentials, ServiceSettings &settings,
                     QObject *parent)
    : QObject(parent), m_context(context), m_credentials(credentials), m_settings(settings)
{
    m_clock.start();
}

QUrl SgoClient::url(const QString &path) const
{
    return ServiceUrl::join(m_settings.sgo().baseUrl, path);
}

void SgoClient::signIn(QObject *context, DoneCallback done)
{
    connect(this, &SgoClient::signInEnded, context, std::move(done), Qt::SingleShotConnection);
    if (!m_signingIn) {
        m_session.reset();
        startSignIn();
    }
}

void SgoClient::ensureSession(QObject *context, std::function<void(const NetError &)> then)
{
    const bool expired =
        m_session && m_session->expiresAtMs > 0 && m_clock.elapsed() >= m_session->expiresAtMs;
    if (m_session && !expired && !m_signingIn) {
        then({});
        return;
    }
    connect(this, &SgoClient::signInEnded, context, std::move(then), Qt::SingleShotConnection);
    if (!m_signingIn) {
        m_session.reset();
        startSignIn();
    }
}

void SgoClient::startSignIn()
{
    m_signingIn = true;
    const ServiceSettings::Sgo settings = m_settings.sgo();
    if (settings.baseUrl.isEmpty() || settings.account.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finishSignIn(NetError::make(NetError::Kind::NotConfigured, NetError::Service::Sgo,
                                        QStringLiteral("no SGO address or account in the settings")));
        });
        return;
    }
    auto attempt = std::make_shared<Attempt>();
    attempt->base = settings.baseUrl;
    attempt->account = settings.account;
    attempt->school = settings.school;
    m_credentials.read(CredentialStore::sgoPasswordKey(settings.account), this,
                       [this, attempt](const QString &password, const CredentialStore::Error &error) {
                           if (error || password.isEmpty()) {
                               NetError missing =
                                   NetError::make(NetError::Kind::NoCredentials, NetError::Service::Sgo);
                               if (error.keychainUnavailable())
                                   missing.detail = error.toUserText();
                               finishSignIn(missing);
                               return;
                           }
                           attempt->password = password;
                           signInStep(attempt);
                       });
}

void SgoClient::signInStep(const std::shared_ptr<Attempt> &attempt)
{
    const auto fail = [this](const NetError &error) { finishSignIn(error); };
    const int step = attempt->step++;
    switch (step) {
    case 0: // the login page: sets the cookie the rest of the flow is tied to
        RequestRunner::run(new SgoJob(m_context, "GET", url(QStringLiteral("webapi/logindata")), this), this,
                           [this, attempt, fail](SgoJob *job) {
                               if (job->error())
                                   return fail(job->error());
                               signInStep(attempt);
                           });
        return;
    case 1:
        RequestRunner::run(new SgoJob(m_context, "POST", url(QStringLiteral("webapi/auth/getdata")), this),
                           this, [this, attempt, fail](SgoJob *job) {
                               if (job->error())
                                   return fail(job->error());
                               const NetResult<SgoReplies::AuthData> data =
                                   SgoReplies::parseAuthData(job->body());
                               if (!data.ok())
                                   return fail(data.error());
                               attempt->authData = data.value();
                               signInStep(attempt);
                           });
        return;
    case 2:
        RequestRunner::run(
            new SgoJob(m_context, "GET", url(QStringLiteral("webapi/addresses/schools?funcType=2")), this),
            this, [this, attempt, fail](SgoJob *job) {
                if (job->error())
                    return fail(job->error());
                const NetResult<QList<SgoReplies::School>> schools = SgoReplies::parseSchools(job->body());
                if (!schools.ok())
                    return fail(schools.error());
                const auto chosen = pickSchool(schools.value(), attempt->school);
                if (!chosen)
                    return fail(schoolNotFound(attempt->school));
                attempt->chosen = *chosen;
                signInStep(attempt);
            });
        return;
    case 3: {
        const QByteArray pw2 = SgoLoginForm::pw2(attempt->authData.salt, attempt->password);
        const SgoReplies::School &school = attempt->chosen;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("loginType"), QStringLiteral("1"));
        form.addQueryItem(QStringLiteral("cid"), QString::number(school.cid));
        form.addQueryItem(QStringLiteral("sid"), QString::number(school.sid));
        form.addQueryItem(QStringLiteral("pid"), QString::number(school.pid));
        form.addQueryItem(QStringLiteral("cn"), QString::number(school.cn));
        form.addQueryItem(QStringLiteral("sft"), QStringLiteral("2"));
        form.addQueryItem(QStringLiteral("scid"), QString::number(school.scid));
        form.addQueryItem(QStringLiteral("un"), attempt->account);
        form.addQueryItem(QStringLiteral("pw"),
                          QString::fromLatin1(SgoLoginForm::pw(pw2, attempt->password)));
        form.addQueryItem(QStringLiteral("pw2"), QString::fromLatin1(pw2));
        form.addQueryItem(QStringLiteral("lt"), attempt->authData.lt);
        form.addQueryItem(QStringLiteral("ver"), attempt->authData.ver);
        auto *job = new SgoJob(m_context, "POST", url(QStringLiteral("webapi/login")), this);
        job->setFormBody(form.query(QUrl::FullyEncoded).toUtf8().replace('+', "%2B"));
        job->setReferer(ServiceUrl::join(attempt->base, QString()).toEncoded());
        RequestRunner::run(job, this, [this, fail](SgoJob *finished) {
            if (finished->error())
                return fail(finished->error());
            const NetResult<SgoReplies::Session> session = SgoReplies::parseLogin(finished->body());
            if (!session.ok())
                return fail(session.error());
            LogRedactor::registerSecret(QString::fromLatin1(session.value().at));
            const qint64 lifetime = session.value().timeOutMs;
            // Renewed a minute early (or at half-life for short sessions), so a call never leaves with a
            // session that dies on the way.
            const qint64 margin = std::min<qint64>(60000, lifetime / 2);
            m_session = Session{session.value().at, lifetime > 0 ? m_clock.elapsed() + lifetime - margin : 0};
            finishSignIn({});
        });
        return;
    }
    default:
        return;
    }
}

void SgoClient::finishSignIn(const NetError &error)
{
    m_signingIn = false;
    if (error)
        m_session.reset();
    qCInfo(lcNetSgo).noquote() << (error ? QStringLiteral("sign-in failed: ") + error.toLogText()
                                         : QStringLiteral("signed in"));
    if (!error)
        Q_EMIT signedIn();
    Q_EMIT signInEnded(error);
}

void SgoClient::schools(const QUrl &base, QObject *context, ResultCallback<QList<SgoReplies::School>> done)
{
    RequestRunner::run(
        new SgoJob(m_context, "GET",
                   ServiceUrl::join(base, QStringLiteral("webapi/addresses/schools?funcType=2")), this),
        context, [done = std::move(done)](SgoJob *job) {
            if (job->error())
                done(job->error());
            else
                done(SgoReplies::parseSchools(job->body()));
        });
}

void SgoClient::logout(QObject *context, DoneCallback done)
{
    if (!m_session) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
        return;
    }
    auto *job = new SgoJob(m_context, "POST", url(QStringLiteral("webapi/auth/logout")), this);
    job->setSession(m_session->at);
    m_session.reset();
    connect(job, &AbstractNetworkJob::finished, this, &SgoClient::signedOut);
    RequestRunner::run(job, context, [done = std::move(done)](SgoJob *finished) {
        // An expired session is as logged out as it gets.
        done(finished->error().httpStatus == 401 ? NetError() : finished->error());
    });
}

void SgoClient::request(const QByteArray &verb, const QString &path, const QByteArray &jsonBody,
                        QObject *context, BodyCallback done)
{
    send(verb, path, jsonBody, true, context, std::move(done));
}

void SgoClient::send(const QByteArray &verb, const QString &path, const QByteArray &jsonBody,
                     bool mayRetrySignIn, QObject *context, BodyCallback done)
{
    // The callbacks run only while context lives, so handing it on to a repeated call is safe.
    ensureSession(
        context, [this, verb, path, jsonBody, mayRetrySignIn, context, done](const NetError &signInError) {
            if (signInError || !m_session) {
                done(signInError ? signInError
                                 : NetError::make(NetError::Kind::NoCredentials, NetError::Service::Sgo));
                return;
            }
            auto *job = new SgoJob(m_context, verb, url(path), this);
            job->setSession(m_session->at);
            if (!jsonBody.isEmpty())
                job->setJsonBody(jsonBody);
            if (mayRetrySignIn) {
                // Expired: the next ensureSession signs in again, whether or not the caller is still there.
                connect(job, &AbstractNetworkJob::finished, this, [this, job, usedSession = m_session->at] {
                    if (job->error().httpStatus == 401 && m_session && m_session->at == usedSession)
                        m_session.reset();
                });
            }
            RequestRunner::run(job, context,
                               [this, verb, path, jsonBody, mayRetrySignIn, context, done](SgoJob *finished) {
                                   if (finished->error().httpStatus == 401 && mayRetrySignIn) {
                                       send(verb, path, jsonBody, false, context, done);
                                       return;
                                   }
                                   if (finished->error())
                                       done(finished->error());
                                   else
                                       done(finished->body());
                               });
        });
}

namespace {

template<typename T, typename Parse>
SgoClient::BodyCallback parsed(std::function<void(const NetResult<T> &)> done, Parse parse)
{
    return [done, parse](const NetResult<QByteArray> &body) {
        if (!body.ok())
            done(body.error());
        else
            done(parse(body.value()));
    };
}

SgoClient::BodyCallback noBody(SgoClient::DoneCallback done)
{
    return [done](const NetResult<QByteArray> &body) { done(body.error()); };
}

} // namespace

void SgoClient::listPeople(SgoAdminCalls::Role role, SgoAdminCalls::StatusFilter status, int page,
                           int pageSize, QObject *context, ResultCallback<SgoAdminCalls::PeoplePage> done)
{
    request("GET", SgoAdminCalls::peoplePath(role, status, page, pageSize), {}, context,
            parsed<SgoAdminCalls::PeoplePage>(done, &SgoAdminCalls::parsePeoplePage));
}

void SgoClient::person(qint64 id, QObject *context, ResultCallback<SgoAdminCalls::Person> done)
{
    request("GET", SgoAdminCalls::personPath(id), {}, context,
            parsed<SgoAdminCalls::Person>(done, &SgoAdminCalls::parsePerson));
}

void SgoClient::changePassword(qint64 id, const QString &newPassword, bool mustChangePassword,
                               QObject *context, DoneCallback done)
{
    LogRedactor::registerSecret(newPassword);
    request("POST", SgoAdminCalls::passwordPath(id),
            SgoAdminCalls::passwordBody(newPassword, mustChangePassword), context, noBody(done));
}

void SgoClient::setMustChangePassword(qint64 id, bool value, QObject *context, DoneCallback done)
{
    request("PUT", SgoAdminCalls::mustChangePasswordPath(id), SgoAdminCalls::mustChangePasswordBody(value),
            context, noBody(done));
}

void SgoClient::children(qint64 parentId, QObject *context, ResultCallback<QList<SgoAdminCalls::Person>> done)
{
    request("GET", SgoAdminCalls::childrenPath(parentId), {}, context,
            parsed<QList<SgoAdminCalls::Person>>(done, &SgoAdminCalls::parsePeople));
}

void SgoClient::linkChild(qint64 parentId, qint64 studentId, QObject *context, DoneCallback done)
{
    request("POST", SgoAdminCalls::childrenPath(parentId), SgoAdminCalls::linkChildBody(studentId), context,
            noBody(done));
}

void SgoClient::sendJournalChanges(const QList<SgoAdminCalls::JournalChange> &changes, QObject *context,
                                   ResultCallback<QList<qint64>> done)
{
    request("POST", SgoAdminCalls::journalChangesPath(), SgoAdminCalls::journalChangesBody(changes), context,
            parsed<QList<qint64>>(done, &SgoAdminCalls::parseAppliedChanges));
}

void SgoClient::unlinkChild(qint64 parentId, qint64 studentId, QObject *context, DoneCallback done)
{
    request("DELETE", SgoAdminCalls::childLinkPath(parentId, studentId), {}, context, noBody(done));
}

void SgoClient::context(QObject *context, ResultCallback<SgoAdminCalls::Context> done)
{
    request("GET", SgoAdminCalls::contextPath(), {}, context,
            parsed<SgoAdminCalls::Context>(done, &SgoAdminCalls::parseContext));
}
