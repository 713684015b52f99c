#include "footprint/footprintextensionsform.h"

#include "sync/basproblemtext.h"
#include "footprint/basextensioneditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

using Editor = BasExtensionEditor::Editor;

QComboBox *selectorBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("bestResultSelector"));
    box->addItem(FootprintExtensionsForm::tr("the more the better"), QStringLiteral("max"));
    box->addItem(FootprintExtensionsForm::tr("the less the better"), QStringLiteral("min"));
    return box;
}

QDoubleSpinBox *numberBox(QWidget *parent, const QString &name, int decimals)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(-1e9, 1e9);
    box->setDecimals(decimals);
    return box;
}

} // namespace

FootprintExtensionsForm::FootprintExtensionsForm(const BasExtensionCatalogue &catalogue, Mode mode,
                                                 QWidget *parent)
    : QGroupBox(tr("BAS extensions"), parent), m_catalogue(catalogue), m_picker(new QComboBox(this)),
      m_add(new QPushButton(tr("Add"), this)), m_rows(new QFormLayout)
{
    setObjectName(QStringLiteral("basExtensionsForm"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Activity) {
        m_attestation = new QCheckBox(tr("Attestation"), this);
        m_attestation->setObjectName(QStringLiteral("attestationCheck"));
        m_blockAttestation = new QCheckBox(tr("Block attestation"), this);
        m_blockAttestation->setObjectName(QStringLiteral("blockAttestationCheck"));
        auto *checks = new QHBoxLayout;
        checks->addWidget(m_attestation);
        checks->addWidget(m_blockAttestation);
        checks->addStretch();
        layout->addLayout(checks);
        connect(m_attestation, &QCheckBox::toggled, this, &FootprintExtensionsForm::changed);
        connect(m_blockAttestation, &QCheckBox::toggled, this, &FootprintExtensionsForm::changed);
    }
    layout->addLayout(m_rows);

    m_picker->setObjectName(QStringLiteral("fieldPicker"));
    // The catalogue's labels are long: the form must still fit a normal window, the list shows them whole.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(32);
    m_picker->setAccessibleName(tr("Field to add"));
    QList<const BasExtension *> entries;
    for (const BasExtension &entry : catalogue.entries())
        entries << &entry;
    std::sort(entries.begin(), entries.end(), [](const BasExtension *a, const BasExtension *b) {
        return QString::localeAwareCompare(a->label, b->label) < 0;
    });
    for (const BasExtension *entry : std::as_const(entries)) {
        m_picker->addItem(entry->label, entry->iri);
        m_picker->setItemData(m_picker->count() - 1, entry->iri, Qt::ToolTipRole);
    }
    m_add->setObjectName(QStringLiteral("addFieldButton"));
    auto *adding = new QHBoxLayout;
    adding->addWidget(m_picker, 1);
    adding->addWidget(m_add);
    layout->addLayout(adding);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addField(m_picker->currentData().toString()))
            Q_EMIT changed();
    });
}

