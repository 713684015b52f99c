#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// One API call inside an execute program, with its arguments as VK would receive them as request parameters
// (arrays comma-joined, booleans 1/0).
struct VkApiCall
{
    QString method;
    QHash<QString, QString> parameters;
};

// The subset of VKScript the app generates: `return [API.messages.addChatUser({"chat_id":1,"user_id":2}),
// …];` or a single `return API.x.y({…});`, arguments as one JSON object (or none). Anything else does not
// compile.
struct VkExecuteProgram
{
    QList<VkApiCall> calls;
    bool returnsArray = true;

    static std::optional<VkExecuteProgram> parse(const QString &code);
};
