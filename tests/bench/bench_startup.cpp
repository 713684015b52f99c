// Start-up benchmark (issue 2, "Measured"): spodesk on the large demo cache against a bare QMainWindow
// program, both started alternately in the same run, each timed from process start to its first paint; and
// (issue 13) each as a whole process, from its start until it has exited: spodesk with
// --quit-after-first-paint exits once its cache is open (Engine::ready), the bare window right after its
// first paint.
//
//   bench_startup --spodesk PATH --baseline PATH [--runs N] [--report FILE] [--platform NAME]
//
// --platform: the Qt platform plugin the programs run on, offscreen unless given (xcb: under the X server of
// $DISPLAY, e.g. inside xvfb-run, as a person's desktop would).
//
// It builds the default and the large demo caches first (timing those first starts), then alternates the two
// programs N times. The figure that decides is the wall time measured here, from QProcess::start() until the
// program's "first-paint-ms:" line arrives, of the fastest quarter of each program's runs (lowerQuartile()
// says why); the medians and the programs' own figures are printed beside it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double MaxStartupRatio = 1.5;
// The whole process until the cache is open against the bare window's whole process, medians (issue 13).
constexpr double MaxWholeProcessRatio = 1.8;
constexpr qint64 MaxResidentKiB = 120 * 1024; // 120 MiB
// The large college is ~15 times the default one; a large cache not even this much bigger was not built.
constexpr double MinLargeToDefaultData = 4.0;

struct Run
{
    qint64 wallMs = -1;       // measured here: start() until the first-paint line arrived
    qint64 untilExitMs = -1;  // measured here: start() until the process ended
    qint64 firstPaintMs = -1; // the program's own figure
    qint64 residentKiB = -1;  // the program's own figure, right after its first paint
};

struct Failure
{
    QString message;
};

// Everything said goes to stdout (ctest's log) and into the report file that .ci/test prints.
class Report
{
public:
    void say(const QString &line)
    {
        m_text += line + QLatin1Char('\n');
        std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    }
    const QString &text() const { return m_text; }

private:
    QString m_text;
};

qint64 valueAfter(const QByteArray &output, const QByteArray &key)
{
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(key)) {
            bool ok = false;
            const qint64 value = line.mid(key.size()).trimmed().toLongLong(&ok);
            return ok ? value : -1;
        }
    }
    return -1;
}

// Starts program, waits for its first-paint line (timing it) and for its exit. Throws Failure on anything
// odd.
Run runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
            int timeoutMs)
{
    const QString commandLine =
        QFileInfo(program).fileName() + QLatin1Char(' ') + arguments.join(QLatin1Char(' '));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());

    Run run;
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(timeoutMs))
        throw Failure{QStringLiteral("could not start %1: %2").arg(commandLine, process.errorString())};

    static const QByteArray FirstPaintKey = "first-paint-ms:";
    while (run.wallMs < 0 && timer.elapsed() < timeoutMs) {
        if (!process.waitForReadyRead(int(timeoutMs - timer.elapsed())))
            break;
        output += process.readAllStandardOutput();
        const qsizetype at = output.indexOf(FirstPaintKey);
        if (at >= 0 && output.indexOf('\n', at) >= 0)
            run.wallMs = timer.elapsed();
    }
    const bool finished = process.waitForFinished(int(std::max<qint64>(1000, timeoutMs - timer.elapsed())));
    run.untilExitMs = timer.elapsed();
    output += process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();

    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
        throw Failure{QStringLiteral("%1 did not exit within %2 s; it printed:\n%3%4")
                          .arg(commandLine)
                          .arg(timeoutMs / 1000)
                          .arg(QString::fromLocal8Bit(output), QString::fromLocal8Bit(errors))};
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || run.wallMs < 0) {
        throw Failure{QStringLiteral("%1 exited with code %2 %3the first-paint line; it printed:\n%4%5")
                          .arg(commandLine)
                          .arg(process.exitCode())
                          .arg(run.wallMs < 0 ? QStringLiteral("without ") : QStringLiteral("after "))
                          .arg(QString::fromLocal8Bit(output), QString::fromLocal8Bit(errors))};
    }
    run.firstPaintMs = valueAfter(output, FirstPaintKey);
    run.residentKiB = valueAfter(output, "rss-kib:");
    if (run.firstPaintMs < 0 || run.residentKiB < 0)
        throw Failure{
            QStringLiteral("%1 printed no figures: %2").arg(commandLine, QString::fromLocal8Bit(output))};
    return run;
}

