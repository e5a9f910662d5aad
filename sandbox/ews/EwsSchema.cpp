#include "EwsSchema.h"

#include <QFile>
#include <QTemporaryDir>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

// What types.xsd needs from the xml: namespace (its import carries no schemaLocation).
constexpr char kXmlNamespaceSchema[] = R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.w3.org/XML/1998/namespace">
  <xs:attribute name="lang" type="xs:language"/><xs:attribute name="space" type="xs:NCName"/>
  <xs:attribute name="base" type="xs:anyURI"/><xs:attribute name="id" type="xs:ID"/></xs:schema>
)";

QString fromXml(const xmlChar *text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char *>(text)) : QString();
}

// Collects the first structured error libxml2 reports.
struct ErrorSink {
    bool seen = false;
    EwsSchema::Problem problem;
    static void handler(void *userData, const xmlError *error)
    {
        auto *sink = static_cast<ErrorSink *>(userData);
        if (sink->seen || !error)
            return;
        sink->seen = true;
        sink->problem.line = error->line;
        sink->problem.message = QString::fromUtf8(error->message ? error->message : "").simplified();
        if (error->node) {
            const auto *node = static_cast<const xmlNode *>(error->node);
            if (node->type == XML_ELEMENT_NODE) {
                sink->problem.element = fromXml(node->name);
                if (sink->problem.line <= 0)
                    sink->problem.line = xmlGetLineNo(node);
            }
        }
    }
};

void structuredHandler(void *userData, xmlErrorPtr error)
{
    ErrorSink::handler(userData, error);
}

XmlElement convert(const xmlNode *node)
{
    XmlElement out;
    out.name = fromXml(node->name);
    out.ns = node->ns ? fromXml(node->ns->href) : QString();
    out.line = int(xmlGetLineNo(node));
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        xmlChar *value = xmlNodeListGetString(node->doc, a->children, 1);
        out.attributes.append({fromXml(a->name), fromXml(value)});
        xmlFree(value);
    }
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            out.children.append(convert(c));
        else if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            out.text += fromXml(c->content);
    }
    if (!out.children.isEmpty())
        out.text = out.text.trimmed(); // whitespace between child elements
    return out;
}

bool isElement(const xmlNode *node, const char *ns, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns && xmlStrEqual(node->ns->href, BAD_CAST ns) &&
           xmlStrEqual(node->name, BAD_CAST name);
}

} // namespace

struct EwsSchema::Private {
    xmlSchemaPtr schema = nullptr;
    ~Private()
    {
        if (schema)
            xmlSchemaFree(schema);
    }
};

EwsSchema::~EwsSchema() = default;

const XmlElement &EwsSchema::Envelope::headerElement(const char *localName) const
{
    static const XmlElement none;
    for (const XmlElement &e : header) {
        if (e.name == QLatin1String(localName) && e.ns == QLatin1String(ews::kTypesNs))
            return e;
    }
    return none;
}

QString EwsSchema::Problem::text() const
{
    QString out = message;
    if (line > 0)
        out += u" Line %1"_s.arg(line);
    if (!element.isEmpty())
        out += (line > 0 ? u", element '%1'."_s : u" Element '%1'."_s).arg(element);
    return out;
}

QByteArray EwsSchema::file(const QString &name)
{
    static const QStringList served{u"services.wsdl"_s, u"messages.xsd"_s, u"types.xsd"_s,
                                    u"NotificationService.wsdl"_s};
    for (const QString &known : served) {
        if (known.compare(name, Qt::CaseInsensitive) == 0) {
            QFile f(u":/ews/schema/"_s + known);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }
    }
    return {};
}

