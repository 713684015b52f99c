#pragma once

#include <QMessageBox>

// Every question and notice the screens put up goes through here (KeePassXC's MessageBox): a test sets the
// next answer instead of hunting for the dialog, and the box is then not shown at all.
//     MessageBox::setNextAnswer(QMessageBox::Yes);
//     deleteAction->trigger();
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    information(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    critical(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    // Any of the above with its own object name and button texts (e.g. Save named «Сохранить»).
    static QMessageBox::StandardButton
    ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
        const QString &objectName = QString(),
        const QList<std::pair<QMessageBox::StandardButton, QString>> &buttonTexts = {});

    // Tests: the next box is answered with this button without being shown. What it would have said is kept
    // for the test to check (lastTitle(), lastText()).
    static void setNextAnswer(QMessageBox::StandardButton button);
    static bool hasNextAnswer();
    static QString lastTitle();
    static QString lastText();
};
