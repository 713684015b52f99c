#pragma once

#include "footprint/basextensioncatalogue.h"

#include <QJsonObject>
#include <QWidget>

class FootprintExtensionsForm;
class FootprintReportModel;
class FootprintStore;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

// The ЦС (U2035) section (seed 000, SPEC §2): the БАС programs with their blocks and activities. An activity
// shows its editing form's block «Расширения БАС» and its students' reports in the tabs «Не заполнены» and
// «Заполнены», each report's values behind «Подробнее». Saving changed extensions of an activity whose
// reports are filled asks first («Сохранить» re-sends, cancel changes nothing). A practical block offers
// «Загрузить дневники практик». Everything is read and written on the store thread; the outbox sends.
class FootprintPage : public QWidget
{
    Q_OBJECT
public:
    explicit FootprintPage(FootprintStore &store, QWidget *parent = nullptr);

    void reload();
    // The tree's item for an activity or a block, for tests and links from elsewhere.
    bool selectActivity(qint64 activityId);
    bool selectBlock(qint64 blockId);
    FootprintExtensionsForm *extensionsForm() const { return m_form; }

Q_SIGNALS:
    void loaded();
    void reportsShown();
    // Statements were queued: the outbox may look now.
    void queued();
    void saved(bool ok);

private:
    void showActivity(qint64 activityId);
    void showBlock(qint64 blockId, const QString &title, bool practical);
    void loadReports();
    void save();
    void correctForStudent(qint64 studentId, const QString &name, const QJsonObject &values);
    QTreeView *reportList(const QString &name, FootprintReportModel *model);
    QTreeWidgetItem *findItem(int kind, qint64 id) const;

    FootprintStore &m_store;
    const BasExtensionCatalogue &m_catalogue;
    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QLabel *m_activityTitle;
    FootprintExtensionsForm *m_form;
    QPushButton *m_save;
    QLabel *m_problems;
    QTabWidget *m_tabs;
    FootprintReportModel *m_unfilledModel;
    FootprintReportModel *m_filledModel;
    QTreeView *m_unfilled;
    QTreeView *m_filled;
    QLabel *m_blockTitle;
    QPushButton *m_uploadDiaries;
    qint64 m_activityId = 0;
    qint64 m_blockId = 0;
    QJsonObject m_storedValues;
    bool m_storedAttestation = false;
    bool m_storedBlockAttestation = false;
};
