#include "net/sgosignin.h"

#include "net/credentialstore.h"
#include "net/endpointpolicy.h"
#include "net/servicesettings.h"
#include "net/sgoclient.h"

#include <QPointer>

SgoSignIn::SgoSignIn(SgoClient &sgo, ServiceSettings &settings, CredentialStore &credentials, QObject *parent)
    : QObject(parent), m_sgo(sgo), m_settings(settings), m_credentials(credentials)
{}

QUrl SgoSignIn::normalisedAddress(const QString &typed, QString *problem)
{
    QString text = typed.trimmed();
    if (!text.isEmpty() && !text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        *problem = tr("Type the address of your college's SGO, e.g. https://sgo.example.ru.");
        return {};
    }
    if (EndpointPolicy::check(url, NetError::Service::Sgo)) {
        *problem = tr("SGO must be reached over HTTPS: type the address with https://.");
        return {};
    }
    problem->clear();
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash);
    if (clean.path() == QLatin1String("/"))
        clean.setPath(QString());
    return clean;
}

QString SgoSignIn::unreachable(const QUrl &base, const NetError &error)
{
    return tr("The server %1 can't be reached: %2").arg(base.host(), error.describe());
}

QString SgoSignIn::notSgo(const QUrl &base)
{
    return tr("The server %1 answers, but not as SGO does. Check the address: it is the one you open SGO "
              "with in the browser.")
        .arg(base.host());
}

void SgoSignIn::findSchools(const QUrl &base, QObject *context, Callback<QList<SgoReplies::School>> done)
{
    m_sgo.schools(base, context, [base, done](const NetResult<QList<SgoReplies::School>> &result) {
        if (result.ok() && result.value().isEmpty()) {
            done(NetError::serviceError(NetError::Service::Sgo, QStringLiteral("no-schools"),
                                        tr("SGO at %1 lists no organisation.").arg(base.host())));
            return;
        }
        if (result.ok()) {
            done(result);
            return;
        }
        const NetError &error = result.error();
        switch (error.kind) {
        case NetError::Kind::Offline:
        case NetError::Kind::Timeout:
        case NetError::Kind::Tls:
            done(NetError::serviceError(NetError::Service::Sgo, QStringLiteral("unreachable"),
                                        unreachable(base, error)));
            return;
        case NetError::Kind::MalformedBody:
        case NetError::Kind::HttpStatus:
            done(NetError::serviceError(NetError::Service::Sgo, QStringLiteral("not-sgo"), notSgo(base)));
            return;
        default:
            done(error);
        }
    });
}

void SgoSignIn::hasRememberedPassword(QObject *context, std::function<void(bool)> done)
{
    const QString account = m_settings.sgo().account;
    if (account.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [done] { done(false); }, Qt::QueuedConnection);
        return;
    }
    m_credentials.read(CredentialStore::sgoPasswordKey(account), context,
                       [done](const QString &secret, const CredentialStore::Error &error) {
                           done(!error && !secret.isEmpty());
                       });
}

void SgoSignIn::signIn(const Account &account, const QString &password, bool remember, QObject *context,
                       Callback<SgoAdminCalls::Context> done)
{
    ServiceSettings::Sgo settings = m_settings.storedSgo();
    settings.baseUrl = account.baseUrl;
    settings.account = account.login.trimmed();
    settings.school = QString::number(account.school.scid);
    m_settings.setSgo(settings);
    m_settings.setSgoRunOverride({}); // the address typed on the page is the one to use
    const QString key = CredentialStore::sgoPasswordKey(settings.account);
    QPointer<QObject> guard(context);
    const auto go = [this, guard, done] {
        if (!guard)
            return;
        m_sgo.signIn(guard, [this, guard, done](const NetError &error) {
            if (!guard)
                return;
            if (error) {
                done(error);
                return;
            }
            fetchContext(guard, done);
        });
    };
    if (password.isEmpty()) {
        go();
        return;
    }
    if (!remember) {
        // Unticked: whatever an earlier start remembered goes; this run keeps the password in memory.
        m_credentials.remove(key, this, [this, key, password, go](const CredentialStore::Error &) {
            m_credentials.holdInMemory(key, password);
            go();
        });
        return;
    }
    m_credentials.holdInMemory(key, password);
    m_credentials.write(key, password, this, [this, go](const CredentialStore::Error &error) {
        if (error)
            Q_EMIT notRemembered(tr("The password could not be remembered: %1 It will be asked at the next "
                                    "start.")
                                     .arg(error.toUserText()));
        go();
    });
}

void SgoSignIn::fetchContext(QObject *context, Callback<SgoAdminCalls::Context> done)
{
    m_sgo.context(context, [done](const NetResult<SgoAdminCalls::Context> &result) {
        if (result.ok() && result.value().roles == Roles()) {
            done(NetError::serviceError(
                NetError::Service::Sgo, QStringLiteral("no-staff-role"),
                tr("SGO gives this account no role of the college's staff (administrator, curator or "
                   "teacher). SPO Desk is for the college's staff.")));
            return;
        }
        done(result);
    });
}
