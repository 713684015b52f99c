#pragma once

#include "widgets/editdialog.h"

class QPlainTextEdit;

// «Добавить задание» and «Задание с оценками»: what the students are to do; a graded task's marks then go
// into the lesson's column.
class LessonTaskDialog : public EditDialog
{
    Q_OBJECT
public:
    LessonTaskDialog(bool graded, const QString &lessonTitle, QWidget *parent = nullptr);

    QString text() const;

protected:
    bool save() override;

private:
    QPlainTextEdit *m_text;
};
