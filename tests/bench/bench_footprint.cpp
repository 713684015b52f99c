// ЦС benchmark (issue 4, "Measured"):
//   1. building, validating and queuing 100,000 statements: wall time and CPU per statement;
//   2. HTTP requests per 10,000 statements, which must be ⌈10,000 / batch⌉ when nothing fails (the sandbox's
//      xAPI endpoint counts them);
//   3. delivery to the real LRS (xapi-statements from tests/peers) on loopback: statements per second, and
//   the
//      share of the wall time that is CPU time of this process (the rest is the LRS and the wire).
//
//   bench_footprint --source DIR [--report FILE]
#include "benchreport.h"
#include "footprintpeerclient.h"

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cmath>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#else
#include <ctime>
#endif

using namespace FootprintPeers;

namespace {

// CPU time of the whole process (every thread: the store thread's SQLite work counts), in seconds.
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return double(std::clock()) / CLOCKS_PER_SEC;
#endif
}

struct Span
{
    QElapsedTimer wall;
    double cpu0 = 0;
    Span()
    {
        wall.start();
        cpu0 = cpuSeconds();
    }
    double wallSeconds() const { return double(wall.nsecsElapsed()) / 1e9; }
    double cpuSecondsSince() const { return cpuSeconds() - cpu0; }
};

using Report = BenchReport;

// The whole college on БАС, planned for as many colleges (organisation names, so ids differ) as it takes to
// reach `count`: each college's statements with the organisation they are queued under.
struct Planned
{
    QString organisation;
    QList<FootprintStatement> statements;
};

QList<Planned> plan(int count, const BasExtensionCatalogue &catalogue, int *refusals, int *values)
{
    QList<Planned> result;
    int total = 0;
    *refusals = 0;
    *values = 0;
    for (int copy = 0; total < count; ++copy) {
        // One cache holds one college: the copies get ids of their own, as another college's would be.
        CollegeData college = wholeCollegeOnBas();
        const qint64 shift = qint64(copy) * 1000000;
        for (Program &program : college.programs)
            program.id += shift;
        for (ProgramBlock &block : college.blocks) {
            block.id += shift;
            block.programId += shift;
        }
        for (Activity &activity : college.activities) {
            activity.id += shift;
            activity.blockId += shift;
            activity.groupId += shift;
        }
        for (Student &student : college.students) {
            student.id += shift;
            student.groupId += shift;
        }
        const QList<FootprintProgress> progress = DemoFootprint::progress(college);
        const QHash<qint64, QJsonObject> extensions = DemoFootprint::activityExtensions(college);
        if (copy == 0) {
            for (const FootprintProgress &item : progress)
                *values += int(item.extensions.size());
        }
        college.organisation.name = organisation + QStringLiteral(" №%1").arg(copy + 1);
        Planned planned{college.organisation.name, {}};
        for (const Program &program : std::as_const(college.programs)) {
            FootprintPlanner planner(DemoFootprint::setup(college, program), program, college.blocks,
                                     college.activities, catalogue);
            for (auto it = extensions.cbegin(); it != extensions.cend(); ++it)
                planner.setActivityExtensions(it.key(), it.value());
            const FootprintPlanner::Plan one = planner.plan(college.students, progress);
            *refusals += int(one.refusals.size());
            planned.statements += one.statements;
        }
        planned.statements = planned.statements.mid(0, count - total);
        total += int(planned.statements.size());
        result << planned;
    }
    return result;
}

int sizeOf(const QList<Planned> &planned)
{
    int total = 0;
    for (const Planned &one : planned)
        total += int(one.statements.size());
    return total;
}

