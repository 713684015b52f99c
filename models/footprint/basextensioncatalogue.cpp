#include "footprint/basextensioncatalogue.h"

#include "footprint/isoduration.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

using Kind = BasExtension::Kind;
using Reason = BasProblem::Reason;

std::optional<Kind> kindOfDefinition(const QString &ref)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("ScoreSchema"), Kind::Score},
        {QStringLiteral("RankSchema"), Kind::Rank},
        {QStringLiteral("DurationSchema"), Kind::Duration},
        {QStringLiteral("PercentsSchema"), Kind::Percents},
        {QStringLiteral("TextSchema"), Kind::Text},
        {QStringLiteral("YesNoSchema"), Kind::YesNo},
        {QStringLiteral("CountSchema"), Kind::Count},
        {QStringLiteral("DimensionSchema"), Kind::Dimension},
        {QStringLiteral("WeightSchema"), Kind::Weight},
        {QStringLiteral("SpeedSchema"), Kind::Speed},
    };
    const QString name = ref.section(QLatin1Char('/'), -1);
    const auto found = kinds.constFind(name);
    if (found == kinds.constEnd())
        return std::nullopt;
    return *found;
}

QStringList strings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &value : array)
        result << value.toString();
    return result;
}

// The units a definition allows: its `unit` const or enum, wherever in its allOf parts it stands.
QStringList unitsOf(const QJsonObject &definition)
{
    QStringList units;
    const QJsonArray parts = definition.value(QLatin1String("allOf")).toArray();
    QList<QJsonObject> objects{definition};
    for (const QJsonValue &part : parts)
        objects << part.toObject();
    for (const QJsonObject &object : objects) {
        const QJsonObject unit =
            object.value(QLatin1String("properties")).toObject().value(QLatin1String("unit")).toObject();
        if (unit.contains(QLatin1String("const")))
            units = QStringList{unit.value(QLatin1String("const")).toString()};
        else if (unit.contains(QLatin1String("enum")))
            units = strings(unit.value(QLatin1String("enum")).toArray());
    }
    return units;
}

QStringList examplesOf(const QJsonObject &property)
{
    QStringList examples;
    for (const QJsonValue &example : property.value(QLatin1String("examples")).toArray()) {
        if (example.isArray())
            examples << strings(example.toArray()).join(QStringLiteral(", "));
        else if (example.isString())
            examples << example.toString();
        else if (example.isDouble())
            examples << QString::number(example.toDouble());
    }
    return examples;
}

std::optional<Kind> plainKind(const QJsonObject &property)
{
    const QString type = property.value(QLatin1String("type")).toString();
    if (type == QLatin1String("string"))
        return Kind::String;
    if (type == QLatin1String("number"))
        return Kind::Number;
    if (type == QLatin1String("integer"))
        return Kind::Integer;
    if (type == QLatin1String("boolean"))
        return Kind::Boolean;
    if (type == QLatin1String("array") &&
        property.value(QLatin1String("items")).toObject().value(QLatin1String("type")).toString() ==
            QLatin1String("string"))
        return Kind::StringList;
    return std::nullopt;
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
}

BasProblem problem(const BasExtension &field, Reason reason, const QString &detail = QString())
{
    return BasProblem{field.label, reason, detail};
}

bool integerScale(Kind kind)
{
    return kind == Kind::Score || kind == Kind::Rank || kind == Kind::Percents || kind == Kind::Count;
}

BasProblem validateNumericScale(const BasExtension &field, const QJsonObject &object)
{
    const bool integers = integerScale(field.kind);
    double parts[3] = {};
    const QLatin1String names[3] = {QLatin1String("score"), QLatin1String("min"), QLatin1String("max")};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue part = object.value(names[i]);
        if (part.isUndefined())
            return problem(field, Reason::MissingPart, names[i]);
        if (integers ? !isInteger(part) : !part.isDouble())
            return problem(field, integers ? Reason::NotInteger : Reason::NotNumber, names[i]);
        parts[i] = part.toDouble();
        if (field.kind == Kind::Percents && (parts[i] < 0 || parts[i] > 100))
            return problem(field, Reason::OutOfRange, names[i]);
    }
    if (parts[1] > parts[2])
        return problem(field, Reason::MinAboveMax);
    if (parts[0] < parts[1] || parts[0] > parts[2])
        return problem(field, Reason::OutOfRange, QLatin1String("score"));
    return BasProblem{field.label, Reason::None, {}};
}

BasProblem validateDuration(const BasExtension &field, const QJsonObject &object)
{
    std::optional<double> parts[3];
    const QLatin1String names[3] = {QLatin1String("score"), QLatin1String("min"), QLatin1String("max")};
    for (int i = 0; i < 3; ++i) {
        const QJsonValue part = object.value(names[i]);
        if (part.isUndefined()) {
            if (i == 0)
                return problem(field, Reason::MissingPart, names[i]);
            continue;
        }
        parts[i] = Footprint::parseIsoDuration(part.toString());
        if (!part.isString() || !parts[i])
            return problem(field, Reason::BadDuration, names[i]);
    }
    if (parts[1] && parts[2] && *parts[1] > *parts[2])
        return problem(field, Reason::MinAboveMax);
    if ((parts[1] && *parts[0] < *parts[1]) || (parts[2] && *parts[0] > *parts[2]))
        return problem(field, Reason::OutOfRange, QLatin1String("score"));
    return BasProblem{field.label, Reason::None, {}};
}

