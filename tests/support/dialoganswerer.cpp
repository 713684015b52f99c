#include "dialoganswerer.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>
#include <QTest>

#include <utility>

DialogAnswerer::DialogAnswerer(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    // exec() spins its own event loop, so a timer keeps firing while the dialog is open.
    m_timer->setInterval(10);
    connect(m_timer, &QTimer::timeout, this, &DialogAnswerer::poll);
}

DialogAnswerer::~DialogAnswerer() = default;

void DialogAnswerer::pressNext(QDialogButtonBox::StandardButton button)
{
    handleNext([button](QDialog *dialog) {
        QAbstractButton *target = nullptr;
        if (auto *box = qobject_cast<QMessageBox *>(dialog))
            target = box->button(static_cast<QMessageBox::StandardButton>(button));
        else if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
            target = buttons->button(button);
        if (target)
            target->click();
        else {
            // Close it anyway: a dialog left open would hang the test instead of failing it.
            QTest::qFail("DialogAnswerer: the dialog has no such button", __FILE__, __LINE__);
            dialog->reject();
        }
    });
}

void DialogAnswerer::handleNext(std::function<void(QDialog *)> handler)
{
    m_handler = std::move(handler);
    m_answered = false;
    m_windowTitle.clear();
    m_text.clear();
    m_timer->start();
}

void DialogAnswerer::poll()
{
    auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    if (!dialog || !dialog->isVisible())
        return;
    m_timer->stop();
    m_windowTitle = dialog->windowTitle();
    if (auto *box = qobject_cast<QMessageBox *>(dialog))
        m_text = box->text();
    m_answered = true;
    const auto handler = std::exchange(m_handler, nullptr);
    handler(dialog);
}
