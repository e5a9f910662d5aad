#include "SandboxEnvironment.h"

#include "AdminEndpoint.h"
#include "CrmSandbox.h"
#include "EwsSandbox.h"
#include "GraphSandbox.h"
#include "HttpSandbox.h"
#include "SampleDataGenerator.h"
#include "SandboxState.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>

#include <QFile>
#include <QJsonDocument>

namespace cxsync::sandbox {

SandboxEnvironment::SandboxEnvironment(QObject *parent) : QObject(parent) {}

SandboxEnvironment::~SandboxEnvironment() = default;

bool SandboxEnvironment::start(const SandboxOptions &options, QString *error)
{
    m_options = options;
    std::optional<FaultPlan> faults;
    if (!options.faultPlan.isEmpty()) {
        faults = FaultPlan::load(options.faultPlan, error);
        if (!faults)
            return false;
    }

    QJsonObject saved;
    const bool resumed = !options.statePath.isEmpty() && SandboxState::load(options.statePath, &saved, error);
    if (!error->isEmpty())
        return false;

    // The sample world is anchored on today's date so appointments fall around now.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SampleData data =
        SampleDataGenerator::generate(options.users, options.appointments, options.seed, now);
    for (const SampleUser &user : data.users) {
        if (user.hasMailbox && user.accountEnabled && user.key != data.syncUserKey) {
            m_testMailbox = user.mail; // the profile's Exchange Account: a real, enabled mailbox
            break;
        }
    }

    if (options.graph || options.ewsPort) {
        m_graph = std::make_unique<GraphSandbox>();
        if (resumed && saved.contains(QStringLiteral("graph"))) {
            if (!m_graph->restoreState(saved.value(QStringLiteral("graph")).toObject(), error))
                return false;
        } else {
            m_graph->load(data);
        }
        if (faults)
            m_graph->http().setFaultPlan(*faults);
        m_graph->setLatency(options.latencyMs); // held while in flight, so mailbox concurrency limits apply
        if (!options.graphAccessPolicies.isEmpty()) {
            QByteArray text = options.graphAccessPolicies.toUtf8();
            if (!options.graphAccessPolicies.trimmed().startsWith(QLatin1Char('['))) {
                QFile file(options.graphAccessPolicies);
                if (!file.open(QIODevice::ReadOnly)) {
                    *error = tr("the access policy file %1 cannot be read: %2")
                                 .arg(options.graphAccessPolicies, file.errorString());
                    return false;
                }
                text = file.readAll();
            }
            QJsonParseError parsed;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &parsed);
            if (parsed.error != QJsonParseError::NoError) {
                *error = tr("the access policies are not JSON: %1").arg(parsed.errorString());
                return false;
            }
            if (!doc.isArray()) {
                *error = tr("the access policies must be a JSON list");
                return false;
            }
            if (!m_graph->setAccessPolicies(QJsonValue(doc.array()), error))
                return false;
        }
        if (options.graph && !m_graph->start()) {
            *error = tr("the Graph sandbox could not listen on 127.0.0.1");
            return false;
        }
    }
    if (options.ewsPort) {
        // On-premises Exchange over the same organisation: the service account is the profile's Exchange
        // Account, CONTOSO\<its alias>, with a password made up for this run.
        m_ews = std::make_unique<EwsSandbox>(*m_graph);
        static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        QString password;
        for (int i = 0; i < 20; ++i)
            password += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
        EwsAccount account;
        account.domain = m_ews->netbiosDomain();
        account.user = m_testMailbox.section(QLatin1Char('@'), 0, 0);
        account.password = password;
        account.mailbox = m_testMailbox;
        m_ews->addAccount(account);
        m_ews->setBasicEnabled(options.ewsBasic);
        if (faults)
            m_ews->http().setFaultPlan(*faults);
        if (!options.ewsOperationFaults.isEmpty()) {
            const auto operationFaults = FaultPlan::load(options.ewsOperationFaults, error);
            if (!operationFaults || !m_ews->setOperationFaults(*operationFaults, error))
                return false;
        }
        m_ews->http().setLatency(options.latencyMs);
        if (!m_ews->start(*options.ewsPort, error))
            return false;
    }
    if (options.crm) {
        m_crm = std::make_unique<CrmSandbox>();
        if (!QTimeZone::isTimeZoneIdAvailable(options.crmTimeZone)) {
            *error = tr("'%1' is not a known time zone id").arg(QString::fromUtf8(options.crmTimeZone));
            return false;
        }
        m_crm->setServerTimeZone(QTimeZone(options.crmTimeZone));
        if (resumed && saved.contains(QStringLiteral("crm"))) {
            if (!m_crm->restoreState(saved.value(QStringLiteral("crm")).toObject(), error))
                return false;
        } else {
            m_crm->load(data);
        }
        if (options.crmLegacyApi)
            m_crm->setLegacyApi(true);
        if (!options.crmEntityPrototypes)
            m_crm->setPerEntityPrototypes(false);
        if (faults)
            m_crm->http().setFaultPlan(*faults);
        m_crm->http().setLatency(options.latencyMs);
        if (!m_crm->start()) {
            *error = tr("the CRM sandbox could not listen on 127.0.0.1");
            return false;
        }
    }
    m_admin = std::make_unique<AdminEndpoint>(this);
    if (!m_admin->start()) {
        *error = tr("the admin endpoint could not listen on 127.0.0.1");
        return false;
    }
    return true;
}

