#include "diarytestcollege.h"
#include "nextdialog.h"
#include "diary/extractdialog.h"
#include "journals/journallabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// «Выписка» (seed 001 §2) printed to PDF: the text of the file — read back with pdftotext — holds the
// student, the marks, the period and the teachers; the parents who refused the electronic form are offered
// first.
class TestExtractPdf : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedParentsComeFirst();
    void pdfHoldsStudentMarkPeriodAndTeacher();
    void wholeGroupOnePagePerStudent();
    void savedThroughTheFileDialog();
    void aPeriodEndingBeforeItStartsIsRefused();
    void aTeacherExtractsOwnSubjectsOnly();

private:
    static QString pdfText(const QString &path);
    void open(qint64 staffId, Role role);

    QTemporaryDir m_out;
    std::unique_ptr<DiaryTestCollege> m_college;
    std::unique_ptr<DiaryStore> m_store;
    std::unique_ptr<ExtractDialog> m_dialog;
};

void TestExtractPdf::initTestCase()
{
    // The Russian UI's dates: «01.09.2024».
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    QVERIFY(m_out.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "poppler-utils is needed");
}

void TestExtractPdf::init()
{
    m_college = std::make_unique<DiaryTestCollege>();
    QVERIFY(m_college->isValid());
}

void TestExtractPdf::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_college.reset();
}

void TestExtractPdf::open(qint64 staffId, Role role)
{
    m_store = std::make_unique<DiaryStore>(m_college->cache(), DiaryTestCollege::groupId);
    m_dialog = std::make_unique<ExtractDialog>(*m_store, m_college->contextOf(staffId, role));
    m_dialog->show();
    QTRY_VERIFY(m_store->isLoaded());
    QTRY_VERIFY(!m_dialog->html().isEmpty());
}

QString TestExtractPdf::pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return QString();
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

void TestExtractPdf::refusedParentsComeFirst()
{
    open(2, Role::Curator);
    auto *refused = m_dialog->findChild<QListWidget *>(QStringLiteral("refusedParents"));
    QVERIFY(refused->isVisible());
    QCOMPARE(refused->count(), 1);
    QVERIFY(refused->item(0)->text().startsWith(QStringLiteral("Борисов Олег Иванович")));
    QVERIFY(refused->item(0)->text().contains(QStringLiteral("Борисов Иван")));
    // His child is chosen first.
    QCOMPARE(m_dialog->student(), qint64(101));
    QVERIFY(m_dialog->html().contains(QStringLiteral("Борисов Иван")));
    QVERIFY(!m_dialog->html().contains(QStringLiteral("Алексеева Мария")));
}

void TestExtractPdf::pdfHoldsStudentMarkPeriodAndTeacher()
{
    open(2, Role::Curator);
    m_dialog->setStudent(100);
    m_dialog->setPeriod(QDate(2024, 9, 1), QDate(2024, 9, 30));
    const QString path = m_out.filePath(QStringLiteral("alekseeva.pdf"));
    QString error;
    QVERIFY2(m_dialog->savePdf(path, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Алексеева Мария Игоревна")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("01.09.2024")) && text.contains(QStringLiteral("30.09.2024")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Иванов Пётр")), qPrintable(text));              // English
    QVERIFY2(text.contains(QStringLiteral("Каган Наталья Викторовна")), qPrintable(text)); // Maths
    QVERIFY2(text.contains(QStringLiteral("Английский язык(ОГСЭ)")), qPrintable(text));
    // The lecture of 3 September with its mark 5, the test of 10 September with 4 and its homework.
    const QRegularExpression lecture(QStringLiteral("03\\.09\\.2024.*Present Simple\\s+5"));
    QVERIFY2(lecture.match(text).hasMatch(), qPrintable(text));
    const QRegularExpression test(QStringLiteral("10\\.09\\.2024.*\\s4\\s+Упр\\. 5"));
    QVERIFY2(test.match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Алексеева Елена Сергеевна")), qPrintable(text)); // the parent
}

void TestExtractPdf::wholeGroupOnePagePerStudent()
{
    open(2, Role::Curator);
    m_dialog->setStudent(0);
    m_dialog->setPeriod(QDate(2024, 9, 1), QDate(2024, 12, 20));
    const QString path = m_out.filePath(QStringLiteral("group.pdf"));
    QVERIFY(m_dialog->savePdf(path));
    const QString text = pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Алексеева Мария Игоревна")));
    QVERIFY(text.contains(QStringLiteral("Борисов Иван")));
    // pdftotext separates pages with a form feed: the second student starts a page of their own.
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 2, qPrintable(text));
    QVERIFY(pages.first().contains(QStringLiteral("Алексеева Мария")));
    QVERIFY(!pages.first().contains(QStringLiteral("Борисов Иван")));
    // Борисов's absence of 3 September is there as the journal writes it («н»).
    const QRegularExpression absent(
        QStringLiteral("03\\.09\\.2024.*Present Simple\\s+") +
        QRegularExpression::escape(JournalLabels::cell(Mark{1000, 101, 0, true})));
    QVERIFY2(absent.match(pages.last()).hasMatch(), qPrintable(pages.last()));
}

void TestExtractPdf::savedThroughTheFileDialog()
{
    open(2, Role::Curator);
    m_dialog->setStudent(100);
    const QString path = m_out.filePath(QStringLiteral("chosen.pdf"));
    NextDialog dialogs;
    QString suggested;
    dialogs.handle([&](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        suggested = files->selectedFiles().value(0);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept();
    });
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("extractSavePdf")), Qt::LeftButton);
    QVERIFY(dialogs.handled());
    QVERIFY2(suggested.endsWith(QStringLiteral(".pdf")), qPrintable(suggested));
    QTRY_VERIFY(QFileInfo::exists(path));
    QVERIFY(pdfText(path).contains(QStringLiteral("Алексеева Мария Игоревна")));
}

void TestExtractPdf::aPeriodEndingBeforeItStartsIsRefused()
{
    open(2, Role::Curator);
    m_dialog->setPeriod(QDate(2024, 10, 1), QDate(2024, 9, 1));
    auto *problem = m_dialog->findChild<QLabel *>(QStringLiteral("periodProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("extractSavePdf"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("extractPrint"))->isEnabled());
    m_dialog->setPeriod(QDate(2024, 9, 1), QDate(2024, 10, 1));
    QVERIFY(!problem->isVisible());
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("extractSavePdf"))->isEnabled());
}

void TestExtractPdf::aTeacherExtractsOwnSubjectsOnly()
{
    open(3, Role::SubjectTeacher);
    m_dialog->setStudent(100);
    QVERIFY(m_dialog->html().contains(QStringLiteral("Английский язык(ОГСЭ)")));
    QVERIFY(!m_dialog->html().contains(QStringLiteral("Математика")));
}

QTEST_MAIN(TestExtractPdf)
#include "tst_extractpdf.moc"
