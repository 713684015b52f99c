#pragma once

#include <QByteArray>
#include <QString>

// SGO's sign-in proof (public SGO clients): pw2 = md5hex(salt + md5hex(password in windows-1251)),
// pw = pw2[0:len(password)]. The server checks both against the password it knows.
namespace SgoPasswordHash {

// Characters windows-1251 lacks become '?', as the browser form would send them.
QByteArray windows1251(const QString &text);
QByteArray pw2(const QByteArray &salt, const QString &password);
QByteArray pw(const QByteArray &pw2, const QString &password);

} // namespace SgoPasswordHash
