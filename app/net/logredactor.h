#pragma once

#include <QString>

// The one place that keeps secrets out of log lines. Every line written by the log file handler passes
// through redact(): header values of Authorization and SGO's "at", access_token= query values, the pw/pw2
// form fields and password-like JSON fields are masked by pattern, and every secret the credential store
// has seen this session is masked by value (as is, base64 and hex), wherever it turns up.
class LogRedactor
{
public:
    static QString redact(const QString &line);
    // Secrets shorter than 4 characters are not registered: masking them would shred ordinary text.
    static void registerSecret(const QString &secret);
    static void forgetAllSecrets(); // tests

    static QLatin1String mask() { return QLatin1String("[redacted]"); }
};
