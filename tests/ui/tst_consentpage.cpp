#include "diary/consentpage.h"
#include "diarytestcollege.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

// ЭД (seed 001 §1, §7) as the curator registers it: a parent's consent or refusal with its date and form, the
// contacts with how they were handed over; saved at once, refused at the field, read-only for a teacher.
class TestConsentPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void listsTheGroupsParents();
    void refusalIsSavedAtOnce();
    void aDateToComeIsRefusedAtTheField();
    void contactsWithHowTheyCame();
    void aBadPhoneIsRefusedAndKeptInTheForm();
    void aTeacherOnlyReads();

private:
    void open(qint64 staffId, Role role);
    Parent stored(qint64 parentId, Parent::ContactSource *form = nullptr);
    template<typename T> T *find(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<DiaryTestCollege> m_college;
    std::unique_ptr<DiaryStore> m_store;
    std::unique_ptr<ConsentPage> m_page;
};

void TestConsentPage::init()
{
    m_college = std::make_unique<DiaryTestCollege>();
    QVERIFY(m_college->isValid());
}

void TestConsentPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_college.reset();
}

void TestConsentPage::open(qint64 staffId, Role role)
{
    m_store = std::make_unique<DiaryStore>(m_college->cache(), DiaryTestCollege::groupId);
    m_page = std::make_unique<ConsentPage>(*m_store, m_college->contextOf(staffId, role));
    m_page->resize(1100, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

Parent TestConsentPage::stored(qint64 parentId, Parent::ContactSource *form)
{
    const auto fresh = m_college->loadedStore();
    for (const Parent &p : fresh->data().parents) {
        if (p.id == parentId) {
            if (form)
                *form = fresh->data().consentForms.value(parentId, Parent::ContactSource::Unknown);
            return p;
        }
    }
    return {};
}

void TestConsentPage::listsTheGroupsParents()
{
    open(2, Role::Curator);
    QVERIFY(m_page->isEditable());
    QCOMPARE(m_page->model()->index(0, ParentConsentModel::ParentColumn).data().toString(),
             QStringLiteral("Алексеева Елена Сергеевна"));
    QCOMPARE(m_page->model()->index(1, ParentConsentModel::ChildrenColumn).data().toString(),
             QStringLiteral("Борисов Иван"));
    // The first parent is in the form.
    QVERIFY(find<QRadioButton>("consentGiven")->isChecked());
    QCOMPARE(find<QDateEdit>("consentDate")->date(), QDate(2024, 9, 2));
    QCOMPARE(find<QLineEdit>("parentPhone")->text(), QStringLiteral("+79991112233"));
    QVERIFY(find<QLabel>("consentParentName")->text().contains(QStringLiteral("Алексеева Мария Игоревна")));
}

void TestConsentPage::refusalIsSavedAtOnce()
{
    open(2, Role::Curator);
    QCOMPARE(find<QComboBox>("consentForm")->currentText(),
             ParentConsentModel::formText(Parent::ContactSource::Electronic));
    QTest::mouseClick(find<QRadioButton>("consentRefused"), Qt::LeftButton);
    QCOMPARE(m_page->model()->record(0).parent.consent, Parent::Consent::Refused);
    QTRY_COMPARE(stored(200).consent, Parent::Consent::Refused);
    QCOMPARE(stored(200).consentDate, QDate(2024, 9, 2));
    QTRY_COMPARE(find<QLabel>("consentStatus")->text(), QCoreApplication::translate("ConsentPage", "Saved."));
    QVERIFY(m_page->model()->index(0, 0).data(ParentConsentModel::PaperExtractRole).toBool());

    // How it was given cannot be dropped from an answer: asked for at the field, nothing saved.
    auto *form = find<QComboBox>("consentForm");
    form->setCurrentIndex(form->findText(ParentConsentModel::formText(Parent::ContactSource::Unknown)));
    Q_EMIT form->activated(form->currentIndex());
    auto *problem = find<QLabel>("consentProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), ParentConsentModel::problemText(ConsentProblem::NoForm));
    Parent::ContactSource how = Parent::ContactSource::Unknown;
    QCOMPARE(stored(200, &how).consent, Parent::Consent::Refused);
    QCOMPARE(how, Parent::ContactSource::Electronic);

    form->setCurrentIndex(form->findText(ParentConsentModel::formText(Parent::ContactSource::InWriting)));
    Q_EMIT form->activated(form->currentIndex());
    QVERIFY(!problem->isVisible());
    QTRY_VERIFY(stored(200, &how).id == 200 && how == Parent::ContactSource::InWriting);
}

void TestConsentPage::aDateToComeIsRefusedAtTheField()
{
    open(2, Role::Curator);
    auto *date = find<QDateEdit>("consentDate");
    date->setFocus();
    date->setDate(QDate(2024, 12, 21)); // tomorrow
    Q_EMIT date->editingFinished();
    auto *problem = find<QLabel>("consentProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), ParentConsentModel::problemText(ConsentProblem::DateInFuture));
    // The typed date stays in the form; the cache keeps the old one.
    QCOMPARE(date->date(), QDate(2024, 12, 21));
    QCOMPARE(stored(200).consentDate, QDate(2024, 9, 2));
    date->setDate(QDate(2024, 12, 20));
    Q_EMIT date->editingFinished();
    QVERIFY(!problem->isVisible());
    QTRY_COMPARE(stored(200).consentDate, QDate(2024, 12, 20));
}

void TestConsentPage::contactsWithHowTheyCame()
{
    open(2, Role::Curator);
    m_page->selectParent(201);
    QVERIFY(find<QRadioButton>("consentRefused")->isChecked());
    auto *email = find<QLineEdit>("parentEmail");
    email->setText(QStringLiteral("borisov@example.ru"));
    Q_EMIT email->editingFinished();
    // Contacts need how they were handed over.
    auto *problem = find<QLabel>("contactsProblem");
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), ParentConsentModel::problemText(ContactsProblem::NoSource));
    auto *source = find<QComboBox>("contactSource");
    source->setCurrentIndex(
        source->findText(ParentConsentModel::formText(Parent::ContactSource::Electronic)));
    Q_EMIT source->activated(source->currentIndex());
    QVERIFY(!problem->isVisible());
    QTRY_COMPARE(stored(201).email, QStringLiteral("borisov@example.ru"));
    QCOMPARE(stored(201).contactSource, Parent::ContactSource::Electronic);
}

void TestConsentPage::aBadPhoneIsRefusedAndKeptInTheForm()
{
    open(2, Role::Curator);
    auto *phone = find<QLineEdit>("parentPhone");
    phone->setText(QStringLiteral("12-34"));
    Q_EMIT phone->editingFinished();
    QVERIFY(find<QLabel>("contactsProblem")->isVisible());
    QCOMPARE(find<QLabel>("contactsProblem")->text(),
             ParentConsentModel::problemText(ContactsProblem::BadPhone));
    QCOMPARE(phone->text(), QStringLiteral("12-34"));
    QCOMPARE(stored(200).phone, QStringLiteral("+79991112233"));
}

void TestConsentPage::aTeacherOnlyReads()
{
    open(3, Role::SubjectTeacher);
    QVERIFY(!m_page->isEditable());
    QVERIFY(!find<QRadioButton>("consentRefused")->isEnabled());
    QVERIFY(!find<QLineEdit>("parentPhone")->isEnabled());
    QVERIFY(!find<QLabel>("consentStatus")->text().isEmpty());
}

QTEST_MAIN(TestConsentPage)
#include "tst_consentpage.moc"
