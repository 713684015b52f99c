#pragma once

#include "footprint/basproblem.h"

#include <QCoreApplication>
#include <QString>

// What a person reads when a «Расширения БАС» value is refused before queuing: the field by its Russian label
// and the reason, e.g. «Безопасность и качество полёта: оценка вне диапазона от минимума до максимума».
class BasProblemText
{
    Q_DECLARE_TR_FUNCTIONS(BasProblemText)
public:
    static QString of(const BasProblem &problem);
    // The reason alone, without the field's label.
    static QString reason(const BasProblem &problem);
};
