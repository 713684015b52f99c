#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

// A dropzone of «Загрузить дневники практик» (seed 000): files dropped on it or chosen with its button. The
// diary's zone takes exactly one file («В дропзону для дневника можно подгрузить только один файл»); the
// other documents' zone takes many.
class FootprintDropZone : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Diary, OtherDocuments };

    FootprintDropZone(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Files already uploaded for the student (shown, and counted against the diary's one).
    void setHeld(const QStringList &fileNames);
    QStringList held() const { return m_held; }
    // What a drop or the button does: true and filesAdded() when the zone takes them, false when it refuses.
    bool offer(const QStringList &paths);

Q_SIGNALS:
    void filesAdded(const QStringList &paths);
    void refused(const QString &why);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showHeld();

    Kind m_kind;
    QStringList m_held;
    QLabel *m_text;
    QPushButton *m_choose;
};
