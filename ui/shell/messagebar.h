#pragma once

#include <QFrame>

class QLabel;

// A strip above the pages for things the user should know that did not stop the program
// (e.g. a damaged cache that was set aside); it stays until the user closes it.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // A second message while the first is still shown is added below it, not lost.
    void showMessage(const QString &message);
    QString text() const;

private:
    QLabel *m_text;
};
