#include "diary/consentpage.h"

#include "store/diarystore.h"
#include "widgets/problemlabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void fillForms(QComboBox *box)
{
    for (auto form : {Parent::ContactSource::Unknown, Parent::ContactSource::InWriting,
                      Parent::ContactSource::Electronic})
        box->addItem(ParentConsentModel::formText(form), QVariant::fromValue(int(form)));
}

Parent::ContactSource formOf(const QComboBox *box)
{
    return Parent::ContactSource(box->currentData().toInt());
}

void setForm(QComboBox *box, Parent::ContactSource form)
{
    box->setCurrentIndex(qMax(0, box->findData(QVariant::fromValue(int(form)))));
}

} // namespace

ConsentPage::ConsentPage(DiaryStore &store, const JournalContext &context, QWidget *parent)
    : QWidget(parent), m_store(store), m_context(context), m_model(new ParentConsentModel(&store, this)),
      m_view(new QTableView), m_parentName(new QLabel), m_consent(new QButtonGroup(this)),
      m_consentDate(new QDateEdit), m_consentForm(new QComboBox),
      m_consentProblem(new ProblemLabel(QStringLiteral("consentProblem"), nullptr)), m_phone(new QLineEdit),
      m_email(new QLineEdit), m_contactSource(new QComboBox),
      m_contactsProblem(new ProblemLabel(QStringLiteral("contactsProblem"), nullptr)), m_status(new QLabel),
      m_retry(new QPushButton(tr("Retry"))), m_form(new QWidget)
{
    setObjectName(QStringLiteral("consentPage"));
    m_model->setClock([this] { return m_context.today(); });

    auto *intro =
        new QLabel(tr("Registration of the consent or refusal to the processing of personal data of the "
                      "parents who want to receive information about their children's progress in "
                      "electronic form, and the contacts for delivery. Parents who refused get paper "
                      "extracts."));
    intro->setObjectName(QStringLiteral("consentIntro"));
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("parentsView"));
    m_view->setAccessibleName(tr("Parents"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_parentName->setObjectName(QStringLiteral("consentParentName"));
    m_parentName->setWordWrap(true);
    m_parentName->setTextFormat(Qt::RichText);

    auto *consentBox = new QGroupBox(tr("Processing of personal data"));
    auto *consentLayout = new QVBoxLayout(consentBox);
    const struct
    {
        Parent::Consent value;
        const char *name;
    } answers[] = {{Parent::Consent::NotAsked, "consentNotAsked"},
                   {Parent::Consent::Given, "consentGiven"},
                   {Parent::Consent::Refused, "consentRefused"}};
    auto *radios = new QHBoxLayout;
    for (const auto &answer : answers) {
        auto *radio = new QRadioButton(answer.value == Parent::Consent::NotAsked ? tr("Not asked")
                                       : answer.value == Parent::Consent::Given  ? tr("Consent")
                                                                                 : tr("Refusal"));
        radio->setObjectName(QLatin1String(answer.name));
        m_consent->addButton(radio, int(answer.value));
        radios->addWidget(radio);
    }
    radios->addStretch(1);
    consentLayout->addLayout(radios);
    auto *consentForm = new QFormLayout;
    m_consentDate->setObjectName(QStringLiteral("consentDate"));
    m_consentDate->setCalendarPopup(true);
    m_consentForm->setObjectName(QStringLiteral("consentForm"));
    fillForms(m_consentForm);
    consentForm->addRow(tr("Date:"), m_consentDate);
    consentForm->addRow(tr("Given:"), m_consentForm);
    consentLayout->addLayout(consentForm);
    consentLayout->addWidget(m_consentProblem);

    auto *contactsBox = new QGroupBox(tr("Contacts for delivery"));
    auto *contactsForm = new QFormLayout(contactsBox);
    m_phone->setObjectName(QStringLiteral("parentPhone"));
    m_phone->setPlaceholderText(tr("+7 912 345-67-89"));
    m_email->setObjectName(QStringLiteral("parentEmail"));
    m_email->setPlaceholderText(tr("name@example.ru"));
    m_contactSource->setObjectName(QStringLiteral("contactSource"));
    fillForms(m_contactSource);
    contactsForm->addRow(tr("Phone:"), m_phone);
    contactsForm->addRow(tr("E-mail:"), m_email);
    contactsForm->addRow(tr("Handed over:"), m_contactSource);
    contactsForm->addRow(m_contactsProblem);

    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setWordWrap(true);
    m_retry->setObjectName(QStringLiteral("consentRetry"));
    m_retry->hide();
    auto *status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_retry);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(8, 0, 0, 0);
    formLayout->addWidget(m_parentName);
    formLayout->addWidget(consentBox);
    formLayout->addWidget(contactsBox);
    formLayout->addLayout(status);
    formLayout->addStretch(1);
    m_form->setObjectName(QStringLiteral("consentEditor"));
    m_form->setMinimumWidth(320);
    m_form->setMaximumWidth(440); // the table of parents gets the rest

    auto *splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    // Each change is saved as soon as it is complete: a choice at once, typed text when the field is left.
    connect(m_consent, &QButtonGroup::idClicked, this, [this](int id) {
        if (m_showing)
            return;
        // Answering gives the answer today's date and asks how it was given.
        if (Parent::Consent(id) != Parent::Consent::NotAsked &&
            m_model->record(m_row).parent.consent == Parent::Consent::NotAsked)
            m_consentDate->setDate(m_context.today());
        updateEnabled();
        commit();
    });
    connect(m_consentDate, &QDateEdit::editingFinished, this, &ConsentPage::commit);
    connect(m_consentForm, &QComboBox::activated, this, &ConsentPage::commit);
    connect(m_phone, &QLineEdit::editingFinished, this, &ConsentPage::commit);
    connect(m_email, &QLineEdit::editingFinished, this, &ConsentPage::commit);
    connect(m_contactSource, &QComboBox::activated, this, &ConsentPage::commit);
    connect(m_retry, &QPushButton::clicked, m_model, &ParentConsentModel::retryUnsaved);
    connect(m_model, &ParentConsentModel::saveFailed, this, [this](const QString &error) {
        m_status->setText(
            tr("Not saved to the local cache (%1). The change is kept here; try again.").arg(error));
        m_retry->show();
    });
    connect(m_model, &ParentConsentModel::saved, this, [this] {
        if (m_model->unsavedCount() == 0) {
            m_status->setText(tr("Saved."));
            m_retry->hide();
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &row) {
                m_row = row.row();
                showRecord();
            });
    connect(&m_store, &DiaryStore::loaded, this, &ConsentPage::reload);
    if (m_store.isLoaded())
        reload();
    else
        showRecord();
}

void ConsentPage::showEvent(QShowEvent *event)
{
    if (m_store.needsReload())
        m_store.reload();
    QWidget::showEvent(event);
}

void ConsentPage::reload()
{
    if (m_model->unsavedCount() > 0)
        return;
    const qint64 selected = m_row >= 0 ? m_model->record(m_row).parent.id : 0;
    const DiaryGroupData &group = m_store.data();
    const StaffMember &user = m_context.user;
    m_editable =
        user.hasRole(Role::Admin) || (user.hasRole(Role::Curator) && group.group.curatorId == user.id);
    m_model->load(group);
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), 220));
    m_row = -1;
    if (m_model->rowCount() > 0)
        selectParent(selected ? selected : m_model->record(0).parent.id);
    else
        showRecord();
}

