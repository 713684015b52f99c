#include "widgets/labels.h"

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("College administrator");
    case Role::Curator:
        return tr("Curator");
    case Role::SubjectTeacher:
        return tr("Subject teacher");
    }
    return {};
}

QString Labels::section(Section section)
{
    switch (section) {
    case Section::Journals:
        return tr("Journals");
    case Section::Footprint:
        return tr("Footprint (U2035)");
    case Section::Chats:
        return tr("Chats");
    case Section::Accounts:
        return tr("Accounts");
    }
    return {};
}

QString Labels::sectionStatusTip(Section section)
{
    switch (section) {
    case Section::Journals:
        return tr("Group journals by course and group");
    case Section::Footprint:
        return tr("The learners' digital footprint sent to U2035");
    case Section::Chats:
        return tr("Sferum and VK Messenger chats");
    case Section::Accounts:
        return tr("SGO logins for parents and pupils of additional education");
    }
    return {};
}

QIcon Labels::sectionIcon(Section section)
{
    return QIcon(QStringLiteral(":/icons/") + sectionKey(section) + QStringLiteral(".svg"));
}

QString Labels::sectionKey(Section section)
{
    switch (section) {
    case Section::Journals:
        return QStringLiteral("journals");
    case Section::Footprint:
        return QStringLiteral("footprint");
    case Section::Chats:
        return QStringLiteral("chats");
    case Section::Accounts:
        return QStringLiteral("accounts");
    }
    return {};
}

QString Labels::roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Curator:
        return QStringLiteral("curator");
    case Role::SubjectTeacher:
        return QStringLiteral("subjectTeacher");
    }
    return {};
}
