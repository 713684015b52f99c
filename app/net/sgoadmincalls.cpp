#include "net/sgoadmincalls.h"

#include "net/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

#include <utility>

namespace SgoAdminCalls {

namespace {

using namespace JsonFields;

NetError malformed(const QString &problem)
{
    return NetError::malformed(NetError::Service::Sgo, problem);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

NetResult<Person> readPerson(const QJsonValue &value)
{
    QString problem;
    const auto json = object(value, QStringLiteral("a person"), &problem);
    if (!json)
        return malformed(problem);
    const auto id = integer(*json, QStringLiteral("id"), &problem);
    const auto role = string(*json, QStringLiteral("role"), &problem);
    const auto lastName = string(*json, QStringLiteral("lastName"), &problem);
    const auto firstName = string(*json, QStringLiteral("firstName"), &problem);
    const auto middleName = optionalString(*json, QStringLiteral("middleName"), &problem);
    const auto login = optionalString(*json, QStringLiteral("login"), &problem);
    const auto entry = string(*json, QStringLiteral("entry"), &problem);
    const auto home = optionalString(*json, QStringLiteral("homeOrganisation"), &problem);
    const auto mustChange = optionalBoolean(*json, QStringLiteral("mustChangePassword"), false, &problem);
    const auto group = optionalString(*json, QStringLiteral("groupName"), &problem);
    const auto children = optionalIntegers(*json, QStringLiteral("children"), &problem);
    const auto parents = optionalIntegers(*json, QStringLiteral("parents"), &problem);
    if (!id || !role || !lastName || !firstName || !middleName || !login || !entry || !home || !mustChange ||
        !group || !children || !parents)
        return malformed(problem);

    Person person;
    if (*role == QLatin1String("parent"))
        person.role = Role::Parent;
    else if (*role == QLatin1String("student"))
        person.role = Role::Student;
    else
        return malformed(QStringLiteral("unknown role"));
    if (*entry == QLatin1String("otherOrganisation"))
        person.entry = Entry::OtherOrganisation;
    else if (*entry == QLatin1String("quickEntry"))
        person.entry = Entry::QuickEntry;
    else if (*entry == QLatin1String("import"))
        person.entry = Entry::Import;
    else
        return malformed(QStringLiteral("unknown entry"));
    person.id = *id;
    person.lastName = *lastName;
    person.firstName = *firstName;
    person.middleName = *middleName;
    person.login = *login;
    person.homeOrganisation = *home;
    person.mustChangePassword = *mustChange;
    person.groupName = *group;
    person.children = *children;
    person.parents = *parents;
    return person;
}

NetResult<QList<Person>> readPeople(const QJsonValue &value)
{
    QString problem;
    const auto items = array(value, QStringLiteral("people"), &problem);
    if (!items)
        return malformed(problem);
    QList<Person> people;
    people.reserve(items->size());
    for (const QJsonValue &item : *items) {
        NetResult<Person> person = readPerson(item);
        if (!person.ok())
            return person.error();
        people.append(person.value());
    }
    return people;
}

// ---- Reading the college ----

std::optional<QDate> date(const QJsonObject &json, const QString &key, bool optional, QString *problem)
{
    const QJsonValue value = json.value(key);
    if (optional &&
        (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())))
        return QDate();
    const QDate parsed = QDate::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !parsed.isValid()) {
        *problem = QStringLiteral("%1 is not a date").arg(key);
        return std::nullopt;
    }
    return parsed;
}

bool readName(const QJsonObject &json, PersonName *name, QString *problem)
{
    const auto last = string(json, QStringLiteral("lastName"), problem);
    const auto first = string(json, QStringLiteral("firstName"), problem);
    const auto middle = optionalString(json, QStringLiteral("middleName"), problem);
    if (!last || !first || !middle)
        return false;
    if (last->trimmed().isEmpty() || first->trimmed().isEmpty()) {
        *problem = QStringLiteral("a person without a name");
        return false;
    }
    *name = PersonName{*last, *first, *middle};
    return true;
}

template<typename E>
bool readEnum(const QJsonObject &json, const QString &key,
              std::initializer_list<std::pair<const char *, E>> names, E *out, QString *problem)
{
    const auto text = string(json, key, problem);
    if (!text)
        return false;
    for (const auto &[name, value] : names) {
        if (*text == QLatin1String(name)) {
            *out = value;
            return true;
        }
    }
    *problem = QStringLiteral("unknown %1").arg(key);
    return false;
}

bool readEntry(const QJsonObject &json, EntryMethod *entry, QString *problem)
{
    return readEnum<EntryMethod>(json, QStringLiteral("entry"),
                                 {{"otherOrganisation", EntryMethod::OtherOrganisationList},
                                  {"quickEntry", EntryMethod::QuickEntry},
                                  {"import", EntryMethod::Import}},
                                 entry, problem);
}

// Role ids the college knows; the others (Завуч, Секретарь, …) are SGO's business.
bool readRoles(const QJsonObject &json, QList<int> *ids, Roles *roles, Rights *rights, QString *problem)
{
    const auto roleIds = integers(json, QStringLiteral("roles"), problem);
    const auto rightsArray = json.value(QStringLiteral("rights"));
    if (!roleIds)
        return false;
    if (!rightsArray.isUndefined() && !rightsArray.isArray()) {
        *problem = QStringLiteral("rights is not an array");
        return false;
    }
    for (const qint64 id : *roleIds) {
        if (ids)
            ids->append(int(id));
        if (id == SgoRoleId::Admin)
            *roles |= ::Role::Admin;
        else if (id == SgoRoleId::Teacher)
            *roles |= ::Role::SubjectTeacher;
        else if (id == SgoRoleId::Curator)
            *roles |= ::Role::Curator;
    }
    for (const QJsonValue &right : rightsArray.toArray()) {
        if (!right.isString()) {
            *problem = QStringLiteral("a right is not a string");
            return false;
        }
        if (right.toString() == QLatin1String("manageChats"))
            *rights |= Right::ManageChats;
    }
    return true;
}

bool readYear(const QJsonValue &value, AcademicYear *year, QString *problem)
{
    const auto json = object(value, QStringLiteral("the academic year"), problem);
    if (!json)
        return false;
    const auto id = integer(*json, QStringLiteral("id"), problem);
    const auto start = id ? date(*json, QStringLiteral("start"), false, problem) : std::nullopt;
    const auto end = start ? date(*json, QStringLiteral("end"), false, problem) : std::nullopt;
    if (!end)
        return false;
    if (*end < *start) {
        *problem = QStringLiteral("the academic year ends before it starts");
        return false;
    }
    *year = AcademicYear{*id, *start, *end};
    return true;
}

bool readItem(const QJsonObject &json, SyncOrganisation *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto name = string(json, QStringLiteral("name"), problem);
    const auto shortName = optionalString(json, QStringLiteral("shortName"), problem);
    const auto city = optionalString(json, QStringLiteral("city"), problem);
    const auto vk = optionalString(json, QStringLiteral("vkCommunityId"), problem);
    const auto semester = optionalString(json, QStringLiteral("semesterTitle"), problem);
    if (!id || !name || !shortName || !city || !vk || !semester)
        return false;
    item->id = *id;
    if (!readYear(json.value(QStringLiteral("year")), &item->year, problem))
        return false;
    item->organisation =
        Organisation{*name, *shortName, *city, *vk, *semester, item->year.start, item->year.end};
    return true;
}

bool readItem(const QJsonObject &json, Group *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto name = string(json, QStringLiteral("name"), problem);
    const auto course = integer(json, QStringLiteral("course"), problem);
    const auto curator = optionalInteger(json, QStringLiteral("curatorId"), 0, problem);
    const auto specialty = optionalString(json, QStringLiteral("specialty"), problem);
    const auto created = date(json, QStringLiteral("created"), true, problem);
    if (!id || !name || !course || !curator || !specialty || !created)
        return false;
    if (*course < 1 || *course > 6) {
        *problem = QStringLiteral("course out of range");
        return false;
    }
    *item = Group{*id, *name, int(*course), *curator, *specialty, *created};
    return true;
}

bool readItem(const QJsonObject &json, Student *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto group = integer(json, QStringLiteral("groupId"), problem);
    const auto birth = date(json, QStringLiteral("birthDate"), true, problem);
    const auto unti = optionalString(json, QStringLiteral("untiId"), problem);
    const auto login = optionalString(json, QStringLiteral("login"), problem);
    const auto home = optionalString(json, QStringLiteral("homeOrganisation"), problem);
    if (!id || !group || !birth || !unti || !login || !home)
        return false;
    item->id = *id;
    item->groupId = *group;
    item->birthDate = *birth;
    item->untiId = *unti;
    item->login = *login;
    item->homeOrganisation = *home;
    return readName(json, &item->name, problem) && readEntry(json, &item->entry, problem);
}

bool readItem(const QJsonObject &json, EnrolmentOrder *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto student = integer(json, QStringLiteral("studentId"), problem);
    const auto group = integer(json, QStringLiteral("groupId"), problem);
    const auto when = date(json, QStringLiteral("date"), false, problem);
    const auto number = optionalString(json, QStringLiteral("number"), problem);
    const auto cancels = optionalInteger(json, QStringLiteral("cancelsOrderId"), 0, problem);
    if (!id || !student || !group || !when || !number || !cancels)
        return false;
    using Kind = EnrolmentOrder::Kind;
    if (!readEnum<Kind>(json, QStringLiteral("kind"),
                        {{"enrolment", Kind::Enrolment},
                         {"withdrawal", Kind::Withdrawal},
                         {"cancelEnrolment", Kind::CancelEnrolment},
                         {"cancelWithdrawal", Kind::CancelWithdrawal}},
                        &item->kind, problem))
        return false;
    const bool cancellation = item->kind == Kind::CancelEnrolment || item->kind == Kind::CancelWithdrawal;
    if (cancellation != (*cancels > 0)) {
        *problem = QStringLiteral("a cancellation names the order it cancels, and only a cancellation");
        return false;
    }
    item->id = *id;
    item->studentId = *student;
    item->groupId = *group;
    item->date = *when;
    item->number = *number;
    item->cancelsOrderId = *cancels;
    return true;
}

bool readItem(const QJsonObject &json, Parent *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto phone = optionalString(json, QStringLiteral("phone"), problem);
    const auto email = optionalString(json, QStringLiteral("email"), problem);
    const auto login = optionalString(json, QStringLiteral("login"), problem);
    const auto home = optionalString(json, QStringLiteral("homeOrganisation"), problem);
    const auto consentDate = date(json, QStringLiteral("consentDate"), true, problem);
    if (!id || !phone || !email || !login || !home || !consentDate)
        return false;
    item->id = *id;
    item->phone = *phone;
    item->email = *email;
    item->login = *login;
    item->homeOrganisation = *home;
    item->consentDate = *consentDate;
    using Source = Parent::ContactSource;
    using Consent = Parent::Consent;
    return readName(json, &item->name, problem) && readEntry(json, &item->entry, problem) &&
           readEnum<Source>(json, QStringLiteral("contactSource"),
                            {{"unknown", Source::Unknown},
                             {"inWriting", Source::InWriting},
                             {"electronic", Source::Electronic}},
                            &item->contactSource, problem) &&
           readEnum<Consent>(
               json, QStringLiteral("consent"),
               {{"notAsked", Consent::NotAsked}, {"given", Consent::Given}, {"refused", Consent::Refused}},
               &item->consent, problem);
}

bool readItem(const QJsonObject &json, ParentLink *item, QString *problem)
{
    const auto parent = integer(json, QStringLiteral("parentId"), problem);
    const auto student = integer(json, QStringLiteral("studentId"), problem);
    const auto relation = optionalString(json, QStringLiteral("relation"), problem);
    if (!parent || !student || !relation)
        return false;
    *item = ParentLink{*parent, *student, *relation};
    return true;
}

bool readItem(const QJsonObject &json, StaffMember *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto login = optionalString(json, QStringLiteral("login"), problem);
    const auto phone = optionalString(json, QStringLiteral("phone"), problem);
    if (!id || !login || !phone)
        return false;
    item->id = *id;
    item->login = *login;
    item->phone = *phone;
    return readName(json, &item->name, problem) &&
           readRoles(json, nullptr, &item->roles, &item->rights, problem);
}

bool readItem(const QJsonObject &json, Subject *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto name = string(json, QStringLiteral("name"), problem);
    const auto cycle = optionalString(json, QStringLiteral("cycle"), problem);
    if (!id || !name || !cycle)
        return false;
    *item = Subject{*id, *name, *cycle};
    return true;
}

bool readItem(const QJsonObject &json, TeachingAssignment *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto teacher = integer(json, QStringLiteral("teacherId"), problem);
    const auto group = integer(json, QStringLiteral("groupId"), problem);
    const auto subject = integer(json, QStringLiteral("subjectId"), problem);
    const auto hours = optionalInteger(json, QStringLiteral("plannedHours"), 0, problem);
    if (!id || !teacher || !group || !subject || !hours)
        return false;
    if (*hours < 0 || *hours > 10000) {
        *problem = QStringLiteral("plannedHours out of range");
        return false;
    }
    *item = TeachingAssignment{*id, *teacher, *group, *subject, int(*hours)};
    return true;
}

bool readItem(const QJsonObject &json, Lesson *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto assignment = integer(json, QStringLiteral("assignmentId"), problem);
    const auto when = date(json, QStringLiteral("date"), false, problem);
    const auto hours = optionalInteger(json, QStringLiteral("academicHours"), 1, problem);
    const auto topic = optionalString(json, QStringLiteral("topic"), problem);
    const auto fromPlan = optionalBoolean(json, QStringLiteral("topicFromPlan"), false, problem);
    const auto homework = optionalString(json, QStringLiteral("homework"), problem);
    if (!id || !assignment || !when || !hours || !topic || !fromPlan || !homework)
        return false;
    if (*hours < 1 || *hours > 12) {
        *problem = QStringLiteral("academicHours out of range");
        return false;
    }
    item->id = *id;
    item->assignmentId = *assignment;
    item->date = *when;
    item->academicHours = int(*hours);
    item->topic = *topic;
    item->topicFromPlan = *fromPlan;
    item->homework = *homework;
    return readEnum<LessonType>(json, QStringLiteral("type"),
                                {{"lecture", LessonType::Lecture},
                                 {"practice", LessonType::Practice},
                                 {"laboratory", LessonType::Laboratory},
                                 {"seminar", LessonType::Seminar},
                                 {"test", LessonType::Test}},
                                &item->type, problem);
}

bool readItem(const QJsonObject &json, Mark *item, QString *problem)
{
    const auto lesson = integer(json, QStringLiteral("lessonId"), problem);
    const auto student = integer(json, QStringLiteral("studentId"), problem);
    const auto value = optionalInteger(json, QStringLiteral("value"), 0, problem);
    const auto absent = optionalBoolean(json, QStringLiteral("absent"), false, problem);
    if (!lesson || !student || !value || !absent)
        return false;
    if (*value != 0 && (*value < 2 || *value > 5)) {
        *problem = QStringLiteral("a mark outside 2..5");
        return false;
    }
    *item = Mark{*lesson, *student, int(*value), *absent};
    return true;
}

std::optional<QDateTime> dateTime(const QJsonObject &json, const QString &key, QString *problem)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QDateTime();
    const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!value.isString() || !parsed.isValid()) {
        *problem = QStringLiteral("%1 is not a date and time").arg(key);
        return std::nullopt;
    }
    return parsed;
}

