#include "diary/finalgrade.h"

bool Diary::publicationOverdue(const FinalGrade &grade, const QDateTime &now)
{
    if (grade.value == 0 || !grade.setAt.isValid())
        return false;
    const QDateTime limit = grade.setAt.addDays(1);
    if (grade.publishedAt.isValid())
        return grade.publishedAt > limit;
    return now > limit;
}

DeferralProblem Diary::deferralProblem(const QString &reason, const QDate &until, const QDate &today)
{
    if (reason.trimmed().isEmpty())
        return DeferralProblem::NoReason;
    if (!until.isValid() || until < today)
        return DeferralProblem::DateInPast;
    return DeferralProblem::None;
}
