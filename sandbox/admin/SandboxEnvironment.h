#pragma once

#include "FaultPlan.h"

#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

namespace cxsync::sandbox {

class GraphSandbox;
class EwsSandbox;
class CrmSandbox;
class AdminEndpoint;

struct SandboxOptions {
    bool graph = true;
    bool crm = true;
    int users = 50;
    int appointments = 200;
    quint64 seed = 1;
    QString statePath; // SQLite file; resumed from when it exists, written by saveState()
    QString faultPlan; // JSON text or a file path; applied to both servers
    int latencyMs = 0; // per request, makes concurrency limits observable
    QByteArray crmTimeZone =
        "Europe/London"; // the CRM server's zone: not UTC, with DST, so zone mistakes show
    bool crmLegacyApi = false;       // behave like Sage CRM before 2024 R2 (CrmSandbox::setLegacyApi)
    bool crmEntityPrototypes = true; // false: no $prototypes/{entity} (CrmSandbox::setPerEntityPrototypes)
    // The EWS sandbox (on-premises Exchange) on this port (0 = any free one), serving the Graph sandbox's
    // mailboxes; nullopt = not started. ewsBasic also accepts Basic logons beside NTLM.
    std::optional<quint16> ewsPort;
    bool ewsBasic = false;
    // Exchange Online application access policies (GraphSandbox::setAccessPolicies): JSON text or a file path.
    QString graphAccessPolicies;
    // Faults per EWS operation (EwsSandbox::setOperationFaults; JSON text or a file path); needs ewsPort.
    QString ewsOperationFaults;
};

// Both sandboxes, filled from the same sample world, plus the admin endpoint: what the cxsync-sandbox
// executable, `cxsync demo` and end-to-end tests start.
class SandboxEnvironment final : public QObject {
    Q_OBJECT
public:
    explicit SandboxEnvironment(QObject *parent = nullptr);
    ~SandboxEnvironment() override;

    bool start(const SandboxOptions &options, QString *error);
    bool saveState(QString *error) const;

    // The Graph sandbox also exists (not listening) when only EWS faces its mailboxes.
    GraphSandbox *graph() const { return m_graph.get(); }
    EwsSandbox *ews() const { return m_ews.get(); }
    CrmSandbox *crm() const { return m_crm.get(); }
    AdminEndpoint *admin() const { return m_admin.get(); }

    // The one JSON line the executable prints: graph, token, tenant, clientId, clientSecret, crm, crmUser,
    // crmPassword, ews, ewsUser (DOMAIN\\account), ewsPassword, ewsMailbox, admin (keys absent for a sandbox
    // that is not running).
    QJsonObject describe() const;

private:
    SandboxOptions m_options;
    std::unique_ptr<GraphSandbox> m_graph;
    std::unique_ptr<EwsSandbox> m_ews;
    std::unique_ptr<CrmSandbox> m_crm;
    std::unique_ptr<AdminEndpoint> m_admin;
    QString m_testMailbox;
};

} // namespace cxsync::sandbox
