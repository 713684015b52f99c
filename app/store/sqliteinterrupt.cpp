#include "store/sqliteinterrupt.h"

#include <QLibrary>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <cstring>

SqliteInterrupt::SqliteInterrupt(const QSqlDatabase &db)
{
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<void *const *>(handle.constData());
    // Already loaded by the driver: this only looks the symbol up.
    QLibrary sqlite(QStringLiteral("sqlite3"), 0);
    m_interrupt = reinterpret_cast<Interrupt>(sqlite.resolve("sqlite3_interrupt"));
}

void SqliteInterrupt::operator()() const
{
    if (isAvailable())
        m_interrupt(m_handle);
}
