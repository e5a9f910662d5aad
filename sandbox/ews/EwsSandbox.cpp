#include "EwsSandbox.h"

#include "EwsNtlm.h"
#include "EwsPush.h"
#include "EwsRestriction.h"
#include "GraphCalendar.h"
#include "GraphSandbox.h"
#include "GraphStore.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEwsSandbox, "cxsync.sandbox.ews", QtWarningMsg)

namespace cxsync::sandbox {

namespace {

constexpr char kNtlmChallenge[] = "cxsync.ews.ntlmChallenge"; // QTcpSocket properties: the handshake in
constexpr char kLoggedOn[] = "cxsync.ews.account";            // progress and the account it logged on

constexpr int kMaxCalendarViewDays = 2 * 366; // Exchange: a CalendarView spans two years at most
constexpr int kFindCountLimit = 1000;         // EWSFindCountLimit

QByteArray xmlContentType()
{
    return "text/xml; charset=utf-8";
}

QString syncState(const QString &userId, int generation, qint64 seq)
{
    return QString::fromLatin1(
        (QByteArray("CXSYNC1") + '\0' + userId.toUtf8() + '\0' + QByteArray::number(generation) + '\0' +
         QByteArray::number(seq))
            .toBase64());
}

struct ParsedSyncState {
    QString userId;
    int generation = 0;
    qint64 seq = 0;
};

std::optional<ParsedSyncState> parseSyncState(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('\0');
    if (parts.size() != 4 || parts[0] != "CXSYNC1")
        return std::nullopt;
    bool okGen = false, okSeq = false;
    ParsedSyncState out{QString::fromUtf8(parts[1]), parts[2].toInt(&okGen), parts[3].toLongLong(&okSeq)};
    if (!okGen || !okSeq || out.seq < 0)
        return std::nullopt;
    return out;
}

bool sameAddress(const GraphUser &u, const QString &address)
{
    return u.mail.compare(address, Qt::CaseInsensitive) == 0 ||
           u.userPrincipalName.compare(address, Qt::CaseInsensitive) == 0 ||
           u.aliases.contains(address, Qt::CaseInsensitive);
}

} // namespace

EwsSandbox::EwsSandbox(GraphSandbox &graph, QObject *parent)
    : QObject(parent), m_graph(graph), m_http(std::make_unique<HttpSandbox>()),
      m_push(std::make_unique<EwsPush>(graph.store()))
{
    m_http->setFaultResponder([this](const FaultDecision &fault, const SandboxRequest &request, const Reply &reply) {
        return answerFault(fault, request, reply);
    });
    // The Graph sandbox may outlive this face on it: the listener checks that it is still there.
    QPointer<EwsSandbox> self(this);
    m_graph.addChangeListener([self](const QString &userId, const GraphEvent &event, const QString &changeType) {
        if (!self)
            return;
        if (changeType == "created"_L1)
            self->m_createdAt.insert(userId + u'/' + event.immutableId, event.seq);
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

void EwsSandbox::addAccount(const EwsAccount &account)
{
    m_accounts.append(account);
}

bool EwsSandbox::setImpersonationAllowed(const QString &user, bool allowed)
{
    for (EwsAccount &a : m_accounts) {
        if (a.user.compare(user, Qt::CaseInsensitive) == 0) {
            a.impersonation = allowed;
            return true;
        }
    }
    return false;
}

const EwsAccount *EwsSandbox::account(const QString &domainOrEmpty, const QString &user) const
{
    QString name = user, domain = domainOrEmpty;
    if (name.contains(u'@')) { // user@contoso.example
        domain = name.section(u'@', 1);
        name = name.section(u'@', 0, 0);
    }
    if (!domain.isEmpty() && domain.compare(m_domain, Qt::CaseInsensitive) != 0 &&
        domain.compare(m_dnsDomain, Qt::CaseInsensitive) != 0)
        return nullptr;
    for (const EwsAccount &a : m_accounts) {
        if (a.user.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

// ---- HTTP ---------------------------------------------------------------------------------------------------

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
                      if (!authenticate(r, reply))
                          return;
                      QXmlStreamReader xml(r.body);
                      QString address;
                      while (!xml.atEnd()) {
                          if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "EMailAddress"_L1) {
                              address = xml.readElementText().trimmed();
                              break;
                          }
                      }
                      if (address.isEmpty()) {
                          reply.send(400, "The request names no EMailAddress.", "text/plain");
                          return;
                      }
                      // written by hand: Exchange puts the outlook response schema in a default namespace
                      const GraphUser *u = m_graph.store().user(address);
                      QString out = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\""
                                    "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"_s;
                      if (!u) {
                          out += u"<Response><Error><ErrorCode>500</ErrorCode><Message>The e-mail address cannot "
                                 "be found.</Message></Error></Response>"_s;
                      } else {
                          const QString url = ewsUrl().toString().toHtmlEscaped();
                          out += u"<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                                 "responseschema/2006a\"><User><DisplayName>%1</DisplayName>"
                                 "<AutoDiscoverSMTPAddress>%2</AutoDiscoverSMTPAddress></User><Account>"
                                 "<AccountType>email</AccountType><Action>settings</Action>"_s.arg(
                                     u->displayName.toHtmlEscaped(), u->mail.toHtmlEscaped());
                          for (const char *type : {"EXCH", "EXPR"})
                              out += u"<Protocol><Type>%1</Type><Server>%2</Server><ASUrl>%3</ASUrl>"
                                     "<EwsUrl>%3</EwsUrl><EwsPartnerUrl>%3</EwsPartnerUrl></Protocol>"_s.arg(
                                         QLatin1String(type), (m_computer.toLower() + u'.' + m_dnsDomain), url);
                          out += u"</Account></Response>"_s;
                      }
                      out += u"</Autodiscover>\n"_s;
                      reply.send(200, out.toUtf8(), xmlContentType());
                  });
}

const EwsAccount *EwsSandbox::authenticate(const SandboxRequest &request, const Reply &reply)
{
    QTcpSocket *socket = request.connection.data();
    const QByteArray authorization = request.header("Authorization").trimmed();
    const auto challengeHeaders = [this] {
        HeaderList h;
        if (m_ntlm)
            h.append({QByteArray("WWW-Authenticate"), QByteArray("NTLM")});
        if (m_basic)
            h.append({QByteArray("WWW-Authenticate"), "Basic realm=\"" + m_dnsDomain.toUtf8() + '"'});
        return h;
    };
    const auto refuse = [&](bool failedLogon) -> const EwsAccount * {
        if (failedLogon)
            ++m_logonFailures;
        if (socket) {
            socket->setProperty(kNtlmChallenge, QVariant());
            socket->setProperty(kLoggedOn, QVariant());
        }
        reply.send(401, QByteArray(), "text/html", challengeHeaders());
        return nullptr;
    };
    if (authorization.isEmpty()) {
        // NTLM authenticates the connection: later requests on it need no header
        if (socket && socket->property(kLoggedOn).isValid()) {
            const QStringList who = socket->property(kLoggedOn).toStringList();
            if (const EwsAccount *a = account(who.value(0), who.value(1)))
                return a;
        }
        return refuse(false);
    }
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = (space < 0 ? authorization : authorization.left(space)).toLower();
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    if (scheme == "basic" && m_basic) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(token));
        const QString login = pair.section(u':', 0, 0), password = pair.section(u':', 1);
        const QString domain = login.contains(u'\\') ? login.section(u'\\', 0, 0) : QString();
        const QString user = login.contains(u'\\') ? login.section(u'\\', 1) : login;
        const EwsAccount *a = account(domain, user);
        if (!a || a->password != password)
            return refuse(true);
        return a;
    }
    if ((scheme == "ntlm" || scheme == "negotiate") && m_ntlm) {
        const QByteArray message = QByteArray::fromBase64(token);
        const int type = EwsNtlm::messageType(message);
        if (type == 1) {
            QByteArray nonce;
            QString error;
            const auto challenge = EwsNtlm::challenge(message, m_domain, m_dnsDomain, m_computer, &nonce, &error);
            if (!challenge || !socket) {
                qCInfo(lcEwsSandbox) << "NTLM negotiate refused:" << error;
                return refuse(true);
            }
            socket->setProperty(kNtlmChallenge, nonce);
            socket->setProperty(kLoggedOn, QVariant());
            reply.send(401, QByteArray(), "text/html",
                       {{"WWW-Authenticate", (scheme == "ntlm" ? "NTLM " : "Negotiate ") + challenge->toBase64()}});
            return nullptr;
        }
        if (type == 3 && socket && socket->property(kNtlmChallenge).isValid()) {
            const QByteArray nonce = socket->property(kNtlmChallenge).toByteArray();
            socket->setProperty(kNtlmChallenge, QVariant());
            QString error;
            const auto message3 = EwsNtlm::parseAuthenticate(message, &error);
            const EwsAccount *a = message3 ? account(message3->domain, message3->user) : nullptr;
            if (!a || !EwsNtlm::verify(*message3, nonce, a->password)) {
                qCInfo(lcEwsSandbox) << "NTLM logon refused:" << (message3 ? message3->user : error);
                return refuse(true);
            }
            socket->setProperty(kLoggedOn, QStringList{message3->domain, message3->user});
            return a;
        }
        return refuse(type == 3);
    }
    return refuse(false);
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

void EwsSandbox::serveExchange(const SandboxRequest &request, const Reply &reply)
{
    const EwsAccount *logon = authenticate(request, reply);
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
               {u"Violation"_s, problem.message + (problem.element.isEmpty() ? QString()
                                                                               : u" (element '%1')"_s.arg(problem.element))}});
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
    Session s;
    s.account = logon;
    s.request = request;
    s.timeZoneContext = envelope->headerElement("TimeZoneContext").child("TimeZoneDefinition").attribute("Id");
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
                  u"The SMTP address has no mailbox associated with it."_s,
                  {{u"Value"_s, address}});
            return;
        }
        if (!logon->impersonation) {
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

    QByteArray out;
    EwsWriter w(&out);
    w.startEnvelope();
    std::optional<EwsError> failure;
    if (op.is("ResolveNames"))
        failure = resolveNames(s, op, w);
    else if (op.is("FindItem"))
        failure = findItem(s, op, w);
    else if (op.is("GetItem"))
        failure = getItem(s, op, w);
    else if (op.is("CreateItem"))
        failure = createItem(s, op, w);
    else if (op.is("UpdateItem"))
        failure = updateItem(s, op, w);
    else if (op.is("DeleteItem"))
        failure = deleteItem(s, op, w);
    else if (op.is("SyncFolderItems"))
        failure = syncFolderItems(s, op, w);
    else if (op.is("Subscribe"))
        failure = subscribe(s, op, w);
    else if (op.is("Unsubscribe"))
        failure = unsubscribe(s, op, w);
    else
        failure = EwsError{u"ErrorInvalidRequest"_s,
                           u"The EWS sandbox does not implement the %1 operation."_s.arg(op.name)};
    if (failure) {
        fault(reply, 500, failure->code, failure->message);
        return;
    }
    w.endEnvelope();
    reply.send(200, out, xmlContentType());
}

