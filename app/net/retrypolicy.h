#pragma once

#include "net/neterror.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

// When a failed request is tried again and after how long: exponential backoff with jitter for timeouts,
// connection errors, 5xx and 429 (whose Retry-After wins); never for other 4xx, TLS or a refused endpoint.
// Clock and random source are injectable, and timeScale lets tests run the real schedule in microseconds.
struct RetryPolicy
{
    int maxAttempts = 4; // the first try included
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{60000};
    std::chrono::seconds maxRetryAfter{
        600};                       // a longer Retry-After means: give up now, let the outbox park it
    double timeScale = 1.0;         // real wait = computed delay * timeScale (tests only)
    std::function<double()> random; // uniform in [0, 1); default QRandomGenerator
    std::function<QDateTime()> now; // default QDateTime::currentDateTimeUtc

    static bool isTransient(const NetError &error);
    bool shouldRetry(const NetError &error, int attemptsMade) const;
    // The delay before attempt number attemptsMade + 1, as the service asked or as the backoff gives.
    std::chrono::milliseconds delayFor(const NetError &error, int attemptsMade) const;
    std::chrono::milliseconds scaled(std::chrono::milliseconds delay) const;

    // Retry-After as delta-seconds or an HTTP-date; nullopt when absent or unreadable.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    QDateTime currentTime() const;
};
