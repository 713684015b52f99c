#include "diarysample.h"
#include "fakediarystore.h"
#include "diary/summarysheetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// Seed 001 §5: «Каждому обучающемуся должны быть выставлены итоговые оценки … В случае болезни обучающегося
// может быть назначена отсрочка … Итоговые оценки дублируются в сводную ведомость в конце журнала группы.»
// Seed 001 §6: «… доступна обучающимся и их родителям … не позже суток после получения результатов.»
class TestSummarySheet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void studentsBySubjects();
    void gradeOutsideTheScaleIsRefused_data();
    void gradeOutsideTheScaleIsRefused();
    void onlyOwnSubjectsAreEditable();
    void deferralForIllness_data();
    void deferralForIllness();
    void unpublishedForMoreThanADayIsFlagged_data();
    void unpublishedForMoreThanADayIsFlagged();
    void publishSetsPublishedAtForOwnUnpublishedGrades();
    void changingAPublishedGradePublishesItAgain();
    void aFailedSaveKeepsTheEditForARetry();
    void anOlderFailureDoesNotFlagANewerSave();
    void storedGradesAreShown();

private:
    QModelIndex cell(qint64 student, qint64 assignment) const
    {
        return m_model->index(m_model->rowOf(student), m_model->columnOf(assignment));
    }

    FakeDiaryStore m_store;
    QDateTime m_now;
    std::unique_ptr<SummarySheetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSummarySheet::init()
{
    m_store = FakeDiaryStore();
    m_now = QDateTime(QDate(2026, 12, 20), QTime(10, 0));
    m_model = std::make_unique<SummarySheetModel>(&m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setClock([this] { return m_now; });
    m_model->load(DiarySample::group());
    m_model->setEditableAssignments({DiarySample::english}); // signed in as Каган, who teaches English
}

void TestSummarySheet::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestSummarySheet::studentsBySubjects()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 2);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Алексеев Антон Ильич"));
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Английский язык(ОГСЭ)"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Математика(ЕН)"));
    QVERIFY(m_model->headerData(0, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Каган Наталья Викторовна")));
    QCOMPARE(cell(1, DiarySample::english).data().toString(), QString());
    // An empty cell tells the forecast: Алексеев's English marks 5 4 5 4.
    QCOMPARE(cell(1, DiarySample::english).data(SummarySheetModel::ForecastRole).toInt(), 5);
    QVERIFY(
        cell(1, DiarySample::english).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Forecast: 5")));
}

void TestSummarySheet::gradeOutsideTheScaleIsRefused_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << false;
    QTest::newRow("2") << 2 << true;
    QTest::newRow("3") << 3 << true;
    QTest::newRow("4") << 4 << true;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("6") << 6 << false;
    QTest::newRow("-5") << -5 << false;
}

void TestSummarySheet::gradeOutsideTheScaleIsRefused()
{
    QFETCH(int, value);
    QFETCH(bool, accepted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QString problem;
    QCOMPARE(m_model->setGrade(cell(2, DiarySample::english), value, &problem), accepted);
    if (accepted) {
        QVERIFY(problem.isEmpty());
        QCOMPARE(cell(2, DiarySample::english).data().toString(), QString::number(value));
        const FinalGrade g = m_model->grade(cell(2, DiarySample::english));
        QCOMPARE(g.setAt, m_now);
        QVERIFY(!g.publishedAt.isValid());
        QCOMPARE(m_store.gradeSaves.size(), 1);
        QCOMPARE(m_store.gradeSaves.first().first().value, value);
        QCOMPARE(m_store.gradeSaves.first().first().studentId, qint64(2));
        QCOMPARE(changed.size(), 1);
    } else {
        QCOMPARE(problem, QStringLiteral("A final grade is a mark from 2 to 5."));
        QCOMPARE(cell(2, DiarySample::english).data().toString(), QString());
        QVERIFY(m_store.gradeSaves.isEmpty());
        QCOMPARE(changed.size(), 0);
    }
}

void TestSummarySheet::onlyOwnSubjectsAreEditable()
{
    QVERIFY(cell(1, DiarySample::english).data(SummarySheetModel::EditableRole).toBool());
    QVERIFY(!cell(1, DiarySample::maths).data(SummarySheetModel::EditableRole).toBool());
    QString problem;
    QVERIFY(!m_model->setGrade(cell(1, DiarySample::maths), 5, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(!m_model->defer(cell(1, DiarySample::maths), QStringLiteral("Болезнь"), QDate(2027, 1, 20)));
    QVERIFY(m_store.gradeSaves.isEmpty());
    // The admin edits every journal.
    m_model->setEditableAssignments({DiarySample::english, DiarySample::maths});
    QVERIFY(m_model->setGrade(cell(1, DiarySample::maths), 5));
}

void TestSummarySheet::deferralForIllness_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<QString>("problem");
    QTest::newRow("with a reason and a later date")
        << QStringLiteral("Болезнь, справка № 12") << QDate(2027, 1, 20) << QString();
    QTest::newRow("today is not past") << QStringLiteral("Болезнь") << QDate(2026, 12, 20) << QString();
    QTest::newRow("without a reason")
        << QStringLiteral("  ") << QDate(2027, 1, 20) << QStringLiteral("Give the reason for the deferral.");
    QTest::newRow("a date in the past") << QStringLiteral("Болезнь") << QDate(2026, 12, 19)
                                        << QStringLiteral("The new date must not be in the past.");
    QTest::newRow("no date") << QStringLiteral("Болезнь") << QDate()
                             << QStringLiteral("The new date must not be in the past.");
}

void TestSummarySheet::deferralForIllness()
{
    QFETCH(QString, reason);
    QFETCH(QDate, until);
    QFETCH(QString, problem);
    QVERIFY(m_model->setGrade(cell(3, DiarySample::english), 3));
    m_store.gradeSaves.clear();
    QString why;
    const bool accepted = m_model->defer(cell(3, DiarySample::english), reason, until, &why);
    QCOMPARE(why, problem);
    QCOMPARE(accepted, problem.isEmpty());
    const FinalGrade g = m_model->grade(cell(3, DiarySample::english));
    if (accepted) {
        QCOMPARE(cell(3, DiarySample::english).data().toString(), QStringLiteral("deferred"));
        QVERIFY(g.deferred);
        QCOMPARE(g.value, 0);
        QCOMPARE(g.deferredUntil, until);
        QCOMPARE(g.deferralReason, reason.trimmed());
        QCOMPARE(m_store.gradeSaves.size(), 1);
        QVERIFY(m_store.gradeSaves.first().first().deferred);
        QVERIFY(cell(3, DiarySample::english).data(Qt::ToolTipRole).toString().contains(reason.trimmed()));
        QCOMPARE(m_model->publication(cell(3, DiarySample::english)), SummarySheetModel::Publication::NoGrade);
    } else {
        // Nothing saved half-way: the grade stays as it was, the cache is not asked.
        QCOMPARE(g.value, 3);
        QVERIFY(!g.deferred);
        QVERIFY(m_store.gradeSaves.isEmpty());
    }
}

void TestSummarySheet::unpublishedForMoreThanADayIsFlagged_data()
{
    QTest::addColumn<int>("hoursLater");
    QTest::addColumn<SummarySheetModel::Publication>("publication");
    QTest::newRow("just set") << 0 << SummarySheetModel::Publication::Pending;
    QTest::newRow("23 hours later") << 23 << SummarySheetModel::Publication::Pending;
    QTest::newRow("exactly a day later") << 24 << SummarySheetModel::Publication::Pending;
    QTest::newRow("25 hours later: overdue") << 25 << SummarySheetModel::Publication::Overdue;
}

void TestSummarySheet::unpublishedForMoreThanADayIsFlagged()
{
    QFETCH(int, hoursLater);
    QFETCH(SummarySheetModel::Publication, publication);
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 5));
    m_now = m_now.addSecs(hoursLater * 3600);
    QCOMPARE(m_model->publication(cell(1, DiarySample::english)), publication);
    QCOMPARE(cell(1, DiarySample::english)
                 .data(SummarySheetModel::PublicationRole)
                 .value<SummarySheetModel::Publication>(),
             publication);
    const bool overdue = publication == SummarySheetModel::Publication::Overdue;
    QCOMPARE(m_model->overdueCount(), overdue ? 1 : 0);
    QCOMPARE(cell(1, DiarySample::english).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue")),
             overdue);
}

void TestSummarySheet::publishSetsPublishedAtForOwnUnpublishedGrades()
{
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 5));
    QVERIFY(m_model->setGrade(cell(2, DiarySample::english), 3));
    QVERIFY(m_model->defer(cell(3, DiarySample::english), QStringLiteral("Болезнь"), QDate(2027, 1, 20)));
    m_store.gradeSaves.clear();
    m_now = m_now.addDays(2);
    QCOMPARE(m_model->overdueCount(), 2);

    const QModelIndexList waiting = m_model->unpublished({0, 1});
    QCOMPARE(waiting.size(), 2); // not the deferral, not the maths column the user may not edit
    QCOMPARE(m_model->publish(waiting), 2);
    QCOMPARE(m_store.gradeSaves.size(), 1); // one write for the batch
    QCOMPARE(m_store.gradeSaves.first().size(), 2);
    QCOMPARE(m_store.gradeSaves.first().first().publishedAt, m_now);
    QCOMPARE(m_model->grade(cell(1, DiarySample::english)).publishedAt, m_now);
    QCOMPARE(m_model->publication(cell(1, DiarySample::english)), SummarySheetModel::Publication::Published);
    QCOMPARE(m_model->overdueCount(), 0);
    // Published two days after being set: it says so.
    QVERIFY(cell(1, DiarySample::english).data(Qt::ToolTipRole).toString().contains(QStringLiteral("late")));
    // Nothing left to publish: nothing is written.
    QVERIFY(m_model->unpublished({0, 1}).isEmpty());
    QCOMPARE(m_model->publish({cell(1, DiarySample::english)}), 0);
    QCOMPARE(m_store.gradeSaves.size(), 1);
}

