#include "diagnostics/ConnectionTest.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "diagnostics/EwsChecks.h"
#include "diagnostics/GraphChecks.h"
#include "diagnostics/ScopeCheck.h"
#include "exchange/ExchangeConnector.h"
#include "net/HttpClient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <optional>
#include <utility>

namespace cxsync {

namespace {

const QString kSettings = QStringLiteral("settings");
const QString kEwsUrl = QStringLiteral("ews-url");
const QString kDns = QStringLiteral("dns");
const QString kTcp = QStringLiteral("tcp");
const QString kTls = QStringLiteral("tls");
const QString kCrmLogin = QStringLiteral("crm-login");
const QString kCrmExternal = QStringLiteral("crm-external-logon");
const QString kCrmFields = QStringLiteral("crm-fields");
const QString kCrmApi = QStringLiteral("crm-api");
const QString kToken = QStringLiteral("token");
const QString kUsers = QStringLiteral("users");
const QString kMailbox = QStringLiteral("mailbox");
const QString kClock = QStringLiteral("clock");
const QString kListener = QStringLiteral("listener");
const QString kServers = QStringLiteral("exchange-servers");
const QString kScope = QStringLiteral("least-privilege");

int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString hostPort(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(portOf(url));
}

} // namespace

QJsonObject StepResult::toJson() const
{
    QJsonObject o{{QStringLiteral("step"), id},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("result"), outcomeName(outcome)},
                  {QStringLiteral("durationMs"), durationMs},
                  {QStringLiteral("detail"), detail}};
    if (!hint.isEmpty()) {
        o.insert(QStringLiteral("hint"), hint.id);
        o.insert(QStringLiteral("cause"), hint.cause);
        o.insert(QStringLiteral("fix"), hint.fix);
    }
    return o;
}

