#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

struct SandboxReply;
struct SandboxRequest;
struct SandboxSettings;

// An S3-style object store, path style: PUT /<bucket>/<key> (any bucket) signed with AWS Signature V4
// (Authorization header; x-amz-date within 15 minutes; x-amz-content-sha256 the body's SHA-256 hex or
// UNSIGNED-PAYLOAD; host among the signed headers), GET and HEAD of the object with ETag = "md5 hex".
// Objects are readable without a signature (an attachment's fileUrl is fetched by others); a GET that is
// signed is checked all the same. Errors are S3's XML: <Error><Code>SignatureDoesNotMatch</Code>…</Error>.
class StorageSandbox
{
public:
    explicit StorageSandbox(const SandboxSettings &settings);

    SandboxReply serve(const SandboxRequest &request);

private:
    struct Object
    {
        QByteArray data;
        QByteArray contentType;
        QByteArray etag;
    };

    // An error reply when the signature doesn't hold; no value when it does.
    std::optional<SandboxReply> verify(const SandboxRequest &request) const;

    QString m_accessKey;
    QString m_secretKey;
    QString m_region;
    QHash<QString, Object> m_objects; // "/bucket/key" → object
};
