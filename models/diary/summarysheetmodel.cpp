#include "diary/summarysheetmodel.h"

#include "diary/journalstatistics.h"
#include "journals/markinput.h"
#include "diary/summarysheetstore.h"

#include <QLocale>
#include <QPointer>

SummarySheetModel::SummarySheetModel(SummarySheetStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{}

void SummarySheetModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime SummarySheetModel::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTime();
}

void SummarySheetModel::load(const DiaryGroupData &data)
{
    beginResetModel();
    m_students = data.students;
    m_columns = data.assignments;
    m_titles.clear();
    m_teachers.clear();
    m_grades.clear();
    m_forecasts.clear();
    m_unsaved.clear();
    m_lastSave.clear();
    QList<qint64> ids;
    for (const Student &student : std::as_const(m_students))
        ids.append(student.id);
    const QDate today = now().date();
    for (const TeachingAssignment &assignment : std::as_const(m_columns)) {
        m_titles.append(data.subjectName(assignment.id));
        m_teachers.append(data.teacherName(assignment.id));
        const auto forecasts = JournalStatistics::studentForecasts(ids, data.lessonsOf(assignment.id),
                                                                   data.marksOf(assignment.id), today);
        for (const JournalStatistics::StudentForecast &f : forecasts)
            m_forecasts.insert({f.studentId, assignment.id}, f.forecast);
    }
    for (const FinalGrade &grade : data.finalGrades)
        m_grades.insert({grade.studentId, grade.assignmentId}, grade);
    endResetModel();
}

void SummarySheetModel::setEditableAssignments(const QSet<qint64> &assignmentIds)
{
    m_editable = assignmentIds;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {EditableRole});
}

int SummarySheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_students.size());
}

int SummarySheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

qint64 SummarySheetModel::studentId(int row) const
{
    return row >= 0 && row < m_students.size() ? m_students.at(row).id : 0;
}

qint64 SummarySheetModel::assignmentId(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).id : 0;
}

int SummarySheetModel::columnOf(qint64 assignmentId) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns.at(c).id == assignmentId)
            return c;
    }
    return -1;
}

int SummarySheetModel::rowOf(qint64 studentId) const
{
    for (int r = 0; r < m_students.size(); ++r) {
        if (m_students.at(r).id == studentId)
            return r;
    }
    return -1;
}

SummarySheetModel::Key SummarySheetModel::keyOf(const QModelIndex &index) const
{
    return {studentId(index.row()), assignmentId(index.column())};
}

FinalGrade SummarySheetModel::grade(const QModelIndex &index) const
{
    const Key key = keyOf(index);
    FinalGrade empty;
    empty.studentId = key.first;
    empty.assignmentId = key.second;
    return m_grades.value(key, empty);
}

SummarySheetModel::Publication SummarySheetModel::publication(const QModelIndex &index) const
{
    const FinalGrade g = grade(index);
    if (g.value == 0)
        return Publication::NoGrade;
    if (g.publishedAt.isValid())
        return Publication::Published;
    return Diary::publicationOverdue(g, now()) ? Publication::Overdue : Publication::Pending;
}

bool SummarySheetModel::isEditable(const QModelIndex &index) const
{
    return index.isValid() && m_editable.contains(assignmentId(index.column()));
}

QVariant SummarySheetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Key key = keyOf(index);
    switch (role) {
    case Qt::DisplayRole: {
        const FinalGrade g = grade(index);
        if (g.value > 0)
            return QString::number(g.value);
        if (g.deferred)
            return tr("deferred");
        return QString();
    }
    case Qt::ToolTipRole:
        return toolTip(index);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case GradeRole:
        return QVariant::fromValue(grade(index));
    case PublicationRole:
        return QVariant::fromValue(publication(index));
    case EditableRole:
        return isEditable(index);
    case UnsavedRole:
        return m_unsaved.contains(key);
    case ForecastRole: {
        const SuccessForecast f = m_forecasts.value(key);
        return f.available ? f.grade : 0;
    }
    default:
        return {};
    }
}

QString SummarySheetModel::toolTip(const QModelIndex &index) const
{
    const QLocale locale;
    const FinalGrade g = grade(index);
    QStringList lines;
    lines << m_students.at(index.row()).name.full() + QStringLiteral(" — ") + m_titles.value(index.column());
    if (g.value > 0) {
        lines
            << tr("Final grade %1, set %2.").arg(g.value).arg(locale.toString(g.setAt, QLocale::ShortFormat));
        switch (publication(index)) {
        case Publication::Published:
            lines << (Diary::publicationOverdue(g, now())
                          ? tr("Published late, %1: more than a day after it was set.")
                          : tr("Published to students and parents %1."))
                         .arg(locale.toString(g.publishedAt, QLocale::ShortFormat));
            break;
        case Publication::Pending:
            lines << tr("Not published yet: students and parents must see it within a day of being set.");
            break;
        case Publication::Overdue:
            lines << tr("Overdue: not published to students and parents within a day of being set.");
            break;
        case Publication::NoGrade:
            break;
        }
    } else if (g.deferred) {
        lines << tr("Final grade deferred until %1. Reason: %2")
                     .arg(locale.toString(g.deferredUntil, QLocale::ShortFormat), g.deferralReason);
    } else {
        lines << tr("No final grade yet.");
    }
    const SuccessForecast f = m_forecasts.value(keyOf(index));
    if (f.available)
        lines << tr("Forecast: %1 (mean of the marks %2).").arg(f.grade).arg(locale.toString(f.mean, 'f', 2));
    if (m_unsaved.contains(keyOf(index)))
        lines << tr("Not saved: the last change could not be written to the local cache.");
    return lines.join(QLatin1Char('\n'));
}

