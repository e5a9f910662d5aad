#pragma once

// Shared by the tst_ews_* suites: the official EWS schema (messages.xsd + types.xsd, via libxml2) to validate
// every request the connector builds, the doc samples (tests/specs/ews-samples), and a small EWS endpoint on
// loopback that records each request and answers from a queue of recorded responses. Header-only.
#include "HttpSandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <deque>
#include <memory>

namespace cxsync::testsupport {

inline QString ewsSpecsDir()
{
    return QStringLiteral(CXSYNC_EWS_SPECS_DIR);
}

inline QByteArray ewsSample(const QString &name)
{
    QFile file(ewsSpecsDir() + QStringLiteral("/ews-samples/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("EWS sample %s is missing", qPrintable(name));
    return file.readAll();
}

// messages.xsd with types.xsd. types.xsd imports the xml: namespace without a schemaLocation (libxml2 would
// fetch it from the network): a copy points it at a minimal local schema, as tools/validate_ews_samples.py
// does.
class EwsSchema final {
public:
    EwsSchema()
    {
        QFile types(ewsSpecsDir() + QStringLiteral("/ews/types.xsd"));
        QFile messages(ewsSpecsDir() + QStringLiteral("/ews/messages.xsd"));
        if (!m_dir.isValid() || !types.open(QIODevice::ReadOnly) || !messages.open(QIODevice::ReadOnly))
            return;
        QByteArray typesText = types.readAll();
        typesText.replace(
            R"(<xs:import namespace="http://www.w3.org/XML/1998/namespace"/>)",
            R"(<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml-min.xsd"/>)");
        write(QStringLiteral("types.xsd"), typesText);
        write(QStringLiteral("messages.xsd"), messages.readAll());
        write(QStringLiteral("xml-min.xsd"), R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang" type="xs:language"/><xs:attribute name="space" type="xs:NCName"/>
  <xs:attribute name="base" type="xs:anyURI"/><xs:attribute name="id" type="xs:ID"/></xs:schema>)");
        const QByteArray path = QFile::encodeName(m_dir.filePath(QStringLiteral("messages.xsd")));
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.constData());
        m_schema = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
    }
    ~EwsSchema()
    {
        if (m_schema)
            xmlSchemaFree(m_schema);
    }
    bool loaded() const { return m_schema != nullptr; }

    // Validates the SOAP envelope's parts against the schema: every soap:Header child (RequestServerVersion,
    // ExchangeImpersonation) and the soap:Body's operation element. Returns the validator's complaints
    // (empty: valid); a body that is not an envelope is a complaint too.
    QStringList validateEnvelope(const QByteArray &xml) const
    {
        QStringList problems;
        xmlDocPtr doc =
            xmlReadMemory(xml.constData(), int(xml.size()), "request.xml", nullptr, XML_PARSE_NONET);
        if (!doc)
            return {QStringLiteral("not well-formed")};
        xmlNodePtr envelope = xmlDocGetRootElement(doc);
        int bodies = 0;
        for (xmlNodePtr part = envelope ? envelope->children : nullptr; part; part = part->next) {
            if (part->type != XML_ELEMENT_NODE)
                continue;
            for (xmlNodePtr element = part->children; element; element = element->next) {
                if (element->type != XML_ELEMENT_NODE)
                    continue;
                if (xmlStrEqual(part->name, BAD_CAST "Body"))
                    ++bodies;
                problems += validateElement(element);
            }
        }
        if (bodies != 1)
            problems.append(QStringLiteral("soap:Body holds %1 elements, not one").arg(bodies));
        xmlFreeDoc(doc);
        return problems;
    }

private:
    static void collect(void *context, const char *format, ...)
    {
        char buffer[1024];
        va_list args;
        va_start(args, format);
        vsnprintf(buffer, sizeof buffer, format, args);
        va_end(args);
        static_cast<QStringList *>(context)->append(QString::fromUtf8(buffer).trimmed());
    }
    QStringList validateElement(xmlNodePtr element) const
    {
        QStringList problems;
        if (!m_schema)
            return {QStringLiteral("schema not loaded")};
        xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(m_schema);
        xmlSchemaSetValidErrors(context, &EwsSchema::collect, &EwsSchema::collect, &problems);
        const int rc = xmlSchemaValidateOneElement(context, element);
        xmlSchemaFreeValidCtxt(context);
        if (rc != 0 && problems.isEmpty())
            problems.append(QStringLiteral("invalid (code %1)").arg(rc));
        problems.removeAll(QString());
        return problems;
    }
    void write(const QString &name, const QByteArray &data)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
    }

    QTemporaryDir m_dir;
    xmlSchemaPtr m_schema = nullptr;
};

// A loopback endpoint at /EWS/Exchange.asmx: records every request and answers from the queue (status, body);
// with an empty queue it answers a SOAP fault ErrorInternalServerError (HTTP 500).
class EwsEndpoint final {
public:
    struct Recorded {
        QByteArray soapAction;
        QByteArray anchorMailbox;
        QByteArray authorization;
        QByteArray body;
        QString operation() const
        {
            const int slash = soapAction.lastIndexOf('/');
            return QString::fromLatin1(soapAction.mid(slash + 1)).remove(QLatin1Char('"'));
        }
    };
    struct Answer {
        int status = 200;
        QByteArray body;
        sandbox::HeaderList headers;
    };

