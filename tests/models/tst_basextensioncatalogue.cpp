#include "footprint/basextensioncatalogue.h"
#include "footprint/isoduration.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// The «Расширения БАС» catalogue as U2035's fd.schema.json defines it, and the checks made before queuing.
class TestBasExtensionCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogue();
    void shippedCopyMatchesContract();
    void validate_data();
    void validate();
    void durations_data();
    void durations();
    void garbageSchema();

private:
    std::optional<BasExtensionCatalogue> m_catalogue;
};

static QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

static QString shippedSchemaPath()
{
    return TestPaths::sourceDir() + QStringLiteral("/resources/u2035/fd.schema.json");
}

void TestBasExtensionCatalogue::initTestCase()
{
    QString error;
    m_catalogue = BasExtensionCatalogue::fromSchema(readFile(shippedSchemaPath()), &error);
    QVERIFY2(m_catalogue, qPrintable(error));
}

void TestBasExtensionCatalogue::catalogue()
{
    const QList<BasExtension> &entries = m_catalogue->entries();
    const auto contextCount =
        std::count_if(entries.cbegin(), entries.cend(), [](const auto &e) { return e.context; });
    QCOMPARE(entries.size() - contextCount, 119);
    QCOMPARE(contextCount, 35);

    const BasExtension *weight =
        m_catalogue->find(QStringLiteral("https://id.2035.university/xapi/extension/uav/load-weight"));
    QVERIFY(weight);
    QCOMPARE(weight->label, QStringLiteral("Вес груза"));
    QCOMPARE(weight->kind, BasExtension::Kind::Weight);
    QCOMPARE(weight->units, (QStringList{QStringLiteral("г"), QStringLiteral("кг")}));

    const BasExtension *mode =
        m_catalogue->find(QStringLiteral("https://id.2035.university/xapi/extension/uav/flight-type"));
    QVERIFY(mode);
    QVERIFY(mode->context);
    QCOMPARE(mode->allowed,
             (QStringList{QStringLiteral("Реальный полёт"), QStringLiteral("Полёт в симуляторе")}));
}

void TestBasExtensionCatalogue::shippedCopyMatchesContract()
{
    const QByteArray contract = readFile(TestPaths::sharedDir() + QStringLiteral("/u2035/fd.schema.json"));
    QVERIFY2(!contract.isEmpty(), "../shared/u2035/fd.schema.json is missing");
    QCOMPARE(readFile(shippedSchemaPath()), contract);
}

static QJsonObject scale(const QJsonValue &score, const QJsonValue &min, const QJsonValue &max,
                         const QString &unit, const QString &selector = QStringLiteral("max"))
{
    return QJsonObject{{QStringLiteral("score"), score},
                       {QStringLiteral("min"), min},
                       {QStringLiteral("max"), max},
                       {QStringLiteral("unit"), unit},
                       {QStringLiteral("bestResultSelector"), selector}};
}

