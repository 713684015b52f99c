#include "footprint/basextensioneditor.h"

#include <QJsonArray>
#include <QTest>

// How the «Расширения БАС» form edits a field and how a report shows a value (seed 000, U2035's
// fd.schema.json): the editor and what a measured value's JSON carries besides what the teacher enters.
class TestBasExtensionEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editorForEachKind_data();
    void editorForEachKind();
    void measuredValueCarriesUnitAndSelector_data();
    void measuredValueCarriesUnitAndSelector();
    void valueText_data();
    void valueText();
};

using Editor = BasExtensionEditor::Editor;
using Kind = BasExtension::Kind;

namespace {

BasExtension field(Kind kind, const QStringList &units = {})
{
    BasExtension f;
    f.iri = QStringLiteral("https://id.2035.university/xapi/extension/test");
    f.label = QStringLiteral("Поле");
    f.kind = kind;
    f.units = units;
    return f;
}

QJsonObject object(std::initializer_list<QPair<QString, QJsonValue>> pairs)
{
    QJsonObject result;
    for (const auto &pair : pairs)
        result.insert(pair.first, pair.second);
    return result;
}

} // namespace

void TestBasExtensionEditor::editorForEachKind_data()
{
    QTest::addColumn<BasExtension>("field");
    QTest::addColumn<int>("editor");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<bool>("personPicksBestResult");
    QTest::addColumn<QStringList>("unitChoice");
    QTest::addColumn<QString>("unitShown");

    const QStringList none;
    QTest::newRow("a score is whole numbers with a scale")
        << field(Kind::Score, {QStringLiteral("баллы")}) << int(Editor::ScoreNumbers) << 0 << true << none
        << QStringLiteral("баллы");
    QTest::newRow("a weight has decimals and a unit to pick")
        << field(Kind::Weight, {QStringLiteral("кг"), QStringLiteral("г")}) << int(Editor::ScoreNumbers) << 2
        << true << QStringList{QStringLiteral("кг"), QStringLiteral("г")} << QString();
    QTest::newRow("a text is typed, without a best result")
        << field(Kind::Text, {QStringLiteral("текст")}) << int(Editor::ScoreText) << 0 << false << none
        << QString();
    QTest::newRow("a duration is typed as ISO 8601")
        << field(Kind::Duration) << int(Editor::ScoreText) << 0 << true << none << QString();
    QTest::newRow("a yes-no is a checkbox, its unit not shown")
        << field(Kind::YesNo, {QStringLiteral("да-нет")}) << int(Editor::ScoreYesNo) << 0 << true << none
        << QString();
    QTest::newRow("a context number has three decimals")
        << field(Kind::Number) << int(Editor::Number) << 3 << false << none << QString();
    QTest::newRow("a context integer is whole")
        << field(Kind::Integer) << int(Editor::Number) << 0 << false << none << QString();
    QTest::newRow("a context flag") << field(Kind::Boolean) << int(Editor::Boolean) << 0 << false << none
                                    << QString();
    QTest::newRow("a list of strings")
        << field(Kind::StringList) << int(Editor::StringList) << 0 << false << none << QString();
    QTest::newRow("a string") << field(Kind::String) << int(Editor::String) << 0 << false << none
                              << QString();
}

void TestBasExtensionEditor::editorForEachKind()
{
    QFETCH(BasExtension, field);
    QFETCH(int, editor);
    QFETCH(int, decimals);
    QFETCH(bool, personPicksBestResult);
    QFETCH(QStringList, unitChoice);
    QFETCH(QString, unitShown);
    const BasExtensionEditor::Spec spec = BasExtensionEditor::specFor(field);
    QCOMPARE(int(spec.editor), editor);
    QCOMPARE(spec.decimals, decimals);
    const bool measured = spec.editor == Editor::ScoreText || spec.editor == Editor::ScoreYesNo ||
                          spec.editor == Editor::ScoreNumbers;
    QCOMPARE(measured && spec.bestResult.isEmpty(), personPicksBestResult);
    QCOMPARE(spec.unitChoice, unitChoice);
    QCOMPARE(spec.showsUnit ? spec.unit : QString(), unitShown);
}

