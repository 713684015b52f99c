#include "sync/basproblemtext.h"

QString BasProblemText::of(const BasProblem &problem)
{
    if (problem.reason == BasProblem::Reason::UnknownField)
        return reason(problem);
    //: «Расширения БАС» refusal: %1 the field's label, %2 the reason
    return tr("%1: %2").arg(problem.label, reason(problem));
}

QString BasProblemText::reason(const BasProblem &problem)
{
    using Reason = BasProblem::Reason;
    switch (problem.reason) {
    case Reason::None:
        return QString();
    case Reason::UnknownField:
        return tr("%1 is not a field of the BAS extensions").arg(problem.detail);
    case Reason::WrongShape:
        return tr("the value has the wrong form for this field");
    case Reason::MissingPart:
        return tr("the part \"%1\" is missing").arg(problem.detail);
    case Reason::NotInteger:
        return tr("\"%1\" must be a whole number").arg(problem.detail);
    case Reason::NotNumber:
        return tr("the value must be a number");
    case Reason::NotText:
        return tr("the value must be text");
    case Reason::NotYesNo:
        return tr("the value must be yes or no");
    case Reason::BadDuration:
        return tr("\"%1\" is not a duration such as PT14M8S").arg(problem.detail);
    case Reason::OutOfRange:
        return tr("the value is outside the range from the minimum to the maximum");
    case Reason::MinAboveMax:
        return tr("the minimum is greater than the maximum");
    case Reason::WrongUnit:
        return tr("the unit \"%1\" is not allowed for this field").arg(problem.detail);
    case Reason::BadSelector:
        return tr("the best result must be the minimum or the maximum");
    case Reason::NotAllowed:
        return tr("\"%1\" is not one of the allowed values").arg(problem.detail);
    }
    return QString();
}
