#include "footprint/footprintdiarydialog.h"

#include "footprint/footprintdropzone.h"
#include "footprint/footprintplanner.h"
#include "store/cache.h"
#include "sync/footprintlms.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct Row
{
    Student student;
    QStringList diary;
    QStringList others;
    std::optional<FootprintSchema::State> state;
    QString lastError;
};

} // namespace

FootprintDiaryDialog::FootprintDiaryDialog(Cache &cache, const BasExtensionCatalogue &catalogue,
                                           qint64 blockId, const QString &blockTitle, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_catalogue(catalogue), m_blockId(blockId),
      m_table(new QTableWidget(this))
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
    QPointer<FootprintDiaryDialog> self(this);
    const qint64 blockId = m_blockId;
    m_cache.schedule([self, blockId](QSqlDatabase &db) {
        QList<qint64> groups;
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("SELECT DISTINCT group_id FROM activities WHERE block_id = ? ORDER BY group_id"));
        query.addBindValue(blockId);
        if (query.exec()) {
            while (query.next())
                groups << query.value(0).toLongLong();
        }
        QHash<qint64, PracticeReportFiles> files;
        for (const PracticeReportFiles &item : FootprintLms::practiceFiles(db, blockId))
            files.insert(item.studentId, item);
        QList<Row> rows;
        for (const Student &student : FootprintLms::studentsOfGroups(db, groups)) {
            Row row;
            row.student = student;
            for (const FootprintDocumentFile &file : files.value(student.id).diary)
                row.diary << file.attachment.fileName;
            for (const FootprintDocumentFile &file : files.value(student.id).others)
                row.others << file.attachment.fileName;
            row.state = FootprintLms::factState(db, FootprintPlanner::practiceReportKey(blockId, student.id),
                                                &row.lastError);
            rows << row;
        }
        std::sort(rows.begin(), rows.end(),
                  [](const Row &a, const Row &b) { return a.student.name.full() < b.student.name.full(); });
        QMetaObject::invokeMethod(
            self,
            [self, rows] {
                if (!self)
                    return;
                QTableWidget *table = self->m_table;
                table->setRowCount(int(rows.size()));
                for (int i = 0; i < rows.size(); ++i) {
                    const Row &row = rows.at(i);
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
                        connect(zone, &FootprintDropZone::filesAdded, self,
                                [self, studentId, isDiary](const QStringList &paths) {
                                    self->addFiles(studentId, isDiary, paths);
                                });
                        connect(zone, &FootprintDropZone::refused, self, [self](const QString &why) {
                            MessageBox::information(self, self->windowTitle(), why);
                        });
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
                Q_EMIT self->loaded();
            },
            Qt::QueuedConnection);
    });
}

void FootprintDiaryDialog::addFiles(qint64 studentId, bool diary, const QStringList &paths)
{
    QPointer<FootprintDiaryDialog> self(this);
    const qint64 blockId = m_blockId;
    const BasExtensionCatalogue *catalogue = &m_catalogue;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto usage =
        diary ? FootprintAttachment::Usage::PracticeDiary : FootprintAttachment::Usage::OtherDocument;
    m_cache.write(
        [=](QSqlDatabase &db, QString *error) {
            for (const QString &path : paths) {
                if (!FootprintLms::addPracticeFile(db, blockId, studentId, usage, path, *catalogue, now,
                                                   error))
                    return false;
            }
            return true;
        },
        [self](bool ok, const QString &error) {
            if (!self)
                return;
            if (!ok)
                MessageBox::warning(self, self->windowTitle(),
                                    tr("The file could not be added: %1").arg(error));
            else
                Q_EMIT self->queued();
            self->reload();
        });
}