void TestBasExtensionEditor::measuredValueCarriesUnitAndSelector_data()
{
    QTest::addColumn<BasExtension>("field");
    QTest::addColumn<QJsonObject>("entered");
    QTest::addColumn<QString>("chosenUnit");
    QTest::addColumn<QJsonObject>("value");

    const QString score = QStringLiteral("score");
    const QString unit = QStringLiteral("unit");
    const QString best = QStringLiteral("bestResultSelector");
    QTest::newRow("a score: its one unit and the teacher's selector")
        << field(Kind::Score, {QStringLiteral("баллы")}) << object({{score, 7}}) << QString()
        << object({{score, 7}, {unit, QStringLiteral("баллы")}, {best, QStringLiteral("max")}});
    QTest::newRow("a weight: the unit the teacher picked")
        << field(Kind::Weight, {QStringLiteral("кг"), QStringLiteral("г")}) << object({{score, 1.5}})
        << QStringLiteral("г")
        << object({{score, 1.5}, {unit, QStringLiteral("г")}, {best, QStringLiteral("max")}});
    QTest::newRow("a text: «текст» and no best result")
        << field(Kind::Text) << object({{score, QStringLiteral("отлично")}}) << QString()
        << object({{score, QStringLiteral("отлично")},
                   {unit, QStringLiteral("текст")},
                   {best, QStringLiteral("none")}});
    QTest::newRow("a duration: no unit")
        << field(Kind::Duration, {QStringLiteral("мин")}) << object({{score, QStringLiteral("PT14M8S")}})
        << QString() << object({{score, QStringLiteral("PT14M8S")}, {best, QStringLiteral("max")}});
    QTest::newRow("a yes-no: its unit")
        << field(Kind::YesNo, {QStringLiteral("да-нет")}) << object({{score, true}}) << QString()
        << object({{score, true}, {unit, QStringLiteral("да-нет")}, {best, QStringLiteral("max")}});
}

void TestBasExtensionEditor::measuredValueCarriesUnitAndSelector()
{
    QFETCH(BasExtension, field);
    QFETCH(QJsonObject, entered);
    QFETCH(QString, chosenUnit);
    QFETCH(QJsonObject, value);
    QCOMPARE(BasExtensionEditor::measuredValue(BasExtensionEditor::specFor(field), entered, chosenUnit,
                                               QStringLiteral("max")),
             value);
}

void TestBasExtensionEditor::valueText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");

    const QString score = QStringLiteral("score");
    const QString unit = QStringLiteral("unit");
    QTest::newRow("a score with its scale and unit") << QJsonValue(object({{score, 7},
                                                                           {QStringLiteral("min"), 0},
                                                                           {QStringLiteral("max"), 10},
                                                                           {unit, QStringLiteral("баллы")}}))
                                                     << QStringLiteral("7 (0–10) баллы");
    QTest::newRow("«текст» is not shown")
        << QJsonValue(object({{score, QStringLiteral("отлично")}, {unit, QStringLiteral("текст")}}))
        << QStringLiteral("отлично");
    QTest::newRow("«да-нет» is not shown, yes is a word")
        << QJsonValue(object({{score, true}, {unit, QStringLiteral("да-нет")}})) << QStringLiteral("yes");
    QTest::newRow("a list joined with commas")
        << QJsonValue(QJsonArray{QStringLiteral("А"), QStringLiteral("Б")}) << QStringLiteral("А, Б");
    QTest::newRow("a flag") << QJsonValue(false) << QStringLiteral("no");
    QTest::newRow("a string") << QJsonValue(QStringLiteral("Фиксация в LMS"))
                              << QStringLiteral("Фиксация в LMS");
    QTest::newRow("a number") << QJsonValue(2.5) << QStringLiteral("2.5");
}

void TestBasExtensionEditor::valueText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(BasExtensionEditor::valueText(value), text);
}

QTEST_GUILESS_MAIN(TestBasExtensionEditor)
#include "tst_basextensioneditor.moc"
