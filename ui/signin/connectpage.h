#pragma once

#include "net/sgoadmincalls.h"
#include "net/sgoreplies.h"

#include <QList>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class ProblemLabel;
class SgoSignIn;

// «Подключение к колледжу» (a real college, not the demo): the SGO address, the organisation picked from
// SGO's own list, then the login and the password, as SGO's own sign-in page asks for them. The address,
// organisation and login of the last person are filled in; «Запомнить пароль» keeps the password in the OS
// keychain (a remembered password lets «Войти» go with the field left empty). Every failure is said under the
// fields in its own words and nothing typed is lost.
class ConnectPage : public QWidget
{
    Q_OBJECT
public:
    struct Remembered
    {
        QUrl baseUrl;
        QString school; // scid, as the settings keep it
        QString login;
    };

    ConnectPage(SgoSignIn &signIn, const Remembered &last, QWidget *parent = nullptr);

    // Says something above the fields (e.g. why the person was signed out).
    void showMessage(const QString &message);
    // The account's data was removed from the computer: its login goes from the page too.
    void forgetLogin();

Q_SIGNALS:
    void signedIn(const SgoAdminCalls::Context &context);

private:
    void findSchools();
    void submit();
    void setBusy(bool busy, const QString &note = {});
    void updateButtons();

    SgoSignIn &m_signIn;
    Remembered m_last;
    QUrl m_schoolsOf; // the address whose organisations the list holds
    QList<SgoReplies::School> m_schools;
    bool m_busy = false;
    bool m_passwordRemembered = false;
    QLineEdit *m_address;
    QPushButton *m_find;
    QComboBox *m_school;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QPushButton *m_submit;
    ProblemLabel *m_problem;
};
