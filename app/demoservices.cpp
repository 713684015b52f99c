#include "demoservices.h"

#include "modulelibrary.h"

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
    if (m_generator || m_sandbox)
        return;
    const DemoCollegeSize size =
        m_scale == LaunchOptions::DemoScale::Large ? DemoCollegeSize::Large : DemoCollegeSize::Default;
    auto college = std::make_shared<CollegeData>();
    m_generator.reset(QThread::create([size, college] { *college = Demo::generateDemoCollege(size); }));
    m_generator->setObjectName(QStringLiteral("spodesk-demo-services"));
    connect(m_generator.get(), &QThread::finished, this, [this, college] {
        m_generator->wait();
        m_generator.reset();
        serve(*college);
    });
    m_generator->start();
}

QStringList DemoServices::sandboxModulePaths()
{
    const QString chosen = qEnvironmentVariable("SPODESK_SANDBOX_MODULE");
    if (!chosen.isEmpty())
        return {chosen};
    return ModuleLibrary::candidatePaths(QStringLiteral(SPODESK_SANDBOX_MODULE_FILE),
                                         QStringLiteral(SPODESK_SANDBOX_MODULE_DIR));
}

std::unique_ptr<DemoSandbox> DemoServices::startSandbox(const CollegeData &college, QString *error)
{
    using namespace SandboxModuleContract;
    ModuleLibrary library;
    const ModuleLibrary::Problem problem =
        library.load(sandboxModulePaths(), IdentitySymbol, ModuleLibrary::identity(Revision), {StartSymbol});
    if (problem != ModuleLibrary::Problem::None) {
        *error = library.problemText(problem);
        return {};
    }
    const auto start = reinterpret_cast<StartFunction>(library.resolve(StartSymbol));
    return std::unique_ptr<DemoSandbox>(start(&college, error));
}

ServiceHub::DemoSetup DemoServices::demoSetup(const DemoSandbox::Services &sandbox, const QString &sgoAccount)
{
    ServiceHub::DemoSetup setup;
    setup.sgoBase = sandbox.sgoBase;
    setup.vkApiBase = sandbox.vkApiBase;
    setup.xapiBase = sandbox.xapiBase;
    setup.s3Base = sandbox.s3Base;
    setup.sgoAccount = sgoAccount;
    setup.sgoPassword = sandbox.sgoStaffPassword;
    setup.sgoSchool = QString::number(sandbox.sgoSchoolId);
    setup.vkToken = sandbox.vkToken;
    setup.vkCommunityId = QString::number(sandbox.vkCommunityId);
    setup.lrsKey = sandbox.xapiKey;
    setup.lrsSecret = sandbox.xapiSecret;
    setup.s3AccessKey = sandbox.storageAccessKey;
    setup.s3SecretKey = sandbox.storageSecretKey;
    setup.s3Bucket = QStringLiteral("spodesk-demo");
    setup.s3Region = sandbox.storageRegion;
    return setup;
}

void DemoServices::serve(const CollegeData &college)
{
    QString problem;
    m_sandbox = startSandbox(college, &problem);
    if (!m_sandbox) {
        Q_EMIT failed(tr("The demo services could not be started: %1").arg(problem));
        return;
    }
    const DemoSandbox::Services services = m_sandbox->services();
    // To try the app's behaviour by hand; they can be changed while it runs at /sandbox/faults on this port.
    qCInfo(lcDemo) << "demo services at" << services.sgoBase.toString();
    if (!m_faults.isEmpty()) {
        SandboxFaults faults;
        if (SandboxFaults::parse(m_faults, &faults, nullptr)) {
            m_sandbox->setFaults(faults);
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
    m_services.configureDemo(demoSetup(services, account), this, [this](const CredentialStore::Error &error) {
        if (error)
            Q_EMIT failed(error.toUserText());
        else
            Q_EMIT ready();
    });
}
