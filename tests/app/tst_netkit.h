#pragma once

// Shared by the tst_net*, tst_credential* and tst_secretleak tests: a scripted HTTP server for the statuses
// the sandbox does not produce (404, 429 with Retry-After, redirects, a self-signed TLS endpoint), a
// NetContext with tiny real delays, and running a test inside its own Secret Service (dbus-run-session +
// gnome-keyring).

#include "net/connectivitymonitor.h"
#include "net/netcontext.h"
#include "net/networkaccess.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace NetKit {

// Every delay the retry policy computes is really waited, a thousand times shorter.
inline NetContext fastContext(NetworkAccess *access, ConnectivityMonitor *connectivity = nullptr)
{
    NetContext context;
    context.access = access;
    context.connectivity = connectivity;
    context.retry.timeScale = 0.001;
    context.retry.random = [] { return 0.5; };
    context.timeout = std::chrono::milliseconds(5000);
    return context;
}

struct ScriptedReply
{
    enum class Action { Respond, Hang, Close };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Action action = Action::Respond;

    static ScriptedReply status_(int code, QByteArray body = {},
                                 QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        ScriptedReply reply;
        reply.status = code;
        reply.body = std::move(body);
        reply.headers = std::move(headers);
        return reply;
    }
    static ScriptedReply hang()
    {
        ScriptedReply reply;
        reply.action = Action::Hang;
        return reply;
    }
};

