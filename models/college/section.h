#pragma once

#include "college/staffmember.h"

#include <QList>

// The main window's sections, in navigation order.
enum class Section {
    Journals,  // «Журналы»
    Footprint, // «ЦС (U2035)»
    Chats,     // «Чаты»
    Accounts,  // «Учётные записи»
};

namespace College {

// SPEC §5: «a denied action is not offered». Journals and chats are every staff member's (seed 004 §29.1:
// «Кнопка Управление чатами доступна только сотрудникам ПОО»); the ЦС forms belong to those who teach and
// to the admin; handing out SGO logins (seed 002) is the admin's and,
// for the parents of their own groups, the curator's.
QList<Section> visibleSections(const StaffMember &user);

} // namespace College
