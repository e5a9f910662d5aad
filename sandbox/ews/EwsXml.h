#pragma once

#include <QList>
#include <QString>

#include <optional>

class QXmlStreamWriter;

namespace cxsync::sandbox {

namespace ews {
inline constexpr char kSoapNs[] = "http://schemas.xmlsoap.org/soap/envelope/";
inline constexpr char kTypesNs[] = "http://schemas.microsoft.com/exchange/services/2006/types";
inline constexpr char kMessagesNs[] = "http://schemas.microsoft.com/exchange/services/2006/messages";
inline constexpr char kErrorsNs[] = "http://schemas.microsoft.com/exchange/services/2006/errors";
} // namespace ews

// An EWS error a handler answers with (per item: ResponseClass="Error", HTTP 200; per request: a SOAP fault).
struct EwsError {
    QString code;    // m:ResponseCode, e.g. ErrorItemNotFound
    QString message; // m:MessageText
};

// A parsed XML element (namespace URI + local name, attributes by local name, text, children): what the EWS
// handlers read requests from once EwsSchema has validated them.
struct XmlElement {
    QString ns;
    QString name;
    QList<QPair<QString, QString>> attributes; // local name -> value
    QString text;                              // the concatenated character data directly inside
    QList<XmlElement> children;
    int line = 0;

    bool isNull() const { return name.isEmpty(); }
    bool is(const char *localName) const { return name == QLatin1String(localName); }
    QString attribute(const char *localName, const QString &fallback = {}) const;
    bool hasAttribute(const char *localName) const;
    // The first child with this local name (any namespace); a null element when there is none.
    const XmlElement &child(const char *localName) const;
    QList<const XmlElement *> childrenNamed(const char *localName) const;
    QString childText(const char *localName, const QString &fallback = {}) const;
    bool hasChild(const char *localName) const { return !child(localName).isNull(); }
};

// Writes EWS SOAP envelopes: s: (SOAP 1.1), m: (messages) and t: (types) prefixes declared on the envelope.
class EwsWriter {
public:
    explicit EwsWriter(QByteArray *out);
    ~EwsWriter();
    QXmlStreamWriter &xml() { return *m_xml; }
    void startEnvelope(); // <s:Envelope><s:Header><t:ServerVersionInfo/></s:Header><s:Body>
    void endEnvelope();
    void startM(const char *name);
    void startT(const char *name);
    void end();
    void textM(const char *name, const QString &value);
    void textT(const char *name, const QString &value);
    void attribute(const char *name, const QString &value);
    // <m:element ResponseClass="Success|Warning|Error"> with MessageText / ResponseCode / DescriptiveLinkKey,
    // left open for the payload.
    void startMessage(const char *element, const std::optional<EwsError> &error, bool warning = false);

private:
    QXmlStreamWriter *m_xml;
};

} // namespace cxsync::sandbox
