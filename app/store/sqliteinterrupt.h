#pragma once

class QSqlDatabase;

// Stops the statement that runs on a connection of another thread: sqlite3_interrupt is the one SQLite call
// that may be made from any thread. It is resolved from the SQLite library that Qt's driver loaded; where the
// driver has SQLite built in (Qt's own Windows build), there is none to resolve, and the statement runs on to
// its end as before.
class SqliteInterrupt
{
public:
    // Takes the connection's handle; call on the connection's own thread.
    explicit SqliteInterrupt(const QSqlDatabase &db);

    bool isAvailable() const { return m_handle && m_interrupt; }
    // Any thread.
    void operator()() const;

private:
    using Interrupt = void (*)(void *);
    void *m_handle = nullptr;
    Interrupt m_interrupt = nullptr;
};
