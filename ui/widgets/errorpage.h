#pragma once

#include <QWidget>

// The engine could not open its data at all: say so plainly, where the data lives, and offer to quit.
class ErrorPage : public QWidget
{
    Q_OBJECT
public:
    ErrorPage(const QString &message, const QString &dataDir, QWidget *parent = nullptr);

Q_SIGNALS:
    void quitRequested();
};
