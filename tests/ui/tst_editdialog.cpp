#include "widgets/editdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

// The one edit dialog: Save runs the subclass's check and keeps the dialog open on a problem; read-only has
// no Save and a Close instead of Cancel.
class TestEditDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveKeepsTheDialogOpenUntilTheCheckPasses();
    void readOnlyOffersOnlyClose();
};

namespace {

class NameDialog : public EditDialog
{
public:
    NameDialog() : m_name(new QLineEdit(this))
    {
        setTitle(QStringLiteral("<b>Группа ПКК-26-1</b>"));
        bodyLayout()->addWidget(m_name);
    }
    QLineEdit *m_name;

protected:
    bool save() override
    {
        if (m_name->text().isEmpty()) {
            showMessage(QStringLiteral("Введите название."));
            return false;
        }
        return true;
    }
};

} // namespace

void TestEditDialog::saveKeepsTheDialogOpenUntilTheCheckPasses()
{
    NameDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.titleLabel()->isVisible());
    QVERIFY(!dialog.messageLabel()->isVisible());
    QSignalSpy accepted(&dialog, &QDialog::accepted);

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.size(), 0);
    QVERIFY(dialog.messageLabel()->isVisible());
    QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Введите название."));

    dialog.m_name->setText(QStringLiteral("ПКК-26-1"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestEditDialog::readOnlyOffersOnlyClose()
{
    NameDialog dialog;
    const QString cancel = dialog.cancelButton()->text();
    dialog.setReadOnly(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.saveButton()->isVisible());
    QVERIFY(dialog.cancelButton()->text() != cancel);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.accept(); // Enter: nothing to save, the dialog closes
    QCOMPARE(rejected.size(), 1);

    dialog.setReadOnly(false);
    QCOMPARE(dialog.cancelButton()->text(), cancel);
    QVERIFY(!dialog.saveButton()->isHidden());
}

QTEST_MAIN(TestEditDialog)
#include "tst_editdialog.moc"
