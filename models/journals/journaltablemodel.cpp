#include "journals/journaltablemodel.h"

#include "journals/journallabels.h"
#include "journals/markinput.h"

#include <QLocale>
#include <QSet>

namespace {

// Beyond this many tiles a journal is being scrolled end to end: start again rather than keep all of it.
constexpr int MaxTiles = 256;

bool sameCell(const Mark &a, const Mark &b)
{
    return a.value == b.value && a.absent == b.absent;
}

} // namespace

JournalTableModel::JournalTableModel(JournalDataSource &source, QObject *parent)
    : QAbstractTableModel(parent), m_source(source)
{
    resetCounts();
}

JournalTableModel::JournalTableModel(std::unique_ptr<JournalDataSource> source, QObject *parent)
    : QAbstractTableModel(parent), m_ownedSource(std::move(source)), m_source(*m_ownedSource)
{
    resetCounts();
}

void JournalTableModel::setPageSizes(int students, int lessons)
{
    beginResetModel();
    m_studentPage = qMax(1, students);
    m_lessonPage = qMax(1, lessons);
    dropPages();
    endResetModel();
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstLessonColumn + m_lessons;
}

const JournalStudent *JournalTableModel::studentRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / m_studentPage;
    auto it = m_studentPages.constFind(page);
    if (it == m_studentPages.cend()) {
        ++m_fetches;
        it = m_studentPages.insert(page, m_source.students(page * m_studentPage, m_studentPage));
    }
    const int offset = row % m_studentPage;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const JournalLesson *JournalTableModel::lessonColumn(int column) const
{
    const int position = column - FirstLessonColumn;
    if (position < 0 || position >= m_lessons)
        return nullptr;
    const int page = position / m_lessonPage;
    auto it = m_lessonPages.constFind(page);
    if (it == m_lessonPages.cend()) {
        ++m_fetches;
        it = m_lessonPages.insert(page, m_source.lessons(page * m_lessonPage, m_lessonPage));
    }
    const int offset = position % m_lessonPage;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

Mark JournalTableModel::storedCell(int row, int column) const
{
    const JournalStudent *student = studentRow(row);
    const JournalLesson *lesson = lessonColumn(column);
    if (!student || !lesson)
        return {};
    const QPair<int, int> tile(row / m_studentPage, (column - FirstLessonColumn) / m_lessonPage);
    auto it = m_tiles.constFind(tile);
    if (it == m_tiles.cend()) {
        if (m_tiles.size() >= MaxTiles)
            m_tiles.clear();
        QList<qint64> studentIds;
        for (const JournalStudent &s : m_studentPages.value(tile.first))
            studentIds << s.id;
        QList<qint64> lessonIds;
        for (const JournalLesson &l : m_lessonPages.value(tile.second))
            lessonIds << l.lesson.id;
        QHash<CellKey, Mark> cells;
        ++m_fetches;
        const QList<Mark> marks = m_source.marks(lessonIds, studentIds);
        cells.reserve(marks.size());
        for (const Mark &m : marks)
            cells.insert(CellKey(m.lessonId, m.studentId), m);
        it = m_tiles.insert(tile, cells);
    }
    const Mark found = it->value(CellKey(lesson->lesson.id, student->id));
    return Mark{lesson->lesson.id, student->id, found.value, found.absent};
}

const JournalTableModel::Pending *JournalTableModel::pending(qint64 lessonId, qint64 studentId) const
{
    const auto row = m_pending.constFind(studentId);
    if (row == m_pending.cend())
        return nullptr;
    const auto cell = row->constFind(lessonId);
    return cell == row->cend() ? nullptr : &cell.value();
}

Mark JournalTableModel::cell(qint64 lessonId, qint64 studentId) const
{
    if (const Pending *p = pending(lessonId, studentId))
        return p->shown;
    const int row = rowOfStudent(studentId);
    const int column = columnOfLesson(lessonId);
    if (row >= 0 && column >= FirstLessonColumn)
        return storedCell(row, column);
    return m_source.mark(lessonId, studentId);
}

QString JournalTableModel::averageText(const JournalStudent &student) const
{
    int sum = student.markSum;
    int count = student.markCount;
    for (const Pending &p : m_pending.value(student.id)) {
        if (p.base.value > 0) {
            sum -= p.base.value;
            --count;
        }
        if (p.shown.value > 0) {
            sum += p.shown.value;
            ++count;
        }
    }
    if (count <= 0)
        return {};
    return QLocale().toString(double(sum) / count, 'f', 2);
}

JournalTableModel::CellView JournalTableModel::cellView(const QModelIndex &index) const
{
    CellView view;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return view;
    view.student = studentRow(index.row());
    if (!view.student || index.column() == AverageColumn)
        return view;
    view.lesson = lessonColumn(index.column());
    if (!view.lesson)
        return view;
    view.pending = pending(view.lesson->lesson.id, view.student->id);
    return view;
}

Mark JournalTableModel::markOf(const CellView &view, const QModelIndex &index) const
{
    if (!view.markRead) {
        view.mark = view.pending ? view.pending->shown : storedCell(index.row(), index.column());
        view.markRead = true;
    }
    return view.mark;
}

QVariant JournalTableModel::roleData(const CellView &view, const QModelIndex &index, int role) const
{
    const JournalStudent *student = view.student;
    if (!student)
        return {};
    if (role == StudentIdRole)
        return student->id;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);

    if (index.column() == AverageColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return averageText(*student);
        case Qt::ToolTipRole:
            return tr("Average mark of %1 in this journal").arg(student->name.full());
        default:
            return {};
        }
    }

    const JournalLesson *lesson = view.lesson;
    if (!lesson)
        return {};
    switch (role) {
    case LessonIdRole:
        return lesson->lesson.id;
    case PendingRole:
        return view.pending != nullptr;
    case ConflictRole: {
        const auto found = m_conflicts.constFind({lesson->lesson.id, student->id});
        return found == m_conflicts.cend() ? QString() : JournalLabels::conflict(found.value());
    }
    case Qt::DisplayRole:
        // The sign says there is something to decide, also without colour.
        if (m_conflicts.contains({lesson->lesson.id, student->id}))
            return QString(JournalLabels::cell(markOf(view, index)) + QStringLiteral(" \u26A0"));
        return JournalLabels::cell(markOf(view, index));
    case Qt::EditRole:
        return JournalLabels::cell(markOf(view, index));
    case MarkValueRole:
        return markOf(view, index).value;
    case AbsentRole:
        return markOf(view, index).absent;
    case Qt::ToolTipRole: {
        const QString cell = tr("%1 — %2").arg(student->name.full(),
                                               QLocale().toString(lesson->lesson.date, QLocale::ShortFormat));
        const auto found = m_conflicts.constFind({lesson->lesson.id, student->id});
        if (found == m_conflicts.cend())
            return cell;
        return tr("%1\n%2. Yours has not reached SGO yet: keep yours or take SGO's from the cell's menu.")
            .arg(cell, JournalLabels::conflict(found.value()));
    }
    default:
        return {};
    }
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    return roleData(cellView(index), index, role);
}

