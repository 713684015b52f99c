#pragma once

#include "footprint/basextension.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// How a field of «Расширения БАС» is edited and shown (U2035's fd.schema.json): the editor the form builds
// for it, what a measured value's JSON ({score, min, max, unit, bestResultSelector}) carries besides what the
// person enters, and a value as the reports list it.
namespace BasExtensionEditor {

enum class Editor {
    ScoreText,    // a measured value typed as text: Text, and Duration (ISO 8601)
    ScoreYesNo,   // a measured yes or no
    ScoreNumbers, // a measured number with its scale: score, min, max
    Boolean,
    Number, // Number and Integer
    StringList,
    String, // one of the allowed values, or free text with the schema's examples offered
};

struct Spec
{
    Editor editor = Editor::String;
    int decimals = 0;         // ScoreNumbers and Number
    bool isoDuration = false; // ScoreText: the text is an ISO 8601 duration
    // Measured values only:
    QStringList unitChoice; // more than one unit: the person picks one
    QString unit;           // otherwise the unit written with the value
    bool writesUnit = false;
    bool showsUnit = false; // the one unit is shown beside the editor
    QString bestResult;     // fixed bestResultSelector ("none" for a text); empty: the person picks it
};

Spec specFor(const BasExtension &field);
// A measured value's JSON: what was entered (score, and min and max) with the unit and the
// bestResultSelector that the spec fixes or the person chose.
QJsonObject measuredValue(const Spec &spec, QJsonObject entered, const QString &chosenUnit,
                          const QString &chosenBestResult);
// Seed 000: a value behind «Подробнее»: «7 (0–10) баллы», «да», a list joined with commas; the units «текст»
// and «да-нет» are not shown.
QString valueText(const QJsonValue &value);

} // namespace BasExtensionEditor
