#include "footprint/footprintstatementid.h"
#include "footprint/xapistatements.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every statement kind built from domain values equal to a U2035 sample has that sample's shape: the same
// keys at every level, the same JSON types, the same verb, object types, activity types and usage types.
class TestFootprintStatements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorCourse();
    void authorBlock();
    void authorModule();
    void authorTheme();
    void authorActivity_data();
    void authorActivity();
    void authorArticle();
    void hostAssessment_data();
    void hostAssessment();
    void hostActivityFactDefinition();
    void hostAssessmentBlockFactDefinition();
    void hostAssessmentFinalFactDefinition();
    void passedActivityFact();
    void passedAssessmentFact();
    void passedPracticeDiary();
    void textFacts_data();
    void textFacts();
    void cancelStatement();
    void timestampKeepsTheOffset();
    void idIsDeterministic();
    void idTellsFactsApart();
    void idNeverChanges();
};

namespace {

const QString ru = QStringLiteral("ru-RU");
const QString api = QStringLiteral("https://api.2035.university/");
const QString idx = QStringLiteral("https://id.2035.university/xapi/extension/");

QJsonObject sample(const QString &name)
{
    QFile file(TestPaths::sharedDir() + QStringLiteral("/u2035/samples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// The values that say what a statement is, beyond its shape.
bool isIdentifying(const QString &path)
{
    static const QStringList exact{
        QStringLiteral("/version"),           QStringLiteral("/verb/id"),
        QStringLiteral("/object/objectType"), QStringLiteral("/object/definition/type"),
        QStringLiteral("/actor/objectType"),  QStringLiteral("/actor/account/homePage"),
    };
    return exact.contains(path) || path.endsWith(QLatin1String("/usageType")) ||
           (path.startsWith(QLatin1String("/context/contextActivities/parent/")) &&
            path.endsWith(QLatin1String("/definition/type"))) ||
           path.startsWith(QLatin1String("/object/definition/extensions/") + idx +
                           QLatin1String("assessment_type"));
}

// Differences between the shapes of two JSON values, one line each.
void compareShape(const QJsonValue &built, const QJsonValue &expected, const QString &path,
                  QStringList *differences)
{
    if (typeName(built) != typeName(expected)) {
        *differences << QStringLiteral("%1: %2 instead of %3").arg(path, typeName(built), typeName(expected));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject b = built.toObject();
        const QJsonObject e = expected.toObject();
        for (const QString &key : e.keys()) {
            if (!b.contains(key))
                *differences << QStringLiteral("%1/%2: missing").arg(path, key);
            else
                compareShape(b.value(key), e.value(key), path + QLatin1Char('/') + key, differences);
        }
        for (const QString &key : b.keys()) {
            if (!e.contains(key))
                *differences << QStringLiteral("%1/%2: not in the sample").arg(path, key);
        }
    } else if (expected.isArray()) {
        const QJsonArray b = built.toArray();
        const QJsonArray e = expected.toArray();
        if (b.size() != e.size())
            *differences
                << QStringLiteral("%1: %2 items instead of %3").arg(path).arg(b.size()).arg(e.size());
        for (qsizetype i = 0; i < std::min(b.size(), e.size()); ++i)
            compareShape(b.at(i), e.at(i), path + QLatin1Char('/') + QString::number(i), differences);
    } else if (isIdentifying(path) && built != expected) {
        *differences << QStringLiteral("%1: %2 instead of %3")
                            .arg(path, built.toVariant().toString(), expected.toVariant().toString());
    }
}

QString shapeDifferences(const QJsonObject &built, const QString &sampleName)
{
    QStringList differences;
    compareShape(built, sample(sampleName), QString(), &differences);
    return differences.join(QLatin1Char('\n'));
}

#define COMPARE_SHAPE(built, name)                                                                           \
    do {                                                                                                     \
        const QString differences = shapeDifferences(built, QStringLiteral(name));                           \
        QVERIFY2(differences.isEmpty(),                                                                      \
                 qPrintable(QStringLiteral(name) + QStringLiteral(":\n") + differences));                    \
    } while (false)

const QDateTime sampleTime(QDate(2023, 9, 14), QTime(20, 1, 2), Qt::OffsetFromUTC, 3 * 3600);

XapiStatements::Header header(const QString &unti = QStringLiteral("11111"), const QUuid &id = {})
{
    return {id, sampleTime, unti};
}

XapiContext context(std::optional<int> block = std::nullopt)
{
    XapiContext c;
    c.parentCourseId = QStringLiteral("12345");
    c.flowId = QStringLiteral("234");
    c.blockNum = block;
    return c;
}

QJsonObject hours()
{
    return {{idx + QStringLiteral("lectures_minutes_astronomy"), 45},
            {idx + QStringLiteral("workshops_minutes_astronomy"), 45},
            {idx + QStringLiteral("independent_work_minutes_astronomy"), 45},
            {idx + QStringLiteral("lectures_hours_academic"), 1},
            {idx + QStringLiteral("workshops_hours_academic"), 1},
            {idx + QStringLiteral("independent_work_hours_academic"), 1}};
}

QJsonObject fixation()
{
    return {{idx + QStringLiteral("method_of_fixation"), QStringLiteral("Фиксация в LMS")},
            {idx + QStringLiteral("id_of_responsible_for_fixation"),
             QJsonArray{QStringLiteral("33333"), QStringLiteral("44444")}},
            {idx + QStringLiteral("role_of_responsible_for_fixation"),
             QJsonArray{QStringLiteral("Методист"), QStringLiteral("Методист")}}};
}

const QString base = QStringLiteral("https://PROVIDER.ru/courses/1");

} // namespace

void TestFootprintStatements::authorCourse()
{
    FootprintNode course;
    course.kind = FootprintNode::Kind::Course;
    course.iri = base;
    course.name = QStringLiteral("Основы квантовой нумерологии");
    course.description = QStringLiteral("Эксклюзивный курс от мегакоуча и амбассадора гомеопатии");
    course.context.parentCourseId = QStringLiteral("12345");
    course.contextExtensions.insert(idx + QStringLiteral("is_online"), true);
    XapiStatements::Header h = header();
    h.timestamp = QDateTime(QDate(2023, 9, 14), QTime(17, 1, 2), Qt::OffsetFromUTC, 0);
    const QJsonObject built = XapiStatements::author(h, course);
    COMPARE_SHAPE(built, "author_course_req.json");
    // Built from the sample's own values, it is the sample.
    QCOMPARE(built, sample(QStringLiteral("author_course_req.json")));
}

void TestFootprintStatements::authorBlock()
{
    FootprintNode block;
    block.kind = FootprintNode::Kind::TheoreticalBlock;
    block.iri = base + QStringLiteral("/theory");
    block.name = QStringLiteral("Теоретические занятия");
    block.description = QLatin1String("");
    block.parentIri = base;
    block.parentType = XapiStatements::activityTypeOf(FootprintNode::Kind::Course);
    block.context = context(1);
    const QJsonObject built = XapiStatements::author(header(), block);
    COMPARE_SHAPE(built, "author_block_req.json");
    QCOMPARE(built, sample(QStringLiteral("author_block_req.json")));
}

void TestFootprintStatements::authorModule()
{
    FootprintNode module;
    module.kind = FootprintNode::Kind::Module;
    module.iri = base + QStringLiteral("/theory/modules/1");
    module.name = QStringLiteral("Собственные числа гамильтониана как предмет изучения нумерологии");
    module.description = QStringLiteral("Повтор основ квантовой механики. Уравнение Шрёдингера и его кот.");
    module.position = 1;
    module.parentIri = base + QStringLiteral("/theory");
    module.parentType = QStringLiteral("https://id.2035.university/xapi/activities/block");
    module.context = context(1);
    const QJsonObject built = XapiStatements::author(header(), module);
    COMPARE_SHAPE(built, "author_module_req.json");
    QCOMPARE(built, sample(QStringLiteral("author_module_req.json")));
}

void TestFootprintStatements::authorTheme()
{
    FootprintNode theme;
    theme.kind = FootprintNode::Kind::Theme;
    theme.iri = base + QStringLiteral("/theory/modules/1/themes/1");
    theme.name = QStringLiteral("Собственные числа гамильтониана как предмет изучения нумерологии");
    theme.description = QStringLiteral("Повтор основ квантовой механики. Уравнение Шрёдингера и его кот.");
    theme.position = 1;
    theme.parentIri = base + QStringLiteral("/theory/modules/1");
    theme.parentType = QStringLiteral("https://id.2035.university/xapi/activities/module");
    theme.context = context(1);
    theme.context.themeId = 123;
    theme.context.moduleId = 23;
    const QJsonObject built = XapiStatements::author(header(), theme);
    COMPARE_SHAPE(built, "author_theme_req.json");
    QCOMPARE(built, sample(QStringLiteral("author_theme_req.json")));
}

static FootprintNode videoActivity()
{
    FootprintNode video;
    video.kind = FootprintNode::Kind::Activity;
    video.iri = base + QStringLiteral("/theory/modules/1/themes/1/activities/1");
    video.name = QStringLiteral("Вхождение Урана в Козерога");
    video.description = QStringLiteral("Захватывающее видео");
    video.activityType = QStringLiteral("http://activitystrea.ms/schema/1.0/video");
    video.definitionExtensions = hours();
    video.definitionExtensions.insert(idx + QStringLiteral("required"), true);
    video.definitionExtensions.insert(idx + QStringLiteral("video_type"), QStringLiteral("video"));
    video.definitionExtensions.insert(idx + QStringLiteral("webinar_link"),
                                      QStringLiteral("www.example.com"));
    video.definitionExtensions.insert(idx + QStringLiteral("webinar_datetime"),
                                      QStringLiteral("2023-09-15T10:00:00+03:00"));
    video.contextExtensions.insert(QStringLiteral("https://w3id.org/xapi/video/extensions/length"),
                                   QStringLiteral("PT1H35M"));
    video.parentIri = base + QStringLiteral("/theory/modules/1/themes/1");
    video.parentType = XapiStatements::activityTypeOf(FootprintNode::Kind::Theme);
    video.context = context(1);
    video.context.moduleId = 23;
    video.context.themeId = 123;
    return video;
}

void TestFootprintStatements::authorActivity_data()
{
    QTest::addColumn<QString>("sampleName");
    QTest::newRow("activity") << QStringLiteral("author_activity_req.json");
    QTest::newRow("video") << QStringLiteral("author_activity_video_req.json");
}

void TestFootprintStatements::authorActivity()
{
    QFETCH(QString, sampleName);
    const QJsonObject built = XapiStatements::author(header(), videoActivity());
    const QString differences = shapeDifferences(built, sampleName);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    QCOMPARE(built, sample(sampleName));
}

void TestFootprintStatements::authorArticle()
{
    FootprintNode article = videoActivity();
    article.name = QStringLiteral("Sal gemmae");
    article.description = QStringLiteral("Каменная соль: история добычи");
    article.activityType = QStringLiteral("http://activitystrea.ms/schema/1.0/article");
    article.definitionExtensions = hours();
    article.definitionExtensions.insert(idx + QStringLiteral("required"), true);
    article.contextExtensions = {};
    const QJsonObject built = XapiStatements::author(header(), article);
    COMPARE_SHAPE(built, "author_activity_article_req.json");
    QCOMPARE(built, sample(QStringLiteral("author_activity_article_req.json")));
}

void TestFootprintStatements::hostAssessment_data()
{
    QTest::addColumn<QString>("sampleName");
    QTest::addColumn<QString>("iri");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("assessmentType");
    QTest::addColumn<QString>("parentIri");
    QTest::addColumn<QString>("parentType");
    QTest::addColumn<int>("block");
    QTest::addColumn<qint64>("moduleId");
    QTest::addColumn<QJsonObject>("contextExtensions");

    QTest::newRow("block") << QStringLiteral("host_assessment_block_req.json")
                           << base + QStringLiteral("/theory/assessments/15")
                           << QStringLiteral("Тест в блоке")
                           << QStringLiteral("Промежуточная аттестация на уровне блока")
                           << QStringLiteral("intermediate") << base + QStringLiteral("/theory")
                           << QStringLiteral("https://id.2035.university/xapi/activities/theoretical-block")
                           << 1 << qint64(0) << QJsonObject();
    QTest::newRow("module") << QStringLiteral("host_assessment_module_req.json")
                            << base + QStringLiteral("/practic/modules/1/assessments/7")
                            << QStringLiteral("Промежуточная аттестация по модулю 1")
                            << QStringLiteral("Проверка усвоения материала") << QStringLiteral("intermediate")
                            << base + QStringLiteral("/practic/modules/1")
                            << QStringLiteral("http://adlnet.gov/expapi/activities/module") << 2 << qint64(8)
                            << QJsonObject();
    QTest::newRow("final")
        << QStringLiteral("host_assessment_final_req.json") << base + QStringLiteral("/assessments/4")
        << QStringLiteral("Итоговая аттестация")
        << QStringLiteral("Экзамен на звание магистра квантовой нумерологии и пурпурную мантию")
        << QStringLiteral("final") << base << QStringLiteral("http://adlnet.gov/expapi/activities/course")
        << 0 << qint64(0)
        << QJsonObject{{idx + QStringLiteral("final-assessment-doc-type"), QStringLiteral("Диплом")}};
}

void TestFootprintStatements::hostAssessment()
{
    QFETCH(QString, sampleName);
    QFETCH(QString, iri);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, assessmentType);
    QFETCH(QString, parentIri);
    QFETCH(QString, parentType);
    QFETCH(int, block);
    QFETCH(qint64, moduleId);
    QFETCH(QJsonObject, contextExtensions);

    FootprintNode node;
    node.kind = FootprintNode::Kind::Assessment;
    node.iri = iri;
    node.name = name;
    node.description = description;
    node.definitionExtensions = hours();
    node.definitionExtensions.insert(idx + QStringLiteral("assessment_type"), assessmentType);
    node.definitionExtensions.insert(idx + QStringLiteral("indication_of_practice"), true);
    node.definitionExtensions.insert(api + QStringLiteral("comparability_of_result"), 1);
    node.parentIri = parentIri;
    node.parentType = parentType;
    node.context = context(block ? std::optional<int>(block) : std::nullopt);
    if (moduleId)
        node.context.moduleId = moduleId;
    node.contextExtensions = contextExtensions;
    const QJsonObject built = XapiStatements::host(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("16454473-b270-42c2-a407-f37d235c0db7"))), node);
    const QString differences = shapeDifferences(built, sampleName);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    QCOMPARE(built, sample(sampleName));
}

