#pragma once

#include "net/netresult.h"
#include "net/sgoadmincalls.h"
#include "net/sgoreplies.h"

#include <QObject>
#include <QUrl>

#include <functional>

class CredentialStore;
class ServiceSettings;
class SgoClient;

// «Подключение к колледжу»: the steps SGO's own sign-in page takes — the server, the organisation from its
// list, the login and password — and then who the person is there (webapi/context). Each failure comes back
// as its own sentence: a server that can't be reached, a server that is not SGO, SGO's own words for a wrong
// password or a locked account, a person without a staff role. The password goes to the keychain only when
// it is to be remembered; otherwise it is held in memory for this run, so that an expired session signs in
// again without asking.
class SgoSignIn : public QObject
{
    Q_OBJECT
public:
    struct Account
    {
        QUrl baseUrl;
        SgoReplies::School school;
        QString login;
    };
    template<typename T> using Callback = std::function<void(const NetResult<T> &)>;

    SgoSignIn(SgoClient &sgo, ServiceSettings &settings, CredentialStore &credentials,
              QObject *parent = nullptr);

    // The address as typed («sgo.college.ru», «https://…/»): https added when no scheme is given. Invalid
    // (with *problem for a person) when it has no host or is plain http to another computer.
    static QUrl normalisedAddress(const QString &typed, QString *problem);

    void findSchools(const QUrl &base, QObject *context, Callback<QList<SgoReplies::School>> done);
    // An empty password signs in with the one the keychain holds for this account.
    void signIn(const Account &account, const QString &password, bool remember, QObject *context,
                Callback<SgoAdminCalls::Context> done);
    // Whether the keychain holds a password for the account the settings name (false when it can't be read).
    void hasRememberedPassword(QObject *context, std::function<void(bool)> done);

    // The sentences of the steps' failures.
    static QString unreachable(const QUrl &base, const NetError &error);
    static QString notSgo(const QUrl &base);

Q_SIGNALS:
    // The password was to be remembered but the keychain refused it; signing in went on.
    void notRemembered(const QString &message);

private:
    void fetchContext(QObject *context, Callback<SgoAdminCalls::Context> done);

    SgoClient &m_sgo;
    ServiceSettings &m_settings;
    CredentialStore &m_credentials;
};
