#include "diary/statisticspage.h"

#include "widgets/chartwidget.h"
#include "journals/journallabels.h"
#include "diary/journalstatistics.h"
#include "diary/journalstatisticsmodel.h"
#include "store/diarystore.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Colours that read on light and dark palettes and apart for the common colour blindnesses.
const QColor planColor(0x9e, 0xb3, 0xc8);
const QColor heldColor(0x2b, 0x6c, 0xb0);
const QColor goodColor(0x2f, 0x85, 0x5a);
const QColor absenceColor(0xb0, 0x60, 0x2b);

QColor markColor(int mark)
{
    switch (mark) {
    case 5:
        return goodColor;
    case 4:
        return QColor(0x5a, 0xa0, 0x6e);
    case 3:
        return QColor(0xd6, 0x9e, 0x2e);
    default:
        return QColor(0xc0, 0x39, 0x2b);
    }
}

QString percentOf(int part, int whole)
{
    return whole > 0 ? QLocale().toString(qRound(100.0 * part / whole)) + QStringLiteral(" %")
                     : QStringLiteral("—");
}

} // namespace

StatisticsPage::StatisticsPage(DiaryStore &store, qint64 assignmentId, const JournalContext &context,
                               QWidget *parent)
    : QWidget(parent), m_store(store), m_assignmentId(assignmentId), m_context(context),
      m_summary(new QLabel), m_curriculum(new ChartWidget), m_types(new ChartWidget),
      m_marks(new ChartWidget), m_forecastChart(new ChartWidget),
      m_forecastModel(new JournalStatisticsModel(this)), m_forecastTable(new QTableView)
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Loading…"));

    m_curriculum->setObjectName(QStringLiteral("curriculumChart"));
    m_curriculum->setTitle(tr("Lessons held against the curriculum, academic hours"));
    m_types->setObjectName(QStringLiteral("lessonTypesChart"));
    m_types->setTitle(tr("By lesson type, academic hours"));
    m_types->setEmptyText(tr("The journal has no lessons yet."));
    m_marks->setObjectName(QStringLiteral("marksChart"));
    m_marks->setTitle(tr("Results: marks and absences"));
    m_marks->setEmptyText(tr("No marks yet."));
    m_forecastChart->setObjectName(QStringLiteral("forecastChart"));
    m_forecastChart->setTitle(tr("Forecast of the final grade for the semester, students"));
    m_forecastChart->setEmptyText(tr("No students in the group."));

    m_forecastTable->setObjectName(QStringLiteral("forecastTable"));
    m_forecastTable->setModel(m_forecastModel);
    m_forecastTable->setAccessibleName(tr("Forecast of each student's final grade"));
    m_forecastTable->verticalHeader()->hide();
    m_forecastTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_forecastTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_forecastTable->setAlternatingRowColors(true);
    m_forecastTable->horizontalHeader()->setStretchLastSection(true);
    m_forecastTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_forecastTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    auto *explanation = new QLabel(JournalStatisticsModel::explanation());
    explanation->setObjectName(QStringLiteral("forecastExplanation"));
    explanation->setWordWrap(true);
    explanation->setFrameShape(QFrame::StyledPanel);
    explanation->setMargin(6);

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(m_curriculum, 1, 0);
    grid->addWidget(m_types, 1, 1);
    grid->addWidget(m_marks, 2, 0);
    grid->addWidget(m_forecastChart, 2, 1);
    auto *forecastTitle = new QLabel(tr("<b>Forecast of each student's final grade for the semester</b>"));
    grid->addWidget(forecastTitle, 3, 0, 1, 2);
    grid->addWidget(explanation, 4, 0, 1, 2);
    grid->addWidget(m_forecastTable, 5, 0, 1, 2);
    grid->setRowStretch(6, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_store, &DiaryStore::loaded, this, &StatisticsPage::refresh);
    if (m_store.isLoaded())
        refresh();
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    // Read only when first looked at: opening a journal must not wait for its statistics.
    if (m_store.needsReload())
        m_store.reload();
    QWidget::showEvent(event);
}