struct SeenRequest
{
    QByteArray method;
    QByteArray path;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

// A loopback HTTP/1.1 server that answers each request with the next reply of its script (the last one
// repeats) and remembers what it was asked. With a certificate it speaks TLS (QSslServer).
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QList<ScriptedReply> script, bool tls = false) : m_script(std::move(script))
    {
        if (tls) {
            auto *server = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(QSslCertificate(untrustedCertificatePem()));
            config.setPrivateKey(QSslKey(untrustedKeyPem(), QSsl::Rsa));
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            server->setSslConfiguration(config);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        QUrl u;
        u.setScheme(qobject_cast<QSslServer *>(m_server) ? QStringLiteral("https") : QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(m_server->serverPort());
        u.setPath(path);
        return u;
    }
    const QList<SeenRequest> &requests() const { return m_seen; }
    int count() const { return static_cast<int>(m_seen.size()); }

    static QByteArray untrustedCertificatePem()
    {
        return QByteArrayLiteral(R"pem(-----BEGIN CERTIFICATE-----
MIIDQTCCAimgAwIBAgIUMs+8e9qZgacEZtuSWlnq15MrgT8wDQYJKoZIhvcNAQEL
BQAwITEfMB0GA1UEAwwWc3BvZGVzay10ZXN0LXVudHJ1c3RlZDAgFw0yNjExMjUx
NTU4MTJaGA8yMTI2MTEwMTE1NTgxMlowITEfMB0GA1UEAwwWc3BvZGVzay10ZXN0
LXVudHJ1c3RlZDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALCxSomv
5x2pN1GlqIvzanW5QqiZXTQCsuBDh3to8Rs1lCWPkMcajPC9g1fGj0kM+mJsqRqR
lbQrhQKWA9QVBQDLxFqTcptPHrVoc0xizMQr13Umbp2IrR9T6XLViwrmURtHatFs
wSzKt3xnoVojNZcz5msG0SLH0gXXOKI/z5LXM9as9z5609Q6Zc+hdXbj5TKMwjeA
GPPIBKETfa8Jp88nMDMG/btkozIXW2QfGGULYuPU0sd0eqHoBzVsJfwDC7QKFz1D
Sfvv5KVia8POOjiGaU76M7R/s0o2sUmA40cwmPPSxacc8KiURIUFvV35970rOer4
TAGSyW9ZkkPtNucCAwEAAaNvMG0wHQYDVR0OBBYEFKPbCkJ6KDPv5PgUU376NZ/R
t6RVMB8GA1UdIwQYMBaAFKPbCkJ6KDPv5PgUU376NZ/Rt6RVMA8GA1UdEwEB/wQF
MAMBAf8wGgYDVR0RBBMwEYcEfwAAAYIJbG9jYWxob3N0MA0GCSqGSIb3DQEBCwUA
A4IBAQCMa1Em7lIHU7tuwPQfWn7Rgn80dA6OR5GleBrs3DhLCKr6unpfb8+Bdlx7
WKhqzNYrdEKnHE1QFFD1sTYZvxUmAXIJ7Tzb4sF3Jz8WBSS2Aaz+KOeXHLNbK7dE
BoPnaA8ju62gZK98/vbufm+l1JegDbVjc26SE/9x2JIB1gYx2tMs5Wy1mDopDKDL
Js3BpoAnHiyh3KhDNHajWSGRrP5xVBftVutuvbz+Kab7fYejInUQ+zb0d1lMNFoY
p56/PE2IEVyK4aNNumxnbWysKrRfssISM7HRvs3m0WG47Nok6C9V2WSqr4sB68Vn
Gw9E4vx9n/nbyjCMZ+8g0yRRRxWK
-----END CERTIFICATE-----)pem");
    }
    static QByteArray untrustedKeyPem()
    {
        return QByteArrayLiteral(R"pem(-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCwsUqJr+cdqTdR
paiL82p1uUKomV00ArLgQ4d7aPEbNZQlj5DHGozwvYNXxo9JDPpibKkakZW0K4UC
lgPUFQUAy8Rak3KbTx61aHNMYszEK9d1Jm6diK0fU+ly1YsK5lEbR2rRbMEsyrd8
Z6FaIzWXM+ZrBtEix9IF1ziiP8+S1zPWrPc+etPUOmXPoXV24+UyjMI3gBjzyASh
E32vCafPJzAzBv27ZKMyF1tkHxhlC2Lj1NLHdHqh6Ac1bCX8Awu0Chc9Q0n77+Sl
YmvDzjo4hmlO+jO0f7NKNrFJgONHMJjz0sWnHPColESFBb1d+fe9Kznq+EwBkslv
WZJD7TbnAgMBAAECggEAOfZ/CDn/LDjFn/AjIX4Br4rNtjdRXu1/tpgQish7R7zE
06mMCfTIxXS18IZ/nKw4Oy+ALeoSXR9lq9qAeQNIN+GgkUILd6112nbgU++ZUsU7
EgBAi0c526wQSg6JZVL2ymccQIVXvZTmqlXolYQ1YVuyO+vpkWpRmH7o4jjipD2P
BObkng/oSHI+FkBAwTjTILHNLCKKTYVZ9Ow8BO9xN8EkFg13gNIhZW7ojtdcTmi6
sgmMF1/dBtM4lE1fhNVdemx/ZEt+rMusjRFztd4MgD72sfxPG+CCql7E+VDzQcyc
SiLfnU0tSLT7mkjehlV7y3pB0NieQwmiCxwGfnJMmQKBgQDW2PMHHAlT2bi81ysQ
cp4kmDwup3GUHxvX6f0DGzIQjmksagrkoxvkbvaxKWb4D8HOVQhBKqehwX5hm4UC
skFNEfiT9P90/rxrp7OAJZSPSuKDVLOcWMyJaPQlHiEKSq1gs3cdwsEGiNt9nIc1
0mX+bnvp4HZOmWdZrbBfbUBpSwKBgQDSiWojtONIv0i5SjctbTr+5ZVFxYZjAzww
yMe2EMU9UB9cWdtqyfwO3o8VZm7JO3iyeOkAoJlm4Kv0gZOMknEXW81naMMQdraY
HsxPkOpe/Y4Yqyl89P1yvleGRjDpx2shNp2gY2EQQ96v1xFjJ0TVumZT8gtmx98q
+EGSc08jVQKBgQDRWzsGtIVKViC0s59dObNsyYPrmnMM+XtyXKqV+kxA4eUOyI6w
2Vh2ssJlRIj4NLKQUz/l8KDE+P4kMx3b0MPdTCPEWbsM0KXe6d36g6RONZSgkUss
kUNOqx0thjyAAOEOGBN8xqi9q2Lm9j6zbcDBu/u3nWjrkoSpWJ1Df/yCHQKBgGd8
sDV49reNftvFRTYJGRSuGR/ApfwJXQ7FwpUVzT4EIkYszRPC0Skl8MMeJJq5puxj
TnTGfGD7UsrO3o4cdYZ7041fC3MOR1ai3N7HZszmaXBqwevwKJy8Px17ZxOiuGAN
DpIGB3INSmq4lo1cghNkmmPs9/m/iUz/1ot8Low5AoGAXOutLJeah5id46GpnySa
BDv8lI242Bv1IZ5nB2oSYTMHM445JrH+0KaUmHzKCF65UWOAMCW56d5WBgHI/s9k
74VzeuDcJkqBs0JeggpFJVUdgprRBCgFBgfkKYn605zftJSPJDqYRN7N0MSrOwL0
07RgwfFUwTvcOoaWgapo5IY=
-----END PRIVATE KEY-----)pem");
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                serve(socket, *buffer);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void serve(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        SeenRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            if (line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        m_seen.append(request);

        const ScriptedReply reply =
            m_script.isEmpty() ? ScriptedReply() : m_script.value(m_next, m_script.last());
        ++m_next;
        switch (reply.action) {
        case ScriptedReply::Action::Hang:
            return;
        case ScriptedReply::Action::Close:
            socket->disconnectFromHost();
            return;
        case ScriptedReply::Action::Respond:
            break;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        for (const auto &header : reply.headers)
            out += header.first + ": " + header.second + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n" +
               reply.body;
        socket->write(out);
        socket->disconnectFromHost();
    }

    QTcpServer *m_server = nullptr;
    QList<ScriptedReply> m_script;
    QList<SeenRequest> m_seen;
    qsizetype m_next = 0;
};

// A free loopback port with nothing listening on it (yet).
inline quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Runs the test binary again inside a private session bus with an unlocked gnome-keyring (Secret Service) and
// a temporary HOME, unless that has been done already; returns the child's exit code, or -1 when this process
// is the one inside. The wrapper .ci uses (`dbus-run-session -- sh -c 'echo -n test |
// gnome-keyring-daemon --unlock --components=secrets; ctest …'`) provides the same, so there it runs in
// place.
inline int reexecInKeyringSession(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("SPODESK_TEST_KEYRING"))
        return -1;
    QTemporaryDir home;
    QStringList arguments{
        QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
                       "exec \"$0\" \"$@\""),
        QString::fromLocal8Bit(argv[0])};
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SPODESK_TEST_KEYRING"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/.cache"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    const QString runner = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    if (runner.isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
        std::fprintf(stderr, "FAIL: this test needs a Secret Service: install dbus and gnome-keyring "
                             "(apt-get install dbus gnome-keyring libsecret-tools)\n");
        return 1;
    }
    child.start(runner, arguments);
    if (!child.waitForFinished(300000))
        return 1;
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}

} // namespace NetKit

// QTEST_MAIN for tests that need the Secret Service: the body runs inside a private keyring session.
#define NETKIT_KEYRING_TEST_MAIN(TestObject)                                                                 \
    int main(int argc, char **argv)                                                                          \
    {                                                                                                        \
        QCoreApplication app(argc, argv);                                                                    \
        if (const int code = NetKit::reexecInKeyringSession(argc, argv); code >= 0)                          \
            return code;                                                                                     \
        TestObject test;                                                                                     \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
