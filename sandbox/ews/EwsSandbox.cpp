#include "EwsSandbox.h"

#include "EwsPush.h"
#include "GraphSandbox.h"
#include "GraphStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEwsSandbox, "cxsync.sandbox.ews", QtWarningMsg)

namespace cxsync::sandbox {

namespace {

QByteArray xmlContentType()
{
    return "text/xml; charset=utf-8";
}

} // namespace

EwsSandbox::EwsSandbox(GraphSandbox &graph, QObject *parent)
    : QObject(parent), m_graph(graph), m_http(std::make_unique<HttpSandbox>()),
      m_push(std::make_unique<EwsPush>(graph.store())), m_logon(std::make_unique<EwsLogon>()),
      m_directory(std::make_unique<EwsDirectory>(graph.store())),
      m_mailbox(std::make_unique<EwsMailbox>(graph)),
      m_items(std::make_unique<EwsItemOperations>(*m_mailbox)),
      m_folders(std::make_unique<EwsFolderOperations>(*m_mailbox, *m_push))
{
    m_http->setFaultResponder([this](const FaultDecision &fault, const SandboxRequest &request,
                                     const Reply &reply) { return answerFault(fault, request, reply); });
    // The Graph sandbox may outlive this face on it: the listener checks that it is still there.
    QPointer<EwsSandbox> self(this);
    m_graph.addChangeListener(
        [self](const QString &userId, const GraphEvent &event, const QString &changeType) {
            if (!self)
                return;
            if (changeType == "created"_L1)
                self->m_folders->noteCreated(userId, event.immutableId, event.seq);
            const GraphMailbox *box = self->m_graph.store().mailbox(userId);
            self->m_push->onChange(userId, event.immutableId, changeType, box ? box->seq : event.seq);
        });
    installRoutes();
}

EwsSandbox::~EwsSandbox() = default;

bool EwsSandbox::start(quint16 port, QString *error)
{
    QString schemaError;
    m_schema = EwsSchema::instance(&schemaError);
    if (!m_schema) {
        if (error)
            *error = schemaError;
        return false;
    }
    if (!m_http->listenLoopback(port)) {
        if (error)
            *error = tr("the EWS sandbox could not listen on 127.0.0.1");
        return false;
    }
    return true;
}

QUrl EwsSandbox::baseUrl() const
{
    return m_http->baseUrl();
}

QUrl EwsSandbox::ewsUrl() const
{
    return QUrl(m_http->baseUrl().toString() + u"/EWS/Exchange.asmx"_s);
}

void EwsSandbox::installRoutes()
{
    m_http->route(u"POST"_s, u"(?i)/EWS/Exchange\\.asmx"_s,
                  [this](const SandboxRequest &r, const Reply &reply) { serveExchange(r, reply); });
    m_http->route(u"GET"_s, u"(?i)/EWS/(services\\.wsdl|messages\\.xsd|types\\.xsd)"_s,
                  [](const SandboxRequest &r, const Reply &reply) {
                      reply.send(200, EwsSchema::file(r.captures.value(0)), xmlContentType());
                  });
    // Autodiscover (POX): the EWS URL for an address of the organisation.
    m_http->route(u"POST"_s, u"(?i)/autodiscover/autodiscover\\.xml"_s,
                  [this](const SandboxRequest &r, const Reply &reply) {
                      if (!m_logon->authenticate(r, reply))
                          return;
                      ++m_autodiscoverRequests;
                      if (const auto redirect = autodiscoverRedirect(r.body)) {
                          reply.send(200, *redirect, xmlContentType());
                          return;
                      }
                      const auto [status, body] =
                          m_directory->autodiscover(r.body, ewsUrl(), m_logon->serverName());
                      reply.send(status, body, status == 200 ? xmlContentType() : QByteArray("text/plain"));
                  });
}

void EwsSandbox::setAutodiscoverRedirect(const QString &address, const QString &action, const QString &target)
{
    if (action.isEmpty())
        m_autodiscoverRedirects.remove(address.toLower());
    else
        m_autodiscoverRedirects.insert(address.toLower(), {action, target});
}

std::optional<QByteArray> EwsSandbox::autodiscoverRedirect(const QByteArray &request) const
{
    QXmlStreamReader xml(request);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != "EMailAddress"_L1)
            continue;
        const auto found = m_autodiscoverRedirects.constFind(xml.readElementText().trimmed().toLower());
        if (found == m_autodiscoverRedirects.constEnd())
            return std::nullopt;
        const QString element = found->first == "redirectAddr"_L1 ? u"RedirectAddr"_s : u"RedirectUrl"_s;
        return (u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\""
                "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\"><Response xmlns=\""
                "http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\"><Account>"
                "<Action>%1</Action><%2>%3</%2></Account></Response></Autodiscover>\n"_s)
            .arg(found->first.toHtmlEscaped(), element, found->second.toHtmlEscaped())
            .toUtf8();
    }
    return std::nullopt;
}

