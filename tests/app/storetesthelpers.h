#pragma once

#include "store/cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

// Helpers the store's tests share: a connection of the test's own, a file's fingerprint, opening a Cache.
namespace StoreTest {

// A connection of the test's own for setting a file up and looking at it afterwards.
class Connection
{
public:
    explicit Connection(const QString &path) : m_name(QStringLiteral("test-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }
    QStringList names(const QString &type) const
    {
        QStringList result;
        QSqlQuery query(db());
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = '%1' AND name NOT LIKE 'sqlite_%'"
                           " ORDER BY name")
                .arg(type));
        while (query.next())
            result << query.value(0).toString();
        return result;
    }

private:
    QString m_name;
};

inline QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) +
           QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

inline Cache::OpenResult openCache(Cache &cache)
{
    QSignalSpy opened(&cache, &Cache::opened);
    cache.open();
    if (!opened.wait(10000))
        return {};
    return opened.first().first().value<Cache::OpenResult>();
}

} // namespace StoreTest
