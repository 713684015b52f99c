#pragma once

#include <QtGlobal>

#include <optional>

// What the LMS knows of one student and one webinar at the moment «Завершить активность» is pressed.
struct WebinarFacts
{
    bool external = false;               // held «на сторонней площадке»
    bool finishPressed = false;          // «Завершить активность»
    qint64 presenceSecs = 0;             // in-platform: the actual presence time on the call
    bool markedPresentByTeacher = false; // external: the teacher marked the student present
    qint64 recordingWatchedSecs = 0;     // watch time of the recording at the moment of finishing
};

struct WebinarFootprint
{
    enum class Presence {
        Attended,         // «присутствовал на вебинаре»
        WatchedRecording, // «смотрел вебинар в записи»
    };
    Presence presence = Presence::Attended;
    qint64 seconds = 0;
    int percent = 0; // 100 for an external webinar the teacher marked; 0 when seconds say it
};

namespace Footprint {

// Seed 000, the webinar scenario: attendance wins over the recording; an external webinar marked by the
// teacher counts «время присутствия на вебинаре будет 100%»; «Если слушатель не был на вебинаре и не
// смотрел вебинар в записи, но нажал на кнопку "Завершить активность", то ЦС гражданина не отправится.»
std::optional<WebinarFootprint> webinarFootprint(const WebinarFacts &facts);

} // namespace Footprint