FootprintExtensionsForm::Row FootprintExtensionsForm::editorFor(const BasExtension &field)
{
    auto *editor = new QWidget(this);
    auto *layout = new QHBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    Row row;
    row.iri = field.iri;
    row.editor = editor;
    auto notify = [this] { Q_EMIT changed(); };
    const BasExtensionEditor::Spec spec = BasExtensionEditor::specFor(field);

    switch (spec.editor) {
    case Editor::ScoreText:
    case Editor::ScoreYesNo:
    case Editor::ScoreNumbers: {
        // U2035's measured values: {score, min, max, unit, bestResultSelector} (fd.schema.json
        // "definitions").
        QComboBox *unit = nullptr;
        if (!spec.unitChoice.isEmpty()) {
            unit = new QComboBox(editor);
            unit->setObjectName(QStringLiteral("unit"));
            unit->addItems(spec.unitChoice);
        }
        QComboBox *selector = spec.bestResult.isEmpty() ? selectorBox(editor) : nullptr;
        std::function<QJsonObject()> entered;
        if (spec.editor == Editor::ScoreText) {
            auto *score = new QLineEdit(editor);
            score->setObjectName(QStringLiteral("score"));
            if (spec.isoDuration)
                score->setPlaceholderText(tr("e.g. PT14M8S"));
            layout->addWidget(score, 1);
            connect(score, &QLineEdit::textChanged, this, notify);
            entered = [score] { return QJsonObject{{QStringLiteral("score"), score->text()}}; };
            row.setValue = [score](const QJsonValue &value) {
                score->setText(value.toObject().value(QStringLiteral("score")).toString());
            };
        } else if (spec.editor == Editor::ScoreYesNo) {
            auto *score = new QCheckBox(tr("yes"), editor);
            score->setObjectName(QStringLiteral("score"));
            layout->addWidget(score, 1);
            connect(score, &QCheckBox::toggled, this, notify);
            entered = [score] { return QJsonObject{{QStringLiteral("score"), score->isChecked()}}; };
            row.setValue = [score](const QJsonValue &value) {
                score->setChecked(value.toObject().value(QStringLiteral("score")).toBool());
            };
        } else {
            const bool integers = spec.decimals == 0;
            QDoubleSpinBox *parts[3] = {numberBox(editor, QStringLiteral("score"), spec.decimals),
                                        numberBox(editor, QStringLiteral("min"), spec.decimals),
                                        numberBox(editor, QStringLiteral("max"), spec.decimals)};
            const QString captions[3] = {tr("value"), tr("from"), tr("to")};
            for (int i = 0; i < 3; ++i) {
                layout->addWidget(new QLabel(captions[i], editor));
                layout->addWidget(parts[i]);
                connect(parts[i], &QDoubleSpinBox::valueChanged, this, notify);
            }
            entered = [parts, integers] {
                QJsonObject value;
                const char *names[3] = {"score", "min", "max"};
                for (int i = 0; i < 3; ++i) {
                    value.insert(QLatin1String(names[i]), integers ? QJsonValue(qint64(parts[i]->value()))
                                                                   : QJsonValue(parts[i]->value()));
                }
                return value;
            };
            row.setValue = [parts, unit](const QJsonValue &value) {
                const QJsonObject object = value.toObject();
                parts[0]->setValue(object.value(QStringLiteral("score")).toDouble());
                parts[1]->setValue(object.value(QStringLiteral("min")).toDouble());
                parts[2]->setValue(object.value(QStringLiteral("max")).toDouble());
                if (unit)
                    unit->setCurrentText(object.value(QStringLiteral("unit")).toString());
            };
        }
        row.value = [spec, entered, unit, selector] {
            return QJsonValue(
                BasExtensionEditor::measuredValue(spec, entered(), unit ? unit->currentText() : QString(),
                                                  selector ? selector->currentData().toString() : QString()));
        };
        if (unit) {
            layout->addWidget(unit);
            connect(unit, &QComboBox::currentTextChanged, this, notify);
        } else if (spec.showsUnit) {
            layout->addWidget(new QLabel(spec.unit, editor));
        }
        if (selector) {
            layout->addWidget(selector);
            connect(selector, &QComboBox::currentIndexChanged, this, notify);
            const auto setScore = row.setValue;
            row.setValue = [setScore, selector](const QJsonValue &value) {
                setScore(value);
                const int index = selector->findData(
                    value.toObject().value(QStringLiteral("bestResultSelector")).toString());
                selector->setCurrentIndex(std::max(index, 0));
            };
        }
        break;
    }
    case Editor::Boolean: {
        auto *check = new QCheckBox(tr("yes"), editor);
        check->setObjectName(QStringLiteral("value"));
        layout->addWidget(check, 1);
        connect(check, &QCheckBox::toggled, this, notify);
        row.value = [check] { return QJsonValue(check->isChecked()); };
        row.setValue = [check](const QJsonValue &value) { check->setChecked(value.toBool()); };
        break;
    }
    case Editor::Number: {
        QDoubleSpinBox *number = numberBox(editor, QStringLiteral("value"), spec.decimals);
        layout->addWidget(number, 1);
        connect(number, &QDoubleSpinBox::valueChanged, this, notify);
        const bool integer = spec.decimals == 0;
        row.value = [number, integer] {
            return integer ? QJsonValue(qint64(number->value())) : QJsonValue(number->value());
        };
        row.setValue = [number](const QJsonValue &value) { number->setValue(value.toDouble()); };
        break;
    }
    case Editor::StringList: {
        auto *list = new QLineEdit(editor);
        list->setObjectName(QStringLiteral("value"));
        list->setPlaceholderText(tr("separated by commas"));
        layout->addWidget(list, 1);
        connect(list, &QLineEdit::textChanged, this, notify);
        row.value = [list] {
            QJsonArray items;
            for (const QString &item : list->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                items << item.trimmed();
            return QJsonValue(items);
        };
        row.setValue = [list](const QJsonValue &value) {
            QStringList items;
            for (const QJsonValue &item : value.toArray())
                items << item.toString();
            list->setText(items.join(QStringLiteral(", ")));
        };
        break;
    }
    case Editor::String: {
        // A string: one of the allowed values, or free text with the schema's examples offered.
        auto *text = new QComboBox(editor);
        text->setObjectName(QStringLiteral("value"));
        text->setEditable(field.allowed.isEmpty());
        text->addItems(field.allowed.isEmpty() ? field.examples : field.allowed);
        layout->addWidget(text, 1);
        connect(text, &QComboBox::currentTextChanged, this, notify);
        row.value = [text] { return QJsonValue(text->currentText()); };
        row.setValue = [text](const QJsonValue &value) { text->setCurrentText(value.toString()); };
        break;
    }
    }
    return row;
}

bool FootprintExtensionsForm::addField(const QString &iri)
{
    const BasExtension *field = m_catalogue.find(iri);
    if (!field || fields().contains(iri))
        return false;
    Row row = editorFor(*field);
    row.editor->setAccessibleName(field->label);
    row.editor->setProperty("iri", iri);
    auto *remove = new QToolButton(row.editor);
    remove->setObjectName(QStringLiteral("removeField"));
    remove->setText(tr("Remove"));
    remove->setAutoRaise(true);
    row.editor->layout()->addWidget(remove);
    connect(remove, &QToolButton::clicked, this, [this, iri] {
        removeField(iri);
        Q_EMIT changed();
    });
    auto *label = new QLabel(field->label, this);
    label->setWordWrap(true);
    label->setToolTip(field->iri);
    label->setBuddy(row.editor);
    m_rows->addRow(label, row.editor);
    m_fields << row;
    return true;
}

void FootprintExtensionsForm::removeField(const QString &iri)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).iri == iri) {
            m_rows->removeRow(m_fields.at(i).editor);
            m_fields.removeAt(i);
            return;
        }
    }
}

