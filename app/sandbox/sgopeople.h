#pragma once

#include "sandboxids.h"

#include "college/entrymethod.h"
#include "college/personname.h"
#include "college/role.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

struct CollegeData;

// One SGO account of the college's people (ids as SandboxIds::sgoUserId).
struct SgoPerson
{
    qint64 id = 0;
    SandboxIds::PersonKind kind = SandboxIds::PersonKind::Student;
    PersonName name;
    QString login;
    EntryMethod entry = EntryMethod::QuickEntry;
    QString homeOrganisation;
    QString groupName; // students
    Roles roles;       // staff
    Rights rights;     // staff
    bool mustChangePassword = false;
    bool enrolled = false; // students: enrolled today (parents are active through their children)
    QString password;      // empty: can't sign in here
};

// Who the SGO account service knows, and which parent is linked to which child.
class SgoPeople
{
public:
    SgoPeople(const CollegeData &college, const QString &staffPassword);

    // How a person came into the list, as SGO's replies name it ("otherOrganisation", "quickEntry",
    // "import").
    static QString entryName(EntryMethod entry);

    SgoPerson *find(qint64 id);
    // Someone who came after the start (an enrolment order made in the sandbox); replaces one with that id.
    void add(const SgoPerson &person);
    const SgoPerson *findByLogin(const QString &login) const;
    // Students or parents, sorted by name; activeOnly: enrolled students, parents of an enrolled child.
    QList<const SgoPerson *> list(SandboxIds::PersonKind kind, bool activeOnly) const;

    QList<qint64> childrenOf(qint64 parentId) const;
    QList<qint64> parentsOf(qint64 studentId) const;
    bool isLinked(qint64 parentId, qint64 studentId) const;
    void link(qint64 parentId, qint64 studentId);
    void unlink(qint64 parentId, qint64 studentId);

    // The Person object of the admin calls; withLinks adds "children" (parent) or "parents" (student).
    QJsonObject toJson(const SgoPerson &person, bool withLinks) const;

private:
    bool isActive(const SgoPerson &person) const;

    QHash<qint64, SgoPerson> m_people;
    QHash<QString, qint64> m_idByLogin;     // lower-case login
    QHash<qint64, QSet<qint64>> m_children; // parent → students
    QHash<qint64, QSet<qint64>> m_parents;  // student → parents
};
