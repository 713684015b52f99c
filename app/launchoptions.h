#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What the command line asked for; parsed once in main() and handed to the composition root.
struct LaunchOptions
{
    enum class DemoScale { Default, Large };

    bool demo = false;
    DemoScale scale = DemoScale::Default;
    QString dataDir;  // empty: QStandardPaths::AppLocalDataLocation
    QString language; // "ru", "en" or empty: follow the system locale
    bool quitAfterFirstPaint = false;
    // --sync-once: no window; pull from SGO, send the journal's edits, deliver what is due to U2035, print
    // what was done, exit (non-zero if anything failed).
    bool syncOnce = false;
    // --u2035-url / --s3-url: the LRS's xAPI base and the object storage endpoint for this run only.
    QUrl u2035Url;
    QUrl s3Url;
    // --sgo-url: SGO's address for this run (with --demo it wins over the sandbox's).
    QUrl sgoUrl;
    // --sgo-login with --sync-once: sign in to SGO as LOGIN; --password-stdin: its password from stdin.
    QString sgoLogin;
    bool passwordStdin = false;
    // --sandbox-faults: with --demo, the in-process sandbox starts with these faults (SandboxFaults::parse).
    QString sandboxFaults;

    // Parses arguments (argv[0] first). On a bad option returns false and sets error to a message for stderr.
    // --version and --help are reported through wantsVersion/wantsHelp/helpText so main() decides how to
    // print.
    bool parse(const QStringList &arguments, QString *error);
    bool wantsVersion = false;
    bool wantsHelp = false;
    QString helpText;

    // dataDir made absolute, with the default applied.
    QString resolvedDataDir() const;
    // The cache file inside the data dir: the demo college and a real college never share one.
    QString cacheFilePath() const;
    // A real college's cache: one file per SGO account (server, organisation, login), so that several people
    // on one computer never see each other's data.
    QString accountCacheFilePath(const QUrl &sgoBase, const QString &school, const QString &login) const;
};
