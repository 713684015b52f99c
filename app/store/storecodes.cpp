#include "store/storecodes.h"

#include <algorithm>
#include <utility>

namespace {

template<typename Enum, std::size_t N> int toCode(const std::pair<Enum, int> (&table)[N], Enum value)
{
    const auto it =
        std::find_if(std::begin(table), std::end(table), [value](const auto &p) { return p.first == value; });
    return it == std::end(table) ? table[0].second : it->second;
}

template<typename Enum, std::size_t N> Enum fromCode(const std::pair<Enum, int> (&table)[N], int code)
{
    const auto it =
        std::find_if(std::begin(table), std::end(table), [code](const auto &p) { return p.second == code; });
    return it == std::end(table) ? table[0].first : it->first;
}

const std::pair<EntryMethod, int> entryMethods[] = {
    {EntryMethod::QuickEntry, 1},
    {EntryMethod::OtherOrganisationList, 2},
    {EntryMethod::Import, 3},
};

const std::pair<EnrolmentOrder::Kind, int> orderKinds[] = {
    {EnrolmentOrder::Kind::Enrolment, 1},
    {EnrolmentOrder::Kind::Withdrawal, 2},
    {EnrolmentOrder::Kind::CancelEnrolment, 3},
    {EnrolmentOrder::Kind::CancelWithdrawal, 4},
};

const std::pair<Parent::ContactSource, int> contactSources[] = {
    {Parent::ContactSource::Unknown, 0},
    {Parent::ContactSource::InWriting, 1},
    {Parent::ContactSource::Electronic, 2},
};

const std::pair<Parent::Consent, int> consents[] = {
    {Parent::Consent::NotAsked, 0},
    {Parent::Consent::Given, 1},
    {Parent::Consent::Refused, 2},
};

const std::pair<LessonType, int> lessonTypes[] = {
    {LessonType::Lecture, 1}, {LessonType::Practice, 2}, {LessonType::Laboratory, 3},
    {LessonType::Seminar, 4}, {LessonType::Test, 5},
};

const std::pair<ProgramBlock::Kind, int> blockKinds[] = {
    {ProgramBlock::Kind::Theoretical, 1},
    {ProgramBlock::Kind::Practical, 2},
    {ProgramBlock::Kind::FinalAttestation, 3},
};

const std::pair<ActivityType, int> activityTypes[] = {
    {ActivityType::Lecture, 1},         {ActivityType::Test, 2},  {ActivityType::Assignment, 3},
    {ActivityType::IndependentWork, 4}, {ActivityType::Video, 5}, {ActivityType::Presentation, 6},
    {ActivityType::Webinar, 7},
};

} // namespace

namespace StoreCodes {

int code(EntryMethod value)
{
    return toCode(entryMethods, value);
}
int code(EnrolmentOrder::Kind value)
{
    return toCode(orderKinds, value);
}
int code(Parent::ContactSource value)
{
    return toCode(contactSources, value);
}
int code(Parent::Consent value)
{
    return toCode(consents, value);
}
int code(LessonType value)
{
    return toCode(lessonTypes, value);
}
int code(ProgramBlock::Kind value)
{
    return toCode(blockKinds, value);
}
int code(ActivityType value)
{
    return toCode(activityTypes, value);
}

EntryMethod entryMethod(int code)
{
    return fromCode(entryMethods, code);
}
EnrolmentOrder::Kind orderKind(int code)
{
    return fromCode(orderKinds, code);
}
Parent::ContactSource contactSource(int code)
{
    return fromCode(contactSources, code);
}
Parent::Consent consent(int code)
{
    return fromCode(consents, code);
}
LessonType lessonType(int code)
{
    return fromCode(lessonTypes, code);
}
ProgramBlock::Kind blockKind(int code)
{
    return fromCode(blockKinds, code);
}
ActivityType activityType(int code)
{
    return fromCode(activityTypes, code);
}

} // namespace StoreCodes
