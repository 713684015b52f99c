#pragma once

#include "net/neterror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

// What did not get through, for the person: one row per failed piece of work with the service's own message
// and a retry hook («Повторить»). Work that failed only because the network was gone waits here too, marked
// as waiting; it is retried by itself when the services are reachable again (ServiceHub wires that).
class FailureLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ServiceColumn, WhatColumn, MessageColumn, TimeColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ServiceRole,   // NetError::Service as int
        KindRole,      // NetError::Kind as int
        MessageRole,   // the worded error (toUserText)
        WaitingRole,   // bool: waits for the network, retried automatically
        RetryableRole, // bool: has a retry hook
    };

    // Tries the work again; it reports its outcome through add() (failed again) or not at all (done).
    using RetryHook = std::function<void()>;

    explicit FailureLog(QObject *parent = nullptr);

    // what: the piece of work in the person's words (already translated).
    quint64 add(const QString &what, const NetError &error, RetryHook retry = {});
    bool remove(quint64 id);
    void clear();

    // Removes the row and runs its hook.
    bool retry(quint64 id);
    void retryRow(int row);
    void retryAll();
    // Only the rows that wait for the network; firstOnly: one of them, as a probe.
    void retryWaiting(bool firstOnly = false);

    int waitingCount() const;
    int failedCount() const; // rows that need a person (not merely waiting)
    int rowOf(quint64 id) const;
    NetError errorAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool waitsForNetwork(const NetError &error);

Q_SIGNALS:
    void countsChanged(int waiting, int failed);

private:
    struct Entry
    {
        quint64 id = 0;
        QString what;
        NetError error;
        QDateTime when;
        RetryHook retry;
    };
    void emitCounts();

    QList<Entry> m_entries;
    quint64 m_nextId = 1;
};