template<typename Field> std::vector<qint64> sorted(const std::vector<Run> &runs, Field field)
{
    std::vector<qint64> values;
    for (const Run &run : runs)
        values.push_back(run.*field);
    std::sort(values.begin(), values.end());
    return values;
}

template<typename Field> qint64 median(const std::vector<Run> &runs, Field field)
{
    const std::vector<qint64> values = sorted(runs, field);
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// The value a quarter of the runs beat (nearest rank). Noise here only ever adds time, and on a shared
// virtual machine it comes in spells: a run is either as fast as it can be or some 20 ms slower, in phases
// that hit the two programs unevenly, so the median of each can land in different phases and the ratio of
// medians swings (from 1.05 to 1.6 for the same binaries). The fastest quarter of each is measured in the
// same calm and is what decides.
template<typename Field> qint64 lowerQuartile(const std::vector<Run> &runs, Field field)
{
    const std::vector<qint64> values = sorted(runs, field);
    return values[(values.size() - 1) / 4];
}

qint64 folderBytes(const QString &path)
{
    qint64 bytes = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2) + QStringLiteral(" s");
}

int benchmark(const QString &spodesk, const QString &baseline, int runs, bool enforceRatio,
              const QString &platform, Report &report)
{
    auto say = [&report](const QString &line) { report.say(line); };
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw Failure{QStringLiteral("no temporary folder: %1").arg(scratch.errorString())};
    const QString defaultData = scratch.filePath(QStringLiteral("default"));
    const QString largeData = scratch.filePath(QStringLiteral("large"));

    // The programs' settings and anything else they write stay in the scratch folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    environment.insert(QStringLiteral("HOME"), scratch.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), scratch.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), scratch.filePath(QStringLiteral("cache")));

    const QStringList quit{QStringLiteral("--quit-after-first-paint")};
    const QStringList defaultArgs =
        QStringList{QStringLiteral("--demo"), QStringLiteral("--data-dir"), defaultData} + quit;
    const QStringList largeArgs =
        QStringList{QStringLiteral("--demo"), QStringLiteral("--scale"), QStringLiteral("large"),
                    QStringLiteral("--data-dir"), largeData} +
        quit;
    constexpr int BuildTimeoutMs = 300'000;
    constexpr int StartTimeoutMs = 60'000;

    say(QStringLiteral("== Start-up benchmark (%1, %2 alternating runs) ==").arg(platform).arg(runs));
    say(QStringLiteral("spodesk:  %1").arg(spodesk));
    say(QStringLiteral("baseline: %1 (empty QMainWindow, 1200x780)").arg(baseline));

    // First starts: each builds its demo cache. Timed until the process ends, so the build is all in.
    const Run defaultFirst = runOnce(spodesk, defaultArgs, environment, BuildTimeoutMs);
    const Run largeFirst = runOnce(spodesk, largeArgs, environment, BuildTimeoutMs);

    const qint64 defaultBytes = folderBytes(defaultData);
    const qint64 largeBytes = folderBytes(largeData);
    if (double(largeBytes) < MinLargeToDefaultData * double(defaultBytes)) {
        throw Failure{
            QStringLiteral("the first start did not leave a built large demo cache (data %1, default %2): "
                           "--quit-after-first-paint must not quit before the demo college is saved")
                .arg(mib(largeBytes), mib(defaultBytes))};
    }

    // Warm-up: the dynamic loader and the page cache see both programs once before anything counts.
    runOnce(baseline, quit, environment, StartTimeoutMs);
    const Run defaultWarm = runOnce(spodesk, defaultArgs, environment, StartTimeoutMs);

    std::vector<Run> base;
    std::vector<Run> app;
    std::vector<Run> withText; // the reference: the bare window with one line of text
    const QStringList quitWithLabel = quit + QStringList{QStringLiteral("--with-label")};
    say(QStringLiteral("run  baseline wall/own/whole ms  spodesk-large wall/own/whole ms  spodesk RSS KiB"));
    for (int i = 0; i < runs; ++i) {
        base.push_back(runOnce(baseline, quit, environment, StartTimeoutMs));
        app.push_back(runOnce(spodesk, largeArgs, environment, StartTimeoutMs));
        withText.push_back(runOnce(baseline, quitWithLabel, environment, StartTimeoutMs));
        say(QStringLiteral("%1  %2 / %3 / %4  %5 / %6 / %7  %8")
                .arg(i + 1, 3)
                .arg(base.back().wallMs, 12)
                .arg(base.back().firstPaintMs, 5)
                .arg(base.back().untilExitMs, 5)
                .arg(app.back().wallMs, 19)
                .arg(app.back().firstPaintMs, 5)
                .arg(app.back().untilExitMs, 5)
                .arg(app.back().residentKiB, 16));
    }

    const qint64 baseWall = lowerQuartile(base, &Run::wallMs);
    const qint64 appWall = lowerQuartile(app, &Run::wallMs);
    const qint64 baseWallMedian = median(base, &Run::wallMs);
    const qint64 appWallMedian = median(app, &Run::wallMs);
    const qint64 baseOwn = lowerQuartile(base, &Run::firstPaintMs);
    const qint64 appOwn = lowerQuartile(app, &Run::firstPaintMs);
    const qint64 appRss = std::max_element(app.begin(), app.end(), [](const Run &a, const Run &b) {
                              return a.residentKiB < b.residentKiB;
                          })->residentKiB;
    const qint64 baseRss = median(base, &Run::residentKiB);
    const double ratio = double(appWall) / double(std::max<qint64>(1, baseWall));
    const double ownRatio = double(appOwn) / double(std::max<qint64>(1, baseOwn));
    const qint64 appLargeWarm = median(app, &Run::untilExitMs);
    const qint64 baseWhole = median(base, &Run::untilExitMs);
    const double wholeRatio = double(appLargeWarm) / double(std::max<qint64>(1, baseWhole));
    const qint64 defaultBuild = std::max<qint64>(0, defaultFirst.untilExitMs - defaultWarm.untilExitMs);
    const qint64 largeBuild = std::max<qint64>(0, largeFirst.untilExitMs - appLargeWarm);

    say(QString());
    say(QStringLiteral(
        "Start-up to first paint, wall (this process's clock), the fastest quarter of the runs:"));
    say(QStringLiteral("  baseline %1 ms, spodesk (large cache) %2 ms, ratio %3 (limit %4)")
            .arg(baseWall)
            .arg(appWall)
            .arg(ratio, 0, 'f', 2)
            .arg(MaxStartupRatio, 0, 'f', 1));
    say(QStringLiteral("  medians, for comparison: baseline %1 ms, spodesk %2 ms, ratio %3")
            .arg(baseWallMedian)
            .arg(appWallMedian)
            .arg(double(appWallMedian) / double(std::max<qint64>(1, baseWallMedian)), 0, 'f', 2));
    const qint64 textWall = lowerQuartile(withText, &Run::wallMs);
    say(QStringLiteral(
            "  for reference, the same bare window with one QLabel of Russian text: %1 ms = %2x the bare "
            "one (what drawing any text costs); spodesk is %3x that")
            .arg(textWall)
            .arg(double(textWall) / double(std::max<qint64>(1, baseWall)), 0, 'f', 2)
            .arg(double(appWall) / double(std::max<qint64>(1, textWall)), 0, 'f', 2));
    say(QStringLiteral(
            "The first-paint-ms the programs report, fastest quarter: baseline %1, spodesk %2, ratio %3")
            .arg(baseOwn)
            .arg(appOwn)
            .arg(ownRatio, 0, 'f', 2));
    say(QStringLiteral("Whole process, start until exit (spodesk: once its cache is open), medians:"));
    say(QStringLiteral("  baseline %1 ms, spodesk (large cache) %2 ms, ratio %3 (goal %4)")
            .arg(baseWhole)
            .arg(appLargeWarm)
            .arg(wholeRatio, 0, 'f', 2)
            .arg(MaxWholeProcessRatio, 0, 'f', 1));
    say(QStringLiteral("  fastest quarter, for comparison: baseline %1 ms, spodesk %2 ms, ratio %3")
            .arg(lowerQuartile(base, &Run::untilExitMs))
            .arg(lowerQuartile(app, &Run::untilExitMs))
            .arg(double(lowerQuartile(app, &Run::untilExitMs)) /
                     double(std::max<qint64>(1, lowerQuartile(base, &Run::untilExitMs))),
                 0, 'f', 2));
    say(QStringLiteral("Resident memory after first paint: spodesk (large cache) max %1 KiB = %2 MiB "
                       "(limit %3 KiB = 120 MiB); baseline %4 KiB")
            .arg(appRss)
            .arg(double(appRss) / 1024.0, 0, 'f', 1)
            .arg(MaxResidentKiB)
            .arg(baseRss));
    say(QStringLiteral("Demo cache build (first start minus a warm start):"));
    say(QStringLiteral("  default: %1 (first start %2), data %3")
            .arg(seconds(defaultBuild), seconds(defaultFirst.untilExitMs), mib(defaultBytes)));
    say(QStringLiteral("  large:   %1 (first start %2), data %3")
            .arg(seconds(largeBuild), seconds(largeFirst.untilExitMs), mib(largeBytes)));
    if (defaultBuild > 0 && defaultBytes > 0)
        say(QStringLiteral("  growth default -> large: time x%1, data x%2")
                .arg(double(largeBuild) / double(defaultBuild), 0, 'f', 1)
                .arg(double(largeBytes) / double(defaultBytes), 0, 'f', 1));

    int status = 0;
    // The start-up ratio is reported on every run and fails it only with --enforce-ratio: on a shared machine
    // a noisy spell can still push one run over, and CI should not turn red for the neighbours' load.
    if (ratio > MaxStartupRatio) {
        say(QStringLiteral(
                "GOAL NOT MET: spodesk starts %1x slower than the bare QMainWindow; the goal is %2x")
                .arg(ratio, 0, 'f', 2)
                .arg(MaxStartupRatio, 0, 'f', 1));
        if (enforceRatio)
            status = 1;
    }
    if (wholeRatio > MaxWholeProcessRatio) {
        say(QStringLiteral("GOAL NOT MET: spodesk's whole start until its cache is open takes %1x the bare "
                           "QMainWindow's whole process; the goal is %2x")
                .arg(wholeRatio, 0, 'f', 2)
                .arg(MaxWholeProcessRatio, 0, 'f', 1));
        if (enforceRatio)
            status = 1;
    }
    if (appRss > MaxResidentKiB) {
        say(QStringLiteral(
                "FAIL: spodesk holds %1 KiB resident after first paint with the large cache; the limit is "
                "%2 KiB (120 MiB)")
                .arg(appRss)
                .arg(MaxResidentKiB));
        status = 1;
    }
    if (status == 0 && ratio <= MaxStartupRatio && wholeRatio <= MaxWholeProcessRatio)
        say(QStringLiteral("PASS: start-up ratios and resident memory within limits"));
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption spodeskOption(QStringLiteral("spodesk"), QStringLiteral("The spodesk binary."),
                                           QStringLiteral("path"));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            QStringLiteral("The baseline binary."), QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Alternating runs."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption reportOption(
        QStringLiteral("report"), QStringLiteral("Also write the figures here."), QStringLiteral("file"));
    const QCommandLineOption enforceOption(QStringLiteral("enforce-ratio"),
                                           QStringLiteral("Fail when a start-up ratio is over its goal."));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
                                            QStringLiteral("The Qt platform plugin the programs run on."),
                                            QStringLiteral("name"), QStringLiteral("offscreen"));
    parser.addOptions(
        {spodeskOption, baselineOption, runsOption, reportOption, enforceOption, platformOption});
    parser.addHelpOption();
    parser.process(application);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    if (!parser.isSet(spodeskOption) || !parser.isSet(baselineOption)) {
        std::fputs("bench_startup: --spodesk and --baseline are required\n", stderr);
        return 2;
    }

    Report report;
    int status = 1;
    try {
        status = benchmark(parser.value(spodeskOption), parser.value(baselineOption), runs,
                           parser.isSet(enforceOption), parser.value(platformOption), report);
    } catch (const Failure &failure) {
        report.say(QStringLiteral("FAIL: ") + failure.message);
    }
    if (parser.isSet(reportOption)) {
        QFile file(parser.value(reportOption));
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
            file.write(report.text().toUtf8());
    }
    return status;
}
