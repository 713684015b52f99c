// The sandbox module: the entry point of libspodesk-sandbox.so / spodesk-sandbox.dll, which DemoServices
// loads under `--demo` alone, so that no other run loads Qt HTTP Server and Qt WebSockets (issue 13).
#include "demosandbox.h"
#include "sandboxhost.h"
#include "sandboxserver.h"

#include "college/collegedata.h"

#include <memory>
#include <type_traits>

namespace {

class HostedSandbox : public DemoSandbox
{
public:
    bool start(const CollegeData &college, QString *error)
    {
        if (m_host.start(college))
            return true;
        *error = m_host.errorString();
        return false;
    }

    Services services() const override { return m_host.server()->demoServices(); }

    void setFaults(const SandboxFaults &faults) override { m_host.server()->setFaults(faults); }

private:
    SandboxHost m_host;
};

} // namespace

extern "C" {

Q_DECL_EXPORT const char *spodeskSandboxModule()
{
    static const QByteArray identity =
        QByteArrayLiteral(SPODESK_VERSION "/") + QByteArray::number(SandboxModuleContract::Revision);
    return identity.constData();
}

Q_DECL_EXPORT DemoSandbox *spodeskStartSandbox(const CollegeData *college, QString *error)
{
    auto sandbox = std::make_unique<HostedSandbox>();
    if (!sandbox->start(*college, error))
        return nullptr;
    return sandbox.release();
}

} // extern "C"

static_assert(std::is_same_v<decltype(&spodeskSandboxModule), SandboxModuleContract::IdentityFunction>);
static_assert(std::is_same_v<decltype(&spodeskStartSandbox), SandboxModuleContract::StartFunction>);
