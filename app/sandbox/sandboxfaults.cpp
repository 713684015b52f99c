#include "sandboxfaults.h"

#include <QJsonValue>
#include <QStringList>

namespace {

struct ServiceName
{
    SandboxService service;
    const char *name;
};

constexpr ServiceName ServiceNames[] = {
    {SandboxService::Sgo, "sgo"},
    {SandboxService::Vk, "vk"},
    {SandboxService::Xapi, "xapi"},
    {SandboxService::Storage, "storage"},
};

bool parseServices(const QString &text, SandboxServices *services)
{
    SandboxServices result;
    const QStringList names = text.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        bool known = false;
        for (const auto &entry : ServiceNames) {
            if (name.trimmed().compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
                result |= entry.service;
                known = true;
            }
        }
        if (!known)
            return false;
    }
    *services = result;
    return !names.isEmpty();
}

QString servicesText(SandboxServices services)
{
    QStringList names;
    for (const auto &entry : ServiceNames) {
        if (services.testFlag(entry.service))
            names << QLatin1String(entry.name);
    }
    return names.join(QLatin1Char('+'));
}

bool parseInt(const QString &text, int min, int max, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < min || parsed > max)
        return false;
    *value = parsed;
    return true;
}

bool parseBool(const QString &text, bool *value)
{
    if (text.isEmpty() || text == QLatin1String("1") || text == QLatin1String("on") ||
        text == QLatin1String("true")) {
        *value = true;
        return true;
    }
    if (text == QLatin1String("0") || text == QLatin1String("off") || text == QLatin1String("false")) {
        *value = false;
        return true;
    }
    return false;
}

constexpr int MaxLatencyMs = 10 * 60 * 1000;

} // namespace

bool SandboxFaults::parse(const QString &text, SandboxFaults *faults, QString *error)
{
    SandboxFaults result = *faults;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("latency"))
            ok = parseInt(value, 0, MaxLatencyMs, &result.latencyMs);
        else if (key == QLatin1String("errors"))
            ok = parseInt(value, 0, 100, &result.errorRatePercent);
        else if (key == QLatin1String("failnext"))
            ok = parseInt(value, 0, 1000000, &result.failNext);
        else if (key == QLatin1String("hang"))
            ok = parseBool(value, &result.hang);
        else if (key == QLatin1String("malformed"))
            ok = parseInt(value.isEmpty() ? QStringLiteral("100") : value, 0, 100,
                          &result.malformedRatePercent);
        else if (key == QLatin1String("ratelimit"))
            ok = parseBool(value, &result.rateLimit);
        else if (key == QLatin1String("close"))
            ok = parseBool(value, &result.closeConnection);
        else if (key == QLatin1String("services"))
            ok = parseServices(value, &result.services);
        else if (key == QLatin1String("seed")) {
            const uint seed = value.toUInt(&ok);
            result.seed = seed;
        }
        if (!ok) {
            *error =
                QStringLiteral("bad fault \"%1\": expected latency=MS, errors=PERCENT, failnext=N, hang, "
                               "malformed=PERCENT, ratelimit, close, services=sgo+vk+xapi+storage, seed=N")
                    .arg(item);
            return false;
        }
    }
    *faults = result;
    return true;
}

QString SandboxFaults::toString() const
{
    QStringList items;
    items << QStringLiteral("latency=%1").arg(latencyMs) << QStringLiteral("errors=%1").arg(errorRatePercent)
          << QStringLiteral("failnext=%1").arg(failNext) << QStringLiteral("hang=%1").arg(hang ? 1 : 0)
          << QStringLiteral("malformed=%1").arg(malformedRatePercent)
          << QStringLiteral("ratelimit=%1").arg(rateLimit ? 1 : 0)
          << QStringLiteral("close=%1").arg(closeConnection ? 1 : 0)
          << QStringLiteral("services=%1").arg(servicesText(services)) << QStringLiteral("seed=%1").arg(seed);
    return items.join(QLatin1Char(','));
}

QJsonObject SandboxFaults::toJson() const
{
    return {
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("errorRatePercent"), errorRatePercent},
        {QStringLiteral("failNext"), failNext},
        {QStringLiteral("hang"), hang},
        {QStringLiteral("malformedRatePercent"), malformedRatePercent},
        {QStringLiteral("rateLimit"), rateLimit},
        {QStringLiteral("closeConnection"), closeConnection},
        {QStringLiteral("services"), servicesText(services)},
        {QStringLiteral("seed"), qint64(seed)},
    };
}

bool SandboxFaults::mergeJson(const QJsonObject &json, QString *error)
{
    SandboxFaults result = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        bool ok = true;
        auto readInt = [&](int min, int max, int *target) {
            const double number = value.toDouble(-1);
            ok = value.isDouble() && number >= min && number <= max && number == int(number);
            if (ok)
                *target = int(number);
        };
        auto readBool = [&](bool *target) {
            ok = value.isBool();
            if (ok)
                *target = value.toBool();
        };
        if (key == QLatin1String("latencyMs"))
            readInt(0, MaxLatencyMs, &result.latencyMs);
        else if (key == QLatin1String("errorRatePercent"))
            readInt(0, 100, &result.errorRatePercent);
        else if (key == QLatin1String("failNext"))
            readInt(0, 1000000, &result.failNext);
        else if (key == QLatin1String("hang"))
            readBool(&result.hang);
        else if (key == QLatin1String("malformedRatePercent"))
            readInt(0, 100, &result.malformedRatePercent);
        else if (key == QLatin1String("rateLimit"))
            readBool(&result.rateLimit);
        else if (key == QLatin1String("closeConnection"))
            readBool(&result.closeConnection);
        else if (key == QLatin1String("services"))
            ok = value.isString() && parseServices(value.toString(), &result.services);
        else if (key == QLatin1String("seed")) {
            const double number = value.toDouble(-1);
            ok = value.isDouble() && number >= 0 && number <= 4294967295.0;
            if (ok)
                result.seed = quint32(number);
        } else
            ok = false;
        if (!ok) {
            *error = QStringLiteral("bad or unknown fault \"%1\"").arg(key);
            return false;
        }
    }
    *this = result;
    return true;
}
