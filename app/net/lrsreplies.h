#pragma once

#include "net/netresult.h"

#include <QByteArray>
#include <QStringList>

// Replies of an xAPI 1.0.3 LRS (U2035's, or Learning Locker's statements service in tests).
namespace LrsReplies {

// POST /statements → 200 with the array of statement ids, in order. expectedCount < 0: any length.
NetResult<QStringList> parseStatementIds(const QByteArray &body, int expectedCount = -1);
// Any other status. The LRS explains itself as {"errorId","message"} or {"errorId","warnings":[…]};
// 409 (same id, different content) is a Conflict; 400 a ServiceError carrying the LRS's reason.
NetError parseFailure(int status, const QByteArray &body);

} // namespace LrsReplies
