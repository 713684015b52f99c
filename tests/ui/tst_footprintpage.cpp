#include "../app/footprinttesthelpers.h"

#include "footprint/footprintdiarydialog.h"
#include "footprint/footprintdropzone.h"
#include "footprint/footprintextensionsform.h"
#include "footprint/footprintpage.h"
#include "footprint/footprintplanner.h"
#include "footprint/footprintreportdelegate.h"
#include "footprint/footprintreportmodel.h"
#include "sync/footprintlms.h"
#include "sync/footprintoutbox.h"
#include "sync/footprintstore.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace FootprintTest;

// The ЦС section as a teacher uses it (seed 000): the activity's «Расширения БАС», the reports' tabs with
// «Подробнее», the warning on saving changed extensions, and the practice diaries' dropzones.
class TestFootprintPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reportsInTwoTabs();
    void detailsBehindMore();
    void refusedValueNamesTheField();
    void warningOnChangedExtensions();
    void savesWithoutAskingWhenNothingIsFilled();
    void diaryTakesExactlyOneFile();

private:
    void deliver();
    int outboxRows(const QString &where = QString());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<BasExtensionCatalogue> m_catalogue;
    std::unique_ptr<FootprintStore> m_store;
    std::unique_ptr<FootprintPage> m_page;
    MemoryLrs m_lrs;
};

namespace {

const QString uav = QStringLiteral("https://id.2035.university/xapi/extension/uav/");

QJsonObject scale(int score)
{
    return {{QStringLiteral("score"), score},
            {QStringLiteral("min"), 0},
            {QStringLiteral("max"), 10},
            {QStringLiteral("unit"), QStringLiteral("баллы")},
            {QStringLiteral("bestResultSelector"), QStringLiteral("max")}};
}

} // namespace

void TestFootprintPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = std::make_unique<Cache>(m_dir->filePath(QStringLiteral("college.sqlite")));
    m_catalogue = std::make_unique<BasExtensionCatalogue>(catalogue());
    QVERIFY(openWithOutbox(*m_cache));
    // A group of three taking a program: activity 1 practical work (student 1 reported, confirmed), activity
    // 2 the block attestation of the practical block (student 1 passed), activity 3 a lecture of the theory
    // block.
    QVERIFY(write(*m_cache, [](QSqlDatabase &db, QString *) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("INSERT INTO organisation (id, name) VALUES (1, 'ГБПОУ «Колледж»')")) &&
               q.exec(QStringLiteral("INSERT INTO groups (id, name, course) VALUES (1, 'БАС-25-1', 1)")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO students (id, last_name, first_name, group_id, unti_id, entry) VALUES"
                   " (1, 'Иванов', 'Иван', 1, '5550001', 1), (2, 'Петров', 'Пётр', 1, '5550002', 1),"
                   " (3, 'Сидорова', 'Анна', 1, '5550003', 1)")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO programs (id, title, flow_id) VALUES (1, 'Эксплуатация БАС', '77')")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO program_blocks (id, program_id, title, kind, number) VALUES"
                   " (1, 1, 'Теоретическое обучение', 1, 1), (2, 1, 'Практическая подготовка', 2, 2)")) &&
               q.exec(QStringLiteral(
                   "INSERT INTO activities (id, block_id, group_id, title, type, position, attestation,"
                   " block_attestation) VALUES (1, 2, 1, 'Полёт по маршруту', 3, 1, 0, 0),"
                   " (2, 2, 1, 'Аттестация по практическому блоку', 2, 2, 1, 1),"
                   " (3, 1, 1, 'Введение в БАС', 1, 1, 0, 0)"));
    }));
    FootprintSetup setup;
    setup.providerBase = QStringLiteral("https://lms.example");
    setup.parentCourseId = QStringLiteral("100");
    setup.authorUntiId = QStringLiteral("33333");
    setup.declaredAt = QDateTime(QDate(2026, 9, 1), QTime(9, 0), Qt::OffsetFromUTC, 3 * 3600);
    const BasExtensionCatalogue *catalogue = m_catalogue.get();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        if (!FootprintLms::saveSetup(db, 1, setup, error))
            return false;
        for (qint64 activity : {1, 2}) {
            FootprintProgress progress;
            progress.activityId = activity;
            progress.studentId = 1;
            progress.events.testPassedAt =
                QDateTime(QDate(2026, 10, 1), QTime(10, 0), Qt::OffsetFromUTC, 3 * 3600);
            progress.events.solutionSentAt = progress.events.testPassedAt;
            progress.events.gradedAt = progress.events.testPassedAt;
            progress.events.reportSentAt = progress.events.testPassedAt;
            progress.events.reportConfirmedAt = progress.events.testPassedAt.addSecs(3600);
            progress.score = FootprintFact::Score{5, 0, 5};
            if (!FootprintLms::recordProgress(db, progress, *catalogue, now, error))
                return false;
        }
        return true;
    }));
    deliver();
    m_store = std::make_unique<FootprintStore>(*m_cache, *m_catalogue);
    m_page = std::make_unique<FootprintPage>(*m_store);
    m_page->show();
    QSignalSpy loaded(m_page.get(), &FootprintPage::loaded);
    QVERIFY(loaded.wait(10000));
}