QString StepResult::outcomeName(StepOutcome outcome)
{
    switch (outcome) {
    case StepOutcome::Passed:
        return QStringLiteral("pass");
    case StepOutcome::Failed:
        return QStringLiteral("fail");
    case StepOutcome::Warning:
        return QStringLiteral("warn");
    case StepOutcome::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

ConnectionTest::ConnectionTest(const Settings &settings, SecretStore &secrets, Clock *clock,
                               ConnectionTestOptions options, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_clock(clock), m_options(std::move(options)),
      m_alive(std::make_shared<int>(0))
{
    qRegisterMetaType<cxsync::StepResult>();
}

ConnectionTest::~ConnectionTest()
{
    ++m_generation;
    m_alive.reset();
}

QStringList ConnectionTest::stepIds()
{
    return {kSettings, kEwsUrl, kDns,   kTcp,   kTls,     kCrmLogin, kCrmExternal, kCrmFields, kCrmApi,
            kToken,    kUsers, kMailbox, kServers, kScope,  kClock,       kListener};
}

QString ConnectionTest::stepTitle(const QString &id)
{
    if (id == kSettings)
        return tr("Settings are complete and valid");
    if (id == kEwsUrl)
        return tr("EWS URL (setting or Autodiscover)");
    if (id == kDns)
        return tr("Server names resolve");
    if (id == kTcp)
        return tr("Servers accept connections");
    if (id == kTls)
        return tr("TLS handshake and certificates");
    if (id == kCrmLogin)
        return tr("CRM logon");
    if (id == kCrmExternal)
        return tr("CRM user may log on externally");
    if (id == kCrmFields)
        return tr("CRM custom fields present");
    if (id == kCrmApi)
        return tr("CRM REST API level");
    if (id == kToken)
        return tr("Microsoft Entra token obtained");
    if (id == kUsers)
        return tr("Permission to read users");
    if (id == kMailbox)
        return tr("Permission to read and write the test mailbox's calendar");
    if (id == kServers)
        return tr("Additional Exchange servers reachable");
    if (id == kScope)
        return tr("Application limited to its mailboxes (least privilege)");
    if (id == kClock)
        return tr("Clocks agree");
    if (id == kListener)
        return tr("Notification listener reachable");
    return id;
}

bool ConnectionTest::passed() const
{
    for (const StepResult &r : m_results) {
        if (r.outcome == StepOutcome::Failed)
            return false;
    }
    return true;
}

void ConnectionTest::start()
{
    if (m_running)
        return;
    m_results.clear();
    m_next = 0;
    m_running = true;
    m_cancelled = false;
    m_settingsBroken = m_crmBroken = m_exchangeBroken = false;
    m_crmLoggedIn = m_haveToken = false;
    m_crmLoginError = {};
    m_tokenRoles.clear();
    m_connections.reset();
    m_hosts.clear();
    ++m_generation;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            runNext();
    });
}

void ConnectionTest::cancel()
{
    if (m_running)
        m_cancelled = true;
}

StepResult ConnectionTest::skipped(const QString &id, const QString &reason, ConnectionHint hint) const
{
    StepResult r;
    r.id = id;
    r.title = stepTitle(id);
    r.outcome = StepOutcome::Skipped;
    r.detail = reason;
    r.hint = std::move(hint);
    return r;
}

void ConnectionTest::runNext()
{
    const QStringList ids = stepIds();
    if (m_next >= ids.size()) {
        m_running = false;
        Q_EMIT finished(passed());
        return;
    }
    const QString id = ids.at(m_next);
    if (m_cancelled) {
        finishStep(skipped(id, tr("Cancelled.")));
        return;
    }
    if (m_settingsBroken && id != kSettings) {
        finishStep(skipped(id, tr("Skipped: the settings are not usable.")));
        return;
    }
    Q_EMIT stepStarted(id, stepTitle(id));
    m_stepTimer.start();
    const quint64 generation = m_generation;
    StepDone done = [this, generation, alive = std::weak_ptr<int>(m_alive)](StepResult result) {
        if (alive.expired() || generation != m_generation)
            return;
        // Always from the event loop, so that a step finishing at once does not recurse.
        QTimer::singleShot(0, this, [this, generation, result = std::move(result)]() mutable {
            if (generation == m_generation)
                finishStep(std::move(result));
        });
    };
    using Step = void (ConnectionTest::*)(StepDone);
    static const QHash<QString, Step> steps{{kSettings, &ConnectionTest::stepSettings},
                                            {kEwsUrl, &ConnectionTest::stepEwsUrl},
                                            {kDns, &ConnectionTest::stepDns},
                                            {kTcp, &ConnectionTest::stepTcp},
                                            {kTls, &ConnectionTest::stepTls},
                                            {kCrmLogin, &ConnectionTest::stepCrmLogin},
                                            {kCrmExternal, &ConnectionTest::stepCrmExternalLogon},
                                            {kCrmFields, &ConnectionTest::stepCrmFields},
                                            {kCrmApi, &ConnectionTest::stepCrmApi},
                                            {kToken, &ConnectionTest::stepToken},
                                            {kUsers, &ConnectionTest::stepUsers},
                                            {kMailbox, &ConnectionTest::stepMailbox},
                                            {kServers, &ConnectionTest::stepServers},
                                            {kScope, &ConnectionTest::stepScope},
                                            {kClock, &ConnectionTest::stepClock},
                                            {kListener, &ConnectionTest::stepListener}};
    (this->*steps.value(id))(std::move(done));
}

void ConnectionTest::finishStep(StepResult result)
{
    result.title = stepTitle(result.id);
    if (result.outcome != StepOutcome::Skipped || result.durationMs == 0)
        result.durationMs = result.outcome == StepOutcome::Skipped ? 0 : m_stepTimer.elapsed();
    if (m_cancelled && result.outcome != StepOutcome::Skipped && result.detail.isEmpty())
        result.detail = tr("Cancelled.");
    m_results.append(result);
    ++m_next;
    Q_EMIT stepFinished(result);
    runNext();
}

// ---- the steps ----------------------------------------------------------------------------------------

void ConnectionTest::stepSettings(StepDone done)
{
    StepResult r;
    r.id = kSettings;
    const ValidationIssues issues = m_settings.validate();
    if (!issues.isEmpty()) {
        m_settingsBroken = true;
        QStringList problems;
        for (const ValidationIssue &issue : issues)
            problems.append(SettingsSchema::label(issue.field) + QStringLiteral(": ") + issue.message);
        r.outcome = StepOutcome::Failed;
        r.detail = problems.join(QLatin1Char('\n'));
        r.hint = ConnectionHints::settingsInvalid(SettingsSchema::label(issues.first().field),
                                                  issues.first().message);
        done(r);
        return;
    }
    auto endpoints = Connections::endpoints(m_settings);
    if (!endpoints.ok()) {
        m_settingsBroken = true;
        r.outcome = StepOutcome::Failed;
        r.detail = endpoints.error().message;
        r.hint = ConnectionHints::settingsInvalid(SettingsSchema::label(endpoints.error().field),
                                                  endpoints.error().message);
        done(r);
        return;
    }
    Connections::readSecrets(
        m_settings, m_secrets,
        [this, r, done, alive = std::weak_ptr<int>(m_alive)](Result<ConnectionSecrets> secrets) mutable {
            if (alive.expired())
                return;
            if (!secrets.ok()) {
                m_settingsBroken = true;
                r.outcome = StepOutcome::Failed;
                r.detail = secrets.error().message;
                r.hint = secrets.error().kind == ErrorKind::Invalid
                             ? ConnectionHints::secretMissing(secrets.error().message)
                             : ConnectionHint{QStringLiteral("secret-missing"), secrets.error().message,
                                              tr("Make sure the keychain (Secret Service) is running and "
                                                 "unlocked, or hand the secrets in with --secrets-file.")};
                done(r);
                return;
            }
            auto created = Connections::create(m_settings, secrets.value(), m_clock);
            if (!created.ok()) {
                m_settingsBroken = true;
                r.outcome = StepOutcome::Failed;
                r.detail = created.error().message;
                r.hint = ConnectionHints::settingsInvalid(SettingsSchema::label(created.error().field),
                                                          created.error().message);
                done(r);
                return;
            }
            m_connections = std::move(created).value();
            // Diagnose, do not wait out outages: one retry with short waits at most.
            net::RetryPolicy::Options retry;
            retry.maxAttempts = 2;
            retry.baseDelayMs = 200;
            retry.maxDelayMs = 1000;
            retry.maxRetryAfterMs = 5000;
            m_connections->http().setRetryPolicy(net::RetryPolicy(retry));
            const ConnectionEndpoints &e = m_connections->endpoints();
            m_hosts.append({tr("CRM"), e.crmRest, true});
            if (m_settings.usesGraph()) {
                m_hosts.append({tr("Microsoft Entra sign-in"), e.tokenEndpoint, false});
                m_hosts.append({tr("Microsoft Graph"), e.graphVersioned, false});
            } else if (e.ewsUrl.isValid() && !e.ewsUrl.host().isEmpty()) {
                m_hosts.append({tr("Exchange Web Services"), e.ewsUrl, false});
            }
            for (const ExchangeServerConnection &server : m_connections->servers()) {
                if (server.name.isEmpty() || !server.graph)
                    continue;
                m_hosts.append({tr("Microsoft Entra sign-in (%1)").arg(server.name), server.endpoints.tokenEndpoint,
                                false});
                m_hosts.append({tr("Microsoft Graph (%1)").arg(server.name), server.endpoints.graphVersioned, false});
            }
            r.outcome = StepOutcome::Passed;
            QStringList where;
            for (const Host &h : std::as_const(m_hosts))
                where.append(QStringLiteral("%1 %2").arg(h.label, h.url.toString(QUrl::RemoveQuery)));
            r.detail = tr("Settings valid; secrets found; servers: %1").arg(where.join(QStringLiteral("; ")));
            done(r);
        });
}

void ConnectionTest::forEachHost(
    const QString &id,
    std::function<void(const Host &, std::function<void(bool, QString, ConnectionHint)>)> check, StepDone done)
{
    struct State {
        int index = 0;
        QStringList lines;
        ConnectionHint firstHint;
        bool failed = false;
        bool skippedAll = true;
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, id, check, done, state, next, alive = std::weak_ptr<int>(m_alive)] {
        if (alive.expired())
            return;
        // Hosts may repeat (sign-in and Graph on one server); check each host:port once.
        while (state->index < m_hosts.size()) {
            const Host &h = m_hosts.at(state->index);
            bool seen = false;
            for (int i = 0; i < state->index; ++i)
                seen = seen || hostPort(m_hosts.at(i).url) == hostPort(h.url);
            if (!seen && !sideBroken(h.crm))
                break;
            ++state->index;
        }
        if (state->index >= m_hosts.size() || m_cancelled) {
            StepResult r;
            r.id = id;
            r.outcome = state->failed ? StepOutcome::Failed
                        : state->skippedAll ? StepOutcome::Skipped
                                            : StepOutcome::Passed;
            r.detail = state->lines.join(QLatin1Char('\n'));
            r.hint = state->firstHint;
            StepDone finish = done;
            // Break the self-reference; the closure stays alive in `keep` until this call returns.
            const std::function<void()> keep = std::move(*next);
            *next = nullptr;
            finish(r);
            return;
        }
        Host host = m_hosts.at(state->index);
        for (int i = state->index + 1; i < m_hosts.size(); ++i) {
            if (hostPort(m_hosts.at(i).url) == hostPort(host.url))
                host.label += QStringLiteral(" / ") + m_hosts.at(i).label;
        }
        check(host, [this, host, state, next](bool ok, QString line, ConnectionHint hint) {
            state->lines.append(QStringLiteral("%1 (%2): %3").arg(host.label, hostPort(host.url), line));
            if (!hint.isEmpty() || ok)
                state->skippedAll = false;
            if (!ok && !hint.isEmpty()) {
                state->failed = true;
                if (state->firstHint.isEmpty())
                    state->firstHint = hint;
                // Everything else on that side depends on this host.
                for (const Host &h : std::as_const(m_hosts)) {
                    if (hostPort(h.url) == hostPort(host.url)) {
                        if (h.crm)
                            m_crmBroken = true;
                        else
                            m_exchangeBroken = true;
                    }
                }
            }
            ++state->index;
            (*next)();
        });
    };
    (*next)();
}

// The primary on-premises server's EWS URL: the setting, or what Autodiscover finds for the Exchange Account
// (then the DNS, TCP and TLS steps check that URL), or the Primary Exchange Server's default when it finds none.
void ConnectionTest::stepEwsUrl(StepDone done)
{
    const ExchangeServerConnection &primary = m_connections->servers().first();
    if (primary.graph || !primary.ews) {
        done(skipped(kEwsUrl, tr("Not used: Exchange Online (Microsoft Graph).")));
        return;
    }
    EwsChecks::endpoint(primary, [this, done, fallback = EwsChecks::fallbackUrl(primary),
                                  alive = std::weak_ptr<int>(m_alive)](Result<EwsChecks::Endpoint> found) {
        if (alive.expired())
            return;
        StepResult r;
        r.id = kEwsUrl;
        if (!found.ok()) {
            r.outcome = StepOutcome::Warning;
            r.detail = tr("%1 Using %2; if that is not the EWS address, enter it as EWS URL.")
                           .arg(found.error().message, fallback.toString());
        } else if (found.value().answeredBy.isEmpty()) {
            r.outcome = StepOutcome::Passed;
            r.detail = tr("EWS URL from the settings: %1").arg(found.value().ewsUrl.toString());
        } else {
            r.outcome = StepOutcome::Passed;
            r.detail = tr("Autodiscover found %1 for %2 (answered by %3).")
                           .arg(found.value().ewsUrl.toString(), found.value().address,
                                found.value().answeredBy.toString());
            for (Host &h : m_hosts) {
                if (!h.crm && h.url == fallback)
                    h.url = found.value().ewsUrl;
            }
        }
        done(r);
    });
}

void ConnectionTest::stepDns(StepDone done)
{
    forEachHost(
        kDns,
        [this](const Host &host, std::function<void(bool, QString, ConnectionHint)> report) {
            const QString name = host.url.host();
            if (!QHostAddress(name).isNull()) {
                report(true, tr("%1 is an address").arg(name), {});
                return;
            }
            auto answered = std::make_shared<bool>(false);
            auto timer = new QTimer(this);
            timer->setSingleShot(true);
            const int lookupId = QHostInfo::lookupHost(name, this, [answered, timer, name, report](const QHostInfo &info) {
                if (*answered)
                    return;
                *answered = true;
                timer->deleteLater();
                if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
                    const QString problem = info.error() == QHostInfo::NoError ? tr("no addresses")
                                                                               : info.errorString();
                    report(false, problem, ConnectionHints::nameNotResolved(name, problem));
                    return;
                }
                QStringList addresses;
                for (const QHostAddress &a : info.addresses())
                    addresses.append(a.toString());
                report(true, addresses.join(QStringLiteral(", ")), {});
            });
            connect(timer, &QTimer::timeout, this, [answered, timer, lookupId, name, report, this] {
                if (*answered)
                    return;
                *answered = true;
                timer->deleteLater();
                QHostInfo::abortHostLookup(lookupId);
                const QString problem = tr("no answer from DNS within %1 s").arg(m_options.stepTimeoutMs / 1000);
                report(false, problem, ConnectionHints::nameNotResolved(name, problem));
            });
            timer->start(m_options.stepTimeoutMs);
        },
        std::move(done));
}

