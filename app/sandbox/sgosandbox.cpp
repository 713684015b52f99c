#include "sgosandbox.h"

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sandboxsettings.h"
#include "sgopasswordhash.h"

#include "college/collegedata.h"
#include "accounts/loginpolicy.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <initializer_list>

using SandboxIds::PersonKind;

namespace {

const QByteArray CookieName = "NSSESSIONID";
constexpr int MaxPendingLogins = 10000;

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex();
}

QByteArray randomDigits(int count)
{
    QByteArray digits;
    for (int i = 0; i < count; ++i)
        digits.append(char('0' + QRandomGenerator::system()->bounded(10)));
    if (digits.startsWith('0'))
        digits[0] = '1';
    return digits;
}

SandboxReply notFound()
{
    return SandboxReply::message(404, QStringLiteral("Метод не найден"));
}

SandboxReply methodNotAllowed()
{
    return SandboxReply::message(405, QStringLiteral("Метод не поддерживается"));
}

SandboxReply badRequest()
{
    return SandboxReply::message(400, QStringLiteral("Некорректный запрос"));
}

SandboxReply wrongPassword()
{
    return SandboxReply::message(409, QStringLiteral("Неправильный пароль или имя пользователя"));
}

SandboxReply staleLogin()
{
    return SandboxReply::message(409, QStringLiteral("Сеанс входа устарел. Начните вход заново"));
}

SandboxReply personNotFound()
{
    return SandboxReply::message(404, QStringLiteral("Пользователь не найден"));
}

bool readJsonObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

// Seed 002: people enrolled from another organisation's list sign in with that organisation's login, so
// this organisation neither issues nor changes it.
SandboxReply loginIssuedElsewhere(const SgoPerson &person)
{
    const QString where = person.homeOrganisation.isEmpty()
                              ? QStringLiteral("другой организацией")
                              : QStringLiteral("организацией «%1»").arg(person.homeOrganisation);
    return SandboxReply::message(403,
                                 QStringLiteral("Учётная запись выдана %1: пароль меняется там").arg(where));
}

int currentYearStart()
{
    const QDate today = QDate::currentDate();
    return today.month() >= 9 ? today.year() : today.year() - 1;
}

// The ЭД's kinds of journal change (JournalStore::ChangeKind, app/net/sgoadmincalls.h).
namespace DiaryKind {
constexpr int FinalGrade = 9;
constexpr int Deferral = 10;
constexpr int SummaryPublished = 11;
constexpr int Consent = 12;
constexpr int Contact = 13;
} // namespace DiaryKind

bool isDate(const QJsonValue &value, bool emptyAllowed)
{
    if (!value.isString())
        return false;
    const QString text = value.toString();
    return (emptyAllowed && text.isEmpty()) || QDate::fromString(text, Qt::ISODate).isValid();
}

