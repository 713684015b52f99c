#pragma once

#include <QHash>
#include <QString>
#include <QtGlobal>

// What the sandbox accepts as credentials, fixed when it is built. The defaults are the demo's, and the
// demo's secrets are public by design: they unlock only this loopback stand-in.
struct SandboxSettings
{
    // SGO: every staff login of the college signs in with this password (students and parents once an admin
    // has set theirs through the administration calls). A session lasts this long after its last use; 0 makes
    // every session expire at once (tests of the 401 path).
    QString staffPassword = QStringLiteral("demo-password-2026");
    int sgoSessionLifetimeMs = 45 * 60 * 1000;

    // VK: user tokens and the VK user id each acts as; community tokens and the community id. Empty hashes
    // get the demo's: "demo-vk-token" acts as the college admin (the first staff member with Role::Admin,
    // else the first staff member), "demo-vk-group-token" as the college's community.
    QHash<QString, qint64> vkUserTokens;
    QHash<QString, qint64> vkGroupTokens;

    // xAPI: HTTP Basic key:secret.
    QString xapiKey = QStringLiteral("demo");
    QString xapiSecret = QStringLiteral("demo");

    // Object storage: AWS Signature V4 keys, region, service "s3". Any bucket name is accepted.
    QString storageAccessKey = QStringLiteral("demo-access-key");
    QString storageSecretKey = QStringLiteral("demo-secret-key");
    QString storageRegion = QStringLiteral("us-east-1");
};