void ConnectionTest::stepTcp(StepDone done)
{
    forEachHost(
        kTcp,
        [this](const Host &host, std::function<void(bool, QString, ConnectionHint)> report) {
            auto *socket = new QTcpSocket(this);
            auto *timer = new QTimer(socket);
            timer->setSingleShot(true);
            auto answered = std::make_shared<bool>(false);
            auto finish = [socket, answered, report](bool ok, const QString &line, ConnectionHint hint) {
                if (*answered)
                    return;
                *answered = true;
                socket->abort();
                socket->deleteLater();
                report(ok, line, std::move(hint));
            };
            const QString where = host.label;
            connect(socket, &QTcpSocket::connected, this, [finish, socket] {
                finish(true, tr("connected to %1").arg(socket->peerAddress().toString()), {});
            });
            connect(socket, &QTcpSocket::errorOccurred, this, [finish, socket, where, host] {
                const QString problem = socket->errorString();
                finish(false, problem, ConnectionHints::unreachable(QStringLiteral("%1 (%2)").arg(where, hostPort(host.url)), problem));
            });
            connect(timer, &QTimer::timeout, this, [finish, where, host, this] {
                const QString problem =
                    tr("no answer within %1 s (a firewall may be dropping the connection)").arg(m_options.stepTimeoutMs / 1000);
                finish(false, problem,
                       ConnectionHints::unreachable(QStringLiteral("%1 (%2)").arg(where, hostPort(host.url)), problem));
            });
            timer->start(m_options.stepTimeoutMs);
            socket->connectToHost(host.url.host(), quint16(portOf(host.url)));
        },
        std::move(done));
}

