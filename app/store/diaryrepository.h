#pragma once

#include "diary/diarygroupdata.h"
#include "diary/finalgrade.h"
#include "diary/parentconsent.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The ЭД reads and writes of the cache as plain functions of a connection, for the store thread (DiaryStore runs
// them there) and for tests. Reads log and return what they could read; writes return false with the error.
class DiaryRepository
{
public:
    // A group whole: students, journals with subjects and teachers, lessons (with their tasks added to the
    // homework), marks, final grades, parents with how their consents were given.
    static DiaryGroupData loadGroup(QSqlDatabase &db, qint64 groupId);

    // Inside the caller's transaction: every grade or none. Each write also queues what SGO must be told
    // (journal_changes, sent by JournalOutbox) in the same transaction, compared with what the cache held: a
    // grade's new result (JournalStore::ChangeKind::FinalGrade or Deferral) and its publication
    // (SummaryPublished); a parent's new contacts (Contact) and answer (Consent). A newer change of the same
    // grade or parent replaces one still waiting; a write that changes nothing queues nothing.
    static bool saveFinalGrades(QSqlDatabase &db, const QList<FinalGrade> &grades, QString *error);
    static bool saveParentConsent(QSqlDatabase &db, const ParentConsent &consent, QString *error);

    // Date-times as the cache keeps them: local ISO ("2026-11-25T10:00:00"), empty for none.
    static QString dateTimeText(const QDateTime &dateTime);
    static QDateTime dateTimeFrom(const QVariant &value);
};