// ---- helpers ------------------------------------------------------------------------------------------------

void EwsSandbox::startMessage(EwsWriter &w, const char *element, const std::optional<EwsError> &error,
                              bool warning)
{
    w.startM(element);
    w.attribute("ResponseClass", error ? (warning ? u"Warning"_s : u"Error"_s) : u"Success"_s);
    if (error) {
        w.textM("MessageText", error->message);
        w.textM("ResponseCode", error->code);
        w.textM("DescriptiveLinkKey", u"0"_s);
    } else {
        w.textM("ResponseCode", u"NoError"_s);
    }
}

EwsError EwsSandbox::fromGraph(const GraphError &error)
{
    if (error.code == "ErrorIrresolvableConflict"_L1)
        return {u"ErrorIrresolvableConflict"_s, error.message};
    if (error.status == 404)
        return {u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
    if (error.message.contains("end time"_L1, Qt::CaseInsensitive))
        return {u"ErrorCalendarEndDateIsEarlierThanStartDate"_s, error.message};
    if (error.message.contains("time zone"_L1, Qt::CaseInsensitive))
        return {u"ErrorTimeZone"_s, error.message};
    if (error.message.contains("ecurrence"_L1))
        return {u"ErrorCalendarInvalidRecurrence"_s, error.message};
    return {u"ErrorInvalidValueForProperty"_s, error.message};
}

qint64 EwsSandbox::creationSeq(const QString &userId, const QString &immutableId) const
{
    return m_createdAt.value(userId + u'/' + immutableId, 0);
}

std::optional<EwsError> EwsSandbox::folder(const Session &s, const XmlElement &id, QString *userId,
                                           bool *calendar) const
{
    *userId = s.userId;
    if (id.is("DistinguishedFolderId")) {
        *calendar = id.attribute("Id") == "calendar"_L1;
        const QString address = id.child("Mailbox").childText("EmailAddress").trimmed();
        if (!address.isEmpty()) {
            const GraphUser *u = m_graph.store().user(address);
            if (!u)
                return EwsError{u"ErrorNonExistentMailbox"_s,
                                u"No mailbox with such guid or the SMTP address '%1'."_s.arg(address)};
            if (u->id != s.userId)
                return EwsError{u"ErrorAccessDenied"_s,
                                u"Access is denied. Check credentials and try again (the sandbox grants "
                                "delegate access through impersonation only)."_s};
        }
    } else if (id.is("FolderId")) {
        const auto ref = EwsIds::parseItemId(id.attribute("Id"));
        if (!ref)
            return EwsError{u"ErrorInvalidIdMalformed"_s, u"Id is malformed."_s};
        if (ref->userId != s.userId || ref->key != "calendar"_L1)
            return EwsError{u"ErrorFolderNotFound"_s, u"The specified folder could not be found in the store."_s};
        *calendar = true;
    } else {
        return EwsError{u"ErrorFolderNotFound"_s, u"The sandbox knows distinguished folders and its calendar."_s};
    }
    if (userId->isEmpty())
        return EwsError{u"ErrorMissingEmailAddress"_s,
                        u"The account has no mailbox; use ExchangeImpersonation to act for a mailbox."_s};
    return std::nullopt;
}

std::optional<EwsError> EwsSandbox::findItem(const Session &s, const XmlElement &id, Item *item) const
{
    const GraphStore &store = m_graph.store();
    const GraphCalendar &calendar = m_graph.calendar();
    const auto load = [&](const QString &userId, const QString &key) -> std::optional<EwsError> {
        if (userId != s.userId || s.userId.isEmpty())
            return EwsError{u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
        const QString restId = store.restIdOf(userId, key);
        const auto event = calendar.find(userId, restId);
        if (!event)
            return EwsError{u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
        item->event = *event;
        item->restId = restId;
        item->master.reset();
        const QString masterId = event->data.value("seriesMasterId"_L1).toString();
        if (!masterId.isEmpty() && masterId != event->id) {
            const GraphMailbox *box = store.mailbox(userId);
            if (const GraphEvent *m = box ? box->find(masterId) : nullptr)
                item->master = *m;
        }
        return std::nullopt;
    };
    if (id.is("ItemId") || id.is("RecurringMasterItemId")) {
        const auto ref = EwsIds::parseItemId(id.attribute(id.is("ItemId") ? "Id" : "OccurrenceId"));
        if (!ref)
            return EwsError{u"ErrorInvalidIdMalformed"_s, u"Id is malformed."_s};
        if (auto e = load(ref->userId, ref->key))
            return e;
        if (id.is("RecurringMasterItemId")) {
            if (!item->master)
                return EwsError{u"ErrorItemNotFound"_s, u"The item is not an occurrence of a series."_s};
            const GraphEvent master = *item->master;
            item->event = master;
            item->restId = master.id;
            item->master.reset();
        }
        return std::nullopt;
    }
    if (id.is("OccurrenceItemId")) {
        const auto ref = EwsIds::parseItemId(id.attribute("RecurringMasterId"));
        if (!ref)
            return EwsError{u"ErrorInvalidIdMalformed"_s, u"Id is malformed."_s};
        if (auto e = load(ref->userId, ref->key))
            return e;
        if (item->event.type() != "seriesMaster"_L1)
            return EwsError{u"ErrorItemNotFound"_s, u"RecurringMasterId does not name a series."_s};
        const int index = id.attribute("InstanceIndex").toInt();
        const GraphEvent master = item->event;
        const QList<GraphEvent> occurrences =
            GraphCalendar::expand(master, master.startUtc, master.startUtc.addYears(10));
        if (index < 1 || index > occurrences.size())
            return EwsError{u"ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange"_s,
                            u"The occurrence index is out of the recurrence range."_s};
        item->event = occurrences.at(index - 1);
        item->restId = item->event.id;
        item->master = master;
        return std::nullopt;
    }
    return EwsError{u"ErrorInvalidIdMalformed"_s, u"Unsupported item id '%1'."_s.arg(id.name)};
}

// ---- ResolveNames -------------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::resolveNames(const Session &, const XmlElement &op, EwsWriter &w)
{
    QString entry = op.childText("UnresolvedEntry").trimmed();
    if (entry.startsWith("smtp:"_L1, Qt::CaseInsensitive))
        entry = entry.mid(5).trimmed();
    const bool fullContact = op.attribute("ReturnFullContactData") == "true"_L1 ||
                             op.attribute("ReturnFullContactData") == "1"_L1;
    QList<const GraphUser *> found;
    const GraphStore &store = m_graph.store();
    if (entry.isEmpty()) {
        // nothing to resolve: no candidates (an empty prefix would match everyone)
    } else if (const GraphUser *byAddress = store.user(entry); byAddress && entry.contains(u'@')) {
        found.append(byAddress);
    } else {
        // ambiguous name resolution: alias, display name, first or last name, "First Last"
        for (const GraphUser &u : store.users()) {
            const QString alias = u.mail.section(u'@', 0, 0);
            const bool hit = alias.compare(entry, Qt::CaseInsensitive) == 0 ||
                             u.displayName.startsWith(entry, Qt::CaseInsensitive) ||
                             (!u.givenName.isEmpty() && u.givenName.startsWith(entry, Qt::CaseInsensitive)) ||
                             (!u.surname.isEmpty() && u.surname.startsWith(entry, Qt::CaseInsensitive)) ||
                             (u.givenName + u' ' + u.surname).compare(entry, Qt::CaseInsensitive) == 0 ||
                             sameAddress(u, entry);
            if (hit)
                found.append(&u);
        }
        // an exact alias or full-name match wins over prefix matches, as Exchange's ANR does
        QList<const GraphUser *> exact;
        for (const GraphUser *u : std::as_const(found)) {
            if (u->mail.section(u'@', 0, 0).compare(entry, Qt::CaseInsensitive) == 0)
                exact.append(u);
        }
        if (exact.size() == 1)
            found = exact;
    }
    w.startM("ResolveNamesResponse");
    w.startM("ResponseMessages");
    if (found.isEmpty()) {
        startMessage(w, "ResolveNamesResponseMessage",
                     EwsError{u"ErrorNameResolutionNoResults"_s, u"No results were found."_s});
        w.end();
    } else {
        const bool several = found.size() > 1;
        startMessage(w, "ResolveNamesResponseMessage",
                     several ? std::optional<EwsError>(EwsError{u"ErrorNameResolutionMultipleResults"_s,
                                                                u"Multiple results were found."_s})
                             : std::nullopt,
                     several);
        const qsizetype shown = qMin<qsizetype>(found.size(), 100);
        w.startM("ResolutionSet");
        w.attribute("TotalItemsInView", QString::number(shown));
        w.attribute("IncludesLastItemInRange", shown == found.size() ? u"true"_s : u"false"_s);
        for (qsizetype i = 0; i < shown; ++i) {
            const GraphUser *u = found.at(i);
            w.startT("Resolution");
            w.startT("Mailbox");
            w.textT("Name", u->displayName);
            w.textT("EmailAddress", u->mail);
            w.textT("RoutingType", u"SMTP"_s);
            w.textT("MailboxType", u"Mailbox"_s);
            w.end();
            if (fullContact) {
                w.startT("Contact");
                w.textT("DisplayName", u->displayName);
                if (!u->givenName.isEmpty())
                    w.textT("GivenName", u->givenName);
                w.startT("EmailAddresses");
                w.startT("Entry");
                w.attribute("Key", u"EmailAddress1"_s);
                w.xml().writeCharacters(u"SMTP:"_s + u->mail);
                w.end();
                w.end();
                w.textT("ContactSource", u"ActiveDirectory"_s);
                if (!u->surname.isEmpty())
                    w.textT("Surname", u->surname);
                w.textT("Alias", u->mail.section(u'@', 0, 0));
                w.end();
            }
            w.end();
        }
        w.end(); // ResolutionSet
        w.end(); // message
    }
    w.end();
    w.end();
    return std::nullopt;
}

// ---- FindItem -----------------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::findItem(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const EwsShape shape = EwsShape::parse(op.child("ItemShape"));
    const XmlElement &view = op.child("CalendarView");
    const XmlElement &paged = op.child("IndexedPageItemView");
    const XmlElement &restriction = op.child("Restriction");
    if (!restriction.isNull()) {
        if (!view.isNull())
            return EwsError{u"ErrorInvalidRestriction"_s,
                            u"Restrictions are not allowed with a CalendarView."_s};
        if (auto error = EwsRestriction::check(restriction))
            return error;
    }
    if (!op.child("SortOrder").isNull() || !op.child("GroupBy").isNull() ||
        !op.child("DistinguishedGroupBy").isNull())
        return EwsError{u"ErrorInvalidRequest"_s,
                        u"The sandbox returns items by start time and does not sort or group otherwise."_s};
    w.startM("FindItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &parent : op.child("ParentFolderIds").children) {
        QString userId;
        bool calendar = false;
        std::optional<EwsError> error = folder(s, parent, &userId, &calendar);
        QList<GraphEvent> items;
        bool last = true;
        int total = 0;
        int offset = 0;
        if (!error && !view.isNull()) {
            const QDateTime from = GraphEventJson::parseDateTime(view.attribute("StartDate"), QTimeZone::utc());
            const QDateTime to = GraphEventJson::parseDateTime(view.attribute("EndDate"), QTimeZone::utc());
            if (!calendar)
                error = EwsError{u"ErrorCalendarFolderIsInvalidForCalendarView"_s,
                                 u"CalendarView is only allowed on a calendar folder."_s};
            else if (!from.isValid() || !to.isValid())
                error = EwsError{u"ErrorInvalidRequest"_s, u"StartDate and EndDate must be dates and times."_s};
            else if (to < from)
                error = EwsError{u"ErrorCalendarEndDateIsEarlierThanStartDate"_s,
                                 u"EndDate is earlier than StartDate."_s};
            else if (from.daysTo(to) > kMaxCalendarViewDays)
                error = EwsError{u"ErrorCalendarDurationIsTooLong"_s,
                                 u"A calendar view may span two years at most."_s};
            else
                items = m_graph.calendar().instances(userId, from.toUTC(), to.toUTC());
            total = int(items.size());
            const int max = view.hasAttribute("MaxEntriesReturned")
                                ? view.attribute("MaxEntriesReturned").toInt()
                                : kFindCountLimit;
            if (max < 1 && !error)
                error = EwsError{u"ErrorInvalidRequest"_s, u"MaxEntriesReturned must be at least 1."_s};
            if (items.size() > qMin(max, kFindCountLimit)) {
                items = items.mid(0, qMin(max, kFindCountLimit));
                last = false;
            }
        } else if (!error) {
            if (calendar) {
                if (const GraphMailbox *box = m_graph.store().mailbox(userId)) {
                    for (const GraphEvent &e : box->events) { // singles and series masters
                        if (restriction.isNull() || EwsRestriction::matches(restriction, e))
                            items.append(e);
                    }
                }
                std::stable_sort(items.begin(), items.end(), [](const GraphEvent &a, const GraphEvent &b) {
                    return a.startUtc < b.startUtc;
                });
            }
            total = int(items.size());
            int max = kFindCountLimit;
            if (!paged.isNull()) {
                offset = qMax(0, paged.attribute("Offset").toInt());
                if (paged.hasAttribute("MaxEntriesReturned"))
                    max = qBound(1, paged.attribute("MaxEntriesReturned").toInt(), kFindCountLimit);
                if (paged.attribute("BasePoint") == "End"_L1)
                    offset = qMax(0, total - offset - max);
            }
            items = items.mid(qMin(offset, total), max);
            last = offset + items.size() >= total;
        }
        startMessage(w, "FindItemResponseMessage", error);
        if (!error) {
            w.startM("RootFolder");
            if (view.isNull())
                w.attribute("IndexedPagingOffset", QString::number(offset + items.size()));
            w.attribute("TotalItemsInView", QString::number(total));
            w.attribute("IncludesLastItemInRange", last ? u"true"_s : u"false"_s);
            w.startT("Items");
            const GraphMailbox *box = m_graph.store().mailbox(userId);
            for (const GraphEvent &e : std::as_const(items)) {
                const GraphEvent *master = nullptr;
                const QString masterId = e.data.value("seriesMasterId"_L1).toString();
                if (!masterId.isEmpty() && masterId != e.id && box)
                    master = box->find(masterId);
                EwsCalendarItem::write(w, userId, e, master, m_graph.store(), shape);
            }
            w.end();
            w.end();
        }
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

// ---- GetItem ------------------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::getItem(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const EwsShape shape = EwsShape::parse(op.child("ItemShape"));
    w.startM("GetItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &id : op.child("ItemIds").children) {
        Item item;
        const auto error = findItem(s, id, &item);
        startMessage(w, "GetItemResponseMessage", error);
        w.startM("Items");
        if (!error)
            EwsCalendarItem::write(w, s.userId, item.event, item.master ? &*item.master : nullptr,
                                   m_graph.store(), shape);
        w.end();
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

// ---- CreateItem ---------------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::createItem(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const QString invitations = op.attribute("SendMeetingInvitations");
    if (const XmlElement &saved = op.child("SavedItemFolderId"); !saved.isNull()) {
        QString userId;
        bool calendar = false;
        const XmlElement &target = saved.children.isEmpty() ? saved : saved.children.first();
        if (auto e = folder(s, target, &userId, &calendar))
            return e;
        if (!calendar)
            return EwsError{u"ErrorInvalidRequest"_s, u"The sandbox saves calendar items in the calendar only."_s};
    }
    w.startM("CreateItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &element : op.child("Items").children) {
        if (element.is("CancelCalendarItem") || element.is("AcceptItem") || element.is("DeclineItem") ||
            element.is("TentativelyAcceptItem")) {
            const auto error = respond(s, op, element);
            startMessage(w, "CreateItemResponseMessage", error);
            w.startM("Items");
            w.end();
            w.end();
            continue;
        }
        std::optional<EwsError> error;
        QString eventId;
        if (!element.is("CalendarItem"))
            error = EwsError{u"ErrorInvalidRequest"_s,
                             u"The sandbox creates calendar items and meeting responses only, not %1."_s.arg(
                                 element.name)};
        else if (invitations.isEmpty())
            error = EwsError{u"ErrorSendMeetingInvitationsRequired"_s,
                             u"SendMeetingInvitations attribute is required for calendar items."_s};
        else if (s.userId.isEmpty())
            error = EwsError{u"ErrorMissingEmailAddress"_s,
                             u"The account has no mailbox; use ExchangeImpersonation."_s};
        if (!error) {
            EwsError conversion;
            const auto input = EwsCalendarItem::toGraphInput(element, {s.timeZoneContext}, &conversion);
            if (!input)
                error = conversion;
            // extended properties are checked before anything is written
            QJsonObject extended;
            for (const XmlElement *p : element.childrenNamed("ExtendedProperty")) {
                if (!error)
                    error = EwsCalendarItem::setExtended(&extended, *p);
            }
            if (!error) {
                if (auto graphError = m_graph.calendar().create(s.userId, *input, &eventId, nullptr,
                                                                invitations != "SendToNone"_L1))
                    error = fromGraph(*graphError);
            }
            GraphMailbox *box = m_graph.store().mailbox(s.userId);
            if (GraphEvent *stored = !error && box ? box->find(eventId) : nullptr; stored && !extended.isEmpty())
                stored->data.insert("_ewsExtended"_L1, extended.value("_ewsExtended"_L1)); // part of the create
        }
        startMessage(w, "CreateItemResponseMessage", error);
        w.startM("Items");
        if (!error) {
            const GraphMailbox *box = m_graph.store().mailbox(s.userId);
            if (const GraphEvent *e = box ? box->find(eventId) : nullptr)
                EwsCalendarItem::write(w, s.userId, *e, nullptr, m_graph.store(), EwsShape::idOnly());
        }
        w.end();
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsSandbox::respond(const Session &s, const XmlElement &op, const XmlElement &response)
{
    if (op.attribute("MessageDisposition").isEmpty())
        return EwsError{u"ErrorMessageDispositionRequired"_s,
                        u"MessageDisposition is required for %1."_s.arg(response.name)};
    const XmlElement &reference = response.child("ReferenceItemId");
    if (reference.isNull())
        return EwsError{u"ErrorInvalidRequest"_s, u"%1 needs a ReferenceItemId."_s.arg(response.name)};
    XmlElement asItemId = reference;
    asItemId.name = u"ItemId"_s;
    Item item;
    if (auto e = findItem(s, asItemId, &item))
        return e;
    if (item.master)
        return EwsError{u"ErrorInvalidRequest"_s,
                        u"The sandbox answers and cancels whole meetings, not single occurrences."_s};
    if (reference.hasAttribute("ChangeKey")) {
        const auto key = EwsIds::parseChangeKey(reference.attribute("ChangeKey"));
        if (!key)
            return EwsError{u"ErrorInvalidChangeKey"_s, u"The change key is invalid."_s};
        if (*key != item.event.changeKey)
            return EwsError{u"ErrorIrresolvableConflict"_s,
                            u"The change key passed in the request does not match the current change key for "
                            "the item."_s};
    }
    const bool organizer = item.event.isOrganizer();
    if (response.is("CancelCalendarItem")) {
        if (!organizer)
            return EwsError{u"ErrorCalendarIsNotOrganizer"_s,
                            u"Only the organizer can cancel a meeting."_s};
        const QString comment = response.childText("NewBodyContent", response.childText("Body"));
        if (auto e = m_graph.calendar().cancel(s.userId, item.restId, comment))
            return fromGraph(*e);
        return std::nullopt;
    }
    const QString kind = response.is("AcceptItem") ? u"Accept"_s
                         : response.is("DeclineItem") ? u"Decline"_s
                                                      : u"Tentative"_s;
    if (organizer)
        return EwsError{u"ErrorCalendarIsOrganizerFor"_s + kind,
                        u"The organizer cannot respond to their own meeting."_s};
    if (item.event.data.value("isCancelled"_L1).toBool())
        return EwsError{u"ErrorCalendarIsCancelledFor"_s + kind, u"The meeting was cancelled."_s};
    const QString graphResponse = kind == "Accept"_L1    ? u"accepted"_s
                                  : kind == "Decline"_L1 ? u"declined"_s
                                                         : u"tentativelyAccepted"_s;
    if (auto e = m_graph.calendar().respond(s.userId, item.restId, graphResponse))
        return fromGraph(*e);
    return std::nullopt;
}

// ---- UpdateItem ---------------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::updateItem(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const QString resolution = op.attribute("ConflictResolution", u"AutoResolve"_s);
    const QString invitations = op.attribute("SendMeetingInvitationsOrCancellations");
    w.startM("UpdateItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement *change : op.child("ItemChanges").childrenNamed("ItemChange")) {
        std::optional<EwsError> error;
        Item item;
        const XmlElement *idElement = nullptr;
        for (const XmlElement &c : change->children) {
            if (c.is("ItemId") || c.is("OccurrenceItemId") || c.is("RecurringMasterItemId")) {
                idElement = &c;
                break;
            }
        }
        if (!idElement)
            error = EwsError{u"ErrorInvalidIdMalformed"_s, u"The ItemChange names no item."_s};
        else
            error = findItem(s, *idElement, &item);
        // ChangeKey: unparseable -> ErrorInvalidChangeKey; missing -> required unless AlwaysOverwrite;
        // not the current one -> ErrorIrresolvableConflict (PROTOCOLS.md B2: a current ChangeKey is needed
        // even with AlwaysOverwrite).
        const GraphEvent &stored = item.master ? *item.master : item.event;
        if (!error && idElement->hasAttribute("ChangeKey")) {
            const auto key = EwsIds::parseChangeKey(idElement->attribute("ChangeKey"));
            if (!key)
                error = EwsError{u"ErrorInvalidChangeKey"_s, u"The change key is invalid."_s};
            else if (*key != stored.changeKey)
                error = EwsError{u"ErrorIrresolvableConflict"_s,
                                 u"The send or update operation could not be performed because the change key "
                                 "passed in the request does not match the current change key for the item."_s};
        } else if (!error && idElement->is("ItemId") && resolution != "AlwaysOverwrite"_L1) {
            error = EwsError{u"ErrorChangeKeyRequiredForWriteOperations"_s,
                             u"When making a request that changes an item, the ChangeKey is required unless "
                             "ConflictResolution is AlwaysOverwrite."_s};
        }
        if (!error && invitations.isEmpty())
            error = EwsError{u"ErrorSendMeetingInvitationsOrCancellationsRequired"_s,
                             u"SendMeetingInvitationsOrCancellations attribute is required for calendar items."_s};
        QJsonObject patch;
        QJsonObject extended{{"_ewsExtended"_L1, stored.data.value("_ewsExtended"_L1)}};
        bool extendedChanged = false;
        if (!error) {
            const EwsCalendarItem::Context context{s.timeZoneContext};
            for (const XmlElement &update : change->child("Updates").children) {
                if (update.is("AppendToItemField")) {
                    error = EwsError{u"ErrorInvalidPropertyAppend"_s,
                                     u"The sandbox does not append to calendar item properties."_s};
                    break;
                }
                const bool set = update.is("SetItemField");
                if (update.hasChild("ExtendedFieldURI")) {
                    if (item.master) {
                        error = EwsError{u"ErrorInvalidPropertySet"_s,
                                         u"The sandbox keeps extended properties on whole items, not on "
                                         "occurrences."_s};
                        break;
                    }
                    const XmlElement &holder =
                        update.child("CalendarItem").isNull() ? update.child("Item") : update.child("CalendarItem");
                    if (set && !holder.hasChild("ExtendedProperty")) {
                        error = EwsError{u"ErrorInvalidPropertySet"_s,
                                         u"SetItemField for an extended property carries no ExtendedProperty."_s};
                        break;
                    }
                    if ((error = set ? EwsCalendarItem::setExtended(&extended, holder.child("ExtendedProperty"))
                                     : EwsCalendarItem::removeExtended(&extended, update.child("ExtendedFieldURI"))))
                        break;
                    extendedChanged = true;
                    continue;
                }
                if ((error = EwsCalendarItem::applyChange(update, set, item.event, context, &patch)))
                    break;
            }
        }
        if (!error && !patch.isEmpty()) {
            if (auto graphError = m_graph.calendar().update(s.userId, item.restId, patch,
                                                            stored.changeKey.toUtf8(),
                                                            invitations != "SendToNone"_L1))
                error = fromGraph(*graphError);
        }
        if (!error && extendedChanged) {
            GraphMailbox *box = m_graph.store().mailbox(s.userId);
            if (GraphEvent *event = box ? box->find(item.restId) : nullptr) {
                if (extended.contains("_ewsExtended"_L1) && !extended.value("_ewsExtended"_L1).isNull())
                    event->data.insert("_ewsExtended"_L1, extended.value("_ewsExtended"_L1));
                else
                    event->data.remove("_ewsExtended"_L1);
                if (patch.isEmpty())
                    m_graph.store().touch(s.userId, *event); // a change of its own: new ChangeKey, sequence
            }
        }
        startMessage(w, "UpdateItemResponseMessage", error);
        w.startM("Items");
        if (!error) {
            Item updated;
            if (!findItem(s, *idElement, &updated))
                EwsCalendarItem::write(w, s.userId, updated.event, updated.master ? &*updated.master : nullptr,
                                       m_graph.store(), EwsShape::idOnly());
        }
        w.end();
        if (!error) {
            w.startM("ConflictResults");
            w.textT("Count", u"0"_s);
            w.end();
        }
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

// ---- DeleteItem ---------------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::deleteItem(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const QString cancellations = op.attribute("SendMeetingCancellations");
    w.startM("DeleteItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &id : op.child("ItemIds").children) {
        Item item;
        std::optional<EwsError> error = findItem(s, id, &item);
        if (!error && cancellations.isEmpty())
            error = EwsError{u"ErrorSendMeetingCancellationsRequired"_s,
                             u"SendMeetingCancellations attribute is required for calendar items."_s};
        if (!error) {
            const bool occurrence = item.master.has_value();
            const bool notify = cancellations != "SendToNone"_L1;
            if (occurrence || notify) {
                if (auto graphError = m_graph.calendar().remove(s.userId, item.restId))
                    error = fromGraph(*graphError);
            } else if (!m_graph.store().remove(s.userId, item.restId)) {
                error = EwsError{u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
            }
        }
        startMessage(w, "DeleteItemResponseMessage", error);
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

// ---- SyncFolderItems ----------------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::syncFolderItems(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const EwsShape shape = EwsShape::parse(op.child("ItemShape"));
    QString userId;
    bool calendar = false;
    const XmlElement &target = op.child("SyncFolderId");
    std::optional<EwsError> error =
        folder(s, target.children.isEmpty() ? target : target.children.first(), &userId, &calendar);
    const int max = op.childText("MaxChangesReturned").toInt();
    if (!error && (max < 1 || max > 512))
        error = EwsError{u"ErrorInvalidRequest"_s, u"MaxChangesReturned must be between 1 and 512."_s};
    const GraphMailbox *box = error ? nullptr : m_graph.store().mailbox(userId);
    qint64 since = 0;
    if (!error && !op.childText("SyncState").trimmed().isEmpty()) {
        const auto state = parseSyncState(op.childText("SyncState"));
        if (!state || state->userId != userId || !box || state->generation != box->generation ||
            state->seq > box->seq)
            error = EwsError{u"ErrorInvalidSyncStateData"_s,
                             u"Synchronization state data is corrupt or otherwise invalid."_s};
        else
            since = state->seq;
    }
    QSet<QString> ignored;
    for (const XmlElement &i : op.child("Ignore").children)
        ignored.insert(i.attribute("Id"));
    struct Change {
        qint64 seq;
        const GraphEvent *event; // null for a delete
        QString deletedKey;
        bool create;
    };
    QList<Change> changes;
    if (!error && calendar && box) {
        for (const GraphEvent &e : box->events) {
            if (e.seq > since)
                changes.append({e.seq, &e, {}, since == 0 || creationSeq(userId, e.immutableId) > since});
        }
        QSet<QString> live;
        for (const GraphEvent &e : box->events)
            live.insert(e.immutableId);
        for (const GraphTombstone &t : box->tombstones) {
            // a move keeps the item (same immutable id); an item born and gone since the state is no news
            if (since > 0 && t.seq > since && !t.moved && !live.contains(t.immutableId) &&
                creationSeq(userId, t.immutableId) <= since)
                changes.append({t.seq, nullptr, t.immutableId, false});
        }
        std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.seq < b.seq; });
    }
    w.startM("SyncFolderItemsResponse");
    w.startM("ResponseMessages");
    startMessage(w, "SyncFolderItemsResponseMessage", error);
    if (!error) {
        const bool all = changes.size() <= max;
        if (!all)
            changes = changes.mid(0, max);
        const qint64 reached = all ? (box ? box->seq : 0) : changes.last().seq;
        w.textM("SyncState", syncState(userId, box ? box->generation : 1, reached));
        w.textM("IncludesLastItemInRange", all ? u"true"_s : u"false"_s);
        w.startM("Changes");
        for (const Change &c : std::as_const(changes)) {
            if (!c.event) {
                const QString id = EwsIds::itemId(userId, c.deletedKey);
                if (ignored.contains(id))
                    continue;
                w.startT("Delete");
                w.startT("ItemId");
                w.attribute("Id", id);
                w.end();
                w.end();
                continue;
            }
            if (ignored.contains(EwsIds::itemId(userId, c.event->immutableId)))
                continue;
            w.startT(c.create ? "Create" : "Update");
            EwsCalendarItem::write(w, userId, *c.event, nullptr, m_graph.store(), shape);
            w.end();
        }
        w.end();
    }
    w.end();
    w.end();
    w.end();
    return std::nullopt;
}

// ---- Subscribe / Unsubscribe --------------------------------------------------------------------------------

std::optional<EwsError> EwsSandbox::subscribe(const Session &s, const XmlElement &op, EwsWriter &w)
{
    std::optional<EwsError> error;
    const XmlElement &push = op.child("PushSubscriptionRequest");
    EwsPush::Request request;
    if (push.isNull()) {
        error = EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                         u"The sandbox supports push subscriptions (PushSubscriptionRequest) only."_s};
    } else {
        request.userId = s.userId;
        for (const XmlElement &f : push.child("FolderIds").children) {
            QString userId;
            bool calendar = false;
            if ((error = folder(s, f, &userId, &calendar)))
                break;
            if (!calendar) {
                error = EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                                 u"The sandbox notifies about the calendar folder only."_s};
                break;
            }
        }
        if (!error && push.child("FolderIds").isNull() && push.attribute("SubscribeToAllFolders") != "true"_L1)
            error = EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                             u"Name the calendar in FolderIds or set SubscribeToAllFolders."_s};
        if (!error && s.userId.isEmpty())
            error = EwsError{u"ErrorMissingEmailAddress"_s, u"The account has no mailbox."_s};
        for (const XmlElement &t : push.child("EventTypes").children)
            request.eventTypes.insert(t.text.trimmed());
        request.statusFrequency = push.childText("StatusFrequency").toInt();
        request.url = QUrl(push.childText("URL").trimmed(), QUrl::StrictMode);
        request.watermark = push.childText("Watermark").trimmed();
        request.callerData = push.childText("CallerData");
    }
    QString id, watermark;
    if (!error)
        error = m_push->subscribe(request, &id, &watermark);
    w.startM("SubscribeResponse");
    w.startM("ResponseMessages");
    startMessage(w, "SubscribeResponseMessage", error);
    if (!error) {
        w.textM("SubscriptionId", id);
        w.textM("Watermark", watermark);
    }
    w.end();
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsSandbox::unsubscribe(const Session &s, const XmlElement &op, EwsWriter &w)
{
    const auto error = m_push->unsubscribe(s.userId, op.childText("SubscriptionId").trimmed());
    w.startM("UnsubscribeResponse");
    w.startM("ResponseMessages");
    startMessage(w, "UnsubscribeResponseMessage", error);
    w.end();
    w.end();
    w.end();
    return std::nullopt;
}

} // namespace cxsync::sandbox