void ConnectionTest::stepTls(StepDone done)
{
    forEachHost(
        kTls,
        [this](const Host &host, std::function<void(bool, QString, ConnectionHint)> report) {
            if (host.url.scheme() != QLatin1String("https")) {
                // Only allowed to loopback (SettingsValidator): nothing to check, and not a failure.
                report(false, tr("plain HTTP on loopback, no TLS"), {});
                return;
            }
            auto *socket = new QSslSocket(this);
            auto *timer = new QTimer(socket);
            timer->setSingleShot(true);
            auto answered = std::make_shared<bool>(false);
            auto problems = std::make_shared<QStringList>();
            auto finish = [socket, answered, report](bool ok, const QString &line, ConnectionHint hint) {
                if (*answered)
                    return;
                *answered = true;
                socket->abort();
                socket->deleteLater();
                report(ok, line, std::move(hint));
            };
            const QString name = host.url.host();
            // The same trust as the synchronization's own requests: the system's CAs plus the configured
            // extra CA file, and the pin checked on top.
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            const QString extraCa = m_settings.value(Keys::TlsExtraCaFile).toString();
            if (!extraCa.isEmpty())
                ssl.addCaCertificates(QSslCertificate::fromPath(extraCa, QSsl::Pem));
            socket->setSslConfiguration(ssl);
            const QString pin = net::HttpClient::normalizedFingerprint(m_settings.value(Keys::TlsPinnedSha256).toString());
            connect(socket, &QSslSocket::sslErrors, this, [problems](const QList<QSslError> &errors) {
                for (const QSslError &e : errors)
                    problems->append(e.errorString());
            });
            connect(socket, &QSslSocket::encrypted, this, [finish, socket, pin, name] {
                const QSslCertificate cert = socket->peerCertificate();
                const QString actual = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex());
                if (!pin.isEmpty() && actual != pin) {
                    const QString problem = tr("the certificate's SHA-256 fingerprint %1 is not the pinned one").arg(actual);
                    finish(false, problem, ConnectionHints::certificateUntrusted(name, problem));
                    return;
                }
                finish(true,
                       tr("%1, certificate for %2 issued by %3, valid until %4")
                           .arg(socket->sessionProtocol() == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3")
                                                                           : QStringLiteral("TLS 1.2"),
                                cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                                cert.expiryDate().toUTC().toString(Qt::ISODate)),
                       {});
            });
            connect(socket, &QSslSocket::errorOccurred, this, [finish, socket, problems, name, host] {
                if (!problems->isEmpty()) {
                    const QString text = problems->join(QStringLiteral("; "));
                    finish(false, text, ConnectionHints::certificateUntrusted(name, text));
                    return;
                }
                const QString problem = socket->errorString();
                finish(false, problem, ConnectionHints::unreachable(hostPort(host.url), problem));
            });
            connect(timer, &QTimer::timeout, this, [finish, host, this] {
                const QString problem = tr("no TLS handshake within %1 s").arg(m_options.stepTimeoutMs / 1000);
                finish(false, problem, ConnectionHints::unreachable(hostPort(host.url), problem));
            });
            timer->start(m_options.stepTimeoutMs);
            socket->connectToHostEncrypted(name, quint16(portOf(host.url)));
        },
        std::move(done));
}

void ConnectionTest::stepCrmLogin(StepDone done)
{
    if (m_crmBroken) {
        done(skipped(kCrmLogin, tr("Skipped: the CRM server cannot be reached.")));
        return;
    }
    const QString logon = m_settings.value(Keys::CrmUser).toString();
    m_connections->crm().verifyLogin(
        [this, done, logon, alive = std::weak_ptr<int>(m_alive)](Result<crm::CrmUser> user) {
            if (alive.expired())
                return;
            StepResult r;
            r.id = kCrmLogin;
            if (user.ok()) {
                m_crmLoggedIn = true;
                r.outcome = StepOutcome::Passed;
                r.detail = tr("Logged on as '%1' (%2 %3).").arg(logon, user.value().firstName, user.value().lastName);
            } else if (user.error().httpStatus == 403 || user.error().kind == ErrorKind::Permission) {
                // The password was right; whether the user may use the API is the next step.
                m_crmLoginError = user.error();
                r.outcome = StepOutcome::Passed;
                r.detail = tr("The CRM accepted the logon '%1'.").arg(logon);
            } else {
                m_crmBroken = true;
                r.outcome = StepOutcome::Failed;
                r.detail = user.error().message;
                r.hint = ConnectionHints::forCrm(user.error(), logon);
            }
            done(r);
        });
}

void ConnectionTest::stepCrmExternalLogon(StepDone done)
{
    if (m_crmBroken) {
        done(skipped(kCrmExternal, tr("Skipped: no CRM logon.")));
        return;
    }
    const QString logon = m_settings.value(Keys::CrmUser).toString();
    StepResult r;
    r.id = kCrmExternal;
    if (!m_crmLoggedIn) {
        m_crmBroken = true;
        r.outcome = StepOutcome::Failed;
        r.detail = m_crmLoginError.message;
        r.hint = ConnectionHints::forCrm(m_crmLoginError, logon);
    } else {
        r.outcome = StepOutcome::Passed;
        r.detail = tr("'%1' may use the CRM's REST API.").arg(logon);
    }
    done(r);
}

