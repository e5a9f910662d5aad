#include "connect/Connections.h"

#include "config/SettingsValidator.h"
#include "connect/ExchangeRouter.h"
#include "users/UserLinkStore.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "config/TimeZoneSpec.h"
#include "crm/sagecrm/SageCrmConnector.h"
#include "exchange/ews/EwsConnector.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"
#include "net/HttpTrace.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QPointer>

namespace cxsync {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QUrl withoutTrailingSlash(const QUrl &url)
{
    return url.adjusted(QUrl::StripTrailingSlash);
}

// The Exchange half of the endpoints, from one server's values (unprefixed keys).
void exchangeEndpoints(const SettingsValues &values, ConnectionEndpoints *e)
{
    e->authority = withoutTrailingSlash(QUrl(values.value(Keys::GraphAuthorityUrl).toString()));
    e->graphBase = withoutTrailingSlash(QUrl(values.value(Keys::GraphBaseUrl).toString()));
    e->graphVersioned = e->graphBase;
    e->graphVersioned.setPath(e->graphBase.path() + QStringLiteral("/v1.0"));
    const QString tenant = values.value(Keys::GraphTenant).toString().trimmed();
    e->tokenEndpoint = e->authority;
    e->tokenEndpoint.setPath(e->authority.path() + QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant));
    e->ewsUrl = QUrl(values.value(Keys::EwsUrl).toString());
}

} // namespace

QString ExchangeServerConnection::displayName() const
{
    return name.isEmpty() ? identity : QStringLiteral("%1 (%2)").arg(name, identity);
}

