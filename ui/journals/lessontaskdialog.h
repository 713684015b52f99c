#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// «Добавить задание» and «Задание с оценками»: what the students are to do; a graded task's marks then go
// into the lesson's column.
class LessonTaskDialog : public QDialog
{
    Q_OBJECT
public:
    LessonTaskDialog(bool graded, const QString &lessonTitle, QWidget *parent = nullptr);

    QString text() const;
    void accept() override;

private:
    QPlainTextEdit *m_text;
    QLabel *m_problem;
};