bool SandboxEnvironment::saveState(QString *error) const
{
    if (m_options.statePath.isEmpty()) {
        *error = tr("no state file was given (--state FILE)");
        return false;
    }
    QJsonObject parts;
    if (m_graph)
        parts.insert(QStringLiteral("graph"), m_graph->saveState());
    if (m_crm)
        parts.insert(QStringLiteral("crm"), m_crm->saveState());
    return SandboxState::save(m_options.statePath, parts, error);
}

QJsonObject SandboxEnvironment::describe() const
{
    QJsonObject line;
    if (m_graph && m_options.graph) {
        const QString base = m_graph->baseUrl().toString();
        line.insert(QStringLiteral("graph"), base + QStringLiteral("/v1.0"));
        line.insert(QStringLiteral("authority"), base);
        line.insert(QStringLiteral("token"),
                    base + QLatin1Char('/') + m_graph->tenantId() + QStringLiteral("/oauth2/v2.0/token"));
        line.insert(QStringLiteral("tenant"), m_graph->tenantId());
        line.insert(QStringLiteral("clientId"), m_graph->clientId());
        line.insert(QStringLiteral("clientSecret"), m_graph->clientSecret());
        line.insert(QStringLiteral("mailbox"), m_testMailbox);
    }
    if (m_ews && !m_ews->accounts().isEmpty()) {
        const EwsAccount &account = m_ews->accounts().first();
        line.insert(QStringLiteral("ews"), m_ews->ewsUrl().toString());
        line.insert(QStringLiteral("ewsUser"), account.domain + QLatin1Char('\\') + account.user);
        line.insert(QStringLiteral("ewsPassword"), account.password);
        line.insert(QStringLiteral("ewsMailbox"), account.mailbox);
        line.insert(QStringLiteral("mailbox"), m_testMailbox);
    }
    if (m_crm) {
        line.insert(QStringLiteral("crm"), m_crm->restBaseUrl().toString());
        line.insert(QStringLiteral("crmServer"), QStringLiteral("127.0.0.1:%1").arg(m_crm->http().port()));
        line.insert(QStringLiteral("crmInstall"), m_crm->installName());
        line.insert(QStringLiteral("crmUser"), m_crm->syncUser());
        line.insert(QStringLiteral("crmPassword"), m_crm->syncPassword());
        line.insert(QStringLiteral("crmTimeZone"), QString::fromUtf8(m_crm->serverTimeZone().id()));
        line.insert(QStringLiteral("crmRelease"),
                    m_crm->legacyApi() ? QStringLiteral("before 2024 R2") : QStringLiteral("2024 R2"));
    }
    if (m_admin)
        line.insert(QStringLiteral("admin"), m_admin->baseUrl().toString() + QStringLiteral("/admin"));
    return line;
}

} // namespace cxsync::sandbox
