#include "processstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>

#if defined(Q_OS_LINUX)
#include <time.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <psapi.h>
#if defined(_MSC_VER)
#pragma comment(lib, "psapi")
#endif
#endif

namespace {

// Started during static initialisation: the closest portable stand-in for the process start.
const QElapsedTimer s_sinceLoad = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();

#if defined(Q_OS_LINUX)
qint64 linuxMsSinceStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces and parentheses: count fields from the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // Field 22 (starttime) is the 20th after the command name.
    constexpr qsizetype startTimeIndex = 22 - 3;
    if (fields.size() <= startTimeIndex)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(startTimeIndex).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}
#elif defined(Q_OS_WIN)
qint64 windowsMsSinceStart()
{
    FILETIME creation, exitTime, kernel, user;
    if (!GetProcessTimes(GetCurrentProcess(), &creation, &exitTime, &kernel, &user))
        return -1;
    FILETIME nowTime;
    GetSystemTimeAsFileTime(&nowTime);
    auto toTicks = [](const FILETIME &time) {
        return (quint64(time.dwHighDateTime) << 32) | quint64(time.dwLowDateTime);
    };
    // FILETIME counts 100 ns intervals.
    return qint64((toTicks(nowTime) - toTicks(creation)) / 10000);
}
#endif

} // namespace

qint64 msSinceProcessStart()
{
    qint64 ms = -1;
#if defined(Q_OS_LINUX)
    ms = linuxMsSinceStart();
#elif defined(Q_OS_WIN)
    ms = windowsMsSinceStart();
#endif
    return ms >= 0 ? ms : s_sinceLoad.elapsed();
}

qint64 residentSetKiB()
{
#if defined(Q_OS_LINUX)
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0, so QFile::atEnd() can't be trusted: read to the end and split.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            // "VmRSS:	  123456 kB"
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            bool ok = false;
            const qint64 kib = parts.value(0).toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
#elif defined(Q_OS_WIN)
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof(counters);
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return qint64(counters.WorkingSetSize / 1024);
#else
    return -1;
#endif
}
