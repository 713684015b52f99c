#include "net/networkaccess.h"

#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QThread>

#include <mutex>

NetworkAccess::NetworkAccess()
{
    static std::once_flag once;
    std::call_once(once, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });
}

NetworkAccess::~NetworkAccess()
{
    QMutexLocker locker(&m_mutex);
    for (auto it = m_managers.begin(); it != m_managers.end(); ++it) {
        if (!it.value())
            continue;
        if (it.key() == QThread::currentThread())
            delete it.value().data();
        else
            it.value()->deleteLater();
    }
}

QNetworkAccessManager *NetworkAccess::manager()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker locker(&m_mutex);
    if (QNetworkAccessManager *injected = m_injected.value(thread))
        return injected;
    QPointer<QNetworkAccessManager> &slot = m_managers[thread];
    if (!slot) {
        auto *manager = new QNetworkAccessManager;
        // Jobs decide about redirects themselves, so that an https endpoint can never be bounced to plain
        // http.
        manager->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
        manager->setAutoDeleteReplies(false);
        QObject::connect(thread, &QThread::finished, manager, &QObject::deleteLater);
        slot = manager;
    }
    return slot;
}

void NetworkAccess::setManagerForCurrentThread(QNetworkAccessManager *manager)
{
    QMutexLocker locker(&m_mutex);
    m_injected.insert(QThread::currentThread(), manager);
}

QByteArray NetworkAccess::userAgent()
{
    return QByteArrayLiteral("SPO-Desk/" SPODESK_VERSION);
}
