#include "sandboxserver.h"

#include "sandboxconnection.h"
#include "sandboxhttpserver.h"
#include "sandboxids.h"
#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sgocontrol.h"
#include "sgosandbox.h"
#include "storagesandbox.h"
#include "vksandbox.h"
#include "xapisandbox.h"

#include "college/collegedata.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QTimer>

namespace {

constexpr qint64 fallbackCommunityId = 1000001;

SandboxService serviceFor(const QString &path)
{
    if (path.startsWith(QLatin1String("/webapi/")))
        return SandboxService::Sgo;
    if (path.startsWith(QLatin1String("/method/")))
        return SandboxService::Vk;
    if (path.startsWith(QLatin1String("/xAPI/")))
        return SandboxService::Xapi;
    return SandboxService::Storage;
}

int serviceIndex(SandboxService service)
{
    switch (service) {
    case SandboxService::Sgo:
        return 0;
    case SandboxService::Vk:
        return 1;
    case SandboxService::Xapi:
        return 2;
    case SandboxService::Storage:
        return 3;
    }
    return 0;
}

qint64 communityIdOf(const Organisation &organisation)
{
    QString digits;
    for (const QChar c : organisation.vkCommunityId) {
        if (c.isDigit())
            digits += c;
    }
    const qint64 id = digits.toLongLong();
    return id > 0 ? id : fallbackCommunityId;
}

qint64 adminStaffId(const CollegeData &college)
{
    for (const StaffMember &member : college.staff) {
        if (member.hasRole(Role::Admin))
            return member.id;
    }
    return college.staff.isEmpty() ? 0 : college.staff.first().id;
}

SandboxReply serverError(int status)
{
    SandboxReply reply = SandboxReply::bytes("<html><body><h1>" + QByteArray::number(status) + ' ' +
                                                 SandboxReply::reasonPhrase(status) + "</h1></body></html>",
                                             "text/html", status);
    if (status == 503)
        reply.setHeader("Retry-After", "1");
    return reply;
}

} // namespace

struct SandboxServer::Decision
{
    bool hang = false;
    int errorStatus = 0;
    int spoil = 0; // 0 none, 1 truncate, 2 garbage
    bool cut = false;
    int latencyMs = 0;
};