bool readItem(const QJsonObject &json, FinalGrade *item, QString *problem)
{
    const auto student = integer(json, QStringLiteral("studentId"), problem);
    const auto assignment = integer(json, QStringLiteral("assignmentId"), problem);
    const auto value = optionalInteger(json, QStringLiteral("value"), 0, problem);
    const auto setAt = dateTime(json, QStringLiteral("setAt"), problem);
    const auto publishedAt = dateTime(json, QStringLiteral("publishedAt"), problem);
    const auto deferred = optionalBoolean(json, QStringLiteral("deferred"), false, problem);
    const auto reason = optionalString(json, QStringLiteral("deferralReason"), problem);
    const auto until = date(json, QStringLiteral("deferredUntil"), true, problem);
    if (!student || !assignment || !value || !setAt || !publishedAt || !deferred || !reason || !until)
        return false;
    if (*value != 0 && (*value < 2 || *value > 5)) {
        *problem = QStringLiteral("a final grade outside 2..5");
        return false;
    }
    // As the cache keeps them: a deferral has its reason and its date (seed 001 §5).
    if (*deferred && (reason->isEmpty() || !until->isValid())) {
        *problem = QStringLiteral("a deferral without its reason or date");
        return false;
    }
    *item = FinalGrade{*student, *assignment, int(*value), *setAt, *publishedAt, *deferred, *reason, *until};
    return true;
}

