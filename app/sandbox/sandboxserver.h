#pragma once

#include "demosandbox.h"
#include "sandboxfaults.h"
#include "sandboxsettings.h"
#include "sgosync.h"

#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <array>
#include <atomic>
#include <memory>

struct CollegeData;
class SandboxConnection;
class SandboxHttpServer;
struct SandboxRequest;
struct SandboxReply;
class SgoSandbox;
class VkSandbox;
class XapiSandbox;
class StorageSandbox;

// The loopback stand-in for the services without a public implementation, built from a college so that the
// people, groups and organisation it serves match the demo cache.
//
// Base URLs (what the real services' URLs correspond to):
//   sgoBaseUrl()    http://127.0.0.1:N          ↔ https://sgo.example.ru       (client appends /webapi/…)
//   vkApiBaseUrl()  http://127.0.0.1:N/method   ↔ https://api.vk.com/method    (client appends /<name>)
//   xapiBaseUrl()   http://127.0.0.1:N/xAPI     ↔ https://lrs…/data/xAPI       (client appends /statements)
//   s3BaseUrl()     http://127.0.0.1:N          ↔ the S3 endpoint, path style  (+ /<bucket>/<key>)
// Control (never faulted, not counted): GET/POST /sandbox/faults (SandboxFaults as JSON); the changes to the
// SGO college below as POST /sandbox/sgo/marks, POST /sandbox/sgo/orders, DELETE /sandbox/sgo/lessons/{id}
// (sgocontrol.h).
//
// SGO: the public sign-in flow of /work/shared/sgo/README.md (logindata cookie → auth/getdata {lt, ver, salt}
// → addresses/schools?funcType=2 → login form with pw2 = md5hex(salt + md5hex(cp1251(password))), pw =
// pw2[0:len(password)] → {at, timeOut (milliseconds), …}; wrong → 409 {"message"}); then header `at` (unknown
// or expired → 401); auth/logout; context, years/current, references/roles; and the administration calls of
// app/sandbox/sgo-calls.md (pages are 1-based, default page=1 pageSize=50, at most 500), with the college
// read through webapi/sync/{kind} (SgoSync: default pageSize 500, at most 2000). VK: /method/<name> (GET or
// POST form) with v and access_token (query, form or Authorization: Bearer); VK's envelope and error
// codes/texts. Methods: messages.createChat/addChatUser/removeChatUser/
// getConversationMembers/getChat/editChat/setMemberRole, groups.getById, execute (see vksandbox.h).
// xAPI: POST/GET /xAPI/statements, GET /xAPI/about (Basic auth, X-Experience-API-Version required).
// Storage: PUT/GET/HEAD /<bucket>/<key>; PUT needs AWS SigV4; objects are readable without a signature.
//
// Lives on one thread (the one it was created on, or moved to before start()). From any thread: faults(),
// setFaults(), requestCount(), settings() and the ids; the URLs and port once start() has returned
// (SandboxHost makes that so). Refuses to listen on anything but a loopback address.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const CollegeData &college, const SandboxSettings &settings = {},
                           QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on address:port (port 0: a free one). False, with errorString(), for a non-loopback address or
    // when the port can't be bound.
    bool start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void stop();
    bool isListening() const;
    QString errorString() const;

    quint16 port() const;
    QUrl baseUrl() const;
    QUrl sgoBaseUrl() const;
    QUrl vkApiBaseUrl() const;
    QUrl xapiBaseUrl() const;
    QUrl s3BaseUrl() const;

    SandboxFaults faults() const;
    void setFaults(const SandboxFaults &faults);

    // Requests that reached the service (faulted ones included; /sandbox/… not counted).
    int requestCount(SandboxService service) const;

    const SandboxSettings &settings() const { return m_settings; }
    // The college's SGO organisation id (scid) and the VK community id the sandbox serves.
    qint64 sgoSchoolId() const;
    qint64 vkCommunityId() const;
    // The VK user the default token "demo-vk-token" acts as.
    qint64 vkAdminUserId() const;
    // Someone else's change to the college in SGO, served to the next webapi/sync pull as a delta (tests; on
    // the server's thread). setSgoMark: value 2..5 and/or absent, value 0 and not absent deletes the cell;
    // the student is an SGO user id. False for an unknown lesson or student.
    bool setSgoMark(qint64 lessonId, qint64 sgoStudentId, int value, bool absent);
    // The lesson and its marks go; false for an unknown lesson.
    bool deleteSgoLesson(qint64 lessonId);
    // Every SGO session ends now (as when SGO restarts): each client's next call gets a 401.
    void endSgoSessions();
    // An enrolment order: a new student (student.id is ignored; the new SGO user id is in the result) into
    // student.groupId on `date`. nullopt, with the refusal, for an unknown group, a student without a name or
    // a login that is taken.
    std::optional<SgoSync::NewOrder> enrolSgoStudent(const Student &student, const QDate &date,
                                                     const QString &number,
                                                     SgoSync::Refusal *refusal = nullptr);
    // A withdrawal order for the student (SGO user id) from their group; nullopt for an unknown student.
    std::optional<SgoSync::NewOrder> withdrawSgoStudent(qint64 sgoStudentId, const QDate &date,
                                                        const QString &number,
                                                        SgoSync::Refusal *refusal = nullptr);
    // Every address and demo secret at once, as `--demo` configures the network layer with them.
    DemoSandbox::Services demoServices() const;

Q_SIGNALS:
    // After a reply left (status 0: the request was hung or the connection cut). For tests and logging.
    void requestHandled(const QString &method, const QString &path, int status);

private:
    struct Decision;
    void handle(const SandboxRequest &request, const SandboxConnection &connection);
    SandboxReply serve(const SandboxRequest &request, SandboxService service);
    SandboxReply serveControl(const SandboxRequest &request);
    Decision decide(SandboxService service);

    SandboxSettings m_settings;
    std::unique_ptr<SgoSandbox> m_sgo;
    std::unique_ptr<VkSandbox> m_vk;
    std::unique_ptr<XapiSandbox> m_xapi;
    std::unique_ptr<StorageSandbox> m_storage;
    std::unique_ptr<SandboxHttpServer> m_http;
    QString m_errorString;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_vkCommunityId = 0;
    qint64 m_vkAdminUserId = 0;

    mutable QMutex m_faultsMutex;
    SandboxFaults m_faults;
    QRandomGenerator m_random;
    std::array<std::atomic<int>, 4> m_requestCounts{};
};
