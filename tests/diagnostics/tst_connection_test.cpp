// Test Connection (issue 4): the happy path and each hint of the table, each reached by a real condition set
// up in the sandboxes (wrong or expired secret, consent missing, access policy, absent or inactive mailbox,
// CRM user without API access, missing custom fields, unreachable / unresolvable / untrusted servers, clock
// skew, throttling, listener down), plus the CLI's --json output and the redaction of traces.
#include "Cli.h"
#include "CrmSandbox.h"
#include "EwsSandbox.h"
#include "FaultPlan.h"
#include "GraphSandbox.h"
#include "HttpSandbox.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "config/MemorySecretStore.h"
#include "config/Settings.h"
#include "diagnostics/ConnectionTest.h"
#include "net/HttpTrace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cxsync;
using namespace cxsync::sandbox;

namespace {

QStringList g_messages; // log output captured while a test runs
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message);
    Q_UNUSED(type)
}

} // namespace

class TestConnectionTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QJsonObject m_sandbox;
    SystemClock m_clock;

    void setSetting(const QString &key, const QVariant &value)
    {
        SettingsValues values = m_settings->values();
        values.insert(key, value);
        const ValidationIssues issues = m_settings->save(values);
        QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.first().message));
    }

    void storeSecret(Secret secret, const QString &value)
    {
        bool done = false;
        m_secrets->write(secret, value, [&done](Status s) {
            QVERIFY(s.ok());
            done = true;
        });
        QTRY_VERIFY(done);
    }

    QList<StepResult> run(ConnectionTestOptions options = {})
    {
        options.stepTimeoutMs = 3000;
        ConnectionTest test(*m_settings, *m_secrets, &m_clock, options);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        QSignalSpy steps(&test, &ConnectionTest::stepFinished);
        test.start();
        if (!finished.wait(30000))
            return {};
        // Every step reported once, in the documented order.
        QStringList order;
        for (const StepResult &r : test.results())
            order.append(r.id);
        if (order != ConnectionTest::stepIds() || steps.count() != order.size())
            return {};
        return test.results();
    }

    static StepResult step(const QList<StepResult> &results, const QString &id)
    {
        for (const StepResult &r : results) {
            if (r.id == id)
                return r;
        }
        return {};
    }

    static bool passed(const QList<StepResult> &results)
    {
        return !results.isEmpty() && std::none_of(results.cbegin(), results.cend(), [](const StepResult &r) {
            return r.outcome == StepOutcome::Failed;
        });
    }

    static QString describe(const QList<StepResult> &results)
    {
        QStringList lines;
        for (const StepResult &r : results)
            lines.append(QStringLiteral("%1=%2 [%3] %4").arg(r.id, StepResult::outcomeName(r.outcome), r.hint.id,
                                                             r.detail.left(160)));
        return lines.join(QLatin1Char('\n'));
    }

    // A CRM admin's change to the sync user's own record, over the CRM's REST API.
    void setSyncUserFlag(const QString &field, const QString &value)
    {
        QString userId;
        for (const QJsonValue &u : m_env->crm()->users()) {
            if (u.toObject().value(QStringLiteral("User_Logon")).toString() == m_sandbox.value(QStringLiteral("crmUser")).toString())
                userId = QString::number(u.toObject().value(QStringLiteral("User_UserId")).toInteger());
        }
        QVERIFY(!userId.isEmpty());
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox.value(QStringLiteral("crm")).toString() + QStringLiteral("Users('%1')").arg(userId)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray credentials = (m_sandbox.value(QStringLiteral("crmUser")).toString() + QLatin1Char(':') +
                                        m_sandbox.value(QStringLiteral("crmPassword")).toString())
                                           .toUtf8()
                                           .toBase64();
        request.setRawHeader("Authorization", "Basic " + credentials);
        QNetworkReply *reply =
            network.put(request, QJsonDocument(QJsonObject{{field, value}}).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }

    QString firstMailbox(int index) const
    {
        return m_env->graph()->users().at(index).toObject().value(QStringLiteral("mail")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxOptions options;
        options.users = 12;
        options.appointments = 0;
        QString error;
        QVERIFY2(m_env->start(options, &error), qPrintable(error));
        m_sandbox = m_env->describe();
        const QString profile = m_dir->filePath(QStringLiteral("profile.ini"));
        const Status written = SandboxProfile::write(m_sandbox, profile, QString());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        auto opened = Settings::open(profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        storeSecret(Secret::CrmPassword, m_sandbox.value(QStringLiteral("crmPassword")).toString());
        storeSecret(Secret::GraphClientSecret, m_sandbox.value(QStringLiteral("clientSecret")).toString());
        // Push is tested on its own; elsewhere the listener step is "not configured".
        setSetting(Keys::ListenerPublicUrl, QString());
        g_messages.clear();
    }

    void cleanup()
    {
        m_settings.reset();
        m_env.reset();
        m_dir.reset();
        net::HttpTrace::setEnabled(false);
    }

    // Least privilege (issue 18): an out-of-scope mailbox the application can read is a warning naming the
    // commands (with the app id); an application access policy that keeps it out makes the step pass; one for
    // another application changes nothing; an unknown mailbox says the scope could not be checked.
    void leastPrivilegeOnGraph()
    {
        const QString account = m_settings->value(Keys::ExchangeAccount).toString();
        QString outside;
        for (const QJsonValue &u : m_env->graph()->users()) {
            const QString mail = u.toObject().value(QStringLiteral("mail")).toString();
            if (!mail.isEmpty() && mail.compare(account, Qt::CaseInsensitive) != 0 &&
                u.toObject().value(QStringLiteral("accountEnabled")).toBool(true)) {
                outside = mail;
                break;
            }
        }
        QVERIFY(!outside.isEmpty());
        // Without the setting the step is skipped.
        QCOMPARE(step(run(), QStringLiteral("least-privilege")).outcome, StepOutcome::Skipped);
        setSetting(Keys::OutOfScopeMailbox, outside);
        const QString appId = m_settings->value(Keys::GraphClientId).toString();

        QList<StepResult> results = run();
        StepResult scope = step(results, QStringLiteral("least-privilege"));
        QVERIFY2(scope.outcome == StepOutcome::Warning, qPrintable(describe(results)));
        QCOMPARE(scope.hint.id, QStringLiteral("scope-not-restricted"));
        QVERIFY2(scope.hint.fix.contains(QStringLiteral("New-ApplicationAccessPolicy -AppId %1").arg(appId)),
                 qPrintable(scope.hint.fix));
        QVERIFY(scope.hint.fix.contains(QStringLiteral("New-ManagementRoleAssignment -App %1").arg(appId)));
        QVERIFY(scope.hint.fix.contains(outside));
        QVERIFY(passed(results)); // a warning does not fail Test Connection

        // A policy for another application does not restrict this one.
        QString error;
        const QJsonObject other{{QStringLiteral("appId"), QStringLiteral("00000000-1111-2222-3333-444444444444")},
                                {QStringLiteral("accessRight"), QStringLiteral("RestrictAccess")},
                                {QStringLiteral("scopeGroup"), QStringLiteral("Other app")},
                                {QStringLiteral("members"), QJsonArray{account}}};
        QVERIFY2(m_env->graph()->setAccessPolicies(QJsonValue(QJsonArray{other}), &error), qPrintable(error));
        QCOMPARE(step(run(), QStringLiteral("least-privilege")).outcome, StepOutcome::Warning);

        // RestrictAccess to the synchronized mailboxes (here the Exchange Account): the outside one is refused.
        QJsonObject ours = other;
        ours.insert(QStringLiteral("appId"), appId);
        ours.insert(QStringLiteral("scopeGroup"), QStringLiteral("CRM Exchange Sync mailboxes"));
        QVERIFY2(m_env->graph()->setAccessPolicies(QJsonValue(QJsonArray{ours}), &error), qPrintable(error));
        results = run();
        scope = step(results, QStringLiteral("least-privilege"));
        QVERIFY2(scope.outcome == StepOutcome::Passed, qPrintable(describe(results)));
        QVERIFY(scope.detail.contains(QStringLiteral("403 ErrorAccessDenied")));
        QCOMPARE(step(results, QStringLiteral("mailbox")).outcome, StepOutcome::Passed);

        // DenyAccess on the outside mailbox alone has the same effect.
        QJsonObject deny = ours;
        deny.insert(QStringLiteral("accessRight"), QStringLiteral("DenyAccess"));
        deny.insert(QStringLiteral("members"), QJsonArray{outside});
        QVERIFY2(m_env->graph()->setAccessPolicies(QJsonValue(QJsonArray{deny}), &error), qPrintable(error));
        QCOMPARE(step(run(), QStringLiteral("least-privilege")).outcome, StepOutcome::Passed);

        // A group member that is no mailbox is refused, as Exchange refuses a group it cannot resolve.
        deny.insert(QStringLiteral("members"), QJsonArray{QStringLiteral("nobody@nowhere.example")});
        QVERIFY(!m_env->graph()->setAccessPolicies(QJsonValue(QJsonArray{deny}), &error));
        QVERIFY2(error.contains(QStringLiteral("nobody@nowhere.example")), qPrintable(error));

        // An out-of-scope mailbox that does not exist proves nothing: said so, as a warning.
        m_env->graph()->setAccessPolicyScope(std::nullopt);
        setSetting(Keys::OutOfScopeMailbox, QStringLiteral("nobody@%1").arg(account.section(QLatin1Char('@'), 1)));
        scope = step(run(), QStringLiteral("least-privilege"));
        QCOMPARE(scope.outcome, StepOutcome::Warning);
        QCOMPARE(scope.hint.id, QStringLiteral("scope-mailbox-unknown"));
    }

    void happyPathWithWriteProbe()
    {
        ConnectionTestOptions options;
        options.writeProbe = true;
        const QString mailbox = m_settings->value(Keys::ExchangeAccount).toString();
        const int before = int(m_env->graph()->events(mailbox).size());
        const QList<StepResult> results = run(options);
        QVERIFY2(!results.isEmpty(), "steps missing or out of order");
        for (const QString &id : {QStringLiteral("settings"), QStringLiteral("dns"), QStringLiteral("tcp"),
                                  QStringLiteral("crm-login"), QStringLiteral("crm-external-logon"),
                                  QStringLiteral("crm-fields"), QStringLiteral("token"), QStringLiteral("users"),
                                  QStringLiteral("mailbox"), QStringLiteral("clock")})
            QVERIFY2(step(results, id).outcome == StepOutcome::Passed, qPrintable(describe(results)));
        // Loopback sandboxes speak plain HTTP: no TLS to check; no listener configured.
        QCOMPARE(step(results, QStringLiteral("tls")).outcome, StepOutcome::Skipped);
        QCOMPARE(step(results, QStringLiteral("listener")).outcome, StepOutcome::Skipped);
        QVERIFY(step(results, QStringLiteral("mailbox")).detail.contains(QStringLiteral("written")));
        QVERIFY(step(results, QStringLiteral("token")).detail.contains(QStringLiteral("Calendars.ReadWrite")));
        // The probe's event is gone again.
        QCOMPARE(int(m_env->graph()->events(mailbox).size()), before);
    }

    // On-premises Exchange (EWS, NTLM): no token step; the directory resolves the Exchange Account by name
    // (the way users are linked), the calendar is read (and written by the probe) through impersonation; a
    // wrong NT password fails those steps naming the account.
    void onPremisesExchangeThroughEws()
    {
        m_settings.reset();
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxOptions options;
        options.users = 12;
        options.appointments = 0;
        options.ewsPort = 0;
        QString error;
        QVERIFY2(m_env->start(options, &error), qPrintable(error));
        m_sandbox = m_env->describe();
        const QString profile = m_dir->filePath(QStringLiteral("profile-ews.ini"));
        const Status written = SandboxProfile::write(m_sandbox, profile, QString());
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        auto opened = Settings::open(profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        setSetting(Keys::ExchangeKind, Choices::KindEws);
        setSetting(Keys::ListenerPublicUrl, QString());
        m_secrets = std::make_unique<MemorySecretStore>();
        storeSecret(Secret::CrmPassword, m_sandbox.value(QStringLiteral("crmPassword")).toString());
        storeSecret(Secret::NtPassword, m_sandbox.value(QStringLiteral("ewsPassword")).toString());

        ConnectionTestOptions probe;
        probe.writeProbe = true;
        QList<StepResult> results = run(probe);
        QVERIFY2(!results.isEmpty(), "steps missing or out of order");
        for (const QString &id : {QStringLiteral("settings"), QStringLiteral("dns"), QStringLiteral("tcp"),
                                  QStringLiteral("crm-login"), QStringLiteral("users"), QStringLiteral("mailbox")})
            QVERIFY2(step(results, id).outcome == StepOutcome::Passed, qPrintable(describe(results)));
        QCOMPARE(step(results, QStringLiteral("token")).outcome, StepOutcome::Skipped);
        QVERIFY2(step(results, QStringLiteral("settings")).detail.contains(QStringLiteral("/EWS/Exchange.asmx")),
                 qPrintable(describe(results)));
        QVERIFY2(step(results, QStringLiteral("users")).detail.contains(QStringLiteral("resolves")),
                 qPrintable(describe(results)));
        QVERIFY2(step(results, QStringLiteral("ews-url")).outcome == StepOutcome::Passed &&
                     step(results, QStringLiteral("ews-url")).detail.contains(QStringLiteral("from the settings")),
                 qPrintable(describe(results)));

        // Least privilege through EWS: the service account's impersonation reaches a mailbox outside the
        // synchronized ones until a management scope narrows it; then that mailbox answers
        // ErrorImpersonateUserDenied and the step passes.
        const QString ntAccount = m_settings->value(Keys::NtAccount).toString();
        const QString serviceUser = ntAccount.section(QLatin1Char('\\'), -1).section(QLatin1Char('@'), 0, 0);
        const QString exchangeAccount = m_settings->value(Keys::ExchangeAccount).toString();
        QString outside;
        for (const QJsonValue &u : m_env->graph()->users()) {
            const QString mail = u.toObject().value(QStringLiteral("mail")).toString();
            if (!mail.isEmpty() && mail.compare(exchangeAccount, Qt::CaseInsensitive) != 0 &&
                u.toObject().value(QStringLiteral("accountEnabled")).toBool(true)) {
                outside = mail;
                break;
            }
        }
        QVERIFY(!outside.isEmpty());
        setSetting(Keys::OutOfScopeMailbox, outside);
        results = run();
        StepResult scope = step(results, QStringLiteral("least-privilege"));
        QVERIFY2(scope.outcome == StepOutcome::Warning, qPrintable(describe(results)));
        QCOMPARE(scope.hint.id, QStringLiteral("scope-not-restricted"));
        QVERIFY2(scope.hint.fix.contains(QStringLiteral("New-ManagementScope")) &&
                     scope.hint.fix.contains(QStringLiteral("-CustomRecipientWriteScope")),
                 qPrintable(scope.hint.fix));
        QVERIFY(m_env->ews()->setImpersonationScope(serviceUser, QStringList{exchangeAccount}));
        results = run();
        scope = step(results, QStringLiteral("least-privilege"));
        QVERIFY2(scope.outcome == StepOutcome::Passed, qPrintable(describe(results)));
        QVERIFY2(scope.detail.contains(QStringLiteral("ErrorImpersonateUserDenied")), qPrintable(scope.detail));
        QCOMPARE(step(results, QStringLiteral("mailbox")).outcome, StepOutcome::Passed); // its own mailboxes still work
        QVERIFY(m_env->ews()->setImpersonationScope(serviceUser, std::nullopt));
        setSetting(Keys::OutOfScopeMailbox, QString());

        storeSecret(Secret::NtPassword, QStringLiteral("not the password"));
        results = run(probe);
        QVERIFY2(!results.isEmpty(), "steps missing or out of order");
        QCOMPARE(step(results, QStringLiteral("users")).outcome, StepOutcome::Failed);
        QCOMPARE(step(results, QStringLiteral("mailbox")).outcome, StepOutcome::Failed);
        const QString account = m_settings->value(Keys::NtAccount).toString();
        QVERIFY2(step(results, QStringLiteral("users")).detail.contains(account), qPrintable(describe(results)));
    }

    // Test Connection names what the CRM's REST API accepts (probed once per run).
    void crmApiLevelIsNamed_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("words");
        QTest::newRow("Sage CRM 2024 R2") << false << QStringLiteral("Sage CRM 2024 R2 or later");
        QTest::newRow("an older release") << true << QStringLiteral("Sage CRM before 2024 R2");
    }
    void crmApiLevelIsNamed()
    {
        QFETCH(bool, legacy);
        QFETCH(QString, words);
        m_env->crm()->setLegacyApi(legacy);
        const QList<StepResult> results = run();
        const StepResult api = step(results, QStringLiteral("crm-api"));
        QCOMPARE(api.outcome, StepOutcome::Passed);
        QVERIFY2(api.detail.contains(words), qPrintable(api.detail));
        QCOMPARE(api.title, QStringLiteral("CRM REST API level"));
        QVERIFY2(passed(results), qPrintable(describe(results)));
    }

    // An install without $prototypes/{entity}: the fields are looked for on records; what no record can show
    // (no communication exists yet) is a warning, not a failure.
    void crmFieldsWithoutMetadata()
    {
        m_env->crm()->setPerEntityPrototypes(false);
        QList<StepResult> results = run();
        StepResult fields = step(results, QStringLiteral("crm-fields"));
        QCOMPARE(fields.outcome, StepOutcome::Warning);
        QCOMPARE(fields.hint.id, QStringLiteral("crm-fields-unknown"));
        QVERIFY2(fields.detail.contains(QStringLiteral("Comm_ExchangeId")), qPrintable(fields.detail));
        QVERIFY2(!fields.detail.contains(QStringLiteral("User_ExchangeServer")), qPrintable(fields.detail));
        QVERIFY2(passed(results), qPrintable(describe(results)));
        // Once a communication exists, its fields answer the question.
        QVERIFY(
            !m_env->crm()
                 ->createCommunication(
                     QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                                 {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-05-02T09:00:00")}},
                     {})
                 .isEmpty());
        fields = step(run(), QStringLiteral("crm-fields"));
        QCOMPARE(fields.outcome, StepOutcome::Passed);
        QVERIFY2(fields.detail.contains(QStringLiteral("Checked on records")), qPrintable(fields.detail));
    }

    void wrongClientSecret()
    {
        storeSecret(Secret::GraphClientSecret, QStringLiteral("abc8Q~not-the-secret-value-at-all-0000000"));
        const QList<StepResult> results = run();
        QVERIFY(!results.isEmpty());
        const StepResult token = step(results, QStringLiteral("token"));
        QCOMPARE(token.outcome, StepOutcome::Failed);
        QCOMPARE(token.hint.id, QStringLiteral("client-secret-invalid"));
        QVERIFY(token.hint.fix.contains(QStringLiteral("Value")));
        QCOMPARE(step(results, QStringLiteral("users")).outcome, StepOutcome::Skipped);
        QCOMPARE(step(results, QStringLiteral("mailbox")).outcome, StepOutcome::Skipped);
        // The CRM side is independent and still checked.
        QCOMPARE(step(results, QStringLiteral("crm-login")).outcome, StepOutcome::Passed);
    }

    void expiredClientSecret()
    {
        m_env->graph()->setClientSecretExpired(true);
        const StepResult token = step(run(), QStringLiteral("token"));
        QCOMPARE(token.outcome, StepOutcome::Failed);
        QCOMPARE(token.hint.id, QStringLiteral("client-secret-expired"));
        QVERIFY(token.detail.contains(QStringLiteral("AADSTS7000222")));
    }

    void wrongTenantAndClientId()
    {
        setSetting(Keys::GraphTenant, QStringLiteral("0b0e0f00-1111-4222-8333-944455556666"));
        QCOMPARE(step(run(), QStringLiteral("token")).hint.id, QStringLiteral("tenant-not-found"));
        setSetting(Keys::GraphTenant, m_sandbox.value(QStringLiteral("tenant")).toString());
        setSetting(Keys::GraphClientId, QStringLiteral("0b0e0f00-1111-4222-8333-944455556666"));
        QCOMPARE(step(run(), QStringLiteral("token")).hint.id, QStringLiteral("client-id-wrong"));
    }

    void adminConsentMissing()
    {
        m_env->graph()->setGrantedRoles({});
        const QList<StepResult> results = run();
        QCOMPARE(step(results, QStringLiteral("token")).outcome, StepOutcome::Passed);
        QVERIFY(step(results, QStringLiteral("token")).detail.contains(QStringLiteral("no application permissions")));
        const StepResult users = step(results, QStringLiteral("users"));
        QCOMPARE(users.outcome, StepOutcome::Failed);
        QCOMPARE(users.hint.id, QStringLiteral("consent-missing"));
        QVERIFY(users.hint.fix.contains(QStringLiteral("Grant admin consent")));
        QCOMPARE(step(results, QStringLiteral("mailbox")).hint.id, QStringLiteral("consent-missing"));
    }

    void readOnlyConsentFailsTheWriteProbe()
    {
        m_env->graph()->setGrantedRoles({QStringLiteral("Calendars.Read"), QStringLiteral("User.Read.All")});
        ConnectionTestOptions options;
        options.writeProbe = true;
        const QList<StepResult> results = run(options);
        QCOMPARE(step(results, QStringLiteral("users")).outcome, StepOutcome::Passed);
        const StepResult mailbox = step(results, QStringLiteral("mailbox"));
        QCOMPARE(mailbox.outcome, StepOutcome::Failed);
        QCOMPARE(mailbox.hint.id, QStringLiteral("consent-missing"));
        QVERIFY(mailbox.hint.cause.contains(QStringLiteral("Calendars.ReadWrite")));
    }

    void applicationAccessPolicy()
    {
        m_env->graph()->setAccessPolicyScope(QStringList{firstMailbox(5)});
        const StepResult mailbox = step(run(), QStringLiteral("mailbox"));
        QCOMPARE(mailbox.outcome, StepOutcome::Failed);
        QCOMPARE(mailbox.hint.id, QStringLiteral("access-policy"));
        // The mailbox inside the policy's scope passes.
        ConnectionTestOptions options;
        options.mailbox = firstMailbox(5);
        QCOMPARE(step(run(options), QStringLiteral("mailbox")).outcome, StepOutcome::Passed);
    }

    void mailboxAbsentOrInactive()
    {
        ConnectionTestOptions options;
        options.mailbox = QStringLiteral("nobody.here@contoso.example");
        StepResult mailbox = step(run(options), QStringLiteral("mailbox"));
        QCOMPARE(mailbox.outcome, StepOutcome::Failed);
        QCOMPARE(mailbox.hint.id, QStringLiteral("mailbox-not-found"));

        options.mailbox = firstMailbox(3);
        m_env->graph()->setMailboxInactive(options.mailbox, true);
        mailbox = step(run(options), QStringLiteral("mailbox"));
        QCOMPARE(mailbox.hint.id, QStringLiteral("mailbox-inactive"));
    }

    void crmWrongPassword()
    {
        storeSecret(Secret::CrmPassword, QStringLiteral("not-the-password"));
        const QList<StepResult> results = run();
        const StepResult login = step(results, QStringLiteral("crm-login"));
        QCOMPARE(login.outcome, StepOutcome::Failed);
        QCOMPARE(login.hint.id, QStringLiteral("crm-auth"));
        QCOMPARE(step(results, QStringLiteral("crm-external-logon")).outcome, StepOutcome::Skipped);
        QCOMPARE(step(results, QStringLiteral("crm-fields")).outcome, StepOutcome::Skipped);
        QCOMPARE(step(results, QStringLiteral("token")).outcome, StepOutcome::Passed);
    }

    void crmUserWithoutApiAccess_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("hint");
        QTest::newRow("no external logon") << QStringLiteral("User_ExternalLogonAllowed") << QStringLiteral("N")
                                           << QStringLiteral("crm-no-external-logon");
        QTest::newRow("disabled") << QStringLiteral("User_Disabled") << QStringLiteral("Y")
                                  << QStringLiteral("crm-user-disabled");
        QTest::newRow("resource") << QStringLiteral("User_Resource") << QStringLiteral("Y")
                                  << QStringLiteral("crm-user-resource");
    }

    void crmUserWithoutApiAccess()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, hint);
        setSyncUserFlag(field, value);
        const QList<StepResult> results = run();
        // The password was accepted; the user just may not use the API.
        QCOMPARE(step(results, QStringLiteral("crm-login")).outcome, StepOutcome::Passed);
        const StepResult external = step(results, QStringLiteral("crm-external-logon"));
        QCOMPARE(external.outcome, StepOutcome::Failed);
        QCOMPARE(external.hint.id, hint);
        QCOMPARE(step(results, QStringLiteral("crm-fields")).outcome, StepOutcome::Skipped);
    }

    void crmCustomFieldsMissing()
    {
        m_env->crm()->setCustomFieldsPresent(false);
        const StepResult fields = step(run(), QStringLiteral("crm-fields"));
        QCOMPARE(fields.outcome, StepOutcome::Failed);
        QCOMPARE(fields.hint.id, QStringLiteral("crm-fields-missing"));
        QVERIFY(fields.hint.cause.contains(QStringLiteral("Comm_ExchangeId")));
    }

    void crmServerUnreachable()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        setSetting(Keys::CrmRestUrl, QStringLiteral("http://127.0.0.1:%1/sdata/crmj/sagecrm2/-/").arg(port));
        const QList<StepResult> results = run();
        const StepResult tcp = step(results, QStringLiteral("tcp"));
        QCOMPARE(tcp.outcome, StepOutcome::Failed);
        QCOMPARE(tcp.hint.id, QStringLiteral("unreachable"));
        QCOMPARE(step(results, QStringLiteral("crm-login")).outcome, StepOutcome::Skipped);
        // Exchange is reached all the same.
        QCOMPARE(step(results, QStringLiteral("mailbox")).outcome, StepOutcome::Passed);
    }

    void crmNameDoesNotResolve()
    {
        setSetting(Keys::CrmRestUrl, QStringLiteral("https://crm.cxsync-test.invalid/sdata/crmj/sagecrm2/-/"));
        const QList<StepResult> results = run();
        const StepResult dns = step(results, QStringLiteral("dns"));
        QCOMPARE(dns.outcome, StepOutcome::Failed);
        QCOMPARE(dns.hint.id, QStringLiteral("name-not-resolved"));
        QCOMPARE(step(results, QStringLiteral("tcp")).outcome, StepOutcome::Passed); // the Graph host
        QCOMPARE(step(results, QStringLiteral("crm-login")).outcome, StepOutcome::Skipped);
    }

    void untrustedCertificate()
    {
        // A real TLS server with a self-signed certificate (as on-premises servers often have).
        const QString key = m_dir->filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir->filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile keyFile(key), certFile(cert);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Not a CRM: whatever is asked over TLS gets a 404, so the CRM steps end quickly.
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        setSetting(Keys::CrmRestUrl,
                   QStringLiteral("https://127.0.0.1:%1/sdata/crmj/sagecrm2/-/").arg(server.serverPort()));
        const QList<StepResult> results = run();
        const StepResult tls = step(results, QStringLiteral("tls"));
        QVERIFY2(tls.outcome == StepOutcome::Failed, qPrintable(describe(results)));
        QCOMPARE(tls.hint.id, QStringLiteral("certificate-untrusted"));
        QVERIFY(tls.hint.cause.contains(QStringLiteral("self signed"), Qt::CaseInsensitive) ||
                tls.hint.cause.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive));
        QCOMPARE(step(results, QStringLiteral("crm-login")).outcome, StepOutcome::Skipped);

        // Trusting that certificate as the on-premises server's extra CA makes the handshake pass ...
        setSetting(Keys::TlsExtraCaFile, cert);
        QList<StepResult> trusted = run();
        QVERIFY2(step(trusted, QStringLiteral("tls")).outcome == StepOutcome::Passed, qPrintable(describe(trusted)));
        QVERIFY(step(trusted, QStringLiteral("tls")).detail.contains(QStringLiteral("127.0.0.1")));
        // ... and a pin that does not match fails it again, naming the fingerprint seen.
        setSetting(Keys::TlsPinnedSha256, QString(64, QLatin1Char('a')));
        trusted = run();
        QCOMPARE(step(trusted, QStringLiteral("tls")).outcome, StepOutcome::Failed);
        QCOMPARE(step(trusted, QStringLiteral("tls")).hint.id, QStringLiteral("certificate-untrusted"));
        QVERIFY(step(trusted, QStringLiteral("tls")).hint.cause.contains(QStringLiteral("pinned")));
    }

    void clockSkew()
    {
        m_env->graph()->http().setClockOffsetSeconds(900); // the server is 15 minutes ahead
        const StepResult clock = step(run(), QStringLiteral("clock"));
        QCOMPARE(clock.outcome, StepOutcome::Failed);
        QCOMPARE(clock.hint.id, QStringLiteral("clock-skew"));
        QVERIFY(clock.hint.cause.contains(QStringLiteral("behind")));
        // A few seconds are fine.
        m_env->graph()->http().setClockOffsetSeconds(4);
        QCOMPARE(step(run(), QStringLiteral("clock")).outcome, StepOutcome::Passed);
    }

    void throttled()
    {
        QString error;
        const auto plan = FaultPlan::parse(
            R"({"rules":[{"method":"GET","path":"^/v1\\.0/users$","fault":"429","retryAfter":"1"}]})", &error);
        QVERIFY2(plan.has_value(), qPrintable(error));
        m_env->graph()->http().setFaultPlan(*plan);
        const StepResult users = step(run(), QStringLiteral("users"));
        QCOMPARE(users.outcome, StepOutcome::Failed);
        QCOMPARE(users.hint.id, QStringLiteral("throttled"));
    }

    void listener()
    {
        // Configured but nothing listening, here or at the public URL: the service is simply not started.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        setSetting(Keys::ListenerPublicUrl, QStringLiteral("http://127.0.0.1:%1/cxsync/notifications").arg(port));
        setSetting(Keys::ListenerPort, int(port));
        QList<StepResult> results = run();
        StepResult step1 = step(results, QStringLiteral("listener"));
        QCOMPARE(step1.outcome, StepOutcome::Warning);
        QCOMPARE(step1.hint.id, QStringLiteral("service-not-running"));
        QVERIFY2(step1.hint.fix.contains(QLatin1String("cxsync serve")), qPrintable(step1.hint.fix));
        QVERIFY2(step1.detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(step1.detail));
        QVERIFY2(passed(results), "a service not started yet is a warning, not a failure");
        QCOMPARE(StepResult::outcomeName(step1.outcome), QStringLiteral("warn"));

        // The service runs here (something listens on the bind address and port) but the public URL does
        // not reach it: a broken chain, a failure naming where the service listens.
        QTcpServer service;
        QVERIFY(service.listen(QHostAddress::LocalHost, 0));
        setSetting(Keys::ListenerPort, int(service.serverPort()));
        results = run();
        const StepResult broken = step(results, QStringLiteral("listener"));
        QCOMPARE(broken.outcome, StepOutcome::Failed);
        QCOMPARE(broken.hint.id, QStringLiteral("listener-unreachable"));
        QVERIFY2(broken.hint.cause.contains(QStringLiteral("127.0.0.1:%1").arg(service.serverPort())),
                 qPrintable(broken.hint.cause));
        QVERIFY(!passed(results));

        // Something answers, but not the handshake (a reverse proxy pointing elsewhere).
        HttpSandbox other;
        QVERIFY(other.listenLoopback());
        other.route(QStringLiteral("POST"), QStringLiteral("/cxsync/notifications"),
                    [](const SandboxRequest &, const Reply &reply) { reply.send(200, "<html>It works</html>", "text/html"); });
        setSetting(Keys::ListenerPublicUrl, QStringLiteral("http://127.0.0.1:%1/cxsync/notifications").arg(other.port()));
        StepResult step2 = step(run(), QStringLiteral("listener"));
        QCOMPARE(step2.outcome, StepOutcome::Failed);
        QCOMPARE(step2.hint.id, QStringLiteral("listener-wrong-answer"));

        // A listener that answers Graph's validation handshake as documented.
        HttpSandbox echo;
        QVERIFY(echo.listenLoopback());
        echo.route(QStringLiteral("POST"), QStringLiteral("/cxsync/notifications"),
                   [](const SandboxRequest &request, const Reply &reply) {
                       reply.send(200, request.query.queryItemValue(QStringLiteral("validationToken")).toUtf8(),
                                  "text/plain");
                   });
        setSetting(Keys::ListenerPublicUrl, QStringLiteral("http://127.0.0.1:%1/cxsync/notifications").arg(echo.port()));
        QCOMPARE(step(run(), QStringLiteral("listener")).outcome, StepOutcome::Passed);
    }

    void settingsInvalidOrSecretMissing()
    {
        MemorySecretStore empty;
        ConnectionTest test(*m_settings, empty, &m_clock, {});
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(test.results().first().hint.id, QStringLiteral("secret-missing"));
        QVERIFY(test.results().first().detail.contains(QStringLiteral("crm-password")));
        for (int i = 1; i < test.results().size(); ++i)
            QCOMPARE(test.results().at(i).outcome, StepOutcome::Skipped);
    }

    void cancelSkipsTheRest()
    {
        m_env->graph()->setLatency(300);
        ConnectionTest test(*m_settings, *m_secrets, &m_clock, {});
        QSignalSpy finished(&test, &ConnectionTest::finished);
        connect(&test, &ConnectionTest::stepStarted, &test, [&test](const QString &id) {
            if (id == QLatin1String("users"))
                test.cancel();
        });
        test.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(test.results().size(), ConnectionTest::stepIds().size());
        for (const StepResult &r : test.results()) {
            if (r.id == QLatin1String("mailbox") || r.id == QLatin1String("clock") || r.id == QLatin1String("listener")) {
                QCOMPARE(r.outcome, StepOutcome::Skipped);
                QCOMPARE(r.detail, QStringLiteral("Cancelled."));
            }
        }
    }

    void cliJsonOnePerStepAndNoSecretsInTraces()
    {
        const QString secretsFile = m_dir->filePath(QStringLiteral("secrets"));
        {
            QFile f(secretsFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("crm-password=%1\ngraph-client-secret=%2\n")
                        .arg(m_sandbox.value(QStringLiteral("crmPassword")).toString(),
                             m_sandbox.value(QStringLiteral("clientSecret")).toString())
                        .toUtf8());
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        setSetting(Keys::DiagnosticMode, true);
        g_previousHandler = qInstallMessageHandler(captureMessages);
        QBuffer input, output, errors;
        input.open(QIODevice::ReadOnly);
        output.open(QIODevice::WriteOnly);
        errors.open(QIODevice::WriteOnly);
        Cli cli({QStringLiteral("cxsync"), QStringLiteral("--config"), m_settings->location(),
                 QStringLiteral("--secrets-file"), secretsFile, QStringLiteral("test-connection"),
                 QStringLiteral("--json"), QStringLiteral("--write-probe")},
                QProcessEnvironment(), &input, &output, &errors);
        int code = -1;
        cli.run([&code](int c) { code = c; });
        QTRY_VERIFY_WITH_TIMEOUT(code != -1, 30000);
        qInstallMessageHandler(g_previousHandler);
        QCOMPARE(code, 0);
        const QList<QByteArray> lines = output.data().trimmed().split('\n');
        QCOMPARE(lines.size(), ConnectionTest::stepIds().size());
        for (int i = 0; i < lines.size(); ++i) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i), &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(o.value(QStringLiteral("step")).toString(), ConnectionTest::stepIds().at(i));
            QVERIFY(o.contains(QStringLiteral("durationMs")));
            QVERIFY(QStringList({QStringLiteral("pass"), QStringLiteral("skipped")})
                        .contains(o.value(QStringLiteral("result")).toString()));
        }
        // Diagnostic Mode traced the requests, and no secret made it into the trace.
        const QString log = g_messages.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QStringLiteral("graph.testUsers")), "no trace was written");
        QVERIFY(!log.contains(m_sandbox.value(QStringLiteral("clientSecret")).toString()));
        QVERIFY(!log.contains(m_sandbox.value(QStringLiteral("crmPassword")).toString()));
        const QByteArray basic = (m_sandbox.value(QStringLiteral("crmUser")).toString() + QLatin1Char(':') +
                                  m_sandbox.value(QStringLiteral("crmPassword")).toString())
                                     .toUtf8()
                                     .toBase64();
        QVERIFY(!log.contains(QString::fromLatin1(basic)));
        // No JWT (the access token or a client assertion): header.payload.signature, base64url JSON.
        static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\."));
        for (const QString &line : std::as_const(g_messages))
            QVERIFY2(!jwt.match(line).hasMatch(), qPrintable(line.left(300)));
    }
};

QTEST_MAIN(TestConnectionTest)
#include "tst_connection_test.moc"
