#include "diarytestcollege.h"
#include "nextdialog.h"
#include "diary/finalgradesheetpage.h"
#include "diary/summarysheetmodel.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>

// «Сводная ведомость» as a teacher uses it (seed 001 §5–6): type a final grade, be refused outside 2–5, defer
// for illness (refused with a date in the past), see a grade not published within a day flagged, publish it —
// and find each change in the cache.
class TestFinalGradePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheGroupBySubjects();
    void typingAGradeSavesIt();
    void typingOutsideTheScaleIsRefusedAtTheField();
    void deferralInThePastIsRefusedInTheDialog();
    void deferralIsShownAsDeferred();
    void overdueGradesAreFlaggedAndPublished();
    void aCuratorSetsOnlyWhatSheTeaches();

private:
    void open(qint64 staffId, Role role, qint64 assignment);
    QModelIndex cell(qint64 student, qint64 assignment) const;
    FinalGrade storedGrade(qint64 student, qint64 assignment);

    std::unique_ptr<DiaryTestCollege> m_college;
    std::unique_ptr<DiaryStore> m_store;
    std::unique_ptr<FinalGradeSheetPage> m_page;
};

void TestFinalGradePage::init()
{
    m_college = std::make_unique<DiaryTestCollege>();
    QVERIFY(m_college->isValid());
}

void TestFinalGradePage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_college.reset();
}

void TestFinalGradePage::open(qint64 staffId, Role role, qint64 assignment)
{
    m_store = std::make_unique<DiaryStore>(m_college->cache(), DiaryTestCollege::groupId);
    m_page = std::make_unique<FinalGradeSheetPage>(*m_store, assignment, m_college->contextOf(staffId, role));
    m_page->resize(900, 500);
    m_page->show();
    // Read when first shown.
    QTRY_VERIFY(m_store->isLoaded());
    QTRY_COMPARE(m_page->model()->rowCount(), 2);
}

QModelIndex TestFinalGradePage::cell(qint64 student, qint64 assignment) const
{
    SummarySheetModel *model = m_page->model();
    return model->index(model->rowOf(student), model->columnOf(assignment));
}

FinalGrade TestFinalGradePage::storedGrade(qint64 student, qint64 assignment)
{
    const auto fresh = m_college->loadedStore();
    for (const FinalGrade &g : fresh->data().finalGrades) {
        if (g.studentId == student && g.assignmentId == assignment)
            return g;
    }
    return {};
}

void TestFinalGradePage::showsTheGroupBySubjects()
{
    open(3, Role::SubjectTeacher, DiaryTestCollege::english);
    SummarySheetModel *model = m_page->model();
    QCOMPARE(model->columnCount(), 2);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Английский язык(ОГСЭ)"));
    QCOMPARE(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Алексеева Мария Игоревна"));
    // The journal's own subject is where the cursor starts.
    QCOMPARE(m_page->view()->currentIndex().column(), model->columnOf(DiaryTestCollege::english));
    QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("overdueBar"))->isVisible());
}

void TestFinalGradePage::typingAGradeSavesIt()
{
    open(3, Role::SubjectTeacher, DiaryTestCollege::english);
    QTableView *view = m_page->view();
    view->setCurrentIndex(cell(100, DiaryTestCollege::english));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_5);
    QCOMPARE(cell(100, DiaryTestCollege::english).data().toString(), QStringLiteral("5"));
    // Like a spreadsheet: the cursor goes down to the next student.
    QCOMPARE(view->currentIndex(), cell(101, DiaryTestCollege::english));
    QCOMPARE(m_page->model()->publication(cell(100, DiaryTestCollege::english)),
             SummarySheetModel::Publication::Pending);
    QTRY_COMPARE(storedGrade(100, DiaryTestCollege::english).value, 5);
    QCOMPARE(storedGrade(100, DiaryTestCollege::english).setAt, m_college->now);
}

void TestFinalGradePage::typingOutsideTheScaleIsRefusedAtTheField()
{
    open(3, Role::SubjectTeacher, DiaryTestCollege::english);
    QTableView *view = m_page->view();
    view->setCurrentIndex(cell(100, DiaryTestCollege::english));
    view->setFocus();
    auto *problem = m_page->findChild<QLabel *>(QStringLiteral("summarySheetProblem"));
    for (const Qt::Key key : {Qt::Key_7, Qt::Key_1, Qt::Key_0}) {
        QTest::keyClick(view, key);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), SummarySheetModel::scaleProblem());
        QCOMPARE(cell(100, DiaryTestCollege::english).data().toString(), QString());
        QCOMPARE(view->currentIndex(), cell(100, DiaryTestCollege::english));
    }
    // And the dialog refuses the same, under its field, staying open.
    NextDialog dialogs;
    bool stayedOpen = false;
    QString said;
    dialogs.handle([&](QDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("gradeEdit"));
        edit->setText(QStringLiteral("6"));
        dialog->accept();
        stayedOpen = dialog->isVisible();
        said = dialog->findChild<QLabel *>(QStringLiteral("gradeProblem"))->text();
        dialog->reject();
    });
    m_page->editCurrent();
    QVERIFY(dialogs.handled());
    QVERIFY(stayedOpen);
    QCOMPARE(said, SummarySheetModel::scaleProblem());
    QCOMPARE(cell(100, DiaryTestCollege::english).data().toString(), QString());
    QVERIFY(m_college->loadedStore()->data().finalGrades.isEmpty());
}

