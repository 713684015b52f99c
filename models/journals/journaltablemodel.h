#pragma once

#include "journals/journalcellchange.h"
#include "journals/journaldatasource.h"

#include "journals/journalconflict.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>
#include <QVariant>

#include <memory>

#include <optional>

class MarkInput;

// The group journal's grid (seed 004, fig. 447): students as rows, «Средний балл» then the lessons as
// columns, marks and absences («н») in the cells. It pages: students and lessons are read a page at a time
// and the cells a tile (a page of students × a page of lessons) at a time, when a view first asks for them.
//
// Edits are not applied by setData(): it understands what was typed (MarkInput) and asks for the change
// (changesRequested), which an undo command applies with applyChanges() at once and confirms or rolls back
// with finishChanges() once the store has answered. Until then the edited cells show their new value whatever
// the store holds; afterwards they show the store's.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        LessonIdRole = Qt::UserRole + 1,
        StudentIdRole,
        MarkValueRole,      // int, 0 without a mark
        AbsentRole,         // bool
        DistanceLessonRole, // header: bool
        PendingRole,        // bool: the cell's edit has not reached the store yet
        ConflictRole,       // QString: what SGO has in the cell under a pending edit, empty without one
    };
    static constexpr int AverageColumn = 0;
    static constexpr int FirstLessonColumn = 1;

    explicit JournalTableModel(JournalDataSource &source, QObject *parent = nullptr);
    // Owns its source: the source lives as long as the model does, whatever goes first around it.
    explicit JournalTableModel(std::unique_ptr<JournalDataSource> source, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Typed text: a valid entry emits changesRequested, an invalid one inputRefused; nothing is stored here.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }
    // What a distance lesson's column header shows as its decoration (the UI's icon; this layer has no
    // QIcon).
    void setDistanceLessonDecoration(const QVariant &decoration) { m_distanceDecoration = decoration; }
    // Page sizes (rows, lessons); smaller ones make tests page.
    void setPageSizes(int students, int lessons);

    qint64 studentIdAt(int row) const;
    qint64 lessonIdAt(int column) const;
    std::optional<JournalLesson> lessonAt(int column) const;
    std::optional<JournalStudent> studentAt(int row) const;
    // -1 when the lesson is not shown.
    int columnOfLesson(qint64 lessonId) const;
    int rowOfStudent(qint64 studentId) const;
    Mark cell(qint64 lessonId, qint64 studentId) const;
    bool isLessonCell(const QModelIndex &index) const;

    // The same entry for several cells (Delete on a selection, «Отметить, кого нет»): emits changesRequested
    // with the cells whose content changes. Returns false (and emits inputRefused) when the text is not
    // valid.
    bool requestInput(const QModelIndexList &indexes, const QString &typed);
    void requestChanges(const JournalCellChanges &changes);

    // Shows the changes at once (undo commands call this for redo and, with reversed changes, for undo).
    void applyChanges(const JournalCellChanges &changes);
    // The store has answered for changes applied earlier: saved, or not (the cells go back to the store's).
    void finishChanges(const JournalCellChanges &changes, bool saved);
    int pendingCellCount() const;

    // After the store has it: structure changes keep the views' places where they can.
    void reload();
    void lessonInserted(qint64 lessonId);
    void lessonRemoved(qint64 lessonId);
    void lessonUpdated(qint64 lessonId);

    // Source reads so far (tests check that the model pages).
    int fetchCount() const { return m_fetches; }

Q_SIGNALS:
    void changesRequested(const JournalCellChanges &changes);
    void inputRefused(const QModelIndex &index, const QString &message);

private:
    using CellKey = QPair<qint64, qint64>; // lesson id, student id
    struct Pending
    {
        Mark shown;
        Mark base; // what the store held when the first still-unanswered edit was made
        int count = 0;
    };

    // A cell's student, lesson and unanswered edit, found once for all the roles asked of it.
    struct CellView
    {
        const JournalStudent *student = nullptr;
        const JournalLesson *lesson = nullptr;
        const Pending *pending = nullptr;
        mutable Mark mark;
        mutable bool markRead = false;
    };

    CellView cellView(const QModelIndex &index) const;
    Mark markOf(const CellView &view, const QModelIndex &index) const;
    QVariant roleData(const CellView &view, const QModelIndex &index, int role) const;
    const JournalStudent *studentRow(int row) const;
    const JournalLesson *lessonColumn(int column) const;
    Mark storedCell(int row, int column) const;
    const Pending *pending(qint64 lessonId, qint64 studentId) const;
    QString averageText(const JournalStudent &student) const;
    QModelIndex indexOf(qint64 lessonId, qint64 studentId) const;
    void emitCellChanged(qint64 lessonId, qint64 studentId);
    void dropPages();
    void resetCounts();
    static JournalCellChange changeFor(const Mark &current, const MarkInput &input);

    std::unique_ptr<JournalDataSource> m_ownedSource;
    JournalDataSource &m_source;
    int m_rows = 0;
    int m_lessons = 0;
    // A group is under 64 students and a subject's semester under 64 lessons: a journal opens with one read
    // of its students, one of its lessons and one of its cells.
    int m_studentPage = 64;
    int m_lessonPage = 64;
    bool m_editable = false;
    QVariant m_distanceDecoration;
    mutable int m_fetches = 0;
    mutable QHash<int, QList<JournalStudent>> m_studentPages;
    mutable QHash<int, QList<JournalLesson>> m_lessonPages;
    mutable QHash<QPair<int, int>, QHash<CellKey, Mark>> m_tiles;
    // student id → lesson id → the edit not answered yet
    QHash<qint64, QHash<qint64, Pending>> m_pending;
    QHash<QPair<qint64, qint64>, JournalConflict> m_conflicts; // (lesson, student)
};
