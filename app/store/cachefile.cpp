#include "store/cachefile.h"

#include "store/migrations.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

constexpr qint64 headerSize = 100;

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

// The file format's header (sqlite.org/fileformat.html §1.3): the magic string, the page size, and the page
// count, which is valid when the change counter matches "version-valid-for".
QString headerProblem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read: ") + file.errorString();
    const QByteArray header = file.read(headerSize);
    if (header.size() < headerSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("not an SQLite database");
    qint64 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian(header, 28, 4);
    const bool countValid = bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (countValid && pageCount > 0 && file.size() < pageSize * pageCount)
        return QStringLiteral("truncated: %1 bytes of %2").arg(file.size()).arg(pageSize * pageCount);
    return {};
}

QString damageNotePath(const QString &path)
{
    return path + QStringLiteral(".damaged");
}

QString uniqueConnectionName(const QString &what)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("spodesk-%1-%2").arg(what).arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error, QVariant *result = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    if (result && query.next())
        *result = query.value(0);
    return true;
}

} // namespace

CacheFile::Probe CacheFile::probe(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return {State::Fresh, 0, {}};
    if (!info.isFile())
        return {State::Unreadable, 0, QStringLiteral("not a file")};
    if (QFile note(damageNotePath(path)); note.open(QIODevice::ReadOnly))
        return {State::Unreadable, 0, QStringLiteral("found damaged: ") + QString::fromUtf8(note.readAll())};
    if (const QString problem = headerProblem(path); !problem.isEmpty())
        return {State::Unreadable, 0, problem};

    Probe result;
    const QString name = uniqueConnectionName(QStringLiteral("probe"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Even a read-only connection creates the -wal and -shm files of a WAL database; "immutable" creates
        // nothing. It would ignore a -wal left by a crash, so with one present the probe reads through it.
        if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) +
                               QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        QString error;
        if (!db.open()) {
            result = {State::Unreadable, 0, db.lastError().text()};
        } else {
            const int version = Migrations::currentVersion(db, &error);
            QVariant tables;
            if (version < 0)
                result = {State::Unreadable, 0, error};
            else if (version > Migrations::latestVersion())
                result = {State::Newer, version, {}};
            else if (version > 0)
                result = {State::Readable, version, {}};
            else if (!exec(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), &error, &tables))
                result = {State::Unreadable, 0, error};
            else if (tables.toInt() > 0)
                result = {State::Unreadable, 0, QStringLiteral("a database that is not an SPO Desk cache")};
            else
                result = {State::Fresh, 0, {}};
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString CacheFile::setAside(const QString &path, const QDateTime &now, QString *error)
{
    const QString stem = path + QStringLiteral(".corrupt-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString copy = stem;
    for (int n = 2; QFileInfo::exists(copy) || QFileInfo::exists(copy + QStringLiteral("-wal")); ++n)
        copy = stem + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, copy)) {
        // Renaming can fail across some file systems or on a locked file: a copy keeps the promise too,
        // but only if the original can then make room for the fresh cache.
        QFile original(path);
        if (!original.copy(copy) || !QFile::remove(path)) {
            if (error)
                *error = original.errorString();
            return {};
        }
    }
    // A stale -wal next to a fresh cache would be replayed into it: it belongs with the copy.
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, copy + suffix);
    }
    // The note was ours and said only what the copy's name now says.
    QFile::remove(damageNotePath(path));
    return copy;
}

void CacheFile::markDamaged(const QString &path, const QString &detail)
{
    QFile note(damageNotePath(path));
    if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
        note.write(detail.toUtf8());
}

bool CacheFile::configureForWriting(QSqlDatabase &db, QString *error)
{
    QVariant mode;
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error) ||
        !exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"), error) ||
        !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error, &mode) ||
        !exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), error)
        // Keeps the -wal file from staying as large as the biggest bulk write once it is checkpointed.
        || !exec(db, QStringLiteral("PRAGMA journal_size_limit = 16777216"), error))
        return false;
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("the cache could not switch to WAL (mode %1)").arg(mode.toString());
        return false;
    }
    return true;
}

bool CacheFile::quickCheck(QSqlDatabase &db, QString *error)
{
    QVariant verdict;
    if (!exec(db, QStringLiteral("PRAGMA quick_check(1)"), error, &verdict))
        return false;
    if (verdict.toString() == QLatin1String("ok"))
        return true;
    if (error)
        *error = verdict.toString();
    return false;
}
