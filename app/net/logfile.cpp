#include "net/logfile.h"

#include "net/logredactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>

namespace {

struct LogState
{
    QMutex mutex;
    QFile file;
    QString directory;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

QString logPath(const LogState &s, int index)
{
    const QString base = s.directory + QStringLiteral("/spodesk.log");
    return index == 0 ? base : base + QLatin1Char('.') + QString::number(index);
}

// Called with the mutex held.
void rotateIfNeeded(LogState &s, qint64 incoming)
{
    if (s.file.size() + incoming <= s.maxBytes || s.file.size() == 0)
        return;
    s.file.close();
    QFile::remove(logPath(s, s.keep));
    for (int i = s.keep - 1; i >= 0; --i)
        QFile::rename(logPath(s, i), logPath(s, i + 1));
    s.file.setFileName(logPath(s, 0));
    s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = LogRedactor::redact(message);
    LogFile::write(type, context.category, clean);
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker locker(&state().mutex);
        previous = state().previous;
    }
    if (previous)
        previous(type, context, clean);
}

} // namespace

bool LogFile::install(const QString &directory, qint64 maxBytes, int keep)
{
    LogState &s = state();
    {
        QMutexLocker locker(&s.mutex);
        if (s.installed)
            return true;
        if (!QDir().mkpath(directory))
            return false;
        s.directory = QDir(directory).absolutePath();
        s.maxBytes = qMax<qint64>(4096, maxBytes);
        s.keep = qMax(1, keep);
        s.file.setFileName(logPath(s, 0));
        if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return false;
        s.installed = true;
    }
    QtMessageHandler previous = qInstallMessageHandler(handler);
    QMutexLocker locker(&s.mutex);
    s.previous = previous;
    return true;
}

void LogFile::uninstall()
{
    LogState &s = state();
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker locker(&s.mutex);
        if (!s.installed)
            return;
        previous = s.previous;
        s.previous = nullptr;
        s.installed = false;
        s.file.close();
    }
    qInstallMessageHandler(previous);
}

QString LogFile::currentPath()
{
    QMutexLocker locker(&state().mutex);
    return state().installed ? state().file.fileName() : QString();
}

bool LogFile::removeLinesMentioning(const QStringList &words)
{
    QStringList wanted;
    for (const QString &word : words) {
        if (!word.trimmed().isEmpty())
            wanted << word.trimmed();
    }
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (s.directory.isEmpty() || wanted.isEmpty())
        return true;
    bool ok = true;
    for (int i = 0; i <= s.keep; ++i) {
        const QString path = logPath(s, i);
        QFile in(path);
        if (!in.exists() || !in.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QByteArray kept;
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            const QString text = QString::fromUtf8(line);
            const bool mentions = std::any_of(wanted.cbegin(), wanted.cend(), [&text](const QString &word) {
                return text.contains(word, Qt::CaseInsensitive);
            });
            if (!mentions)
                kept += line;
        }
        in.close();
        const bool current = i == 0 && s.installed;
        if (current)
            s.file.close();
        QSaveFile out(path);
        ok = out.open(QIODevice::WriteOnly) && out.write(kept) == kept.size() && out.commit() && ok;
        if (current)
            s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }
    return ok;
}

void LogFile::write(QtMsgType type, const char *category, const QString &message)
{
    const QByteArray line =
        (QDateTime::currentDateTime().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
         QLatin1String(typeName(type)) + QLatin1Char(' ') + QLatin1String(category ? category : "default") +
         QStringLiteral(": ") + LogRedactor::redact(message) + QLatin1Char('\n'))
            .toUtf8();
    LogState &s = state();
    QMutexLocker locker(&s.mutex);
    if (!s.installed)
        return;
    rotateIfNeeded(s, line.size());
    s.file.write(line);
    s.file.flush();
}
