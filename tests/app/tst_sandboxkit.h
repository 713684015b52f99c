#pragma once

// Shared by the tst_sandbox* tests: a small hand-made college and a blocking-free way to talk HTTP to the
// sandbox with QNetworkAccessManager.

#include "sandboxids.h"

#include "college/collegedata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace SandboxKit {

// Staff 1 admin «admin», 2 curator of ДО-19-3 «kagan», 3 subject teacher «petrov»; students 1–3 in ДО-19-3
// (3 withdrawn), student 4 in ЭБ-23-1 enrolled from another organisation's list; parents 1 (of 1), 2 (of 2),
// 3 (no child yet, entered from another organisation's list).
inline CollegeData smallCollege()
{
    CollegeData college;
    college.organisation.name = QStringLiteral("ГБПОУ «Колледж сферы услуг»");
    college.organisation.shortName = QStringLiteral("Колледж сферы услуг");
    college.organisation.city = QStringLiteral("Москва");
    college.organisation.vkCommunityId = QStringLiteral("club225001");

    auto staff = [&college](qint64 id, const char *last, const char *first, const char *middle, Roles roles,
                            const char *login) {
        StaffMember member;
        member.id = id;
        member.name = {QString::fromUtf8(last), QString::fromUtf8(first), QString::fromUtf8(middle)};
        member.roles = roles;
        member.login = QString::fromUtf8(login);
        college.staff << member;
    };
    staff(1, "Соколова", "Ирина", "Павловна", Role::Admin, "admin");
    staff(2, "Каган", "Наталья", "Владимировна", Role::Curator | Role::SubjectTeacher, "kagan");
    staff(3, "Петров", "Олег", "Игоревич", Role::SubjectTeacher, "petrov");

    college.groups << Group{1,
                            QStringLiteral("ДО-19-3"),
                            3,
                            2,
                            QStringLiteral("Дошкольное образование"),
                            QDate(2019, 9, 1)}
                   << Group{2, QStringLiteral("ЭБ-23-1"),   1,
                            2, QStringLiteral("Экономика"), QDate(2023, 9, 1)};

    auto student = [&college](qint64 id, const char *last, const char *first, qint64 group, const char *login,
                              EntryMethod entry, const char *home) {
        Student s;
        s.id = id;
        s.name = {QString::fromUtf8(last), QString::fromUtf8(first), QString()};
        s.groupId = group;
        s.login = QString::fromUtf8(login);
        s.entry = entry;
        s.homeOrganisation = QString::fromUtf8(home);
        college.students << s;
        college.orders << EnrolmentOrder{
            id, id, group, EnrolmentOrder::Kind::Enrolment, QDate(2023, 9, 1), QStringLiteral("%1-к").arg(id),
            0};
    };
    student(1, "Алексеева", "Анна", 1, "alekseeva.a", EntryMethod::QuickEntry, "");
    student(2, "Борисов", "Борис", 1, "borisov.b", EntryMethod::Import, "");
    student(3, "Васильев", "Виктор", 1, "vasiliev.v", EntryMethod::QuickEntry, "");
    student(4, "Григорьева", "Галина", 2, "grigorieva.g", EntryMethod::OtherOrganisationList, "Школа № 17");
    college.orders << EnrolmentOrder{
        10, 3, 1, EnrolmentOrder::Kind::Withdrawal, QDate(2024, 1, 15), QStringLiteral("10-в"), 0};

    auto parent = [&college](qint64 id, const char *last, const char *first, const char *login,
                             EntryMethod entry) {
        Parent p;
        p.id = id;
        p.name = {QString::fromUtf8(last), QString::fromUtf8(first), QString()};
        p.login = QString::fromUtf8(login);
        p.entry = entry;
        if (entry == EntryMethod::OtherOrganisationList)
            p.homeOrganisation = QStringLiteral("Школа № 17");
        college.parents << p;
    };
    parent(1, "Алексеев", "Андрей", "alekseev.parent", EntryMethod::QuickEntry);
    parent(2, "Борисова", "Белла", "borisova.parent", EntryMethod::Import);
    parent(3, "Григорьев", "Глеб", "grigoriev.parent", EntryMethod::OtherOrganisationList);
    college.parentLinks << ParentLink{1, 1, QStringLiteral("отец")}
                        << ParentLink{2, 2, QStringLiteral("мать")};
    return college;
}

inline qint64 sgoStudent(qint64 id)
{
    return SandboxIds::sgoUserId(SandboxIds::PersonKind::Student, id);
}

inline qint64 sgoParent(qint64 id)
{
    return SandboxIds::sgoUserId(SandboxIds::PersonKind::Parent, id);
}

inline qint64 vkStudent(qint64 id)
{
    return SandboxIds::vkUserId(SandboxIds::PersonKind::Student, id);
}

inline qint64 vkParent(qint64 id)
{
    return SandboxIds::vkUserId(SandboxIds::PersonKind::Parent, id);
}

inline qint64 vkStaff(qint64 id)
{
    return SandboxIds::vkUserId(SandboxIds::PersonKind::Staff, id);
}

// What came back, read once the reply finished.
struct Response
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// Waits on the reply's own finished signal (the event loop keeps running, so the sandbox on this thread
// answers).
inline Response await(QNetworkReply *reply, int timeoutMs = 10000)
{
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> owner(
        reply, [](QNetworkReply *r) { r->deleteLater(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Response response;
    response.finished = reply->isFinished() || finished.wait(timeoutMs);
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.error = reply->error();
    if (reply->isOpen())
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    return response;
}

inline QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

inline QNetworkRequest request(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

inline QUrl withPath(QUrl url, const QString &path, const QUrlQuery &query = {})
{
    url.setPath(url.path() + path);
    url.setQuery(query);
    return url;
}

} // namespace SandboxKit