const EwsSchema *EwsSchema::instance(QString *error)
{
    static std::once_flag once;
    static std::unique_ptr<EwsSchema> schema;
    static QString failure;
    std::call_once(once, [] {
        QTemporaryDir dir;
        if (!dir.isValid()) {
            failure = u"no temporary directory for the EWS schema: %1"_s.arg(dir.errorString());
            return;
        }
        const QByteArray types = file(u"types.xsd"_s), messages = file(u"messages.xsd"_s);
        if (types.isEmpty() || messages.isEmpty()) {
            failure = u"the EWS schema resources (:/ews/schema) are missing"_s;
            return;
        }
        QByteArray patched = types;
        patched.replace(
            R"(<xs:import namespace="http://www.w3.org/XML/1998/namespace"/>)",
            R"(<xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml-min.xsd"/>)");
        const QList<QPair<QString, QByteArray>> files{{u"types.xsd"_s, patched},
                                                      {u"messages.xsd"_s, messages},
                                                      {u"xml-min.xsd"_s, kXmlNamespaceSchema}};
        for (const auto &[name, content] : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
                failure = u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString());
                return;
            }
        }
        ErrorSink sink;
        xmlSchemaParserCtxtPtr parser =
            xmlSchemaNewParserCtxt(QFile::encodeName(dir.filePath(u"messages.xsd"_s)).constData());
        xmlSchemaSetParserStructuredErrors(parser, structuredHandler, &sink);
        xmlSchemaPtr compiled = xmlSchemaParse(parser);
        xmlSchemaFreeParserCtxt(parser);
        if (!compiled) {
            failure = u"messages.xsd does not compile: %1"_s.arg(sink.problem.text());
            return;
        }
        schema.reset(new EwsSchema);
        schema->d = std::make_unique<Private>();
        schema->d->schema = compiled;
    });
    if (!schema && error)
        *error = failure;
    return schema.get();
}

std::optional<EwsSchema::Envelope> EwsSchema::check(const QByteArray &document, Problem *problem) const
{
    ErrorSink sink;
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (!parser) {
        problem->message = u"out of memory"_s;
        return std::nullopt;
    }
    xmlSetStructuredErrorFunc(&sink, structuredHandler);
    // No network, no entity substitution, no external DTD: a request is data, never a fetch.
    xmlDocPtr doc = xmlCtxtReadMemory(parser, document.constData(), int(document.size()), "request.xml",
                                      nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlFreeParserCtxt(parser);
    const auto fail = [&](int line, const QString &element, const QString &message) {
        problem->line = line;
        problem->element = element;
        problem->message = message;
        if (doc)
            xmlFreeDoc(doc);
        return std::nullopt;
    };
    if (!doc) {
        const Problem p = sink.problem;
        return fail(p.line, {}, u"The request is not well-formed XML: %1"_s.arg(p.message));
    }
    if (doc->intSubset || doc->extSubset)
        return fail(1, {}, u"A document type declaration is not allowed in a request."_s);
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!isElement(root, ews::kSoapNs, "Envelope"))
        return fail(root ? int(xmlGetLineNo(root)) : 1, root ? fromXml(root->name) : QString(),
                    u"The root element must be a SOAP 1.1 Envelope (namespace %1)."_s.arg(
                        QLatin1String(ews::kSoapNs)));
    xmlNode *header = nullptr, *body = nullptr;
    for (xmlNode *c = root->children; c; c = c->next) {
        if (isElement(c, ews::kSoapNs, "Header") && !header && !body)
            header = c;
        else if (isElement(c, ews::kSoapNs, "Body") && !body)
            body = c;
        else if (c->type == XML_ELEMENT_NODE)
            return fail(int(xmlGetLineNo(c)), fromXml(c->name),
                        u"The SOAP Envelope may hold one Header and then one Body only."_s);
    }
    if (!body)
        return fail(int(xmlGetLineNo(root)), u"Envelope"_s, u"The SOAP Envelope has no Body."_s);
    xmlNode *operation = nullptr;
    for (xmlNode *c = body->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (operation)
            return fail(int(xmlGetLineNo(c)), fromXml(c->name), u"The SOAP Body must hold one element."_s);
        operation = c;
    }
    if (!operation)
        return fail(int(xmlGetLineNo(body)), u"Body"_s, u"The SOAP Body is empty."_s);

    QList<xmlNode *> toValidate;
    for (xmlNode *c = header ? header->children : nullptr; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && c->ns && xmlStrEqual(c->ns->href, BAD_CAST ews::kTypesNs))
            toValidate.append(c);
    }
    toValidate.append(operation);
    xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(d->schema);
    xmlSchemaSetValidStructuredErrors(validator, structuredHandler, &sink);
    for (xmlNode *node : std::as_const(toValidate)) {
        if (xmlSchemaValidateOneElement(validator, node) != 0) {
            xmlSchemaFreeValidCtxt(validator);
            Problem p = sink.problem;
            if (p.element.isEmpty())
                p.element = fromXml(node->name);
            if (p.message.isEmpty())
                p.message = u"The element is not valid."_s;
            return fail(p.line > 0 ? p.line : int(xmlGetLineNo(node)), p.element, p.message);
        }
    }
    xmlSchemaFreeValidCtxt(validator);

    Envelope out;
    for (xmlNode *c = header ? header->children : nullptr; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            out.header.append(convert(c));
    }
    out.body = convert(operation);
    xmlFreeDoc(doc);
    return out;
}

} // namespace cxsync::sandbox
