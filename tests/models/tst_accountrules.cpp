#include "accounts/certificaterules.h"
#include "accounts/loginpolicy.h"
#include "accounts/passwordrules.h"

#include <QRandomGenerator>
#include <QTest>

// Seed 002's rules for SGO accounts, one row per case the seed names.
class TestAccountRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whoIssuesTheLogin_data();
    void whoIssuesTheLogin();
    void aNewPassword_data();
    void aNewPassword();
    void aGeneratedPasswordIsReadableAndLongEnough();
    void aCertificateNeedsTheParentLinked();
};

void TestAccountRules::whoIssuesTheLogin_data()
{
    QTest::addColumn<EntryMethod>("entry");
    QTest::addColumn<QString>("home");
    QTest::addColumn<bool>("issued");
    QTest::addColumn<QString>("saysWhere");
    // «Если ребенок был зачислен через список обучающихся в других ОО … по учетным записям … в той
    // организации»
    QTest::newRow("list of other organisations")
        << EntryMethod::OtherOrganisationList << QStringLiteral("МБОУ СОШ № 9") << false
        << QStringLiteral("«МБОУ СОШ № 9»");
    QTest::newRow("list, home unknown") << EntryMethod::OtherOrganisationList << QString() << false
                                        << QStringLiteral("school or kindergarten");
    // «… вносили импортом, либо с помощью быстрого ввода, то можно предоставить учетную запись»
    QTest::newRow("quick entry") << EntryMethod::QuickEntry << QString() << true << QString();
    QTest::newRow("import") << EntryMethod::Import << QStringLiteral("МБОУ СОШ № 9") << true << QString();
}

void TestAccountRules::whoIssuesTheLogin()
{
    QFETCH(EntryMethod, entry);
    QFETCH(QString, home);
    QFETCH(bool, issued);
    QFETCH(QString, saysWhere);
    QCOMPARE(Accounts::organisationIssuesLogin(entry), issued);
    const QString where = Accounts::loginComesFrom(entry, home);
    QCOMPARE(where.isEmpty(), issued);
    if (!issued)
        QVERIFY2(where.contains(saysWhere), qPrintable(where));
}

void TestAccountRules::aNewPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("problem"); // a word of it, empty when accepted
    // «Пароль должен содержать не менее 8 символов»
    QTest::newRow("7 characters") << QStringLiteral("abc1234") << QStringLiteral("abc1234")
                                  << QStringLiteral("8");
    QTest::newRow("8 characters") << QStringLiteral("abc12345") << QStringLiteral("abc12345") << QString();
    QTest::newRow("8 Cyrillic characters")
        << QStringLiteral("пароль12") << QStringLiteral("пароль12") << QString();
    QTest::newRow("7 with an emoji") << QStringLiteral("abc123\U0001F600")
                                     << QStringLiteral("abc123\U0001F600") << QStringLiteral("8");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("8");
    // «ввести новый пароль и подтвердить его в следующей строке»
    QTest::newRow("confirmation differs")
        << QStringLiteral("abc12345") << QStringLiteral("abc12346") << QStringLiteral("confirmation");
    QTest::newRow("confirmation empty")
        << QStringLiteral("abc12345") << QString() << QStringLiteral("confirmation");
}

void TestAccountRules::aNewPassword()
{
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(QString, problem);
    const QString said = Accounts::newPasswordProblem(password, confirmation);
    QCOMPARE(said.isEmpty(), problem.isEmpty());
    QVERIFY2(said.contains(problem), qPrintable(said));
}

void TestAccountRules::aGeneratedPasswordIsReadableAndLongEnough()
{
    QRandomGenerator random(2026);
    for (int i = 0; i < 500; ++i) {
        const QString password = Accounts::generatedPassword(random, i % 2 ? 10 : 4);
        QVERIFY(password.size() >= Accounts::MinimumPasswordLength);
        QVERIFY(Accounts::newPasswordProblem(password, password).isEmpty());
        for (QChar c : password) {
            QVERIFY2(!QStringLiteral("0Oo1lI").contains(c), qPrintable(password));
            QVERIFY(Accounts::readableAlphabet().contains(c));
        }
        QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isDigit(); }));
        QVERIFY(std::any_of(password.cbegin(), password.cend(), [](QChar c) { return c.isLetter(); }));
    }
}

void TestAccountRules::aCertificateNeedsTheParentLinked()
{
    // «для подачи заявления на выдачу сертификата необходимо, чтобы в АИС СГО родитель был «привязан» к
    // своему ребенку»
    QVERIFY(Accounts::certificateApplicationProblem(true).isEmpty());
    QVERIFY(Accounts::certificateApplicationProblem(false).contains(QStringLiteral("linked")));
}

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
