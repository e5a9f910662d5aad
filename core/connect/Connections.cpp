#include "connect/Connections.h"

#include "SecretStore.h"
#include "Settings.h"
#include "SettingsSchema.h"
#include "TimeZoneSpec.h"
#include "crm/sagecrm/SageCrmConnector.h"
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

} // namespace

Connections::Connections(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {}

Connections::~Connections()
{
    // The connectors hold references to the HttpClient: drop them first.
    m_crm.reset();
}

exchange::ExchangeConnector *Connections::exchange()
{
    return m_graph;
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

    e.authority = withoutTrailingSlash(QUrl(settings.value(Keys::GraphAuthorityUrl).toString()));
    e.graphBase = withoutTrailingSlash(QUrl(settings.value(Keys::GraphBaseUrl).toString()));
    e.graphVersioned = e.graphBase;
    e.graphVersioned.setPath(e.graphBase.path() + QStringLiteral("/v1.0"));
    const QString tenant = settings.value(Keys::GraphTenant).toString().trimmed();
    e.tokenEndpoint = e.authority;
    e.tokenEndpoint.setPath(e.authority.path() + QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant));
    e.ewsUrl = QUrl(settings.value(Keys::EwsUrl).toString());
    return e;
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

struct SecretReading {
    ConnectionSecrets values;
    QList<Secret> pending;
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
    if (!state->store) {
        auto finish = std::move(state->done);
        finish(makeError(ErrorKind::Cancelled, Connections::tr("the secret store went away")));
        return;
    }
    const Secret secret = state->pending.takeFirst();
    state->store->read(secret, [state, secret](Result<QString> value) {
        if (!value.ok()) {
            const bool optional = secret == Secret::GraphCertificatePassword; // unencrypted keys have none
            if (value.error().kind != ErrorKind::NotFound || !optional) {
                Error error = value.error();
                if (error.kind == ErrorKind::NotFound)
                    error = makeError(ErrorKind::Invalid,
                                      Connections::tr("%1 is not stored: set it in the control panel or with "
                                                      "'cxsync secret set %2'")
                                          .arg(secretLabel(secret), secretName(secret)),
                                      QStringLiteral("secret/") + secretName(secret));
                auto finish = std::move(state->done);
                finish(error);
                return;
            }
        } else if (secret == Secret::CrmPassword) {
            state->values.crmPassword = value.value();
        } else if (secret == Secret::GraphClientSecret) {
            state->values.graphClientSecret = value.value();
        } else if (secret == Secret::GraphCertificatePassword) {
            state->values.graphCertificatePassword = value.value();
        }
        readNextSecret(state);
    });
}

} // namespace

void Connections::readSecrets(const Settings &settings, SecretStore &store,
                              std::function<void(Result<ConnectionSecrets>)> done)
{
    auto state = std::make_shared<SecretReading>();
    state->pending = requiredSecrets(settings);
    state->done = std::move(done);
    state->store = &store;
    readNextSecret(state);
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
    if (settings.usesGraph()) {
        exchange::GraphCredentials credentials;
        credentials.authority = c->m_endpoints.authority;
        credentials.tenant = settings.value(Keys::GraphTenant).toString().trimmed();
        credentials.clientId = settings.value(Keys::GraphClientId).toString().trimmed();
        if (settings.value(Keys::GraphCredentialKind).toString() == Choices::CredentialCertificate) {
            credentials.certificateFile = settings.value(Keys::GraphCertificateFile).toString();
            credentials.certificatePassword = secrets.graphCertificatePassword;
        } else {
            credentials.clientSecret = secrets.graphClientSecret;
        }
        credentials.resource = c->m_endpoints.graphBase.toString();
        c->m_tokens = new exchange::GraphTokenProvider(c->m_http, clock, credentials, c.get());
        c->m_graph = new exchange::GraphConnector(c->m_http, c->m_tokens, c->m_endpoints.graphVersioned, c.get());
        c->m_exchangeServerName = QStringLiteral("graph:") + credentials.tenant;
    } else {
        c->m_exchangeServerName = settings.value(Keys::ExchangeServer).toString();
    }
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
