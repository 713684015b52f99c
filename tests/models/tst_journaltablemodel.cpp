#include "journals/journaldatasource.h"
#include "journals/journaltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

// A journal in memory, counting what it is asked for: the model must page, not read it all.
class FakeJournal : public JournalDataSource
{
public:
    FakeJournal(int studentTotal, int lessonTotal)
    {
        for (int i = 0; i < studentTotal; ++i)
            allStudents << JournalStudent{1000 + i,
                                          {QStringLiteral("Фамилия%1").arg(i, 3, 10, QLatin1Char('0')),
                                           QStringLiteral("Имя"), QString()},
                                          0,
                                          0};
        for (int i = 0; i < lessonTotal; ++i) {
            JournalLesson l;
            l.lesson.id = 1 + i;
            l.lesson.date = QDate(2026, 9, 1).addDays(i);
            l.lesson.topic = QStringLiteral("Тема %1").arg(i + 1);
            allLessons << l;
        }
    }

    int studentCount() const override { return int(allStudents.size()); }
    int lessonCount() const override { return int(shownLessons().size()); }
    QList<JournalStudent> students(int first, int count) const override
    {
        ++studentReads;
        QList<JournalStudent> page = allStudents.mid(first, count);
        for (JournalStudent &s : page)
            s = student(s.id);
        return page;
    }
    QList<JournalLesson> lessons(int first, int count) const override
    {
        ++lessonReads;
        return shownLessons().mid(first, count);
    }
    QList<Mark> marks(const QList<qint64> &lessonIds, const QList<qint64> &studentIds) const override
    {
        ++markReads;
        largestTile = std::max(largestTile, int(lessonIds.size() * studentIds.size()));
        QList<Mark> result;
        for (const Mark &m : cells) {
            if (lessonIds.contains(m.lessonId) && studentIds.contains(m.studentId))
                result << m;
        }
        return result;
    }
    JournalStudent student(qint64 studentId) const override
    {
        for (const JournalStudent &s : allStudents) {
            if (s.id != studentId)
                continue;
            JournalStudent withMarks = s;
            for (const Mark &m : cells) {
                if (m.studentId == studentId && m.value > 0) {
                    withMarks.markSum += m.value;
                    ++withMarks.markCount;
                }
            }
            return withMarks;
        }
        return {};
    }
    Mark mark(qint64 lessonId, qint64 studentId) const override
    {
        for (const Mark &m : cells) {
            if (m.lessonId == lessonId && m.studentId == studentId)
                return m;
        }
        return Mark{lessonId, studentId, 0, false};
    }
    int lessonPosition(qint64 lessonId) const override
    {
        const QList<JournalLesson> shown = shownLessons();
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i).lesson.id == lessonId)
                return i;
        }
        return -1;
    }
    void setDateLimit(const QDate &date) override { limit = date; }

    // What the store does when a write arrives.
    void store(const Mark &m)
    {
        cells.erase(std::remove_if(cells.begin(), cells.end(),
                                   [&m](const Mark &c) {
                                       return c.lessonId == m.lessonId && c.studentId == m.studentId;
                                   }),
                    cells.end());
        if (m.value > 0 || m.absent)
            cells << m;
    }
    QList<JournalLesson> shownLessons() const
    {
        QList<JournalLesson> shown;
        for (const JournalLesson &l : allLessons) {
            if (!limit.isValid() || l.lesson.date <= limit)
                shown << l;
        }
        return shown;
    }

    QList<JournalStudent> allStudents;
    QList<JournalLesson> allLessons;
    QList<Mark> cells;
    QDate limit;
    mutable int studentReads = 0;
    mutable int lessonReads = 0;
    mutable int markReads = 0;
    mutable int largestTile = 0;
};

class TestJournalTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void shapeAndHeaders();
    void ownsTheSourceItWasGiven();
    void cellsShowMarksAndAbsences();
    void readsOnlyTheWindowAsked();
    void typedEntry_data();
    void typedEntry();
    void onlyLessonCellsAreEditable();
    void optimisticEditUntilTheStoreAnswers();
    void failedWriteRollsBack();
    void averageFollowsEdits();
    void severalCellsAtOnce();
    void lessonInsertedAndRemoved();
    void hidingScheduledLessons();
    void distanceLessonDecoration();
    void allRolesAtOnceAnswerAsOneAtATime();