BasProblem validateMeasured(const BasExtension &field, const QJsonValue &value)
{
    if (!value.isObject())
        return problem(field, Reason::WrongShape);
    const QJsonObject object = value.toObject();

    const QJsonValue selector = object.value(QLatin1String("bestResultSelector"));
    if (selector.isUndefined())
        return problem(field, Reason::MissingPart, QStringLiteral("bestResultSelector"));
    const QString selectorText = selector.toString();
    const bool selectorOk = field.kind == Kind::Text ? selectorText == QLatin1String("none")
                                                     : selectorText == QLatin1String("min") ||
                                                           selectorText == QLatin1String("max");
    if (!selectorOk)
        return problem(field, Reason::BadSelector, selectorText);

    if (!field.units.isEmpty()) {
        const QJsonValue unit = object.value(QLatin1String("unit"));
        if (unit.isUndefined())
            return problem(field, Reason::MissingPart, QStringLiteral("unit"));
        if (!field.units.contains(unit.toString()))
            return problem(field, Reason::WrongUnit, unit.toString());
    }

    const QJsonValue score = object.value(QLatin1String("score"));
    switch (field.kind) {
    case Kind::Text:
        if (score.isUndefined())
            return problem(field, Reason::MissingPart, QStringLiteral("score"));
        return score.isString() ? BasProblem{field.label, Reason::None, {}} : problem(field, Reason::NotText);
    case Kind::YesNo:
        if (score.isUndefined())
            return problem(field, Reason::MissingPart, QStringLiteral("score"));
        return score.isBool() ? BasProblem{field.label, Reason::None, {}} : problem(field, Reason::NotYesNo);
    case Kind::Duration:
        return validateDuration(field, object);
    default:
        return validateNumericScale(field, object);
    }
}

BasProblem validatePlain(const BasExtension &field, const QJsonValue &value)
{
    const BasProblem ok{field.label, Reason::None, {}};
    switch (field.kind) {
    case Kind::String:
        if (!value.isString())
            return problem(field, Reason::NotText);
        if (!field.allowed.isEmpty() && !field.allowed.contains(value.toString()))
            return problem(field, Reason::NotAllowed, value.toString());
        return ok;
    case Kind::Number:
        return value.isDouble() ? ok : problem(field, Reason::NotNumber);
    case Kind::Integer:
        return isInteger(value) ? ok : problem(field, Reason::NotInteger);
    case Kind::Boolean:
        return value.isBool() ? ok : problem(field, Reason::NotYesNo);
    case Kind::StringList:
        if (!value.isArray())
            return problem(field, Reason::WrongShape);
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return problem(field, Reason::NotText);
            if (!field.allowed.isEmpty() && !field.allowed.contains(item.toString()))
                return problem(field, Reason::NotAllowed, item.toString());
        }
        return ok;
    default:
        break;
    }
    return problem(field, Reason::WrongShape);
}

} // namespace

std::optional<BasExtensionCatalogue> BasExtensionCatalogue::fromSchema(const QByteArray &schemaJson,
                                                                       QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(schemaJson, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonObject definitions = root.value(QLatin1String("definitions")).toObject();
    const QJsonObject sections = root.value(QLatin1String("properties")).toObject();

    BasExtensionCatalogue catalogue;
    for (const QLatin1String section : {QLatin1String("result"), QLatin1String("context")}) {
        const QJsonObject properties = sections.value(section)
                                           .toObject()
                                           .value(QLatin1String("properties"))
                                           .toObject()
                                           .value(QLatin1String("extensions"))
                                           .toObject()
                                           .value(QLatin1String("properties"))
                                           .toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
            const QJsonObject property = it.value().toObject();
            BasExtension field;
            field.iri = it.key();
            field.label = property.value(QLatin1String("description")).toString();
            field.context = section == QLatin1String("context");
            field.examples = examplesOf(property);
            const QString ref = property.value(QLatin1String("$ref")).toString();
            const std::optional<Kind> kind = ref.isEmpty() ? plainKind(property) : kindOfDefinition(ref);
            if (!kind) {
                if (error)
                    *error = QStringLiteral("unsupported value kind of %1").arg(field.iri);
                return std::nullopt;
            }
            field.kind = *kind;
            if (!ref.isEmpty())
                field.units = unitsOf(definitions.value(ref.section(QLatin1Char('/'), -1)).toObject());
            const QJsonObject items = property.value(QLatin1String("items")).toObject();
            field.allowed =
                strings((items.isEmpty() ? property : items).value(QLatin1String("enum")).toArray());
            catalogue.m_index.insert(field.iri, catalogue.m_entries.size());
            catalogue.m_entries << field;
        }
    }
    if (catalogue.m_entries.isEmpty()) {
        if (error)
            *error = QStringLiteral("the schema lists no extensions");
        return std::nullopt;
    }
    return catalogue;
}

const BasExtension *BasExtensionCatalogue::find(const QString &iri) const
{
    const auto found = m_index.constFind(iri);
    return found == m_index.constEnd() ? nullptr : &m_entries.at(*found);
}

BasProblem BasExtensionCatalogue::validate(const QString &iri, const QJsonValue &value) const
{
    const BasExtension *field = find(iri);
    if (!field)
        return BasProblem{QString(), Reason::UnknownField, iri};
    return field->context ? validatePlain(*field, value) : validateMeasured(*field, value);
}
