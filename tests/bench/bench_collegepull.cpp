// The pull of the college from SGO (issue 14, "Measured"), on the large demo college (150 groups, 3,000
// students, 6,000 parents, 250 staff, a semester of lessons and marks) served by the sandbox from its own
// thread over loopback, so that this process's main thread is the client's alone:
//   1. the first pull, CollegePull with its default page size into an empty cache, against the demo
//      generator's writer (Cache::writeCollege) writing the same college into a fresh cache, same run
//      (target: at most 2×);
//   2. the main (GUI) thread's worst turn of the event loop during that pull: its own CPU time in its longest
//      event delivery (target: at most 16 ms), and the wall clock for reference;
//   3. a pull when nothing changed: requests (target: at most one per kind) and bytes (target: under 1 % of
//      the first pull's), counted at the client's network manager;
//   4. the peak resident set of a process doing the first pull, against the same sandbox (target: at most
//      200 MB); this process's, with the sandbox and the generated college in it, for reference.
// Each goal missed fails the run.
//
//   bench_collegepull [--report FILE] [--page-size N]
#include "benchreport.h"
#include "collegepullkit.h"
#include "processstats.h"
#include "sandboxhost.h"
#include "sandboxserver.h"
#include "sync/syncstate.h"

#include "demo/democollegegenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

namespace {

constexpr double MaxPullToWriterRatio = 2.0;
constexpr double MaxTurnMs = 16.0;
constexpr double MaxRefreshBytesShare = 0.01;
constexpr qint64 MaxPeakResidentKiB = 200 * 1024;

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// CPU time of the whole process (every thread: the sandbox's and the store's too), in seconds.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Linux: the peak resident set since the process started or since resetPeakResident(), in KiB; -1 elsewhere.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Linux 4.0 on: the peak starts again from the current resident set ("5" to clear_refs, proc(5)).
bool resetPeakResident()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

// CPU seconds of each of this process's threads by name (Linux; empty elsewhere).
QHash<QString, double> threadCpuByName()
{
    QHash<QString, double> result;
    const long ticks = sysconf(_SC_CLK_TCK);
    for (const QString &task :
         QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromLocal8Bit(comm.readAll().trimmed());
        const QByteArray line = stat.readAll();
        // Fields after the command name (which may hold spaces): utime is field 14, stime 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12 && ticks > 0)
            result[name] += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(ticks);
    }
    return result;
}

QString cpuSince(const QHash<QString, double> &before, const QHash<QString, double> &after)
{
    QList<std::pair<double, QString>> spent;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const double seconds = it.value() - before.value(it.key());
        if (seconds >= 0.01)
            spent.append({seconds, it.key()});
    }
    std::sort(spent.begin(), spent.end(), std::greater<>());
    QStringList parts;
    for (const auto &[seconds, name] : std::as_const(spent))
        parts << QStringLiteral("%1 %2 s").arg(name).arg(seconds, 0, 'f', 2);
    return parts.join(QStringLiteral(", "));
}

using Report = BenchReport;

// The client's network manager, counting what it asked and what came back (status line, headers and body).
class CountingAccessManager : public QNetworkAccessManager
{
public:
    CountingAccessManager()
    {
        // As NetworkAccess makes its managers.
        setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
        setAutoDeleteReplies(false);
    }
    int requests = 0;
    qint64 bytes = 0;
    qint64 waitingNs = 0;      // from each request to its reply's end, summed
    qint64 lastFinishedNs = 0; // on clock
    QElapsedTimer clock;
    void reset()
    {
        requests = 0;
        bytes = 0;
        waitingNs = 0;
        lastFinishedNs = 0;
        clock.start();
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        const qint64 asked = clock.nsecsElapsed();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        auto received = std::make_shared<qint64>(0);
        connect(reply, &QNetworkReply::downloadProgress, this,
                [received](qint64 done, qint64) { *received = std::max(*received, done); });
        // Connected before the job's own slot, which deletes the reply.
        connect(reply, &QNetworkReply::finished, this, [this, reply, received, asked] {
            lastFinishedNs = clock.nsecsElapsed();
            waitingNs += lastFinishedNs - asked;
            qint64 headers = 17; // "HTTP/1.1 200 OK\r\n"
            for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
                headers += pair.first.size() + pair.second.size() + 4;
            const qint64 body =
                std::max(*received, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
            bytes += headers + 2 + body;
        });
        return reply;
    }
};

// Times every event the main thread delivers, outermost deliveries only: a turn of the event loop is one of
// them (a socket's data, a timer, a queued call such as a page's write coming back).
class TimedApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;
    bool measuring = false;
    qint64 turns = 0;
    qint64 worstWallNs = 0;
    qint64 worstCpuNs = 0;
    QString worstWhat;
    QString worstCpuWhat;
    QList<qint64> wallNs;