SandboxServer::SandboxServer(const CollegeData &college, const SandboxSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_vkCommunityId(communityIdOf(college.organisation)),
      m_vkAdminUserId(SandboxIds::vkUserId(SandboxIds::PersonKind::Staff, adminStaffId(college)))
{
    m_sgo = std::make_unique<SgoSandbox>(college, m_settings);
    m_vk = std::make_unique<VkSandbox>(college, m_settings, m_vkCommunityId, m_vkAdminUserId);
    m_xapi = std::make_unique<XapiSandbox>(m_settings);
    m_storage = std::make_unique<StorageSandbox>(m_settings);
    m_random.seed(m_faults.seed);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(const QHostAddress &address, quint16 port)
{
    stop();
    if (!address.isLoopback()) {
        m_errorString =
            QStringLiteral("the sandbox listens on loopback only, not on %1").arg(address.toString());
        return false;
    }
    m_http = std::make_unique<SandboxHttpServer>(
        [this](const SandboxRequest &request, const SandboxConnection &connection) {
            handle(request, connection);
        });
    m_port = m_http->listenOn(address, port, &m_errorString);
    if (m_port == 0) {
        m_http.reset();
        return false;
    }
    m_address = address;
    m_errorString.clear();
    return true;
}

void SandboxServer::stop()
{
    m_http.reset(); // closes every connection, hung ones included
    m_port = 0;
}

bool SandboxServer::isListening() const
{
    return m_http != nullptr;
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::sgoBaseUrl() const
{
    return baseUrl();
}

QUrl SandboxServer::vkApiBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/method"));
    return url;
}

QUrl SandboxServer::xapiBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/xAPI"));
    return url;
}

QUrl SandboxServer::s3BaseUrl() const
{
    return baseUrl();
}

SandboxFaults SandboxServer::faults() const
{
    QMutexLocker lock(&m_faultsMutex);
    return m_faults;
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    QMutexLocker lock(&m_faultsMutex);
    m_faults = faults;
    m_random.seed(faults.seed);
}

int SandboxServer::requestCount(SandboxService service) const
{
    return m_requestCounts[serviceIndex(service)].load();
}

bool SandboxServer::setSgoMark(qint64 lessonId, qint64 sgoStudentId, int value, bool absent)
{
    return m_sgo->setMark(lessonId, sgoStudentId, value, absent);
}

bool SandboxServer::deleteSgoLesson(qint64 lessonId)
{
    return m_sgo->deleteLesson(lessonId);
}

void SandboxServer::endSgoSessions()
{
    m_sgo->endSessions();
}

std::optional<SgoSync::NewOrder> SandboxServer::enrolSgoStudent(const Student &student, const QDate &date,
                                                                const QString &number,
                                                                SgoSync::Refusal *refusal)
{
    return m_sgo->enrol(student, date, number, refusal);
}

std::optional<SgoSync::NewOrder> SandboxServer::withdrawSgoStudent(qint64 sgoStudentId, const QDate &date,
                                                                   const QString &number,
                                                                   SgoSync::Refusal *refusal)
{
    return m_sgo->withdraw(sgoStudentId, date, number, refusal);
}

qint64 SandboxServer::sgoSchoolId() const
{
    return SgoSandbox::schoolId;
}

qint64 SandboxServer::vkCommunityId() const
{
    return m_vkCommunityId;
}

qint64 SandboxServer::vkAdminUserId() const
{
    return m_vkAdminUserId;
}

DemoSandbox::Services SandboxServer::demoServices() const
{
    DemoSandbox::Services services;
    services.baseUrl = baseUrl();
    services.sgoBase = sgoBaseUrl();
    services.vkApiBase = vkApiBaseUrl();
    services.xapiBase = xapiBaseUrl();
    services.s3Base = s3BaseUrl();
    services.sgoStaffPassword = m_settings.staffPassword;
    services.sgoSchoolId = sgoSchoolId();
    services.vkToken = m_settings.vkUserTokens.isEmpty() ? QStringLiteral("demo-vk-token")
                                                         : m_settings.vkUserTokens.cbegin().key();
    services.vkCommunityId = vkCommunityId();
    services.xapiKey = m_settings.xapiKey;
    services.xapiSecret = m_settings.xapiSecret;
    services.storageAccessKey = m_settings.storageAccessKey;
    services.storageSecretKey = m_settings.storageSecretKey;
    services.storageRegion = m_settings.storageRegion;
    return services;
}

void SandboxServer::handle(const SandboxRequest &request, const SandboxConnection &connection)
{
    const QString method = QString::fromLatin1(request.method);
    const QString path = request.path();
    if (path == QLatin1String("/sandbox") || path.startsWith(QLatin1String("/sandbox/"))) {
        const SandboxReply reply = serveControl(request);
        connection.send(reply);
        Q_EMIT requestHandled(method, path, reply.status);
        return;
    }

    const SandboxService service = serviceFor(path);
    ++m_requestCounts[serviceIndex(service)];
    const Decision decision = decide(service);
    if (decision.hang) {
        Q_EMIT requestHandled(method, path, 0);
        return; // the connection stays open and silent until the client gives up
    }

    SandboxReply reply = decision.errorStatus ? serverError(decision.errorStatus) : serve(request, service);
    if (decision.spoil == 1)
        reply.body.truncate(reply.body.size() / 2);
    else if (decision.spoil == 2)
        reply.body = QByteArray("\x00\xff<html>{\"response\":", 20) + QByteArray(8, '\xfe');

    auto deliver = [this, connection, reply, cut = decision.cut, method, path]() {
        if (cut)
            connection.sendCut(reply);
        else
            connection.send(reply);
        Q_EMIT requestHandled(method, path, cut ? 0 : reply.status);
    };
    if (decision.latencyMs > 0)
        QTimer::singleShot(decision.latencyMs, this, deliver);
    else
        deliver();
}

SandboxReply SandboxServer::serve(const SandboxRequest &request, SandboxService service)
{
    switch (service) {
    case SandboxService::Sgo:
        return m_sgo->serve(request);
    case SandboxService::Vk:
        return m_vk->serve(request, faults().rateLimit);
    case SandboxService::Xapi:
        return m_xapi->serve(request);
    case SandboxService::Storage:
        return m_storage->serve(request);
    }
    return SandboxReply::empty(404);
}

SandboxReply SandboxServer::serveControl(const SandboxRequest &request)
{
    if (request.path().startsWith(QLatin1String("/sandbox/sgo/")))
        return SgoControl::serve(*m_sgo, request);
    if (request.path() != QLatin1String("/sandbox/faults"))
        return SandboxReply::message(404, QStringLiteral("/sandbox/faults and /sandbox/sgo/… are here"));
    if (request.method == "GET")
        return SandboxReply::json(faults().toJson());
    if (request.method != "POST")
        return SandboxReply::message(405, QStringLiteral("GET or POST"));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    SandboxFaults changed = faults();
    QString error;
    if (!document.isObject())
        return SandboxReply::message(400, QStringLiteral("expected a JSON object of faults"));
    if (!changed.mergeJson(document.object(), &error))
        return SandboxReply::message(400, error);
    setFaults(changed);
    return SandboxReply::json(changed.toJson());
}

SandboxServer::Decision SandboxServer::decide(SandboxService service)
{
    QMutexLocker lock(&m_faultsMutex);
    Decision decision;
    if (!m_faults.services.testFlag(service))
        return decision;
    // Draw the same numbers for every request so that one request's outcome never shifts the next one's.
    const int errorRoll = int(m_random.bounded(100));
    const int malformedRoll = int(m_random.bounded(100));
    const bool firstKind = m_random.bounded(2) == 0;
    decision.hang = m_faults.hang;
    if (m_faults.failNext > 0) {
        --m_faults.failNext;
        decision.errorStatus = 503;
    } else if (errorRoll < m_faults.errorRatePercent) {
        decision.errorStatus = firstKind ? 503 : 500;
    }
    if (malformedRoll < m_faults.malformedRatePercent)
        decision.spoil = firstKind ? 1 : 2;
    decision.cut = m_faults.closeConnection;
    decision.latencyMs = m_faults.latencyMs;
    return decision;
}