void TestSummarySheet::changingAPublishedGradePublishesItAgain()
{
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 4));
    QCOMPARE(m_model->publish({cell(1, DiarySample::english)}), 1);
    m_now = m_now.addSecs(3600);
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 4)); // the same grade changes nothing
    QCOMPARE(m_model->publication(cell(1, DiarySample::english)), SummarySheetModel::Publication::Published);
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 5));
    QCOMPARE(m_model->publication(cell(1, DiarySample::english)), SummarySheetModel::Publication::Pending);
    QCOMPARE(m_model->grade(cell(1, DiarySample::english)).setAt, m_now);
}

void TestSummarySheet::aFailedSaveKeepsTheEditForARetry()
{
    QSignalSpy failed(m_model.get(), &SummarySheetModel::saveFailed);
    m_store.failNext = true;
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 5));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), QStringLiteral("disk I/O error"));
    QCOMPARE(cell(1, DiarySample::english).data().toString(), QStringLiteral("5"));
    QVERIFY(cell(1, DiarySample::english).data(SummarySheetModel::UnsavedRole).toBool());
    QCOMPARE(m_model->unsavedCount(), 1);

    QSignalSpy saved(m_model.get(), &SummarySheetModel::saved);
    m_model->retryUnsaved();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_store.gradeSaves.size(), 2);
    QCOMPARE(m_store.gradeSaves.last().first().value, 5);
    QVERIFY(!cell(1, DiarySample::english).data(SummarySheetModel::UnsavedRole).toBool());
    QCOMPARE(m_model->unsavedCount(), 0);
}

