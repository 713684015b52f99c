#pragma once

#include "diary/journalstatistics.h"
#include "college/personname.h"

#include <QAbstractTableModel>
#include <QList>

// The forecast of each student's final result in one journal for the semester (seed 001 §4), one row per
// student: marks so far, their mean, the forecast grade, absences and the attendance risk.
class JournalStatisticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StudentColumn,
        MarksColumn,
        MeanColumn,
        ForecastColumn,
        AbsencesColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { ForecastGradeRole = Qt::UserRole + 1, AttendanceRiskRole };

    explicit JournalStatisticsModel(QObject *parent = nullptr);

    // names: the students' names in the order of forecasts.
    void setForecasts(const QList<PersonName> &names,
                      const QList<JournalStatistics::StudentForecast> &forecasts);
    const QList<JournalStatistics::StudentForecast> &forecasts() const { return m_forecasts; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the forecast is, in the words shown under the table.
    static QString explanation();

private:
    QList<PersonName> m_names;
    QList<JournalStatistics::StudentForecast> m_forecasts;
};