// A view asks for seven roles of each cell it paints; the student, the lesson and the mark are found once.
void JournalTableModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    const CellView view = cellView(index);
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(this->roleData(view, index, roleData.role()));
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const JournalStudent *student = studentRow(section);
        if (!student)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1  %2 %3", "number, last name, first name")
                .arg(section + 1)
                .arg(student->name.last, student->name.first);
        case Qt::ToolTipRole:
            return student->name.full();
        case StudentIdRole:
            return student->id;
        case Qt::TextAlignmentRole:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    if (section == AverageColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("Average\nmark");
        case Qt::ToolTipRole:
            return tr("Average of the student's marks in this journal; absences do not count");
        default:
            return {};
        }
    }
    const JournalLesson *column = lessonColumn(section);
    if (!column)
        return {};
    const Lesson &lesson = column->lesson;
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(lesson.date, QStringLiteral("dd.MM")) + QLatin1Char('\n') +
                       JournalLabels::lessonTypeShort(lesson.type) + QLatin1Char('\n') +
                       JournalLabels::hours(lesson.academicHours));
    case Qt::ToolTipRole: {
        QStringList lines{JournalLabels::longDate(lesson.date),
                          tr("%1, %2").arg(JournalLabels::lessonType(lesson.type),
                                           JournalLabels::hours(lesson.academicHours))};
        if (!lesson.topic.isEmpty())
            lines << tr("Topic: %1").arg(lesson.topic);
        lines << tr("Tasks given: %1").arg(column->taskCount);
        if (column->distance)
            lines << tr("Distance lesson");
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        return column->distance ? m_distanceDecoration : QVariant();
    case LessonIdRole:
        return lesson.id;
    case DistanceLessonRole:
        return column->distance;
    default:
        return {};
    }
}

Qt::ItemFlags JournalTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() >= FirstLessonColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool JournalTableModel::isLessonCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.column() >= FirstLessonColumn &&
           index.row() < m_rows && index.column() < columnCount();
}

bool JournalTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_editable || !isLessonCell(index))
        return false;
    return requestInput({index}, value.toString());
}

