#include "launchoptions.h"

#include "sandboxfaults.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <tuple>

namespace {

// Each option is one entry here; a later issue adds its option and one branch in parse().
struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("LaunchOptions", "Open the built-in demo college.")};
    QCommandLineOption scale{
        QStringLiteral("scale"),
        QCoreApplication::translate("LaunchOptions",
                                    "Size of the demo college: default or large (with --demo)."),
        QStringLiteral("default|large"), QStringLiteral("default")};
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               QCoreApplication::translate("LaunchOptions", "Keep the local cache in DIR."),
                               QStringLiteral("DIR")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("LaunchOptions", "Interface language: ru or en (default: the system's)."),
        QStringLiteral("ru|en")};
    QCommandLineOption quitAfterFirstPaint{
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("LaunchOptions",
                                    "Exit right after the main window is first painted, printing the "
                                    "milliseconds since the process started.")};
    QCommandLineOption syncOnce{
        QStringLiteral("sync-once"),
        QCoreApplication::translate(
            "LaunchOptions", "Without a window: pull the college from SGO, send the journal's edits, deliver "
                             "the digital footprint that is due to U2035, print what was done and exit "
                             "(non-zero if anything failed).")};
    QCommandLineOption u2035Url{
        QStringLiteral("u2035-url"),
        QCoreApplication::translate("LaunchOptions",
                                    "Use the xAPI LRS at URL for this run instead of the settings."),
        QStringLiteral("URL")};
    QCommandLineOption s3Url{
        QStringLiteral("s3-url"),
        QCoreApplication::translate(
            "LaunchOptions",
            "Use the S3-compatible object storage at URL for this run instead of the settings."),
        QStringLiteral("URL")};
    QCommandLineOption sgoUrl{
        QStringLiteral("sgo-url"),
        QCoreApplication::translate("LaunchOptions", "Use SGO at URL for this run instead of the settings."),
        QStringLiteral("URL")};
    QCommandLineOption sgoLogin{
        QStringLiteral("sgo-login"),
        QCoreApplication::translate(
            "LaunchOptions", "With --sync-once: sign in to SGO as LOGIN (else the remembered account)."),
        QStringLiteral("LOGIN")};
    QCommandLineOption passwordStdin{
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("LaunchOptions",
                                    "With --sync-once: read the SGO password from standard input.")};
    QCommandLineOption sandboxFaults{
        QStringLiteral("sandbox-faults"),
        QCoreApplication::translate(
            "LaunchOptions",
            "With --demo: the demo services misbehave as SPEC says, to try the app by hand, e.g. "
            "latency=2000,errors=30,hang,malformed=10,ratelimit,close,services=sgo+vk+xapi+storage."),
        QStringLiteral("SPEC")};
};

// An http(s) URL with a host, or an empty one with *ok false.
QUrl serviceUrl(const QString &text, bool *ok)
{
    const QUrl url(text, QUrl::StrictMode);
    *ok = url.isValid() && !url.host().isEmpty() &&
          (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    return *ok ? url : QUrl();
}

} // namespace

bool LaunchOptions::parse(const QStringList &arguments, QString *error)
{
    *this = LaunchOptions();
    const Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions",
        "SPO Desk: journals, digital footprint, chats and accounts for vocational colleges."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions(
        {options.demo, options.scale, options.dataDir, options.language, options.quitAfterFirstPaint});
    parser.addOptions({options.syncOnce, options.u2035Url, options.s3Url, options.sandboxFaults});
    parser.addOptions({options.sgoUrl, options.sgoLogin, options.passwordStdin});

    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    wantsHelp = parser.isSet(help);
    wantsVersion = parser.isSet(version);
    helpText = parser.helpText();

    demo = parser.isSet(options.demo);
    quitAfterFirstPaint = parser.isSet(options.quitAfterFirstPaint);

    const QString scaleValue = parser.value(options.scale);
    if (scaleValue == QLatin1String("default"))
        scale = DemoScale::Default;
    else if (scaleValue == QLatin1String("large"))
        scale = DemoScale::Large;
    else
        return fail(
            QStringLiteral("Invalid value for --scale: \"%1\" (expected default or large)").arg(scaleValue));
    if (parser.isSet(options.scale) && !demo)
        return fail(QStringLiteral("--scale only applies to the demo college; add --demo"));

    if (parser.isSet(options.dataDir)) {
        dataDir = parser.value(options.dataDir);
        if (dataDir.trimmed().isEmpty())
            return fail(QStringLiteral("--data-dir needs a directory"));
    }

    if (parser.isSet(options.language)) {
        language = parser.value(options.language);
        if (language != QLatin1String("ru") && language != QLatin1String("en"))
            return fail(QStringLiteral("Invalid value for --lang: \"%1\" (expected ru or en)").arg(language));
    }
    syncOnce = parser.isSet(options.syncOnce);
    for (const auto &[option, target, name] : {std::tuple{&options.u2035Url, &u2035Url, "--u2035-url"},
                                               std::tuple{&options.s3Url, &s3Url, "--s3-url"},
                                               std::tuple{&options.sgoUrl, &sgoUrl, "--sgo-url"}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = serviceUrl(parser.value(*option), &ok);
        if (!ok)
            return fail(QStringLiteral("Invalid value for %1: \"%2\" (expected an http or https URL)")
                            .arg(QLatin1String(name), parser.value(*option)));
    }
    sgoLogin = parser.value(options.sgoLogin).trimmed();
    passwordStdin = parser.isSet(options.passwordStdin);
    if ((parser.isSet(options.sgoLogin) || passwordStdin) && !syncOnce)
        return fail(QStringLiteral("--sgo-login and --password-stdin only apply to --sync-once"));
    if (parser.isSet(options.sgoLogin) && sgoLogin.isEmpty())
        return fail(QStringLiteral("--sgo-login needs a login"));
    if (passwordStdin && sgoLogin.isEmpty())
        return fail(QStringLiteral("--password-stdin needs --sgo-login"));
    if (parser.isSet(options.sandboxFaults)) {
        if (!demo)
            return fail(QStringLiteral("--sandbox-faults only applies to the demo services; add --demo"));
        sandboxFaults = parser.value(options.sandboxFaults);
        SandboxFaults faults;
        QString problem;
        if (!SandboxFaults::parse(sandboxFaults, &faults, &problem))
            return fail(QStringLiteral("Invalid value for --sandbox-faults: %1").arg(problem));
    }
    return true;
}

QString LaunchOptions::resolvedDataDir() const
{
    if (!dataDir.isEmpty())
        return QDir::cleanPath(QDir(dataDir).absolutePath());
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString LaunchOptions::accountCacheFilePath(const QUrl &sgoBase, const QString &school,
                                            const QString &login) const
{
    // A digest, not the login: file names end up in backups and support screenshots.
    const QByteArray identity = sgoBase.adjusted(QUrl::StripTrailingSlash).toString().toLower().toUtf8() +
                                '\n' + school.toUtf8() + '\n' + login.trimmed().toLower().toUtf8();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(resolvedDataDir()).filePath(QStringLiteral("accounts/college-%1.sqlite").arg(digest));
}

QString LaunchOptions::cacheFilePath() const
{
    QString name = QStringLiteral("college.sqlite");
    if (demo)
        name =
            scale == DemoScale::Large ? QStringLiteral("demo-large.sqlite") : QStringLiteral("demo.sqlite");
    return QDir(resolvedDataDir()).filePath(name);
}
