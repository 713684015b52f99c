#include "net/netlogging.h"

Q_LOGGING_CATEGORY(lcNet, "spodesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetU2035, "spodesk.net.u2035", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetSgo, "spodesk.net.sgo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetVk, "spodesk.net.vk", QtInfoMsg)
