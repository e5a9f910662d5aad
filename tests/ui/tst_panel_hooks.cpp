// Install Scripts from the control panel, against the Graph and CRM sandboxes over loopback: the button
// checks the CRM fields (listing the missing ones by name) and creates one Graph subscription per linked
// mailbox (Graph validating the listener, which the panel answers while no service runs), with progress,
// Cancel, and every result line in the Status pane; Sync Users With CRM And Install Scripts does both halves;
// the Service tab then lists the subscriptions.
#include "ControlPanelWindow.h"
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "SandboxEnvironment.h"
#include "SandboxProfileSupport.h"
#include "ServicePage.h"
#include "UsersPage.h"
#include "UsersPreviewDialog.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestPanelHooks final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    QString m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_panelProfile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;

    template <typename T> T *widget(const QString &name) { return m_window->findChild<T *>(name); }
    QString status() { return widget<QPlainTextEdit>(QStringLiteral("status"))->toPlainText(); }
    QPushButton *installButton() { return widget<QPushButton>(QStringLiteral("action/installScripts")); }
    QJsonArray graphSubscriptions() const { return m_env->graph()->subscriptions().toJson(); }

    void openWindow()
    {
        m_window.reset();
        m_panelProfile.reset();
        m_settings.reset();
        auto opened = Settings::open(m_profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        m_panelProfile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_panelProfile, *m_secrets);
        m_window->show();
    }

    // Links the first `count` sandbox mailboxes to CRM users in the journal, as a user sync would have.
    QStringList link(int count)
    {
        auto journal = Journal::open(m_settings->journalPath());
        if (!journal.ok())
            return {};
        users::UserLinkStore links(*journal.value());
        const QJsonArray mailboxes = m_env->graph()->users();
        QStringList ids;
        for (int i = 0; i < count && i < mailboxes.size(); ++i) {
            const QJsonObject user = mailboxes.at(i).toObject();
            users::UserLink l;
            l.crmUserId = QString::number(1000 + i);
            l.crmLogon = QStringLiteral("user%1").arg(i);
            l.exchangeServer = QStringLiteral("graph:sandbox");
            l.exchangeUserId = user.value(QStringLiteral("id")).toString();
            l.mailbox = user.value(QStringLiteral("mail")).toString();
            l.rule = users::MatchRule::PrimarySmtp;
            l.state = users::LinkState::Linked;
            if (!links.save(l, QDateTime::currentDateTimeUtc()).ok())
                return {};
            ids.append(l.exchangeUserId);
        }
        return ids;
    }

    // Presses Install Scripts and waits for the end: 1 = it reported success, 0 = failure, -1 = no end.
    int install(int timeoutMs = 60000)
    {
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::installScriptsFinished);
        QTest::mouseClick(installButton(), Qt::LeftButton);
        if (!finished.wait(timeoutMs))
            return -1;
        return finished.first().first().toBool() ? 1 : 0;
    }

    QHash<QString, QString> serviceHealthByMailbox()
    {
        auto *page = m_window->findChild<ServicePage *>(QStringLiteral("servicePage"));
        page->refresh();
        auto *model = qobject_cast<QStandardItemModel *>(
            widget<QTableView>(QStringLiteral("serviceSubscriptions"))->model());
        QHash<QString, QString> out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.insert(model->index(row, ServicePage::MailboxColumn).data().toString(),
                       model->index(row, ServicePage::HealthColumn).data(ServicePage::HealthRole).toString());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxProfilePaths paths;
        const QString error = startWithProfile(*m_env, 8, m_dir->path(), &paths);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = paths.profile;
        const QString secrets = paths.secrets;
        auto loaded = SecretsFile::load(secrets);
        QVERIFY(loaded.ok());
        // No keychain here: the client state the first install creates is kept for the session, as the panel
        // does when no keychain is reachable.
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        // Without the listener's client state: the first install creates it.
        SecretsFile::Values values = loaded.value();
        values.remove(Secret::ListenerClientState);
        m_secrets->setOverrides(values);
        m_secrets->setSessionFallback(true);
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_panelProfile.reset();
        m_secrets.reset();
        m_settings.reset();
        m_env.reset();
        m_dir.reset();
    }

    void installScriptsSubscribesEveryLinkedMailbox()
    {
        const QStringList linked = link(3);
        QCOMPARE(linked.size(), 3);
        auto *button = installButton();
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::installScriptsFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), QStringLiteral("Cancel Install Scripts"));
        QVERIFY(widget<QProgressBar>(QStringLiteral("action/installProgress"))->isVisible());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(button->text(), QStringLiteral("Install Scripts"));
        QVERIFY(!widget<QProgressBar>(QStringLiteral("action/installProgress"))->isVisible());

        // Graph has one subscription per linked mailbox, all with the same (new) client state.
        const QJsonArray subscriptions = graphSubscriptions();
        QCOMPARE(int(subscriptions.size()), 3);
        QSet<QString> resources;
        for (const QJsonValue &s : subscriptions) {
            resources.insert(s.toObject().value(QStringLiteral("resource")).toString().toLower());
            QVERIFY(s.toObject()
                        .value(QStringLiteral("notificationUrl"))
                        .toString()
                        .endsWith(QStringLiteral("/cxsync/notifications")));
        }
        for (const QString &id : linked)
            QVERIFY2(resources.contains(QStringLiteral("/users/%1/events").arg(id).toLower()),
                     qPrintable(id));
        // The new client state is the same on each, and it went to the secret store, not to the settings
        // file.
        const QString clientState =
            subscriptions.first().toObject().value(QStringLiteral("clientState")).toString();
        QCOMPARE(clientState.size(), 48);
        for (const QJsonValue &s : subscriptions)
            QCOMPARE(s.toObject().value(QStringLiteral("clientState")).toString(), clientState);
        QFile ini(m_profile);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(clientState.toUtf8()));

        const QString text = status();
        QVERIFY2(text.contains(QStringLiteral("Install Scripts: CRM side: custom fields present")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("A new listener client state was created")));
        QVERIFY(text.contains(QStringLiteral("answers Graph's validation itself")));
        for (const QString &id : linked)
            QVERIFY2(text.contains(
                         QStringLiteral("Install Scripts: subscription for %1 created; expires").arg(id)),
                     qPrintable(text));
        QVERIFY(text.contains(
            QStringLiteral("Subscriptions: 3 created, 0 renewed, 0 kept, 0 recreated, 0 failed.")));
        QVERIFY(text.contains(QStringLiteral("Install Scripts finished.")));

        // The Service tab lists them, healthy.
        const QHash<QString, QString> health = serviceHealthByMailbox();
        QCOMPARE(health.size(), 3);
        for (const QString &id : linked)
            QCOMPARE(health.value(id), QStringLiteral("healthy"));

        // Again: the same client state is read back, nothing new at Graph.
        QCOMPARE(install(), 1);
        QVERIFY(status().contains(
            QStringLiteral("Subscriptions: 0 created, 0 renewed, 3 kept, 0 recreated, 0 failed.")));
        QCOMPARE(int(graphSubscriptions().size()), 3);
        QCOMPARE(int(status().count(QStringLiteral("A new listener client state was created"))), 1);
    }

    void missingCrmFieldsAreListedByName()
    {
        m_env->crm()->setCustomFieldsPresent(false);
        QCOMPARE(link(1).size(), 1);
        QCOMPARE(install(), 0);
        const QString text = status();
        QVERIFY2(text.contains(QStringLiteral("Sage CRM's REST API cannot create fields")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Administration > Customization")));
        for (const char *field :
             {"User_ExchangeServer", "User_ExchangeUserId", "Comm_ExchangeResponses", "Comm_ExchangeId"})
            QVERIFY2(text.contains(QStringLiteral("Install Scripts: %1 (on ").arg(QLatin1String(field))),
                     field);
        QVERIFY(text.contains(QStringLiteral("Install Scripts finished with 1 problem(s)")));
        // The Exchange side is still done.
        QCOMPARE(int(graphSubscriptions().size()), 1);
    }

    void cancelStopsAfterTheMailboxUnderWay()
    {
        const int mailboxes = int(m_env->graph()->users().size());
        QVERIFY(mailboxes >= 4);
        QCOMPARE(link(mailboxes).size(), mailboxes);
        m_env->graph()->setLatency(300); // slow enough to press Cancel in the middle
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::installScriptsFinished);
        auto *progress = widget<QProgressBar>(QStringLiteral("action/installProgress"));
        QTest::mouseClick(installButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == mailboxes && progress->value() >= 1, 30000);
        QTest::mouseClick(installButton(), Qt::LeftButton); // "Cancel Install Scripts"
        QVERIFY(status().contains(QStringLiteral("cancelling after the mailbox under way")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        const int done = int(graphSubscriptions().size());
        QVERIFY2(done >= 1 && done < mailboxes, qPrintable(QString::number(done)));
        const QString text = status();
        QVERIFY2(
            text.contains(QStringLiteral("Cancelled: %1 mailbox(es) were not handled").arg(mailboxes - done)),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Install Scripts cancelled.")));
        QCOMPARE(installButton()->text(), QStringLiteral("Install Scripts"));
        QVERIFY(installButton()->isEnabled());
        QCOMPARE(serviceHealthByMailbox().size(), done);
    }

    void withoutAPublicUrlNothingIsInstalled()
    {
        QCOMPARE(link(2).size(), 2);
        {
            QSettings ini(m_profile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("listener/publicUrl"), QString());
        }
        openWindow();
        QCOMPARE(install(), 0);
        QVERIFY2(status().contains(QStringLiteral("push is not configured")), qPrintable(status()));
        QVERIFY(status().contains(QStringLiteral("Install Scripts: nothing was installed.")));
        QCOMPARE(int(graphSubscriptions().size()), 0);
    }

    void syncUsersWithCrmAndInstallScriptsDoesBoth()
    {
        auto *page = m_window->findChild<UsersPage *>(QStringLiteral("usersPage"));
        QVERIFY(page);
        QSignalSpy preview(page, &UsersPage::previewShown);
        QSignalSpy installed(m_window.get(), &ControlPanelWindow::installScriptsFinished);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("action/syncUsers")), Qt::LeftButton);
        QVERIFY(preview.wait(30000));
        page->preview()->accept();
        QVERIFY(installed.wait(60000));
        QCOMPARE(installed.first().first().toBool(), true);

        auto journal = Journal::open(m_settings->journalPath());
        QVERIFY(journal.ok());
        const auto links = users::UserLinkStore(*journal.value()).all();
        QVERIFY(links.ok());
        QSet<QString> linked;
        for (const users::UserLink &l : links.value()) {
            if (l.state == users::LinkState::Linked)
                linked.insert(QStringLiteral("/users/%1/events").arg(l.exchangeUserId).toLower());
        }
        QVERIFY(linked.size() >= 3);
        QSet<QString> subscribed;
        for (const QJsonValue &s : graphSubscriptions())
            subscribed.insert(s.toObject().value(QStringLiteral("resource")).toString().toLower());
        QCOMPARE(subscribed, linked);
        const QString text = status();
        QVERIFY2(text.indexOf(QStringLiteral("Sync Users: ")) <
                     text.indexOf(QStringLiteral("Install Scripts started")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Subscriptions: %1 created").arg(linked.size())));
        QVERIFY(!text.contains(QStringLiteral("not done")));
    }
};

QTEST_MAIN(TestPanelHooks)
#include "tst_panel_hooks.moc"
