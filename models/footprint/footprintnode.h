#pragma once

#include "footprint/xapicontext.h"

#include <QJsonObject>
#include <QString>

// One element of a program as U2035 is told about it before any learner fact points to it: a course, a block,
// a module, a theme or an activity (verb author), or an assessment or a fact definition (verb host).
struct FootprintNode
{
    enum class Kind { Course, TheoreticalBlock, PracticalBlock, Module, Theme, Activity, Assessment };

    Kind kind = Kind::Activity;
    QString iri;
    // A null name leaves out name, description and type: a fact definition declares only its extensions.
    QString name;
    QString description;
    QString activityType; // the xAPI type of an Activity (video, article…); the others have theirs by kind
    QString parentIri;    // empty for the course
    QString parentType;   // the parent's xAPI activity type IRI; empty: the parent is named by id only
    int position = 0;     // modules and themes: http://id.tincanapi.com/extension/position
    QJsonObject
        definitionExtensions; // required, hours, video_type, assessment_type, comparability_of_result…
    QJsonObject
        contextExtensions; // besides U2035's own: video length, is_online, «Расширения БАС» of context
    QString instructorUntiId; // a fact definition's instructor, when there is one
    XapiContext context;
};
