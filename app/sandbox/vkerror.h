#pragma once

#include <QString>

// One VK API error: the code and text of VK's errors.json, plus the detail VK appends after a colon
// (e.g. 5 «User authorization failed: invalid access_token (4).»).
struct VkError
{
    int code = 0;
    QString detail;

    QString message() const;
    // errors.json's description of the codes the sandbox answers with; empty for others.
    static QString description(int code);
};
