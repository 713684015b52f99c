#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QtGlobal>

// A student's final grade in one subject for the semester; copied to «сводная ведомость».
struct FinalGrade
{
    qint64 studentId = 0;
    qint64 assignmentId = 0;
    int value = 0;         // 2..5; 0 while not set
    QDateTime setAt;       // when the result became known
    QDateTime publishedAt; // when students and parents could see it; invalid while not published
    bool deferred = false; // «отсрочка выставления итоговой оценки» for illness
    QString deferralReason;
    QDate deferredUntil;
};

enum class DeferralProblem { None, NoReason, DateInPast };

namespace Diary {

// Seed 001 §6: «Информация об итоговом оценивании … должна быть доступна обучающимся и их родителям … не
// позже суток после получения результатов.» True when that day has passed without publication (or it came
// late).
bool publicationOverdue(const FinalGrade &grade, const QDateTime &now);

// Seed 001 §5: «В случае болезни обучающегося может быть назначена отсрочка выставления ему итоговой оценки.»
// A deferral needs its reason and a date that is not already past.
DeferralProblem deferralProblem(const QString &reason, const QDate &until, const QDate &today);

} // namespace Diary
