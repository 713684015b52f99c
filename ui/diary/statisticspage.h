#pragma once

#include "journals/journalcontext.h"

#include <QWidget>

class ChartWidget;
class DiaryStore;
class JournalStatisticsModel;
class QLabel;
class QTableView;

// «Статистика» of one journal (seed 001 §4–5): lessons held against the curriculum, by lesson type, the marks
// received, and the forecast of each student's final grade for the semester with how it is computed.
class StatisticsPage : public QWidget
{
    Q_OBJECT
public:
    StatisticsPage(DiaryStore &store, qint64 assignmentId, const JournalContext &context,
                   QWidget *parent = nullptr);

    ChartWidget *curriculumChart() const { return m_curriculum; }
    ChartWidget *typesChart() const { return m_types; }
    ChartWidget *marksChart() const { return m_marks; }
    ChartWidget *forecastChart() const { return m_forecastChart; }
    JournalStatisticsModel *forecastModel() const { return m_forecastModel; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    DiaryStore &m_store;
    const qint64 m_assignmentId;
    JournalContext m_context;
    QLabel *m_summary;
    ChartWidget *m_curriculum;
    ChartWidget *m_types;
    ChartWidget *m_marks;
    ChartWidget *m_forecastChart;
    JournalStatisticsModel *m_forecastModel;
    QTableView *m_forecastTable;
};