void TestFootprintStatements::hostActivityFactDefinition()
{
    FootprintNode node;
    node.kind = FootprintNode::Kind::Activity;
    node.iri = base + QStringLiteral("/practic/modules/1/themes/1/activities/1");
    node.definitionExtensions = {{idx + QStringLiteral("required"), true},
                                 {idx + QStringLiteral("collaborative"), false},
                                 {api + QStringLiteral("comparability_of_result"), 1}};
    node.parentIri = base + QStringLiteral("/practic/modules/1/themes/1");
    node.parentType = XapiStatements::activityTypeOf(FootprintNode::Kind::Theme);
    node.contextExtensions = fixation();
    node.contextExtensions.insert(idx + QStringLiteral("admittance_form"), QStringLiteral("online"));
    node.instructorUntiId = QStringLiteral("33333");
    node.context = context(2);
    node.context.fd = true;
    const QJsonObject built = XapiStatements::host(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("566af81b-75f3-4540-b802-78e5d653a033"))), node);
    COMPARE_SHAPE(built, "host_activity_factdef_req.json");
    QCOMPARE(built, sample(QStringLiteral("host_activity_factdef_req.json")));
}

void TestFootprintStatements::hostAssessmentBlockFactDefinition()
{
    FootprintNode node;
    node.kind = FootprintNode::Kind::Assessment;
    node.iri = base + QStringLiteral("/practic/assessments/51");
    node.definitionExtensions = {{idx + QStringLiteral("assessment_type"), QStringLiteral("intermediate")},
                                 {api + QStringLiteral("comparability_of_result"), 1}};
    node.parentIri = base + QStringLiteral("/practic");
    node.parentType = QStringLiteral("https://id.2035.university/xapi/activities/practical-block");
    node.context = context(2);
    node.context.fd = true;
    const QJsonObject built = XapiStatements::host(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("16454473-b270-42c2-a407-f37d235c0db7"))), node);
    COMPARE_SHAPE(built, "host_assessment_block_factdef_req.json");
    QCOMPARE(built, sample(QStringLiteral("host_assessment_block_factdef_req.json")));
}

