#pragma once

#include <QByteArray>
#include <QString>

// The proof SGO's login form carries instead of the password (public SGO clients; ../shared/sgo/README.md):
//   pw2 = md5hex(salt + md5hex(password encoded in windows-1251)),  pw = pw2[0:len(password)]
namespace SgoLoginForm {

// windows-1251 bytes of text; a character the code page lacks becomes '?', as a browser form would send it.
QByteArray windows1251(const QString &text);
QByteArray pw2(const QString &salt, const QString &password);
QByteArray pw(const QByteArray &pw2, const QString &password);

} // namespace SgoLoginForm