void ConnectionTest::stepCrmFields(StepDone done)
{
    if (m_crmBroken) {
        done(skipped(kCrmFields, tr("Skipped: no CRM access.")));
        return;
    }
    m_connections->crm().customFieldsPresent(
        [done, alive = std::weak_ptr<int>(m_alive)](Result<crm::CrmCustomFieldCheck> check) {
            if (alive.expired())
                return;
            StepResult r;
            r.id = kCrmFields;
            if (!check.ok()) {
                r.outcome = StepOutcome::Failed;
                r.detail = check.error().message;
                r.hint = ConnectionHints::forTransport(check.error(), tr("The CRM"));
            } else if (!check.value().complete()) {
                r.outcome = StepOutcome::Failed;
                r.detail = tr("Missing: %1").arg(check.value().missing.join(QStringLiteral(", ")));
                r.hint = ConnectionHints::crmFieldsMissing(check.value().missing);
            } else if (!check.value().certain()) {
                r.outcome = StepOutcome::Warning;
                r.detail = tr("Could not confirm: %1 (%2).")
                               .arg(check.value().unknown.join(QStringLiteral(", ")),
                                    check.value().notes.join(QStringLiteral("; ")));
                r.hint = ConnectionHints::crmFieldsUnknown(check.value().unknown);
            } else {
                r.outcome = StepOutcome::Passed;
                r.detail = tr("User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeId and "
                              "Comm_ExchangeResponses are present.");
                if (!check.value().notes.isEmpty())
                    r.detail +=
                        QLatin1Char(' ') +
                        tr("Checked on records: %1.").arg(check.value().notes.join(QStringLiteral("; ")));
            }
            done(r);
        });
}

void ConnectionTest::stepCrmApi(StepDone done)
{
    if (m_crmBroken) {
        done(skipped(kCrmApi, tr("Skipped: no CRM access.")));
        return;
    }
    m_connections->crm().apiLevel(
        [done, alive = std::weak_ptr<int>(m_alive)](Result<crm::CrmApiLevel> level) {
            if (alive.expired())
                return;
            StepResult r;
            r.id = kCrmApi;
            if (!level.ok()) {
                r.outcome = StepOutcome::Failed;
                r.detail = level.error().message;
                r.hint = ConnectionHints::forTransport(level.error(), tr("The CRM"));
            } else {
                r.outcome = StepOutcome::Passed;
                r.detail = level.value().description;
            }
            done(r);
        });
}

const ExchangeServerConnection *ConnectionTest::primaryGraph() const
{
    const ExchangeServerConnection &primary = m_connections->servers().first();
    return primary.graph ? &primary : nullptr;
}

ConnectionHint ConnectionTest::exchangeHint(const Error &error, const QString &mailbox,
                                            const QStringList &needed)
{
    // Graph's refusals name permissions and policies (ConnectionHints::forGraph); any other kind is judged by
    // its transport until it brings its own hints.
    if (m_connections->serverOf(mailbox).graph)
        return ConnectionHints::forGraph(error, mailbox, needed, m_tokenRoles);
    return ConnectionHints::forTransport(error, tr("The Exchange server"));
}

Error ConnectionTest::deadlineError() const
{
    return makeError(
        ErrorKind::Network,
        tr("The Exchange server did not answer within %1 ms (timed out).").arg(m_options.stepTimeoutMs));
}

void ConnectionTest::stepToken(StepDone done)
{
    const ExchangeServerConnection *graph = primaryGraph();
    if (!graph) {
        done(skipped(kToken, tr("Not used: the Exchange server is on premises (EWS).")));
        return;
    }
    if (m_exchangeBroken) {
        done(skipped(kToken, tr("Skipped: the sign-in endpoint cannot be reached.")));
        return;
    }
    GraphChecks::token(*graph, [this, done, alive = std::weak_ptr<int>(m_alive)](Result<QStringList> roles) {
        if (alive.expired())
            return;
        StepResult r;
        r.id = kToken;
        if (!roles.ok()) {
            m_exchangeBroken = true;
            r.outcome = StepOutcome::Failed;
            r.detail = roles.error().message;
            r.hint = ConnectionHints::forToken(roles.error(), m_settings.value(Keys::GraphTenant).toString(),
                                               m_settings.value(Keys::GraphClientId).toString());
        } else {
            m_haveToken = true;
            m_tokenRoles = roles.value();
            r.outcome = StepOutcome::Passed;
            r.detail = m_tokenRoles.isEmpty()
                           ? tr("Token obtained; it carries no application permissions (admin consent missing?).")
                           : tr("Token obtained; application permissions: %1.")
                                 .arg(m_tokenRoles.join(QStringLiteral(", ")));
        }
        done(r);
    });
}

void ConnectionTest::stepUsers(StepDone done)
{
    // Reading the whole directory is Graph's way of finding mailboxes; EWS resolves names one by one, so the
    // check there is that the directory resolves the Exchange Account (ResolveNames).
    const ExchangeServerConnection *graph = primaryGraph();
    if (!graph) {
        const QString account = m_settings.value(Keys::ExchangeAccount).toString().trimmed();
        if (account.isEmpty()) {
            done(skipped(kUsers, tr("No Exchange Account to look up in the directory.")));
            return;
        }
        exchange::DirectoryQuery query;
        query.email = account;
        m_connections->exchange()->findUsers(
            {query}, [this, done, account, alive = std::weak_ptr<int>(m_alive)](
                         Result<QList<exchange::ExchangeUser>> found) {
                if (alive.expired())
                    return;
                StepResult r;
                r.id = kUsers;
                if (!found.ok()) {
                    r.outcome = StepOutcome::Failed;
                    r.detail = found.error().message;
                    r.hint = ConnectionHints::forTransport(found.error(), tr("Exchange Web Services"));
                } else if (found.value().isEmpty()) {
                    r.outcome = StepOutcome::Failed;
                    r.detail = tr("The directory does not resolve %1 (ResolveNames found no mailbox).").arg(account);
                } else {
                    r.outcome = StepOutcome::Passed;
                    r.detail = tr("The directory resolves %1 to the mailbox %2 (users are linked this way).")
                                   .arg(account, found.value().constFirst().mail);
                }
                done(r);
            });
        return;
    }
    if (m_exchangeBroken || !m_haveToken) {
        done(skipped(kUsers, tr("Skipped: no token.")));
        return;
    }
    GraphChecks::readDirectory(
        *graph, m_options.stepTimeoutMs, [this, done, alive = std::weak_ptr<int>(m_alive)](Status read) {
            if (alive.expired())
                return;
            StepResult r;
            r.id = kUsers;
            if (!read.ok()) {
                r.outcome = StepOutcome::Failed;
                r.detail = read.error().message;
                r.hint = read.error().httpStatus == 0 && read.error().kind == ErrorKind::Invalid
                             ? ConnectionHints::forTransport(read.error(), tr("Microsoft Graph"))
                             : ConnectionHints::forGraph(read.error(), QString(),
                                                         {QStringLiteral("User.Read.All")}, m_tokenRoles);
            } else {
                r.outcome = StepOutcome::Passed;
                r.detail = tr("The directory's users can be read.");
            }
            done(r);
        });
}

