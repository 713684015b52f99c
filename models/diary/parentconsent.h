#pragma once

#include "college/parent.h"

#include <QDate>
#include <QString>

// A parent's answer on personal data and their contacts for delivery, as the ЭД service registers them.
// The parent carries the answer (consent, consentDate), the contacts and how the contacts were handed over
// (contactSource); consentForm says how the answer itself was given.
struct ParentConsent
{
    Parent parent;
    Parent::ContactSource consentForm = Parent::ContactSource::Unknown;
};

enum class ConsentProblem { None, NoDate, DateInFuture, NoForm };
enum class ContactsProblem { None, NoSource, BadPhone, BadEmail };

namespace Diary {

// Seed 001 §1: «Проведение регистрации согласия/несогласия на обработку персональных данных…» A registered
// answer has the day it was given (not a day still to come) and how it was given; «не запрашивалось» needs
// neither.
ConsentProblem consentProblem(Parent::Consent consent, const QDate &date, Parent::ContactSource form,
                              const QDate &today);

// Seed 001 §7: «Передача контактных данных должна осуществляться родителями письменно или с применением
// электронных систем передачи документов.» Contacts are kept only with how they were handed over.
ContactsProblem contactsProblem(const QString &phone, const QString &email, Parent::ContactSource source);

// Seed 001 §2: «формирование выписок в бумажной форме … родителям …, не имеющим доступа … к интернету, либо
// отказавшимся от получения информации в электронной форме». Those who refused come first in the extracts.
bool needsPaperExtract(const Parent &parent);

} // namespace Diary
