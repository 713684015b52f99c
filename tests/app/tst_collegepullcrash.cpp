#include "collegepullkit.h"
#include "sandboxhost.h"
#include "sandboxserver.h"
#include "sync/syncstate.h"

#include "demo/democollegegenerator.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

// The first pull of the college from SGO (the sandbox, in this process on its own thread) run by a child
// process that is killed with SIGKILL at random moments, again and again, then run to the end: the cache is
// the one a pull that was never cut short leaves, table by table, and no table holds a row twice, because
// each page is applied in one transaction with the kind's place in sync_state.
class TestCollegePullCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedDuringTheFirstPullEndsAsACleanPull();
};

namespace {

constexpr int Kills = 12;
constexpr int PageSize = 40;

// The columns that say when, not what: a clean pull and a pull cut short finish at other moments.
QStringList timeColumns(const QString &table)
{
    if (table == QLatin1String("sync_state"))
        return {QStringLiteral("finished_at")};
    return {};
}

// Lines of the child's output that say a page was applied ("page <kind> <done>/<total> …").
class ChildOutput : public QObject
{
public:
    explicit ChildOutput(QProcess &process) : m_process(process)
    {
        connect(&process, &QProcess::readyReadStandardOutput, this, &ChildOutput::read);
    }
    void read()
    {
        m_text += m_process.readAllStandardOutput();
        pages = int(m_text.count("\npage ")) + (m_text.startsWith("page ") ? 1 : 0);
    }
    QString text() const { return QString::fromUtf8(m_text); }
    int pages = 0;

private:
    QProcess &m_process;
    QByteArray m_text;
};

} // namespace

void TestCollegePullCrash::killedDuringTheFirstPullEndsAsACleanPull()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CollegeData college = Demo::generateDemoCollege(DemoCollegeSize::Default);
    SandboxHost sandbox;
    QVERIFY2(sandbox.start(college), qPrintable(sandbox.errorString()));
    const DemoSandbox::Services services = sandbox.server()->demoServices();
    const QString account = CollegePullKit::adminLogin(college);
    QVERIFY(!account.isEmpty());

    const auto start = [&](QProcess &process, const QString &name) {
        // What the child says on stderr (warnings) goes to this test's log; its page lines come here.
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--pull-child"), dir.filePath(name + QStringLiteral(".sqlite")),
                       dir.filePath(name), services.sgoBase.toString(), account, services.sgoStaffPassword,
                       QString::number(services.sgoSchoolId), QString::number(PageSize)});
        return process.waitForStarted(10000);
    };
    const auto runToTheEnd = [&](const QString &name, int *pages) {
        QProcess process;
        ChildOutput output(process);
        if (!start(process, name))
            return QStringLiteral("did not start");
        if (!process.waitForFinished(300000))
            return QStringLiteral("did not finish");
        output.read();
        *pages = output.pages;
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0 ? QString()
                                                                                       : output.text();
    };

    // A pull never cut short.
    int cleanPages = 0;
    QString failure = runToTheEnd(QStringLiteral("clean"), &cleanPages);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QString clean = dir.filePath(QStringLiteral("clean.sqlite"));
    QCOMPARE(CollegePullKit::rowCount(clean, QStringLiteral("students")), qint64(college.students.size()));
    QCOMPARE(CollegePullKit::rowCount(clean, QStringLiteral("marks")), qint64(college.marks.size()));
    // Enough pages for every kill to land in the middle of the pull.
    QVERIFY2(cleanPages > 4 * Kills, qPrintable(QString::number(cleanPages)));

    const quint32 seed = qEnvironmentVariableIsSet("SPODESK_TEST_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SPODESK_TEST_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (SPODESK_TEST_SEED=%u repeats these kills); a clean pull is %d pages", seed, seed,
          cleanPages);
    QRandomGenerator random(seed);
    // Spread over the first half of the pull, so that the last run still has pages to do.
    const int mostPagesPerRun = qMax(2, cleanPages / (2 * Kills));
    QList<int> moments;
    for (int kill = 0; kill < Kills; ++kill) {
        QProcess process;
        ChildOutput output(process);
        QVERIFY(start(process, QStringLiteral("killed")));
        // After a random number of this run's pages and a few random milliseconds more, the kill lands
        // anywhere in the stream of pages: while one is on the wire, while it is parsed, while the store
        // writes it, between two.
        const int pages = int(random.bounded(1, mostPagesPerRun + 1));
        const int delayMs = int(random.bounded(0, 30));
        moments << pages;
        QVERIFY(QTest::qWaitFor(
            [&] { return output.pages >= pages || process.state() == QProcess::NotRunning; }, 120000));
        bool killedWhileRunning = false;
        QTimer::singleShot(delayMs, &process, [&] {
            killedWhileRunning = process.state() == QProcess::Running;
            process.kill(); // SIGKILL
        });
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 10000);
        QVERIFY2(
            killedWhileRunning,
            qPrintable(QStringLiteral("the pull finished before kill %1: ").arg(kill + 1) + output.text()));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    QString said;
    for (int pages : std::as_const(moments))
        said += QString::number(pages) + QLatin1Char(' ');
    qInfo("killed %d times, after these numbers of pages of each run: %s", Kills, qPrintable(said.trimmed()));

    int lastPages = 0;
    failure = runToTheEnd(QStringLiteral("killed"), &lastPages);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("the last run took %d pages", lastPages);

    const QString killed = dir.filePath(QStringLiteral("killed.sqlite"));
    const QStringList tables = CollegePullKit::tables(clean);
    QCOMPARE(CollegePullKit::tables(killed), tables);
    for (const QString &table : tables) {
        QCOMPARE(CollegePullKit::duplicateRows(killed, table), 0);
        const QStringList expected = CollegePullKit::dump(clean, table, timeColumns(table));
        const QStringList pulled = CollegePullKit::dump(killed, table, timeColumns(table));
        if (pulled == expected)
            continue;
        for (qsizetype i = 0; i < qMax(pulled.size(), expected.size()); ++i) {
            if (pulled.value(i) != expected.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 row %2 (of %3 / %4): killed «%5», clean «%6»")
                                     .arg(table)
                                     .arg(i)
                                     .arg(pulled.size())
                                     .arg(expected.size())
                                     .arg(pulled.value(i), expected.value(i))));
        }
    }
}