bool readItem(const QJsonObject &json, Program *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto title = string(json, QStringLiteral("title"), problem);
    const auto flow = optionalString(json, QStringLiteral("flowId"), problem);
    if (!id || !title || !flow)
        return false;
    *item = Program{*id, *title, *flow};
    return true;
}

bool readItem(const QJsonObject &json, ProgramBlock *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto program = integer(json, QStringLiteral("programId"), problem);
    const auto title = string(json, QStringLiteral("title"), problem);
    const auto number = optionalInteger(json, QStringLiteral("number"), 1, problem);
    const auto documents = optionalBoolean(json, QStringLiteral("requiresFinalDocuments"), false, problem);
    if (!id || !program || !title || !number || !documents)
        return false;
    if (*number < 1 || *number > 1000) {
        *problem = QStringLiteral("block number out of range");
        return false;
    }
    item->id = *id;
    item->programId = *program;
    item->title = *title;
    item->number = int(*number);
    item->requiresFinalDocuments = *documents;
    using Kind = ProgramBlock::Kind;
    return readEnum<Kind>(json, QStringLiteral("kind"),
                          {{"theoretical", Kind::Theoretical},
                           {"practical", Kind::Practical},
                           {"finalAttestation", Kind::FinalAttestation}},
                          &item->kind, problem);
}

