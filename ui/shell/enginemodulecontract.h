#pragma once

#include <QtContainerFwd>

class QObject;
class QString;
class WindowFrame;

// The C entry points of the engine module (app/entry/enginemodule.cpp), looked up by name when the executable loads
// it. Only pointers to Qt's classes and to WindowFrame cross: both sides are built from these headers.
namespace EngineModuleContract {

// Raise whenever a signature below or WindowFrame changes: a module of another revision is refused.
inline constexpr int Revision = 1;

// const char *spodeskEngineModule(): "<SPODESK_VERSION>/<Revision>", to check before anything is called.
inline constexpr char IdentitySymbol[] = "spodeskEngineModule";
using IdentityFunction = const char *(*)();

// Builds the engine and the screens into frame for this command line (argv[0] first) and starts opening the
// cache. Returns the session, which the caller owns and deletes before the window; null with *error set when
// the arguments are refused.
inline constexpr char StartSymbol[] = "spodeskStartSession";
using StartFunction = QObject *(*)(WindowFrame *frame, const QStringList *arguments, QString *error);

// `spodesk --sync-once`, with a QCoreApplication already made: returns the process's exit code.
inline constexpr char SyncOnceSymbol[] = "spodeskSyncOnce";
using SyncOnceFunction = int (*)(const QStringList *arguments);

} // namespace EngineModuleContract