    void reset()
    {
        turns = 0;
        worstWallNs = 0;
        worstCpuNs = 0;
        worstWhat.clear();
        worstCpuWhat.clear();
        wallNs.clear();
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!measuring || m_depth > 0 || QThread::currentThread() != thread())
            return deliver(receiver, event);
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu = threadCpuNs();
        // Read before the delivery: a deferred delete takes the receiver with it.
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        const bool result = deliver(receiver, event);
        const qint64 spentCpu = threadCpuNs() - cpu;
        const qint64 spentWall = wall.nsecsElapsed();
        ++turns;
        wallNs << spentWall;
        if (spentCpu > worstCpuNs) {
            worstCpuNs = spentCpu;
            worstCpuWhat = describe(className, type);
        }
        if (spentWall > worstWallNs) {
            worstWallNs = spentWall;
            worstWhat = describe(className, type);
        }
        return result;
    }

private:
    static QString describe(const char *className, int type)
    {
        return QStringLiteral("event %1 to a %2").arg(type).arg(QLatin1String(className));
    }
    bool deliver(QObject *receiver, QEvent *event)
    {
        ++m_depth;
        const bool result = QCoreApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    int m_depth = 0;
};

// A 4 ms precise timer on the main thread: how late each tick comes is how long the loop was busy (or the
// thread waited for a CPU).
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 late = now - m_last - IntervalMs * 1000000;
            m_last = now;
            lateNs << std::max<qint64>(0, late);
        });
    }
    void start()
    {
        lateNs.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 worstNs() const
    {
        return lateNs.isEmpty() ? 0 : *std::max_element(lateNs.cbegin(), lateNs.cend());
    }
    QList<qint64> lateNs;

private:
    static constexpr int IntervalMs = 4;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

double percentileMs(QList<qint64> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(std::min(values.size() - 1, qsizetype(double(values.size()) * share)))) / 1e6;
}

QString mb(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MB");
}