void ConnectionTest::stepMailbox(StepDone done)
{
    exchange::ExchangeConnector *exchange = m_connections->exchange();
    if (m_exchangeBroken || (primaryGraph() && !m_haveToken)) {
        done(skipped(kMailbox, tr("Skipped: no token.")));
        return;
    }
    const QString mailbox =
        m_options.mailbox.isEmpty() ? m_settings.value(Keys::ExchangeAccount).toString() : m_options.mailbox;
    if (mailbox.isEmpty()) {
        done(skipped(kMailbox, tr("No test mailbox: set Exchange Account or name one with --mailbox.")));
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    const QStringList readNeeds{QStringLiteral("Calendars.Read"), QStringLiteral("Calendars.ReadWrite")};
    // A connector call has no timeout of its own: the step ends at its deadline, and a later answer is
    // ignored.
    auto settled = std::make_shared<bool>(false);
    auto finish = [this, done, mailbox, readNeeds, now,
                   alive = std::weak_ptr<int>(m_alive)](std::optional<Result<exchange::CalendarProbe>> read) {
        if (alive.expired())
            return;
        StepResult r;
        r.id = kMailbox;
        if (!read) {
            const Error late = deadlineError();
            r.outcome = StepOutcome::Failed;
            r.detail = late.message;
            r.hint = ConnectionHints::forTransport(late, tr("The Exchange server"));
            done(r);
            return;
        }
        if (!read->ok()) {
            r.outcome = StepOutcome::Failed;
            r.detail = read->error().message;
            r.hint = exchangeHint(read->error(), mailbox, readNeeds);
            done(r);
            return;
        }
        if (!m_options.writeProbe) {
            r.outcome = StepOutcome::Passed;
            r.detail = tr("The calendar of %1 can be read (write probe not requested).").arg(mailbox);
            done(r);
            return;
        }
        writeProbe(mailbox, now, r, done);
    };
    QTimer::singleShot(m_options.stepTimeoutMs, this, [settled, finish] {
        if (!std::exchange(*settled, true))
            finish(std::nullopt);
    });
    exchange->probeCalendar(mailbox, now, now.addDays(1),
                            [settled, finish](Result<exchange::CalendarProbe> read) {
                                if (!std::exchange(*settled, true))
                                    finish(std::move(read));
                            });
}

void ConnectionTest::writeProbe(const QString &mailbox, const QDateTime &now, StepResult r, StepDone done)
{
    exchange::ExchangeEvent probe;
    probe.subject = tr("CRM Exchange Sync connection test (safe to delete)");
    probe.bodyText = tr("Created and deleted again by Test Connection.");
    probe.startUtc = now.addDays(1);
    probe.endUtc = probe.startUtc.addSecs(15 * 60);
    probe.reminderOn = false;
    probe.isPrivate = true;
    const QString transaction = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QStringList writeNeeds{QStringLiteral("Calendars.ReadWrite")};
    m_connections->exchange()->createEvent(
        mailbox, probe, transaction,
        [this, done, mailbox, r, writeNeeds,
         alive = std::weak_ptr<int>(m_alive)](Result<exchange::ExchangeEvent> created) mutable {
            if (alive.expired())
                return;
            if (!created.ok()) {
                r.outcome = StepOutcome::Failed;
                r.detail =
                    tr("Reading works, creating a test event does not: %1").arg(created.error().message);
                r.hint = exchangeHint(created.error(), mailbox, writeNeeds);
                done(r);
                return;
            }
            const QString id = created.value().id;
            m_connections->exchange()->deleteEvent(
                mailbox, id, QString(),
                [this, done, mailbox, id, r, writeNeeds, alive](Status deleted) mutable {
                    if (alive.expired())
                        return;
                    if (!deleted.ok()) {
                        r.outcome = StepOutcome::Failed;
                        r.detail = tr("A test event was created but could not be deleted (delete it by hand: "
                                      "'CRM Exchange Sync connection test', id %1): %2")
                                       .arg(id, deleted.error().message);
                        r.hint = exchangeHint(deleted.error(), mailbox, writeNeeds);
                    } else {
                        r.outcome = StepOutcome::Passed;
                        r.detail = tr("The calendar of %1 can be read and written (a test event was created "
                                      "and deleted).")
                                       .arg(mailbox);
                    }
                    done(r);
                });
        });
}

void ConnectionTest::stepServers(StepDone done)
{
    QList<ExchangeServerConnection> servers;
    for (const ExchangeServerConnection &server : m_connections->servers()) {
        if (!server.name.isEmpty())
            servers.append(server);
    }
    if (servers.isEmpty()) {
        done(skipped(kServers, tr("No additional Exchange servers are configured.")));
        return;
    }
    struct State {
        QList<ExchangeServerConnection> servers;
        int index = 0;
        QStringList lines;
        ConnectionHint firstHint;
        bool failed = false;
    };
    auto state = std::make_shared<State>();
    state->servers = servers;
    auto next = std::make_shared<std::function<void()>>();
    const int timeoutMs = m_options.stepTimeoutMs;
    *next = [this, state, next, done, timeoutMs, alive = std::weak_ptr<int>(m_alive)]() {
        if (alive.expired())
            return;
        if (state->index >= state->servers.size() || m_cancelled) {
            StepResult r;
            r.id = kServers;
            r.outcome = state->failed ? StepOutcome::Failed : StepOutcome::Passed;
            r.detail = state->lines.join(QLatin1Char('\n'));
            r.hint = state->firstHint;
            const std::function<void()> keep = std::move(*next);
            *next = nullptr;
            done(r);
            return;
        }
        const ExchangeServerConnection server = state->servers.at(state->index++);
        auto report = [state, next, server](bool ok, const QString &line, const ConnectionHint &hint) {
            state->lines.append(QStringLiteral("%1: %2").arg(server.displayName(), line));
            if (!ok) {
                state->failed = true;
                if (state->firstHint.isEmpty())
                    state->firstHint = hint;
            }
            (*next)();
        };
        // The calendar of the server's Exchange Account, through the seam like synchronization reads it.
        auto readCalendar = [this, server, report, alive](const QStringList &roles, bool graphChecked) {
            const QDateTime now = m_clock->nowUtc();
            server.exchangeConnector()->probeCalendar(
                server.account, now, now.addDays(1),
                [server, roles, graphChecked, report, alive](Result<exchange::CalendarProbe> read) {
                    if (alive.expired())
                        return;
                    if (!read.ok())
                        return report(
                            false,
                            tr("the calendar of %1 cannot be read: %2")
                                .arg(server.account, read.error().message),
                            server.graph ? ConnectionHints::forGraph(read.error(), server.account,
                                                                     {QStringLiteral("Calendars.Read"),
                                                                      QStringLiteral("Calendars.ReadWrite")},
                                                                     roles)
                                         : ConnectionHints::forTransport(read.error(), server.displayName()));
                    report(true,
                           graphChecked
                               ? tr("token obtained, the directory and the calendar of %1 can be read.")
                                     .arg(server.account)
                               : tr("the calendar of %1 can be read.").arg(server.account),
                           {});
                });
        };
        if (!server.graph)
            return readCalendar({}, false);
        // Graph: a token and the directory first.
        const SettingsValues values = m_settings.serverValues(server.name);
        GraphChecks::token(server, [server, values, report, readCalendar, timeoutMs,
                                    alive](Result<QStringList> token) {
            if (alive.expired())
                return;
            if (!token.ok())
                return report(false, tr("no token: %1").arg(token.error().message),
                              ConnectionHints::forToken(token.error(), values.value(Keys::GraphTenant).toString(),
                                                        values.value(Keys::GraphClientId).toString()));
            const QStringList roles = token.value();
            GraphChecks::readDirectory(server, timeoutMs, [roles, report, readCalendar, alive](Status users) {
                if (alive.expired())
                    return;
                if (!users.ok())
                    return report(false, tr("the directory cannot be read: %1").arg(users.error().message),
                                  ConnectionHints::forGraph(users.error(), QString(), {QStringLiteral("User.Read.All")},
                                                            roles));
                readCalendar(roles, true);
            });
        });
    };
    (*next)();
}

void ConnectionTest::stepScope(StepDone done)
{
    // Every server with an out-of-scope mailbox: the primary one (its settings) and each additional one.
    struct Probe {
        ExchangeServerConnection server;
        ScopeCheck::Server scope;
    };
    QList<Probe> probes;
    for (const ExchangeServerConnection &server : m_connections->servers()) {
        const SettingsValues values = server.name.isEmpty() ? m_settings.values() : m_settings.serverValues(server.name);
        const QString mailbox = values.value(Keys::OutOfScopeMailbox).toString().trimmed();
        if (mailbox.isEmpty())
            continue;
        ScopeCheck::Server scope;
        scope.graph = server.graph;
        scope.appId = values.value(Keys::GraphClientId).toString().trimmed();
        scope.account = values.value(Keys::NtAccount).toString().trimmed();
        scope.mailbox = mailbox;
        probes.append({server, scope});
    }
    if (probes.isEmpty()) {
        done(skipped(kScope, tr("No out-of-scope mailbox is set (Out-of-Scope Mailbox), so the application's "
                                "scope is not checked.")));
        return;
    }
    if (m_exchangeBroken || (primaryGraph() && !m_haveToken)) {
        done(skipped(kScope, tr("Skipped: the Exchange server cannot be used.")));
        return;
    }
    struct State {
        QList<Probe> probes;
        QStringList lines;
        ConnectionHint firstHint;
        bool warned = false;
    };
    auto state = std::make_shared<State>();
    state->probes = probes;
    const bool several = m_connections->servers().size() > 1;
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, state, next, done, several, alive = std::weak_ptr<int>(m_alive)]() {
        if (alive.expired())
            return;
        if (state->probes.isEmpty() || m_cancelled) {
            StepResult r;
            r.id = kScope;
            r.outcome = state->warned ? StepOutcome::Warning : StepOutcome::Passed;
            r.detail = state->lines.join(QLatin1Char('\n'));
            r.hint = state->firstHint;
            const std::function<void()> keep = std::move(*next);
            *next = nullptr;
            done(r);
            return;
        }
        const Probe probe = state->probes.takeFirst();
        auto settled = std::make_shared<bool>(false);
        auto judge = [state, next, probe, several](const Result<exchange::CalendarProbe> &read) {
            const ScopeCheck::Judgement j = ScopeCheck::judge(probe.scope, read);
            state->lines.append(several ? QStringLiteral("%1: %2").arg(probe.server.displayName(), j.line) : j.line);
            if (j.verdict != ScopeCheck::Verdict::Denied) {
                state->warned = true;
                if (state->firstHint.isEmpty())
                    state->firstHint = j.hint;
            }
            (*next)();
        };
        // The connector call has no deadline of its own: the step's applies.
        QTimer::singleShot(m_options.stepTimeoutMs, this, [this, settled, judge] {
            if (!std::exchange(*settled, true))
                judge(deadlineError());
        });
        const QDateTime now = m_clock->nowUtc();
        probe.server.exchangeConnector()->probeCalendar(
            probe.scope.mailbox, now, now.addDays(1),
            [settled, judge, alive = std::weak_ptr<int>(m_alive)](Result<exchange::CalendarProbe> read) {
                if (alive.expired() || std::exchange(*settled, true))
                    return;
                judge(read);
            });
    };
    (*next)();
}