bool queue(Cache &cache, const QList<Planned> &planned, int perTransaction)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool ok = true;
    int done = 0;
    int jobs = 0;
    for (const Planned &one : planned) {
        for (qsizetype from = 0; from < one.statements.size(); from += perTransaction) {
            const QList<FootprintStatement> part = one.statements.mid(from, perTransaction);
            const QString org = one.organisation;
            ++jobs;
            cache.write(
                [part, org, now](QSqlDatabase &db, QString *error) {
                    return FootprintOutboxStore::enqueue(db, org, part, now, error);
                },
                [&ok, &done](bool committed, const QString &) {
                    ok = ok && committed;
                    ++done;
                });
        }
    }
    return QTest::qWaitFor([&done, &jobs] { return done == jobs; }, 600000) && ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sourceOption(QStringLiteral("source"), QStringLiteral("The repository."),
                                          QStringLiteral("DIR"));
    const QCommandLineOption reportOption(QStringLiteral("report"), QStringLiteral("Write the figures here."),
                                          QStringLiteral("FILE"));
    parser.addOptions({sourceOption, reportOption});
    parser.process(application);
    if (parser.isSet(sourceOption))
        qputenv("SPODESK_SOURCE_DIR", parser.value(sourceOption).toLocal8Bit());
    QLoggingCategory::setFilterRules(QStringLiteral("spodesk.net*.info=false"));

    Report report;
    bool failed = false;
    report.say(QStringLiteral("== ЦС (U2035) outbox benchmark =="));
    const BasExtensionCatalogue catalogue = FootprintTest::catalogue();

    // 1. Build, validate, queue 100,000.
    {
        QElapsedTimer setup;
        setup.start();
        wholeCollegeOnBas();
        report.say(QStringLiteral(
                       "demo college (3,000 students, БАС in every group) generated in %1 ms (not counted)")
                       .arg(setup.elapsed()));
        const int count = 100000;
        int refusals = 0;
        int values = 0;
        Span build;
        const QList<Planned> statements = plan(count, catalogue, &refusals, &values);
        const double buildWall = build.wallSeconds();
        const double buildCpu = build.cpuSecondsSince();
        report.say(QStringLiteral("built and validated %1 statements (%2 student «Расширения БАС» values in "
                                  "a college, %3 refused): "
                                  "%4 s wall, %5 s CPU = %6 µs CPU per statement")
                       .arg(sizeOf(statements))
                       .arg(values)
                       .arg(refusals)
                       .arg(buildWall, 0, 'f', 2)
                       .arg(buildCpu, 0, 'f', 2)
                       .arg(buildCpu * 1e6 / double(sizeOf(statements)), 0, 'f', 1));

        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("college.sqlite")));
        if (!openWithOutbox(cache)) {
            report.say(QStringLiteral("FAIL: the cache did not open"));
            return 1;
        }
        Span queued;
        const bool ok = queue(cache, statements, 5000);
        const double queueWall = queued.wallSeconds();
        const double queueCpu = queued.cpuSecondsSince();
        const FootprintOutboxStore::Counts counts = FootprintTest::counts(cache);
        report.say(QStringLiteral("queued %1 statements in transactions of 5,000: %2 s wall, %3 s CPU = %4 "
                                  "µs CPU per statement")
                       .arg(counts.waiting)
                       .arg(queueWall, 0, 'f', 2)
                       .arg(queueCpu, 0, 'f', 2)
                       .arg(queueCpu * 1e6 / double(count), 0, 'f', 1));
        report.say(QStringLiteral("=> build + validate + queue: %1 µs wall, %2 µs CPU per statement")
                       .arg((buildWall + queueWall) * 1e6 / count, 0, 'f', 1)
                       .arg((buildCpu + queueCpu) * 1e6 / count, 0, 'f', 1));
        if (!ok || counts.waiting != count) {
            report.say(QStringLiteral("FAIL: %1 of %2 statements queued").arg(counts.waiting).arg(count));
            failed = true;
        }
    }

    // 2. Requests per 10,000 statements.
    const QList<Planned> tenThousand = [&catalogue] {
        int refusals = 0;
        int values = 0;
        return plan(10000, catalogue, &refusals, &values);
    }();
    for (int batch : {50, 100, 250}) {
        SandboxServer sandbox(CollegeData{});
        sandbox.start();
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("college.sqlite")));
        if (!openWithOutbox(cache) || !queue(cache, tenThousand, 5000)) {
            report.say(QStringLiteral("FAIL: the cache did not open"));
            return 1;
        }
        Client client(sandbox.xapiBaseUrl(), {sandbox.settings().xapiKey, sandbox.settings().xapiSecret});
        FootprintOutbox outbox(cache, client.lrs);
        outbox.setBatchSize(batch);
        Span span;
        const FootprintOutbox::Summary summary = drain(outbox);
        const int requests = sandbox.requestCount(SandboxService::Xapi);
        const int expected = (10000 + batch - 1) / batch;
        report.say(QStringLiteral(
                       "batch %1: %2 HTTP requests for %3 statements delivered (⌈10,000 / %1⌉ = %4); to the "
                       "in-process sandbox in %5 s")
                       .arg(batch)
                       .arg(requests)
                       .arg(summary.counts.delivered)
                       .arg(expected)
                       .arg(span.wallSeconds(), 0, 'f', 2));
        if (requests != expected || summary.counts.delivered != 10000) {
            report.say(QStringLiteral("FAIL: expected %1 requests and 10,000 delivered").arg(expected));
            failed = true;
        }
    }

    // 3. The real LRS on loopback.
    struct Delivery
    {
        QString name;
        QList<Planned> statements;
        Lrs::References references;
    };
    const QList<Delivery> deliveries{
        {QStringLiteral("the large demo college, LRS as README starts it"),
         {{organisation, demoCollegeStatements(DemoCollegeSize::Large)}},
         Lrs::References::Followed},
        {QStringLiteral("the same, LRS not following references"),
         {{organisation, demoCollegeStatements(DemoCollegeSize::Large)}},
         Lrs::References::NotFollowed},
        {QStringLiteral("10,000 of the volume test, LRS not following references"), tenThousand,
         Lrs::References::NotFollowed},
    };
    for (const Delivery &delivery : deliveries) {
        const QString &name = delivery.name;
        const QList<Planned> &statements = delivery.statements;
        Lrs lrs;
        QString error;
        if (!lrs.start(&error, delivery.references)) {
            report.say(QStringLiteral("SKIP real LRS: %1").arg(error));
            break;
        }
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("college.sqlite")));
        if (!openWithOutbox(cache) || !queue(cache, statements, 5000))
            return 1;
        Client client(lrs.xapiBase(), {QStringLiteral("test"), QStringLiteral("test")});
        FootprintOutbox outbox(cache, client.lrs);
        outbox.setBatchSize(50);
        Span span;
        const FootprintOutbox::Summary summary = drain(outbox, 1200000);
        const double wall = span.wallSeconds();
        const double cpu = span.cpuSecondsSince();
        report.say(
            QStringLiteral(
                "real LRS, %1: %2 statements in %3 requests, %4 s → %5 statements/s; our CPU %6 s = %7 % "
                "of the wall time")
                .arg(name)
                .arg(summary.counts.delivered)
                .arg(summary.requests)
                .arg(wall, 0, 'f', 2)
                .arg(double(summary.counts.delivered) / wall, 0, 'f', 0)
                .arg(cpu, 0, 'f', 2)
                .arg(100.0 * cpu / wall, 0, 'f', 1));
        if (summary.counts.delivered != sizeOf(statements)) {
            report.say(QStringLiteral("FAIL: %1 of %2 delivered")
                           .arg(summary.counts.delivered)
                           .arg(sizeOf(statements)));
            failed = true;
        }
    }

    if (!report.save(parser.value(reportOption)))
        std::fputs("bench_footprint: the report could not be written\n", stderr);
    return failed ? 1 : 0;
}
