#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// What went wrong with one request, in terms the sync code can act on and the UI can word for a person.
// The service's own code and words are kept as they came (VK error_code/error_msg, SGO "message", the LRS's
// reason, S3's <Code>/<Message>), because a person who calls support needs exactly those.
struct NetError
{
    enum class Kind {
        None,
        Offline,          // no route to the service: DNS, refused, reset, no network
        Timeout,          // no byte for the job's transfer timeout
        Tls,              // the certificate or the TLS handshake failed; never ignored
        HttpStatus,       // an HTTP error without the service's own explanation
        Conflict,         // 409: the service keeps something different under the same id
        MalformedBody,    // the reply is not what this service sends
        ServiceError,     // the service answered with its own error code and message
        InsecureEndpoint, // plain HTTP to a host that is not this computer: refused before sending
        NoCredentials,    // the secret this call needs is not stored (or the keychain is unavailable)
        NotConfigured,    // the service's address (or account) is not in the settings yet
        Cancelled,
    };
    enum class Service { Generic, U2035, ObjectStorage, Sgo, Vk };

    Kind kind = Kind::None;
    Service service = Service::Generic;
    int httpStatus = 0;
    QString serviceCode;
    QString serviceMessage;
    QString detail; // for the log: Qt's error string, the certificate's problem; never a secret
    int retryAfterSeconds = -1;
    QJsonObject extra; // service specifics the caller may need, e.g. VK captcha_sid and request_params

    static NetError make(Kind kind, Service service = Service::Generic, const QString &detail = {});
    static NetError malformed(Service service, const QString &detail);
    static NetError serviceError(Service service, const QString &code, const QString &message,
                                 int httpStatus = 0);

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    int serviceCodeNumber() const { return serviceCode.toInt(); }

    // A sentence or two for a person (translated), naming the service and, when there is one, its own
    // message.
    QString toUserText() const;
    // The same without the service's name, where the service is already shown beside it.
    QString describe() const;
    // One line for the log: kind, status, codes, detail.
    QString toLogText() const;

    static QString serviceName(Service service);
    static const char *kindName(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(NetError) // last: it leaves the access at private
};

Q_DECLARE_METATYPE(NetError)