QVariant SummarySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_titles.at(section);
        if (role == Qt::ToolTipRole)
            return tr("%1, teacher %2").arg(m_titles.at(section), m_teachers.at(section));
        return {};
    }
    if (section < 0 || section >= m_students.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_students.at(section).name.full();
    return {};
}

QString SummarySheetModel::scaleProblem()
{
    return tr("A final grade is a mark from %1 to %2.").arg(MarkInput::Lowest).arg(MarkInput::Highest);
}

QString SummarySheetModel::deferralProblemText(DeferralProblem problem)
{
    switch (problem) {
    case DeferralProblem::NoReason:
        return tr("Give the reason for the deferral.");
    case DeferralProblem::DateInPast:
        return tr("The new date must not be in the past.");
    case DeferralProblem::None:
        break;
    }
    return QString();
}

bool SummarySheetModel::setGrade(const QModelIndex &index, int value, QString *problem)
{
    if (!isEditable(index)) {
        if (problem)
            *problem = tr("Only the subject's teacher sets its final grades.");
        return false;
    }
    if (value < MarkInput::Lowest || value > MarkInput::Highest) {
        if (problem)
            *problem = scaleProblem();
        return false;
    }
    const Key key = keyOf(index);
    FinalGrade g = grade(index);
    if (g.value == value && !g.deferred)
        return true;
    g.value = value;
    g.setAt = now();
    g.publishedAt = QDateTime(); // a changed result is published again
    g.deferred = false;
    g.deferralReason.clear();
    g.deferredUntil = QDate();
    m_grades.insert(key, g);
    changed(key);
    store({g});
    return true;
}

bool SummarySheetModel::defer(const QModelIndex &index, const QString &reason, const QDate &until,
                              QString *problem)
{
    if (!isEditable(index)) {
        if (problem)
            *problem = tr("Only the subject's teacher sets its final grades.");
        return false;
    }
    const DeferralProblem found = Diary::deferralProblem(reason, until, now().date());
    if (found != DeferralProblem::None) {
        if (problem)
            *problem = deferralProblemText(found);
        return false;
    }
    const Key key = keyOf(index);
    FinalGrade g = grade(index);
    g.value = 0;
    g.setAt = QDateTime();
    g.publishedAt = QDateTime();
    g.deferred = true;
    g.deferralReason = reason.trimmed();
    g.deferredUntil = until;
    m_grades.insert(key, g);
    changed(key);
    store({g});
    return true;
}

QModelIndexList SummarySheetModel::unpublished(const QList<int> &columns) const
{
    QModelIndexList result;
    for (int column : columns) {
        if (column < 0 || column >= columnCount() || !m_editable.contains(assignmentId(column)))
            continue;
        for (int row = 0; row < rowCount(); ++row) {
            const FinalGrade g = grade(index(row, column));
            if (g.value > 0 && !g.publishedAt.isValid())
                result.append(index(row, column));
        }
    }
    return result;
}

int SummarySheetModel::publish(const QModelIndexList &indexes)
{
    const QDateTime at = now();
    QList<FinalGrade> published;
    for (const QModelIndex &i : indexes) {
        if (!isEditable(i))
            continue;
        FinalGrade g = grade(i);
        if (g.value == 0 || g.publishedAt.isValid())
            continue;
        g.publishedAt = at;
        m_grades.insert(keyOf(i), g);
        changed(keyOf(i));
        published.append(g);
    }
    if (!published.isEmpty())
        store(published);
    return int(published.size());
}

int SummarySheetModel::overdueCount() const
{
    const QDateTime at = now();
    int count = 0;
    for (const FinalGrade &g : m_grades) {
        if (!g.publishedAt.isValid() && Diary::publicationOverdue(g, at))
            ++count;
    }
    return count;
}

void SummarySheetModel::retryUnsaved()
{
    QList<FinalGrade> again;
    for (const Key &key : std::as_const(m_unsaved))
        again.append(m_grades.value(key));
    if (!again.isEmpty())
        store(again);
}

void SummarySheetModel::changed(const Key &key)
{
    const int row = rowOf(key.first);
    const int column = columnOf(key.second);
    if (row >= 0 && column >= 0)
        Q_EMIT dataChanged(index(row, column), index(row, column));
}

void SummarySheetModel::store(const QList<FinalGrade> &grades)
{
    const quint64 save = ++m_saves;
    QList<Key> keys;
    for (const FinalGrade &g : grades) {
        keys.append({g.studentId, g.assignmentId});
        m_lastSave.insert(keys.last(), save);
    }
    if (!m_store)
        return;
    m_store->saveFinalGrades(
        grades, [self = QPointer<SummarySheetModel>(this), keys, save](bool ok, const QString &error) {
            if (!self)
                return;
            for (const Key &key : keys) {
                if (self->m_lastSave.value(key) != save)
                    continue; // a newer save of the cell decides
                const bool was = self->m_unsaved.contains(key);
                if (ok)
                    self->m_unsaved.remove(key);
                else
                    self->m_unsaved.insert(key);
                if (was != !ok)
                    self->changed(key);
            }
            if (ok)
                Q_EMIT self->saved();
            else
                Q_EMIT self->saveFailed(error);
        });
}
