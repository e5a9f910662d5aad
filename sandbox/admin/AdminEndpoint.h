#pragma once

#include "HttpSandbox.h"

#include <QObject>

namespace cxsync::sandbox {

class SandboxEnvironment;
class GraphSandbox;
class CrmSandbox;

// The admin endpoint (loopback only): tests and the demo act as people do — create, edit, delete or cancel an
// appointment in Outlook or in the CRM, accept or decline, expire a delta token, drop a subscription, trigger
// a lifecycle event, change the fault plan, save the state.
//
//   GET    /admin                                         what is running
//   GET    /admin/outlook/{mailbox}/events                {"value": [events]} as Outlook holds them → 200
//   GET    /admin/outlook/events                          {"value": [{id, mail, userPrincipalName, events}]}
//   → 200 GET    /admin/crm/users                               {"value": [user records]}                →
//   200 GET    /admin/crm/communications                      {"value": [live communication records]}  → 200
//   POST   /admin/outlook/{mailbox}/events                body: a Graph event      → 201 event
//   PATCH  /admin/outlook/{mailbox}/events/{id}           body: changed properties → 200 event
//   DELETE /admin/outlook/{mailbox}/events/{id}                                    → 204
//   POST   /admin/outlook/{mailbox}/events/{id}/cancel    body: {"comment": "..."} → 202
//   POST   /admin/outlook/{mailbox}/events/{id}/{accept|decline|tentativelyAccept} → 202
//   POST   /admin/outlook/{mailbox}/expire-delta                                   → 204
//   DELETE /admin/subscriptions/{id}                                               → 204
//   POST   /admin/subscriptions/{id}/{reauthorizationRequired|subscriptionRemoved|missed} → 202
//   POST   /admin/crm/communications                      body: {"fields": {...}, "userIds": [...]} → 201
//   record PUT    /admin/crm/communications/{id}                 body: fields             → 200 record DELETE
//   /admin/crm/communications/{id}                 (soft delete)            → 204 PUT
//   /admin/faults/{graph|crm}                      body: a fault plan (see FaultPlan.h) → 204 POST
//   /admin/save                                    write the state file     → 204
//   GET    /admin/graph/concurrency                requests in flight per mailbox (GraphSandbox) → 200
//   DELETE /admin/graph/concurrency                start counting afresh    → 204
//   PUT    /admin/latency                          body: {"milliseconds": N} as --latency → 204
class AdminEndpoint final : public HttpSandbox {
    Q_OBJECT
public:
    explicit AdminEndpoint(SandboxEnvironment *environment);
    bool start(quint16 port = 0) { return listenLoopback(port); }

private:
    void addOutlookRoutes();
    void addReadRoutes();
    void addCrmRoutes();
    void addControlRoutes();
    void addMeasurementRoutes();
    void addPolicyRoutes(); // the Graph tenant's application access policies
    bool refuseRemote(const SandboxRequest &request, const Reply &reply) const;
    // The running sandbox, or nullptr after answering (403 for a remote client, 404 when it is not running).
    GraphSandbox *graphOr404(const SandboxRequest &request, const Reply &reply) const;
    CrmSandbox *crmOr404(const SandboxRequest &request, const Reply &reply) const;

    SandboxEnvironment *m_env;
};

} // namespace cxsync::sandbox
