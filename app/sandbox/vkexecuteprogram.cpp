#include "vkexecuteprogram.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

class Parser
{
public:
    explicit Parser(const QString &code) : m_code(code) {}

    std::optional<VkExecuteProgram> program()
    {
        VkExecuteProgram result;
        skipSpace();
        if (!word(QStringLiteral("return")))
            return std::nullopt;
        skipSpace();
        if (take(QLatin1Char('['))) {
            skipSpace();
            while (!take(QLatin1Char(']'))) {
                if (!result.calls.isEmpty() && !take(QLatin1Char(',')))
                    return std::nullopt;
                skipSpace();
                const auto next = call();
                if (!next)
                    return std::nullopt;
                result.calls.append(*next);
                skipSpace();
            }
        } else {
            const auto only = call();
            if (!only)
                return std::nullopt;
            result.calls.append(*only);
            result.returnsArray = false;
        }
        skipSpace();
        take(QLatin1Char(';'));
        skipSpace();
        if (m_pos != m_code.size())
            return std::nullopt;
        return result;
    }

private:
    std::optional<VkApiCall> call()
    {
        if (!word(QStringLiteral("API.")))
            return std::nullopt;
        VkApiCall result;
        QStringList parts;
        do {
            const QString part = identifier();
            if (part.isEmpty())
                return std::nullopt;
            parts << part;
        } while (take(QLatin1Char('.')));
        if (parts.size() < 2)
            return std::nullopt;
        result.method = parts.join(QLatin1Char('.'));
        skipSpace();
        if (!take(QLatin1Char('(')))
            return std::nullopt;
        skipSpace();
        if (take(QLatin1Char(')')))
            return result;
        const qsizetype end = objectEnd();
        if (end < 0)
            return std::nullopt;
        const QJsonDocument arguments = QJsonDocument::fromJson(m_code.mid(m_pos, end - m_pos).toUtf8());
        if (!arguments.isObject())
            return std::nullopt;
        m_pos = end;
        const QJsonObject object = arguments.object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const auto value = parameter(it.value());
            if (!value)
                return std::nullopt;
            result.parameters.insert(it.key(), *value);
        }
        skipSpace();
        if (!take(QLatin1Char(')')))
            return std::nullopt;
        return result;
    }

    static std::optional<QString> parameter(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Bool:
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        case QJsonValue::Double: {
            const double number = value.toDouble();
            const qint64 whole = qint64(number);
            return double(whole) == number ? QString::number(whole) : QString::number(number);
        }
        case QJsonValue::Array: {
            QStringList items;
            const QJsonArray array = value.toArray();
            for (const QJsonValue &item : array) {
                if (item.isArray() || item.isObject())
                    return std::nullopt;
                const auto text = parameter(item);
                if (!text)
                    return std::nullopt;
                items << *text;
            }
            return items.join(QLatin1Char(','));
        }
        default:
            return std::nullopt;
        }
    }

    // Index just past the JSON object starting at m_pos, or -1.
    qsizetype objectEnd() const
    {
        if (m_pos >= m_code.size() || m_code.at(m_pos) != QLatin1Char('{'))
            return -1;
        int depth = 0;
        bool inString = false;
        for (qsizetype i = m_pos; i < m_code.size(); ++i) {
            const QChar c = m_code.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
            } else if (c == QLatin1Char('"')) {
                inString = true;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                ++depth;
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }

    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_code.size()) {
            const QChar c = m_code.at(m_pos);
            const bool letter = c.isLetter() || c == QLatin1Char('_');
            if (!(letter || (m_pos > start && c.isDigit())) || c.unicode() > 127)
                break;
            ++m_pos;
        }
        return m_code.mid(start, m_pos - start);
    }

    bool word(const QString &text)
    {
        if (!QStringView(m_code).mid(m_pos).startsWith(text))
            return false;
        m_pos += text.size();
        return true;
    }

    bool take(QChar c)
    {
        if (m_pos < m_code.size() && m_code.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_code.size() && m_code.at(m_pos).isSpace())
            ++m_pos;
    }

    const QString &m_code;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<VkExecuteProgram> VkExecuteProgram::parse(const QString &code)
{
    return Parser(code).program();
}