private:
    QModelIndex cellOf(int studentRow, int lessonPosition) const
    {
        return m_model->index(studentRow, JournalTableModel::FirstLessonColumn + lessonPosition);
    }

    std::unique_ptr<FakeJournal> m_journal;
    std::unique_ptr<JournalTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestJournalTableModel::init()
{
    m_journal = std::make_unique<FakeJournal>(30, 50);
    m_journal->cells << Mark{1, 1000, 5, false} << Mark{2, 1000, 3, false} << Mark{1, 1001, 0, true}
                     << Mark{3, 1002, 4, true};
    m_model = std::make_unique<JournalTableModel>(*m_journal);
    m_model->setPageSizes(8, 10);
    m_model->setEditable(true);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestJournalTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_journal.reset();
}

void TestJournalTableModel::shapeAndHeaders()
{
    QCOMPARE(m_model->rowCount(), 30);
    QCOMPARE(m_model->columnCount(), 1 + 50);
    QCOMPARE(m_model->headerData(0, Qt::Vertical).toString(), QStringLiteral("1  Фамилия000 Имя"));
    QCOMPARE(m_model->headerData(29, Qt::Vertical).toString(), QStringLiteral("30  Фамилия029 Имя"));
    const QString lesson =
        m_model->headerData(JournalTableModel::FirstLessonColumn, Qt::Horizontal).toString();
    QVERIFY2(lesson.startsWith(QStringLiteral("01.09\n")), qPrintable(lesson));
    QVERIFY(m_model->headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Тема 1")));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal, JournalTableModel::LessonIdRole).toLongLong(), 1);
    QCOMPARE(m_model->lessonIdAt(50), 50);
    QCOMPARE(m_model->studentIdAt(29), 1029);
}

void TestJournalTableModel::cellsShowMarksAndAbsences()
{
    QCOMPARE(cellOf(0, 0).data().toString(), QStringLiteral("5"));
    QCOMPARE(cellOf(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(cellOf(1, 0).data().toString(), QStringLiteral("n"));
    QCOMPARE(cellOf(2, 2).data().toString(), QStringLiteral("n/4"));
    QCOMPARE(cellOf(2, 3).data().toString(), QString());
    QCOMPARE(cellOf(0, 0).data(JournalTableModel::MarkValueRole).toInt(), 5);
    QCOMPARE(cellOf(1, 0).data(JournalTableModel::AbsentRole).toBool(), true);
    QCOMPARE(m_model->index(0, JournalTableModel::AverageColumn).data().toString(),
             QLocale().toString(4.0, 'f', 2));
    QCOMPARE(m_model->index(1, JournalTableModel::AverageColumn).data().toString(), QString());
}

void TestJournalTableModel::readsOnlyTheWindowAsked()
{
    // The tester has already walked the model; start from a fresh one to count.
    m_tester.reset();
    JournalTableModel model(*m_journal);
    model.setPageSizes(8, 10);
    m_journal->studentReads = m_journal->lessonReads = m_journal->markReads = 0;
    QCOMPARE(model.index(3, 5).data().toString(), QString());
    QCOMPARE(model.index(7, 10).data().toString(), QString());
    QCOMPARE(m_journal->studentReads, 1);
    QCOMPARE(m_journal->lessonReads, 1);
    QCOMPARE(m_journal->markReads, 1);
    QCOMPARE(m_journal->largestTile, 8 * 10);
    QCOMPARE(model.index(29, 50).data().toString(), QString());
    QCOMPARE(m_journal->studentReads, 2);
    QCOMPARE(m_journal->lessonReads, 2);
    QCOMPARE(m_journal->markReads, 2);
}

void TestJournalTableModel::typedEntry_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("absent");
    QTest::newRow("a mark") << QStringLiteral("4") << true << 4 << false;
    QTest::newRow("«н» for an absence") << QStringLiteral("н") << true << 0 << true;
    QTest::newRow("the Latin n of a wrong layout") << QStringLiteral("n") << true << 0 << true;
    QTest::newRow("blank clears") << QString() << true << 0 << false;
    QTest::newRow("outside the scale") << QStringLiteral("6") << false << 5 << false;
    QTest::newRow("one is not on the scale") << QStringLiteral("1") << false << 5 << false;
    QTest::newRow("not a mark") << QStringLiteral("хор") << false << 5 << false;
}

void TestJournalTableModel::typedEntry()
{
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(int, value);
    QFETCH(bool, absent);
    QSignalSpy requested(m_model.get(), &JournalTableModel::changesRequested);
    QSignalSpy refused(m_model.get(), &JournalTableModel::inputRefused);
    const QModelIndex cell = cellOf(0, 0);
    QCOMPARE(m_model->setData(cell, typed), accepted);
    QCOMPARE(requested.size(), accepted ? 1 : 0);
    QCOMPARE(refused.size(), accepted ? 0 : 1);
    if (!accepted) {
        QCOMPARE(refused.first().first().toModelIndex(), cell);
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        QCOMPARE(cell.data().toString(), QStringLiteral("5")); // nothing changed
        return;
    }
    const auto changes = requested.first().first().value<JournalCellChanges>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().before.value, 5);
    QCOMPARE(changes.first().after.value, value);
    QCOMPARE(changes.first().after.absent, absent);
    QCOMPARE(changes.first().after.lessonId, 1);
    QCOMPARE(changes.first().after.studentId, 1000);
    // Asking is not applying: the cell changes when the undo command applies it.
    QCOMPARE(cell.data().toString(), QStringLiteral("5"));
}

void TestJournalTableModel::onlyLessonCellsAreEditable()
{
    QVERIFY(cellOf(0, 0).flags() & Qt::ItemIsEditable);
    QVERIFY(!(m_model->index(0, JournalTableModel::AverageColumn).flags() & Qt::ItemIsEditable));
    QVERIFY(!m_model->setData(m_model->index(0, JournalTableModel::AverageColumn), QStringLiteral("5")));
    m_model->setEditable(false);
    QVERIFY(!(cellOf(0, 0).flags() & Qt::ItemIsEditable));
    QSignalSpy requested(m_model.get(), &JournalTableModel::changesRequested);
    QVERIFY(!m_model->setData(cellOf(0, 0), QStringLiteral("4")));
    QCOMPARE(requested.size(), 0);
}

void TestJournalTableModel::optimisticEditUntilTheStoreAnswers()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    const JournalCellChanges edit{{Mark{4, 1005, 0, false}, Mark{4, 1005, 3, false}}};
    m_model->applyChanges(edit);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(cellOf(5, 3).data().toString(), QStringLiteral("3"));
    QVERIFY(cellOf(5, 3).data(JournalTableModel::PendingRole).toBool());
    QCOMPARE(m_model->pendingCellCount(), 1);

    // A second edit of the same cell before the first is answered.
    const JournalCellChanges second{{Mark{4, 1005, 3, false}, Mark{4, 1005, 0, true}}};
    m_model->applyChanges(second);
    QCOMPARE(cellOf(5, 3).data().toString(), QStringLiteral("n"));

    m_journal->store(edit.first().after);
    m_model->finishChanges(edit, true);
    QCOMPARE(cellOf(5, 3).data().toString(), QStringLiteral("n")); // the later edit still shows
    m_journal->store(second.first().after);
    m_model->finishChanges(second, true);
    QCOMPARE(m_model->pendingCellCount(), 0);
    QCOMPARE(cellOf(5, 3).data().toString(), QStringLiteral("n"));
    QVERIFY(!cellOf(5, 3).data(JournalTableModel::PendingRole).toBool());
}