bool isDateTime(const QJsonValue &value)
{
    return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

bool isOneOf(const QJsonValue &value, std::initializer_list<const char *> names)
{
    return value.isString() && std::any_of(names.begin(), names.end(), [&value](const char *name) {
               return value.toString() == QLatin1String(name);
           });
}

// Why SGO refuses one of the ЭД's changes, in words for a person; empty when it is well formed.
QString diaryProblem(int kind, const QJsonObject &change)
{
    const QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
    const auto field = [&payload](const char *name) { return payload.value(QLatin1String(name)); };
    if (kind == DiaryKind::FinalGrade || kind == DiaryKind::Deferral || kind == DiaryKind::SummaryPublished) {
        if (change.value(QStringLiteral("assignmentId")).toInteger(0) <= 0 ||
            change.value(QStringLiteral("studentId")).toInteger(0) <= 0)
            return QStringLiteral("Итоговая оценка без журнала или ученика");
    } else if (field("parentId").toInteger(0) <= 0) {
        return QStringLiteral("Изменение данных родителя без номера родителя");
    }
    switch (kind) {
    case DiaryKind::FinalGrade: {
        const QJsonValue value = field("value");
        const int grade = value.toInt(-1);
        if (!value.isDouble() || (grade != 0 && (grade < 2 || grade > 5)))
            return QStringLiteral("Итоговая оценка вне шкалы 2–5");
        const QJsonValue setAt = field("setAt");
        if (!isDateTime(setAt) && !(grade == 0 && setAt.isString() && setAt.toString().isEmpty()))
            return QStringLiteral("Итоговая оценка без времени выставления");
        return {};
    }
    case DiaryKind::Deferral:
        if (field("reason").toString().trimmed().isEmpty())
            return QStringLiteral("Отсрочка итоговой оценки без причины");
        if (!isDate(field("until"), false))
            return QStringLiteral("Отсрочка итоговой оценки без даты, до которой она дана");
        return {};
    case DiaryKind::SummaryPublished:
        if (!isDateTime(field("publishedAt")))
            return QStringLiteral("Публикация в сводной ведомости без времени публикации");
        return {};
    case DiaryKind::Consent:
        if (!isOneOf(field("consent"), {"notAsked", "given", "refused"}))
            return QStringLiteral("Неизвестный ответ родителя на обработку персональных данных");
        if (!isDate(field("consentDate"), field("consent").toString() == QLatin1String("notAsked")))
            return QStringLiteral("Согласие или отказ родителя без даты");
        if (!isOneOf(field("consentForm"), {"unknown", "inWriting", "electronic"}))
            return QStringLiteral("Неизвестный способ, которым дан ответ родителя");
        return {};
    case DiaryKind::Contact:
        if (!field("phone").isString() || !field("email").isString())
            return QStringLiteral("Контакты родителя без телефона или почты");
        if (!isOneOf(field("contactSource"), {"unknown", "inWriting", "electronic"}))
            return QStringLiteral("Неизвестный способ передачи контактов родителя");
        return {};
    default:
        return {};
    }
}

} // namespace

SgoSandbox::SgoSandbox(const CollegeData &college, const SandboxSettings &settings)
    : m_organisation(college.organisation), m_people(college, settings.staffPassword),
      m_sync(college, schoolId), m_lifetimeMs(settings.sgoSessionLifetimeMs)
{
    m_clock.start();
}

std::optional<SgoSync::NewOrder> SgoSandbox::enrol(const Student &student, const QDate &date,
                                                   const QString &number, SgoSync::Refusal *refusal)
{
    if (!student.login.isEmpty() && m_people.findByLogin(student.login)) {
        if (refusal)
            *refusal = {409, QStringLiteral("Логин «%1» уже занят").arg(student.login)};
        return std::nullopt;
    }
    const std::optional<SgoSync::NewOrder> made = m_sync.enrol(student, date, number, refusal);
    if (!made)
        return made;
    SgoPerson person;
    person.id = made->studentId;
    person.kind = PersonKind::Student;
    person.name = student.name;
    person.login = student.login;
    person.entry = student.entry;
    person.homeOrganisation = student.homeOrganisation;
    person.groupName =
        m_sync.row(QStringLiteral("groups"), student.groupId).value(QStringLiteral("name")).toString();
    person.enrolled = date <= QDate::currentDate();
    m_people.add(person);
    return made;
}

std::optional<SgoSync::NewOrder> SgoSandbox::withdraw(qint64 sgoStudentId, const QDate &date,
                                                      const QString &number, SgoSync::Refusal *refusal)
{
    const std::optional<SgoSync::NewOrder> made = m_sync.withdraw(sgoStudentId, date, number, refusal);
    SgoPerson *person = made ? m_people.find(sgoStudentId) : nullptr;
    if (person && date <= QDate::currentDate())
        person->enrolled = false;
    return made;
}

SandboxReply SgoSandbox::serve(const SandboxRequest &request)
{
    QStringList path = request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (path.isEmpty() || path.takeFirst() != QLatin1String("webapi"))
        return notFound();
    const QString joined = path.join(QLatin1Char('/'));
    const QByteArray &method = request.method;

    if (joined == QLatin1String("logindata"))
        return method == "GET" ? loginData() : methodNotAllowed();
    if (joined == QLatin1String("auth/getdata"))
        return method == "POST" ? authData(request) : methodNotAllowed();
    if (joined == QLatin1String("addresses/schools"))
        return method == "GET" ? schools() : methodNotAllowed();
    if (joined == QLatin1String("login"))
        return method == "POST" ? login(request) : methodNotAllowed();

    Session *live = session(request);
    if (!live)
        return SandboxReply::message(401, QStringLiteral("Сеанс завершён. Войдите в систему заново"));
    return serveSignedIn(request, path, *live);
}

