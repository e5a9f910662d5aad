#pragma once

#include "EwsXml.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace cxsync::sandbox {

// messages.xsd + types.xsd (the official EWS schema, compiled into the sandbox as resources) loaded once per
// process with libxml2's schema validator, and the SOAP 1.1 envelope check every EWS request goes through.
class EwsSchema {
public:
    // The process-wide schema; null (and `error` set) when it cannot be compiled.
    static const EwsSchema *instance(QString *error = nullptr);
    ~EwsSchema();

    // A schema file as served at /EWS/<name> (services.wsdl, messages.xsd, types.xsd,
    // NotificationService.wsdl); empty for any other name.
    static QByteArray file(const QString &name);

    struct Envelope {
        QList<XmlElement> header; // the soap:Header children
        XmlElement body;          // the one element inside soap:Body
        const XmlElement &headerElement(const char *localName) const;
    };
    struct Problem {
        int line = 0;
        QString element; // the element the validator complained about (prefix-free local name)
        QString message; // libxml2's text, one line
        QString text() const;
    };
    // Parses `document` (well-formed, no DTD, a SOAP 1.1 Envelope with exactly one element in its Body) and
    // validates every header element in the EWS types namespace and the body element against messages.xsd.
    // On failure returns nullopt and describes the first problem in `problem`.
    std::optional<Envelope> check(const QByteArray &document, Problem *problem) const;

private:
    EwsSchema() = default;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace cxsync::sandbox
