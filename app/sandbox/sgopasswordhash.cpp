#include "sgopasswordhash.h"

#include <QCryptographicHash>

#include <array>

namespace {

// Code points of windows-1251 bytes 0x80..0xBF (0x98 is unassigned); 0xC0..0xFF are А..я in order.
constexpr std::array<char16_t, 64> upperHalf = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

char encode(char16_t c)
{
    if (c < 0x80)
        return char(c);
    if (c >= 0x0410 && c <= 0x044F)
        return char(0xC0 + (c - 0x0410));
    for (std::size_t i = 0; i < upperHalf.size(); ++i) {
        if (upperHalf[i] == c && c != 0xFFFD)
            return char(0x80 + i);
    }
    return '?';
}

QByteArray md5Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

} // namespace

namespace SgoPasswordHash {

QByteArray windows1251(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(encode(c.unicode()));
    return out;
}

QByteArray pw2(const QByteArray &salt, const QString &password)
{
    return md5Hex(salt + md5Hex(windows1251(password)));
}

QByteArray pw(const QByteArray &pw2, const QString &password)
{
    return pw2.left(password.size());
}

} // namespace SgoPasswordHash
