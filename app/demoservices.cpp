#include "demoservices.h"

#include "college/collegedata.h"
#include "demo/democollegegenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
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
    const QDir executableDir(QCoreApplication::applicationDirPath());
    const QString file = QStringLiteral(SPODESK_SANDBOX_MODULE_FILE);
    QStringList paths{QDir::cleanPath(executableDir.filePath(file)),
                      QDir::cleanPath(executableDir.filePath(QStringLiteral(SPODESK_SANDBOX_MODULE_DIR) +
                                                             QLatin1Char('/') + file))};
    paths.removeDuplicates(); // on Windows the package's place is beside the executable
    return paths;
}

std::unique_ptr<DemoSandbox> DemoServices::startSandbox(const CollegeData &college, QString *error)
{
    using namespace SandboxModuleContract;
    const QStringList candidates = sandboxModulePaths();
    QString path;
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty()) {
        *error = tr("the file %1 is not installed (looked in %2).")
                     .arg(QStringLiteral(SPODESK_SANDBOX_MODULE_FILE),
                          QDir::toNativeSeparators(candidates.join(QStringLiteral(", "))));
        return {};
    }
    // Stays loaded when library goes out of scope (QLibrary unloads only when asked): the sandbox runs its
    // code.
    QLibrary library(path);
    if (!library.load()) {
        *error = tr("the file %1 could not be loaded: %2.")
                     .arg(QDir::toNativeSeparators(path), library.errorString());
        return {};
    }
    const auto identity = reinterpret_cast<IdentityFunction>(library.resolve(IdentitySymbol));
    const QByteArray expected = QByteArrayLiteral(SPODESK_VERSION "/") + QByteArray::number(Revision);
    if (!identity || expected != identity()) {
        *error = tr("the file %1 belongs to another version.").arg(QDir::toNativeSeparators(path));
        library.unload();
        return {};
    }
    const auto start = reinterpret_cast<StartFunction>(library.resolve(StartSymbol));
    if (!start) {
        *error = tr("the file %1 is incomplete.").arg(QDir::toNativeSeparators(path));
        library.unload();
        return {};
    }
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
