#pragma once

#include "Clock.h"
#include "Result.h"
#include "config/Secret.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cxsync {

class Journal;
class Settings;
class SecretStore;

namespace net {
class HttpClient;
}
namespace crm {
class CrmConnector;
}
namespace users {
struct UserLink;
}
namespace exchange {
class ExchangeConnector;
class EwsConnector;
class GraphConnector;
class GraphTokenProvider;
} // namespace exchange

class ExchangeRouter;

// The secrets one Exchange server or tenant needs.
struct ExchangeSecrets {
    QString graphClientSecret;
    QString graphCertificatePassword;
    QString ntPassword; // EWS: the NT Domain\Account's password
};

// The secrets one profile needs to reach its servers (read from the SecretStore for each run, never kept
// anywhere else).
struct ConnectionSecrets {
    QString crmPassword;
    QString graphClientSecret;
    QString graphCertificatePassword;
    QString ntPassword; // the primary server's, when it is on-premises Exchange (EWS)
    // Additional Exchange servers (Settings::additionalServers()), by name.
    QHash<QString, ExchangeSecrets> servers;
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

// One Exchange server or tenant of the profile: the primary one (name empty) or an additional one (seed
// chapter 5; Settings::additionalServers()).
struct ExchangeServerConnection {
    QString name;     // empty for the primary server; else the settings group name ("emea")
    QString identity; // "graph:<tenant>" or the on-premises server: written to the CRM and to user links
    QString account;  // its Exchange Account (the mailbox Test Connection reads)
    bool graph = false;
    ConnectionEndpoints endpoints; // the Exchange part (graph*, authority, tokenEndpoint, ewsUrl)
    // Graph only (null for EWS): for the Graph-specific checks of Test Connection (token, directory
    // permissions). Everything else goes through exchangeConnector().
    exchange::GraphTokenProvider *tokens = nullptr;
    exchange::GraphConnector *connector = nullptr;
    // EWS only (null for Graph).
    exchange::EwsConnector *ews = nullptr;

    // This server's side of the ExchangeConnector seam (Graph or EWS).
    exchange::ExchangeConnector *exchangeConnector() const;

    // "emea (graph:contoso.example)", or the identity alone for the primary server.
    QString displayName() const;
};

// Everything one configured profile needs to talk to its servers: one network access manager, one HttpClient
// (retries, per-mailbox limit, traces switched by Diagnostic Mode), the CRM connector and one Exchange
// connector per configured Exchange server or tenant. Built from settings that validate and the secrets they
// need; nothing here reads settings later.
//
// Several Exchange servers: exchange() routes each mailbox's calls to the server the mailbox is linked to (the
// user links in the journal, see useLinks()); a mailbox no link names goes to the primary server, as in the
// legacy product where the primary server reached every mailbox. listUsers() reads every server's directory
// and tags each mailbox with its server.
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
    // The secrets one additional server needs (kept under SecretStore::forServer(server)).
    static QList<Secret> requiredServerSecrets(const Settings &settings, const QString &server);
    // Reads requiredSecrets() from `store` and each additional server's from store.forServer(); a missing one
    // is ErrorKind::Invalid naming "secret/<name>" (or "secret/<name>@<server>").
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
    // The Exchange side, the only one the engine, hooks, user sync and diagnostics use; with several servers,
    // a connector that routes by mailbox. Null when the primary server uses EWS (not built yet: the Exchange
    // side then reports "not available").
    exchange::ExchangeConnector *exchange();
    // The server `mailbox` is linked to (the primary server when no link names it).
    const ExchangeServerConnection &serverOf(const QString &mailbox);
    // Every configured Exchange server, the primary first.
    const QList<ExchangeServerConnection> &servers() const { return m_servers; }
    const ExchangeServerConnection *serverByIdentity(const QString &identity) const;
    // Route mailboxes by these user links (replacing earlier routes). Callers pass the rows whenever they
    // (re)load their users, so routes follow user sync. Only matters with several servers.
    void routeLinks(const QList<users::UserLink> &links);
    // routeLinks() with the links in `journal` now (nothing is kept: the journal may go away first).
    void useLinks(Journal &journal);
    // The value written to the CRM user's Exchange server field (seed chapter 3) for the primary server:
    // the primary Exchange server for EWS, "graph:<tenant>" for Exchange Online.
    QString exchangeServerName() const { return m_servers.first().identity; }
    QStringList exchangeServerNames() const;
    QTimeZone crmZone() const { return m_crmZone; }
    Clock *clock() const { return m_clock; }

private:
    Connections(Clock *clock, QObject *parent);
    Result<ExchangeServerConnection> addServer(const QString &name, const Settings &settings,
                                               const ExchangeSecrets &secrets);

    Clock *m_clock;
    ConnectionEndpoints m_endpoints;
    QNetworkAccessManager *m_network = nullptr;
    net::HttpClient *m_http = nullptr;
    std::unique_ptr<crm::CrmConnector> m_crm;
    QList<ExchangeServerConnection> m_servers; // never empty once created
    std::unique_ptr<ExchangeRouter> m_router;  // with several servers
    QHash<QString, QString> m_routes; // case-folded mailbox address or directory id -> server identity
    QTimeZone m_crmZone;
};

} // namespace cxsync
