#pragma once

#include <QString>
#include <QtGlobal>

enum class ActivityType {
    Lecture,         // «Лекция»
    Test,            // «Контрольная»
    Assignment,      // «Задание»
    IndependentWork, // «Самостоятельная работа»
    Video,           // видео
    Presentation,    // презентация
    Webinar,         // вебинар
};

struct Activity
{
    qint64 id = 0;
    qint64 blockId = 0;
    qint64 groupId = 0; // the group that takes it
    QString title;
    ActivityType type = ActivityType::Lecture;
    int position = 0; // order inside the block
    bool attestation = false;      // «Аттестация»
    bool blockAttestation = false; // «Аттестация по блоку»
    bool externalWebinar = false;  // a webinar held outside the platform
};
