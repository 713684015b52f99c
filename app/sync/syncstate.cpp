#include "sync/syncstate.h"

SyncState::SyncState(QObject *parent) : QObject(parent) {}

void SyncState::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT changed();
}

void SyncState::setHasServices(bool hasServices)
{
    if (m_hasServices == hasServices)
        return;
    m_hasServices = hasServices;
    Q_EMIT changed();
}

void SyncState::setCounts(int pending, int failed)
{
    if (m_pending == pending && m_failed == failed)
        return;
    m_pending = pending;
    m_failed = failed;
    Q_EMIT changed();
}

void SyncState::setProgress(const Progress &progress)
{
    m_progress = progress;
    Q_EMIT changed();
}

void SyncState::clearProgress()
{
    if (!m_progress)
        return;
    m_progress.reset();
    Q_EMIT changed();
}
