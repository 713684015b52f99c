#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QDialog;

// Handles the next dialog the code under test opens with exec() and fills in (a lesson, a final grade, a file
// to save): the test's function runs as soon as the dialog's own event loop runs, woken by the dialog's Show
// event, not by polling. Message boxes are answered with MessageBox::setNextAnswer instead.
//     NextDialog next([](QDialog *dialog) { …fill the fields…; dialog->accept(); });
//     addLessonAction->trigger();
//     QVERIFY(next.handled());
class NextDialog : public QObject
{
    Q_OBJECT
public:
    explicit NextDialog(std::function<void(QDialog *)> handler = {});
    ~NextDialog() override;

    // Arms again for the dialog after this one.
    void handle(std::function<void(QDialog *)> handler);

    bool handled() const { return m_handled; }
    // What the handled dialog showed, for assertions.
    QString windowTitle() const { return m_windowTitle; }
    QString text() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(QDialog *)> m_handler;
    bool m_armed = false;
    bool m_handled = false;
    QString m_windowTitle;
    QString m_text;
};