Connections::Connections(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

Connections::~Connections()
{
    // The connectors hold references to the HttpClient: drop them first.
    m_router.reset();
    m_crm.reset();
}

exchange::ExchangeConnector *Connections::exchange()
{
    if (m_router)
        return m_router.get();
    return m_servers.first().exchangeConnector();
}

QStringList Connections::exchangeServerNames() const
{
    QStringList names;
    for (const ExchangeServerConnection &server : m_servers)
        names.append(server.identity);
    return names;
}

const ExchangeServerConnection *Connections::serverByIdentity(const QString &identity) const
{
    for (const ExchangeServerConnection &server : m_servers) {
        if (server.identity.compare(identity, Qt::CaseInsensitive) == 0)
            return &server;
    }
    return nullptr;
}

void Connections::useLinks(Journal &journal)
{
    if (m_servers.size() == 1)
        return;
    const auto links = users::UserLinkStore(journal).all();
    if (links.ok()) // else the routes stay; the caller's own journal reads report the problem
        routeLinks(links.value());
}

void Connections::routeLinks(const QList<users::UserLink> &links)
{
    m_routes.clear();
    for (const users::UserLink &link : links) {
        if (link.state != users::LinkState::Linked || link.exchangeServer.isEmpty())
            continue;
        if (!link.mailbox.isEmpty())
            m_routes.insert(link.mailbox.trimmed().toCaseFolded(), link.exchangeServer);
        if (!link.exchangeUserId.isEmpty())
            m_routes.insert(link.exchangeUserId.trimmed().toCaseFolded(), link.exchangeServer);
    }
}

const ExchangeServerConnection &Connections::serverOf(const QString &mailbox)
{
    if (m_servers.size() == 1)
        return m_servers.first();
    const auto it = m_routes.constFind(mailbox.trimmed().toCaseFolded());
    if (it != m_routes.cend()) {
        if (const ExchangeServerConnection *server = serverByIdentity(it.value()))
            return *server;
    }
    return m_servers.first();
}

exchange::ExchangeConnector *ExchangeServerConnection::exchangeConnector() const
{
    if (connector)
        return connector;
    return ews;
}

Result<ConnectionEndpoints> Connections::endpoints(const Settings &settings)
{
    ConnectionEndpoints e;
    const QString restUrl = settings.value(Keys::CrmRestUrl).toString().trimmed();
    if (!restUrl.isEmpty()) {
        e.crmRest = QUrl(restUrl);
    } else {
        const QString server = settings.value(Keys::CrmServer).toString().trimmed();
        const QString install = settings.value(Keys::CrmPath).toString().trimmed();
        if (server.isEmpty())
            return makeError(ErrorKind::Invalid, tr("CRM Server is not set"), Keys::CrmServer);
        if (install.isEmpty())
            return makeError(ErrorKind::Invalid, tr("CRM Path is not set"), Keys::CrmPath);
        const QString host = server.section(QLatin1Char(':'), 0, 0);
        e.crmRest = QUrl(QStringLiteral("%1://%2/sdata/%3j/sagecrm2/-/")
                             .arg(isLoopbackHost(host) ? QStringLiteral("http") : QStringLiteral("https"),
                                  server, install));
    }
    if (!e.crmRest.isValid() || e.crmRest.host().isEmpty())
        return makeError(ErrorKind::Invalid, tr("CRM REST URL '%1' is not a valid URL").arg(restUrl),
                         Keys::CrmRestUrl);
    if (!e.crmRest.path().endsWith(QLatin1Char('/')))
        e.crmRest.setPath(e.crmRest.path() + QLatin1Char('/'));
    exchangeEndpoints(settings.serverValues(), &e);
    return e;
}

QList<Secret> Connections::requiredServerSecrets(const Settings &settings, const QString &server)
{
    const SettingsValues values = settings.serverValues(server);
    if (values.value(Keys::ExchangeKind).toString() != Choices::KindGraph)
        return {Secret::NtPassword};
    if (values.value(Keys::GraphCredentialKind).toString() == Choices::CredentialCertificate)
        return {Secret::GraphCertificatePassword};
    return {Secret::GraphClientSecret};
}

QList<Secret> Connections::requiredSecrets(const Settings &settings)
{
    QList<Secret> secrets{Secret::CrmPassword};
    if (settings.usesGraph()) {
        if (settings.value(Keys::GraphCredentialKind).toString() == Choices::CredentialCertificate)
            secrets.append(Secret::GraphCertificatePassword);
        else
            secrets.append(Secret::GraphClientSecret);
    } else {
        secrets.append(Secret::NtPassword);
    }
    return secrets;
}

namespace {

struct PendingSecret {
    QString server; // empty: the primary server's / the profile's
    Secret secret;
};

struct SecretReading {
    ConnectionSecrets values;
    QList<PendingSecret> pending;
    std::function<void(Result<ConnectionSecrets>)> done;
    QPointer<SecretStore> store;
};

// Reads the pending secrets one after another. Stores may answer inside read() (overrides) or later
// (keychain): the state lives in the shared pointer, not in a closure that could be destroyed mid-call.
void readNextSecret(const std::shared_ptr<SecretReading> &state)
{
    if (state->pending.isEmpty()) {
        auto finish = std::move(state->done);
        finish(state->values);
        return;
    }
    SecretStore *store = state->store;
    const PendingSecret next = state->pending.takeFirst();
    if (store && !next.server.isEmpty())
        store = store->forServer(next.server);
    if (!store) {
        auto finish = std::move(state->done);
        finish(makeError(ErrorKind::Cancelled, Connections::tr("the secret store went away")));
        return;
    }
    const Secret secret = next.secret;
    const QString server = next.server;
    store->read(secret, [state, secret, server](Result<QString> value) {
        if (!value.ok()) {
            const bool optional = secret == Secret::GraphCertificatePassword; // unencrypted keys have none
            if (value.error().kind != ErrorKind::NotFound || !optional) {
                Error error = value.error();
                const QString name =
                    server.isEmpty() ? secretName(secret) : secretName(secret) + QLatin1Char('@') + server;
                if (error.kind != ErrorKind::NotFound) {
                    // e.g. no keychain: say which secret was wanted.
                    error.message = server.isEmpty()
                                        ? Connections::tr("%1 (%2) could not be read: %3")
                                              .arg(secretLabel(secret), name, error.message)
                                        : Connections::tr("%1 of Exchange server %2 (%3) could not be read: %4")
                                              .arg(secretLabel(secret), server, name, error.message);
                    error.field = QStringLiteral("secret/") + name;
                }
                if (error.kind == ErrorKind::NotFound)
                    error = makeError(ErrorKind::Invalid,
                                      server.isEmpty()
                                          ? Connections::tr("%1 is not stored: set it in the control panel or "
                                                            "with 'cxsync secret set %2'")
                                                .arg(secretLabel(secret), name)
                                          : Connections::tr("%1 of Exchange server %2 is not stored: set it in "
                                                            "the control panel or with 'cxsync secret set %3'")
                                                .arg(secretLabel(secret), server, name),
                                      QStringLiteral("secret/") + name);
                auto finish = std::move(state->done);
                finish(error);
                return;
            }
        } else if (secret == Secret::NtPassword) {
            if (server.isEmpty())
                state->values.ntPassword = value.value();
            else
                state->values.servers[server].ntPassword = value.value();
        } else if (secret == Secret::CrmPassword) {
            state->values.crmPassword = value.value();
        } else if (secret == Secret::GraphClientSecret) {
            if (server.isEmpty())
                state->values.graphClientSecret = value.value();
            else
                state->values.servers[server].graphClientSecret = value.value();
        } else if (secret == Secret::GraphCertificatePassword) {
            if (server.isEmpty())
                state->values.graphCertificatePassword = value.value();
            else
                state->values.servers[server].graphCertificatePassword = value.value();
        }
        readNextSecret(state);
    });
}

} // namespace

void Connections::readSecrets(const Settings &settings, SecretStore &store,
                              std::function<void(Result<ConnectionSecrets>)> done)
{
    auto state = std::make_shared<SecretReading>();
    for (Secret secret : requiredSecrets(settings))
        state->pending.append({QString(), secret});
    for (const QString &server : settings.additionalServers()) {
        state->values.servers.insert(server, {});
        for (Secret secret : requiredServerSecrets(settings, server))
            state->pending.append({server, secret});
    }
    state->done = std::move(done);
    state->store = &store;
    readNextSecret(state);
}

Result<ExchangeServerConnection> Connections::addServer(const QString &name, const Settings &settings,
                                                        const ExchangeSecrets &secrets)
{
    const SettingsValues values = settings.serverValues(name);
    ExchangeServerConnection server;
    server.name = name;
    server.identity = SettingsValidator::serverIdentity(values);
    server.account = values.value(Keys::ExchangeAccount).toString().trimmed();
    exchangeEndpoints(values, &server.endpoints);
    server.graph = values.value(Keys::ExchangeKind).toString() == Choices::KindGraph;
    if (server.graph) {
        exchange::GraphCredentials credentials;
        credentials.authority = server.endpoints.authority;
        credentials.tenant = values.value(Keys::GraphTenant).toString().trimmed();
        credentials.clientId = values.value(Keys::GraphClientId).toString().trimmed();
        if (values.value(Keys::GraphCredentialKind).toString() == Choices::CredentialCertificate) {
            credentials.certificateFile = values.value(Keys::GraphCertificateFile).toString();
            credentials.certificatePassword = secrets.graphCertificatePassword;
        } else {
            credentials.clientSecret = secrets.graphClientSecret;
        }
        credentials.resource = server.endpoints.graphBase.toString();
        server.tokens = new exchange::GraphTokenProvider(m_http, m_clock, credentials, this);
        server.connector = new exchange::GraphConnector(m_http, server.tokens, server.endpoints.graphVersioned, this);
    } else {
        exchange::EwsSettings ews;
        ews.url = server.endpoints.ewsUrl;
        if (ews.url.isEmpty()) {
            // no EWS URL set: Autodiscover for the Exchange Account, this default when it finds none
            const QString primary = values.value(Keys::ExchangeServer).toString().trimmed();
            ews.url = exchange::EwsConnector::defaultUrl(primary);
            ews.autodiscoverUrls = exchange::EwsAutodiscover::candidatesFor(server.account, primary);
            if (!ews.autodiscoverUrls.isEmpty())
                ews.autodiscoverAddress = server.account;
        }
        const QString urlKey = name.isEmpty() ? Keys::EwsUrl : SettingsSchema::serverKey(name, Keys::EwsUrl);
        if (!ews.url.isValid() || ews.url.host().isEmpty())
            return makeError(ErrorKind::Invalid,
                             tr("Exchange server %1: neither EWS URL nor Primary Exchange Server gives a valid EWS "
                                "address")
                                 .arg(server.identity),
                             urlKey);
        ews.account = values.value(Keys::NtAccount).toString().trimmed();
        ews.password = secrets.ntPassword;
        ews.impersonation = values.value(Keys::EwsImpersonation).toBool();
        server.endpoints.ewsUrl = ews.url;
        server.ews = new exchange::EwsConnector(m_http, m_clock, ews, this);
    }
    return server;
}

Result<std::unique_ptr<Connections>> Connections::create(const Settings &settings,
                                                         const ConnectionSecrets &secrets, Clock *clock,
                                                         QObject *parent)
{
    const ValidationIssues issues = settings.validate();
    if (!issues.isEmpty())
        return makeError(ErrorKind::Invalid,
                         tr("the settings are not valid: %1: %2")
                             .arg(SettingsSchema::label(issues.first().field), issues.first().message),
                         issues.first().field);
    auto found = endpoints(settings);
    if (!found.ok())
        return found.error();

    std::unique_ptr<Connections> c(new Connections(clock, parent));
    c->m_endpoints = found.value();
    c->m_crmZone = settings.crmTimeZone().zone();
    net::HttpTrace::setEnabled(settings.diagnosticMode());
    c->m_network = new QNetworkAccessManager(c.get());
    c->m_http = new net::HttpClient(c->m_network, clock, c.get());
    // a run keeps up to 4 items of each of `mailboxesInFlight` mailboxes under way, each with one request to
    // the CRM or to Exchange at a time: two connections per mailbox in flight keep both servers busy without
    // queueing behind Qt's 6 per server
    const int inFlight = qBound(1, settings.value(Keys::MailboxesInFlight).toInt(), 64);
    c->m_http->setConnectionsPerServer(2 * inFlight);
    // the CRM is one server, not a mailbox: it takes a request for each mailbox in flight (the same bound)
    c->m_http->setConcurrencyFor(crm::sagecrm::SageCrmConnector::mailboxKey(), qMax(4, inFlight));
    net::TlsOptions tls;
    tls.extraCaFile = settings.value(Keys::TlsExtraCaFile).toString();
    tls.pinnedSha256 = settings.value(Keys::TlsPinnedSha256).toString();
    if (Status applied = c->m_http->setTlsOptions(tls); !applied.ok()) {
        Error error = applied.error();
        error.field = tls.extraCaFile.isEmpty() ? Keys::TlsPinnedSha256 : Keys::TlsExtraCaFile;
        return error;
    }
    c->m_crm = std::make_unique<crm::sagecrm::SageCrmConnector>(*c->m_http, c->m_endpoints.crmRest,
                                                                settings.value(Keys::CrmUser).toString(),
                                                                secrets.crmPassword, c->m_crmZone);
    auto primary = c->addServer(
        QString(), settings,
        ExchangeSecrets{secrets.graphClientSecret, secrets.graphCertificatePassword, secrets.ntPassword});
    if (!primary.ok())
        return primary.error();
    c->m_endpoints.ewsUrl = primary.value().endpoints.ewsUrl; // with the Primary Exchange Server's default
    c->m_servers.append(primary.value());
    for (const QString &name : settings.additionalServers()) {
        auto added = c->addServer(name, settings, secrets.servers.value(name));
        if (!added.ok())
            return added.error();
        c->m_servers.append(added.value());
    }
    if (c->m_servers.size() > 1)
        c->m_router = std::make_unique<ExchangeRouter>(*c);
    return c;
}

void Connections::open(const Settings &settings, SecretStore &store, Clock *clock, OpenCallback done)
{
    const Settings *source = &settings;
    readSecrets(settings, store, [source, clock, done = std::move(done)](Result<ConnectionSecrets> secrets) {
        if (!secrets.ok()) {
            done(secrets.error());
            return;
        }
        done(create(*source, secrets.value(), clock));
    });
}

} // namespace cxsync
