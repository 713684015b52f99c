#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// The application's log: every qDebug/qInfo/qWarning line, after LogRedactor, appended to
// <dir>/spodesk.log, rotated at maxBytes into spodesk.log.1 … spodesk.log.<keep>; the previous handler
// (stderr) gets the same redacted line. main() calls install() once:
//     LogFile::install(options.resolvedDataDir() + QStringLiteral("/logs"));
class LogFile
{
public:
    static bool install(const QString &directory, qint64 maxBytes = 1024 * 1024, int keep = 5);
    // Restores the previous handler and closes the file (tests; harmless at exit).
    static void uninstall();
    static QString currentPath();
    // «Удалить данные с этого компьютера»: every line of the log files (the current one and the rotated ones)
    // that names any of words goes. False when a file could not be rewritten.
    static bool removeLinesMentioning(const QStringList &words);
    // Writes a line through the same path as the handler (used by tests and by the handler itself).
    static void write(QtMsgType type, const char *category, const QString &message);
};
