#pragma once

// What the ЦС tests against real peers share: a network-layer client with its keys in memory, the demo
// college's statements, queuing them and draining the outbox.

#include "footprintpeers.h"
#include "footprinttesthelpers.h"

#include "demo/democollegegenerator.h"
#include "demo/demofootprint.h"
#include "demo/demolms.h"
#include "demo/demorandom.h"
#include "footprint/footprintplanner.h"
#include "footprint/footprintstatementid.h"
#include "net/connectivitymonitor.h"
#include "net/credentialstore.h"
#include "net/lrsclient.h"
#include "net/netcontext.h"
#include "net/networkaccess.h"
#include "net/objectstorageclient.h"
#include "net/servicesettings.h"
#include "sync/footprintoutbox.h"

#include <QSet>
#include <QSignalSpy>

namespace FootprintPeers {

using namespace FootprintTest;

inline const QString organisation = QStringLiteral("ГБПОУ «Демо-колледж»");

// What a client of the network layer needs, with the keys in memory and the timeouts the test wants.
struct Client
{
    NetworkAccess access;
    ConnectivityMonitor connectivity{false};
    NetContext context;
    CredentialStore credentials;
    QTemporaryDir dir;
    ServiceSettings settings;
    LrsClient lrs;
    ObjectStorageClient storage;

    Client(const QUrl &lrsUrl, const QPair<QString, QString> &lrsKeys,
           std::chrono::milliseconds timeout = std::chrono::milliseconds(30000))
        : context{&access, &connectivity, RetryPolicy(), timeout},
          settings(dir.filePath(QStringLiteral("services.ini"))), lrs(context, credentials, settings),
          storage(context, credentials, settings)
    {
        context.retry.maxAttempts = 2;
        context.retry.timeScale = 0.001;
        ServiceSettings::U2035 u2035 = settings.u2035();
        u2035.lrsUrl = lrsUrl;
        settings.setU2035(u2035);
        credentials.setSessionOnly(true);
        store(CredentialStore::lrsKeyKey(), lrsKeys.first);
        store(CredentialStore::lrsSecretKey(), lrsKeys.second);
    }
    void store(const QString &key, const QString &secret)
    {
        bool done = false;
        credentials.write(key, secret, &settings, [&done](const CredentialStore::Error &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 10000))
            qWarning("the secret was not stored");
    }
    void useStorage(const FootprintPeers::S3 &s3)
    {
        ServiceSettings::U2035 u2035 = settings.u2035();
        u2035.storageUrl = s3.endpoint();
        u2035.bucket = FootprintPeers::S3::bucket();
        settings.setU2035(u2035);
        store(CredentialStore::s3AccessKeyKey(), FootprintPeers::S3::accessKey());
        store(CredentialStore::s3SecretKeyKey(), FootprintPeers::S3::secretKey());
    }
};

// The large demo college (3,000 students) with its two БАС programs taken by every group, not only by the
// four БАС groups, so that its LMS record says more than 10,000 things. Made once per run.
inline const CollegeData &wholeCollegeOnBas()
{
    static const CollegeData college = [] {
        CollegeData data = Demo::generateDemoCollege(DemoCollegeSize::Large);
        data.organisation.name = organisation;
        data.programs.clear();
        data.blocks.clear();
        data.activities.clear();
        QList<QList<qint64>> takers(2);
        for (const Group &group : std::as_const(data.groups))
            takers[group.id % 2] << group.id;
        DemoRandom rng(20250901);
        DemoLms::fill(data, takers, rng);
        return data;
    }();
    return college;
}

// The statements of that college in the order they are planned (each program's structure before its facts).
inline QList<FootprintStatement> demoStatements(int count)
{
    const CollegeData &college = wholeCollegeOnBas();
    const BasExtensionCatalogue catalogue = FootprintTest::catalogue();
    const QList<FootprintProgress> progress = DemoFootprint::progress(college);
    const QHash<qint64, QJsonObject> values = DemoFootprint::activityExtensions(college);
    QList<FootprintStatement> result;
    for (const Program &program : college.programs) {
        FootprintPlanner planner(DemoFootprint::setup(college, program), program, college.blocks,
                                 college.activities, catalogue);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            planner.setActivityExtensions(it.key(), it.value());
        result += planner.plan(college.students, progress).statements;
        if (result.size() >= count)
            break;
    }
    return result.mid(0, count);
}

inline bool enqueue(Cache &cache, const QList<FootprintStatement> &statements)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return write(cache, [statements, now](QSqlDatabase &db, QString *error) {
        return FootprintOutboxStore::enqueue(db, organisation, statements, now, error);
    });
}

inline FootprintOutbox::Summary drain(FootprintOutbox &outbox, int timeoutMs = 600000)
{
    QSignalSpy drained(&outbox, &FootprintOutbox::drained);
    outbox.drain();
    if (!drained.wait(timeoutMs))
        return {};
    return drained.first().first().value<FootprintOutbox::Summary>();
}

inline QString idOf(const QString &key, int revision = 0)
{
    return Footprint::footprintStatementId(organisation, key, revision).toString(QUuid::WithoutBraces);
}

inline QSet<QString> distinct(const QStringList &ids)
{
    return QSet<QString>(ids.cbegin(), ids.cend());
}

// The demo college as --demo makes it (large: 3,000 students, its two БАС programs taken by four groups).
inline QList<FootprintStatement> demoCollegeStatements(DemoCollegeSize size)
{
    CollegeData college = Demo::generateDemoCollege(size);
    college.organisation.name = organisation;
    const BasExtensionCatalogue catalogue = FootprintTest::catalogue();
    const QList<FootprintProgress> progress = DemoFootprint::progress(college);
    const QHash<qint64, QJsonObject> values = DemoFootprint::activityExtensions(college);
    QList<FootprintStatement> result;
    for (const Program &program : std::as_const(college.programs)) {
        FootprintPlanner planner(DemoFootprint::setup(college, program), program, college.blocks,
                                 college.activities, catalogue);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            planner.setActivityExtensions(it.key(), it.value());
        result += planner.plan(college.students, progress).statements;
    }
    return result;
}

} // namespace FootprintPeers
