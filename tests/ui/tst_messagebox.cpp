#include "widgets/messagebox.h"

#include "nextdialog.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

// A test answers the next message box without it being shown (KeePassXC's MessageBox::setNextAnswer).
class TestMessageBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theNextAnswerIsGivenOnceWithoutABox();
    void withoutAnAnswerTheBoxIsShown();
};

void TestMessageBox::theNextAnswerIsGivenOnceWithoutABox()
{
    QWidget window;
    NextDialog shown([](QDialog *dialog) { dialog->reject(); });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::question(&window, QStringLiteral("Удалить занятие"), QStringLiteral("Удалить?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
             QMessageBox::Yes);
    QVERIFY(!MessageBox::hasNextAnswer());
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("Удалить занятие"));
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Удалить?"));
    QVERIFY(!shown.handled());

    MessageBox::setNextAnswer(QMessageBox::Save);
    QCOMPARE(MessageBox::ask(&window, QMessageBox::Warning, QStringLiteral("t"), QStringLiteral("x"),
                             QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel),
             QMessageBox::Save);
    QVERIFY(!shown.handled());
}

void TestMessageBox::withoutAnAnswerTheBoxIsShown()
{
    QWidget window;
    QString buttonText;
    NextDialog shown([&buttonText](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        QVERIFY(box);
        buttonText = box->button(QMessageBox::Save)->text();
        box->button(QMessageBox::Save)->click();
    });
    QCOMPARE(MessageBox::ask(&window, QMessageBox::Warning, QStringLiteral("Расширения БАС изменены"),
                             QStringLiteral("Сохранить?"), QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel, QStringLiteral("extensionsChangedWarning"),
                             {{QMessageBox::Save, QStringLiteral("Сохранить")}}),
             QMessageBox::Save);
    QVERIFY(shown.handled());
    QCOMPARE(shown.windowTitle(), QStringLiteral("Расширения БАС изменены"));
    QCOMPARE(shown.text(), QStringLiteral("Сохранить?"));
    QCOMPARE(buttonText, QStringLiteral("Сохранить"));

    shown.handle([](QDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Escape); });
    QCOMPARE(MessageBox::information(&window, QStringLiteral("Дистанционное занятие"),
                                     QStringLiteral("Звонок завершен")),
             QMessageBox::Ok);
    QVERIFY(shown.handled());
}

QTEST_MAIN(TestMessageBox)
#include "tst_messagebox.moc"
