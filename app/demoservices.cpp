#include "demoservices.h"

#include "servicehub.h"
#include "sandboxfaults.h"
#include "sandboxhost.h"
#include "sandboxserver.h"

#include "college/collegedata.h"
#include "demo/democollegegenerator.h"

#include <QLoggingCategory>
#include <QThread>

namespace {

Q_LOGGING_CATEGORY(lcDemo, "spodesk.demo")

} // namespace

DemoServices::DemoServices(const LaunchOptions &options, ServiceHub &services, QObject *parent)
    : QObject(parent), m_scale(options.scale), m_faults(options.sandboxFaults), m_services(services)
{}

DemoServices::~DemoServices()
{
    if (m_generator)
        m_generator->wait();
}

void DemoServices::start()
{
    if (m_generator || m_host)
        return;
    const DemoCollegeSize size =
        m_scale == LaunchOptions::DemoScale::Large ? DemoCollegeSize::Large : DemoCollegeSize::Default;
    auto college = std::make_shared<CollegeData>();
    m_generator.reset(QThread::create([size, college] { *college = Demo::generateDemoCollege(size); }));
    m_generator->setObjectName(QStringLiteral("spodesk-demo-services"));
    connect(m_generator.get(), &QThread::finished, this, [this, college] {
        m_generator->wait();
        m_generator.reset();
        startSandbox(*college);
    });
    m_generator->start();
}

void DemoServices::startSandbox(const CollegeData &college)
{
    m_host = std::make_unique<SandboxHost>();
    if (!m_host->start(college)) {
        Q_EMIT failed(tr("The demo services could not be started: %1").arg(m_host->errorString()));
        return;
    }
    // To try the app's behaviour by hand; they can be changed while it runs at /sandbox/faults on this port.
    qCInfo(lcDemo) << "demo services at" << m_host->server()->sgoBaseUrl().toString();
    if (!m_faults.isEmpty()) {
        SandboxFaults faults;
        if (SandboxFaults::parse(m_faults, &faults, nullptr)) {
            m_host->server()->setFaults(faults);
            qCInfo(lcDemo) << "demo services faults:" << faults.toString();
        }
    }
    // SGO is signed in to as the college's administrator, who may see every account.
    QString account;
    for (const StaffMember &member : college.staff) {
        if (member.hasRole(Role::Admin)) {
            account = member.login;
            break;
        }
    }
    m_services.credentials().setSessionOnly(true);
    m_services.configureDemo(ServiceHub::demoSetup(*m_host->server(), account), this,
                             [this](const CredentialStore::Error &error) {
                                 if (error)
                                     Q_EMIT failed(error.toUserText());
                                 else
                                     Q_EMIT ready();
                             });
}
