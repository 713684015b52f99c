#pragma once

#include "footprintcatalogue.h"
#include "launchoptions.h"

#include <QString>

#include <chrono>
#include <cstdio>
#include <optional>

// `spodesk --sync-once`: no window. Signs in to SGO, pulls the college into the account's own cache (the file
// the GUI opens for the same account), sends the journal's queued edits, then delivers every ЦС statement
// that is due to U2035's LRS. Prints one line per service — «SGO: loaded N record(s) (K kind(s) of data),
// sent M journal edit(s)» and «delivered N, rejected N, conflicts N, waiting N» for U2035 — with each failure
// on stderr, and returns the exit code: 0 when nothing failed; 1 when SGO refused the sign-in or an edit, a
// kind of data could not be loaded, a statement was refused or a service could not be reached; 3 when the
// cache or the settings could not be used (no SGO account or password given and none remembered, no LRS
// address).
// SGO's account: --sgo-login with the password from standard input (--password-stdin, one line), else the
// settings' account and its password from the keychain. Endpoints come from the settings unless --sgo-url,
// --u2035-url or --s3-url say otherwise for this run. With --demo the in-process sandbox stands in for what
// is not given, and the demo college comes from its SGO as in the GUI.
struct SyncOnceSetup
{
    QString schemaPath = FootprintCatalogue::ResourcePath; // the «Расширения БАС» catalogue (demo only)
    // Tests: keys held in memory for this run instead of the keychain.
    std::optional<std::pair<QString, QString>> lrsCredentials;
    std::optional<std::pair<QString, QString>> storageCredentials;
    std::optional<std::chrono::milliseconds> timeout;
    // Tests of the ЦС alone: no SGO; the statements are delivered from the cache at this path.
    QString footprintOnlyCache;
    std::FILE *in = stdin; // where --password-stdin reads the password
    std::FILE *out = stdout;
    std::FILE *err = stderr;
};

int runSyncOnce(const LaunchOptions &options, const SyncOnceSetup &setup = {});
