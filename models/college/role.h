#pragma once

#include <QFlags>

// The college staff roles (seed 004 §29, seed 002). A person may hold several.
enum class Role {
    Admin = 0x1,          // «Администратор ПОО»
    Curator = 0x2,        // «Куратор»
    SubjectTeacher = 0x4, // «Преподаватель-предметник»
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

// Rights the admin grants on top of a role («Пользователи → Права доступа»).
enum class Right {
    ManageChats = 0x1, // «Управление чатами»
};
Q_DECLARE_FLAGS(Rights, Right)
Q_DECLARE_OPERATORS_FOR_FLAGS(Rights)
