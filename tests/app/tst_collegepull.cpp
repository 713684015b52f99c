#include "collegepullkit.h"
#include "demoservices.h"
#include "sandboxfaults.h"
#include "sandboxids.h"
#include "sandboxserver.h"
#include "servicehub.h"
#include "storetesthelpers.h"
#include "store/cache.h"
#include "sync/collegepull.h"
#include "sync/syncstate.h"

#include "demo/democollegegenerator.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using SandboxIds::PersonKind;
using SandboxIds::sgoUserId;

namespace {

// Every table CollegeWriter writes, each with its key: the kinds of webapi/sync fill all of them.
//
// Every column of these tables travels with the sync calls, with two differences that are not columns:
// - people are numbered as SGO numbers them (SGO user ids, SandboxIds), so the reference college is
//   renumbered the same way before CollegeWriter writes it (sgoNumbered());
// - the organisation's row is id 1 in the cache whatever SGO's id is (the cache holds one organisation).
const std::pair<const char *, const char *> Tables[] = {
    {"organisation", "id"},
    {"staff", "id"},
    {"groups", "id"},
    {"subjects", "id"},
    {"students", "id"},
    {"enrolment_orders", "id"},
    {"parents", "id"},
    {"parent_links", "student_id, parent_id"},
    {"teaching_assignments", "id"},
    {"lessons", "id"},
    {"marks", "lesson_id, student_id"},
    {"programs", "id"},
    {"program_blocks", "id"},
    {"activities", "id"},
};

// A reply of the sandbox's control calls.
struct ControlReply
{
    int status = 0;
    QJsonObject json;
};

} // namespace

// The first pull of the college from SGO (the sandbox) fills the cache exactly as the demo generator's writer
// does; later pulls bring only what changed; a pull cut short goes on where it stopped; faults stop a kind
// with words and keep what was there.
class TestCollegePull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstPullEqualsTheGeneratorsCache();
    void aPullWithNothingChangedAsksOncePerKindAndWritesNothing();
    void aChangedMarkAndADeletedLessonArriveAsADelta();
    void aPullCutShortGoesOnWhereItStopped();
    void faultsStopAKindWithWordsAndKeepWhatWasThere_data();
    void faultsStopAKindWithWordsAndKeepWhatWasThere();
    void aStudentInAnUnknownGroupIsRefused();
    void aBlockOfAnUnknownProgramIsRefused();
    void aChangeMadeThroughTheControlCallsArrivesWithTheNextPull_data();
    void aChangeMadeThroughTheControlCallsArrivesWithTheNextPull();

private:
    // Pretends the cache holds every row of `kind` (a pull of it finished at the sandbox's first token).
    void markPulled(Cache &cache, const char *kind);
    // A control call (app/sandbox/sgocontrol.h) over HTTP, as someone trying the app by hand makes it.
    ControlReply control(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    std::unique_ptr<Cache> openCache(const QString &name);
    CollegePull::Summary pull(Cache &cache, int pageSize, int cancelAfterPages = 0,
                              QStringList *failures = nullptr);
    QString referenceCache(const CollegeData &college);
    void compareWithReference(const QString &path, const CollegeData &college);

    CollegeData m_college;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SyncState> m_sync;
    std::unique_ptr<ServiceHub> m_hub;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::vector<std::unique_ptr<Cache>> m_caches;
};

void TestCollegePull::initTestCase()
{
    m_college = Demo::generateDemoCollege(DemoCollegeSize::Default);
}

void TestCollegePull::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sync = std::make_unique<SyncState>();
    m_hub = std::make_unique<ServiceHub>(m_dir->path(), *m_sync, ServiceHub::Options{false});
    m_hub->context().retry.timeScale = 0.001;
    m_hub->context().timeout = std::chrono::milliseconds(5000);
    m_hub->credentials().setSessionOnly(true);
    m_sandbox = std::make_unique<SandboxServer>(m_college);
    QVERIFY(m_sandbox->start());
    QString admin;
    for (const StaffMember &member : std::as_const(m_college.staff)) {
        if (member.roles.testFlag(Role::Admin) && !member.login.isEmpty()) {
            admin = member.login;
            break;
        }
    }
    QVERIFY(!admin.isEmpty());
    bool written = false;
    m_hub->configureDemo(DemoServices::demoSetup(m_sandbox->demoServices(), admin), this,
                         [&written](const CredentialStore::Error &error) {
                             QVERIFY(!error);
                             written = true;
                         });
    QTRY_VERIFY(written);
}