void ConsentPage::selectParent(qint64 parentId)
{
    const int row = m_model->rowOf(parentId);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    if (m_row != row) {
        m_row = row;
        showRecord();
    }
}

void ConsentPage::showRecord()
{
    m_showing = true;
    m_consentProblem->hide();
    m_contactsProblem->hide();
    const bool any = m_row >= 0 && m_row < m_model->rowCount();
    m_form->setEnabled(any);
    if (any) {
        const ParentConsent r = m_model->record(m_row);
        const QString children = m_model->childrenText(m_row);
        m_parentName->setText(tr("<b>%1</b><br>Parent of %2")
                                  .arg(r.parent.name.full().toHtmlEscaped(), children.toHtmlEscaped()));
        m_consent->button(int(r.parent.consent))->setChecked(true);
        m_consentDate->setDate(r.parent.consentDate.isValid() ? r.parent.consentDate : m_context.today());
        setForm(m_consentForm, r.consentForm);
        m_phone->setText(r.parent.phone);
        m_email->setText(r.parent.email);
        setForm(m_contactSource, r.parent.contactSource);
    } else {
        m_parentName->setText(tr("No parents of this group's students are in the cache."));
    }
    m_status->setText(m_editable ? QString()
                                 : tr("The curator of the group and the administrator register consents and "
                                      "contacts; you can see them."));
    m_retry->setVisible(m_model->unsavedCount() > 0);
    updateEnabled();
    m_showing = false;
}