void TestFootprintStatements::hostAssessmentFinalFactDefinition()
{
    FootprintNode node;
    node.kind = FootprintNode::Kind::Assessment;
    node.iri = base + QStringLiteral("/assessments/5");
    node.definitionExtensions = {{idx + QStringLiteral("assessment_type"), QStringLiteral("final")},
                                 {api + QStringLiteral("comparability_of_result"), 1}};
    node.parentIri = base;
    node.parentType = XapiStatements::activityTypeOf(FootprintNode::Kind::Course);
    node.context = context();
    node.context.fd = true;
    const QJsonObject built = XapiStatements::host(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("16454473-b270-42c2-a407-f37d235c0db7"))), node);
    COMPARE_SHAPE(built, "host_assessment_final_factdef_req.json");
    QCOMPARE(built, sample(QStringLiteral("host_assessment_final_factdef_req.json")));
}

static FootprintFact passedFact(const QString &duration)
{
    FootprintFact fact;
    fact.verb = FootprintFact::Verb::Passed;
    fact.ref = QUuid(QStringLiteral("16454473-b270-42c2-a407-f37d235c0db7"));
    fact.score = FootprintFact::Score{5, 0, 5};
    fact.success = true;
    fact.duration = duration;
    fact.attemptsIndex = 1;
    fact.attemptsMax = 1;
    fact.target = QStringLiteral("max");
    fact.contextExtensions = fixation();
    fact.context = context();
    fact.context.fd = true;
    return fact;
}

