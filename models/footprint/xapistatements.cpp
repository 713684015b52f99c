#include "footprint/xapistatements.h"

#include <QJsonArray>

#include <cstdlib>

namespace XapiStatements {

namespace {

const QString RussianLanguage = QStringLiteral("ru-RU");
const QString ApiExtension = QStringLiteral("https://api.2035.university/");
const QString IdExtension = QStringLiteral("https://id.2035.university/xapi/extension/");

QJsonObject language(const QString &text)
{
    return QJsonObject{{RussianLanguage, text}};
}

QJsonObject verb(const char *id, const char *display)
{
    return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)},
                       {QStringLiteral("display"), language(QString::fromUtf8(display))}};
}

// The samples write U2035's ids as numbers; a flow id shaped like a UUID stays a string.
QJsonValue idValue(const QString &text)
{
    bool number = false;
    const qint64 value = text.toLongLong(&number);
    return number ? QJsonValue(value) : QJsonValue(text);
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        into.insert(it.key(), it.value());
}

QJsonObject statement(const Header &header, const QJsonObject &verbObject, const QJsonObject &object)
{
    QJsonObject result{
        {QStringLiteral("version"), QStringLiteral("1.0.3")},
        {QStringLiteral("timestamp"), timestamp(header.timestamp)},
        {QStringLiteral("actor"), agent(header.actorUntiId)},
        {QStringLiteral("verb"), verbObject},
        {QStringLiteral("object"), object},
    };
    if (!header.id.isNull())
        result.insert(QStringLiteral("id"), header.id.toString(QUuid::WithoutBraces));
    return result;
}

QJsonObject statementRef(const QUuid &id)
{
    return QJsonObject{{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("objectType"), QStringLiteral("StatementRef")}};
}

QJsonObject declaration(const Header &header, const QJsonObject &verbObject, const FootprintNode &node)
{
    QJsonObject definition;
    if (!node.name.isNull()) {
        definition.insert(QStringLiteral("name"), language(node.name));
        definition.insert(QStringLiteral("description"), language(node.description));
        definition.insert(QStringLiteral("type"), activityTypeOf(node.kind, node.activityType));
    }
    QJsonObject extensions = node.definitionExtensions;
    if (node.kind == FootprintNode::Kind::Module || node.kind == FootprintNode::Kind::Theme)
        extensions.insert(QStringLiteral("http://id.tincanapi.com/extension/position"), node.position);
    if (!extensions.isEmpty())
        definition.insert(QStringLiteral("extensions"), extensions);
    const QJsonObject object{{QStringLiteral("id"), node.iri},
                             {QStringLiteral("objectType"), QStringLiteral("Activity")},
                             {QStringLiteral("definition"), definition}};

    QJsonObject context;
    if (!node.parentIri.isEmpty()) {
        QJsonObject parent{{QStringLiteral("id"), node.parentIri},
                           {QStringLiteral("objectType"), QStringLiteral("Activity")}};
        if (!node.parentType.isEmpty())
            parent.insert(QStringLiteral("definition"),
                          QJsonObject{{QStringLiteral("type"), node.parentType}});
        context.insert(QStringLiteral("contextActivities"),
                       QJsonObject{{QStringLiteral("parent"), QJsonArray{parent}}});
    }
    QJsonObject extensionsOfContext = node.contextExtensions;
    merge(extensionsOfContext, contextExtensions(node.context));
    context.insert(QStringLiteral("extensions"), extensionsOfContext);
    if (!node.instructorUntiId.isEmpty())
        context.insert(QStringLiteral("instructor"), agent(node.instructorUntiId));

    QJsonObject result = statement(header, verbObject, object);
    result.insert(QStringLiteral("context"), context);
    return result;
}

QJsonObject factVerb(FootprintFact::Verb kind)
{
    switch (kind) {
    case FootprintFact::Verb::Passed:
        return verb("http://adlnet.gov/expapi/verbs/passed", "Прошёл испытание");
    case FootprintFact::Verb::Failed:
        return verb("http://adlnet.gov/expapi/verbs/failed", "Не прошёл испытание");
    case FootprintFact::Verb::Watched:
        return verb("http://activitystrea.ms/schema/1.0/watch", "Просмотрел видео");
    case FootprintFact::Verb::Viewed:
        return verb("http://id.tincanapi.com/verb/viewed", "Просмотрел");
    case FootprintFact::Verb::Downloaded:
        return verb("http://id.tincanapi.com/verb/downloaded", "Скачал");
    case FootprintFact::Verb::Completed:
        break;
    }
    return verb("http://adlnet.gov/expapi/verbs/completed", "Завершил");
}

} // namespace