QByteArray EwsSandbox::soapFault(const QString &code, const QString &message,
                                 const QList<QPair<QString, QString>> &messageXml)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    const QString soap = QLatin1String(ews::kSoapNs), types = QLatin1String(ews::kTypesNs),
                  errors = QLatin1String(ews::kErrorsNs);
    x.writeStartDocument();
    x.writeNamespace(soap, u"s"_s);
    x.writeStartElement(soap, u"Envelope"_s);
    x.writeStartElement(soap, u"Body"_s);
    x.writeStartElement(soap, u"Fault"_s);
    x.writeStartElement(u"faultcode"_s);
    x.writeNamespace(types, u"a"_s);
    x.writeCharacters(u"a:"_s + code);
    x.writeEndElement();
    x.writeStartElement(u"faultstring"_s);
    x.writeAttribute(u"xml:lang"_s, u"en-US"_s);
    x.writeCharacters(message);
    x.writeEndElement();
    x.writeStartElement(u"detail"_s);
    x.writeNamespace(errors, u"e"_s);
    x.writeNamespace(types, u"t"_s);
    x.writeTextElement(errors, u"ResponseCode"_s, code);
    x.writeTextElement(errors, u"Message"_s, message);
    if (!messageXml.isEmpty()) {
        x.writeStartElement(types, u"MessageXml"_s);
        for (const auto &[name, value] : messageXml) {
            if (name == "BackOffMilliseconds"_L1) {
                x.writeStartElement(types, u"Value"_s);
                x.writeAttribute(u"Name"_s, name);
                x.writeCharacters(value);
                x.writeEndElement();
            } else {
                x.writeTextElement(types, name, value);
            }
        }
        x.writeEndElement();
    }
    x.writeEndElement(); // detail
    x.writeEndElement(); // Fault
    x.writeEndElement(); // Body
    x.writeEndElement(); // Envelope
    x.writeEndDocument();
    return out;
}

void EwsSandbox::fault(const Reply &reply, int status, const QString &code, const QString &message,
                       const QList<QPair<QString, QString>> &messageXml)
{
    reply.send(status, soapFault(code, message, messageXml), xmlContentType());
}

bool EwsSandbox::answerFault(const FaultDecision &decision, const SandboxRequest &, const Reply &reply)
{
    switch (decision.kind) {
    case FaultKind::ServerBusy:
        fault(reply, 500, u"ErrorServerBusy"_s,
              u"The server cannot service this request right now. Try again later."_s,
              {{u"BackOffMilliseconds"_s, QString::number(decision.backOffMs)}});
        return true;
    case FaultKind::ServiceUnavailable: {
        HeaderList headers;
        if (!decision.retryAfter.isEmpty())
            headers.append({"Retry-After", decision.retryAfter.toLatin1()});
        // what IIS sends when the EWS application pool is down
        reply.send(503, "<html><body><h1>Service Unavailable</h1></body></html>", "text/html", headers);
        return true;
    }
    default:
        return false; // resets, stalls and the rest behave the same for every server
    }
}

bool EwsSandbox::setOperationFaults(const FaultPlan &plan, QString *error)
{
    const QJsonArray rules = plan.toJson().value("rules"_L1).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QString kind = rules.at(i).toObject().value("fault"_L1).toString();
        if (kind != faultKindName(FaultKind::ConnectionReset) && kind != faultKindName(FaultKind::ResetAfterApply) &&
            kind != faultKindName(FaultKind::ServerBusy) && kind != faultKindName(FaultKind::ServiceUnavailable)) {
            if (error)
                *error = u"operation fault rule %1: '%2' is not an operation fault (reset, reset-after, "
                         "server-busy, 503)"_s.arg(i).arg(kind);
            return false;
        }
    }
    m_operationFaults = plan;
    return true;
}

