#include "widgets/problemlabel.h"

#include <QApplication>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

// The one problem label: each tone readable (WCAG AA, 4.5:1) on light and dark windows, hidden while empty.
class TestProblemLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachToneIsReadable_data();
    void eachToneIsReadable();
    void followsTheWindowFromLightToDark();
    void hiddenWhileItHasNothingToSay();
    void aNoteIsInTheWindowsOwnColour();
};

namespace {

QPalette windowPalette(const QColor &window, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

} // namespace

void TestProblemLabel::eachToneIsReadable_data()
{
    QTest::addColumn<ProblemLabel::Tone>("tone");
    QTest::addColumn<QColor>("window");
    const QList<std::pair<const char *, QColor>> windows = {{"white", QColor(Qt::white)},
                                                            {"Fusion light", QColor(0xef, 0xef, 0xef)},
                                                            {"Breeze light", QColor(0xef, 0xf0, 0xf1)},
                                                            {"mid grey", QColor(0x80, 0x80, 0x80)},
                                                            {"Fusion dark", QColor(0x35, 0x35, 0x35)},
                                                            {"Breeze dark", QColor(0x31, 0x36, 0x3b)},
                                                            {"black", QColor(Qt::black)}};
    const QList<std::pair<const char *, ProblemLabel::Tone>> tones = {
        {"error", ProblemLabel::Tone::Error},
        {"warning", ProblemLabel::Tone::Warning},
        {"done", ProblemLabel::Tone::Done}};
    for (const auto &[toneName, tone] : tones) {
        for (const auto &[windowName, window] : windows)
            QTest::addRow("%s on %s", toneName, windowName) << tone << window;
    }
}

void TestProblemLabel::eachToneIsReadable()
{
    QFETCH(ProblemLabel::Tone, tone);
    QFETCH(QColor, window);
    const QColor text = ProblemLabel::color(tone, window);
    const double contrast = ProblemLabel::contrast(text, window);
    QVERIFY2(contrast >= 4.5,
             qPrintable(
                 QStringLiteral("%1 on %2: %3:1").arg(text.name(), window.name()).arg(contrast, 0, 'f', 2)));
}

void TestProblemLabel::followsTheWindowFromLightToDark()
{
    QWidget window;
    window.setPalette(windowPalette(QColor(0xef, 0xef, 0xef), Qt::black));
    auto *label = new ProblemLabel(QStringLiteral("problem"), &window);
    label->showProblem(QStringLiteral("Дата вне семестра"));
    const QColor onLight = label->palette().color(QPalette::WindowText);
    QVERIFY(ProblemLabel::contrast(onLight, QColor(0xef, 0xef, 0xef)) >= 4.5);
    QVERIFY(onLight.lightnessF() < 0.5);

    window.setPalette(windowPalette(QColor(0x35, 0x35, 0x35), Qt::white));
    const QColor onDark = label->palette().color(QPalette::WindowText);
    QVERIFY(ProblemLabel::contrast(onDark, QColor(0x35, 0x35, 0x35)) >= 4.5);
    QVERIFY(onDark.lightnessF() > 0.5);
    // Still the error's red, only lighter.
    QCOMPARE(onDark, ProblemLabel::color(ProblemLabel::Tone::Error, QColor(0x35, 0x35, 0x35)));
    QVERIFY(onDark.red() > onDark.green() && onDark.red() > onDark.blue());
}

void TestProblemLabel::hiddenWhileItHasNothingToSay()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *label = new ProblemLabel(QStringLiteral("problem"), &window);
    layout->addWidget(label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!label->isVisible());
    QVERIFY(label->wordWrap());

    label->showProblem(QStringLiteral("Опишите задание."), ProblemLabel::Tone::Warning);
    QVERIFY(label->isVisible());
    QCOMPARE(label->tone(), ProblemLabel::Tone::Warning);
    QCOMPARE(label->palette().color(QPalette::WindowText),
             ProblemLabel::color(ProblemLabel::Tone::Warning, window.palette().color(QPalette::Window)));

    label->showProblem(QString());
    QVERIFY(!label->isVisible());
    label->showProblem(QStringLiteral("✓ Соединение есть"), ProblemLabel::Tone::Done);
    QVERIFY(label->isVisible());
    label->clear();
    QVERIFY(!label->isVisible());
    QVERIFY(label->text().isEmpty());
}

void TestProblemLabel::aNoteIsInTheWindowsOwnColour()
{
    QWidget window;
    window.setPalette(windowPalette(QColor(0xef, 0xef, 0xef), QColor(0x10, 0x20, 0x30)));
    auto *label = new ProblemLabel(QStringLiteral("result"), &window);
    label->showProblem(QStringLiteral("Ошибка"));
    QVERIFY(label->palette().color(QPalette::WindowText) != QColor(0x10, 0x20, 0x30));
    label->showNote(QStringLiteral("Проверка…"));
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(0x10, 0x20, 0x30));
}

QTEST_MAIN(TestProblemLabel)
#include "tst_problemlabel.moc"