    EwsEndpoint()
    {
        m_http.route(QStringLiteral("POST"), QStringLiteral("^/EWS/Exchange\\.asmx$"),
                     [this](const sandbox::SandboxRequest &request, sandbox::Reply reply) {
                         if (m_guard && !m_guard(request, reply))
                             return;
                         m_requests.append({request.header("SOAPAction"), request.header("X-AnchorMailbox"),
                                            request.header("Authorization"), request.body});
                         if (m_answers.empty()) {
                             reply.send(500,
                                        fault("ErrorInternalServerError", "No answer queued in the test."),
                                        "text/xml; charset=utf-8");
                             return;
                         }
                         const Answer answer = m_answers.front();
                         m_answers.pop_front();
                         reply.send(answer.status, answer.body, "text/xml; charset=utf-8", answer.headers);
                     });
        m_http.listenLoopback();
    }

    QUrl url() const
    {
        QUrl url = m_http.baseUrl();
        url.setPath(QStringLiteral("/EWS/Exchange.asmx"));
        return url;
    }
    void queue(const QByteArray &body, int status = 200, const sandbox::HeaderList &headers = {})
    {
        m_answers.push_back({status, body, headers});
    }
    // Runs before recording; false: the guard answered (e.g. 401) and the request is not recorded.
    void setGuard(std::function<bool(const sandbox::SandboxRequest &, sandbox::Reply)> guard)
    {
        m_guard = std::move(guard);
    }
    const QList<Recorded> &requests() const { return m_requests; }
    int queued() const { return int(m_answers.size()); }
    sandbox::HttpSandbox &http() { return m_http; }

    static QByteArray fault(const char *code, const char *message, const char *backOffMs = nullptr)
    {
        // The shape Exchange uses (PROTOCOLS.md B3, from exchangelib's recorded ErrorServerBusy fixture).
        QByteArray xml =
            R"(<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/">)"
            R"(<s:Body><s:Fault><faultcode xmlns:a="http://schemas.microsoft.com/exchange/services/2006/types">a:)" +
            QByteArray(code) + "</faultcode><faultstring xml:lang=\"en-US\">" + message +
            "</faultstring><detail><e:ResponseCode "
            "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">" +
            code +
            "</e:ResponseCode><e:Message "
            "xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">" +
            message + "</e:Message>";
        if (backOffMs)
            xml += QByteArray(
                       "<t:MessageXml xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
                       "<t:Value Name=\"BackOffMilliseconds\">") +
                   backOffMs + "</t:Value></t:MessageXml>";
        xml += "</detail></s:Fault></s:Body></s:Envelope>";
        return xml;
    }

private:
    sandbox::HttpSandbox m_http;
    std::deque<Answer> m_answers;
    QList<Recorded> m_requests;
    std::function<bool(const sandbox::SandboxRequest &, sandbox::Reply)> m_guard;
};

} // namespace cxsync::testsupport