void TestCollegePull::cleanup()
{
    m_hub.reset();
    m_sandbox.reset();
    m_caches.clear();
    m_sync.reset();
    m_dir.reset();
}

std::unique_ptr<Cache> TestCollegePull::openCache(const QString &name)
{
    auto cache = std::make_unique<Cache>(m_dir->filePath(name));
    const Cache::OpenResult result = StoreTest::openCache(*cache);
    if (!result.ok)
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(result.error));
    return cache;
}

CollegePull::Summary TestCollegePull::pull(Cache &cache, int pageSize, int cancelAfterPages,
                                           QStringList *failures)
{
    CollegePull pull(cache, m_hub->sgo());
    pull.setPageSize(pageSize);
    std::optional<CollegePull::Summary> summary;
    int pages = 0;
    // Cancels at the first page from cancelAfterPages on that is not a kind's last: a pull cut mid-kind.
    connect(&pull, &CollegePull::progress, this, [&](const QString &, int done, int total, qint64) {
        if (++pages >= cancelAfterPages && cancelAfterPages > 0 && done < total)
            pull.cancel();
    });
    connect(&pull, &CollegePull::kindFailed, this, [failures](const QString &kind, const QString &message) {
        if (failures)
            *failures << kind + QStringLiteral(": ") + message;
    });
    connect(&pull, &CollegePull::finished, this,
            [&summary](const CollegePull::Summary &result) { summary = result; });
    pull.start();
    if (!QTest::qWaitFor([&summary] { return summary.has_value(); }, 120000)) {
        qWarning("the pull did not finish");
        return {};
    }
    return *summary;
}

QString TestCollegePull::referenceCache(const CollegeData &college)
{
    const QString name = QStringLiteral("reference-%1.sqlite").arg(m_caches.size());
    m_caches.push_back(openCache(name));
    Cache &cache = *m_caches.back();
    QSignalSpy written(&cache, &Cache::collegeWritten);
    cache.writeCollege(CollegePullKit::sgoNumbered(college));
    if (!written.wait(60000) || !written.first().first().toBool())
        qWarning("the reference college was not written");
    return cache.filePath();
}

void TestCollegePull::compareWithReference(const QString &path, const CollegeData &college)
{
    const QString reference = referenceCache(college);
    for (const auto &[table, key] : Tables) {
        const QStringList pulled = CollegePullKit::dump(path, QLatin1String(table));
        const QStringList expected = CollegePullKit::dump(reference, QLatin1String(table));
        QVERIFY2(!expected.isEmpty(), table);
        if (pulled != expected) {
            for (qsizetype i = 0; i < qMax(pulled.size(), expected.size()); ++i) {
                if (pulled.value(i) != expected.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1 row %2 (of %3 / %4): pulled «%5», expected «%6»")
                                         .arg(QLatin1String(table))
                                         .arg(i)
                                         .arg(pulled.size())
                                         .arg(expected.size())
                                         .arg(pulled.value(i), expected.value(i))));
            }
        }
    }
}

void TestCollegePull::firstPullEqualsTheGeneratorsCache()
{
    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    QStringList failures;
    const CollegePull::Summary summary = pull(*cache, 2000, 0, &failures);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(summary.finished.size(), CollegePull::order().size());
    QVERIFY(!summary.cancelled);
    compareWithReference(cache->filePath(), m_college);

    StoreTest::Connection connection(cache->filePath());
    QCOMPARE(connection
                 .value(QStringLiteral("SELECT count(*) FROM sync_state WHERE until IS NULL"
                                       " AND next_page = 1 AND finished_at IS NOT NULL"
                                       " AND since <> '' AND last_error IS NULL"))
                 .toInt(),
             CollegePull::order().size());
}