SandboxReply SgoSandbox::loginData()
{
    const QByteArray cookie = randomHex(16);
    if (m_cookies.size() >= MaxPendingLogins) // a sandbox left running for days forgets old visitors
        m_cookies.clear();
    m_cookies.insert(cookie);
    SandboxReply reply = SandboxReply::json(QJsonObject{
        {QStringLiteral("productName"), QStringLiteral("Сетевой Город. Образование")},
        {QStringLiteral("version"), QStringLiteral("5.40 (spodesk-sandbox)")},
        {QStringLiteral("schoolName"), m_organisation.shortName},
    });
    reply.setHeader("Set-Cookie", CookieName + '=' + cookie + "; path=/; HttpOnly");
    return reply;
}

SandboxReply SgoSandbox::authData(const SandboxRequest &request)
{
    const QByteArray cookie = request.cookie(CookieName);
    if (!m_cookies.contains(cookie))
        return SandboxReply::message(
            400, QStringLiteral("Нет cookie сеанса: сначала откройте страницу входа (logindata)"));
    if (m_pending.size() >= MaxPendingLogins)
        m_pending.clear();
    PendingLogin pending{cookie, randomDigits(10), randomDigits(2)};
    const QByteArray lt = randomDigits(9);
    m_pending.insert(lt, pending);
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("lt"), QString::fromLatin1(lt)},
        {QStringLiteral("ver"), QString::fromLatin1(pending.ver)},
        {QStringLiteral("salt"), QString::fromLatin1(pending.salt)},
    });
}

SandboxReply SgoSandbox::schools() const
{
    return SandboxReply::json(QJsonArray{QJsonObject{
        {QStringLiteral("id"), schoolId},
        {QStringLiteral("name"), m_organisation.name},
        {QStringLiteral("shortName"), m_organisation.shortName},
        {QStringLiteral("addressString"), m_organisation.city},
        {QStringLiteral("countryId"), 2},
        {QStringLiteral("stateId"), 1},
        {QStringLiteral("municipalityDistrictId"), 1},
        {QStringLiteral("cityId"), 1},
        {QStringLiteral("preschool"), false},
    }});
}

SandboxReply SgoSandbox::login(const SandboxRequest &request)
{
    const QByteArray cookie = request.cookie(CookieName);
    const SandboxRequest::Parameters form = SandboxRequest::decodeForm(request.body);
    auto field = [&form](const char *name) {
        for (const auto &[key, value] : form) {
            if (key == QLatin1String(name))
                return value;
        }
        return QString();
    };

    const QByteArray lt = field("lt").toLatin1();
    const auto pending = m_pending.constFind(lt);
    if (pending == m_pending.cend() || pending->cookie != cookie || !m_cookies.contains(cookie))
        return staleLogin();
    const PendingLogin proof = pending.value();
    m_pending.erase(pending); // a salt is good for one attempt
    if (field("ver").toLatin1() != proof.ver)
        return staleLogin();
    if (request.header("referer").isEmpty())
        return SandboxReply::message(400, QStringLiteral("Нет заголовка Referer"));

    const bool ourSchool = field("loginType") == QLatin1String("1") && field("sft") == QLatin1String("2") &&
                           field("scid") == QString::number(schoolId) && field("cid") == QLatin1String("2") &&
                           field("sid") == QLatin1String("1") && field("pid") == QLatin1String("1") &&
                           field("cn") == QLatin1String("1");
    if (!ourSchool)
        return SandboxReply::message(409, QStringLiteral("Организация не найдена"));

    const QString login = field("un").trimmed().toLower();
    if (m_lockedUntil.value(login) > m_clock.elapsed())
        return SandboxReply::message(409,
                                     QStringLiteral("Учётная запись временно заблокирована из-за неудачных "
                                                    "попыток входа. Повторите вход через 15 минут или "
                                                    "обратитесь к администратору"));
    const SgoPerson *person = m_people.findByLogin(field("un"));
    if (!person || person->password.isEmpty() || !Accounts::organisationIssuesLogin(person->entry))
        return wrongPassword();
    const QByteArray expected = SgoPasswordHash::pw2(proof.salt, person->password);
    if (field("pw2").toLatin1() != expected ||
        field("pw").toLatin1() != SgoPasswordHash::pw(expected, person->password)) {
        if (++m_failures[login] >= LockAfterFailures) {
            m_failures.remove(login);
            m_lockedUntil.insert(login, m_clock.elapsed() + LockMs);
        }
        return wrongPassword();
    }
    m_failures.remove(login);

    const QByteArray at = randomHex(24);
    m_sessions.insert(at, Session{person->id, m_clock.elapsed() + m_lifetimeMs});
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("at"), QString::fromLatin1(at)},
        {QStringLiteral("timeOut"), m_lifetimeMs},
        {QStringLiteral("entryPoint"), QStringLiteral("/angular/school/main/")},
        {QStringLiteral("errorMessage"), QJsonValue::Null},
        {QStringLiteral("requestData"), QJsonObject{}},
    });
}

