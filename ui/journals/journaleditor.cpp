#include "journals/journaleditor.h"

#include "journals/journaltablemodel.h"
#include "store/journalstore.h"

#include <QPointer>

JournalEditor::JournalEditor(JournalTableModel &model, JournalStore &store, QObject *parent)
    : QObject(parent), m_model(model), m_store(store)
{}

std::function<void(bool, const QString &)> JournalEditor::settle(std::function<void()> onSaved,
                                                                 const QString &what)
{
    ++m_inFlight;
    // The window (and this editor with it) may be gone by the time the store answers.
    return [self = QPointer<JournalEditor>(this), onSaved = std::move(onSaved), what](bool ok,
                                                                                      const QString &error) {
        if (!self)
            return;
        --self->m_inFlight;
        if (ok) {
            if (onSaved)
                onSaved();
            Q_EMIT self->saved();
        } else {
            Q_EMIT self->problem(tr("%1 The journal shows what is saved. (%2)").arg(what, error));
        }
    };
}

void JournalEditor::applyCells(const JournalCellChanges &changes)
{
    m_model.applyChanges(changes);
    auto done = settle({}, tr("The marks could not be saved."));
    m_store.saveCells(changes, [model = QPointer<JournalTableModel>(&m_model), changes,
                                done](bool ok, const QString &error) {
        if (model)
            model->finishChanges(changes, ok);
        done(ok, error);
    });
}

void JournalEditor::insertLesson(const std::shared_ptr<JournalLessonSnapshot> &lesson)
{
    m_store.insertLesson(lesson, settle(
                                     [this, lesson] {
                                         m_model.lessonInserted(lesson->lesson.id);
                                         Q_EMIT lessonChanged(lesson->lesson.id);
                                         Q_EMIT lessonInserted(lesson->lesson.id);
                                     },
                                     tr("The lesson could not be saved.")));
}

void JournalEditor::deleteLesson(const std::shared_ptr<JournalLessonSnapshot> &lesson)
{
    m_store.deleteLesson(lesson, settle(
                                     [this, lesson] {
                                         m_model.lessonRemoved(lesson->lesson.id);
                                         Q_EMIT lessonChanged(lesson->lesson.id);
                                     },
                                     tr("The lesson could not be deleted.")));
}

void JournalEditor::updateLesson(const Lesson &lesson)
{
    m_store.updateLesson(lesson, settle(
                                     [this, id = lesson.id] {
                                         m_model.lessonUpdated(id);
                                         Q_EMIT lessonChanged(id);
                                     },
                                     tr("The lesson could not be changed.")));
}

void JournalEditor::insertTask(const std::shared_ptr<JournalTask> &task)
{
    m_store.insertTask(task, settle(
                                 [this, id = task->lessonId] {
                                     m_model.lessonUpdated(id);
                                     Q_EMIT lessonChanged(id);
                                 },
                                 tr("The task could not be saved.")));
}

void JournalEditor::deleteTask(const std::shared_ptr<JournalTask> &task)
{
    m_store.deleteTask(task, settle(
                                 [this, id = task->lessonId] {
                                     m_model.lessonUpdated(id);
                                     Q_EMIT lessonChanged(id);
                                 },
                                 tr("The task could not be removed.")));
}

void JournalEditor::insertDistanceLesson(const std::shared_ptr<DistanceLesson> &call)
{
    m_store.insertDistanceLesson(call, settle(
                                           [this, id = call->lessonId] {
                                               m_model.lessonUpdated(id);
                                               Q_EMIT lessonChanged(id);
                                           },
                                           tr("The distance lesson could not be saved.")));
}

void JournalEditor::deleteDistanceLesson(const std::shared_ptr<DistanceLesson> &call)
{
    m_store.deleteDistanceLesson(call, settle(
                                           [this, id = call->lessonId] {
                                               m_model.lessonUpdated(id);
                                               Q_EMIT lessonChanged(id);
                                           },
                                           tr("The distance lesson could not be deleted.")));
}
