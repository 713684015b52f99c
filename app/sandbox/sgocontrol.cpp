#include "sgocontrol.h"

#include "sandboxreply.h"
#include "sandboxrequest.h"
#include "sgosandbox.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

SandboxReply badRequest(const QString &text)
{
    return SandboxReply::message(400, text);
}

SandboxReply refused(const SgoSync::Refusal &refusal)
{
    return SandboxReply::message(refusal.status, refusal.message);
}

bool isId(const QJsonValue &value)
{
    return value.isDouble() && value.toInteger(0) > 0;
}

// Absent: today, as the office's order is usually dated.
bool readDate(const QJsonObject &body, QDate *date)
{
    const QJsonValue value = body.value(QStringLiteral("date"));
    *date = value.isUndefined() ? QDate::currentDate() : QDate::fromString(value.toString(), Qt::ISODate);
    return date->isValid();
}

SandboxReply mark(SgoSandbox &sgo, const QJsonObject &body)
{
    const QJsonValue value = body.value(QStringLiteral("value"));
    const QJsonValue absent = body.value(QStringLiteral("absent"));
    if (!isId(body.value(QStringLiteral("lessonId"))) || !isId(body.value(QStringLiteral("studentId"))) ||
        !(value.isUndefined() || value.isDouble()) || !(absent.isUndefined() || absent.isBool()))
        return badRequest(QStringLiteral("Нужны lessonId, studentId, value и/или absent"));
    const int mark = value.toInt(0);
    if (mark != 0 && (mark < 2 || mark > 5))
        return badRequest(QStringLiteral("Отметка от 2 до 5 (0 — без отметки)"));
    if (!sgo.setMark(body.value(QStringLiteral("lessonId")).toInteger(),
                     body.value(QStringLiteral("studentId")).toInteger(), mark, absent.toBool(false)))
        return SandboxReply::message(404, QStringLiteral("Урок или ученик не найден"));
    return SandboxReply::empty(204);
}

bool readStudent(const QJsonObject &json, Student *student)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    for (const char *key : {"lastName", "firstName", "middleName", "birthDate", "untiId", "login", "entry",
                            "homeOrganisation"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isString())
            return false;
    }
    student->name = PersonName{text("lastName"), text("firstName"), text("middleName")};
    student->birthDate = QDate::fromString(text("birthDate"), Qt::ISODate);
    student->untiId = text("untiId");
    student->login = text("login");
    student->homeOrganisation = text("homeOrganisation");
    // Absent: a login issued here, as for most students the office enrols.
    const QString entry = text("entry");
    bool knownEntry = entry.isEmpty();
    for (const EntryMethod method :
         {EntryMethod::QuickEntry, EntryMethod::Import, EntryMethod::OtherOrganisationList}) {
        if (entry == SgoPeople::entryName(method)) {
            student->entry = method;
            knownEntry = true;
        }
    }
    return knownEntry && (text("birthDate").isEmpty() || student->birthDate.isValid());
}

SandboxReply order(SgoSandbox &sgo, const QJsonObject &body)
{
    const QString kind = body.value(QStringLiteral("kind")).toString();
    const QJsonValue number = body.value(QStringLiteral("number"));
    QDate date;
    if (!readDate(body, &date) || !(number.isUndefined() || number.isString()))
        return badRequest(QStringLiteral("Дата приказа — ГГГГ-ММ-ДД, номер — строка"));

    std::optional<SgoSync::NewOrder> made;
    SgoSync::Refusal refusal;
    if (kind == QLatin1String("enrolment")) {
        Student student;
        if (!isId(body.value(QStringLiteral("groupId"))) ||
            !readStudent(body.value(QStringLiteral("student")).toObject(), &student))
            return badRequest(QStringLiteral("Нужны groupId и student (фамилия, имя, …)"));
        student.groupId = body.value(QStringLiteral("groupId")).toInteger();
        made = sgo.enrol(student, date, number.toString(), &refusal);
    } else if (kind == QLatin1String("withdrawal")) {
        if (!isId(body.value(QStringLiteral("studentId"))))
            return badRequest(QStringLiteral("Нужен studentId"));
        made = sgo.withdraw(body.value(QStringLiteral("studentId")).toInteger(), date, number.toString(),
                            &refusal);
    } else {
        return badRequest(QStringLiteral("Вид приказа: enrolment или withdrawal"));
    }
    if (!made)
        return refused(refusal);
    return SandboxReply::json(QJsonObject{{QStringLiteral("orderId"), made->orderId},
                                          {QStringLiteral("studentId"), made->studentId}},
                              201);
}

} // namespace

SandboxReply SgoControl::serve(SgoSandbox &sgo, const SandboxRequest &request)
{
    // "/sandbox/sgo/<what>[/<id>]"
    const QStringList path = request.path().split(QLatin1Char('/'), Qt::SkipEmptyParts).mid(2);
    const QString what = path.value(0);
    if (what == QLatin1String("lessons") && path.size() == 2) {
        if (request.method != "DELETE")
            return SandboxReply::message(405, QStringLiteral("DELETE"));
        bool ok = false;
        const qint64 id = path.at(1).toLongLong(&ok);
        if (!ok || !sgo.deleteLesson(id))
            return SandboxReply::message(404, QStringLiteral("Урок %1 не найден").arg(path.at(1)));
        return SandboxReply::empty(204);
    }
    if ((what != QLatin1String("marks") && what != QLatin1String("orders")) || path.size() != 1)
        return SandboxReply::message(
            404, QStringLiteral("/sandbox/sgo/: POST marks, POST orders, DELETE lessons/{id}"));
    if (request.method != "POST")
        return SandboxReply::message(405, QStringLiteral("POST"));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return badRequest(QStringLiteral("Ожидается объект JSON"));
    return what == QLatin1String("marks") ? mark(sgo, document.object()) : order(sgo, document.object());
}