void StatisticsPage::refresh()
{
    using namespace JournalStatistics;
    const DiaryGroupData &group = m_store.data();
    const TeachingAssignment *assignment = group.assignment(m_assignmentId);
    const QList<Lesson> lessons = group.lessonsOf(m_assignmentId);
    const QList<Mark> marks = group.marksOf(m_assignmentId);
    const QDate today = m_context.today();
    const CurriculumProgress progress =
        curriculumProgress(lessons, assignment ? assignment->plannedHours : 0, today);

    m_summary->setText(
        tr("Held %1 of %2 by the curriculum (%3); the journal plans %4 in %5 lessons for the semester, %6 of "
           "them held by %7.")
            .arg(JournalLabels::hours(progress.heldHours), JournalLabels::hours(progress.plannedHours),
                 percentOf(progress.heldHours, progress.plannedHours),
                 JournalLabels::hours(progress.scheduledHours))
            .arg(lessons.size())
            .arg(progress.heldLessons)
            .arg(QLocale().toString(today, QLocale::ShortFormat)));

    m_curriculum->setSeries({{tr("Hours"), heldColor}});
    const auto planRow = [](const QString &label, int hours, const QString &tip) {
        return ChartWidget::Category{label, {double(hours)}, {tip}, heldColor};
    };
    m_curriculum->setCategories(
        {planRow(tr("By the curriculum"), progress.plannedHours,
                 tr("By the curriculum: %1").arg(JournalLabels::hours(progress.plannedHours))),
         planRow(tr("Planned in the journal"), progress.scheduledHours,
                 tr("Lessons in the journal for the whole semester: %1 (%2 of the curriculum)")
                     .arg(JournalLabels::hours(progress.scheduledHours),
                          percentOf(progress.scheduledHours, progress.plannedHours))),
         planRow(tr("Held"), progress.heldHours,
                 tr("Held by %1: %2 in %n lesson(s), %3 of the curriculum", nullptr, progress.heldLessons)
                     .arg(QLocale().toString(today, QLocale::ShortFormat),
                          JournalLabels::hours(progress.heldHours),
                          percentOf(progress.heldHours, progress.plannedHours)))});

    m_types->setSeries({{tr("Planned"), planColor}, {tr("Held"), heldColor}});
    QList<ChartWidget::Category> types;
    for (const LessonTypeHours &t : progress.byType) {
        const QString name = JournalLabels::lessonType(t.type);
        types.append(
            {name,
             {double(t.scheduledHours), double(t.heldHours)},
             {tr("%1: %2 planned for the semester").arg(name, JournalLabels::hours(t.scheduledHours)),
              tr("%1: %2 held in %n lesson(s) (%3 of planned)", nullptr, t.heldLessons)
                  .arg(name, JournalLabels::hours(t.heldHours), percentOf(t.heldHours, t.scheduledHours))},
             QColor()});
    }
    m_types->setCategories(types);

    const MarkDistribution distribution = markDistribution(marks);
    m_marks->setSeries({{tr("Count"), heldColor}});
    QList<ChartWidget::Category> results;
    for (int mark = 5; mark >= 2; --mark) {
        results.append({tr("Mark %1").arg(mark),
                        {double(distribution.count(mark))},
                        {tr("Mark %1: %n time(s), %2 of the marks", nullptr, distribution.count(mark))
                             .arg(mark)
                             .arg(percentOf(distribution.count(mark), distribution.marks()))},
                        markColor(mark)});
    }
    Mark absent;
    absent.absent = true;
    results.append({tr("Absences (%1)").arg(JournalLabels::cell(absent)),
                    {double(distribution.absences)},
                    {tr("Absences: %n", nullptr, distribution.absences)},
                    absenceColor});
    m_marks->setCategories(results);

    QList<qint64> ids;
    QList<PersonName> names;
    for (const Student &s : group.students) {
        ids.append(s.id);
        names.append(s.name);
    }
    const QList<StudentForecast> forecasts = studentForecasts(ids, lessons, marks, today);
    m_forecastModel->setForecasts(names, forecasts);
    m_forecastTable->resizeColumnsToContents();

    const std::array<int, 5> counts = forecastDistribution(forecasts);
    const auto whoIs = [&forecasts, &names](int grade) {
        QStringList who;
        for (int i = 0; i < forecasts.size(); ++i) {
            const bool match =
                grade == 0 ? !forecasts.at(i).forecast.available
                           : forecasts.at(i).forecast.available && forecasts.at(i).forecast.grade == grade;
            if (match)
                who << names.at(i).initials();
        }
        return who.join(QStringLiteral(", "));
    };
    m_forecastChart->setSeries({{tr("Students"), goodColor}});
    QList<ChartWidget::Category> forecastRows;
    for (int grade = 5; grade >= 2; --grade) {
        const int n = counts.at(std::size_t(grade - 1));
        forecastRows.append({tr("Forecast %1").arg(grade),
                             {double(n)},
                             {tr("Forecast %1: %n student(s)", nullptr, n).arg(grade) +
                              (n > 0 ? QStringLiteral("\n") + whoIs(grade) : QString())},
                             markColor(grade)});
    }
    forecastRows.append({tr("No forecast yet"),
                         {double(counts[0])},
                         {tr("Fewer than three marks: %n student(s)", nullptr, counts[0]) +
                          (counts[0] > 0 ? QStringLiteral("\n") + whoIs(0) : QString())},
                         planColor});
    m_forecastChart->setCategories(forecastRows);
}
