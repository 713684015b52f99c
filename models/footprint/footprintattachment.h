#pragma once

#include <QString>
#include <QtGlobal>

// A document that goes with a statement: put into object storage first, then named by fileUrl and sha2
// (../shared/u2035/samples/passed_practice_diary_req.json). Never multipart.
struct FootprintAttachment
{
    enum class Usage {
        PracticeDiary, // «Дневник прохождения блока практической подготовки»
        OtherDocument, // «Прочие документы, описывающие факт прохождения слушателем практического блока»
        FinalDocument, // documents of the final attestation («протокол защиты или рецензия»)
        OfficialLetter, // the provider's letter that goes with a cancel
    };

    Usage usage = Usage::PracticeDiary;
    QString fileName; // shown to people; the object key is derived from the hash
    QString contentType;
    qint64 length = 0;
    QString sha2;    // SHA-256 of the file, lower-case hex
    QString fileUrl; // empty until the file is in the object storage
};