bool readItem(const QJsonObject &json, Activity *item, QString *problem)
{
    const auto id = integer(json, QStringLiteral("id"), problem);
    const auto block = integer(json, QStringLiteral("blockId"), problem);
    const auto group = optionalInteger(json, QStringLiteral("groupId"), 0, problem);
    const auto title = string(json, QStringLiteral("title"), problem);
    const auto position = optionalInteger(json, QStringLiteral("position"), 0, problem);
    const auto attestation = optionalBoolean(json, QStringLiteral("attestation"), false, problem);
    const auto blockAttestation = optionalBoolean(json, QStringLiteral("blockAttestation"), false, problem);
    const auto webinar = optionalBoolean(json, QStringLiteral("externalWebinar"), false, problem);
    if (!id || !block || !group || !title || !position || !attestation || !blockAttestation || !webinar)
        return false;
    if (*position < 0 || *position > 100000) {
        *problem = QStringLiteral("position out of range");
        return false;
    }
    item->id = *id;
    item->blockId = *block;
    item->groupId = *group;
    item->title = *title;
    item->position = int(*position);
    item->attestation = *attestation;
    item->blockAttestation = *blockAttestation;
    item->externalWebinar = *webinar;
    return readEnum<ActivityType>(json, QStringLiteral("type"),
                                  {{"lecture", ActivityType::Lecture},
                                   {"test", ActivityType::Test},
                                   {"assignment", ActivityType::Assignment},
                                   {"independentWork", ActivityType::IndependentWork},
                                   {"video", ActivityType::Video},
                                   {"presentation", ActivityType::Presentation},
                                   {"webinar", ActivityType::Webinar}},
                                  &item->type, problem);
}

