#include "nextdialog.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QMessageBox>
#include <QPointer>

#include <utility>

NextDialog::NextDialog(std::function<void(QDialog *)> handler)
{
    if (handler)
        handle(std::move(handler));
}

NextDialog::~NextDialog()
{
    if (m_armed)
        qApp->removeEventFilter(this);
}

void NextDialog::handle(std::function<void(QDialog *)> handler)
{
    m_handler = std::move(handler);
    m_handled = false;
    m_windowTitle.clear();
    m_text.clear();
    if (!m_armed)
        qApp->installEventFilter(this);
    m_armed = true;
}

bool NextDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show || !m_armed)
        return false;
    auto *dialog = qobject_cast<QDialog *>(watched);
    if (!dialog || !dialog->isModal())
        return false;
    qApp->removeEventFilter(this);
    m_armed = false;
    m_handled = true;
    m_windowTitle = dialog->windowTitle();
    if (auto *box = qobject_cast<QMessageBox *>(dialog))
        m_text = box->text();
    // exec() shows the dialog before its event loop starts: run once that loop runs, else a dialog closed
    // here would leave exec() waiting for good.
    QMetaObject::invokeMethod(
        dialog,
        [handler = std::exchange(m_handler, nullptr), dialog = QPointer<QDialog>(dialog)] {
            if (dialog && handler)
                handler(dialog);
        },
        Qt::QueuedConnection);
    return false;
}
