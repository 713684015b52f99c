#include "diary/parentconsent.h"

#include <QRegularExpression>

ConsentProblem Diary::consentProblem(Parent::Consent consent, const QDate &date, Parent::ContactSource form,
                                     const QDate &today)
{
    if (consent == Parent::Consent::NotAsked)
        return ConsentProblem::None;
    if (!date.isValid())
        return ConsentProblem::NoDate;
    if (date > today)
        return ConsentProblem::DateInFuture;
    if (form == Parent::ContactSource::Unknown)
        return ConsentProblem::NoForm;
    return ConsentProblem::None;
}

ContactsProblem Diary::contactsProblem(const QString &phone, const QString &email,
                                       Parent::ContactSource source)
{
    const QString trimmedPhone = phone.trimmed();
    const QString trimmedEmail = email.trimmed();
    if (!trimmedPhone.isEmpty()) {
        // «+7 (912) 345-67-89», «8 912 3456789»: ten or eleven digits with the usual separators.
        static const QRegularExpression separators(QStringLiteral("[\\s()\\-]"));
        QString digits = trimmedPhone;
        digits.remove(separators);
        if (digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        static const QRegularExpression onlyDigits(QStringLiteral("^\\d{10,11}$"));
        if (!onlyDigits.match(digits).hasMatch())
            return ContactsProblem::BadPhone;
    }
    if (!trimmedEmail.isEmpty()) {
        static const QRegularExpression address(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!address.match(trimmedEmail).hasMatch())
            return ContactsProblem::BadEmail;
    }
    if ((!trimmedPhone.isEmpty() || !trimmedEmail.isEmpty()) && source == Parent::ContactSource::Unknown)
        return ContactsProblem::NoSource;
    return ContactsProblem::None;
}

bool Diary::needsPaperExtract(const Parent &parent)
{
    return parent.consent == Parent::Consent::Refused;
}
