#include "processstats.h"

#include <QElapsedTimer>
#include <QTest>

class TestProcessStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeSinceStartIsPlausibleAndGrows();
    void residentSetIsKnownWhereTheOsTellsIt();
};

void TestProcessStats::timeSinceStartIsPlausibleAndGrows()
{
    const qint64 first = msSinceProcessStart();
    QVERIFY(first >= 0);
    QVERIFY2(first < 10 * 60 * 1000, qPrintable(QString::number(first))); // this test started moments ago
    QElapsedTimer timer;
    timer.start();
    // Busy for a little while: the Linux figure moves in clock ticks (10 ms).
    while (timer.elapsed() < 50) {
    }
    QTRY_VERIFY(msSinceProcessStart() > first);
}

void TestProcessStats::residentSetIsKnownWhereTheOsTellsIt()
{
    const qint64 kib = residentSetKiB();
#if defined(Q_OS_LINUX) || defined(Q_OS_WIN)
    QVERIFY(kib > 1024); // a Qt program holds more than a megabyte
    QVERIFY(kib < 4 * 1024 * 1024);
    // Touching 32 MB shows up.
    QByteArray ballast(32 * 1024 * 1024, 'x');
    QVERIFY(residentSetKiB() > kib + 16 * 1024);
    QCOMPARE(ballast.at(ballast.size() - 1), 'x');
#else
    QCOMPARE(kib, -1);
#endif
}

QTEST_GUILESS_MAIN(TestProcessStats)
#include "tst_processstats.moc"
