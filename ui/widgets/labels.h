#pragma once

#include "college/role.h"
#include "college/section.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How roles and sections are named and drawn, in one place so the sign-in page, the navigation and the
// window title always agree (the Russian wording is the seeds').
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString role(Role role);
    static QString section(Section section);
    static QString sectionStatusTip(Section section);
    static QIcon sectionIcon(Section section);
    // Stable names for tests and settings: "journals", "admin", …
    static QString sectionKey(Section section);
    static QString roleKey(Role role);
};
