#pragma once

#include "Clock.h"
#include "Result.h"
#include "Secret.h"

#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cxsync {

class Settings;
class SecretStore;

namespace net {
class HttpClient;
}
namespace crm {
class CrmConnector;
}
namespace exchange {
class ExchangeConnector;
class GraphConnector;
class GraphTokenProvider;
} // namespace exchange

// The secrets one profile needs to reach its servers (read from the SecretStore for each run, never kept
// anywhere else).
struct ConnectionSecrets {
    QString crmPassword;
    QString graphClientSecret;
    QString graphCertificatePassword;
};

// Where one profile's servers are, derived from its settings (pure; for Test Connection and the factory).
struct ConnectionEndpoints {
    QUrl crmRest;       // Sage CRM REST base (CRM REST URL, or https://<CRM Server>/sdata/<CRM Path>j/sagecrm2/-/)
    QUrl graphBase;     // Graph root without version, e.g. https://graph.microsoft.com
    QUrl graphVersioned; // graphBase + /v1.0
    QUrl authority;     // e.g. https://login.microsoftonline.com
    QUrl tokenEndpoint; // authority/{tenant}/oauth2/v2.0/token
    QUrl ewsUrl;        // on-premises EWS endpoint (EWS kind)
};

// Everything one configured profile needs to talk to its servers: one network access manager, one HttpClient
// (retries, per-mailbox limit, traces switched by Diagnostic Mode), the CRM connector and the Exchange
// connector. Built from settings that validate and the secrets they need; nothing here reads settings later.
class Connections final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connections)
public:
    using OpenCallback = std::function<void(Result<std::unique_ptr<Connections>>)>;

    ~Connections() override;

    static Result<ConnectionEndpoints> endpoints(const Settings &settings);
    // The secrets these settings need (the CRM password always; the client secret or the certificate
    // password for Graph, by credential kind).
    static QList<Secret> requiredSecrets(const Settings &settings);
    // Reads requiredSecrets() from `store`; a missing one is ErrorKind::Invalid naming "secret/<name>".
    static void readSecrets(const Settings &settings, SecretStore &store,
                            std::function<void(Result<ConnectionSecrets>)> done);
    // Settings must validate (problems come back as ErrorKind::Invalid naming the first field).
    static Result<std::unique_ptr<Connections>> create(const Settings &settings, const ConnectionSecrets &secrets,
                                                       Clock *clock, QObject *parent = nullptr);
    // readSecrets() + create().
    static void open(const Settings &settings, SecretStore &store, Clock *clock, OpenCallback done);

    const ConnectionEndpoints &endpoints() const { return m_endpoints; }
    net::HttpClient &http() { return *m_http; }
    crm::CrmConnector &crm() { return *m_crm; }
    // Null when the profile uses EWS (not built yet: the Exchange side then reports "not available").
    exchange::ExchangeConnector *exchange();
    exchange::GraphConnector *graph() { return m_graph; }
    exchange::GraphTokenProvider *graphTokens() { return m_tokens; }
    // The value written to the CRM user's Exchange server field (seed chapter 3): the primary Exchange
    // server for EWS, "graph:<tenant>" for Exchange Online.
    QString exchangeServerName() const { return m_exchangeServerName; }
    QTimeZone crmZone() const { return m_crmZone; }
    Clock *clock() const { return m_clock; }

private:
    Connections(Clock *clock, QObject *parent);

    Clock *m_clock;
    ConnectionEndpoints m_endpoints;
    QNetworkAccessManager *m_network = nullptr;
    net::HttpClient *m_http = nullptr;
    std::unique_ptr<crm::CrmConnector> m_crm;
    exchange::GraphTokenProvider *m_tokens = nullptr;
    exchange::GraphConnector *m_graph = nullptr;
    QString m_exchangeServerName;
    QTimeZone m_crmZone;
};

} // namespace cxsync