QJsonObject agent(const QString &untiId)
{
    return QJsonObject{{QStringLiteral("objectType"), QStringLiteral("Agent")},
                       {QStringLiteral("account"), QJsonObject{{QStringLiteral("homePage"),
                                                                QStringLiteral("https://my.2035.university")},
                                                               {QStringLiteral("name"), untiId}}}};
}

QString timestamp(const QDateTime &time)
{
    const int offset = time.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject contextExtensions(const XapiContext &context)
{
    QJsonObject extensions{{ApiExtension + QStringLiteral("project"), QStringLiteral("БАС")}};
    if (!context.parentCourseId.isEmpty())
        extensions.insert(ApiExtension + QStringLiteral("parent_course_id"), idValue(context.parentCourseId));
    if (!context.flowId.isEmpty())
        extensions.insert(ApiExtension + QStringLiteral("flow_id"), idValue(context.flowId));
    if (context.blockNum)
        extensions.insert(ApiExtension + QStringLiteral("block_num"), *context.blockNum);
    if (context.moduleNum)
        extensions.insert(ApiExtension + QStringLiteral("module_num"), *context.moduleNum);
    if (context.moduleId)
        extensions.insert(ApiExtension + QStringLiteral("module_id"), *context.moduleId);
    if (context.themeId)
        extensions.insert(ApiExtension + QStringLiteral("theme_id"), *context.themeId);
    if (!context.elId.isEmpty())
        extensions.insert(ApiExtension + QStringLiteral("el_id"), context.elId);
    if (context.fd)
        extensions.insert(ApiExtension + QStringLiteral("FD"), true);
    return extensions;
}

QString activityTypeOf(FootprintNode::Kind kind, const QString &activityType)
{
    switch (kind) {
    case FootprintNode::Kind::Course:
        return QStringLiteral("http://adlnet.gov/expapi/activities/course");
    case FootprintNode::Kind::TheoreticalBlock:
        return QStringLiteral("https://id.2035.university/xapi/activities/theoretical-block");
    case FootprintNode::Kind::PracticalBlock:
        return QStringLiteral("https://id.2035.university/xapi/activities/block");
    case FootprintNode::Kind::Module:
        return QStringLiteral("http://adlnet.gov/expapi/activities/module");
    case FootprintNode::Kind::Theme:
        return QStringLiteral("http://adlnet.gov/expapi/activities/theme");
    case FootprintNode::Kind::Assessment:
        return QStringLiteral("http://adlnet.gov/expapi/activities/assessment");
    case FootprintNode::Kind::Activity:
        break;
    }
    return activityType;
}

QString usageType(FootprintAttachment::Usage usage)
{
    switch (usage) {
    case FootprintAttachment::Usage::PracticeDiary:
        return QStringLiteral("https://id.2035.university/xapi/attachments/practice-diary");
    case FootprintAttachment::Usage::OtherDocument:
        return QStringLiteral("https://id.2035.university/xapi/attachments/practice-documents");
    case FootprintAttachment::Usage::FinalDocument:
        return QStringLiteral("https://id.2035.university/xapi/attachments/final-assessment-documents");
    case FootprintAttachment::Usage::OfficialLetter:
        break;
    }
    return QStringLiteral("https://id.2035.university/xapi/attachments/official-letter");
}

QJsonObject author(const Header &header, const FootprintNode &node)
{
    return declaration(header, verb("http://activitystrea.ms/schema/1.0/author", "Будет создан"), node);
}

QJsonObject host(const Header &header, const FootprintNode &node)
{
    return declaration(header, verb("http://activitystrea.ms/schema/1.0/host", "Будет проведено"), node);
}

QJsonObject fact(const Header &header, const FootprintFact &fact)
{
    QJsonObject result = statement(header, factVerb(fact.verb), statementRef(fact.ref));

    QJsonObject outcome;
    if (fact.score) {
        const FootprintFact::Score &score = *fact.score;
        const double span = score.max - score.min;
        outcome.insert(
            QStringLiteral("score"),
            QJsonObject{{QStringLiteral("raw"), score.raw},
                        {QStringLiteral("min"), score.min},
                        {QStringLiteral("max"), score.max},
                        {QStringLiteral("scaled"), span > 0 ? (score.raw - score.min) / span : 0.0}});
    }
    if (fact.success)
        outcome.insert(QStringLiteral("success"), *fact.success);
    if (!fact.duration.isEmpty())
        outcome.insert(QStringLiteral("duration"), fact.duration);
    QJsonObject resultExtensions = fact.resultExtensions;
    if (fact.attemptsIndex)
        resultExtensions.insert(ApiExtension + QStringLiteral("attempts_index"), *fact.attemptsIndex);
    if (fact.attemptsMax)
        resultExtensions.insert(ApiExtension + QStringLiteral("attempts_max"), *fact.attemptsMax);
    if (!fact.target.isEmpty())
        resultExtensions.insert(ApiExtension + QStringLiteral("target"), fact.target);
    if (fact.viewPercentage)
        resultExtensions.insert(IdExtension + QStringLiteral("view_percentage"), *fact.viewPercentage);
    if (fact.watchedRecording)
        resultExtensions.insert(IdExtension + QStringLiteral("watched_the_recording"),
                                *fact.watchedRecording);
    if (!resultExtensions.isEmpty())
        outcome.insert(QStringLiteral("extensions"), resultExtensions);
    if (!outcome.isEmpty())
        result.insert(QStringLiteral("result"), outcome);

    QJsonObject context;
    if (!fact.parentIri.isEmpty()) {
        context.insert(QStringLiteral("contextActivities"),
                       QJsonObject{{QStringLiteral("parent"),
                                    QJsonArray{QJsonObject{{QStringLiteral("id"), fact.parentIri}}}}});
    }
    QJsonObject extensions = fact.contextExtensions;
    merge(extensions, contextExtensions(fact.context));
    context.insert(QStringLiteral("extensions"), extensions);
    result.insert(QStringLiteral("context"), context);

    if (!fact.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const FootprintAttachment &document : fact.attachments)
            attachments.append(attachment(document));
        result.insert(QStringLiteral("attachments"), attachments);
    }
    return result;
}

