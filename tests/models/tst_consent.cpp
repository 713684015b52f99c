#include "diarysample.h"
#include "fakediarystore.h"
#include "diary/parentconsent.h"
#include "diary/parentconsentmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Consent = Parent::Consent;
using Source = Parent::ContactSource;

// Seed 001 §1: «регистрации согласия/несогласия на обработку персональных данных»; §7: «Передача контактных
// данных должна осуществляться родителями письменно или с применением электронных систем передачи
// документов.»
class TestConsent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consentNeedsDateAndForm_data();
    void consentNeedsDateAndForm();
    void contactsNeedHowTheyWereHandedOver_data();
    void contactsNeedHowTheyWereHandedOver();
    void paperExtractsForThoseWhoRefused_data();
    void paperExtractsForThoseWhoRefused();

    void tableOfTheGroupsParents();
    void aRefusedChangeChangesNothing_data();
    void aRefusedChangeChangesNothing();
    void anAcceptedChangeIsSavedAtOnce();
    void aFailedSaveKeepsTheChange();
};

void TestConsent::consentNeedsDateAndForm_data()
{
    QTest::addColumn<Consent>("consent");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Source>("form");
    QTest::addColumn<ConsentProblem>("problem");
    const QDate today(2026, 11, 25);
    QTest::newRow("not asked needs nothing")
        << Consent::NotAsked << QDate() << Source::Unknown << ConsentProblem::None;
    QTest::newRow("consent in writing today")
        << Consent::Given << today << Source::InWriting << ConsentProblem::None;
    QTest::newRow("refusal in electronic form")
        << Consent::Refused << QDate(2026, 9, 1) << Source::Electronic << ConsentProblem::None;
    QTest::newRow("consent without a date")
        << Consent::Given << QDate() << Source::InWriting << ConsentProblem::NoDate;
    QTest::newRow("refusal dated tomorrow")
        << Consent::Refused << today.addDays(1) << Source::InWriting << ConsentProblem::DateInFuture;
    QTest::newRow("consent without how it was given")
        << Consent::Given << today << Source::Unknown << ConsentProblem::NoForm;
}

void TestConsent::consentNeedsDateAndForm()
{
    QFETCH(Consent, consent);
    QFETCH(QDate, date);
    QFETCH(Source, form);
    QFETCH(ConsentProblem, problem);
    QCOMPARE(Diary::consentProblem(consent, date, form, QDate(2026, 11, 25)), problem);
}

void TestConsent::contactsNeedHowTheyWereHandedOver_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<Source>("source");
    QTest::addColumn<ContactsProblem>("problem");
    QTest::newRow("no contacts, nothing to say")
        << QString() << QString() << Source::Unknown << ContactsProblem::None;
    QTest::newRow("a phone given in writing")
        << QStringLiteral("+7 (912) 345-67-89") << QString() << Source::InWriting << ContactsProblem::None;
    QTest::newRow("8 912 3456789") << QStringLiteral("8 912 3456789") << QString() << Source::Electronic
                                   << ContactsProblem::None;
    QTest::newRow("an e-mail sent electronically")
        << QString() << QStringLiteral("mama@example.ru") << Source::Electronic << ContactsProblem::None;
    QTest::newRow("a phone without how it came")
        << QStringLiteral("89123456789") << QString() << Source::Unknown << ContactsProblem::NoSource;
    QTest::newRow("too short a phone")
        << QStringLiteral("12-34") << QString() << Source::InWriting << ContactsProblem::BadPhone;
    QTest::newRow("letters in a phone")
        << QStringLiteral("8912abc6789") << QString() << Source::InWriting << ContactsProblem::BadPhone;
    QTest::newRow("not an e-mail") << QString() << QStringLiteral("mama.example.ru") << Source::InWriting
                                   << ContactsProblem::BadEmail;
}

void TestConsent::contactsNeedHowTheyWereHandedOver()
{
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(Source, source);
    QFETCH(ContactsProblem, problem);
    QCOMPARE(Diary::contactsProblem(phone, email, source), problem);
}

void TestConsent::paperExtractsForThoseWhoRefused_data()
{
    QTest::addColumn<Consent>("consent");
    QTest::addColumn<bool>("paper");
    QTest::newRow("refused the electronic form") << Consent::Refused << true;
    QTest::newRow("gave consent") << Consent::Given << false;
    QTest::newRow("not asked yet") << Consent::NotAsked << false;
}

void TestConsent::paperExtractsForThoseWhoRefused()
{
    QFETCH(Consent, consent);
    QFETCH(bool, paper);
    Parent p;
    p.consent = consent;
    QCOMPARE(Diary::needsPaperExtract(p), paper);
}

