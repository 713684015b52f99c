#include "footprint/footprintdiarydialog.h"

#include "footprint/footprintdropzone.h"
#include "sync/footprintstore.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

FootprintDiaryDialog::FootprintDiaryDialog(FootprintStore &store, qint64 blockId, const QString &blockTitle,
                                           QWidget *parent)
    : QDialog(parent), m_store(store), m_blockId(blockId), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("diaryDialog"));
    setWindowTitle(tr("Upload practice diaries"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(blockTitle, this));
    m_table->setObjectName(QStringLiteral("diaryTable"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels(
        {tr("Student"), tr("Practice diary"), tr("Other documents"), tr("Status")});
    // Names and statuses whole; the two drop zones share what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 600);
    reload();
}

void FootprintDiaryDialog::reload()
{
    m_store.practiceDiaries(this, m_blockId, [this](const QList<FootprintLms::PracticeDiaryRow> &rows) {
        QTableWidget *table = m_table;
        table->setRowCount(int(rows.size()));
        for (int i = 0; i < rows.size(); ++i) {
            const FootprintLms::PracticeDiaryRow &row = rows.at(i);
            auto *name = new QTableWidgetItem(row.student.name.full());
            name->setFlags(Qt::ItemIsEnabled);
            table->setItem(i, 0, name);
            const qint64 studentId = row.student.id;
            auto *diary = new FootprintDropZone(FootprintDropZone::Kind::Diary, table);
            diary->setHeld(row.diary);
            auto *others = new FootprintDropZone(FootprintDropZone::Kind::OtherDocuments, table);
            others->setHeld(row.others);
            for (FootprintDropZone *zone : {diary, others}) {
                const bool isDiary = zone == diary;
                connect(zone, &FootprintDropZone::filesAdded, this,
                        [this, studentId, isDiary](const QStringList &paths) {
                            addFiles(studentId, isDiary, paths);
                        });
                connect(zone, &FootprintDropZone::refused, this,
                        [this](const QString &why) { MessageBox::information(this, windowTitle(), why); });
            }
            table->setCellWidget(i, 1, diary);
            table->setCellWidget(i, 2, others);
            QString status;
            if (row.state == FootprintSchema::State::Delivered)
                status = tr("Sent to U2035");
            else if (row.state == FootprintSchema::State::Rejected ||
                     row.state == FootprintSchema::State::Conflict)
                status = tr("Refused by U2035: %1").arg(row.lastError);
            else if (row.state)
                status = tr("Waiting to be sent");
            else if (row.diary.isEmpty())
                status = tr("No diary yet");
            else
                status = tr("Waits for the block attestation");
            auto *state = new QTableWidgetItem(status);
            state->setFlags(Qt::ItemIsEnabled);
            table->setItem(i, 3, state);
        }
        table->resizeRowsToContents();
        Q_EMIT loaded();
    });
}

void FootprintDiaryDialog::addFiles(qint64 studentId, bool diary, const QStringList &paths)
{
    const auto usage =
        diary ? FootprintAttachment::Usage::PracticeDiary : FootprintAttachment::Usage::OtherDocument;
    m_store.addPracticeFiles(this, m_blockId, studentId, usage, paths,
                             [this](bool ok, const QString &error, const FootprintLms::Refusals &) {
                                 if (!ok)
                                     MessageBox::warning(this, windowTitle(),
                                                          tr("The file could not be added: %1").arg(error));
                                 else
                                     Q_EMIT queued();
                                 reload();
                             });
}
