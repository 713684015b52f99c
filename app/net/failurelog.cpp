#include "net/failurelog.h"

#include <QLocale>

#include <algorithm>

FailureLog::FailureLog(QObject *parent) : QAbstractTableModel(parent) {}

bool FailureLog::waitsForNetwork(const NetError &error)
{
    return error.kind == NetError::Kind::Offline;
}

quint64 FailureLog::add(const QString &what, const NetError &error, RetryHook retry)
{
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(Entry{m_nextId++, what, error, QDateTime::currentDateTime(), std::move(retry)});
    endInsertRows();
    emitCounts();
    return m_entries.last().id;
}

int FailureLog::rowOf(quint64 id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

bool FailureLog::remove(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emitCounts();
    return true;
}

void FailureLog::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emitCounts();
}

bool FailureLog::retry(quint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    RetryHook hook = m_entries.at(row).retry;
    if (!hook)
        return false;
    remove(id);
    hook(); // may add() a new row at once if it fails synchronously
    return true;
}

void FailureLog::retryRow(int row)
{
    if (row >= 0 && row < m_entries.size())
        retry(m_entries.at(row).id);
}

void FailureLog::retryAll()
{
    QList<quint64> ids;
    for (const Entry &entry : std::as_const(m_entries))
        ids.append(entry.id);
    for (quint64 id : std::as_const(ids))
        retry(id);
}

void FailureLog::retryWaiting(bool firstOnly)
{
    QList<quint64> ids;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (waitsForNetwork(entry.error) && entry.retry) {
            ids.append(entry.id);
            if (firstOnly)
                break;
        }
    }
    for (quint64 id : std::as_const(ids))
        retry(id);
}

int FailureLog::waitingCount() const
{
    return static_cast<int>(std::count_if(m_entries.cbegin(), m_entries.cend(),
                                          [](const Entry &entry) { return waitsForNetwork(entry.error); }));
}

int FailureLog::failedCount() const
{
    return static_cast<int>(m_entries.size()) - waitingCount();
}

NetError FailureLog::errorAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).error : NetError();
}

void FailureLog::emitCounts()
{
    Q_EMIT countsChanged(waitingCount(), failedCount());
}

int FailureLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int FailureLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailureLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ServiceColumn:
            return NetError::serviceName(entry.error.service);
        case WhatColumn:
            return entry.what;
        case MessageColumn:
            if (waitsForNetwork(entry.error) && role == Qt::DisplayRole)
                return tr("Waiting for the connection: will be sent by itself");
            return role == Qt::ToolTipRole ? entry.error.toUserText() : entry.error.describe();
        case TimeColumn:
            return QLocale().toString(entry.when, QLocale::ShortFormat);
        default:
            return {};
        }
    case IdRole:
        return entry.id;
    case ServiceRole:
        return static_cast<int>(entry.error.service);
    case KindRole:
        return static_cast<int>(entry.error.kind);
    case MessageRole:
        return entry.error.toUserText();
    case WaitingRole:
        return waitsForNetwork(entry.error);
    case RetryableRole:
        return static_cast<bool>(entry.retry);
    default:
        return {};
    }
}

QVariant FailureLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case WhatColumn:
        return tr("What");
    case MessageColumn:
        return tr("Message");
    case TimeColumn:
        return tr("When");
    default:
        return {};
    }
}