QJsonObject cancel(const Header &header, const QUuid &cancelled, const XapiContext &context,
                   const std::optional<FootprintAttachment> &letter)
{
    QJsonObject result = statement(
        header, verb("http://activitystrea.ms/schema/1.0/cancel", "Будет отменено"), statementRef(cancelled));
    result.insert(QStringLiteral("context"),
                  QJsonObject{{QStringLiteral("extensions"), contextExtensions(context)}});
    if (letter)
        result.insert(QStringLiteral("attachments"), QJsonArray{attachment(*letter)});
    return result;
}

QJsonObject cancelOf(const QJsonObject &cancelled, const QUuid &cancelledId, const QDateTime &timestamp,
                     const std::optional<FootprintAttachment> &letter)
{
    const QString actor = cancelled.value(QStringLiteral("actor"))
                              .toObject()
                              .value(QStringLiteral("account"))
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    // U2035's own context keys say which course, flow, block and element the cancelled fact was about.
    const QJsonObject old =
        cancelled.value(QStringLiteral("context")).toObject().value(QStringLiteral("extensions")).toObject();
    QJsonObject extensions;
    for (const char *key : {"project", "parent_course_id", "flow_id", "block_num", "module_num", "module_id",
                            "theme_id", "el_id"}) {
        const QString name = ApiExtension + QLatin1String(key);
        if (old.contains(name))
            extensions.insert(name, old.value(name));
    }
    QJsonObject result = statement({QUuid(), timestamp, actor},
                                   verb("http://activitystrea.ms/schema/1.0/cancel", "Будет отменено"),
                                   statementRef(cancelledId));
    result.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("extensions"), extensions}});
    if (letter)
        result.insert(QStringLiteral("attachments"), QJsonArray{attachment(*letter)});
    return result;
}

QJsonObject attachment(const FootprintAttachment &document)
{
    QString display;
    QString description;
    switch (document.usage) {
    case FootprintAttachment::Usage::PracticeDiary:
        display = QStringLiteral("Дневник");
        description = QStringLiteral("Скан дневника прохождения блока практической подготовки");
        break;
    case FootprintAttachment::Usage::OtherDocument:
        display = QStringLiteral("Документ");
        description = QStringLiteral("Документ о прохождении практического блока: %1").arg(document.fileName);
        break;
    case FootprintAttachment::Usage::FinalDocument:
        display = QStringLiteral("Документ итоговой аттестации");
        description = QStringLiteral("Документ, подтверждающий проведение итоговой аттестации: %1")
                          .arg(document.fileName);
        break;
    case FootprintAttachment::Usage::OfficialLetter:
        display = QStringLiteral("Письмо Провайдера");
        description = QStringLiteral("Скан официального письма с описанием причин отмены");
        break;
    }
    return QJsonObject{{QStringLiteral("usageType"), usageType(document.usage)},
                       {QStringLiteral("display"), language(display)},
                       {QStringLiteral("description"), language(description)},
                       {QStringLiteral("contentType"), document.contentType},
                       {QStringLiteral("length"), document.length},
                       {QStringLiteral("fileUrl"), document.fileUrl},
                       {QStringLiteral("sha2"), document.sha2}};
}

} // namespace XapiStatements