JournalCellChange JournalTableModel::changeFor(const Mark &current, const MarkInput &input)
{
    Mark after = current;
    switch (input.kind) {
    case MarkInput::Kind::Mark:
        after.value = input.value;
        after.absent = false;
        break;
    case MarkInput::Kind::Absence:
        after.value = 0;
        after.absent = true;
        break;
    case MarkInput::Kind::Clear:
    case MarkInput::Kind::Invalid:
        after.value = 0;
        after.absent = false;
        break;
    }
    return {current, after};
}

bool JournalTableModel::requestInput(const QModelIndexList &indexes, const QString &typed)
{
    const MarkInput input = MarkInput::parse(typed);
    if (input.kind == MarkInput::Kind::Invalid) {
        if (!indexes.isEmpty())
            Q_EMIT inputRefused(indexes.first(),
                                tr("“%1” is not a mark: type a mark from %2 to %3, “n” for an absence, or "
                                   "Delete to clear the cell.")
                                    .arg(typed.trimmed())
                                    .arg(MarkInput::Lowest)
                                    .arg(MarkInput::Highest));
        return false;
    }
    JournalCellChanges changes;
    for (const QModelIndex &index : indexes) {
        if (!isLessonCell(index))
            continue;
        const qint64 lessonId = lessonIdAt(index.column());
        const qint64 studentId = studentIdAt(index.row());
        if (!lessonId || !studentId)
            continue;
        const JournalCellChange change = changeFor(cell(lessonId, studentId), input);
        if (!sameCell(change.before, change.after))
            changes << change;
    }
    requestChanges(changes);
    return true;
}

void JournalTableModel::requestChanges(const JournalCellChanges &changes)
{
    if (m_editable && !changes.isEmpty())
        Q_EMIT changesRequested(changes);
}

void JournalTableModel::applyChanges(const JournalCellChanges &changes)
{
    for (const JournalCellChange &change : changes) {
        const qint64 lessonId = change.after.lessonId;
        const qint64 studentId = change.after.studentId;
        Pending &p = m_pending[studentId][lessonId];
        if (p.count == 0)
            p.base = change.before;
        p.shown = change.after;
        ++p.count;
        emitCellChanged(lessonId, studentId);
    }
}

void JournalTableModel::finishChanges(const JournalCellChanges &changes, bool saved)
{
    Q_UNUSED(saved) // either way, once nothing is pending the cell shows what the store holds
    QSet<qint64> settledStudents;
    for (const JournalCellChange &change : changes) {
        const qint64 lessonId = change.after.lessonId;
        const qint64 studentId = change.after.studentId;
        auto row = m_pending.find(studentId);
        if (row == m_pending.end())
            continue;
        auto it = row->find(lessonId);
        if (it == row->end() || --it->count > 0)
            continue;
        row->erase(it);
        if (row->isEmpty())
            m_pending.erase(row);
        settledStudents.insert(studentId);

        const Mark stored = m_source.mark(lessonId, studentId);
        const int r = rowOfStudent(studentId);
        const int c = columnOfLesson(lessonId);
        if (r >= 0 && c >= FirstLessonColumn) {
            auto tile =
                m_tiles.find(QPair<int, int>(r / m_studentPage, (c - FirstLessonColumn) / m_lessonPage));
            if (tile != m_tiles.end()) {
                if (stored.value > 0 || stored.absent)
                    tile->insert(CellKey(lessonId, studentId), stored);
                else
                    tile->remove(CellKey(lessonId, studentId));
            }
        }
        emitCellChanged(lessonId, studentId);
    }
    for (qint64 studentId : std::as_const(settledStudents)) {
        const int r = rowOfStudent(studentId);
        if (r < 0)
            continue;
        auto page = m_studentPages.find(r / m_studentPage);
        if (page == m_studentPages.end() || r % m_studentPage >= page->size())
            continue;
        const JournalStudent fresh = m_source.student(studentId);
        JournalStudent &cached = (*page)[r % m_studentPage];
        if (fresh.id == studentId) {
            cached.markSum = fresh.markSum;
            cached.markCount = fresh.markCount;
        }
        const QModelIndex average = index(r, AverageColumn);
        Q_EMIT dataChanged(average, average, {Qt::DisplayRole});
    }
}

int JournalTableModel::pendingCellCount() const
{
    int count = 0;
    for (const auto &row : m_pending)
        count += int(row.size());
    return count;
}

qint64 JournalTableModel::studentIdAt(int row) const
{
    const JournalStudent *student = studentRow(row);
    return student ? student->id : 0;
}

