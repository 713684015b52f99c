#pragma once

#include <QFlags>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

// The services the sandbox stands in for; a fault can be aimed at some of them.
enum class SandboxService {
    Sgo = 0x1,     // /webapi/…
    Vk = 0x2,      // /method/…
    Xapi = 0x4,    // /xAPI/…
    Storage = 0x8, // /<bucket>/<key>
};
Q_DECLARE_FLAGS(SandboxServices, SandboxService)
Q_DECLARE_OPERATORS_FOR_FLAGS(SandboxServices)

// Faults the sandbox injects, switchable in code (SandboxServer::setFaults), over HTTP (GET/POST
// /sandbox/faults with this struct as JSON) and on the command line (`--faults latency=2000,errors=30,...`).
// Randomness comes from a generator seeded with `seed` whenever faults are set, so a test sees the same
// sequence on every run. The /sandbox/… control endpoints themselves are never faulted.
//
// text key   JSON key              meaning
// latency    latencyMs             every reply is held back this many milliseconds (the request is served
// first) errors     errorRatePercent      this share of requests is answered 500 or 503 (503 carries
// Retry-After: 1)
//                                  WITHOUT being served: nothing changes on the server
// failnext   failNext              the next N requests are answered 503 (Retry-After: 1) without being served
// hang       hang                  requests are read and never answered (the connection stays open)
// malformed  malformedRatePercent  this share of replies is served, then its body is cut in half or replaced
// by
//                                  garbage (Content-Length stays truthful, so only the body is unparseable)
// ratelimit  rateLimit             VK: more than 3 requests (user token; 20 for a community token) within one
//                                  second on one token → VK error 6 «Too many requests per second»
// close      closeConnection       the request is served, then the reply is cut after its headers and half
// the
//                                  body and the connection closed (the client sees RemoteHostClosed)
// services   services              which services the faults hit: `sgo+vk+xapi+storage` (default all); the VK
//                                  rate limit applies to VK only regardless
// seed       seed                  the generator's seed
struct SandboxFaults
{
    int latencyMs = 0;
    int errorRatePercent = 0;
    int failNext = 0;
    bool hang = false;
    int malformedRatePercent = 0;
    bool rateLimit = false;
    bool closeConnection = false;
    SandboxServices services = SandboxServices(SandboxService::Sgo) | SandboxService::Vk |
                               SandboxService::Xapi | SandboxService::Storage;
    quint32 seed = 2026;

    bool operator==(const SandboxFaults &) const = default;

    // `latency=2000,errors=30,hang,malformed=10,ratelimit,close,services=vk+sgo,seed=7`; a bare flag means
    // on, `hang=0` off. Unknown keys or bad values give false with *error set; *faults is then unchanged.
    static bool parse(const QString &text, SandboxFaults *faults, QString *error);
    QString toString() const;

    QJsonObject toJson() const;
    // Keys present in json replace the current values; absent keys keep them. Bad types give false.
    bool mergeJson(const QJsonObject &json, QString *error);
};
