#include "net/logredactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &knownSecrets()
{
    static QSet<QString> secrets;
    return secrets;
}

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list = [] {
        const auto ci = QRegularExpression::CaseInsensitiveOption;
        QList<Rule> r;
        // Header lines and header dumps: "Authorization: Basic …", "at: 1234…" (SGO's session header).
        r.append(
            {QRegularExpression(
                 QStringLiteral(
                     R"re((\b(?:authorization|proxy-authorization|at|x-amz-security-token|cookie|set-cookie)\s*[:=]\s*)("[^"]*"|[^\r\n,;]+))re"),
                 ci),
             QStringLiteral("\\1[redacted]")});
        // Query and form fields: access_token=…, pw=…, pw2=…, password=…, secret=…
        r.append(
            {QRegularExpression(
                 QStringLiteral(
                     R"re((\b(?:access_token|token|pw2?|password|newpassword|secret|key_secret|x-amz-signature|signature)=)[^&\s"]*)re"),
                 ci),
             QStringLiteral("\\1[redacted]")});
        // JSON fields that carry secrets: "at":"…", "access_token":"…", "password":"…", "newPassword":"…",
        // "secret":"…"
        r.append(
            {QRegularExpression(
                 QStringLiteral(
                     R"re(("(?:at|access_token|token|password|newpassword|pw2?|secret|salt|lt)"\s*:\s*)("(?:[^"\\]|\\.)*"|-?[0-9]+))re"),
                 ci),
             QStringLiteral("\\1\"[redacted]\"")});
        // An AWS SigV4 Authorization value quoted without its header name.
        r.append({QRegularExpression(QStringLiteral(R"re((Signature=)[0-9a-f]{16,})re"), ci),
                  QStringLiteral("\\1[redacted]")});
        return r;
    }();
    return list;
}

} // namespace

QString LogRedactor::redact(const QString &line)
{
    QString clean = line;
    {
        QMutexLocker locker(&secretsMutex());
        // Longest first, so a secret that contains another is masked whole.
        QList<QString> secrets(knownSecrets().cbegin(), knownSecrets().cend());
        std::sort(secrets.begin(), secrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : std::as_const(secrets))
            clean.replace(secret, mask());
    }
    for (const Rule &rule : rules())
        clean.replace(rule.pattern, rule.replacement);
    return clean;
}

void LogRedactor::registerSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    const QByteArray utf8 = secret.toUtf8();
    QMutexLocker locker(&secretsMutex());
    QSet<QString> &secrets = knownSecrets();
    secrets.insert(secret);
    secrets.insert(QString::fromLatin1(utf8.toBase64()));
    secrets.insert(
        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    secrets.insert(QString::fromLatin1(utf8.toHex()));
    secrets.insert(QString::fromLatin1(utf8.toHex()).toUpper());
    secrets.insert(QString::fromLatin1(utf8.toPercentEncoding()));
}

void LogRedactor::forgetAllSecrets()
{
    QMutexLocker locker(&secretsMutex());
    knownSecrets().clear();
}