void TestCollegePull::aPullWithNothingChangedAsksOncePerKindAndWritesNothing()
{
    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    QVERIFY(pull(*cache, 2000).failed.isEmpty());

    StoreTest::Connection connection(cache->filePath());
    const QVariant before = connection.value(QStringLiteral("PRAGMA data_version"));
    const int requests = m_sandbox->requestCount(SandboxService::Sgo);
    const CollegePull::Summary again = pull(*cache, 2000);
    QVERIFY(again.failed.isEmpty());
    QCOMPARE(again.finished.size(), CollegePull::order().size());
    QCOMPARE(m_sandbox->requestCount(SandboxService::Sgo) - requests, int(CollegePull::order().size()));
    QCOMPARE(again.pages, int(CollegePull::order().size()));
    QCOMPARE(again.rows, 0);
    // data_version moves when another connection has committed to the file.
    QCOMPARE(connection.value(QStringLiteral("PRAGMA data_version")), before);
}

void TestCollegePull::aChangedMarkAndADeletedLessonArriveAsADelta()
{
    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    QVERIFY(pull(*cache, 2000).failed.isEmpty());

    // A lesson with marks goes; another lesson gets a mark for a student who had none there.
    CollegeData changed = m_college;
    QVERIFY(!changed.marks.isEmpty());
    const qint64 gone = changed.marks.first().lessonId;
    qsizetype goneMarks = 0;
    for (const Mark &mark : std::as_const(changed.marks))
        goneMarks += mark.lessonId == gone ? 1 : 0;
    const Mark &other = changed.marks.last();
    QVERIFY(other.lessonId != gone);
    qint64 student = 0;
    for (const Student &candidate : std::as_const(changed.students)) {
        bool hasMark = false;
        for (const Mark &mark : std::as_const(changed.marks))
            hasMark = hasMark || (mark.lessonId == other.lessonId && mark.studentId == candidate.id);
        if (!hasMark) {
            student = candidate.id;
            break;
        }
    }
    QVERIFY(student > 0);
    const qint64 lesson = other.lessonId;
    QVERIFY(m_sandbox->setSgoMark(lesson, sgoUserId(PersonKind::Student, student), 4, false));
    QVERIFY(m_sandbox->deleteSgoLesson(gone));

    changed.lessons.removeIf([gone](const Lesson &l) { return l.id == gone; });
    changed.marks.removeIf([gone](const Mark &m) { return m.lessonId == gone; });
    Mark added;
    added.lessonId = lesson;
    added.studentId = student;
    added.value = 4;
    changed.marks.append(added);
    std::sort(changed.marks.begin(), changed.marks.end(), [](const Mark &a, const Mark &b) {
        return std::pair(a.lessonId, a.studentId) < std::pair(b.lessonId, b.studentId);
    });

    const int requests = m_sandbox->requestCount(SandboxService::Sgo);
    const CollegePull::Summary delta = pull(*cache, 2000);
    QVERIFY(delta.failed.isEmpty());
    QCOMPARE(m_sandbox->requestCount(SandboxService::Sgo) - requests, int(CollegePull::order().size()));
    // The mark, the lesson's deletion and its marks' deletions.
    QCOMPARE(delta.rows, 1 + 1 + goneMarks);
    compareWithReference(cache->filePath(), changed);
}

