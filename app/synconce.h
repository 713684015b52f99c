#pragma once

#include "footprintcatalogue.h"
#include "launchoptions.h"

#include <QString>

#include <chrono>
#include <cstdio>
#include <optional>

// `spodesk --sync-once`: no window. Opens the cache (building the demo college first with --demo), delivers
// every ЦС statement that is due to U2035's LRS, prints «delivered N, rejected N, conflicts N, waiting N» and
// returns the exit code: 0 when nothing failed, 1 when a statement was refused or the LRS could not be
// reached, 3 when the cache or the settings could not be used. Endpoints come from the settings unless
// --u2035-url or
// --s3-url say otherwise for this run; with --demo the in-process sandbox stands in for what is not given.
struct SyncOnceSetup
{
    QString schemaPath = FootprintCatalogue::ResourcePath; // the «Расширения БАС» catalogue (demo only)
    // Tests: keys held in memory for this run instead of the keychain.
    std::optional<std::pair<QString, QString>> lrsCredentials;
    std::optional<std::pair<QString, QString>> storageCredentials;
    std::optional<std::chrono::milliseconds> timeout;
    std::FILE *out = stdout;
    std::FILE *err = stderr;
};

int runSyncOnce(const LaunchOptions &options, const SyncOnceSetup &setup = {});
