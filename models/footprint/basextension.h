#pragma once

#include <QString>
#include <QStringList>

// One field of the «Расширения БАС» catalogue (U2035's fd.schema.json): its IRI, its Russian label (the
// schema's description) and the kind of value it takes.
struct BasExtension
{
    enum class Kind {
        // result.extensions: a measured value with its scale (the schema's definitions)
        Score, Rank, Duration, Percents, Text, YesNo, Count, Dimension, Weight, Speed,
        // context.extensions: plain JSON values
        String, Number, Integer, Boolean, StringList,
    };

    QString iri;
    QString label;
    Kind kind = Kind::String;
    bool context = false;     // a context extension rather than a result one
    QStringList allowed;      // enum values, for a String (or StringList items) restricted to a list
    QStringList units;        // the units a Dimension/Weight/Speed/… value may carry
    QStringList examples;     // the schema's examples, offered as suggestions
};