void TestJournalTableModel::failedWriteRollsBack()
{
    const JournalCellChanges edit{{Mark{1, 1000, 5, false}, Mark{1, 1000, 2, false}}};
    m_model->applyChanges(edit);
    QCOMPARE(cellOf(0, 0).data().toString(), QStringLiteral("2"));
    m_model->finishChanges(edit, false); // the store kept the 5
    QCOMPARE(cellOf(0, 0).data().toString(), QStringLiteral("5"));
    QCOMPARE(m_model->index(0, JournalTableModel::AverageColumn).data().toString(),
             QLocale().toString(4.0, 'f', 2));
}

void TestJournalTableModel::averageFollowsEdits()
{
    const QModelIndex average = m_model->index(0, JournalTableModel::AverageColumn);
    QCOMPARE(average.data().toString(), QLocale().toString(4.0, 'f', 2)); // 5 and 3
    const JournalCellChanges edit{{Mark{3, 1000, 0, false}, Mark{3, 1000, 2, false}}};
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->applyChanges(edit);
    QCOMPARE(average.data().toString(), QLocale().toString(10.0 / 3, 'f', 2));
    bool averageSignalled = false;
    for (const QList<QVariant> &args : changed)
        averageSignalled |= args.first().toModelIndex() == average;
    QVERIFY(averageSignalled);
    m_journal->store(edit.first().after);
    m_model->finishChanges(edit, true);
    QCOMPARE(average.data().toString(), QLocale().toString(10.0 / 3, 'f', 2));
    // An absence replaces a mark and does not count.
    const JournalCellChanges absence{{Mark{1, 1000, 5, false}, Mark{1, 1000, 0, true}}};
    m_model->applyChanges(absence);
    QCOMPARE(average.data().toString(), QLocale().toString(2.5, 'f', 2));
}

