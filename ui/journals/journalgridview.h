#pragma once

#include <QTableView>

class JournalTableModel;

// The journal grid, kept like a spreadsheet: type a mark (or «н») and Enter to move down, Tab to the right,
// Delete clears the selected cells. A click on a lesson's header selects the lesson; its context menu is the
// lesson's «Действия».
class JournalGridView : public QTableView
{
    Q_OBJECT
public:
    explicit JournalGridView(QWidget *parent = nullptr);

    void setJournalModel(JournalTableModel *model);
    JournalTableModel *journalModel() const { return m_model; }
    // A cell's editor is open.
    bool isEditing() const { return state() == EditingState; }
    // Shows why a typed entry was refused, at the cell.
    void showRefusal(const QModelIndex &index, const QString &message);

Q_SIGNALS:
    void lessonActivated(int column);
    void lessonMenuRequested(int column, const QPoint &globalPos);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void moveDown();

    JournalTableModel *m_model = nullptr;
    bool m_refused = false;
    bool m_focusInEditor = false;
};
