#pragma once

#include "net/netresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Replies of the public SGO web API sign-in flow (../shared/sgo/README.md).
namespace SgoReplies {

// POST webapi/auth/getdata
struct AuthData
{
    QString lt;
    QString ver;
    QString salt;
};
NetResult<AuthData> parseAuthData(const QByteArray &body);

// GET webapi/addresses/schools?funcType=2: the organisations and the ids the login form needs
// (cid = countryId, sid = stateId, pid = municipalityDistrictId, cn = cityId, scid = id).
struct School
{
    qint64 scid = 0;
    qint64 cid = 0;
    qint64 sid = 0;
    qint64 pid = 0;
    qint64 cn = 0;
    QString name;
    QString shortName;
};
NetResult<QList<School>> parseSchools(const QByteArray &body);

// POST webapi/login → {at, timeOut (milliseconds), …}
struct Session
{
    QByteArray at;
    qint64 timeOutMs = 0;
};
NetResult<Session> parseLogin(const QByteArray &body);

// Errors are an HTTP status with {"message": "<Russian text for a person>"}: the message is the service's
// own words. 409 at login is a wrong password (a ServiceError carrying SGO's message), 401 an expired
// session.
NetError parseFailure(int status, const QByteArray &body);

} // namespace SgoReplies
