#include "AdminEndpoint.h"

#include "CrmSandbox.h"
#include "EwsSandbox.h"
#include "GraphSandbox.h"
#include "SandboxEnvironment.h"

#include <QJsonArray>

#include <cmath>

namespace cxsync::sandbox {

namespace {
const QString kSegment = QStringLiteral("([^/]+)");
}

AdminEndpoint::AdminEndpoint(SandboxEnvironment *environment) : HttpSandbox(environment), m_env(environment)
{
    route(QStringLiteral("GET"), QStringLiteral("/admin/?"),
          [this](const SandboxRequest &request, Reply reply) {
              if (refuseRemote(request, reply))
                  return;
              reply.json(200, m_env->describe());
          });
    addOutlookRoutes();
    addReadRoutes();
    addCrmRoutes();
    addControlRoutes();
    addPolicyRoutes();
}

GraphSandbox *AdminEndpoint::graphOr404(const SandboxRequest &request, const Reply &reply) const
{
    if (refuseRemote(request, reply))
        return nullptr;
    if (!m_env->graph())
        sendError(reply, 404, QStringLiteral("NotRunning"),
                  QStringLiteral("the Graph sandbox is not running"));
    return m_env->graph();
}

CrmSandbox *AdminEndpoint::crmOr404(const SandboxRequest &request, const Reply &reply) const
{
    if (refuseRemote(request, reply))
        return nullptr;
    if (!m_env->crm())
        sendError(reply, 404, QStringLiteral("NotRunning"), QStringLiteral("the CRM sandbox is not running"));
    return m_env->crm();
}

bool AdminEndpoint::refuseRemote(const SandboxRequest &request, const Reply &reply) const
{
    if (request.peer.isLoopback())
        return false;
    sendError(reply, 403, QStringLiteral("Forbidden"),
              QStringLiteral("the admin endpoint answers loopback clients only"));
    return true;
}

void AdminEndpoint::addOutlookRoutes()
{
    const auto body = [this](const SandboxRequest &request, const Reply &reply, QJsonObject *out) {
        QString error;
        const QJsonDocument doc = request.json(&error);
        if (!request.body.isEmpty() && !doc.isObject()) {
            sendError(reply, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the body is not a JSON object: %1").arg(error));
            return false;
        }
        *out = doc.object();
        return true;
    };
    const QString events = QStringLiteral("/admin/outlook/") + kSegment + QStringLiteral("/events");

    route(QStringLiteral("POST"), events, [=](const SandboxRequest &request, Reply reply) {
        GraphSandbox *graph = graphOr404(request, reply);
        QJsonObject event;
        if (!graph || !body(request, reply, &event))
            return;
        const QJsonObject created = graph->createEvent(request.captures.at(0), event);
        if (created.contains(QStringLiteral("error")))
            reply.json(400, created);
        else
            reply.json(201, created);
    });
    route(QStringLiteral("PATCH"), events + QLatin1Char('/') + kSegment,
          [=](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              QJsonObject patch;
              if (!graph || !body(request, reply, &patch))
                  return;
              const auto updated = graph->updateEvent(request.captures.at(0), request.captures.at(1), patch);
              if (!updated)
                  sendError(reply, 404, QStringLiteral("ErrorItemNotFound"),
                            QStringLiteral("The specified object was not found in the store."));
              else
                  reply.json(200, *updated);
          });
    route(QStringLiteral("DELETE"), events + QLatin1Char('/') + kSegment,
          [=](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              if (graph->deleteEvent(request.captures.at(0), request.captures.at(1)))
                  reply.empty(204);
              else
                  sendError(reply, 404, QStringLiteral("ErrorItemNotFound"),
                            QStringLiteral("The specified object was not found in the store."));
          });
    route(
        QStringLiteral("POST"), events + QLatin1Char('/') + kSegment + QStringLiteral("/cancel"),
        [=](const SandboxRequest &request, Reply reply) {
            GraphSandbox *graph = graphOr404(request, reply);
            QJsonObject args;
            if (!graph || !body(request, reply, &args))
                return;
            if (graph->cancelEvent(request.captures.at(0), request.captures.at(1),
                                   args.value(QStringLiteral("comment")).toString()))
                reply.empty(202);
            else
                sendError(
                    reply, 400, QStringLiteral("ErrorInvalidRequest"),
                    QStringLiteral(
                        "Your request can't be completed. Only the meeting organizer can cancel a meeting."));
        });
    route(QStringLiteral("POST"),
          events + QLatin1Char('/') + kSegment + QStringLiteral("/(accept|decline|tentativelyAccept)"),
          [=](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              const QString action = request.captures.at(2);
              const QString response = action == QLatin1String("accept") ? QStringLiteral("accepted")
                                       : action == QLatin1String("decline")
                                           ? QStringLiteral("declined")
                                           : QStringLiteral("tentativelyAccepted");
              if (graph->respond(request.captures.at(0), request.captures.at(1), response))
                  reply.empty(202);
              else
                  sendError(
                      reply, 400, QStringLiteral("ErrorInvalidRequest"),
                      QStringLiteral(
                          "Your request can't be completed. The organizer cannot respond to the meeting."));
          });
    route(QStringLiteral("POST"),
          QStringLiteral("/admin/outlook/") + kSegment + QStringLiteral("/expire-delta"),
          [=](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              graph->expireDeltaTokens(request.captures.at(0));
              reply.empty(204);
          });
    route(QStringLiteral("DELETE"), QStringLiteral("/admin/subscriptions/") + kSegment,
          [=](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              if (graph->dropSubscription(request.captures.at(0)))
                  reply.empty(204);
              else
                  sendError(reply, 404, QStringLiteral("ResourceNotFound"),
                            QStringLiteral("no such subscription"));
          });
    route(QStringLiteral("POST"),
          QStringLiteral("/admin/subscriptions/") + kSegment +
              QStringLiteral("/(reauthorizationRequired|subscriptionRemoved|missed)"),
          [=](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              if (graph->triggerLifecycle(request.captures.at(0), request.captures.at(1)))
                  reply.empty(202);
              else
                  sendError(reply, 404, QStringLiteral("ResourceNotFound"),
                            QStringLiteral("no such subscription"));
          });
}

// What a person would see in Outlook or the CRM, read without going through the product's protocols: `cxsync
// demo` runs the sandboxes as a child process and reads back through these what its sync runs wrote.
void AdminEndpoint::addReadRoutes()
{
    route(QStringLiteral("GET"), QStringLiteral("/admin/outlook/") + kSegment + QStringLiteral("/events"),
          [this](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              const QString mailbox = request.captures.at(0);
              bool known = false;
              for (const QJsonValue &v : graph->users()) {
                  const QJsonObject user = v.toObject();
                  for (const char *key : {"id", "mail", "userPrincipalName"})
                      known =
                          known ||
                          user.value(QLatin1String(key)).toString().compare(mailbox, Qt::CaseInsensitive) ==
                              0;
              }
              if (!known) {
                  sendError(reply, 404, QStringLiteral("ErrorInvalidUser"),
                            QStringLiteral("no mailbox %1").arg(mailbox));
                  return;
              }
              reply.json(200, QJsonObject{{QStringLiteral("value"), graph->events(mailbox)}});
          });
    // Every mailbox's events in one answer: the demo reads all its linked mailboxes before and after each
    // run.
    route(QStringLiteral("GET"), QStringLiteral("/admin/outlook/events"),
          [this](const SandboxRequest &request, Reply reply) {
              GraphSandbox *graph = graphOr404(request, reply);
              if (!graph)
                  return;
              QJsonArray mailboxes;
              for (const QJsonValue &v : graph->users()) {
                  const QJsonObject user = v.toObject();
                  const QString id = user.value(QStringLiteral("id")).toString();
                  mailboxes.append(QJsonObject{
                      {QStringLiteral("id"), id},
                      {QStringLiteral("mail"), user.value(QStringLiteral("mail"))},
                      {QStringLiteral("userPrincipalName"), user.value(QStringLiteral("userPrincipalName"))},
                      {QStringLiteral("events"), graph->events(id)}});
              }
              reply.json(200, QJsonObject{{QStringLiteral("value"), mailboxes}});
          });
    const auto crmList = [this](QJsonArray (*read)(const CrmSandbox &)) {
        return [this, read](const SandboxRequest &request, Reply reply) {
            if (CrmSandbox *crm = crmOr404(request, reply))
                reply.json(200, QJsonObject{{QStringLiteral("value"), read(*crm)}});
        };
    };
    route(QStringLiteral("GET"), QStringLiteral("/admin/crm/users"),
          crmList([](const CrmSandbox &crm) { return crm.users(); }));
    route(QStringLiteral("GET"), QStringLiteral("/admin/crm/communications"),
          crmList([](const CrmSandbox &crm) { return crm.communications(false); }));
}

void AdminEndpoint::addCrmRoutes()
{
    const QString comms = QStringLiteral("/admin/crm/communications");
    route(QStringLiteral("POST"), comms, [=](const SandboxRequest &request, Reply reply) {
        CrmSandbox *crm = crmOr404(request, reply);
        if (!crm)
            return;
        const QJsonObject args = request.json().object();
        QStringList userIds;
        const QJsonArray ids = args.value(QStringLiteral("userIds")).toArray();
        for (const QJsonValue &id : ids)
            userIds.append(id.toVariant().toString());
        const QJsonObject record =
            crm->createCommunication(args.value(QStringLiteral("fields")).toObject(), userIds);
        reply.json(record.contains(QStringLiteral("$key")) ? 201 : 400, record);
    });
    route(QStringLiteral("PUT"), comms + QLatin1Char('/') + kSegment,
          [=](const SandboxRequest &request, Reply reply) {
              CrmSandbox *crm = crmOr404(request, reply);
              if (!crm)
                  return;
              const auto updated = crm->updateCommunication(request.captures.at(0), request.json().object());
              if (!updated)
                  sendError(reply, 404, QStringLiteral("NotFound"),
                            QStringLiteral("no communication %1").arg(request.captures.at(0)));
              else
                  reply.json(200, *updated);
          });
    route(QStringLiteral("DELETE"), comms + QLatin1Char('/') + kSegment,
          [=](const SandboxRequest &request, Reply reply) {
              CrmSandbox *crm = crmOr404(request, reply);
              if (!crm)
                  return;
              if (crm->deleteCommunication(request.captures.at(0)))
                  reply.empty(204);
              else
                  sendError(reply, 404, QStringLiteral("NotFound"),
                            QStringLiteral("no communication %1").arg(request.captures.at(0)));
          });
}

void AdminEndpoint::addControlRoutes()
{
    route(QStringLiteral("PUT"), QStringLiteral("/admin/faults/(graph|crm|ews|ews-operations)"),
          [this](const SandboxRequest &request, Reply reply) {
              if (refuseRemote(request, reply))
                  return;
              QString error;
              const auto plan = FaultPlan::parse(request.body, &error);
              if (!plan) {
                  sendError(reply, 400, QStringLiteral("BadRequest"), error);
                  return;
              }
              const QString which = request.captures.at(0);
              if (which == QLatin1String("ews-operations") && m_env->ews()) {
                  // per EWS operation (every call is a POST to one URL): "path" matches the operation name
                  if (!m_env->ews()->setOperationFaults(*plan, &error)) {
                      sendError(reply, 400, QStringLiteral("BadRequest"), error);
                      return;
                  }
                  reply.empty(204);
                  return;
              }
              HttpSandbox *target = nullptr;
              if (which == QLatin1String("ews") && m_env->ews())
                  target = &m_env->ews()->http();
              if (request.captures.at(0) == QLatin1String("graph") && m_env->graph())
                  target = &m_env->graph()->http();
              if (request.captures.at(0) == QLatin1String("crm") && m_env->crm())
                  target = &m_env->crm()->http();
              if (!target) {
                  sendError(reply, 404, QStringLiteral("NotRunning"),
                            QStringLiteral("that sandbox is not running"));
                  return;
              }
              target->setFaultPlan(*plan);
              reply.empty(204);
          });
    // The plan in force, each rule with "applied" (how often it fired).
    route(QStringLiteral("GET"), QStringLiteral("/admin/faults/(graph|crm|ews|ews-operations)"),
          [this](const SandboxRequest &request, Reply reply) {
              const QString which = request.captures.at(0);
              const FaultPlan *plan = nullptr;
              if (which == QLatin1String("graph") && m_env->graph())
                  plan = &m_env->graph()->http().faultPlan();
              else if (which == QLatin1String("crm") && m_env->crm())
                  plan = &m_env->crm()->http().faultPlan();
              else if (which == QLatin1String("ews") && m_env->ews())
                  plan = &m_env->ews()->http().faultPlan();
              else if (which == QLatin1String("ews-operations") && m_env->ews())
                  plan = &m_env->ews()->operationFaults();
              if (!plan) {
                  sendError(reply, 404, QStringLiteral("NotRunning"),
                            QStringLiteral("that sandbox is not running"));
                  return;
              }
              reply.json(200, plan->toJson());
          });
    addMeasurementRoutes();
    route(QStringLiteral("POST"), QStringLiteral("/admin/save"),
          [this](const SandboxRequest &request, Reply reply) {
              if (refuseRemote(request, reply))
                  return;
              QString error;
              if (m_env->saveState(&error))
                  reply.empty(204);
              else
                  sendError(reply, 409, QStringLiteral("NotSaved"), error);
          });
}

// For benchmarks: the Graph sandbox's requests in flight per mailbox, and the latency both servers add.
void AdminEndpoint::addMeasurementRoutes()
{
    const QString concurrency = QStringLiteral("/admin/graph/concurrency");
    route(QStringLiteral("GET"), concurrency, [=](const SandboxRequest &request, Reply reply) {
        if (GraphSandbox *graph = graphOr404(request, reply))
            reply.json(200, graph->concurrencyReport());
    });
    route(QStringLiteral("DELETE"), concurrency, [=](const SandboxRequest &request, Reply reply) {
        if (GraphSandbox *graph = graphOr404(request, reply)) {
            graph->resetConcurrencyPeaks();
            reply.empty(204);
        }
    });
    // {"milliseconds": 0..60000}: as --latency, from now on (requests already waiting keep theirs).
    route(QStringLiteral("PUT"), QStringLiteral("/admin/latency"),
          [this](const SandboxRequest &request, Reply reply) {
              if (refuseRemote(request, reply))
                  return;
              QString error;
              const QJsonDocument doc = request.json(&error);
              if (!doc.isObject()) {
                  sendError(reply, 400, QStringLiteral("BadRequest"),
                            QStringLiteral("the body is not a JSON object: %1").arg(error));
                  return;
              }
              const QJsonValue value = doc.object().value(QStringLiteral("milliseconds"));
              const double ms = value.toDouble(-1);
              if (!value.isDouble() || ms < 0 || ms > 60000 || ms != std::floor(ms)) {
                  sendError(reply, 400, QStringLiteral("BadRequest"),
                            QStringLiteral("milliseconds must be a whole number from 0 to 60000"));
                  return;
              }
              if (m_env->graph())
                  m_env->graph()->setLatency(
                      int(ms)); // held while in flight, as SandboxEnvironment::start does
              if (m_env->crm())
                  m_env->crm()->http().setLatency(int(ms));
              reply.empty(204);
          });
}

// The Graph tenant's application access policies (New-ApplicationAccessPolicy): GET lists them, PUT replaces
// them with a JSON list (400 naming the policy and field that is wrong), DELETE removes them all.
void AdminEndpoint::addPolicyRoutes()
{
    const QString path = QStringLiteral("/admin/graph/access-policies");
    route(QStringLiteral("GET"), path, [=](const SandboxRequest &request, Reply reply) {
        if (GraphSandbox *graph = graphOr404(request, reply))
            reply.json(200, QJsonObject{{QStringLiteral("policies"), graph->accessPoliciesJson()}});
    });
    route(QStringLiteral("PUT"), path, [=](const SandboxRequest &request, Reply reply) {
        GraphSandbox *graph = graphOr404(request, reply);
        if (!graph)
            return;
        QString error;
        const QJsonDocument doc = request.json(&error);
        if (!doc.isObject() && !doc.isArray()) {
            sendError(reply, 400, QStringLiteral("BadRequest"),
                      QStringLiteral("the body is not JSON: %1").arg(error));
            return;
        }
        const QJsonValue policies =
            doc.isArray() ? QJsonValue(doc.array()) : doc.object().value(QStringLiteral("policies"));
        if (!graph->setAccessPolicies(policies, &error)) {
            sendError(reply, 400, QStringLiteral("BadRequest"), error);
            return;
        }
        reply.json(200, QJsonObject{{QStringLiteral("policies"), graph->accessPoliciesJson()}});
    });
    route(QStringLiteral("DELETE"), path, [=](const SandboxRequest &request, Reply reply) {
        if (GraphSandbox *graph = graphOr404(request, reply)) {
            graph->setAccessPolicyScope(std::nullopt);
            reply.empty(204);
        }
    });
}

} // namespace cxsync::sandbox