qint64 JournalTableModel::lessonIdAt(int column) const
{
    const JournalLesson *lesson = lessonColumn(column);
    return lesson ? lesson->lesson.id : 0;
}

std::optional<JournalLesson> JournalTableModel::lessonAt(int column) const
{
    const JournalLesson *lesson = lessonColumn(column);
    return lesson ? std::optional<JournalLesson>(*lesson) : std::nullopt;
}

std::optional<JournalStudent> JournalTableModel::studentAt(int row) const
{
    const JournalStudent *student = studentRow(row);
    return student ? std::optional<JournalStudent>(*student) : std::nullopt;
}

int JournalTableModel::columnOfLesson(qint64 lessonId) const
{
    for (auto it = m_lessonPages.cbegin(); it != m_lessonPages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).lesson.id == lessonId)
                return FirstLessonColumn + it.key() * m_lessonPage + int(i);
        }
    }
    const int position = m_source.lessonPosition(lessonId);
    return position >= 0 && position < m_lessons ? FirstLessonColumn + position : -1;
}

int JournalTableModel::rowOfStudent(qint64 studentId) const
{
    for (auto it = m_studentPages.cbegin(); it != m_studentPages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).id == studentId)
                return it.key() * m_studentPage + int(i);
        }
    }
    // Not read yet: read the pages in order until it turns up (a group has few of them).
    for (int row = 0; row < m_rows; row += m_studentPage) {
        if (m_studentPages.contains(row / m_studentPage))
            continue;
        const JournalStudent *first = studentRow(row);
        Q_UNUSED(first)
        const QList<JournalStudent> &page = m_studentPages[row / m_studentPage];
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (page.at(i).id == studentId)
                return row + int(i);
        }
    }
    return -1;
}

QModelIndex JournalTableModel::indexOf(qint64 lessonId, qint64 studentId) const
{
    const int row = rowOfStudent(studentId);
    const int column = columnOfLesson(lessonId);
    return row >= 0 && column >= FirstLessonColumn ? index(row, column) : QModelIndex();
}

void JournalTableModel::emitCellChanged(qint64 lessonId, qint64 studentId)
{
    const QModelIndex cellIndex = indexOf(lessonId, studentId);
    if (!cellIndex.isValid())
        return;
    Q_EMIT dataChanged(cellIndex, cellIndex);
    const QModelIndex average = index(cellIndex.row(), AverageColumn);
    Q_EMIT dataChanged(average, average, {Qt::DisplayRole});
}

void JournalTableModel::dropPages()
{
    m_studentPages.clear();
    m_lessonPages.clear();
    m_tiles.clear();
}

void JournalTableModel::resetCounts()
{
    m_conflicts.clear();
    for (const JournalConflict &conflict : m_source.conflicts())
        m_conflicts.insert({conflict.lessonId, conflict.studentId}, conflict);
    ++m_fetches;
    m_rows = m_source.studentCount();
    m_lessons = m_source.lessonCount();
}

void JournalTableModel::reload()
{
    beginResetModel();
    dropPages();
    resetCounts();
    endResetModel();
}

void JournalTableModel::lessonInserted(qint64 lessonId)
{
    const int position = m_source.lessonPosition(lessonId);
    const int count = m_source.lessonCount();
    if (position < 0 || count != m_lessons + 1) {
        if (count != m_lessons)
            reload();
        return;
    }
    const int column = FirstLessonColumn + position;
    beginInsertColumns({}, column, column);
    dropPages();
    m_lessons = count;
    endInsertColumns();
}

void JournalTableModel::lessonRemoved(qint64 lessonId)
{
    int column = -1;
    for (auto it = m_lessonPages.cbegin(); it != m_lessonPages.cend() && column < 0; ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).lesson.id == lessonId) {
                column = FirstLessonColumn + it.key() * m_lessonPage + int(i);
                break;
            }
        }
    }
    const int count = m_source.lessonCount();
    if (column < 0 || count != m_lessons - 1) {
        if (count != m_lessons || column >= 0)
            reload();
        return;
    }
    beginRemoveColumns({}, column, column);
    dropPages();
    m_lessons = count;
    endRemoveColumns();
}

void JournalTableModel::lessonUpdated(qint64 lessonId)
{
    Q_UNUSED(lessonId)
    if (m_source.lessonCount() != m_lessons || m_source.studentCount() != m_rows) {
        reload();
        return;
    }
    // A new date may move the column: every lesson column is read again.
    dropPages();
    if (m_lessons > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, FirstLessonColumn, FirstLessonColumn + m_lessons - 1);
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, FirstLessonColumn + m_lessons - 1));
    }
}
