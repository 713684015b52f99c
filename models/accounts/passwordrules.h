#pragma once

#include <QString>

class QRandomGenerator;

namespace Accounts {

// Seed 002: «Обратите внимание! Пароль должен содержать не менее 8 символов.»
constexpr int MinimumPasswordLength = 8;

// Seed 002: «ввести новый пароль и подтвердить его в следующей строке»: what is wrong with the pair, for the
// field, or empty when SGO may be asked. Characters are counted as a person counts them (code points).
QString newPasswordProblem(const QString &password, const QString &confirmation);

// A password to offer: `length` (at least MinimumPasswordLength) characters that read aloud and copy by hand
// without doubt — no 0/O/o, 1/l/I, and letters and digits both. Never logged by the caller.
QString generatedPassword(QRandomGenerator &random, int length = 10);
// The alphabet generatedPassword draws from.
QString readableAlphabet();

} // namespace Accounts