void ConnectionTest::stepClock(StepDone done)
{
    StepResult r;
    r.id = kClock;
    if (!m_connections) {
        done(skipped(kClock, tr("Skipped: no server answered.")));
        return;
    }
    QStringList lines;
    ConnectionHint worst;
    qint64 worstSkew = 0;
    bool any = false;
    QStringList seen;
    for (const Host &h : std::as_const(m_hosts)) {
        if (seen.contains(hostPort(h.url)))
            continue;
        seen.append(hostPort(h.url));
        const auto skew = m_connections->http().serverClockSkewSecs(h.url);
        if (!skew)
            continue;
        any = true;
        lines.append(tr("%1: %2 s").arg(h.label).arg(*skew));
        if (qAbs(*skew) > qAbs(worstSkew)) {
            worstSkew = *skew;
            if (qAbs(*skew) > m_options.maxClockSkewSecs)
                worst = ConnectionHints::clockSkew(h.label, *skew);
        }
    }
    if (!any) {
        done(skipped(kClock, tr("Skipped: no server answered with its time.")));
        return;
    }
    r.outcome = worst.isEmpty() ? StepOutcome::Passed : StepOutcome::Failed;
    r.detail = tr("Server clock minus this machine's: %1").arg(lines.join(QStringLiteral("; ")));
    r.hint = worst;
    done(r);
}