template<typename T> SyncKey keyOf(const T &item)
{
    return SyncKey{item.id, 0};
}
template<> SyncKey keyOf(const ParentLink &item)
{
    return SyncKey{item.parentId, item.studentId};
}
template<> SyncKey keyOf(const Mark &item)
{
    return SyncKey{item.lessonId, item.studentId};
}
template<> SyncKey keyOf(const FinalGrade &item)
{
    return SyncKey{item.studentId, item.assignmentId};
}

template<typename T>
constexpr bool pairKeyed =
    std::is_same_v<T, ParentLink> || std::is_same_v<T, Mark> || std::is_same_v<T, FinalGrade>;

std::optional<SyncKey> readKey(const QJsonValue &value, bool pair, QString *problem)
{
    if (!pair) {
        const auto id = integer(value, QStringLiteral("a deleted id"), problem);
        return id ? std::optional(SyncKey{*id, 0}) : std::nullopt;
    }
    const QJsonArray both = value.toArray();
    if (!value.isArray() || both.size() != 2) {
        *problem = QStringLiteral("a deleted key is not a pair");
        return std::nullopt;
    }
    const auto first = integer(both.at(0), QStringLiteral("a deleted key"), problem);
    const auto second = first ? integer(both.at(1), QStringLiteral("a deleted key"), problem) : std::nullopt;
    return second ? std::optional(SyncKey{*first, *second}) : std::nullopt;
}

} // namespace

