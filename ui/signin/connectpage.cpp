#include "signin/connectpage.h"

#include "net/sgosignin.h"
#include "widgets/centredcolumn.h"
#include "widgets/problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectPage::ConnectPage(SgoSignIn &signIn, const Remembered &last, QWidget *parent)
    : QWidget(parent), m_signIn(signIn), m_last(last)
{
    setObjectName(QStringLiteral("connectPage"));

    m_address = new QLineEdit(last.baseUrl.toString(), this);
    m_address->setObjectName(QStringLiteral("connectAddress"));
    m_address->setPlaceholderText(QStringLiteral("https://sgo.example.ru"));
    m_address->setToolTip(tr("The address you open SGO («Сетевой город. Образование») with in the browser."));
    m_find = new QPushButton(tr("Find organisations"), this);
    m_find->setObjectName(QStringLiteral("connectFind"));
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_find);

    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("connectSchool"));
    m_school->setEditable(true);
    m_school->setInsertPolicy(QComboBox::NoInsert);
    m_school->completer()->setFilterMode(Qt::MatchContains);
    m_school->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_school->setPlaceholderText(tr("Type the address and press «Find organisations»"));
    m_school->setMinimumContentsLength(30);
    m_school->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_login = new QLineEdit(last.login, this);
    m_login->setObjectName(QStringLiteral("connectLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password"), this);
    m_remember->setObjectName(QStringLiteral("connectRemember"));
    m_remember->setToolTip(tr("The password is kept in this computer's keychain, never in SPO Desk's files. "
                              "Unticked, it is asked at every start."));

    m_problem = new ProblemLabel(QStringLiteral("connectProblem"), this);
    m_submit = new QPushButton(tr("Sign in"), this);
    m_submit->setObjectName(QStringLiteral("connectSubmit"));
    m_submit->setDefault(true);

    auto *form = new QFormLayout;
    auto *addressLabel = new QLabel(tr("SGO &address:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressRow);
    form->addRow(tr("&Organisation:"), m_school);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    QVBoxLayout *column = CentredColumn::install(this, tr("Connecting to the college"), 3);
    column->addLayout(form);
    column->addWidget(m_problem);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    column->addLayout(buttons);

    connect(m_find, &QPushButton::clicked, this, &ConnectPage::findSchools);
    connect(m_address, &QLineEdit::returnPressed, this, &ConnectPage::findSchools);
    connect(m_address, &QLineEdit::textEdited, this, &ConnectPage::updateButtons);
    connect(m_login, &QLineEdit::textEdited, this, [this] {
        m_passwordRemembered = false; // another person: their own password
        m_password->setPlaceholderText(QString());
        updateButtons();
    });
    connect(m_password, &QLineEdit::textEdited, this, &ConnectPage::updateButtons);
    connect(m_school, &QComboBox::currentIndexChanged, this, &ConnectPage::updateButtons);
    connect(m_password, &QLineEdit::returnPressed, this, &ConnectPage::submit);
    connect(m_login, &QLineEdit::returnPressed, this, &ConnectPage::submit);
    connect(m_submit, &QPushButton::clicked, this, &ConnectPage::submit);

    if (!last.login.isEmpty()) {
        m_signIn.hasRememberedPassword(this, [this](bool remembered) {
            m_passwordRemembered = remembered;
            m_remember->setChecked(remembered);
            if (remembered)
                m_password->setPlaceholderText(tr("remembered"));
            updateButtons();
        });
    }
    setFocusProxy(m_address);
    if (!last.baseUrl.isEmpty()) {
        setFocusProxy(last.login.isEmpty() ? m_login : m_password);
        findSchools();
    }
    updateButtons();
}

void ConnectPage::showMessage(const QString &message)
{
    m_problem->showProblem(message, ProblemLabel::Tone::Warning);
}

void ConnectPage::forgetLogin()
{
    m_login->clear();
    m_password->clear();
    m_password->setPlaceholderText(QString());
    m_passwordRemembered = false;
    m_remember->setChecked(false);
    m_last.login.clear();
}

void ConnectPage::findSchools()
{
    if (m_busy)
        return;
    QString problem;
    const QUrl base = SgoSignIn::normalisedAddress(m_address->text(), &problem);
    if (base.isEmpty()) {
        m_problem->showProblem(problem);
        m_address->setFocus();
        return;
    }
    setBusy(true, tr("Asking %1 for its organisations…").arg(base.host()));
    m_signIn.findSchools(base, this, [this, base](const NetResult<QList<SgoReplies::School>> &result) {
        setBusy(false);
        if (!result.ok()) {
            m_problem->showProblem(result.error().describe());
            m_address->setFocus();
            return;
        }
        m_problem->clear();
        m_schoolsOf = base;
        m_schools = result.value();
        m_school->clear();
        int chosen = m_schools.size() == 1 ? 0 : -1;
        for (int i = 0; i < m_schools.size(); ++i) {
            const SgoReplies::School &school = m_schools.at(i);
            m_school->addItem(school.name.isEmpty() ? school.shortName : school.name);
            if (QString::number(school.scid) == m_last.school)
                chosen = i;
        }
        m_school->setCurrentIndex(chosen);
        m_school->lineEdit()->setCursorPosition(0); // a long name shows its beginning
        if (chosen < 0)
            m_school->setFocus();
        else if (m_login->text().isEmpty())
            m_login->setFocus();
        else
            m_password->setFocus();
        updateButtons();
    });
}

void ConnectPage::submit()
{
    if (m_busy)
        return;
    // What is missing is said under the fields, and the field it concerns takes the focus.
    const auto refuse = [this](QWidget *field, const QString &text) {
        m_problem->showProblem(text);
        field->setFocus();
    };
    QString problem;
    const QUrl base = SgoSignIn::normalisedAddress(m_address->text(), &problem);
    if (base.isEmpty())
        return refuse(m_address, problem);
    if (base != m_schoolsOf)
        return findSchools();
    const int index = m_school->currentIndex();
    if (index < 0 || index >= m_schools.size() || m_school->currentText() != m_school->itemText(index))
        return refuse(m_school, tr("Choose your organisation from SGO's list."));
    if (m_login->text().trimmed().isEmpty())
        return refuse(m_login, tr("Type your SGO login."));
    if (m_password->text().isEmpty() && !m_passwordRemembered)
        return refuse(m_password, tr("Type your SGO password."));
    const SgoSignIn::Account account{base, m_schools.at(index), m_login->text().trimmed()};
    setBusy(true, tr("Signing in to SGO…"));
    m_signIn.signIn(account, m_password->text(), m_remember->isChecked(), this,
                    [this](const NetResult<SgoAdminCalls::Context> &result) {
                        setBusy(false);
                        if (!result.ok()) {
                            const NetError &error = result.error();
                            // A refused password is SGO's own sentence; the field is ready for another try.
                            m_problem->showProblem(error.describe());
                            if (error.kind == NetError::Kind::ServiceError ||
                                error.kind == NetError::Kind::Conflict ||
                                error.kind == NetError::Kind::NoCredentials) {
                                m_password->selectAll();
                                m_password->setFocus();
                            }
                            return;
                        }
                        m_password->clear();
                        m_problem->clear();
                        Q_EMIT signedIn(result.value());
                    });
}

void ConnectPage::setBusy(bool busy, const QString &note)
{
    m_busy = busy;
    for (QWidget *input : {static_cast<QWidget *>(m_address), static_cast<QWidget *>(m_find),
                           static_cast<QWidget *>(m_school), static_cast<QWidget *>(m_login),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_remember)})
        input->setEnabled(!busy);
    if (busy)
        m_problem->showNote(note);
    updateButtons();
}

void ConnectPage::updateButtons()
{
    m_school->setEnabled(!m_busy && !m_schools.isEmpty());
    m_submit->setEnabled(!m_busy);
}
