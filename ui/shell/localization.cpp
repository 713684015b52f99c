#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QString Localization::languageFor(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty())
        return requested;
    return system.language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("ru");
}

bool Localization::install(QCoreApplication &application, const QString &language, const QString &qmDirectory)
{
    QLocale::setDefault(QLocale(language));

    auto *qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *ours = new QTranslator(&application);
    if (!ours->load(QStringLiteral("spodesk_") + language, qmDirectory)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}