void TestFootprintPage::cleanup()
{
    m_page.reset();
    m_store.reset();
    m_cache.reset();
    m_dir.reset();
}

void TestFootprintPage::deliver()
{
    FootprintOutbox outbox(
        *m_cache, [this](const QJsonArray &statements, QObject *context, LrsClient::IdsCallback done) {
            m_lrs.post(statements, context, std::move(done));
        });
    QSignalSpy drained(&outbox, &FootprintOutbox::drained);
    outbox.drain();
    QVERIFY(drained.wait(10000));
}

int TestFootprintPage::outboxRows(const QString &where)
{
    int count = 0;
    run(*m_cache, [&count, where](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM footprint_outbox") +
               (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
        count = q.next() ? q.value(0).toInt() : -1;
    });
    return count;
}

void TestFootprintPage::reportsInTwoTabs()
{
    QSignalSpy shown(m_page.get(), &FootprintPage::reportsShown);
    QVERIFY(m_page->selectActivity(1));
    QVERIFY(shown.wait(10000));
    auto *unfilled = m_page->findChild<QTreeView *>(QStringLiteral("unfilledReports"));
    auto *filled = m_page->findChild<QTreeView *>(QStringLiteral("filledReports"));
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    QCOMPARE(unfilled->model()->rowCount(), 2);
    QCOMPARE(filled->model()->rowCount(), 1);
    QCOMPARE(filled->model()->index(0, FootprintReportModel::NameColumn).data().toString(),
             QStringLiteral("Иванов Иван"));
    QCOMPARE(filled->model()->index(0, FootprintReportModel::StatusColumn).data().toString(),
             QStringLiteral("Sent to U2035"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Not filled (2)"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Filled (1)"));
    // The attestation checkboxes show the activity's flags.
    QVERIFY(m_page->selectActivity(2));
    QVERIFY(shown.wait(10000));
    QVERIFY(m_page->extensionsForm()->attestation());
    QVERIFY(m_page->extensionsForm()->blockAttestation());
}

void TestFootprintPage::detailsBehindMore()
{
    const BasExtensionCatalogue *catalogue = m_catalogue.get();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(write(*m_cache, [=](QSqlDatabase &db, QString *error) {
        return FootprintLms::saveActivityExtensions(
            db, 1, {{uav + QStringLiteral("flight-quality-score"), scale(7)}}, *catalogue, now, error);
    }));
    QSignalSpy shown(m_page.get(), &FootprintPage::reportsShown);
    QVERIFY(m_page->selectActivity(1));
    QVERIFY(shown.wait(10000));
    auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
    auto *filled = m_page->findChild<QTreeView *>(QStringLiteral("filledReports"));
    tabs->setCurrentWidget(filled);
    QTRY_VERIFY(filled->isVisible());
    const QModelIndex report = filled->model()->index(0, 0);
    const QModelIndex details = filled->model()->index(0, 0, report);
    QCOMPARE(details.data().toString(), QStringLiteral("Безопасность и качество полёта: 7 (0–10) баллы"));
    QVERIFY(filled->visualRect(details).isEmpty());
    // «Подробнее» of the row shows the details, a second click hides them again.
    auto *buttons = qobject_cast<FootprintReportDelegate *>(
        filled->itemDelegateForColumn(FootprintReportModel::ActionsColumn));
    QVERIFY(buttons);
    const auto clickMore = [&] {
        const QRect cell = filled->visualRect(report.siblingAtColumn(FootprintReportModel::ActionsColumn));
        QTest::mouseClick(filled->viewport(), Qt::LeftButton, {},
                          buttons->buttonRect(cell, FootprintReportDelegate::Button::More).center());
    };
    clickMore();
    QTRY_VERIFY(!filled->visualRect(details).isEmpty());
    clickMore();
    QTRY_VERIFY(filled->visualRect(details).isEmpty());
}

void TestFootprintPage::refusedValueNamesTheField()
{
    QSignalSpy shown(m_page.get(), &FootprintPage::reportsShown);
    QVERIFY(m_page->selectActivity(1));
    QVERIFY(shown.wait(10000));
    m_page->extensionsForm()->setValues({{uav + QStringLiteral("flight-quality-score"), scale(11)}});
    const int before = outboxRows();
    QSignalSpy saved(m_page.get(), &FootprintPage::saved);
    m_page->findChild<QPushButton *>(QStringLiteral("saveActivityButton"))->click();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    const QString problems = m_page->findChild<QLabel *>(QStringLiteral("extensionProblems"))->text();
    QVERIFY2(problems.startsWith(QStringLiteral("Безопасность и качество полёта: ")), qPrintable(problems));
    QCOMPARE(outboxRows(), before);
}

void TestFootprintPage::warningOnChangedExtensions()
{
    QSignalSpy shown(m_page.get(), &FootprintPage::reportsShown);
    QVERIFY(m_page->selectActivity(1));
    QVERIFY(shown.wait(10000));
    FootprintExtensionsForm *form = m_page->extensionsForm();
    QVERIFY(form->addField(uav + QStringLiteral("flight-quality-score")));
    form->setValues({{uav + QStringLiteral("flight-quality-score"), scale(8)}});
    const int before = outboxRows();
    QPushButton *save = m_page->findChild<QPushButton *>(QStringLiteral("saveActivityButton"));

    // Cancel: back to the form, nothing saved, nothing sent again.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QSignalSpy saved(m_page.get(), &FootprintPage::saved);
    save->click();
    QVERIFY(!MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("BAS extensions changed"));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.takeFirst().first().toBool(), false);
    QCOMPARE(outboxRows(), before);
    QCOMPARE(form->values()
                 .value(uav + QStringLiteral("flight-quality-score"))
                 .toObject()
                 .value(QStringLiteral("score"))
                 .toInt(),
             8);

    // «Сохранить»: every filled report is corrected — a cancel of the sent fact and its next revision.
    MessageBox::setNextAnswer(QMessageBox::Save);
    save->click();
    QVERIFY(!MessageBox::hasNextAnswer());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QCOMPARE(outboxRows(QStringLiteral("fact_key = 'cancel/fact/1/1/0'")), 1);
    QCOMPARE(
        outboxRows(QStringLiteral("fact_key = 'fact/1/1' AND revision = 1 AND body LIKE '%\"score\":8%'")),
        1);
    deliver();
    QCOMPARE(m_lrs.conflicts, 0);
}