void TestFootprintStatements::passedActivityFact()
{
    FootprintFact fact = passedFact(QStringLiteral("PT40S"));
    fact.parentIri = base + QStringLiteral("/practic/modules/1/themes/1/activities/3");
    fact.context.moduleNum = 1;
    const QJsonObject built = XapiStatements::fact(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("77941234-af77-487d-b267-c83fa521c918"))), fact);
    COMPARE_SHAPE(built, "passed_activity_fact_req.json");
    QCOMPARE(built, sample(QStringLiteral("passed_activity_fact_req.json")));
}

void TestFootprintStatements::passedAssessmentFact()
{
    FootprintFact fact = passedFact(QStringLiteral("PT2M11S"));
    fact.contextExtensions.insert(api + QStringLiteral("qualification"), QStringLiteral("Оператор БПЛА"));
    const QJsonObject built = XapiStatements::fact(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("77941234-af77-487d-b267-c83fa521c918"))), fact);
    COMPARE_SHAPE(built, "passed_assessment_fact_req.json");
    QCOMPARE(built, sample(QStringLiteral("passed_assessment_fact_req.json")));
}

void TestFootprintStatements::passedPracticeDiary()
{
    FootprintFact fact;
    fact.verb = FootprintFact::Verb::Passed;
    fact.ref = QUuid(QStringLiteral("16454473-b270-42c2-a407-f37d235c0db7"));
    fact.context = context();
    FootprintAttachment diary;
    diary.usage = FootprintAttachment::Usage::PracticeDiary;
    diary.fileName = QStringLiteral("diary-11111.pdf");
    diary.contentType = QStringLiteral("application/pdf");
    diary.length = 1567163;
    diary.fileUrl = QStringLiteral("https://s3.dtln.ru/PROVIDER/course/1/practice/media/diary-11111.pdf");
    diary.sha2 = QStringLiteral("71662bd35817bc32c9214911f0c7233f4e415cb8742e95725c54750b1db6b824");
    fact.attachments << diary;
    const QJsonObject built = XapiStatements::fact(
        header(QStringLiteral("11111"), QUuid(QStringLiteral("b5ca43b7-081a-430c-9292-05f56fc34eca"))), fact);
    COMPARE_SHAPE(built, "passed_practice_diary_req.json");
    QCOMPARE(built, sample(QStringLiteral("passed_practice_diary_req.json")));
}

