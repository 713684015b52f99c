#include "widgets/messagebox.h"

#include <QAbstractButton>

namespace {

// Set by tests only; the screens run on one thread.
QMessageBox::StandardButton nextAnswer = QMessageBox::NoButton;
QString lastTitle;
QString lastText;

} // namespace

QMessageBox::StandardButton
MessageBox::ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                const QString &objectName,
                const QList<std::pair<QMessageBox::StandardButton, QString>> &buttonTexts)
{
    ::lastTitle = title;
    ::lastText = text;
    if (nextAnswer != QMessageBox::NoButton) {
        const QMessageBox::StandardButton answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    if (!objectName.isEmpty())
        box.setObjectName(objectName);
    for (const auto &[button, buttonText] : buttonTexts) {
        if (QAbstractButton *b = box.button(button))
            b->setText(buttonText);
    }
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    // As QMessageBox's own statics answer.
    if (box.exec() == -1)
        return QMessageBox::Cancel;
    return box.standardButton(box.clickedButton());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title,
                                                    const QString &text, QMessageBox::StandardButtons buttons,
                                                    QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Information, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Warning, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::critical(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(parent, QMessageBox::Critical, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    nextAnswer = button;
}

bool MessageBox::hasNextAnswer()
{
    return nextAnswer != QMessageBox::NoButton;
}

QString MessageBox::lastTitle()
{
    return ::lastTitle;
}

QString MessageBox::lastText()
{
    return ::lastText;
}
