#pragma once

#include "diary/diarygroupdata.h"
#include "diary/parentconsent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

#include <functional>

class ParentConsentStore;

// The parents of a group's students for the ЭД service (seed 001 §1, §7): each one's consent or refusal to
// the processing of personal data with its date and form, and the contacts for delivery with how they were
// handed over. A change is checked, then saved at once; a save that fails keeps the change for a retry.
class ParentConsentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ParentColumn,
        ChildrenColumn,
        ConsentColumn,
        ConsentDateColumn,
        ConsentFormColumn,
        PhoneColumn,
        EmailColumn,
        ContactSourceColumn,
        ColumnCount
    };
    enum Role { ParentIdRole = Qt::UserRole + 1, PaperExtractRole, UnsavedRole };

    explicit ParentConsentModel(ParentConsentStore *store, QObject *parent = nullptr);

    void setClock(std::function<QDate()> today);
    void load(const DiaryGroupData &data);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ParentConsent record(int row) const { return m_rows.value(row).consent; }
    int rowOf(qint64 parentId) const;
    QString childrenText(int row) const;
    // Checks both rules first: a refused change changes nothing (problem says why, field says where).
    enum class Field { None, ConsentDate, ConsentForm, Phone, Email, ContactSource };
    bool setRecord(int row, const ParentConsent &consent, QString *problem = nullptr, Field *field = nullptr);
    int unsavedCount() const;
    void retryUnsaved();

    static QString consentText(Parent::Consent consent);
    static QString formText(Parent::ContactSource form);
    static QString problemText(ConsentProblem problem);
    static QString problemText(ContactsProblem problem);

Q_SIGNALS:
    void saveFailed(const QString &error);
    void saved();

private:
    struct Row
    {
        ParentConsent consent;
        QStringList children;
        bool unsaved = false;
        quint64 lastSave = 0;
    };
    void store(int row);

    ParentConsentStore *m_store;
    std::function<QDate()> m_today;
    QList<Row> m_rows;
    quint64 m_saves = 0;
};
