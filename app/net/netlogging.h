#pragma once

#include <QLoggingCategory>

// One category per service, so a support person can switch on just the one that misbehaves
// (QT_LOGGING_RULES="spodesk.net.vk.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcNetU2035)
Q_DECLARE_LOGGING_CATEGORY(lcNetSgo)
Q_DECLARE_LOGGING_CATEGORY(lcNetVk)
