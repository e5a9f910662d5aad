// CRM metadata that is absent (issue 14): an install whose REST API has no $prototypes/{entity}. User sync
// and Install Scripts do not stop: the custom fields are looked for on records, what cannot be told is a
// warning, and a write that needs a field the CRM really lacks fails naming the field and where to add it.
#include "Clock.h"
#include "UserSyncWorld.h"
#include "config/LayeredSecretStore.h"
#include "hooks/HooksInstaller.h"
#include "profile/Profile.h"
#include "users/UserSync.h"

#include <QSignalSpy>

using namespace cxsync;
using namespace cxsync::testsupport;

class TestCrmMetadata : public QObject {
    Q_OBJECT

    std::unique_ptr<UserSyncWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;

    Result<users::UserSyncPlan> plan(users::UserSync &userSync)
    {
        return await<users::UserSyncPlan>([&](auto done) { userSync.preparePlan(done); });
    }
    users::UserSyncReport apply(users::UserSync &userSync, const users::UserSyncPlan &plan)
    {
        QSignalSpy applied(&userSync.applier(), &users::UserSyncApplier::finished);
        userSync.applier().start(plan, users::ApplyOptions{false, 4});
        if (!applied.wait(30000))
            return {};
        return applied.first().first().value<users::UserSyncReport>();
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<UserSyncWorld>(12);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_world->crm().setPerEntityPrototypes(false);
        m_connections = m_world->connect();
        m_journal = m_world->openJournal();
        QVERIFY(m_connections && m_journal);
    }
    void cleanup()
    {
        m_connections.reset();
        m_journal.reset();
        m_world.reset();
    }

    void userSyncGoesOnWithoutEntityPrototypes_data()
    {
        QTest::addColumn<bool>("customFields");
        QTest::newRow("the fields exist: seen on a user record, no warning, users linked") << true;
        QTest::newRow("they do not: a warning, and each link write names the missing field") << false;
    }
    void userSyncGoesOnWithoutEntityPrototypes()
    {
        QFETCH(bool, customFields);
        m_world->crm().setCustomFieldsPresent(customFields);
        users::UserSync userSync(
            m_connections->crm(), *m_connections->exchange(), *m_journal, m_world->clock(),
            users::UserSync::matchOptions(m_world->settings(), m_connections->exchangeServerNames()));
        const Result<users::UserSyncPlan> p = plan(userSync);
        QVERIFY2(p.ok(), why(p).constData()); // before issue 14: the 404 of $prototypes/Users stopped here
        const int links = p.value().count(users::PlanAction::Link);
        QVERIFY(links >= 3);
        if (customFields) {
            QVERIFY2(p.value().warnings.isEmpty(), qPrintable(p.value().warnings.join(QLatin1Char('\n'))));
        } else {
            QCOMPARE(p.value().warnings.size(), 1);
            QVERIFY2(p.value().warnings.first().contains(QLatin1String("User_ExchangeServer")),
                     qPrintable(p.value().warnings.first()));
        }
        const users::UserSyncReport report = apply(userSync, p.value());
        if (customFields) {
            QVERIFY2(report.ok(),
                     report.failures.isEmpty() ? "" : qPrintable(report.failures.first().second));
            QCOMPARE(report.linked, links);
            int stored = 0;
            for (const QJsonObject &user : m_world->crmUsers())
                stored += user.value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty() ? 0 : 1;
            QCOMPARE(stored, links);
            return;
        }
        QCOMPARE(report.linked, 0);
        QVERIFY(report.failed >= 1);
        for (const auto &failure : report.failures) {
            QVERIFY2(failure.second.contains(QLatin1String("User_ExchangeServer")),
                     qPrintable(failure.second));
            QVERIFY2(failure.second.contains(QLatin1String("Administration | Customization | Users")),
                     qPrintable(failure.second));
        }
    }

    void installScriptsGoesOnWithoutEntityPrototypes()
    {
        m_connections.reset(); // the installer opens its own
        m_journal.reset();
        auto loaded = SecretsFile::load(m_world->secretsPath());
        QVERIFY(loaded.ok());
        LayeredSecretStore secrets(nullptr);
        secrets.setOverrides(loaded.value());
        Profile profile(m_world->settings(), secrets);
        HooksInstaller installer(profile);
        QStringList lines;
        connect(&installer, &HooksInstaller::message, this, [&lines](const QString &text, bool error) {
            lines.append((error ? QStringLiteral("E ") : QStringLiteral("  ")) + text);
        });
        QSignalSpy finished(&installer, &HooksInstaller::finished);
        installer.start();
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().first().value<HooksInstaller::Report>();
        const QString all = lines.join(QLatin1Char('\n'));
        // No communication exists yet to show the Comm_ fields: a warning, not a failure.
        QVERIFY2(report.ok(), qPrintable(all));
        QVERIFY(report.crmChecked);
        QVERIFY(report.crmMissing.isEmpty());
        QVERIFY2(all.contains(QLatin1String("could not confirm Comm_ExchangeResponses, Comm_ExchangeId")),
                 qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("\nE ")) && !all.startsWith(QLatin1String("E ")),
                 qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestCrmMetadata)
#include "tst_crm_metadata.moc"
