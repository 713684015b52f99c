#pragma once

#include "net/neterror.h"

#include <QByteArray>

// Replies of an S3-compatible object storage.
namespace S3Replies {

// Errors come as <Error><Code>NoSuchBucket</Code><Message>…</Message>…</Error>: the code and message are the
// storage's own words. 403 SignatureDoesNotMatch / InvalidAccessKeyId mean the keys in the settings are
// wrong.
NetError parseFailure(int status, const QByteArray &body);

} // namespace S3Replies
