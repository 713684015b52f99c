#pragma once

#include "footprint/activity.h"
#include "college/enrolmentorder.h"
#include "college/entrymethod.h"
#include "journals/lesson.h"
#include "college/parent.h"
#include "footprint/programblock.h"

// The integers the cache stores for the domain enums. Fixed here, not taken from the enums' order, so that
// reordering an enum never changes what an existing cache means. Unknown codes read back as the first value.
namespace StoreCodes {

int code(EntryMethod value);
int code(EnrolmentOrder::Kind value);
int code(Parent::ContactSource value);
int code(Parent::Consent value);
int code(LessonType value);
int code(ProgramBlock::Kind value);
int code(ActivityType value);

EntryMethod entryMethod(int code);
EnrolmentOrder::Kind orderKind(int code);
Parent::ContactSource contactSource(int code);
Parent::Consent consent(int code);
LessonType lessonType(int code);
ProgramBlock::Kind blockKind(int code);
ActivityType activityType(int code);

} // namespace StoreCodes
