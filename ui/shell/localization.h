#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Which language the UI speaks and loading its translations: ours and Qt's own (standard dialog buttons).
class Localization
{
public:
    // --lang wins; otherwise English for an English system and Russian, the default, for everyone else.
    static QString languageFor(const QString &requested, const QLocale &system);

    // Installs spodesk_<language>.qm from qmDirectory (the embedded resources unless a test says otherwise)
    // and qtbase_<language>.qm from Qt's translations. Returns false if ours could not be loaded.
    static bool install(QCoreApplication &application, const QString &language,
                        const QString &qmDirectory = QStringLiteral(":/i18n"));
};
