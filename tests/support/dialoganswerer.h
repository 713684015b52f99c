#pragma once

#include <QDialogButtonBox>
#include <QObject>
#include <QString>

#include <functional>

class QDialog;
class QTimer;

// Answers the next modal dialog the code under test opens (KeePassXC's TestGui does the same through
// MessageBox::setNextAnswer), so a test never hangs in QDialog::exec(). Arm it, then trigger the action:
//     DialogAnswerer answerer;
//     answerer.pressNext(QDialogButtonBox::Ok);
//     deleteAction->trigger();
//     QVERIFY(answerer.answered());
class DialogAnswerer : public QObject
{
    Q_OBJECT
public:
    explicit DialogAnswerer(QObject *parent = nullptr);
    ~DialogAnswerer() override;

    // Clicks this standard button of the next dialog (a QMessageBox or any dialog with a QDialogButtonBox).
    void pressNext(QDialogButtonBox::StandardButton button);
    // Anything else: fill fields, then accept. The dialog is still open when the function runs.
    void handleNext(std::function<void(QDialog *)> handler);

    bool answered() const { return m_answered; }
    // What the answered dialog showed, for assertions.
    QString windowTitle() const { return m_windowTitle; }
    QString text() const { return m_text; }

private:
    void poll();

    QTimer *m_timer;
    std::function<void(QDialog *)> m_handler;
    bool m_answered = false;
    QString m_windowTitle;
    QString m_text;
};
