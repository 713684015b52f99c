#pragma once

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QThread;

// One QNetworkAccessManager per thread (a manager must only be used from the thread it lives in), created on
// first use and destroyed with its thread or with this object. Uses the system proxy configuration.
class NetworkAccess
{
public:
    NetworkAccess();
    ~NetworkAccess();
    NetworkAccess(const NetworkAccess &) = delete;
    NetworkAccess &operator=(const NetworkAccess &) = delete;

    QNetworkAccessManager *manager();
    // Tests: serve this thread from a manager of their own (e.g. one that fakes replies). Not owned.
    void setManagerForCurrentThread(QNetworkAccessManager *manager);

    static QByteArray userAgent();

private:
    QMutex m_mutex;
    QHash<QThread *, QPointer<QNetworkAccessManager>> m_managers;
    QHash<QThread *, QPointer<QNetworkAccessManager>> m_injected;
};
