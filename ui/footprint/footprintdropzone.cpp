#include "footprint/footprintdropzone.h"

#include "footprint/practicereport.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

FootprintDropZone::FootprintDropZone(Kind kind, QWidget *parent)
    : QFrame(parent), m_kind(kind), m_text(new QLabel(this)), m_choose(new QPushButton(tr("Choose…"), this))
{
    setObjectName(kind == Kind::Diary ? QStringLiteral("diaryDropZone")
                                      : QStringLiteral("documentsDropZone"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumHeight(48);
    m_text->setWordWrap(true);
    m_choose->setObjectName(QStringLiteral("chooseFiles"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_choose);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_kind == Kind::Diary
                                      ? QStringList{QFileDialog::getOpenFileName(this, tr("Practice diary"))}
                                      : QFileDialog::getOpenFileNames(this, tr("Other documents"));
        QStringList chosen = paths;
        chosen.removeAll(QString());
        if (!chosen.isEmpty())
            offer(chosen);
    });
    showHeld();
}

void FootprintDropZone::setHeld(const QStringList &fileNames)
{
    m_held = fileNames;
    showHeld();
}

void FootprintDropZone::showHeld()
{
    // The zone is one table row high: a short line in it, the whole sentence in the tooltip.
    const QString whatGoesHere = m_kind == Kind::Diary ? tr("Drop the practice diary here (one file)")
                                                       : tr("Drop other documents here (any number)");
    setToolTip(whatGoesHere);
    if (m_held.isEmpty())
        m_text->setText(m_kind == Kind::Diary ? tr("Drop the file here") : tr("Drop files here"));
    else
        m_text->setText(m_held.join(QStringLiteral(", ")));
    m_choose->setEnabled(m_kind != Kind::Diary || m_held.isEmpty());
}

bool FootprintDropZone::offer(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (m_kind == Kind::Diary && !Footprint::diaryDropAccepted(int(m_held.size()), int(paths.size()))) {
        Q_EMIT refused(tr("Only one file can be uploaded as the practice diary."));
        return false;
    }
    for (const QString &path : paths)
        m_held << QFileInfo(path).fileName();
    showHeld();
    Q_EMIT filesAdded(paths);
    return true;
}

void FootprintDropZone::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (!paths.isEmpty() &&
        (m_kind != Kind::Diary || Footprint::diaryDropAccepted(int(m_held.size()), int(paths.size()))))
        event->acceptProposedAction();
    else
        event->ignore();
}

void FootprintDropZone::dropEvent(QDropEvent *event)
{
    if (offer(localFiles(event->mimeData())))
        event->acceptProposedAction();
    else
        event->ignore();
}
