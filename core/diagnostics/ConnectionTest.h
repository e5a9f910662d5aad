#pragma once

#include "Clock.h"
#include "Result.h"
#include "diagnostics/ConnectionHints.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace cxsync {

class Settings;
class SecretStore;
class Connections;
struct ExchangeServerConnection;

// Warning: the check found something the admin should act on that does not stop the product from working
// (the service is not running yet; a custom field the CRM could not confirm). Test Connection still passes.
enum class StepOutcome { Passed, Failed, Skipped, Warning };

// One step of Test Connection as the admin sees it: what was checked, how it went, how long it took, and on
// failure the cause and the fix (from ConnectionHints).
struct StepResult {
    QString id;    // stable: settings, dns, tcp, tls, crm-login, crm-external-logon, crm-fields, crm-api,
                   // token, users, mailbox, exchange-servers, least-privilege, clock, listener
    QString title; // translated
    StepOutcome outcome = StepOutcome::Skipped;
    qint64 durationMs = 0;
    QString detail;  // what was seen (translated); on failure the server's own words
    ConnectionHint hint; // empty id unless failed or warned (or skipped for a reason the admin can fix)

    QJsonObject toJson() const;
    static QString outcomeName(StepOutcome outcome); // "pass" | "fail" | "skipped" | "warn"
};

struct ConnectionTestOptions {
    QString mailbox;         // test mailbox; empty: the Exchange Account setting
    bool writeProbe = false; // also create and delete a test event in that mailbox's calendar
    int stepTimeoutMs = 10000;
    qint64 maxClockSkewSecs = 300; // Entra's and Kerberos' tolerance
};

// Test Connection: the ordered steps of issue 4, each run after the previous one finished. A step whose
// prerequisite failed (the CRM side after the CRM host was unreachable, ...) is skipped, saying why.
// Nothing is written anywhere except the optional write probe's test event, which is deleted again.
class ConnectionTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)
public:
    // `settings` and `secrets` must outlive the test.
    ConnectionTest(const Settings &settings, SecretStore &secrets, Clock *clock, ConnectionTestOptions options,
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    static QStringList stepIds();
    static QString stepTitle(const QString &id);

    void start();
    // Stops after the step under way (reported as failed, "cancelled"); the rest are skipped.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<StepResult> &results() const { return m_results; }
    bool passed() const; // no step failed (warnings pass)

Q_SIGNALS:
    void stepStarted(const QString &id, const QString &title);
    void stepFinished(const cxsync::StepResult &result);
    void finished(bool passed);

private:
    struct Host {
        QString label; // "CRM", "Microsoft Entra sign-in", "Microsoft Graph", "EWS"
        QUrl url;
        bool crm = false; // which side breaks when it fails
    };
    using StepDone = std::function<void(StepResult)>;

    void runNext();
    void finishStep(StepResult result);
    StepResult skipped(const QString &id, const QString &reason, ConnectionHint hint = {}) const;
    bool sideBroken(bool crm) const { return crm ? m_crmBroken : m_exchangeBroken; }

    void stepSettings(StepDone done);
    void stepEwsUrl(StepDone done);
    void stepDns(StepDone done);
    void stepTcp(StepDone done);
    void stepTls(StepDone done);
    void stepCrmLogin(StepDone done);
    void stepCrmExternalLogon(StepDone done);
    void stepCrmFields(StepDone done);
    void stepCrmApi(StepDone done);
    // The primary server when its kind is Graph (else null): the token and users steps are Graph's own
    // (GraphChecks); an EWS server later brings its own steps.
    const ExchangeServerConnection *primaryGraph() const;
    void stepToken(StepDone done);
    void stepUsers(StepDone done);
    // The test mailbox's calendar through the ExchangeConnector seam (every kind): read, and with the write
    // probe a test event created and deleted.
    void stepMailbox(StepDone done);
    void writeProbe(const QString &mailbox, const QDateTime &now, StepResult r, StepDone done);
    // The hint for a refusal from `mailbox`'s server, in its kind's terms (Graph: permissions and policies).
    ConnectionHint exchangeHint(const Error &error, const QString &mailbox, const QStringList &needed);
    Error deadlineError() const;
    // Each additional Exchange server or tenant (seed chapter 5): for Graph its token and directory, then its
    // Exchange Account's calendar through the seam. Skipped when there are none.
    void stepServers(StepDone done);
    // Least privilege (issue 18): each server's out-of-scope mailbox must be refused (ScopeCheck).
    void stepScope(StepDone done);
    void stepClock(StepDone done);
    void stepListener(StepDone done);
    // The validation handshake at the public URL, judged knowing whether the service listens here.
    void handshake(const QString &publicUrl, const QString &local, bool serviceListening, StepDone done);
    // Runs `check` for each host in turn; fails the step at the first host that fails (the others are
    // still checked so the admin sees all of them).
    void forEachHost(const QString &id,
                     std::function<void(const Host &, std::function<void(bool, QString, ConnectionHint)>)> check,
                     StepDone done);

    const Settings &m_settings;
    SecretStore &m_secrets;
    Clock *m_clock;
    ConnectionTestOptions m_options;
    std::unique_ptr<Connections> m_connections;
    QList<Host> m_hosts;
    QList<StepResult> m_results;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_settingsBroken = false;
    bool m_crmBroken = false;
    bool m_exchangeBroken = false;
    bool m_crmLoggedIn = false;
    Error m_crmLoginError; // a 403 here is the external-logon step's failure
    bool m_haveToken = false;
    QStringList m_tokenRoles;
    QElapsedTimer m_stepTimer;
    quint64 m_generation = 0; // bumps on cancel/destruction so late callbacks are ignored
    std::shared_ptr<int> m_alive;
};

} // namespace cxsync

Q_DECLARE_METATYPE(cxsync::StepResult)