void TestConsent::tableOfTheGroupsParents()
{
    FakeDiaryStore store;
    ParentConsentModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(DiarySample::group());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ParentConsentModel::ParentColumn).data().toString(),
             QStringLiteral("Алексеева Мария Петровна"));
    QCOMPARE(model.index(0, ParentConsentModel::ChildrenColumn).data().toString(),
             QStringLiteral("Алексеев Антон Ильич"));
    QCOMPARE(model.index(0, ParentConsentModel::ConsentColumn).data().toString(), QStringLiteral("consent"));
    QCOMPARE(model.index(0, ParentConsentModel::ConsentFormColumn).data().toString(),
             QStringLiteral("in electronic form"));
    QCOMPARE(model.index(0, ParentConsentModel::ContactSourceColumn).data().toString(),
             QStringLiteral("in electronic form"));
    QCOMPARE(model.index(1, ParentConsentModel::ConsentColumn).data().toString(), QStringLiteral("refusal"));
    QCOMPARE(model.index(1, ParentConsentModel::ConsentFormColumn).data().toString(),
             QStringLiteral("in writing"));
    QVERIFY(model.index(1, 0).data(ParentConsentModel::PaperExtractRole).toBool());
    QVERIFY(!model.index(0, 0).data(ParentConsentModel::PaperExtractRole).toBool());
    QCOMPARE(model.record(1).parent.id, qint64(51));
    QCOMPARE(model.rowOf(51), 1);
}

void TestConsent::aRefusedChangeChangesNothing_data()
{
    QTest::addColumn<Consent>("consent");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Source>("form");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<ParentConsentModel::Field>("field");
    QTest::newRow("a date to come") << Consent::Given << QDate(2026, 12, 1) << Source::InWriting << QString()
                                    << QString() << ParentConsentModel::Field::ConsentDate;
    QTest::newRow("consent without its form")
        << Consent::Given << QDate(2026, 11, 1) << Source::Unknown << QString() << QString()
        << ParentConsentModel::Field::ConsentForm;
    QTest::newRow("a bad phone") << Consent::Given << QDate(2026, 11, 1) << Source::InWriting
                                 << QStringLiteral("123") << QString() << ParentConsentModel::Field::Phone;
    QTest::newRow("a bad e-mail") << Consent::Given << QDate(2026, 11, 1) << Source::InWriting << QString()
                                  << QStringLiteral("nobody") << ParentConsentModel::Field::Email;
}

void TestConsent::aRefusedChangeChangesNothing()
{
    QFETCH(Consent, consent);
    QFETCH(QDate, date);
    QFETCH(Source, form);
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(ParentConsentModel::Field, field);
    FakeDiaryStore store;
    ParentConsentModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return QDate(2026, 11, 25); });
    model.load(DiarySample::group());
    const ParentConsent before = model.record(1);
    ParentConsent change = before;
    change.parent.consent = consent;
    change.parent.consentDate = date;
    change.consentForm = form;
    change.parent.phone = phone;
    change.parent.email = email;
    change.parent.contactSource = Source::InWriting;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QString problem;
    ParentConsentModel::Field where = ParentConsentModel::Field::None;
    QVERIFY(!model.setRecord(1, change, &problem, &where));
    QVERIFY(!problem.isEmpty());
    QCOMPARE(where, field);
    QVERIFY(store.consentSaves.isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.record(1).parent.consent, before.parent.consent);
    QCOMPARE(model.record(1).parent.phone, before.parent.phone);
}

void TestConsent::anAcceptedChangeIsSavedAtOnce()
{
    FakeDiaryStore store;
    ParentConsentModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return QDate(2026, 11, 25); });
    model.load(DiarySample::group());
    ParentConsent change = model.record(1);
    change.parent.consent = Consent::Given;
    change.parent.consentDate = QDate(2026, 11, 25);
    change.consentForm = Source::InWriting;
    change.parent.phone = QStringLiteral(" 8 912 000-11-22 ");
    change.parent.contactSource = Source::InWriting;
    QSignalSpy saved(&model, &ParentConsentModel::saved);
    QVERIFY(model.setRecord(1, change));
    QCOMPARE(store.consentSaves.size(), 1);
    QCOMPARE(store.consentSaves.first().parent.id, qint64(51));
    QCOMPARE(store.consentSaves.first().parent.phone, QStringLiteral("8 912 000-11-22"));
    QCOMPARE(store.consentSaves.first().consentForm, Source::InWriting);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(model.index(1, ParentConsentModel::ConsentColumn).data().toString(), QStringLiteral("consent"));
    QVERIFY(!model.index(1, 0).data(ParentConsentModel::PaperExtractRole).toBool());

    // Back to «не запрашивалось»: date and form go with it.
    change.parent.consent = Consent::NotAsked;
    QVERIFY(model.setRecord(1, change));
    QVERIFY(!store.consentSaves.last().parent.consentDate.isValid());
    QCOMPARE(store.consentSaves.last().consentForm, Source::Unknown);
    QCOMPARE(model.index(1, ParentConsentModel::ConsentDateColumn).data().toString(), QString());
}

void TestConsent::aFailedSaveKeepsTheChange()
{
    FakeDiaryStore store;
    ParentConsentModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.load(DiarySample::group());
    ParentConsent change = model.record(0);
    change.parent.email = QStringLiteral("mama@example.ru");
    store.failNext = true;
    QSignalSpy failed(&model, &ParentConsentModel::saveFailed);
    QVERIFY(model.setRecord(0, change));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(model.record(0).parent.email, QStringLiteral("mama@example.ru"));
    QVERIFY(model.index(0, 0).data(ParentConsentModel::UnsavedRole).toBool());
    QCOMPARE(model.unsavedCount(), 1);
    model.retryUnsaved();
    QCOMPARE(store.consentSaves.size(), 2);
    QCOMPARE(store.consentSaves.last().parent.email, QStringLiteral("mama@example.ru"));
    QCOMPARE(model.unsavedCount(), 0);
}

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
