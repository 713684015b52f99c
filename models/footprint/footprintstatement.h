#pragma once

#include "footprint/footprintattachment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

// A document of a statement waiting to go into object storage; its attachment's fileUrl is filled then.
struct FootprintDocument
{
    int attachmentIndex = 0; // in the statement's "attachments"
    QString localPath;
    QString objectKey; // content-addressed: the same file is stored once and found again after a crash
};

// One statement as the outbox queues it: the fact it states (its key and revision decide its id), its rank in
// the course tree (structure before the facts that point to it) and the statements it must follow.
struct FootprintStatement
{
    enum class Rank {
        Course = 0,
        Block = 1,
        Module = 2,
        Theme = 3,
        Activity = 4,
        Definition = 5,
        Cancel = 6,
        Fact = 7
    };

    QString factKey;
    int revision = 0;
    Rank rank = Rank::Fact;
    QList<QUuid> dependsOn;
    QDateTime dueAt;
    QJsonObject json; // without "id": the outbox writes the id of the revision it stores
    QList<FootprintDocument> documents;
};
