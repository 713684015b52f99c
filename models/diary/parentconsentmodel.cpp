#include "diary/parentconsentmodel.h"

#include "diary/parentconsentstore.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

ParentConsentModel::ParentConsentModel(ParentConsentStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{}

void ParentConsentModel::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
}

void ParentConsentModel::load(const DiaryGroupData &data)
{
    beginResetModel();
    m_rows.clear();
    for (const Parent &parent : data.parents) {
        Row row;
        row.consent.parent = parent;
        row.consent.consentForm = data.consentForms.value(parent.id, Parent::ContactSource::Unknown);
        for (qint64 child : data.childrenOf(parent.id)) {
            if (const Student *student = data.student(child))
                row.children << student->name.full();
        }
        m_rows.append(row);
    }
    endResetModel();
}

int ParentConsentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParentConsentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ParentConsentModel::rowOf(qint64 parentId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).consent.parent.id == parentId)
            return r;
    }
    return -1;
}

QString ParentConsentModel::childrenText(int row) const
{
    return m_rows.value(row).children.join(QStringLiteral(", "));
}

QVariant ParentConsentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Parent &p = row.consent.parent;
    switch (role) {
    case ParentIdRole:
        return p.id;
    case PaperExtractRole:
        return Diary::needsPaperExtract(p);
    case UnsavedRole:
        return row.unsaved;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case ParentColumn:
        return p.name.full();
    case ChildrenColumn:
        return row.children.join(QStringLiteral(", "));
    case ConsentColumn:
        return consentText(p.consent);
    case ConsentDateColumn:
        return p.consent == Parent::Consent::NotAsked
                   ? QString()
                   : QLocale().toString(p.consentDate, QLocale::ShortFormat);
    case ConsentFormColumn:
        return p.consent == Parent::Consent::NotAsked ? QString() : formText(row.consent.consentForm);
    case PhoneColumn:
        return p.phone;
    case EmailColumn:
        return p.email;
    case ContactSourceColumn:
        return p.phone.isEmpty() && p.email.isEmpty() ? QString() : formText(p.contactSource);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ParentConsentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case ParentColumn:
        return tr("Parent");
    case ChildrenColumn:
        return tr("Children");
    case ConsentColumn:
        return tr("Personal data");
    case ConsentDateColumn:
        return tr("Date");
    case ConsentFormColumn:
        return tr("Given");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case ContactSourceColumn:
        return tr("Contacts handed over");
    case ColumnCount:
        break;
    }
    return {};
}

bool ParentConsentModel::setRecord(int row, const ParentConsent &consent, QString *problem, Field *field)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const QDate today = m_today ? m_today() : QDate::currentDate();
    const Parent &p = consent.parent;
    const ConsentProblem answer = Diary::consentProblem(p.consent, p.consentDate, consent.consentForm, today);
    const ContactsProblem contacts = Diary::contactsProblem(p.phone, p.email, p.contactSource);
    Field where = Field::None;
    QString why;
    if (answer != ConsentProblem::None) {
        why = problemText(answer);
        where = answer == ConsentProblem::NoForm ? Field::ConsentForm : Field::ConsentDate;
    } else if (contacts != ContactsProblem::None) {
        why = problemText(contacts);
        where = contacts == ContactsProblem::BadPhone   ? Field::Phone
                : contacts == ContactsProblem::BadEmail ? Field::Email
                                                        : Field::ContactSource;
    }
    if (problem)
        *problem = why;
    if (field)
        *field = where;
    if (where != Field::None)
        return false;

    ParentConsent cleaned = consent;
    cleaned.parent.id = m_rows.at(row).consent.parent.id;
    cleaned.parent.phone = p.phone.trimmed();
    cleaned.parent.email = p.email.trimmed();
    if (cleaned.parent.consent == Parent::Consent::NotAsked) {
        cleaned.parent.consentDate = QDate();
        cleaned.consentForm = Parent::ContactSource::Unknown;
    }
    m_rows[row].consent = cleaned;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    store(row);
    return true;
}

int ParentConsentModel::unsavedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.unsaved; }));
}

void ParentConsentModel::retryUnsaved()
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).unsaved)
            store(r);
    }
}

void ParentConsentModel::store(int row)
{
    const quint64 save = ++m_saves;
    m_rows[row].lastSave = save;
    if (!m_store)
        return;
    const qint64 parentId = m_rows.at(row).consent.parent.id;
    m_store->saveParentConsent(m_rows.at(row).consent, [self = QPointer<ParentConsentModel>(this), parentId,
                                                        save](bool ok, const QString &error) {
        if (!self)
            return;
        const int r = self->rowOf(parentId);
        if (r >= 0 && self->m_rows.at(r).lastSave == save && self->m_rows.at(r).unsaved == ok) {
            self->m_rows[r].unsaved = !ok;
            Q_EMIT self->dataChanged(self->index(r, 0), self->index(r, ColumnCount - 1), {UnsavedRole});
        }
        if (ok)
            Q_EMIT self->saved();
        else
            Q_EMIT self->saveFailed(error);
    });
}

QString ParentConsentModel::consentText(Parent::Consent consent)
{
    switch (consent) {
    case Parent::Consent::NotAsked:
        return tr("not asked");
    case Parent::Consent::Given:
        return tr("consent");
    case Parent::Consent::Refused:
        return tr("refusal");
    }
    return QString();
}

QString ParentConsentModel::formText(Parent::ContactSource form)
{
    switch (form) {
    case Parent::ContactSource::Unknown:
        return tr("not stated");
    case Parent::ContactSource::InWriting:
        return tr("in writing");
    case Parent::ContactSource::Electronic:
        return tr("in electronic form");
    }
    return QString();
}

QString ParentConsentModel::problemText(ConsentProblem problem)
{
    switch (problem) {
    case ConsentProblem::NoDate:
        return tr("Give the date of the consent or refusal.");
    case ConsentProblem::DateInFuture:
        return tr("The date of the consent or refusal cannot be in the future.");
    case ConsentProblem::NoForm:
        return tr("Say how the consent or refusal was given: in writing or in electronic form.");
    case ConsentProblem::None:
        break;
    }
    return QString();
}

QString ParentConsentModel::problemText(ContactsProblem problem)
{
    switch (problem) {
    case ContactsProblem::NoSource:
        return tr("Say how the parent handed the contacts over: in writing or in electronic form.");
    case ContactsProblem::BadPhone:
        return tr("A phone number has 10 or 11 digits, e.g. +7 912 345-67-89.");
    case ContactsProblem::BadEmail:
        return tr("This is not an e-mail address.");
    case ContactsProblem::None:
        break;
    }
    return QString();
}
