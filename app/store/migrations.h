#pragma once

#include <QString>

class QSqlDatabase;

// The cache schema as numbered migrations. Version N is what migration N leaves; 0 is an empty file.
// Each migration runs in one transaction, so a cache is always at exactly one known version.
class Migrations
{
public:
    static int latestVersion();

    // The version of an open cache; 0 for a file without the version table. -1 (with error) when unreadable.
    static int currentVersion(QSqlDatabase &db, QString *error);

    // Upgrades in place, one transaction per step, up to targetVersion (tests stop short of the latest).
    // Refuses a cache newer than targetVersion without touching it.
    static bool migrate(QSqlDatabase &db, int targetVersion, QString *error);
    static bool migrate(QSqlDatabase &db, QString *error) { return migrate(db, latestVersion(), error); }
};
