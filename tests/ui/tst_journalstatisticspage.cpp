#include "widgets/chartwidget.h"
#include "diarytestcollege.h"
#include "diary/journalstatisticsmodel.h"
#include "diary/statisticspage.h"

#include <QHelpEvent>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QToolTip>

// «Статистика» of a journal (seed 001 §4–5) as it is drawn: the numbers behind every bar, the hover tooltips,
// and the words that say how the forecast is computed.
class TestJournalStatisticsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void curriculumAgainstThePlan();
    void byLessonType();
    void marksReceived();
    void forecastIsExplained();
    void hoverShowsTheNumbers();
    void chartWithoutData();

private:
    std::unique_ptr<DiaryTestCollege> m_college;
    std::unique_ptr<DiaryStore> m_store;
    std::unique_ptr<StatisticsPage> m_page;
};

void TestJournalStatisticsPage::initTestCase()
{
    m_college = std::make_unique<DiaryTestCollege>();
    QVERIFY(m_college->isValid());
    m_store = std::make_unique<DiaryStore>(m_college->cache(), DiaryTestCollege::groupId);
    m_page = std::make_unique<StatisticsPage>(*m_store, DiaryTestCollege::english,
                                              m_college->contextOf(3, Role::SubjectTeacher));
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY(m_store->isLoaded());
}

void TestJournalStatisticsPage::cleanupTestCase()
{
    m_page.reset();
    m_store.reset();
    m_college.reset();
}

void TestJournalStatisticsPage::curriculumAgainstThePlan()
{
    // English: 72 h by the plan; two lessons (a 2-hour lecture, a 1-hour test), both held by December.
    const auto rows = m_page->curriculumChart()->categories();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).values.first(), 72.0);
    QCOMPARE(rows.at(1).values.first(), 3.0);
    QCOMPARE(rows.at(2).values.first(), 3.0);
    const QString summary = m_page->findChild<QLabel *>(QStringLiteral("statisticsSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("4 %")), qPrintable(summary));
}

void TestJournalStatisticsPage::byLessonType()
{
    const auto rows = m_page->typesChart()->categories();
    QCOMPARE(rows.size(), 2); // «Лекция», «Контрольная работа»
    QCOMPARE(rows.at(0).values, (QList<double>{2.0, 2.0}));
    QCOMPARE(rows.at(1).values, (QList<double>{1.0, 1.0}));
}

void TestJournalStatisticsPage::marksReceived()
{
    // Marks 5 and 4 of Алексеева, Борисов absent once.
    const auto rows = m_page->marksChart()->categories();
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0).values.first(), 1.0); // 5
    QCOMPARE(rows.at(1).values.first(), 1.0); // 4
    QCOMPARE(rows.at(2).values.first(), 0.0);
    QCOMPARE(rows.at(3).values.first(), 0.0);
    QCOMPARE(rows.at(4).values.first(), 1.0); // absences
}

void TestJournalStatisticsPage::forecastIsExplained()
{
    auto *explanation = m_page->findChild<QLabel *>(QStringLiteral("forecastExplanation"));
    QVERIFY(explanation->isVisible());
    QCOMPARE(explanation->text(), JournalStatisticsModel::explanation());
    JournalStatisticsModel *model = m_page->forecastModel();
    QCOMPARE(model->rowCount(), 2);
    // Two marks are not enough for a forecast; missing one of two lessons is a risk.
    QCOMPARE(model->index(0, 0).data(JournalStatisticsModel::ForecastGradeRole).toInt(), 0);
    QVERIFY(model->index(1, 0).data(JournalStatisticsModel::AttendanceRiskRole).toBool());
    const auto forecast = m_page->forecastChart()->categories();
    QCOMPARE(forecast.last().values.first(), 2.0); // nobody has a forecast yet
}

void TestJournalStatisticsPage::hoverShowsTheNumbers()
{
    ChartWidget *chart = m_page->curriculumChart();
    QVERIFY(chart->isVisible());
    const QRect bar = chart->barRect(0, 0);
    QVERIFY(bar.width() > 10);
    const QPoint pos = bar.center();
    QCOMPARE(chart->toolTipAt(pos), chart->categories().at(0).toolTips.first());
    QVERIFY(chart->toolTipAt(pos).contains(QStringLiteral("72")));
    // What the user sees on hover: the tooltip event shows that very text.
    QHelpEvent help(QEvent::ToolTip, pos, chart->mapToGlobal(pos));
    QCoreApplication::sendEvent(chart, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), chart->toolTipAt(pos));
    QToolTip::hideText();
    // Outside any bar: nothing.
    QCOMPARE(chart->toolTipAt(QPoint(chart->width() - 2, chart->height() - 2)), QString());
    // The grouped chart names the series.
    ChartWidget *types = m_page->typesChart();
    QVERIFY(types->toolTipAt(types->barRect(0, 1).topLeft() + QPoint(1, 1)).contains(QStringLiteral("2")));
    QVERIFY(!types->accessibleDescription().isEmpty());
}

void TestJournalStatisticsPage::chartWithoutData()
{
    ChartWidget chart;
    chart.setTitle(QStringLiteral("Empty"));
    chart.setSeries({{QStringLiteral("n"), Qt::blue}});
    chart.setCategories({{QStringLiteral("a"), {0.0}, {}, QColor()}});
    chart.setEmptyText(QStringLiteral("Nothing yet"));
    chart.resize(300, 120);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QCOMPARE(chart.barRect(0, 0).width(), 0);
    QCOMPARE(chart.toolTipAt(chart.barRect(0, 0).topLeft() + QPoint(0, 1)), QStringLiteral("a: 0"));
    QVERIFY(!chart.grab().isNull());
}

QTEST_MAIN(TestJournalStatisticsPage)
#include "tst_journalstatisticspage.moc"