void TestFinalGradePage::deferralInThePastIsRefusedInTheDialog()
{
    open(3, Role::SubjectTeacher, DiaryTestCollege::english);
    m_page->view()->setCurrentIndex(cell(101, DiaryTestCollege::english));
    NextDialog dialogs;
    bool stayedOpen = false;
    QString noReason;
    QString past;
    dialogs.handle([&](QDialog *dialog) {
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("deferralChoice"))->isChecked());
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("deferralReason"));
        auto *until = dialog->findChild<QDateEdit *>(QStringLiteral("deferredUntil"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("deferralProblem"));
        reason->clear();
        until->setDate(QDate(2025, 1, 20));
        dialog->accept();
        noReason = problem->text();
        reason->setText(QStringLiteral("Болезнь, справка № 15"));
        until->setDate(QDate(2024, 12, 19)); // yesterday
        dialog->accept();
        past = problem->text();
        stayedOpen = dialog->isVisible() && problem->isVisible();
        dialog->reject();
    });
    m_page->deferCurrent();
    QVERIFY(dialogs.handled());
    QCOMPARE(noReason, SummarySheetModel::deferralProblemText(DeferralProblem::NoReason));
    QCOMPARE(past, SummarySheetModel::deferralProblemText(DeferralProblem::DateInPast));
    QVERIFY(stayedOpen);
    // Nothing saved half-way.
    QVERIFY(!m_page->model()->grade(cell(101, DiaryTestCollege::english)).deferred);
    QVERIFY(m_college->loadedStore()->data().finalGrades.isEmpty());
}

void TestFinalGradePage::deferralIsShownAsDeferred()
{
    open(3, Role::SubjectTeacher, DiaryTestCollege::english);
    m_page->view()->setCurrentIndex(cell(101, DiaryTestCollege::english));
    NextDialog dialogs;
    dialogs.handle([](QDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("deferralReason"))->setText(QStringLiteral("Болезнь"));
        dialog->findChild<QDateEdit *>(QStringLiteral("deferredUntil"))->setDate(QDate(2025, 1, 20));
        dialog->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("deferFinalGrade")), Qt::LeftButton);
    QVERIFY(dialogs.handled());
    QCOMPARE(cell(101, DiaryTestCollege::english).data().toString(),
             QCoreApplication::translate("SummarySheetModel", "deferred"));
    QTRY_VERIFY(storedGrade(101, DiaryTestCollege::english).deferred);
    QCOMPARE(storedGrade(101, DiaryTestCollege::english).deferredUntil, QDate(2025, 1, 20));
    QCOMPARE(storedGrade(101, DiaryTestCollege::english).deferralReason, QStringLiteral("Болезнь"));
}

void TestFinalGradePage::overdueGradesAreFlaggedAndPublished()
{
    open(3, Role::SubjectTeacher, DiaryTestCollege::english);
    QVERIFY(m_page->model()->setGrade(cell(100, DiaryTestCollege::english), 4));
    QVERIFY(m_page->model()->setGrade(cell(101, DiaryTestCollege::english), 3));
    auto *bar = m_page->findChild<QWidget *>(QStringLiteral("overdueBar"));
    QVERIFY(!bar->isVisible());
    // A day and an hour later the grades are overdue; the next look at the page says so.
    m_college->now = m_college->now.addSecs(25 * 3600);
    m_store->markStale();
    m_page->hide();
    m_page->show();
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(m_page->model()->overdueCount(), 2);
    QCOMPARE(m_page->model()->publication(cell(100, DiaryTestCollege::english)),
             SummarySheetModel::Publication::Overdue);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("overdueText"))->text().contains(QLatin1Char('2')));

    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("publishOverdue")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(m_page->model()->publication(cell(100, DiaryTestCollege::english)),
             SummarySheetModel::Publication::Published);
    QTRY_COMPARE(storedGrade(100, DiaryTestCollege::english).publishedAt, m_college->now);
    QCOMPARE(storedGrade(101, DiaryTestCollege::english).publishedAt, m_college->now);
}

void TestFinalGradePage::aCuratorSetsOnlyWhatSheTeaches()
{
    // Каган is the group's curator and teaches Maths, not English: she reads English, sets Maths.
    open(2, Role::Curator, DiaryTestCollege::english);
    QVERIFY(!m_page->model()->isEditable(cell(100, DiaryTestCollege::english)));
    QVERIFY(m_page->model()->isEditable(cell(100, DiaryTestCollege::maths)));
    QTableView *view = m_page->view();
    view->setCurrentIndex(cell(100, DiaryTestCollege::english));
    view->setFocus();
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("setFinalGrade"))->isEnabled());
    QTest::keyClick(view, Qt::Key_5);
    QCOMPARE(cell(100, DiaryTestCollege::english).data().toString(), QString());
    auto *problem = m_page->findChild<QLabel *>(QStringLiteral("summarySheetProblem"));
    QVERIFY(problem->isVisible());
    view->setCurrentIndex(cell(100, DiaryTestCollege::maths));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("setFinalGrade"))->isEnabled());
    QTest::keyClick(view, Qt::Key_4);
    QCOMPARE(cell(100, DiaryTestCollege::maths).data().toString(), QStringLiteral("4"));
    QVERIFY(!problem->isVisible());
    // «Опубликовать» offers only what she may publish.
    QCOMPARE(m_page->model()->unpublished({0, 1}).size(), 1);
}

QTEST_MAIN(TestFinalGradePage)
#include "tst_finalgradepage.moc"