void TestFootprintStatements::textFacts_data()
{
    QTest::addColumn<QString>("sampleName");
    QTest::addColumn<FootprintFact::Verb>("verb");
    QTest::newRow("viewed") << QStringLiteral("text_activity_viewed_req.json") << FootprintFact::Verb::Viewed;
    QTest::newRow("downloaded") << QStringLiteral("text_activity_downloaded_req.json")
                                << FootprintFact::Verb::Downloaded;
    QTest::newRow("completed") << QStringLiteral("text_activity_completed_req.json")
                               << FootprintFact::Verb::Completed;
}

void TestFootprintStatements::textFacts()
{
    QFETCH(QString, sampleName);
    QFETCH(FootprintFact::Verb, verb);
    FootprintFact fact;
    fact.verb = verb;
    fact.ref = QUuid(QStringLiteral("408b84a9-936e-4b9f-aa51-7fc31898e272"));
    fact.context = context();
    fact.context.moduleNum = 1;
    const QJsonObject built =
        XapiStatements::fact(header(QStringLiteral("11111"),
                                    Footprint::footprintStatementId(QStringLiteral("org"), sampleName, 0)),
                             fact);
    const QString differences = shapeDifferences(built, sampleName);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    QJsonObject expected = sample(sampleName);
    expected.insert(QStringLiteral("id"), built.value(QStringLiteral("id"))); // one sample's id is not a UUID
    QCOMPARE(built, expected);
}