void ConnectionTest::stepListener(StepDone done)
{
    const QString publicUrl = m_settings.value(Keys::ListenerPublicUrl).toString();
    if (publicUrl.isEmpty()) {
        done(skipped(kListener, tr("Push notifications are not configured; changes are found by polling.")));
        return;
    }
    // First whether the service listens on this machine (its bind address and port), then whether the public
    // URL reaches a listener: the first is a warning to start the service, the second a broken chain.
    QHostAddress bind(m_settings.value(Keys::ListenerBind).toString());
    if (bind.isNull() || bind == QHostAddress::AnyIPv4 || bind == QHostAddress::Any)
        bind = QHostAddress::LocalHost;
    else if (bind == QHostAddress::AnyIPv6)
        bind = QHostAddress::LocalHostIPv6;
    const quint16 port = quint16(m_settings.value(Keys::ListenerPort).toInt());
    const QString local = QStringLiteral("%1:%2")
                              .arg(bind.protocol() == QAbstractSocket::IPv6Protocol
                                       ? QLatin1Char('[') + bind.toString() + QLatin1Char(']')
                                       : bind.toString())
                              .arg(port);
    auto *socket = new QTcpSocket(this);
    auto answered = std::make_shared<bool>(false);
    auto probed = [this, done, publicUrl, local, socket, answered](bool listening) {
        if (*answered)
            return;
        *answered = true;
        socket->abort();
        socket->deleteLater();
        handshake(publicUrl, local, listening, done);
    };
    connect(socket, &QTcpSocket::connected, this, [probed] { probed(true); });
    connect(socket, &QTcpSocket::errorOccurred, this, [probed] { probed(false); });
    QTimer::singleShot(qMin(m_options.stepTimeoutMs, 3000), socket, [probed] { probed(false); });
    socket->connectToHost(bind, port);
}

void ConnectionTest::handshake(const QString &publicUrl, const QString &local, bool serviceListening,
                               StepDone done)
{
    // The same handshake Graph performs when a subscription is created: POST ?validationToken=..., and the
    // listener must echo the token as text/plain with 200.
    const QString token = QStringLiteral("cxsync-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrl url(publicUrl);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("validationToken"), token);
    url.setQuery(query);
    net::HttpRequest request;
    request.method = "POST";
    request.url = url;
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}};
    request.timeoutMs = m_options.stepTimeoutMs;
    request.label = QStringLiteral("listener.handshake");
    request.idempotent = true;
    m_connections->http().send(request, [done, publicUrl, local, serviceListening, token,
                                         alive = std::weak_ptr<int>(m_alive)](
                                            Result<net::HttpResponse> response) {
        if (alive.expired())
            return;
        StepResult r;
        r.id = kListener;
        const bool reached = response.ok() && QString::fromUtf8(response.value().body).trimmed() == token &&
                             response.value().header("Content-Type").startsWith("text/plain");
        if (reached) {
            r.outcome = StepOutcome::Passed;
            r.detail = serviceListening
                           ? tr("The listener at %1 answered the validation handshake.").arg(publicUrl)
                           : tr("The listener at %1 answered the validation handshake (the service runs on "
                                "another machine: nothing listens on %2 here).")
                                 .arg(publicUrl, local);
        } else if (!response.ok() && response.error().httpStatus == 0 && !serviceListening) {
            // Nothing to reach yet: not a broken chain, a service to start.
            r.outcome = StepOutcome::Warning;
            r.detail = tr("The CRM Exchange Sync service is not running on this machine (nothing listens on "
                          "%1), so %2 cannot answer yet.")
                           .arg(local, publicUrl);
            r.hint = ConnectionHints::serviceNotRunning(local);
        } else if (!response.ok()) {
            r.outcome = StepOutcome::Failed;
            r.detail = response.error().message;
            r.hint = response.error().httpStatus == 0
                         ? ConnectionHints::listenerUnreachable(publicUrl, response.error().message,
                                                                serviceListening ? local : QString())
                         : ConnectionHints::listenerWrongAnswer(publicUrl, response.error().message);
        } else {
            r.outcome = StepOutcome::Failed;
            r.detail = tr("HTTP %1 without the validation token").arg(response.value().status);
            r.hint = ConnectionHints::listenerWrongAnswer(publicUrl, r.detail);
        }
        done(r);
    });
}

} // namespace cxsync
