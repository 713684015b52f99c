#include "journals/journalgridview.h"

#include "journals/journalcelldelegate.h"
#include "journals/journaltablemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QToolTip>

#include <optional>

namespace {

// QHeaderView sizes a header by measuring each section's text through a fresh bold QFontMetrics and a full
// text layout, and does it again at every show, resize and polish: a third of the time to open a journal.
// The journal's sections are lines of plain text, so the lines are counted and the names measured with
// metrics made once per font.
class JournalHeaderView : public QHeaderView
{
public:
    using QHeaderView::QHeaderView;

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override
    {
        if (!model())
            return {};
        if (!m_bold) {
            QFont bold = font();
            bold.setBold(true); // as Qt measures: a highlighted section is drawn bold
            m_bold.emplace(bold);
            m_margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        }
        const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
        if (orientation() == Qt::Horizontal) {
            const int lines = int(text.count(QLatin1Char('\n'))) + 1;
            return {defaultSectionSize(), lines * m_bold->lineSpacing() + 2 * m_margin};
        }
        return {m_bold->horizontalAdvance(text) + 2 * m_margin, m_bold->height() + 2 * m_margin};
    }

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_bold.reset();
        QHeaderView::changeEvent(event);
    }

private:
    mutable std::optional<QFontMetrics> m_bold;
    mutable int m_margin = 0;
};

JournalHeaderView *makeHeader(Qt::Orientation orientation, QWidget *parent)
{
    // What QTableView sets on the headers it makes itself.
    auto *header = new JournalHeaderView(orientation, parent);
    header->setSectionsClickable(true);
    header->setHighlightSections(true);
    return header;
}

} // namespace

JournalGridView::JournalGridView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("journalGrid"));
    setHorizontalHeader(makeHeader(Qt::Horizontal, this));
    setVerticalHeader(makeHeader(Qt::Vertical, this));
    setItemDelegate(new JournalCellDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed sizes: the grid never measures every cell or header of a big journal.
    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Fixed);
    columns->setDefaultSectionSize(60);
    columns->setDefaultAlignment(Qt::AlignCenter);
    columns->setHighlightSections(true);
    columns->setSectionsClickable(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *rows = verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    connect(columns, &QHeaderView::sectionClicked, this, [this](int column) {
        if (column >= JournalTableModel::FirstLessonColumn)
            Q_EMIT lessonActivated(column);
    });
    connect(columns, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int column = horizontalHeader()->logicalIndexAt(pos);
        if (column >= JournalTableModel::FirstLessonColumn) {
            Q_EMIT lessonActivated(column);
            Q_EMIT lessonMenuRequested(column, horizontalHeader()->mapToGlobal(pos));
        }
    });
}

void JournalGridView::setJournalModel(JournalTableModel *model)
{
    m_model = model;
    setModel(model);
    // «Средний / балл» on two lines, with the header's padding.
    const QFontMetrics metrics(horizontalHeader()->font());
    const QStringList words = model->headerData(JournalTableModel::AverageColumn, Qt::Horizontal)
                                  .toString()
                                  .split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &word : words)
        widest = qMax(widest, metrics.horizontalAdvance(word));
    setColumnWidth(JournalTableModel::AverageColumn, qMax(64, widest + 24));
    connect(model, &JournalTableModel::inputRefused, this, &JournalGridView::showRefusal);
}

void JournalGridView::showRefusal(const QModelIndex &index, const QString &message)
{
    m_refused = true;
    const QRect cell = visualRect(index);
    QToolTip::showText(viewport()->mapToGlobal(cell.bottomLeft()), message, viewport(), cell, 6000);
}

void JournalGridView::moveDown()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || current.row() + 1 >= model()->rowCount())
        return;
    setCurrentIndex(model()->index(current.row() + 1, current.column()));
}

void JournalGridView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && m_model) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            moveDown();
            event->accept();
            return;
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
            if (m_model->isEditable()) {
                QModelIndexList cells = selectionModel()->selectedIndexes();
                if (cells.isEmpty())
                    cells << currentIndex();
                m_model->requestInput(cells, QString());
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void JournalGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // A second Enter before the first one's commit arrives closes an editor already closed: no second move.
    if (!editor || !editor->isVisible()) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        return;
    }
    const bool refused = std::exchange(m_refused, false);
    // Enter commits and, like a spreadsheet, goes down to the next student; a refused entry stays put.
    if (hint == QAbstractItemDelegate::SubmitModelCache && !refused) {
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveDown();
        return;
    }
    QTableView::closeEditor(editor, refused ? QAbstractItemDelegate::NoHint : hint);
}

void JournalGridView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current.isValid() && current.column() >= JournalTableModel::FirstLessonColumn &&
        current.column() != previous.column())
        Q_EMIT lessonActivated(current.column());
}

// Typing a mark moves the focus into the cell's editor and back at every key. Qt's views repaint the whole
// grid, frame and scroll bars included, at each of those moves; here only the current cell is, so that a
// teacher typing fast never waits for a repaint of the journal.
void JournalGridView::focusOutEvent(QFocusEvent *event)
{
    QWidget *now = QApplication::focusWidget();
    if (now && viewport()->isAncestorOf(now)) {
        m_focusInEditor = true;
        event->accept();
        return;
    }
    m_focusInEditor = false;
    QTableView::focusOutEvent(event);
}

void JournalGridView::focusInEvent(QFocusEvent *event)
{
    if (std::exchange(m_focusInEditor, false) && currentIndex().isValid()) {
        setAttribute(Qt::WA_InputMethodEnabled, currentIndex().flags().testFlag(Qt::ItemIsEditable));
        viewport()->update(visualRect(currentIndex()));
        event->accept();
        return;
    }
    QTableView::focusInEvent(event);
}