void ConsentPage::updateEnabled()
{
    const bool answered = m_consent->checkedId() != int(Parent::Consent::NotAsked);
    for (QWidget *w : std::initializer_list<QWidget *>{m_phone, m_email, m_contactSource})
        w->setEnabled(m_editable);
    for (QAbstractButton *b : m_consent->buttons())
        b->setEnabled(m_editable);
    m_consentDate->setEnabled(m_editable && answered);
    m_consentForm->setEnabled(m_editable && answered);
}

ParentConsent ConsentPage::fromForm() const
{
    ParentConsent r = m_model->record(m_row);
    r.parent.consent = Parent::Consent(m_consent->checkedId());
    r.parent.consentDate = m_consentDate->date();
    r.consentForm = formOf(m_consentForm);
    r.parent.phone = m_phone->text();
    r.parent.email = m_email->text();
    r.parent.contactSource = formOf(m_contactSource);
    return r;
}

ProblemLabel *ConsentPage::problemFor(ParentConsentModel::Field field) const
{
    switch (field) {
    case ParentConsentModel::Field::ConsentDate:
    case ParentConsentModel::Field::ConsentForm:
        return m_consentProblem;
    case ParentConsentModel::Field::Phone:
    case ParentConsentModel::Field::Email:
    case ParentConsentModel::Field::ContactSource:
        return m_contactsProblem;
    case ParentConsentModel::Field::None:
        break;
    }
    return nullptr;
}

void ConsentPage::commit()
{
    if (m_showing || !m_editable || m_row < 0)
        return;
    const ParentConsent change = fromForm();
    const ParentConsent before = m_model->record(m_row);
    if (change.parent.consent == before.parent.consent && change.consentForm == before.consentForm &&
        (change.parent.consent == Parent::Consent::NotAsked ||
         change.parent.consentDate == before.parent.consentDate) &&
        change.parent.phone.trimmed() == before.parent.phone &&
        change.parent.email.trimmed() == before.parent.email &&
        change.parent.contactSource == before.parent.contactSource) {
        m_consentProblem->hide();
        m_contactsProblem->hide();
        return;
    }
    QString problem;
    ParentConsentModel::Field field = ParentConsentModel::Field::None;
    if (!m_model->setRecord(m_row, change, &problem, &field)) {
        // Refused: the form keeps what was typed, the field is named, nothing is saved.
        ProblemLabel *where = problemFor(field);
        (where == m_consentProblem ? m_contactsProblem : m_consentProblem)->hide();
        if (where)
            where->showProblem(problem);
        QWidget *focus =
            field == ParentConsentModel::Field::ConsentDate   ? static_cast<QWidget *>(m_consentDate)
            : field == ParentConsentModel::Field::ConsentForm ? static_cast<QWidget *>(m_consentForm)
            : field == ParentConsentModel::Field::Phone       ? static_cast<QWidget *>(m_phone)
            : field == ParentConsentModel::Field::Email       ? static_cast<QWidget *>(m_email)
                                                              : m_contactSource;
        focus->setFocus();
        m_status->setText(tr("Not saved: correct the marked field."));
        return;
    }
    m_consentProblem->hide();
    m_contactsProblem->hide();
    m_status->setText(tr("Saving…"));
}