void TestCollegePull::aPullCutShortGoesOnWhereItStopped()
{
    constexpr int PageSize = 300;
    // A clean pull, for the number of pages and rows.
    auto clean = openCache(QStringLiteral("clean.sqlite"));
    const CollegePull::Summary whole = pull(*clean, PageSize);
    QVERIFY(whole.failed.isEmpty());
    QVERIFY2(whole.pages > 20, qPrintable(QString::number(whole.pages)));

    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    StoreTest::Connection connection(cache->filePath());
    const auto finishedKinds = [&connection] {
        return connection
            .value(QStringLiteral("SELECT count(*) FROM sync_state WHERE finished_at IS NOT NULL"))
            .toInt();
    };
    qint64 rows = 0;
    int pages = 0;
    // Every pull after the first asks once more for each kind already finished (nothing changed there).
    int askedAgain = 0;
    for (const int cutAfter : {3, 12}) {
        askedAgain += finishedKinds();
        const CollegePull::Summary cut = pull(*cache, PageSize, cutAfter);
        QVERIFY(cut.cancelled);
        QVERIFY(cut.failed.isEmpty());
        rows += cut.rows;
        pages += cut.pages;
        // The kind under way keeps the page it goes on at and the token its pages share.
        QCOMPARE(connection
                     .value(QStringLiteral("SELECT count(*) FROM sync_state WHERE next_page > 1"
                                           " AND until IS NOT NULL AND finished_at IS NULL"))
                     .toInt(),
                 1);
    }

    askedAgain += finishedKinds();
    const CollegePull::Summary rest = pull(*cache, PageSize);
    QVERIFY(rest.failed.isEmpty());
    QVERIFY(!rest.cancelled);
    rows += rest.rows;
    pages += rest.pages;
    // No page twice: the three pulls fetched the clean pull's pages and rows, plus one small request per
    // finished kind per later pull.
    QCOMPARE(rows, whole.rows);
    QCOMPARE(pages, whole.pages + askedAgain);
    compareWithReference(cache->filePath(), m_college);
}

void TestCollegePull::faultsStopAKindWithWordsAndKeepWhatWasThere_data()
{
    QTest::addColumn<QString>("faults");
    QTest::newRow("malformed") << QStringLiteral("malformed=100,services=sgo");
    QTest::newRow("connection cut") << QStringLiteral("close,services=sgo");
    QTest::newRow("503s") << QStringLiteral("failnext=100000,services=sgo");
}

void TestCollegePull::faultsStopAKindWithWordsAndKeepWhatWasThere()
{
    QFETCH(QString, faults);
    SandboxFaults on;
    QString error;
    QVERIFY2(SandboxFaults::parse(faults, &on, &error), qPrintable(error));

    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    CollegePull puller(*cache, m_hub->sgo());
    puller.setPageSize(300);
    int pages = 0;
    QStringList failures;
    std::optional<CollegePull::Summary> summary;
    QString underWay;
    connect(&puller, &CollegePull::progress, this, [&](const QString &kind, int done, int total, qint64) {
        // Faults from a page in the middle of a kind on: some kinds are in, one is under way. The two pages
        // after this one may be on their way already (parsed and fetched while this one was written): the
        // faults meet the one after them, so the kind must have three more.
        if (++pages >= 5 && done + 2 < total && underWay.isEmpty()) {
            underWay = kind;
            m_sandbox->setFaults(on);
        }
    });
    connect(&puller, &CollegePull::kindFailed, this,
            [&failures](const QString &kind, const QString &message) {
                failures << kind + QStringLiteral(": ") + message;
            });
    connect(&puller, &CollegePull::finished, this,
            [&summary](const CollegePull::Summary &result) { summary = result; });
    puller.start();
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 120000);
    m_sandbox->setFaults(SandboxFaults{});

    QVERIFY(!summary->failed.isEmpty());
    QCOMPARE(failures.size(), summary->failed.size());
    for (const QString &message : std::as_const(summary->failed))
        QVERIFY2(message.size() > 10, qPrintable(message));
    qInfo("%s", qPrintable(failures.first()));
    // What came before the faults stays.
    StoreTest::Connection connection(cache->filePath());
    QVERIFY(connection.value(QStringLiteral("SELECT count(*) FROM staff")).toInt() > 0);
    QVERIFY(!underWay.isEmpty());
    QVERIFY(summary->failed.contains(underWay));
    QVERIFY(connection.value(QStringLiteral("SELECT count(*) FROM sync_state WHERE last_error IS NOT NULL"))
                .toInt() > 0);
    // The kind under way keeps its place and the rows of its pages that came in.
    QVERIFY(
        connection
            .value(QStringLiteral("SELECT next_page FROM sync_state WHERE kind = '%1' AND until IS NOT NULL"
                                  " AND last_error IS NOT NULL")
                       .arg(underWay))
            .toInt() > 1);

    const CollegePull::Summary again = pull(*cache, 300);
    QVERIFY2(again.failed.isEmpty(), qPrintable(again.failed.values().join(QLatin1Char('\n'))));
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM sync_state WHERE last_error IS NOT NULL"))
                 .toInt(),
             0);
    compareWithReference(cache->filePath(), m_college);
}