QString peoplePath(Role role, StatusFilter status, int page, int pageSize)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role"),
                       role == Role::Parent ? QStringLiteral("parent") : QStringLiteral("student"));
    query.addQueryItem(QStringLiteral("status"),
                       status == StatusFilter::Active ? QStringLiteral("active") : QStringLiteral("all"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    return QStringLiteral("webapi/users?") + query.toString(QUrl::FullyEncoded);
}

QString personPath(qint64 id)
{
    return QStringLiteral("webapi/users/%1").arg(id);
}

QString passwordPath(qint64 id)
{
    return QStringLiteral("webapi/users/%1/password").arg(id);
}

QByteArray passwordBody(const QString &newPassword, bool mustChangePassword)
{
    return compact({{QStringLiteral("newPassword"), newPassword},
                    {QStringLiteral("mustChangePassword"), mustChangePassword}});
}

QString mustChangePasswordPath(qint64 id)
{
    return QStringLiteral("webapi/users/%1/mustchangepassword").arg(id);
}

QByteArray mustChangePasswordBody(bool value)
{
    return compact({{QStringLiteral("value"), value}});
}

QString childrenPath(qint64 parentId)
{
    return QStringLiteral("webapi/users/%1/children").arg(parentId);
}

QByteArray linkChildBody(qint64 studentId)
{
    return compact({{QStringLiteral("studentId"), studentId}});
}

QString childLinkPath(qint64 parentId, qint64 studentId)
{
    return QStringLiteral("webapi/users/%1/children/%2").arg(parentId).arg(studentId);
}

QString journalChangesPath()
{
    return QStringLiteral("webapi/journal/changes");
}

QByteArray journalChangesBody(const QList<JournalChange> &changes)
{
    QJsonArray items;
    for (const JournalChange &change : changes) {
        QJsonObject item{{QStringLiteral("id"), change.id},
                         {QStringLiteral("kind"), change.kind},
                         {QStringLiteral("assignmentId"), change.assignmentId},
                         {QStringLiteral("payload"), QJsonDocument::fromJson(change.payload).object()},
                         {QStringLiteral("madeAt"), change.madeAt}};
        if (change.lessonId > 0)
            item.insert(QStringLiteral("lessonId"), change.lessonId);
        if (change.studentId > 0)
            item.insert(QStringLiteral("studentId"), change.studentId);
        items.append(item);
    }
    return compact(QJsonObject{{QStringLiteral("changes"), items}});
}

NetResult<QList<qint64>> parseAppliedChanges(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto reply = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto applied = reply ? integers(*reply, QStringLiteral("applied"), &problem) : std::nullopt;
    if (!applied)
        return malformed(problem);
    return *applied;
}

namespace {

QString localDateTime(const QDateTime &value)
{
    return value.isValid() ? value.toLocalTime().toString(Qt::ISODate) : QString();
}

QString isoDate(const QDate &value)
{
    return value.isValid() ? value.toString(Qt::ISODate) : QString();
}

QString sourceName(Parent::ContactSource source)
{
    switch (source) {
    case Parent::ContactSource::InWriting:
        return QStringLiteral("inWriting");
    case Parent::ContactSource::Electronic:
        return QStringLiteral("electronic");
    case Parent::ContactSource::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString consentName(Parent::Consent consent)
{
    switch (consent) {
    case Parent::Consent::Given:
        return QStringLiteral("given");
    case Parent::Consent::Refused:
        return QStringLiteral("refused");
    case Parent::Consent::NotAsked:
        break;
    }
    return QStringLiteral("notAsked");
}

} // namespace

QByteArray finalGradePayload(int value, const QDateTime &setAt)
{
    return compact({{QStringLiteral("value"), value}, {QStringLiteral("setAt"), localDateTime(setAt)}});
}

QByteArray deferralPayload(const QString &reason, const QDate &until)
{
    return compact({{QStringLiteral("reason"), reason}, {QStringLiteral("until"), isoDate(until)}});
}

QByteArray summaryPublishedPayload(const QDateTime &publishedAt)
{
    return compact({{QStringLiteral("publishedAt"), localDateTime(publishedAt)}});
}

QByteArray consentPayload(qint64 parentId, Parent::Consent consent, const QDate &consentDate,
                          Parent::ContactSource consentForm)
{
    return compact({{QStringLiteral("parentId"), parentId},
                    {QStringLiteral("consent"), consentName(consent)},
                    {QStringLiteral("consentDate"), isoDate(consentDate)},
                    {QStringLiteral("consentForm"), sourceName(consentForm)}});
}

QByteArray contactPayload(qint64 parentId, const QString &phone, const QString &email,
                          Parent::ContactSource contactSource)
{
    return compact({{QStringLiteral("parentId"), parentId},
                    {QStringLiteral("phone"), phone},
                    {QStringLiteral("email"), email},
                    {QStringLiteral("contactSource"), sourceName(contactSource)}});
}

NetResult<PeoplePage> parsePeoplePage(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto page = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto total = page ? integer(*page, QStringLiteral("total"), &problem) : std::nullopt;
    if (!total)
        return malformed(problem);
    NetResult<QList<Person>> items = readPeople(page->value(QStringLiteral("items")));
    if (!items.ok())
        return items.error();
    return PeoplePage{items.value(), *total};
}

NetResult<Person> parsePerson(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    if (!root)
        return malformed(problem);
    return readPerson(*root);
}

NetResult<QList<Person>> parsePeople(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    if (!root)
        return malformed(problem);
    return readPeople(*root);
}

QString contextPath()
{
    return QStringLiteral("webapi/context");
}

NetResult<Context> parseContext(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto reply = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto user =
        reply ? object(reply->value(QStringLiteral("user")), QStringLiteral("user"), &problem) : std::nullopt;
    const auto organisation =
        user ? object(reply->value(QStringLiteral("organisation")), QStringLiteral("organisation"), &problem)
             : std::nullopt;
    const auto id = organisation ? integer(*user, QStringLiteral("id"), &problem) : std::nullopt;
    const auto login = id ? optionalString(*user, QStringLiteral("login"), &problem) : std::nullopt;
    const auto organisationId = login ? integer(*organisation, QStringLiteral("id"), &problem) : std::nullopt;
    const auto organisationName =
        organisationId ? string(*organisation, QStringLiteral("name"), &problem) : std::nullopt;
    if (!organisationName)
        return malformed(problem);
    Context context;
    context.personId = *id;
    context.login = *login;
    context.organisationId = *organisationId;
    context.organisationName = *organisationName;
    if (!readName(*user, &context.name, &problem) ||
        !readYear(reply->value(QStringLiteral("year")), &context.year, &problem) ||
        !readRoles(*reply, &context.roleIds, &context.roles, &context.rights, &problem))
        return malformed(problem);
    return context;
}

namespace {

constexpr std::pair<SyncKind, const char *> SyncKindNames[] = {
    {SyncKind::Organisation, "organisation"},
    {SyncKind::Groups, "groups"},
    {SyncKind::Students, "students"},
    {SyncKind::Orders, "orders"},
    {SyncKind::Parents, "parents"},
    {SyncKind::ParentLinks, "parentLinks"},
    {SyncKind::Staff, "staff"},
    {SyncKind::Subjects, "subjects"},
    {SyncKind::Assignments, "assignments"},
    {SyncKind::Lessons, "lessons"},
    {SyncKind::Marks, "marks"},
    {SyncKind::Programs, "programs"},
    {SyncKind::ProgramBlocks, "programBlocks"},
    {SyncKind::Activities, "activities"},
    {SyncKind::FinalGrades, "finalGrades"},
};

} // namespace

QString syncKindName(SyncKind kind)
{
    for (const auto &[known, name] : SyncKindNames) {
        if (known == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<SyncKind> syncKindFromName(const QString &name)
{
    for (const auto &[kind, known] : SyncKindNames) {
        if (name == QLatin1String(known))
            return kind;
    }
    return std::nullopt;
}

QString syncPath(SyncKind kind, const QString &since, const QString &until, int page, int pageSize)
{
    QUrlQuery query;
    if (!since.isEmpty())
        query.addQueryItem(QStringLiteral("since"), since);
    if (!until.isEmpty())
        query.addQueryItem(QStringLiteral("until"), until);
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    return QStringLiteral("webapi/sync/") + syncKindName(kind) + QLatin1Char('?') +
           query.toString(QUrl::FullyEncoded);
}

template<typename T> NetResult<SyncPage<T>> parseSyncPage(const QByteArray &body)
{
    QString problem;
    const auto root = document(body, &problem);
    const auto reply = root ? object(*root, QStringLiteral("the reply"), &problem) : std::nullopt;
    const auto items = reply ? array(reply->value(QStringLiteral("items")), QStringLiteral("items"), &problem)
                             : std::nullopt;
    const auto deleted =
        items ? array(reply->value(QStringLiteral("deleted")), QStringLiteral("deleted"), &problem)
              : std::nullopt;
    const auto page = deleted ? integer(*reply, QStringLiteral("page"), &problem) : std::nullopt;
    const auto pages = page ? integer(*reply, QStringLiteral("pages"), &problem) : std::nullopt;
    const auto since = pages ? string(*reply, QStringLiteral("since"), &problem) : std::nullopt;
    if (!since)
        return malformed(problem);
    if (*pages < 1 || *pages > 1000000 || *page < 1 || *page > *pages)
        return malformed(QStringLiteral("page %1 outside 1..%2").arg(*page).arg(*pages));
    if (since->isEmpty())
        return malformed(QStringLiteral("no since token"));

    SyncPage<T> result;
    result.page = int(*page);
    result.pages = int(*pages);
    result.since = *since;
    QSet<std::pair<qint64, qint64>> seen;
    result.items.reserve(items->size());
    for (const QJsonValue &value : *items) {
        const auto json = object(value, QStringLiteral("an item"), &problem);
        T item;
        if (!json || !readItem(*json, &item, &problem))
            return malformed(problem);
        const SyncKey key = keyOf(item);
        if (seen.contains({key.id, key.second}))
            return malformed(QStringLiteral("an item twice in one page"));
        seen.insert({key.id, key.second});
        result.items.append(item);
    }
    QSet<std::pair<qint64, qint64>> gone;
    for (const QJsonValue &value : *deleted) {
        const auto key = readKey(value, pairKeyed<T>, &problem);
        if (!key)
            return malformed(problem);
        if (gone.contains({key->id, key->second}))
            return malformed(QStringLiteral("a deleted key twice in one page"));
        gone.insert({key->id, key->second});
        result.deleted.append(*key);
    }
    return result;
}

template NetResult<SyncPage<SyncOrganisation>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Group>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Student>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<EnrolmentOrder>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Parent>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<ParentLink>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<StaffMember>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Subject>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<TeachingAssignment>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Lesson>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Mark>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Program>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<ProgramBlock>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<Activity>> parseSyncPage(const QByteArray &);
template NetResult<SyncPage<FinalGrade>> parseSyncPage(const QByteArray &);

} // namespace SgoAdminCalls
