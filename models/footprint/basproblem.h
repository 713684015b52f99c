#pragma once

#include <QString>

// Why a «Расширения БАС» value is refused, with the field's Russian label so the message can name it.
struct BasProblem
{
    enum class Reason {
        None,
        UnknownField,    // not in the catalogue
        WrongShape,      // e.g. a number where an object {score, min, max, unit} is expected
        MissingPart,     // detail names the part: score, min, max, unit, bestResultSelector
        NotInteger,      // detail names the part
        NotNumber,
        NotText,
        NotYesNo,
        BadDuration,     // not an ISO 8601 duration such as PT14M8S
        OutOfRange,      // score outside [min, max], or a percentage outside 0–100
        MinAboveMax,
        WrongUnit,       // detail: the unit given
        BadSelector,     // bestResultSelector not min/max (none for text)
        NotAllowed,      // a value outside the field's list
    };

    QString label;
    Reason reason = Reason::None;
    QString detail;

    bool ok() const { return reason == Reason::None; }
};
