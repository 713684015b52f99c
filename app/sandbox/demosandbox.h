#pragma once

#include "sandboxfaults.h"

#include <QString>
#include <QUrl>

struct CollegeData;

// The in-process sandbox as `--demo` sees it, across the boundary of the sandbox module
// (libspodesk-sandbox.so / spodesk-sandbox.dll, made from sandboxmodule.cpp and this folder): DemoServices
// loads the module, the only place that needs Qt HTTP Server and Qt WebSockets, under --demo alone. Only this
// header, Qt's classes and the plain structs of sandboxfaults.h and models/ cross: both sides are built from
// them.
class DemoSandbox
{
public:
    // Where each service is, and the demo's public secrets that unlock it.
    struct Services
    {
        QUrl baseUrl; // the /sandbox/faults control is here
        QUrl sgoBase;
        QUrl vkApiBase;
        QUrl xapiBase;
        QUrl s3Base;
        QString sgoStaffPassword;
        qint64 sgoSchoolId = 0;
        QString vkToken;
        qint64 vkCommunityId = 0;
        QString xapiKey;
        QString xapiSecret;
        QString storageAccessKey;
        QString storageSecretKey;
        QString storageRegion;
    };

    virtual ~DemoSandbox() = default;
    virtual Services services() const = 0;
    virtual void setFaults(const SandboxFaults &faults) = 0;
};

// The module's C entry points, looked up by name when DemoServices loads it.
namespace SandboxModuleContract {

// Raise whenever a signature below, DemoSandbox or the structs it carries change: a module of another
// revision is refused.
inline constexpr int Revision = 1;

// const char *spodeskSandboxModule(): "<SPODESK_VERSION>/<Revision>", to check before anything is called.
inline constexpr char IdentitySymbol[] = "spodeskSandboxModule";
using IdentityFunction = const char *(*)();

// Starts the sandbox serving college on a free loopback port, on its own thread (SandboxHost); returns it,
// which the caller owns, or null with *error set.
inline constexpr char StartSymbol[] = "spodeskStartSandbox";
using StartFunction = DemoSandbox *(*)(const CollegeData *college, QString *error);

} // namespace SandboxModuleContract
