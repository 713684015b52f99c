#include "widgets/editdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent), m_title(new QLabel(this)), m_body(new QVBoxLayout), m_message(new ProblemLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel | QDialogButtonBox::Save, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save)), m_cancel(m_buttons->button(QDialogButtonBox::Cancel))
{
    m_title->setObjectName(QStringLiteral("editDialogTitle"));
    m_title->setWordWrap(true);
    m_title->hide();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_message->setObjectName(QStringLiteral("editDialogMessage"));
    m_save->setText(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_body, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
}

void EditDialog::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

void EditDialog::showMessage(const QString &text, ProblemLabel::Tone tone)
{
    m_message->showProblem(text, tone);
    if (!text.isEmpty())
        fitProblem();
}

void EditDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_save->setVisible(!readOnly);
    m_cancel->setText(readOnly ? tr("Close") : tr("Cancel"));
}

void EditDialog::accept()
{
    if (m_readOnly) {
        QDialog::reject();
        return;
    }
    if (!save())
        return;
    QDialog::accept();
}

void EditDialog::fitProblem()
{
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}
