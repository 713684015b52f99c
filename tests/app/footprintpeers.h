#pragma once

// The real peers of the ЦС tests (../shared/u2035/README.md): Learning Locker's xapi-statements as U2035's
// LRS and s3rver as the object storage, both from tests/peers (npm), started on free loopback ports in
// temporary folders and stopped with the test. They are test peers only: never linked, never shipped.

#include "testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace FootprintPeers {

inline QString peersDir()
{
    return TestPaths::sourceDir() + QStringLiteral("/tests/peers");
}

// node and tests/peers/node_modules; installed from the lock file with npm if missing.
inline bool ensureInstalled(QString *error)
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        *error = QStringLiteral("node is not installed (Debian package nodejs)");
        return false;
    }
    const QString lrs = peersDir() + QStringLiteral("/node_modules/xapi-statements/dist/index.js");
    const QString s3 = peersDir() + QStringLiteral("/node_modules/s3rver/bin/s3rver.js");
    if (QFile::exists(lrs) && QFile::exists(s3))
        return true;
    QProcess npm;
    npm.setWorkingDirectory(peersDir());
    npm.setProcessChannelMode(QProcess::MergedChannels);
    npm.start(QStringLiteral("npm"),
              {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
    if (!npm.waitForFinished(600000) || npm.exitCode() != 0) {
        *error = QStringLiteral("npm ci in tests/peers failed: ") +
                 QString::fromLocal8Bit(npm.readAll().right(2000));
        return false;
    }
    return QFile::exists(lrs) && QFile::exists(s3);
}

// A peer goes with the test even when the test dies without running its destructors (a crash, a timeout).
inline void dieWithTheTest(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#else
    Q_UNUSED(process)
#endif
}

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline bool waitForPort(quint16 port, int timeoutMs)
{
    return QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        },
        timeoutMs);
}

// One GET, waited for in a local loop.
inline QByteArray get(QNetworkAccessManager &network, const QUrl &url, const QByteArray &authorization,
                      int *status)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("X-Experience-API-Version", "1.0.3");
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

class Lrs
{
public:
    // The in-memory store of xapi-statements keeps, for every StatementRef, the statements that point to each
    // stored one, re-scanning all it holds for every such statement: O(n²), minutes for 10,000 facts. Without
    // it (SERVICE_UPDATE_REFS=false) the LRS still validates, stores, answers 409 and serves GET the same
    // way; only its query expansion through references is off. The volume tests use that; the rest run it as
    // ../shared/u2035/README.md starts it.
    enum class References { Followed, NotFollowed };

    ~Lrs() { stop(); }

    bool start(QString *error, References references = References::Followed)
    {
        if (!ensureInstalled(error))
            return false;
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EXPRESS_PORT"), QString::number(m_port));
        env.insert(QStringLiteral("AUTH_REPO"), QStringLiteral("test"));
        env.insert(QStringLiteral("EVENTS_REPO"), QStringLiteral("test"));
        env.insert(QStringLiteral("MODELS_REPO"), QStringLiteral("memory"));
        env.insert(QStringLiteral("STORAGE_REPO"), QStringLiteral("local"));
        env.insert(QStringLiteral("FS_LOCAL_STORAGE_DIR"), m_dir.path());
        env.insert(QStringLiteral("EXPRESS_MORGAN_DIRECTORY"), m_dir.path());
        if (references == References::NotFollowed)
            env.insert(QStringLiteral("SERVICE_UPDATE_REFS"), QStringLiteral("false"));
        m_process.setProcessEnvironment(env);
        dieWithTheTest(m_process);
        m_process.setWorkingDirectory(peersDir());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("node"),
                        {QStringLiteral("node_modules/xapi-statements/dist/index.js")});
        const bool listening = QTest::qWaitFor(
            [this] {
                m_output += m_process.readAll();
                return m_output.contains("Listening on port") || m_process.state() == QProcess::NotRunning;
            },
            60000);
        if (!listening || m_process.state() != QProcess::Running || !waitForPort(m_port, 10000)) {
            *error = QStringLiteral("xapi-statements did not start: ") +
                     QString::fromLocal8Bit(m_output.right(2000));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    QUrl xapiBase() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/xAPI").arg(m_port)); }
    quint16 port() const { return m_port; }

    // Every statement id the LRS holds (duplicates kept, to be counted), in one page. Its "more" link is not
    // followed on purpose: the in-memory store pages by a cursor that compares its version-1 UUIDs as
    // strings, whose leading field is the low 32 bits of the clock and wraps every 7 min 9.5 s, so pages read
    // across a wrap lose or repeat statements (a test that happened to deliver over a wrap failed in CI).
    QStringList allIds(QString *error) const
    {
        QNetworkAccessManager network;
        const QUrl url(xapiBase().toString() + QStringLiteral("/statements?limit=%1").arg(MaxStatements));
        int status = 0;
        const QByteArray body = get(network, url, "Basic " + QByteArray("test:test").toBase64(), &status);
        if (status != 200) {
            *error = QStringLiteral("GET %1 → %2 %3")
                         .arg(url.toString())
                         .arg(status)
                         .arg(QString::fromUtf8(body.left(300)));
            return {};
        }
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        if (!page.value(QStringLiteral("more")).toString().isEmpty()) {
            *error = QStringLiteral("the LRS holds more than %1 statements").arg(MaxStatements);
            return {};
        }
        QStringList ids;
        for (const QJsonValue &statement : page.value(QStringLiteral("statements")).toArray())
            ids << statement.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    // The LRS's access log (morgan): one line per request, the status last.
    QStringList logLines() const
    {
        QStringList lines;
        QDirIterator files(m_dir.path(), {QStringLiteral("access-*.log")}, QDir::Files);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        return lines;
    }
    // The access log is written after the reply: wait a little for a count to be reached.
    bool waitForLogged(const QString &method, int status, int count, int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return logged(method, status) >= count; }, timeoutMs);
    }
    int logged(const QString &method, int status) const
    {
        int count = 0;
        for (const QString &line : logLines()) {
            if (line.startsWith(method + QLatin1Char(' ')) &&
                line.endsWith(QLatin1Char(' ') + QString::number(status)))
                ++count;
        }
        return count;
    }

private:
    // More than any test sends, so that allIds() gets them all in one page.
    static constexpr int MaxStatements = 100000;

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

class S3
{
public:
    ~S3() { stop(); }

    bool start(QString *error)
    {
        if (!ensureInstalled(error))
            return false;
        m_port = freePort();
        dieWithTheTest(m_process);
        m_process.setWorkingDirectory(peersDir());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("node"),
                        {QStringLiteral("node_modules/s3rver/bin/s3rver.js"), QStringLiteral("-d"),
                         m_dir.path(), QStringLiteral("-a"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("-p"), QString::number(m_port), QStringLiteral("--configure-bucket"),
                         bucket()});
        if (!m_process.waitForStarted(10000) || !waitForPort(m_port, 30000)) {
            *error = QStringLiteral("s3rver did not start: ") +
                     QString::fromLocal8Bit(m_process.readAll().right(2000));
            return false;
        }
        return true;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    QUrl endpoint() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    static QString bucket() { return QStringLiteral("spodesk"); }
    static QString accessKey() { return QStringLiteral("S3RVER"); }
    static QString secretKey() { return QStringLiteral("S3RVER"); }
    QString output() { return QString::fromLocal8Bit(m_process.readAll()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace FootprintPeers
