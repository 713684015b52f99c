#include "net/servicesettings.h"

#include <algorithm>

namespace {

QUrl urlValue(const QSettings &settings, const QString &key, const QUrl &fallback = {})
{
    const QString text = settings.value(key).toString();
    return text.isEmpty() ? fallback : QUrl(text, QUrl::StrictMode);
}

} // namespace

ServiceSettings::ServiceSettings(const QString &filePath, QObject *parent)
    : QObject(parent), m_settings(filePath, QSettings::IniFormat)
{
    load();
}

void ServiceSettings::load()
{
    m_u2035.lrsUrl = urlValue(m_settings, QStringLiteral("u2035/lrsUrl"));
    m_u2035.batchSize = std::clamp(m_settings.value(QStringLiteral("u2035/batchSize"), 50).toInt(), 1, 1000);
    m_u2035.storageUrl = urlValue(m_settings, QStringLiteral("u2035/storageUrl"));
    m_u2035.bucket = m_settings.value(QStringLiteral("u2035/bucket")).toString();
    m_u2035.region = m_settings.value(QStringLiteral("u2035/region"), QStringLiteral("us-east-1")).toString();
    m_sgo.baseUrl = urlValue(m_settings, QStringLiteral("sgo/baseUrl"));
    m_sgo.account = m_settings.value(QStringLiteral("sgo/account")).toString();
    m_sgo.school = m_settings.value(QStringLiteral("sgo/school")).toString();
    m_vk.apiUrl = urlValue(m_settings, QStringLiteral("vk/apiUrl"), Vk().apiUrl);
    m_vk.communityId = m_settings.value(QStringLiteral("vk/communityId")).toString();
}

ServiceSettings::U2035 ServiceSettings::u2035() const
{
    U2035 effective = m_u2035;
    if (!m_lrsOverride.isEmpty())
        effective.lrsUrl = m_lrsOverride;
    if (!m_storageOverride.isEmpty()) {
        effective.storageUrl = m_storageOverride;
        if (effective.bucket.isEmpty())
            effective.bucket = QStringLiteral("spodesk");
    }
    return effective;
}

ServiceSettings::Sgo ServiceSettings::sgo() const
{
    Sgo effective = m_sgo;
    if (!m_sgoOverride.isEmpty())
        effective.baseUrl = m_sgoOverride;
    return effective;
}

void ServiceSettings::setSgoRunOverride(const QUrl &baseUrl)
{
    m_sgoOverride = baseUrl;
    Q_EMIT changed();
}

void ServiceSettings::setRunOverrides(const QUrl &lrsUrl, const QUrl &storageUrl)
{
    m_lrsOverride = lrsUrl;
    m_storageOverride = storageUrl;
    Q_EMIT changed();
}

void ServiceSettings::setU2035(const U2035 &value)
{
    if (value == m_u2035)
        return;
    m_u2035 = value;
    m_u2035.batchSize = std::clamp(m_u2035.batchSize, 1, 1000);
    m_settings.setValue(QStringLiteral("u2035/lrsUrl"), value.lrsUrl.toString());
    m_settings.setValue(QStringLiteral("u2035/batchSize"), m_u2035.batchSize);
    m_settings.setValue(QStringLiteral("u2035/storageUrl"), value.storageUrl.toString());
    m_settings.setValue(QStringLiteral("u2035/bucket"), value.bucket);
    m_settings.setValue(QStringLiteral("u2035/region"), value.region);
    Q_EMIT changed();
}

void ServiceSettings::setSgo(const Sgo &value)
{
    if (value == m_sgo)
        return;
    m_sgo = value;
    m_settings.setValue(QStringLiteral("sgo/baseUrl"), value.baseUrl.toString());
    m_settings.setValue(QStringLiteral("sgo/account"), value.account);
    m_settings.setValue(QStringLiteral("sgo/school"), value.school);
    Q_EMIT changed();
}

void ServiceSettings::setVk(const Vk &value)
{
    if (value == m_vk)
        return;
    m_vk = value;
    m_settings.setValue(QStringLiteral("vk/apiUrl"), value.apiUrl.toString());
    m_settings.setValue(QStringLiteral("vk/communityId"), value.communityId);
    Q_EMIT changed();
}

bool ServiceSettings::hasAnyService() const
{
    return !u2035().lrsUrl.isEmpty() || !sgo().baseUrl.isEmpty() || !m_vk.communityId.isEmpty();
}

void ServiceSettings::sync()
{
    m_settings.sync();
}
