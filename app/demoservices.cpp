#include "demoservices.h"

#include "net/servicehub.h"
#include "sandboxhost.h"
#include "sandboxserver.h"

#include "collegedata.h"
#include "democollegegenerator.h"

#include <QThread>

DemoServices::DemoServices(LaunchOptions::DemoScale scale, ServiceHub &services, QObject *parent)
    : QObject(parent), m_scale(scale), m_services(services)
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
    m_generator.reset(QThread::create([size, college] { *college = ::generateDemoCollege(size); }));
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