void TestFootprintPage::savesWithoutAskingWhenNothingIsFilled()
{
    QSignalSpy shown(m_page.get(), &FootprintPage::reportsShown);
    QVERIFY(m_page->selectActivity(3)); // the lecture: nobody finished it yet
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->findChild<QTreeView *>(QStringLiteral("filledReports"))->model()->rowCount(), 0);
    m_page->extensionsForm()->setValues(
        {{QStringLiteral("https://id.2035.university/xapi/extension/method_of_fixation"),
          QStringLiteral("Фиксация в LMS")}});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QSignalSpy saved(m_page.get(), &FootprintPage::saved);
    m_page->findChild<QPushButton *>(QStringLiteral("saveActivityButton"))->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QVERIFY(MessageBox::hasNextAnswer()); // not asked
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestFootprintPage::diaryTakesExactlyOneFile()
{
    QVERIFY(m_page->selectBlock(2));
    QPushButton *upload = m_page->findChild<QPushButton *>(QStringLiteral("uploadDiariesButton"));
    QVERIFY(upload->isVisible());
    upload->click();
    auto *dialog = m_page->findChild<FootprintDiaryDialog *>(QStringLiteral("diaryDialog"));
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &FootprintDiaryDialog::loaded);
    QVERIFY(loaded.wait(10000));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("diaryTable"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Иванов Иван"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("No diary yet"));

    auto file = [this](const QString &name) {
        QFile out(m_dir->filePath(name));
        out.open(QIODevice::WriteOnly);
        out.write(name.toUtf8().repeated(100));
        return out.fileName();
    };
    auto *diary = qobject_cast<FootprintDropZone *>(table->cellWidget(0, 1));
    auto *others = qobject_cast<FootprintDropZone *>(table->cellWidget(0, 2));
    QVERIFY(diary && others);
    QSignalSpy refused(diary, &FootprintDropZone::refused);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!diary->offer({file(QStringLiteral("a.pdf")), file(QStringLiteral("b.pdf"))}));
    QCOMPARE(refused.size(), 1);
    QVERIFY(!MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Only one file can be uploaded as the practice diary."));
    QVERIFY(diary->offer({file(QStringLiteral("Дневник.pdf"))}));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(table->item(0, 3)->text(),
             QStringLiteral("Waiting to be sent")); // the attestation is passed: the report is queued
    diary = qobject_cast<FootprintDropZone *>(table->cellWidget(0, 1));
    QCOMPARE(diary->held(), QStringList{QStringLiteral("Дневник.pdf")});
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!diary->offer({file(QStringLiteral("c.pdf"))}));
    QVERIFY(!MessageBox::hasNextAnswer());
    others = qobject_cast<FootprintDropZone *>(table->cellWidget(0, 2));
    QVERIFY(others->offer({file(QStringLiteral("act.jpg")), file(QStringLiteral("photo.jpg"))}));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(qobject_cast<FootprintDropZone *>(table->cellWidget(0, 2))->held().size(), 2);
    QCOMPARE(outboxRows(QStringLiteral("fact_key = 'practice/2/1'")), 1);
    QCOMPARE(outboxRows(QStringLiteral("fact_key = 'practice/2/1' AND pending_documents = 3")), 1);
    dialog->close();
}

QTEST_MAIN(TestFootprintPage)
#include "tst_footprintpage.moc"