SgoSandbox::Session *SgoSandbox::session(const SandboxRequest &request)
{
    const auto it = m_sessions.find(request.header("at"));
    if (it == m_sessions.end())
        return nullptr;
    const qint64 now = m_clock.elapsed();
    if (now >= it->expiresAtMs) {
        m_sessions.erase(it);
        return nullptr;
    }
    it->expiresAtMs = now + m_lifetimeMs;
    return &it.value();
}

SandboxReply SgoSandbox::serveSignedIn(const SandboxRequest &request, const QStringList &path, Session &live)
{
    const QString joined = path.join(QLatin1Char('/'));
    const bool get = request.method == "GET";
    if (joined == QLatin1String("auth/logout")) {
        if (request.method != "POST")
            return methodNotAllowed();
        m_sessions.remove(request.header("at"));
        return SandboxReply::empty(200);
    }
    if (joined == QLatin1String("context"))
        return get ? context(live) : methodNotAllowed();
    if (joined == QLatin1String("years/current"))
        return get ? currentYear() : methodNotAllowed();
    if (joined == QLatin1String("references/roles")) {
        if (!get)
            return methodNotAllowed();
        QJsonArray roles;
        const std::pair<int, const char *> known[] = {{1, "Администратор системы"},
                                                      {2, "Завуч"},
                                                      {3, "Учитель"},
                                                      {4, "Ученик"},
                                                      {5, "Родитель"},
                                                      {7, "Секретарь"}};
        for (const auto &[id, name] : known)
            roles.append(
                QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), QString::fromUtf8(name)}});
        return SandboxReply::json(roles);
    }
    if (joined == QLatin1String("journal/changes"))
        return journalChanges(request);
    if (path.value(0) == QLatin1String("sync") && path.size() == 2)
        return get ? m_sync.serve(path.at(1), request) : methodNotAllowed();
    if (path.value(0) == QLatin1String("users")) {
        if (path.size() == 1)
            return get ? users(request) : methodNotAllowed();
        return user(request, path);
    }
    return notFound();
}

// Our call, in SGO's style (app/sandbox/sgo-calls.md): POST applies the journal's edits, each once by its id,
// and names every id it holds; GET lists what was applied (for tests and for looking at the demo by hand).
SandboxReply SgoSandbox::journalChanges(const SandboxRequest &request)
{
    if (request.method == "GET") {
        QList<qint64> ids = m_journalChanges.keys();
        std::sort(ids.begin(), ids.end());
        QJsonArray applied;
        for (qint64 id : std::as_const(ids))
            applied.append(id);
        QJsonArray grades;
        for (const QJsonObject &grade : std::as_const(m_finalGrades))
            grades.append(grade);
        QJsonArray parents;
        for (const QJsonObject &parent : std::as_const(m_parentRecords))
            parents.append(parent);
        return SandboxReply::json(QJsonObject{{QStringLiteral("applied"), applied},
                                              {QStringLiteral("finalGrades"), grades},
                                              {QStringLiteral("parents"), parents}});
    }
    if (request.method != "POST")
        return methodNotAllowed();
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue changes = document.object().value(QStringLiteral("changes"));
    if (!changes.isArray())
        return badRequest();
    QJsonArray applied;
    QList<std::pair<qint64, QJsonObject>> accepted;
    for (const QJsonValue &value : changes.toArray()) {
        const QJsonObject change = value.toObject();
        const qint64 id = change.value(QStringLiteral("id")).toInteger(0);
        if (id <= 0 || !change.value(QStringLiteral("kind")).isDouble() ||
            !change.value(QStringLiteral("assignmentId")).isDouble())
            return SandboxReply::message(400,
                                         QStringLiteral("Изменение журнала без номера, вида или нагрузки"));
        // The kinds the journal sends (JournalStore::ChangeKind): a cell, a lesson, a task, a distance
        // lesson; the ЭД's: a final grade, its deferral, its publication, a parent's consent and contacts.
        const int kind = change.value(QStringLiteral("kind")).toInt();
        if (kind < 1 || kind > DiaryKind::Contact)
            return SandboxReply::message(400,
                                         QStringLiteral("Неизвестный вид изменения журнала: %1").arg(kind));
        const QString problem = kind >= DiaryKind::FinalGrade ? diaryProblem(kind, change) : QString();
        if (!problem.isEmpty())
            return SandboxReply::message(400, problem);
        accepted.append({id, change});
        applied.append(id);
    }
    // All or nothing, like the journal's own transaction; in the order sent, each id once.
    for (const auto &[id, change] : std::as_const(accepted)) {
        if (m_journalChanges.contains(id))
            continue;
        m_journalChanges.insert(id, change);
        applyDiaryChange(change);
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("applied"), applied}});
}

