#include "net/s3replies.h"

#include <QXmlStreamReader>

namespace S3Replies {

NetError parseFailure(int status, const QByteArray &body)
{
    QString code;
    QString message;
    QXmlStreamReader xml(body);
    int depth = 0;
    bool inError = false;
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (depth == 1) {
                inError = xml.name() == QLatin1String("Error");
                if (!inError)
                    break;
            } else if (depth == 2 && xml.name() == QLatin1String("Code")) {
                code = xml.readElementText(QXmlStreamReader::SkipChildElements).left(200);
                --depth;
            } else if (depth == 2 && xml.name() == QLatin1String("Message")) {
                message = xml.readElementText(QXmlStreamReader::SkipChildElements).left(2000);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    const bool readable = inError && !xml.hasError() && !code.isEmpty();
    NetError error = NetError::make(readable ? NetError::Kind::ServiceError : NetError::Kind::HttpStatus,
                                    NetError::Service::ObjectStorage);
    if (status == 409 && !readable)
        error.kind = NetError::Kind::Conflict;
    error.httpStatus = status;
    if (readable) {
        error.serviceCode = code;
        error.serviceMessage = message;
    }
    return error;
}

} // namespace S3Replies