void TestSummarySheet::anOlderFailureDoesNotFlagANewerSave()
{
    m_store.answerLater = true;
    m_store.failNext = true;
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 3));
    QVERIFY(m_model->setGrade(cell(1, DiarySample::english), 4));
    m_store.finish();
    QVERIFY(!cell(1, DiarySample::english).data(SummarySheetModel::UnsavedRole).toBool());
    QCOMPARE(cell(1, DiarySample::english).data().toString(), QStringLiteral("4"));
}

void TestSummarySheet::storedGradesAreShown()
{
    DiaryGroupData d = DiarySample::group();
    FinalGrade g;
    g.studentId = 2;
    g.assignmentId = DiarySample::maths;
    g.value = 4;
    g.setAt = m_now.addDays(-3);
    d.finalGrades << g;
    g.studentId = 3;
    g.value = 0;
    g.setAt = QDateTime();
    g.deferred = true;
    g.deferralReason = QStringLiteral("Болезнь");
    g.deferredUntil = QDate(2027, 1, 15);
    d.finalGrades << g;
    m_model->load(d);
    QCOMPARE(cell(2, DiarySample::maths).data().toString(), QStringLiteral("4"));
    QCOMPARE(m_model->publication(cell(2, DiarySample::maths)), SummarySheetModel::Publication::Overdue);
    QCOMPARE(cell(3, DiarySample::maths).data().toString(), QStringLiteral("deferred"));
    QCOMPARE(m_model->overdueCount(), 1);
}

QTEST_GUILESS_MAIN(TestSummarySheet)
#include "tst_summarysheet.moc"