namespace {

// The child: `tst_collegepullcrash --pull-child CACHE DATA_DIR SGO_URL ACCOUNT PASSWORD SCHOOL PAGE_SIZE`
// pulls the college into CACHE, printing a line per applied page; exit 0 once every kind is in.
int pullChild(const QStringList &args)
{
    QLoggingCategory::setFilterRules(QStringLiteral("spodesk.*.info=false"));
    const QString cachePath = args.at(0);
    DemoSandbox::Services services;
    services.sgoBase = QUrl(args.at(2));
    services.sgoStaffPassword = args.at(4);
    services.sgoSchoolId = args.at(5).toLongLong();
    SyncState syncState;
    ServiceHub hub(args.at(1), syncState, ServiceHub::Options{false});
    if (!CollegePullKit::configureSgo(hub, services, args.at(3))) {
        std::fprintf(stderr, "the SGO password could not be stored\n");
        return 2;
    }
    Cache cache(cachePath);
    if (!StoreTest::openCache(cache).ok) {
        std::fprintf(stderr, "the cache did not open\n");
        return 2;
    }
    CollegePull pull(cache, hub.sgo());
    pull.setPageSize(args.at(6).toInt());
    const std::optional<CollegePull::Summary> summary =
        CollegePullKit::runPull(pull, 280000, [](const QString &kind, int done, int total, qint64 rows) {
            std::printf("page %s %d/%d rows %lld\n", qPrintable(kind), done, total, qlonglong(rows));
            std::fflush(stdout);
        });
    if (!summary) {
        std::fprintf(stderr, "the pull did not finish\n");
        return 1;
    }
    std::printf("finished %lld of %lld kinds, %d pages, %lld rows\n", qlonglong(summary->finished.size()),
                qlonglong(CollegePull::order().size()), summary->pages, qlonglong(summary->rows));
    for (auto it = summary->failed.cbegin(); it != summary->failed.cend(); ++it)
        std::printf("failed %s: %s\n", qPrintable(it.key()), qPrintable(it.value()));
    std::fflush(stdout);
    return summary->failed.isEmpty() && !summary->cancelled &&
                   summary->finished.size() == CollegePull::order().size()
               ? 0
               : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 9 && arguments.at(1) == QLatin1String("--pull-child"))
        return pullChild(arguments.mid(2));
    TestCollegePullCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_collegepullcrash.moc"
