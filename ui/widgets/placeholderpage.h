#pragma once

#include <QWidget>

class QVBoxLayout;

// A section whose work arrives in a later version: it says what it will hold and that it is not there yet,
// and offers nothing that would pretend to work.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &whatItWillHold, QWidget *parent = nullptr);
    // notYet: what is missing, when the page already shows part of its content.
    PlaceholderPage(const QString &title, const QString &whatItWillHold, const QString &notYet,
                    QWidget *parent = nullptr);

protected:
    // Where a page that already shows something real puts it, below the notice.
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    QVBoxLayout *m_content;
};
