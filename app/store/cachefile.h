#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// What the store does with the file itself, before and around the connection: looking at an existing cache
// without changing a byte, setting an unreadable one aside, and configuring a connection.
class CacheFile
{
public:
    enum class State {
        Fresh,      // no file, or an empty one: a new cache starts here
        Readable,   // a cache of a version this build knows (possibly older)
        Unreadable, // not a database, truncated, damaged or somebody else's database
        Newer,      // made by a newer SPO Desk: refuse it and leave it alone
    };
    struct Probe
    {
        State state = State::Fresh;
        int version = 0;
        QString detail; // for the log: why a file is unreadable
    };

    // Reads the header and the schema version through a read-only connection; never writes.
    static Probe probe(const QString &path);

    // Moves the file (and its -wal/-shm companions, which belong to it; a damage note goes) to
    // "<file>.corrupt-YYYYMMDD-HHMMSS", returning the new path, or an empty string with error set when it
    // could not be moved.
    static QString setAside(const QString &path, const QDateTime &now, QString *error);

    // Leaves a note next to the cache that a check found it damaged: the next probe says Unreadable.
    static void markDamaged(const QString &path, const QString &detail);

    // Foreign keys, WAL, synchronous=NORMAL, busy timeout: every writing connection gets the same.
    static bool configureForWriting(QSqlDatabase &db, QString *error);

    // A cheap structural check of an open cache (PRAGMA quick_check).
    static bool quickCheck(QSqlDatabase &db, QString *error);
};
