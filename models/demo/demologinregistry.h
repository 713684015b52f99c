#pragma once

#include "college/personname.h"

#include <QHash>
#include <QString>

// SGO-style logins for the demo college, unique across staff, students and parents. Seed 002 shows a parent's
// login «мИвановП»: a letter for who the person is to the child, the child's surname and first initial.
class DemoLoginRegistry
{
public:
    // «КаганНВ» for Каган Наталья Владимировна; «АнисимоваЮА» for a student.
    QString personLogin(const PersonName &name);
    // «мИвановП» for the mother of Иванов Пётр; prefix «м» for a mother, «п» for a father, «о» for a
    // guardian.
    QString parentLogin(const QString &prefix, const PersonName &child);

private:
    QString unique(const QString &base);

    QHash<QString, int> m_taken; // base → how many already carry it
};
