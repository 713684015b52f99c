#pragma once

#include "footprint/basextensioncatalogue.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QPushButton;

// The block «Расширения БАС» of an activity's editing form (seed 000): the fields of U2035's catalogue chosen
// for the activity, each edited by the kind of value it takes and named by its Russian label, with the
// checkboxes «Аттестация» and «Аттестация по блоку». The same block, without the checkboxes, holds one
// student's corrections in the report.
class FootprintExtensionsForm : public QGroupBox
{
    Q_OBJECT
public:
    enum class Mode { Activity, Student };

    FootprintExtensionsForm(const BasExtensionCatalogue &catalogue, Mode mode, QWidget *parent = nullptr);

    void setValues(const QJsonObject &values);
    QJsonObject values() const;
    void setAttestation(bool attestation, bool blockAttestation);
    bool attestation() const;
    bool blockAttestation() const;

    // Adds the field (an IRI of the catalogue) with an empty value; false if it is unknown or there already.
    bool addField(const QString &iri);
    QStringList fields() const;
    // Why values can't be queued, one sentence per refused field (its label and the reason), or nothing.
    QStringList problems() const;

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString iri;
        QWidget *editor = nullptr;
        std::function<QJsonValue()> value;
        std::function<void(const QJsonValue &)> setValue;
    };
    void removeField(const QString &iri);
    Row editorFor(const BasExtension &field);

    const BasExtensionCatalogue &m_catalogue;
    QCheckBox *m_attestation = nullptr;
    QCheckBox *m_blockAttestation = nullptr;
    QComboBox *m_picker;
    QPushButton *m_add;
    QFormLayout *m_rows;
    QList<Row> m_fields;
};
