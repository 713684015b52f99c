#include "diary/journalstatisticsmodel.h"

#include <QLocale>

JournalStatisticsModel::JournalStatisticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void JournalStatisticsModel::setForecasts(const QList<PersonName> &names,
                                          const QList<JournalStatistics::StudentForecast> &forecasts)
{
    Q_ASSERT(names.size() == forecasts.size());
    beginResetModel();
    m_names = names;
    m_forecasts = forecasts;
    m_names.resize(m_forecasts.size());
    endResetModel();
}

int JournalStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_forecasts.size());
}

int JournalStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalStatistics::StudentForecast &f = m_forecasts.at(index.row());
    if (role == ForecastGradeRole)
        return f.forecast.available ? f.forecast.grade : 0;
    if (role == AttendanceRiskRole)
        return f.forecast.attendanceRisk;
    if (role == Qt::TextAlignmentRole)
        return index.column() == StudentColumn || index.column() == NoteColumn
                   ? int(Qt::AlignLeft | Qt::AlignVCenter)
                   : int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case StudentColumn:
        return m_names.at(index.row()).full();
    case MarksColumn:
        return f.marks;
    case MeanColumn:
        return f.marks > 0 ? QLocale().toString(f.mean, 'f', 2) : QString();
    case ForecastColumn:
        return f.forecast.available ? QString::number(f.forecast.grade) : tr("—");
    case AbsencesColumn:
        return tr("%1 of %2").arg(f.absences).arg(f.lessonsHeld);
    case NoteColumn: {
        QStringList notes;
        if (!f.forecast.available)
            notes << tr("fewer than three marks");
        if (f.forecast.attendanceRisk)
            notes << tr("missed more than 30% of the lessons: may not be assessed");
        return notes.join(QStringLiteral("; "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StudentColumn:
        return tr("Student");
    case MarksColumn:
        return tr("Marks");
    case MeanColumn:
        return tr("Mean");
    case ForecastColumn:
        return tr("Forecast");
    case AbsencesColumn:
        return tr("Absences");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

QString JournalStatisticsModel::explanation()
{
    return tr(
        "How the forecast is computed: the mean of the student's marks in this journal so far, rounded "
        "the usual way (from 4.5 it is 5, from 3.5 it is 4, from 2.5 it is 3, below that 2). With fewer "
        "than three marks there is no forecast yet. A student who missed more than 30% of the lessons "
        "held is flagged: they risk not being assessed.");
}
