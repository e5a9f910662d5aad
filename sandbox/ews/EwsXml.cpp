#include "EwsXml.h"

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

QString XmlElement::attribute(const char *localName, const QString &fallback) const
{
    for (const auto &[key, value] : attributes) {
        if (key == QLatin1String(localName))
            return value;
    }
    return fallback;
}

bool XmlElement::hasAttribute(const char *localName) const
{
    for (const auto &entry : attributes) {
        if (entry.first == QLatin1String(localName))
            return true;
    }
    return false;
}

const XmlElement &XmlElement::child(const char *localName) const
{
    static const XmlElement none;
    for (const XmlElement &c : children) {
        if (c.name == QLatin1String(localName))
            return c;
    }
    return none;
}

QList<const XmlElement *> XmlElement::childrenNamed(const char *localName) const
{
    QList<const XmlElement *> out;
    for (const XmlElement &c : children) {
        if (c.name == QLatin1String(localName))
            out.append(&c);
    }
    return out;
}

QString XmlElement::childText(const char *localName, const QString &fallback) const
{
    const XmlElement &c = child(localName);
    return c.isNull() ? fallback : c.text;
}

EwsWriter::EwsWriter(QByteArray *out) : m_xml(new QXmlStreamWriter(out)) {}

EwsWriter::~EwsWriter()
{
    delete m_xml;
}

void EwsWriter::startEnvelope()
{
    m_xml->writeStartDocument();
    m_xml->writeNamespace(QLatin1String(ews::kSoapNs), QStringLiteral("s"));
    m_xml->writeNamespace(QLatin1String(ews::kMessagesNs), QStringLiteral("m"));
    m_xml->writeNamespace(QLatin1String(ews::kTypesNs), QStringLiteral("t"));
    m_xml->writeStartElement(QLatin1String(ews::kSoapNs), QStringLiteral("Envelope"));
    m_xml->writeStartElement(QLatin1String(ews::kSoapNs), QStringLiteral("Header"));
    // Exchange Server 2019 CU: build 15.2, schema version V2017_07_11 (PROTOCOLS.md B1)
    m_xml->writeStartElement(QLatin1String(ews::kTypesNs), QStringLiteral("ServerVersionInfo"));
    m_xml->writeAttribute(QStringLiteral("MajorVersion"), QStringLiteral("15"));
    m_xml->writeAttribute(QStringLiteral("MinorVersion"), QStringLiteral("2"));
    m_xml->writeAttribute(QStringLiteral("MajorBuildNumber"), QStringLiteral("1544"));
    m_xml->writeAttribute(QStringLiteral("MinorBuildNumber"), QStringLiteral("4"));
    m_xml->writeAttribute(QStringLiteral("Version"), QStringLiteral("V2017_07_11"));
    m_xml->writeEndElement();
    m_xml->writeEndElement(); // Header
    m_xml->writeStartElement(QLatin1String(ews::kSoapNs), QStringLiteral("Body"));
}

void EwsWriter::endEnvelope()
{
    m_xml->writeEndElement(); // Body
    m_xml->writeEndElement(); // Envelope
    m_xml->writeEndDocument();
}

void EwsWriter::startM(const char *name)
{
    m_xml->writeStartElement(QLatin1String(ews::kMessagesNs), QLatin1String(name));
}

void EwsWriter::startT(const char *name)
{
    m_xml->writeStartElement(QLatin1String(ews::kTypesNs), QLatin1String(name));
}

void EwsWriter::end()
{
    m_xml->writeEndElement();
}

void EwsWriter::textM(const char *name, const QString &value)
{
    m_xml->writeTextElement(QLatin1String(ews::kMessagesNs), QLatin1String(name), value);
}

void EwsWriter::textT(const char *name, const QString &value)
{
    m_xml->writeTextElement(QLatin1String(ews::kTypesNs), QLatin1String(name), value);
}

void EwsWriter::attribute(const char *name, const QString &value)
{
    m_xml->writeAttribute(QLatin1String(name), value);
}

void EwsWriter::startMessage(const char *element, const std::optional<EwsError> &error, bool warning)
{
    startM(element);
    attribute("ResponseClass", error ? (warning ? u"Warning"_s : u"Error"_s) : u"Success"_s);
    if (error) {
        textM("MessageText", error->message);
        textM("ResponseCode", error->code);
        textM("DescriptiveLinkKey", u"0"_s);
    } else {
        textM("ResponseCode", u"NoError"_s);
    }
}

} // namespace cxsync::sandbox
