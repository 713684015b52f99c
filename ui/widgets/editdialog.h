#pragma once

#include "widgets/problemlabel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The one edit dialog (KeePassXC's EditWidget): a title line, the body a subclass fills, a message line, and
// Save/Cancel. Save runs save(): a subclass checks what was typed there, says what is wrong (at its field or
// in the message line) and returns false to keep the dialog open; nothing is saved half-way. Read-only: no
// Save, and Cancel says «Закрыть». accepted()/rejected() are QDialog's.
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EditDialog(QWidget *parent = nullptr);

    // The line above the body (rich text allowed); hidden while empty.
    void setTitle(const QString &title);
    QLabel *titleLabel() const { return m_title; }
    // The body: a layout under the title line for the subclass's fields.
    QVBoxLayout *bodyLayout() const { return m_body; }
    // The dialog-wide message line under the body.
    ProblemLabel *messageLabel() const { return m_message; }
    void showMessage(const QString &text, ProblemLabel::Tone tone = ProblemLabel::Tone::Error);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }

    void accept() override;

protected:
    // Called by Save (and accept()): false keeps the dialog open.
    virtual bool save() { return true; }
    // After a problem is shown: room for it, so that the message is read whole.
    void fitProblem();

private:
    QLabel *m_title;
    QVBoxLayout *m_body;
    ProblemLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_cancel;
    bool m_readOnly = false;
};