void TestCollegePull::markPulled(Cache &cache, const char *kind)
{
    bool done = false;
    cache.write(
        [kind](QSqlDatabase &db, QString *) {
            QSqlQuery query(db);
            query.prepare(
                QStringLiteral("INSERT INTO sync_state (kind, since, next_page) VALUES (?, '1', 1)"));
            query.addBindValue(QLatin1String(kind));
            return query.exec();
        },
        [&done](bool ok, const QString &error) {
            QVERIFY2(ok, qPrintable(error));
            done = true;
        });
    QTRY_VERIFY(done);
}

ControlReply TestCollegePull::control(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = m_sandbox->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(
        request, verb, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

void TestCollegePull::aStudentInAnUnknownGroupIsRefused()
{
    // The cache believes it has every group (a finished pull at the sandbox's first token) and has none.
    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    markPulled(*cache, "groups");

    QStringList failures;
    const CollegePull::Summary summary = pull(*cache, 2000, 0, &failures);
    QVERIFY(summary.failed.contains(QStringLiteral("students")));
    QVERIFY2(summary.failed.value(QStringLiteral("students")).contains(QLatin1String("group")),
             qPrintable(summary.failed.value(QStringLiteral("students"))));
    // The kinds that need the students wait for them; the others are in.
    for (const char *kind : {"orders", "parentLinks", "marks"})
        QVERIFY2(summary.failed.contains(QLatin1String(kind)), kind);
    for (const char *kind : {"organisation", "staff", "subjects", "parents"})
        QVERIFY2(summary.finished.contains(QLatin1String(kind)), kind);
    StoreTest::Connection connection(cache->filePath());
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM students")).toInt(), 0);
    QVERIFY(connection.value(QStringLiteral("SELECT last_error FROM sync_state WHERE kind = 'students'"))
                .toString()
                .contains(QLatin1String("group")));
}

void TestCollegePull::aBlockOfAnUnknownProgramIsRefused()
{
    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    markPulled(*cache, "programs");

    const CollegePull::Summary summary = pull(*cache, 2000);
    const QString blocks = summary.failed.value(QStringLiteral("programBlocks"));
    QVERIFY2(blocks.contains(QLatin1String("program")), qPrintable(blocks));
    QVERIFY(summary.failed.contains(QStringLiteral("activities")));
    for (const char *kind : {"groups", "students", "lessons", "marks"})
        QVERIFY2(summary.finished.contains(QLatin1String(kind)), kind);
    StoreTest::Connection connection(cache->filePath());
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM program_blocks")).toInt(), 0);
    QCOMPARE(connection.value(QStringLiteral("SELECT count(*) FROM activities")).toInt(), 0);
}

void TestCollegePull::aChangeMadeThroughTheControlCallsArrivesWithTheNextPull_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("another teacher's mark") << QStringLiteral("mark");
    QTest::newRow("an enrolment order") << QStringLiteral("enrolment");
    QTest::newRow("a withdrawal order") << QStringLiteral("withdrawal");
    QTest::newRow("a deleted lesson") << QStringLiteral("lesson");
}

// Issue 14: «Another teacher's mark, an enrolment order, a withdrawal and a deleted lesson made in the
// sandbox appear in the running app without a restart» — each arrives with the next pull, and nothing else
// does.
void TestCollegePull::aChangeMadeThroughTheControlCallsArrivesWithTheNextPull()
{
    QFETCH(QString, change);
    auto cache = openCache(QStringLiteral("pulled.sqlite"));
    QVERIFY(pull(*cache, 2000).failed.isEmpty());
    const int requests = m_sandbox->requestCount(SandboxService::Sgo);

    CollegeData changed = m_college;
    qint64 rows = 0;
    const QDate today = QDate::currentDate();
    if (change == QLatin1String("mark")) {
        // A cell that had no mark: the first student of the group without one on the last marked lesson.
        const qint64 lesson = changed.marks.last().lessonId;
        qint64 student = 0;
        for (const Student &candidate : std::as_const(changed.students)) {
            if (std::none_of(changed.marks.cbegin(), changed.marks.cend(), [&](const Mark &m) {
                    return m.lessonId == lesson && m.studentId == candidate.id;
                })) {
                student = candidate.id;
                break;
            }
        }
        QVERIFY(student > 0);
        const ControlReply reply =
            control("POST", QStringLiteral("/sandbox/sgo/marks"),
                    {{QStringLiteral("lessonId"), lesson},
                     {QStringLiteral("studentId"), sgoUserId(PersonKind::Student, student)},
                     {QStringLiteral("value"), 3}});
        QCOMPARE(reply.status, 204);
        changed.marks.append(Mark{lesson, student, 3, false});
        rows = 1;
    } else if (change == QLatin1String("enrolment")) {
        const Group &group = changed.groups.last();
        const ControlReply reply =
            control("POST", QStringLiteral("/sandbox/sgo/orders"),
                    {{QStringLiteral("kind"), QStringLiteral("enrolment")},
                     {QStringLiteral("groupId"), group.id},
                     {QStringLiteral("date"), today.toString(Qt::ISODate)},
                     {QStringLiteral("number"), QStringLiteral("214-к")},
                     {QStringLiteral("student"),
                      QJsonObject{{QStringLiteral("lastName"), QStringLiteral("Новикова")},
                                  {QStringLiteral("firstName"), QStringLiteral("Ольга")},
                                  {QStringLiteral("middleName"), QStringLiteral("Петровна")},
                                  {QStringLiteral("birthDate"), QStringLiteral("2009-03-04")},
                                  {QStringLiteral("login"), QStringLiteral("novikova.o.2026")}}}});
        QCOMPARE(reply.status, 201);
        Student student;
        student.id = reply.json.value(QStringLiteral("studentId")).toInteger() - SandboxIds::sgoStudentBase;
        QVERIFY(student.id > 0);
        student.name = {QStringLiteral("Новикова"), QStringLiteral("Ольга"), QStringLiteral("Петровна")};
        student.groupId = group.id;
        student.birthDate = QDate(2009, 3, 4);
        student.login = QStringLiteral("novikova.o.2026");
        changed.students.append(student);
        changed.orders.append(EnrolmentOrder{reply.json.value(QStringLiteral("orderId")).toInteger(),
                                             student.id, group.id, EnrolmentOrder::Kind::Enrolment, today,
                                             QStringLiteral("214-к"), 0});
        rows = 2;
    } else if (change == QLatin1String("withdrawal")) {
        const Student &student = changed.students.first();
        const ControlReply reply =
            control("POST", QStringLiteral("/sandbox/sgo/orders"),
                    {{QStringLiteral("kind"), QStringLiteral("withdrawal")},
                     {QStringLiteral("studentId"), sgoUserId(PersonKind::Student, student.id)},
                     {QStringLiteral("date"), today.toString(Qt::ISODate)},
                     {QStringLiteral("number"), QStringLiteral("215-в")}});
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QStringLiteral("studentId")).toInteger(),
                 sgoUserId(PersonKind::Student, student.id));
        changed.orders.append(EnrolmentOrder{reply.json.value(QStringLiteral("orderId")).toInteger(),
                                             student.id, student.groupId, EnrolmentOrder::Kind::Withdrawal,
                                             today, QStringLiteral("215-в"), 0});
        rows = 1;
    } else {
        const qint64 gone = changed.marks.first().lessonId;
        QCOMPARE(control("DELETE", QStringLiteral("/sandbox/sgo/lessons/%1").arg(gone)).status, 204);
        changed.lessons.removeIf([gone](const Lesson &l) { return l.id == gone; });
        rows = 1 + changed.marks.removeIf([gone](const Mark &m) { return m.lessonId == gone; });
    }

    const CollegePull::Summary delta = pull(*cache, 2000);
    QVERIFY(delta.failed.isEmpty());
    // The control call is not an SGO request; the pull asks once per kind.
    QCOMPARE(m_sandbox->requestCount(SandboxService::Sgo) - requests, int(CollegePull::order().size()));
    QCOMPARE(delta.rows, rows);
    compareWithReference(cache->filePath(), changed);
}

QTEST_GUILESS_MAIN(TestCollegePull)
#include "tst_collegepull.moc"
