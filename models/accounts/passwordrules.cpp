#include "accounts/passwordrules.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

QString Accounts::newPasswordProblem(const QString &password, const QString &confirmation)
{
    if (password.toUcs4().size() < MinimumPasswordLength)
        return QCoreApplication::translate("Accounts", "The password must have at least %n character(s).",
                                           nullptr, MinimumPasswordLength);
    if (password != confirmation)
        return QCoreApplication::translate("Accounts", "The confirmation differs from the new password.");
    return {};
}

QString Accounts::readableAlphabet()
{
    return QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
}

QString Accounts::generatedPassword(QRandomGenerator &random, int length)
{
    const QString alphabet = readableAlphabet();
    const QString digits = QStringLiteral("23456789");
    const int size = std::max(length, MinimumPasswordLength);
    QString password;
    do {
        password.clear();
        for (int i = 0; i < size; ++i)
            password += alphabet.at(int(random.bounded(quint32(alphabet.size()))));
        // Letters and digits both: some services refuse a password of one kind.
    } while (
        std::none_of(password.cbegin(), password.cend(), [&digits](QChar c) { return digits.contains(c); }) ||
        std::none_of(password.cbegin(), password.cend(), [](QChar c) { return c.isLetter(); }));
    return password;
}
