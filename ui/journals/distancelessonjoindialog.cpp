#include "journals/distancelessonjoindialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DistanceLessonJoinDialog::DistanceLessonJoinDialog(const QUrl &callUrl, QWidget *parent)
    : QDialog(parent), m_url(callUrl)
{
    setObjectName(QStringLiteral("distanceLessonJoinDialog"));
    setWindowTitle(tr("VK Messenger video calls"));
    // The heading repeats the title: the call's window in fig. 452 reads so at its top.
    auto *heading = new QLabel(windowTitle(), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    auto *text =
        new QLabel(tr("To join the call, press Open VK Messenger in the browser window that appears."), this);
    text->setWordWrap(true);
    auto *fallback = new QLabel(tr("If the window does not appear, press “Join the call” below."), this);
    fallback->setWordWrap(true);
    auto *demo = new QLabel(tr("Demonstration link: %1").arg(callUrl.toString()), this);
    demo->setObjectName(QStringLiteral("distanceLessonLink"));
    demo->setWordWrap(true);
    demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    demo->setForegroundRole(QPalette::PlaceholderText);

    auto *join = new QPushButton(tr("Join the call"), this);
    join->setObjectName(QStringLiteral("joinCall"));
    join->setDefault(true);
    auto *browser = new QPushButton(tr("Join in the browser"), this);
    browser->setObjectName(QStringLiteral("joinCallInBrowser"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPushButton *button : {join, browser}) {
        connect(button, &QPushButton::clicked, this, [this] {
            QDesktopServices::openUrl(m_url);
            accept();
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(fallback);
    layout->addWidget(join);
    layout->addWidget(browser);
    layout->addWidget(demo);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}
