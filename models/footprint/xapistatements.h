#pragma once

#include "footprint/footprintattachment.h"
#include "footprint/footprintfact.h"
#include "footprint/footprintnode.h"
#include "footprint/xapicontext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>

// The xAPI 1.0.3 statements U2035 takes, in the shapes of ../shared/u2035/samples: the structure first
// (author, host), then the learner facts as StatementRefs to it, and cancel for corrections.
namespace XapiStatements {

struct Header
{
    QUuid id;            // null: no "id" key (the outbox writes the id it derives from the fact and revision)
    QDateTime timestamp; // written with its offset
    QString actorUntiId; // the learner for facts, the methodist for structure
};

// {"objectType":"Agent","account":{"homePage":"https://my.2035.university","name":untiId}}
QJsonObject agent(const QString &untiId);
// ISO 8601 with a numeric offset, as the samples have it: 2023-09-14T20:01:02+03:00.
QString timestamp(const QDateTime &time);
// The context extensions U2035 asks of every statement.
QJsonObject contextExtensions(const XapiContext &context);
QString activityTypeOf(FootprintNode::Kind kind, const QString &activityType = {});
QString usageType(FootprintAttachment::Usage usage);

QJsonObject author(const Header &header, const FootprintNode &node);
QJsonObject host(const Header &header, const FootprintNode &node);
QJsonObject fact(const Header &header, const FootprintFact &fact);
// README "corrections": verb cancel with a StatementRef to the old statement; U2035 asks for the provider's
// official letter as an attachment.
QJsonObject cancel(const Header &header, const QUuid &cancelled, const XapiContext &context,
                   const std::optional<FootprintAttachment> &letter = std::nullopt);
// The cancel of a statement once sent, by the same actor and with the same U2035 context as it had.
QJsonObject cancelOf(const QJsonObject &cancelled, const QUuid &cancelledId, const QDateTime &timestamp,
                     const std::optional<FootprintAttachment> &letter = std::nullopt);
QJsonObject attachment(const FootprintAttachment &attachment);

} // namespace XapiStatements
