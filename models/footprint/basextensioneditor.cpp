#include "footprint/basextensioneditor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVariant>

namespace BasExtensionEditor {

namespace {

using Kind = BasExtension::Kind;

QString yesNo(bool value)
{
    // The words of the ЦС page, where these values are shown.
    return value ? QCoreApplication::translate("FootprintPage", "yes")
                 : QCoreApplication::translate("FootprintPage", "no");
}

} // namespace

Spec specFor(const BasExtension &field)
{
    Spec spec;
    switch (field.kind) {
    case Kind::Boolean:
        spec.editor = Editor::Boolean;
        return spec;
    case Kind::Number:
        spec.editor = Editor::Number;
        spec.decimals = 3;
        return spec;
    case Kind::Integer:
        spec.editor = Editor::Number;
        return spec;
    case Kind::StringList:
        spec.editor = Editor::StringList;
        return spec;
    case Kind::String:
        spec.editor = Editor::String;
        return spec;
    case Kind::Text:
        spec.editor = Editor::ScoreText;
        spec.unit = field.units.value(0, QStringLiteral("текст"));
        spec.writesUnit = true;
        spec.bestResult = QStringLiteral("none");
        return spec;
    case Kind::Duration:
        spec.editor = Editor::ScoreText;
        spec.isoDuration = true;
        break;
    case Kind::YesNo:
        spec.editor = Editor::ScoreYesNo;
        spec.writesUnit = true;
        break;
    case Kind::Score:
    case Kind::Rank:
    case Kind::Percents:
    case Kind::Count:
        spec.editor = Editor::ScoreNumbers;
        spec.writesUnit = true;
        break;
    case Kind::Dimension:
    case Kind::Weight:
    case Kind::Speed:
        spec.editor = Editor::ScoreNumbers;
        spec.decimals = 2;
        spec.writesUnit = true;
        break;
    }
    if (field.units.size() > 1)
        spec.unitChoice = field.units;
    else if (field.units.size() == 1)
        spec.unit = field.units.first();
    spec.showsUnit = !spec.unit.isEmpty() && spec.editor != Editor::ScoreYesNo;
    return spec;
}

QJsonObject measuredValue(const Spec &spec, QJsonObject entered, const QString &chosenUnit,
                          const QString &chosenBestResult)
{
    if (spec.writesUnit)
        entered.insert(QStringLiteral("unit"), spec.unitChoice.isEmpty() ? spec.unit : chosenUnit);
    entered.insert(QStringLiteral("bestResultSelector"),
                   spec.bestResult.isEmpty() ? chosenBestResult : spec.bestResult);
    return entered;
}

QString valueText(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue score = object.value(QStringLiteral("score"));
        QString text = score.isBool() ? yesNo(score.toBool()) : score.toVariant().toString();
        if (object.contains(QStringLiteral("min")) || object.contains(QStringLiteral("max"))) {
            text += QStringLiteral(" (%1–%2)")
                        .arg(object.value(QStringLiteral("min")).toVariant().toString(),
                             object.value(QStringLiteral("max")).toVariant().toString());
        }
        const QString unit = object.value(QStringLiteral("unit")).toString();
        return unit.isEmpty() || unit == QStringLiteral("текст") || unit == QStringLiteral("да-нет")
                   ? text
                   : text + QLatin1Char(' ') + unit;
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        return items.join(QStringLiteral(", "));
    }
    if (value.isBool())
        return yesNo(value.toBool());
    return value.toVariant().toString();
}

} // namespace BasExtensionEditor