QStringList FootprintExtensionsForm::fields() const
{
    QStringList result;
    for (const Row &row : m_fields)
        result << row.iri;
    return result;
}

void FootprintExtensionsForm::setValues(const QJsonObject &values)
{
    const QSignalBlocker blocker(this);
    while (!m_fields.isEmpty())
        removeField(m_fields.constFirst().iri);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        if (addField(it.key()))
            m_fields.constLast().setValue(it.value());
    }
}

QJsonObject FootprintExtensionsForm::values() const
{
    QJsonObject result;
    for (const Row &row : m_fields)
        result.insert(row.iri, row.value());
    return result;
}

void FootprintExtensionsForm::setAttestation(bool attestation, bool blockAttestation)
{
    if (!m_attestation)
        return;
    const QSignalBlocker blocker(this);
    m_attestation->setChecked(attestation);
    m_blockAttestation->setChecked(blockAttestation);
}

bool FootprintExtensionsForm::attestation() const
{
    return m_attestation && m_attestation->isChecked();
}

bool FootprintExtensionsForm::blockAttestation() const
{
    return m_blockAttestation && m_blockAttestation->isChecked();
}

QStringList FootprintExtensionsForm::problems() const
{
    QStringList result;
    const QJsonObject all = values();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const BasProblem problem = m_catalogue.validate(it.key(), it.value());
        if (!problem.ok())
            result << BasProblemText::of(problem);
    }
    return result;
}