void SgoSandbox::applyDiaryChange(const QJsonObject &change)
{
    const int kind = change.value(QStringLiteral("kind")).toInt();
    const QJsonObject payload = change.value(QStringLiteral("payload")).toObject();
    if (kind == DiaryKind::FinalGrade || kind == DiaryKind::Deferral || kind == DiaryKind::SummaryPublished) {
        const qint64 student = change.value(QStringLiteral("studentId")).toInteger();
        const qint64 assignment = change.value(QStringLiteral("assignmentId")).toInteger();
        QJsonObject &grade = m_finalGrades[{student, assignment}];
        if (grade.isEmpty())
            grade = QJsonObject{{QStringLiteral("studentId"), student},
                                {QStringLiteral("assignmentId"), assignment},
                                {QStringLiteral("value"), 0},
                                {QStringLiteral("setAt"), QString()},
                                {QStringLiteral("deferred"), false},
                                {QStringLiteral("deferralReason"), QString()},
                                {QStringLiteral("deferredUntil"), QString()},
                                {QStringLiteral("publishedAt"), QString()}};
        if (kind == DiaryKind::SummaryPublished) {
            grade.insert(QStringLiteral("publishedAt"), payload.value(QStringLiteral("publishedAt")));
            m_sync.putFinalGrade(grade);
            return;
        }
        // A new result is not published yet.
        const bool deferral = kind == DiaryKind::Deferral;
        grade.insert(QStringLiteral("value"), deferral ? 0 : payload.value(QStringLiteral("value")).toInt());
        grade.insert(QStringLiteral("setAt"),
                     deferral ? QString() : payload.value(QStringLiteral("setAt")).toString());
        grade.insert(QStringLiteral("deferred"), deferral);
        grade.insert(QStringLiteral("deferralReason"),
                     deferral ? payload.value(QStringLiteral("reason")).toString() : QString());
        grade.insert(QStringLiteral("deferredUntil"),
                     deferral ? payload.value(QStringLiteral("until")).toString() : QString());
        grade.insert(QStringLiteral("publishedAt"), QString());
        // What every other computer's next pull of finalGrades brings.
        m_sync.putFinalGrade(grade);
        return;
    }
    if (kind != DiaryKind::Consent && kind != DiaryKind::Contact)
        return;
    const qint64 parentId = payload.value(QStringLiteral("parentId")).toInteger();
    QJsonObject &parent = m_parentRecords[parentId];
    if (parent.isEmpty()) {
        // The parent as the college has them, for the fields no change has touched yet.
        const QJsonObject known = m_sync.row(QStringLiteral("parents"), parentId);
        parent = QJsonObject{{QStringLiteral("id"), parentId}};
        for (const char *name : {"phone", "email", "contactSource", "consent", "consentDate"})
            parent.insert(QLatin1String(name), known.value(QLatin1String(name)));
        parent.insert(QStringLiteral("consentForm"), QStringLiteral("unknown"));
    }
    const auto take = [&parent, &payload](std::initializer_list<const char *> names) {
        for (const char *name : names)
            parent.insert(QLatin1String(name), payload.value(QLatin1String(name)));
    };
    if (kind == DiaryKind::Consent)
        take({"consent", "consentDate", "consentForm"});
    else
        take({"phone", "email", "contactSource"});
    // What the parent's row says to every other client from the next pull on.
    m_sync.changeParent(parentId, parent);
}