void TestBasExtensionCatalogue::validate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<BasProblem::Reason>("reason");
    QTest::addColumn<QString>("label");

    using R = BasProblem::Reason;
    const QString uav = QStringLiteral("https://id.2035.university/xapi/extension/uav/");
    const QString quality = uav + QStringLiteral("flight-quality-score");
    const QString qualityLabel = QStringLiteral("Безопасность и качество полёта");
    const QString points = QStringLiteral("баллы");

    QTest::newRow("баллы within the scale")
        << quality << QJsonValue(scale(8, 0, 10, points)) << R::None << qualityLabel;
    QTest::newRow("баллы above max") << quality << QJsonValue(scale(11, 0, 10, points)) << R::OutOfRange
                                     << qualityLabel;
    QTest::newRow("min above max") << quality << QJsonValue(scale(5, 10, 0, points)) << R::MinAboveMax
                                   << qualityLabel;
    QTest::newRow("fractional баллы")
        << quality << QJsonValue(scale(7.5, 0, 10, points)) << R::NotInteger << qualityLabel;
    QTest::newRow("wrong unit") << quality << QJsonValue(scale(8, 0, 10, QStringLiteral("место")))
                                << R::WrongUnit << qualityLabel;
    QTest::newRow("bestResultSelector none on a score")
        << quality << QJsonValue(scale(8, 0, 10, points, QStringLiteral("none"))) << R::BadSelector
        << qualityLabel;
    QTest::newRow("a bare number") << quality << QJsonValue(8) << R::WrongShape << qualityLabel;
    QJsonObject noMax = scale(8, 0, 10, points);
    noMax.remove(QStringLiteral("max"));
    QTest::newRow("max missing") << quality << QJsonValue(noMax) << R::MissingPart << qualityLabel;

    const QString weight = uav + QStringLiteral("load-weight");
    QTest::newRow("вес in кг") << weight << QJsonValue(scale(1.5, 0, 5, QStringLiteral("кг"))) << R::None
                               << QStringLiteral("Вес груза");
    QTest::newRow("вес in фунты") << weight << QJsonValue(scale(1.5, 0, 5, QStringLiteral("фунт")))
                                  << R::WrongUnit << QStringLiteral("Вес груза");

    const QString time = uav + QStringLiteral("task-completion-time");
    QJsonObject duration{{QStringLiteral("score"), QStringLiteral("PT14M8S")},
                         {QStringLiteral("min"), QStringLiteral("PT0S")},
                         {QStringLiteral("max"), QStringLiteral("PT30M")},
                         {QStringLiteral("bestResultSelector"), QStringLiteral("min")}};
    QTest::newRow("duration PT14M8S") << time << QJsonValue(duration) << R::None << QString();
    duration[QStringLiteral("score")] = QStringLiteral("14 минут");
    QTest::newRow("duration as words") << time << QJsonValue(duration) << R::BadDuration << QString();
    duration[QStringLiteral("score")] = QStringLiteral("PT40M");
    QTest::newRow("duration over max") << time << QJsonValue(duration) << R::OutOfRange << QString();

    const QString flightType = uav + QStringLiteral("flight-type");
    QTest::newRow("тип полёта from the list")
        << flightType << QJsonValue(QStringLiteral("Полёт в симуляторе")) << R::None
        << QStringLiteral("Тип полета");
    QTest::newRow("тип полёта not in the list") << flightType << QJsonValue(QStringLiteral("Полёт во сне"))
                                                << R::NotAllowed << QStringLiteral("Тип полета");
    QTest::newRow("track length must be whole metres")
        << uav + QStringLiteral("track-length") << QJsonValue(20.5) << R::NotInteger << QString();
    QTest::newRow("list of strings") << uav + QStringLiteral("meteo-conditions")
                                     << QJsonValue(
                                            QJsonArray{QStringLiteral("Дождь"), QStringLiteral("Ветер")})
                                     << R::None << QString();
    QTest::newRow("unknown field") << uav + QStringLiteral("warp-speed") << QJsonValue(1) << R::UnknownField
                                   << QString();
}

void TestBasExtensionCatalogue::validate()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(BasProblem::Reason, reason);
    QFETCH(QString, label);
    const BasProblem problem = m_catalogue->validate(field, value);
    QCOMPARE(problem.reason, reason);
    if (!label.isEmpty())
        QCOMPARE(problem.label, label);
    if (reason != BasProblem::Reason::UnknownField) {
        const BasExtension *entry = m_catalogue->find(field);
        QVERIFY2(entry, qPrintable(field));
        QCOMPARE(problem.label, entry->label);
    }
}

void TestBasExtensionCatalogue::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("seconds");
    QTest::newRow("PT14M8S") << QStringLiteral("PT14M8S") << 848.0;
    QTest::newRow("PT40S") << QStringLiteral("PT40S") << 40.0;
    QTest::newRow("P1DT1H") << QStringLiteral("P1DT1H") << 90000.0;
    QTest::newRow("PT1.5S") << QStringLiteral("PT1.5S") << 1.5;
    QTest::newRow("P alone is not a duration") << QStringLiteral("P") << -1.0;
    QTest::newRow("PT alone is not a duration") << QStringLiteral("PT") << -1.0;
    QTest::newRow("words") << QStringLiteral("14 минут") << -1.0;
}

void TestBasExtensionCatalogue::durations()
{
    QFETCH(QString, text);
    QFETCH(double, seconds);
    const std::optional<double> parsed = Footprint::parseIsoDuration(text);
    QCOMPARE(parsed.value_or(-1.0), seconds);
    QCOMPARE(Footprint::formatIsoDuration(848), QStringLiteral("PT14M8S"));
    QCOMPARE(Footprint::formatIsoDuration(0), QStringLiteral("PT0S"));
    QCOMPARE(Footprint::formatIsoDuration(3600), QStringLiteral("PT1H"));
}

void TestBasExtensionCatalogue::garbageSchema()
{
    QString error;
    QVERIFY(!BasExtensionCatalogue::fromSchema(QByteArrayLiteral("not json"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!BasExtensionCatalogue::fromSchema(QByteArrayLiteral("{}"), &error));
    QVERIFY(!BasExtensionCatalogue::fromSchema(QByteArrayLiteral("[1,2]"), &error));
}

QTEST_GUILESS_MAIN(TestBasExtensionCatalogue)
#include "tst_basextensioncatalogue.moc"