void EwsSandbox::serveExchange(const SandboxRequest &request, const Reply &reply)
{
    const EwsAccount *logon = m_logon->authenticate(request, reply);
    if (!logon)
        return;
    EwsSchema::Problem problem;
    const auto envelope = m_schema->check(request.body, &problem);
    if (!envelope) {
        ++m_schemaRejections;
        fault(reply, 500, u"ErrorSchemaValidation"_s,
              u"The request failed schema validation: "_s + problem.text(),
              {{u"LineNumber"_s, QString::number(problem.line)},
               {u"LinePosition"_s, u"0"_s},
               {u"Violation"_s,
                problem.message +
                    (problem.element.isEmpty() ? QString() : u" (element '%1')"_s.arg(problem.element))}});
        return;
    }
    const XmlElement &op = envelope->body;
    if (op.ns != QLatin1String(ews::kMessagesNs)) {
        fault(reply, 500, u"ErrorInvalidRequest"_s,
              u"The body element '%1' is not an EWS request."_s.arg(op.name));
        return;
    }
    if (envelope->headerElement("RequestServerVersion").isNull()) {
        fault(reply, 500, u"ErrorInvalidServerVersion"_s,
              u"The request has no RequestServerVersion header; send Version=\"Exchange2016\"."_s);
        return;
    }
    EwsSession s;
    s.account = logon;
    s.timeZoneContext =
        envelope->headerElement("TimeZoneContext").child("TimeZoneDefinition").attribute("Id");
    if (!s.timeZoneContext.isEmpty() && !GraphEventJson::zone(s.timeZoneContext)) {
        fault(reply, 500, u"ErrorTimeZone"_s,
              u"The time zone '%1' in TimeZoneContext is not known."_s.arg(s.timeZoneContext));
        return;
    }
    const XmlElement &impersonation = envelope->headerElement("ExchangeImpersonation");
    if (!impersonation.isNull()) {
        const XmlElement &sid = impersonation.child("ConnectingSID");
        QString address;
        for (const char *kind : {"PrimarySmtpAddress", "SmtpAddress", "PrincipalName"}) {
            if (sid.hasChild(kind))
                address = sid.childText(kind).trimmed();
        }
        if (address.isEmpty()) {
            fault(reply, 500, u"ErrorInvalidExchangeImpersonationHeaderData"_s,
                  u"ConnectingSID must name the mailbox by PrimarySmtpAddress, SmtpAddress or PrincipalName "
                  "(the sandbox does not resolve SIDs)."_s);
            return;
        }
        const GraphUser *user = m_graph.store().user(address);
        if (!user) {
            fault(reply, 500, u"ErrorNonExistentMailbox"_s,
                  u"The SMTP address has no mailbox associated with it."_s, {{u"Value"_s, address}});
            return;
        }
        const auto inScope = [&](const QStringList &scope) {
            return std::any_of(scope.cbegin(), scope.cend(), [&](const QString &m) {
                return m.compare(user->mail, Qt::CaseInsensitive) == 0 ||
                       m.compare(user->userPrincipalName, Qt::CaseInsensitive) == 0;
            });
        };
        if (!logon->impersonation || (logon->impersonationScope && !inScope(*logon->impersonationScope))) {
            fault(reply, 500, u"ErrorImpersonateUserDenied"_s,
                  u"The account does not have permission to impersonate the requested user."_s);
            return;
        }
        if (request.header("X-AnchorMailbox").isEmpty())
            ++m_missingAnchor;
        s.userId = user->id;
        s.impersonated = true;
    } else if (!logon->mailbox.isEmpty()) {
        if (const GraphUser *own = m_graph.store().user(logon->mailbox))
            s.userId = own->id;
    }

    std::optional<FaultDecision> operationFault = m_operationFaults.decide(request.method, op.name);
    if (operationFault)
        qCInfo(lcEwsSandbox).noquote()
            << u"operation fault %1 on %2"_s.arg(faultKindName(operationFault->kind), op.name);
    if (operationFault && operationFault->kind == FaultKind::ConnectionReset) {
        if (request.connection)
            request.connection->abort();
        return;
    }
    if (operationFault && operationFault->kind != FaultKind::ResetAfterApply) {
        answerFault(*operationFault, request, reply);
        return;
    }

    QByteArray out;
    EwsWriter w(&out);
    w.startEnvelope();
    std::optional<EwsError> failure;
    if (op.is("ResolveNames"))
        m_directory->resolveNames(op, w);
    else if (op.is("FindItem"))
        failure = m_folders->findItem(s, op, w);
    else if (op.is("GetItem"))
        failure = m_items->getItem(s, op, w);
    else if (op.is("CreateItem"))
        failure = m_items->createItem(s, op, w);
    else if (op.is("UpdateItem"))
        failure = m_items->updateItem(s, op, w);
    else if (op.is("DeleteItem"))
        failure = m_items->deleteItem(s, op, w);
    else if (op.is("SyncFolderItems"))
        failure = m_folders->syncFolderItems(s, op, w);
    else if (op.is("Subscribe"))
        failure = m_folders->subscribe(s, op, w);
    else if (op.is("Unsubscribe"))
        failure = m_folders->unsubscribe(s, op, w);
    else
        failure = EwsError{u"ErrorInvalidRequest"_s,
                           u"The EWS sandbox does not implement the %1 operation."_s.arg(op.name)};
    if (failure) {
        fault(reply, 500, failure->code, failure->message);
        return;
    }
    w.endEnvelope();
    if (operationFault) { // reset-after: done, but the answer never reaches the client
        if (request.connection)
            request.connection->abort();
        return;
    }
    reply.send(200, out, xmlContentType());
}

} // namespace cxsync::sandbox
