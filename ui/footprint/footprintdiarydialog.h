#pragma once

#include <QDialog>

class FootprintStore;
class QTableWidget;

// «Загрузить дневники практик» of a practical block (seed 000): the block's students, each with two dropzones
// — the diary (exactly one file) and other documents (many) — and whether the block's report went to U2035
// («Отправлено в У2035»). Files are read and hashed on the store thread; the report is queued once it is
// ready.
class FootprintDiaryDialog : public QDialog
{
    Q_OBJECT
public:
    FootprintDiaryDialog(FootprintStore &store, qint64 blockId, const QString &blockTitle,
                         QWidget *parent = nullptr);

    void reload();

Q_SIGNALS:
    void loaded();
    // A file was stored (and a report may have been queued): the outbox may look now.
    void queued();

private:
    void addFiles(qint64 studentId, bool diary, const QStringList &paths);

    FootprintStore &m_store;
    qint64 m_blockId;
    QTableWidget *m_table;
};