QJsonObject SgoSandbox::finalGrade(qint64 studentId, qint64 assignmentId) const
{
    return m_finalGrades.value({studentId, assignmentId});
}

QJsonObject SgoSandbox::parentRecord(qint64 parentId) const
{
    return m_parentRecords.value(parentId);
}

// Public clients read userId, user.name, schoolId, organizationName, yearId; the rest is ours
// (app/sandbox/sgo-calls.md): the name in parts, the organisation, the year, role ids and rights.
SandboxReply SgoSandbox::context(const Session &live)
{
    const SgoPerson *person = m_people.find(live.personId);
    const int start = currentYearStart();
    QJsonArray rights;
    if (person && person->rights.testFlag(Right::ManageChats))
        rights.append(QStringLiteral("manageChats"));
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("userId"), live.personId},
        {QStringLiteral("user"),
         QJsonObject{
             {QStringLiteral("id"), live.personId},
             {QStringLiteral("name"), person ? person->name.full() : QString()},
             {QStringLiteral("lastName"), person ? person->name.last : QString()},
             {QStringLiteral("firstName"), person ? person->name.first : QString()},
             {QStringLiteral("middleName"), person ? person->name.middle : QString()},
             {QStringLiteral("login"), person ? person->login : QString()},
         }},
        {QStringLiteral("schoolId"), schoolId},
        {QStringLiteral("organizationName"), m_organisation.name},
        {QStringLiteral("organisation"),
         QJsonObject{{QStringLiteral("id"), schoolId}, {QStringLiteral("name"), m_organisation.name}}},
        {QStringLiteral("yearId"), start},
        {QStringLiteral("year"),
         QJsonObject{{QStringLiteral("id"), start},
                     {QStringLiteral("start"), QDate(start, 9, 1).toString(Qt::ISODate)},
                     {QStringLiteral("end"), QDate(start + 1, 8, 31).toString(Qt::ISODate)}}},
        {QStringLiteral("roles"), SgoSync::roleIds(person ? person->roles : Roles())},
        {QStringLiteral("rights"), rights},
    });
}

SandboxReply SgoSandbox::currentYear() const
{
    const int start = currentYearStart();
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("id"), start},
        {QStringLiteral("name"), QStringLiteral("%1/%2").arg(start).arg(start + 1)},
        {QStringLiteral("startDate"), QStringLiteral("%1-09-01T00:00:00").arg(start)},
        {QStringLiteral("endDate"), QStringLiteral("%1-08-31T00:00:00").arg(start + 1)},
        {QStringLiteral("schoolId"), schoolId},
    });
}

SandboxReply SgoSandbox::users(const SandboxRequest &request) const
{
    const SandboxRequest::Parameters query = request.queryParameters();
    auto value = [&query](const char *name, const QString &fallback) {
        for (const auto &[key, v] : query) {
            if (key == QLatin1String(name))
                return v;
        }
        return fallback;
    };
    const QString role = value("role", {});
    if (role != QLatin1String("student") && role != QLatin1String("parent"))
        return SandboxReply::message(400, QStringLiteral("Укажите роль: student или parent"));
    const QString status = value("status", QStringLiteral("all"));
    if (status != QLatin1String("all") && status != QLatin1String("active"))
        return SandboxReply::message(400, QStringLiteral("Статус: all или active"));
    bool pageOk = false;
    bool sizeOk = false;
    const int page = value("page", QStringLiteral("1")).toInt(&pageOk);
    const int pageSize = value("pageSize", QStringLiteral("50")).toInt(&sizeOk);
    if (!pageOk || !sizeOk || page < 1 || pageSize < 1 || pageSize > 500)
        return SandboxReply::message(400, QStringLiteral("Страница с 1, размер страницы от 1 до 500"));

    const QList<const SgoPerson *> people =
        m_people.list(role == QLatin1String("parent") ? PersonKind::Parent : PersonKind::Student,
                      status == QLatin1String("active"));
    QJsonArray items;
    const qsizetype first = qsizetype(page - 1) * pageSize;
    for (qsizetype i = first; i < people.size() && i < first + pageSize; ++i)
        items.append(m_people.toJson(*people.at(i), false));
    return SandboxReply::json(
        QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("total"), people.size()}});
}