void TestJournalTableModel::severalCellsAtOnce()
{
    QSignalSpy requested(m_model.get(), &JournalTableModel::changesRequested);
    // Delete over a selection: empty cells need no change, the average column is not a cell.
    const QModelIndexList selection{cellOf(0, 0), cellOf(0, 1), cellOf(0, 4), m_model->index(0, 0)};
    QVERIFY(m_model->requestInput(selection, QString()));
    QCOMPARE(requested.size(), 1);
    const auto changes = requested.first().first().value<JournalCellChanges>();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).after.value, 0);
    QCOMPARE(changes.at(1).before.value, 3);
    // Clearing what is already clear asks for nothing.
    QVERIFY(m_model->requestInput({cellOf(3, 3)}, QString()));
    QCOMPARE(requested.size(), 1);
}

void TestJournalTableModel::lessonInsertedAndRemoved()
{
    // A view has shown the first lessons.
    QCOMPARE(cellOf(0, 0).data().toString(), QStringLiteral("5"));
    JournalLesson added;
    added.lesson.id = 99;
    added.lesson.date = QDate(2026, 9, 2);
    m_journal->allLessons.insert(1, added);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::columnsInserted);
    m_model->lessonInserted(99);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), JournalTableModel::FirstLessonColumn + 1);
    QCOMPARE(m_model->columnCount(), 52);
    QCOMPARE(m_model->lessonIdAt(JournalTableModel::FirstLessonColumn + 1), 99);
    QCOMPARE(cellOf(0, 2).data().toString(), QStringLiteral("3")); // lesson 2 moved one to the right

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::columnsRemoved);
    m_journal->allLessons.removeAt(1);
    m_model->lessonRemoved(99);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), JournalTableModel::FirstLessonColumn + 1);
    QCOMPARE(m_model->columnCount(), 51);
    QCOMPARE(cellOf(0, 1).data().toString(), QStringLiteral("3"));
    QCOMPARE(m_model->columnOfLesson(2), JournalTableModel::FirstLessonColumn + 1);
}

void TestJournalTableModel::hidingScheduledLessons()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_journal->setDateLimit(QDate(2026, 9, 10));
    m_model->reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->columnCount(), 1 + 10);
    QCOMPARE(m_model->columnOfLesson(20), -1);
}

void TestJournalTableModel::distanceLessonDecoration()
{
    m_journal->allLessons[2].distance = true;
    m_model->reload();
    m_model->setDistanceLessonDecoration(QStringLiteral("icon"));
    QCOMPARE(m_model->headerData(3, Qt::Horizontal, Qt::DecorationRole).toString(), QStringLiteral("icon"));
    QVERIFY(!m_model->headerData(2, Qt::Horizontal, Qt::DecorationRole).isValid());
    QVERIFY(m_model->headerData(3, Qt::Horizontal, JournalTableModel::DistanceLessonRole).toBool());
}

void TestJournalTableModel::ownsTheSourceItWasGiven()
{
    // A window's model and its source go together, whatever is deleted around them.
    class CountedJournal : public FakeJournal
    {
    public:
        explicit CountedJournal(bool *gone) : FakeJournal(3, 2), m_gone(gone) {}
        ~CountedJournal() override { *m_gone = true; }

    private:
        bool *m_gone;
    };
    bool gone = false;
    {
        JournalTableModel model(std::make_unique<CountedJournal>(&gone));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), JournalTableModel::FirstLessonColumn + 2);
        QVERIFY(!gone);
    }
    QVERIFY(gone);
}

QTEST_GUILESS_MAIN(TestJournalTableModel)
#include "tst_journaltablemodel.moc"

void TestJournalTableModel::allRolesAtOnceAnswerAsOneAtATime()
{
    // What a view asks of each cell it paints, in one call: the same answers as role by role, for a mark, an
    // absence with a mark, an empty cell, an edit not yet answered and an average.
    m_model->applyChanges({{Mark{4, 1005, 0, false}, Mark{4, 1005, 3, false}}});
    const QList<int> roles{Qt::DisplayRole,
                           Qt::EditRole,
                           Qt::ToolTipRole,
                           Qt::TextAlignmentRole,
                           Qt::FontRole,
                           Qt::DecorationRole,
                           JournalTableModel::LessonIdRole,
                           JournalTableModel::StudentIdRole,
                           JournalTableModel::MarkValueRole,
                           JournalTableModel::AbsentRole,
                           JournalTableModel::PendingRole};
    const QList<QModelIndex> cells{cellOf(0, 0), cellOf(2, 2), cellOf(2, 3), cellOf(5, 3),
                                   m_model->index(0, JournalTableModel::AverageColumn)};
    for (const QModelIndex &cell : cells) {
        QList<QModelRoleData> asked;
        for (int role : roles)
            asked << QModelRoleData(role);
        m_model->multiData(cell, asked);
        for (const QModelRoleData &answer : std::as_const(asked))
            QCOMPARE(answer.data(), cell.data(answer.role()));
    }
    QCOMPARE(cellOf(5, 3).data().toString(), QStringLiteral("3"));
}
