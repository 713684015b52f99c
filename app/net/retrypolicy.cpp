#include "net/retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

bool RetryPolicy::isTransient(const NetError &error)
{
    switch (error.kind) {
    case NetError::Kind::Offline:
    case NetError::Kind::Timeout:
        return true;
    case NetError::Kind::HttpStatus:
    case NetError::Kind::ServiceError:
        return error.httpStatus == 429 || error.httpStatus == 408 || error.httpStatus >= 500;
    default:
        return false;
    }
}

bool RetryPolicy::shouldRetry(const NetError &error, int attemptsMade) const
{
    if (attemptsMade >= maxAttempts || !isTransient(error))
        return false;
    return error.retryAfterSeconds < 0 || std::chrono::seconds(error.retryAfterSeconds) <= maxRetryAfter;
}

std::chrono::milliseconds RetryPolicy::delayFor(const NetError &error, int attemptsMade) const
{
    using namespace std::chrono;
    if (error.retryAfterSeconds >= 0)
        return duration_cast<milliseconds>(seconds(error.retryAfterSeconds));
    const double exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double ceiling = std::min<double>(maxDelay.count(), baseDelay.count() * std::pow(2.0, exponent));
    // "Equal jitter": at least half the step, so retries spread out but never pile up immediately.
    const double r = random ? std::clamp(random(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    return milliseconds(static_cast<qint64>(ceiling / 2 + r * ceiling / 2));
}

std::chrono::milliseconds RetryPolicy::scaled(std::chrono::milliseconds delay) const
{
    return std::chrono::milliseconds(
        static_cast<qint64>(std::llround(delay.count() * std::max(0.0, timeScale))));
}

QDateTime RetryPolicy::currentTime() const
{
    return now ? now() : QDateTime::currentDateTimeUtc();
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(static_cast<int>(std::min<qlonglong>(seconds, 1 << 30)));
    // IMF-fixdate, the only HTTP-date form a sender may generate (RFC 9110 §5.6.7).
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    // A date centuries ahead must not wrap around into a negative wait.
    return static_cast<int>(std::clamp<qint64>(now.secsTo(when), 0, 1 << 30));
}