SandboxReply SgoSandbox::user(const SandboxRequest &request, const QStringList &path)
{
    bool ok = false;
    SgoPerson *person = m_people.find(path.at(1).toLongLong(&ok));
    if (!ok || !person || person->kind == PersonKind::Staff)
        return personNotFound();
    const QString action = path.value(2);
    if (path.size() == 2)
        return request.method == "GET" ? SandboxReply::json(m_people.toJson(*person, true))
                                       : methodNotAllowed();
    if (action == QLatin1String("children"))
        return children(request, *person, path);

    QJsonObject body;
    if (path.size() != 3)
        return notFound();
    if (action == QLatin1String("password")) {
        if (request.method != "POST")
            return methodNotAllowed();
        return readJsonObject(request.body, &body) ? changePassword(*person, body) : badRequest();
    }
    if (action == QLatin1String("mustchangepassword")) {
        if (request.method != "PUT")
            return methodNotAllowed();
        return readJsonObject(request.body, &body) ? setMustChangePassword(*person, body) : badRequest();
    }
    return notFound();
}

// Seed 002: «Обратите внимание! Пароль должен содержать не менее 8 символов.»
SandboxReply SgoSandbox::changePassword(SgoPerson &person, const QJsonObject &body)
{
    if (!Accounts::organisationIssuesLogin(person.entry))
        return loginIssuedElsewhere(person);
    const QJsonValue password = body.value(QStringLiteral("newPassword"));
    const QJsonValue mustChange = body.value(QStringLiteral("mustChangePassword"));
    if (!password.isString() || (!mustChange.isUndefined() && !mustChange.isBool()))
        return badRequest();
    if (password.toString().toUcs4().size() < 8)
        return SandboxReply::message(400, QStringLiteral("Пароль должен содержать не менее 8 символов"));
    person.password = password.toString();
    if (mustChange.isBool())
        person.mustChangePassword = mustChange.toBool();
    return SandboxReply::empty(204);
}

SandboxReply SgoSandbox::setMustChangePassword(SgoPerson &person, const QJsonObject &body)
{
    if (!Accounts::organisationIssuesLogin(person.entry))
        return loginIssuedElsewhere(person);
    const QJsonValue value = body.value(QStringLiteral("value"));
    if (!value.isBool())
        return badRequest();
    person.mustChangePassword = value.toBool();
    return SandboxReply::empty(204);
}

SandboxReply SgoSandbox::children(const SandboxRequest &request, SgoPerson &parent, const QStringList &path)
{
    if (parent.kind != PersonKind::Parent)
        return SandboxReply::message(404, QStringLiteral("Родитель не найден"));
    if (path.size() == 3 && request.method == "GET") {
        QJsonArray items;
        const QList<qint64> ids = m_people.childrenOf(parent.id);
        for (qint64 id : ids) {
            if (const SgoPerson *child = m_people.find(id))
                items.append(m_people.toJson(*child, false));
        }
        return SandboxReply::json(items);
    }
    if (path.size() == 3 && request.method == "POST") {
        QJsonObject body;
        if (!readJsonObject(request.body, &body) || !body.value(QStringLiteral("studentId")).isDouble())
            return badRequest();
        const SgoPerson *child = m_people.find(qint64(body.value(QStringLiteral("studentId")).toDouble()));
        if (!child || child->kind != PersonKind::Student)
            return SandboxReply::message(404, QStringLiteral("Ученик не найден"));
        if (m_people.isLinked(parent.id, child->id))
            return SandboxReply::message(409, QStringLiteral("Родитель уже привязан к этому ребёнку"));
        m_people.link(parent.id, child->id);
        return SandboxReply::empty(204);
    }
    if (path.size() == 4 && request.method == "DELETE") {
        bool ok = false;
        const SgoPerson *child = m_people.find(path.at(3).toLongLong(&ok));
        if (!ok || !child || child->kind != PersonKind::Student)
            return SandboxReply::message(404, QStringLiteral("Ученик не найден"));
        m_people.unlink(parent.id, child->id);
        return SandboxReply::empty(204);
    }
    return path.size() <= 4 ? methodNotAllowed() : notFound();
}
