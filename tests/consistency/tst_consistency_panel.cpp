// Issue 18, the panel: Check Consistency… on the Log tab opens the dialog, which checks at once, lists the
// findings, and repairs them only after the question is answered yes (then checks again).
#include "CalendarWorld.h"

#include "ConsistencyDialog.h"
#include "ControlPanelWindow.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "profile/Profile.h"

#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace cxsync;
using cxsync::testsupport::CalendarWorld;

class TestConsistencyPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<CalendarWorld> m_world;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;

    QString twin(const QString &subject)
    {
        const auto &bob = m_world->people().at(1);
        const QDateTime start(QDate::currentDate().addDays(2), QTime(14, 0), QTimeZone::utc());
        const QJsonObject c = m_world->crm().createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), subject},
                        {QStringLiteral("Comm_DateTime"), start.toString(Qt::ISODate)},
                        {QStringLiteral("Comm_ToDateTime"), start.addSecs(1800).toString(Qt::ISODate)},
                        {QStringLiteral("Comm_UserId"), bob.crmId.toInt()}},
            {bob.crmId});
        const auto wall = [](const QDateTime &t) {
            return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        };
        m_world->graph().createEvent(
            bob.mailbox,
            QJsonObject{
                {QStringLiteral("subject"), subject},
                {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), wall(start)},
                                                      {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), wall(start.addSecs(1800))},
                                                    {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}});
        return CalendarWorld::commId(c);
    }

    ConsistencyDialog *openDialog()
    {
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("action/checkConsistency"));
        if (!button)
            return nullptr;
        button->click();
        return m_window->findChild<ConsistencyDialog *>(QStringLiteral("consistencyDialog"));
    }

private Q_SLOTS:
    void init()
    {
        CalendarWorld::Options o;
        o.users = 3;
        m_world = std::make_unique<CalendarWorld>(o);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        auto loaded = SecretsFile::load(m_world->secretsPath());
        QVERIFY(loaded.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr); // secrets handed in, no keychain
        m_secrets->setOverrides(loaded.value());
        m_profile = std::make_unique<Profile>(m_world->settings(), *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_profile, *m_secrets);
        m_window->show();
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets.reset();
        m_world.reset();
    }

    void findsAndRepairsOnlyAfterYes()
    {
        const QString comm = twin(QStringLiteral("Twin in the panel"));
        QVERIFY(!comm.isEmpty());
        ConsistencyDialog *dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &ConsistencyDialog::checkFinished);
        QVERIFY(checked.wait(30000));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("consistency/table"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Twin in the panel"));
        auto *repair = dialog->findChild<QPushButton *>(QStringLiteral("consistency/repair"));
        QVERIFY(repair && repair->isEnabled());

        // No: nothing is written
        QString asked;
        dialog->setConfirm([&asked](const QString &question, std::function<void(bool)> answer) {
            asked = question;
            answer(false);
        });
        repair->click();
        QVERIFY(asked.contains(QLatin1String("Nobody is invited")));
        QTest::qWait(200);
        QVERIFY(!dialog->isBusy());
        QCOMPARE(m_world->links().size(), 0);

        // Yes: repaired, and the check that follows is clean
        dialog->setConfirm([](const QString &, std::function<void(bool)> answer) { answer(true); });
        QSignalSpy repaired(dialog, &ConsistencyDialog::repairFinished);
        checked.clear();
        repair->click();
        QVERIFY(repaired.wait(30000));
        QVERIFY(checked.wait(30000));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(dialog->lastCheck().clean());
        QCOMPARE(m_world->links().size(), 1);
        QCOMPARE(m_world->links().constFirst().crmCommId, comm);
        QVERIFY(!repair->isEnabled());
    }
};

QTEST_MAIN(TestConsistencyPanel)
#include "tst_consistency_panel.moc"
