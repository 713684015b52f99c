#include "vkerror.h"

namespace {

struct Known
{
    int code;
    const char *description;
};

// Verbatim from /work/shared/vk/errors.json (VKCOM/vk-api-schema 5.199, MIT).
constexpr Known KnownErrors[] = {
    {1, "Unknown error occurred"},
    {3, "Unknown method passed"},
    {5, "User authorization failed"},
    {6, "Too many requests per second"},
    {7, "Permission to perform this action is denied"},
    {8, "Invalid request"},
    {10, "Internal server error"},
    {12, "Unable to compile code"},
    {13, "Runtime error occurred during code invocation"},
    {15, "Access denied"},
    {27, "Group authorization failed"},
    {100, "One of the parameters specified was missing or invalid"},
    {113, "Invalid user id"},
    {917, "You don't have access to this chat"},
    {925, "You are not admin of this chat"},
    {927, "Chat does not exist"},
    {935, "User not found in chat"},
    {936, "Contact not found"},
};

} // namespace

QString VkError::message() const
{
    const QString text = description(code);
    return detail.isEmpty() ? text : text + QStringLiteral(": ") + detail;
}

QString VkError::description(int code)
{
    for (const Known &entry : KnownErrors) {
        if (entry.code == code)
            return QString::fromLatin1(entry.description);
    }
    return {};
}