void TestFootprintStatements::cancelStatement()
{
    XapiContext c = context(0);
    c.moduleNum = 1;
    c.elId = QStringLiteral("https://PROVIDER.ru/videos/1");
    FootprintAttachment letter;
    letter.usage = FootprintAttachment::Usage::OfficialLetter;
    letter.contentType = QStringLiteral("image/jpeg");
    letter.length = 76471;
    letter.fileUrl = QStringLiteral("https://s3.objstor.cloud4u.com/kadastr/photo_2025-06-18_01-28-07.jpg");
    letter.sha2 = QStringLiteral("0809892759e88ef618f032c760fa0bd600f13562b76e6f0e8befa12c85546986");
    const QJsonObject built = XapiStatements::cancel(
        header(QStringLiteral("22222"), QUuid(QStringLiteral("d2e9a6e3-725d-4b84-8a68-950a672ae3f6"))),
        QUuid(QStringLiteral("67c5e4b0-9099-4e1d-ab88-34c1c24e622b")), c, letter);
    COMPARE_SHAPE(built, "cancel_statement_req.json");
    QCOMPARE(built, sample(QStringLiteral("cancel_statement_req.json")));
}

void TestFootprintStatements::timestampKeepsTheOffset()
{
    QCOMPARE(XapiStatements::timestamp(sampleTime), QStringLiteral("2023-09-14T20:01:02+03:00"));
    QCOMPARE(XapiStatements::timestamp(QDateTime(QDate(2025, 4, 15), QTime(12, 34, 13), Qt::UTC)),
             QStringLiteral("2025-04-15T12:34:13+00:00"));
    QCOMPARE(XapiStatements::timestamp(
                 QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, -(5 * 3600 + 1800))),
             QStringLiteral("2025-01-02T03:04:05-05:30"));
}

void TestFootprintStatements::idIsDeterministic()
{
    const QString org = QStringLiteral("ГБПОУ «Колледж сферы услуг»");
    const QUuid first = Footprint::footprintStatementId(org, QStringLiteral("fact/7/12"), 0);
    QCOMPARE(Footprint::footprintStatementId(org, QStringLiteral("fact/7/12"), 0), first);
    QCOMPARE(first.version(), QUuid::Sha1);
    QCOMPARE(first.variant(), QUuid::DCE);
}

void TestFootprintStatements::idTellsFactsApart()
{
    const QString org = QStringLiteral("ГБПОУ «Колледж сферы услуг»");
    const QUuid id = Footprint::footprintStatementId(org, QStringLiteral("fact/7/12"), 0);
    QVERIFY(Footprint::footprintStatementId(org, QStringLiteral("fact/7/12"), 1) != id);
    QVERIFY(Footprint::footprintStatementId(org, QStringLiteral("fact/7/1"), 2) !=
            Footprint::footprintStatementId(org, QStringLiteral("fact/7/12"), 0));
    QVERIFY(Footprint::footprintStatementId(QStringLiteral("Другой колледж"), QStringLiteral("fact/7/12"),
                                            0) != id);
}

void TestFootprintStatements::idNeverChanges()
{
    // Pinned: another namespace or name layout would make every college send its footprint a second time.
    QCOMPARE(Footprint::footprintStatementId(QStringLiteral("Колледж"), QStringLiteral("course/1"), 0)
                 .toString(QUuid::WithoutBraces),
             QStringLiteral(
                 "846cdf48-491e-56f5-a1ad-48e0a8bd07ae")); // = Python uuid.uuid5(ns, "Колледж\ncourse/1\n0")
}

QTEST_GUILESS_MAIN(TestFootprintStatements)
#include "tst_footprintstatements.moc"
