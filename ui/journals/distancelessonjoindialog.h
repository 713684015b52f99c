#pragma once

#include <QDialog>
#include <QUrl>

// Joining a distance lesson that is running (seed 004, fig. 452): «Видеозвонки VK Мессенджер», with
// «Присоединиться к звонку» and «Присоединиться через браузер». Both open the call's link.
class DistanceLessonJoinDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DistanceLessonJoinDialog(const QUrl &callUrl, QWidget *parent = nullptr);

private:
    QUrl m_url;
};