// `bench_collegepull --pull-process SGO_URL ACCOUNT PASSWORD SCHOOL PAGE_SIZE DIR`: the first pull into a
// fresh cache in DIR, and this process's figures.
int pullProcess(const QStringList &args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("spodesk.*.info=false"));
    DemoSandbox::Services services;
    services.sgoBase = QUrl(args.at(0));
    services.sgoStaffPassword = args.at(2);
    services.sgoSchoolId = args.at(3).toLongLong();
    SyncState syncState;
    ServiceHub hub(args.at(5), syncState, ServiceHub::Options{false});
    if (!CollegePullKit::configureSgo(hub, services, args.at(1)))
        return 2;
    Cache cache(args.at(5) + QStringLiteral("/college.sqlite"));
    if (!StoreTest::openCache(cache).ok)
        return 2;
    CollegePull pull(cache, hub.sgo());
    pull.setPageSize(args.at(4).toInt());
    const qint64 before = residentSetKiB();
    QElapsedTimer wall;
    wall.start();
    const std::optional<CollegePull::Summary> summary = CollegePullKit::runPull(pull, 800000);
    const qint64 ms = wall.elapsed();
    std::printf("peak-rss-kib: %lld\nrss-before-kib: %lld\nrows: %lld\nms: %lld\n",
                qlonglong(peakResidentKiB()), qlonglong(before), qlonglong(summary ? summary->rows : -1),
                qlonglong(ms));
    return summary && summary->failed.isEmpty() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 8 && qstrcmp(argv[1], "--pull-process") == 0) {
        QCoreApplication application(argc, argv);
        return pullProcess(QCoreApplication::arguments().mid(2));
    }
    TimedApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption reportOption(QStringLiteral("report"), QStringLiteral("Write the figures here."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QStringLiteral("Rows per page (default: CollegePull's)."),
                                            QStringLiteral("N"));
    parser.addOptions({reportOption, pageSizeOption});
    parser.process(application);
    QLoggingCategory::setFilterRules(QStringLiteral("spodesk.net*.info=false"));

    Report report;
    bool failed = false;
    const auto goal = [&report, &failed](bool met, const QString &what) {
        if (!met) {
            report.say(QStringLiteral("FAIL: ") + what);
            failed = true;
        }
    };
    report.say(QStringLiteral("== The pull of the college from SGO: benchmark =="));

    QElapsedTimer setup;
    setup.start();
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Large);
    report.say(QStringLiteral("large demo college (%1 groups, %2 students, %3 parents, %4 staff, %5 lessons, "
                              "%6 marks) generated in %7 ms (not counted)")
                   .arg(college.groups.size())
                   .arg(college.students.size())
                   .arg(college.parents.size())
                   .arg(college.staff.size())
                   .arg(college.lessons.size())
                   .arg(college.marks.size())
                   .arg(setup.elapsed()));

    QTemporaryDir dir;
    SandboxHost sandbox;
    setup.restart();
    if (!sandbox.start(college)) {
        report.say(QStringLiteral("FAIL: the sandbox did not start: %1").arg(sandbox.errorString()));
        return 1;
    }
    report.say(QStringLiteral("sandbox serving it from its own thread, ready in %1 ms (not counted)")
                   .arg(setup.elapsed()));

    SyncState syncState;
    ServiceHub hub(dir.filePath(QStringLiteral("hub")), syncState, ServiceHub::Options{false});
    CountingAccessManager counter;
    hub.network().setManagerForCurrentThread(&counter);
    if (!CollegePullKit::configureSgo(hub, sandbox.server()->demoServices(),
                                      CollegePullKit::adminLogin(college))) {
        report.say(QStringLiteral("FAIL: SGO could not be configured"));
        return 1;
    }

    // 1. The first pull into an empty cache.
    Cache pulled(dir.filePath(QStringLiteral("pulled.sqlite")));
    if (!StoreTest::openCache(pulled).ok) {
        report.say(QStringLiteral("FAIL: the cache did not open"));
        return 1;
    }
    CollegePull pull(pulled, hub.sgo());
    const int pageSize =
        parser.isSet(pageSizeOption) ? parser.value(pageSizeOption).toInt() : CollegePull::DefaultPageSize;
    pull.setPageSize(pageSize);

    const qint64 residentBefore = residentSetKiB();
    const bool peakReset = resetPeakResident();
    qint64 sampledPeak = residentBefore;
    LatencyProbe probe;
    QTimer rss;
    rss.setInterval(20);
    QObject::connect(&rss, &QTimer::timeout,
                     [&sampledPeak] { sampledPeak = std::max(sampledPeak, residentSetKiB()); });
    counter.reset();
    application.reset();
    const qint64 clientCpu0 = threadCpuNs();
    const double processCpu0 = processCpuSeconds();
    const QHash<QString, double> threadsBefore = threadCpuByName();
    qint64 applyingNs = 0; // from a page's reply to the page applied: parsing, the store's write
    QElapsedTimer wall;
    wall.start();
    rss.start();
    probe.start();
    application.measuring = true;
    const std::optional<CollegePull::Summary> first =
        CollegePullKit::runPull(pull, 800000, [&counter, &applyingNs](const QString &, int, int, qint64) {
            applyingNs += counter.clock.nsecsElapsed() - counter.lastFinishedNs;
        });
    application.measuring = false;
    probe.stop();
    rss.stop();
    const double pullMs = double(wall.nsecsElapsed()) / 1e6;
    const double clientCpuMs = double(threadCpuNs() - clientCpu0) / 1e6;
    const double processCpuS = processCpuSeconds() - processCpu0;
    const QString threadsCpu = cpuSince(threadsBefore, threadCpuByName());
    const qint64 waitingNs = counter.waitingNs;
    sampledPeak = std::max(sampledPeak, residentSetKiB());
    const qint64 peak = peakReset ? std::max(peakResidentKiB(), sampledPeak) : sampledPeak;
    const int firstRequests = counter.requests;
    const qint64 firstBytes = counter.bytes;
    if (!first) {
        report.say(QStringLiteral("FAIL: the first pull did not finish"));
        return 1;
    }
    goal(first->failed.isEmpty() && first->finished.size() == CollegePull::order().size(),
         QStringLiteral("the first pull did not load every kind: %1")
             .arg(QStringList(first->failed.values()).join(QStringLiteral("; "))));
    report.say(QStringLiteral("first pull: %1 kinds, %2 rows in %3 pages of %4 (%5 requests with the "
                              "sign-in, %6 bytes received): %7 ms wall; the main thread's CPU %8 ms, the "
                              "process's (sandbox and store threads too) %9 s")
                   .arg(first->finished.size())
                   .arg(first->rows)
                   .arg(first->pages)
                   .arg(pageSize)
                   .arg(firstRequests)
                   .arg(firstBytes)
                   .arg(pullMs, 0, 'f', 0)
                   .arg(clientCpuMs, 0, 'f', 0)
                   .arg(processCpuS, 0, 'f', 2));
    report.say(QStringLiteral(
                   "  summed over its requests: waiting for a reply %1 s (the sandbox's thread answering, "
                   "loopback); from the last reply to each page applied %2 s (parsing on the main "
                   "thread, the store thread's write); the two overlap where a page is fetched while "
                   "the one before is written")
                   .arg(double(waitingNs) / 1e9, 0, 'f', 2)
                   .arg(double(applyingNs) / 1e9, 0, 'f', 2));
    report.say(QStringLiteral("  CPU by thread: %1").arg(threadsCpu));

    // 2. The main thread during it. What it blocks is its own time in a turn; the wall clock of a turn also
    // holds waiting for a CPU, which on a busy machine (two cores here, shared with the sandbox's and the
    // store's threads and with other work) is not the program's doing: both are printed, the first decides.
    const double worstTurnCpuMs = double(application.worstCpuNs) / 1e6;
    report.say(
        QStringLiteral("main thread during the first pull: %1 turns of its event loop; the worst took %2 ms "
                       "of its own CPU (%3; target <= %4); wall clock: worst turn %5 ms (%6), p99 %7 ms; "
                       "a 4 ms precise timer came at worst %8 ms late (p99 %9 ms, %10 ticks)")
            .arg(application.turns)
            .arg(worstTurnCpuMs, 0, 'f', 2)
            .arg(application.worstCpuWhat)
            .arg(MaxTurnMs)
            .arg(double(application.worstWallNs) / 1e6, 0, 'f', 2)
            .arg(application.worstWhat)
            .arg(percentileMs(application.wallNs, 0.99), 0, 'f', 2)
            .arg(double(probe.worstNs()) / 1e6, 0, 'f', 2)
            .arg(percentileMs(probe.lateNs, 0.99), 0, 'f', 2)
            .arg(probe.lateNs.size()));
    goal(worstTurnCpuMs <= MaxTurnMs,
         QStringLiteral("the main thread's worst turn took %1 ms of its CPU (target <= %2)")
             .arg(worstTurnCpuMs, 0, 'f', 2)
             .arg(MaxTurnMs));

    // For reference: this process's resident set, sandbox included (4. measures the client alone).
    report.say(
        QStringLiteral("this process's resident set: %1 before the first pull (the college and the sandbox "
                       "serving it are in it), peak %2 during it (%3)")
            .arg(mb(residentBefore), mb(peak),
                 peakReset ? QStringLiteral("the kernel's high-water mark, reset before the pull")
                           : QStringLiteral("sampled every 20 ms")));

    // 3. Again, nothing changed.
    counter.reset();
    wall.restart();
    const std::optional<CollegePull::Summary> again = CollegePullKit::runPull(pull, 60000);
    const double againMs = double(wall.nsecsElapsed()) / 1e6;
    if (!again) {
        report.say(QStringLiteral("FAIL: the pull with nothing changed did not finish"));
        return 1;
    }
    const double share = firstBytes > 0 ? double(counter.bytes) / double(firstBytes) : 1.0;
    report.say(QStringLiteral("pull with nothing changed: %1 requests for %2 kinds, %3 bytes = %4 % of the "
                              "first pull's, %5 rows written, %6 ms")
                   .arg(counter.requests)
                   .arg(CollegePull::order().size())
                   .arg(counter.bytes)
                   .arg(share * 100, 0, 'f', 3)
                   .arg(again->rows)
                   .arg(againMs, 0, 'f', 1));
    goal(again->failed.isEmpty() && again->rows == 0,
         QStringLiteral("the pull with nothing changed wrote rows"));
    goal(counter.requests <= CollegePull::order().size(),
         QStringLiteral("%1 requests when nothing changed (target <= %2)")
             .arg(counter.requests)
             .arg(CollegePull::order().size()));
    goal(share < MaxRefreshBytesShare,
         QStringLiteral("%1 % of the first pull's bytes when nothing changed (target < %2 %)")
             .arg(share * 100, 0, 'f', 3)
             .arg(MaxRefreshBytesShare * 100));

    // 1 (the yardstick). The demo generator's writer, the same college into a fresh cache.
    Cache written(dir.filePath(QStringLiteral("written.sqlite")));
    if (!StoreTest::openCache(written).ok) {
        report.say(QStringLiteral("FAIL: the cache did not open"));
        return 1;
    }
    std::optional<bool> writtenOk;
    QEventLoop loop;
    QObject::connect(&written, &Cache::collegeWritten, &loop, [&writtenOk, &loop](bool ok, const QString &) {
        writtenOk = ok;
        loop.quit();
    });
    wall.restart();
    written.writeCollege(college);
    loop.exec();
    const double writerMs = double(wall.nsecsElapsed()) / 1e6;
    const double ratio = pullMs / writerMs;
    report.say(QStringLiteral("the demo generator's writer, the same college into a fresh cache: %1 ms")
                   .arg(writerMs, 0, 'f', 0));
    report.say(QStringLiteral("=> first pull / writer: %1x (target <= %2)")
                   .arg(ratio, 0, 'f', 2)
                   .arg(MaxPullToWriterRatio));
    goal(writtenOk.value_or(false), QStringLiteral("the writer failed"));
    goal(ratio <= MaxPullToWriterRatio,
         QStringLiteral("the first pull took %1x the writer's time (target <= %2)")
             .arg(ratio, 0, 'f', 2)
             .arg(MaxPullToWriterRatio));

    // 4. Memory: the same first pull by a process of its own against the same sandbox, so that its resident
    // set is the client's alone (SGO is on another computer for a real college).
    {
        const DemoSandbox::Services services = sandbox.server()->demoServices();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--pull-process"), services.sgoBase.toString(),
                     CollegePullKit::adminLogin(college), services.sgoStaffPassword,
                     QString::number(services.sgoSchoolId), QString::number(pageSize),
                     dir.filePath(QStringLiteral("process"))});
        const bool ended = child.waitForStarted(10000) && child.waitForFinished(800000);
        const QByteArray output = child.readAllStandardOutput();
        const auto value = [&output](const QByteArray &key) {
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith(QByteArray(key + ": ")))
                    return line.mid(key.size() + 2).trimmed().toLongLong();
            }
            return qint64(-1);
        };
        const qint64 childPeak = value("peak-rss-kib");
        const qint64 childRows = value("rows");
        report.say(
            QStringLiteral("peak resident set of a process doing the first pull alone: %1 (%2 before the "
                           "pull; %3 rows, %4 ms)")
                .arg(mb(childPeak), mb(value("rss-before-kib")))
                .arg(childRows)
                .arg(value("ms")));
        goal(ended && child.exitCode() == 0 && childRows == first->rows,
             QStringLiteral("the pull in a process of its own did not load the college: %1")
                 .arg(QString::fromUtf8(output)));
        goal(childPeak > 0 && childPeak <= MaxPeakResidentKiB,
             QStringLiteral("the peak resident set was %1 (target <= %2)")
                 .arg(mb(childPeak), mb(MaxPeakResidentKiB)));
    }

    // What the writer wrote and the pull did not (kinds SGO's sync does not carry yet), for the record.
    QStringList short_;
    for (const QString &table : CollegePullKit::tables(written.filePath())) {
        if (table == QLatin1String("sync_state") || table == QLatin1String("meta"))
            continue;
        const qint64 expected = CollegePullKit::rowCount(written.filePath(), table);
        const qint64 got = CollegePullKit::rowCount(pulled.filePath(), table);
        if (got != expected)
            short_ << QStringLiteral("%1 %2/%3").arg(table).arg(got).arg(expected);
    }
    if (!short_.isEmpty())
        report.say(QStringLiteral("tables whose rows differ, pulled/written: %1")
                       .arg(short_.join(QStringLiteral(", "))));

    if (!report.save(parser.value(reportOption)))
        std::fputs("bench_collegepull: the report could not be written\n", stderr);
    return failed ? 1 : 0;
}
