#pragma once

#include "Result.h"
#include "exchange/ews/EwsXml.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

#include <functional>
#include <optional>

namespace cxsync::exchange::ews {

inline const QString kSoapNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
inline const QString kTypesNs = QStringLiteral("http://schemas.microsoft.com/exchange/services/2006/types");
inline const QString kMessagesNs =
    QStringLiteral("http://schemas.microsoft.com/exchange/services/2006/messages");
inline const QString kErrorsNs = QStringLiteral("http://schemas.microsoft.com/exchange/services/2006/errors");

// Writes an EWS SOAP 1.1 request (PROTOCOLS.md B1): the header carries RequestServerVersion Exchange2016 and,
// with impersonation, ExchangeImpersonation/ConnectingSID/PrimarySmtpAddress; `body` writes the operation
// element (m:<Operation>) into soap:Body. Prefixes: soap, t (types), m (messages).
class EwsEnvelope final {
public:
    using BodyWriter = std::function<void(QXmlStreamWriter &)>;
    static QByteArray build(const QString &impersonatedSmtp, const BodyWriter &body);
    // The SOAPAction header value of an operation, as services.wsdl names it.
    static QByteArray soapAction(const QString &operation);

    // Helpers for the body writers: t:<name> / m:<name> elements.
    static void t(QXmlStreamWriter &w, const QString &name, const QString &text);
    static void m(QXmlStreamWriter &w, const QString &name, const QString &text);
    static void startT(QXmlStreamWriter &w, const QString &name);
    static void startM(QXmlStreamWriter &w, const QString &name);
};

// One m:<Op>ResponseMessage of an answer.
struct EwsMessage {
    QString responseClass;           // Success | Warning | Error
    QString code;                    // ResponseCode, e.g. NoError, ErrorItemNotFound
    QString text;                    // MessageText
    std::optional<qint64> backOffMs; // MessageXml Value Name="BackOffMilliseconds" (ErrorServerBusy)
    XmlNode node;                    // the whole message, for the payload

    bool ok() const { return responseClass != QLatin1String("Error"); }
};

// Reads an EWS answer: a SOAP Fault (HTTP 500; ErrorServerBusy with BackOffMilliseconds among them) becomes
// an Error, an answer's m:ResponseMessages the list of messages in order. Per-item errors arrive with HTTP
// 200 as messages of ResponseClass Error; callers turn them into Errors with errorFor().
class EwsResponse final {
public:
    // `operation` names the request for messages (e.g. "GetItem"); `httpStatus` as answered.
    // A fault's BackOffMilliseconds goes to `faultBackOffMs` (when given).
    static Result<EwsResponse> parse(const QByteArray &body, int httpStatus, const QString &operation,
                                     std::optional<qint64> *faultBackOffMs = nullptr);

    const QList<EwsMessage> &messages() const { return m_messages; }
    // The one response message a single-item request gets; another count is ErrorKind::Invalid naming
    // `operation`.
    Result<EwsMessage> onlyMessage(const QString &operation) const;
    // The same, and a message of ResponseClass Error is its Error (errorFor).
    Result<EwsMessage> onlySuccess(const QString &operation) const;
    QString serverVersion() const { return m_serverVersion; } // "15.1.2507.6", from ServerVersionInfo

    // The Error for a message of ResponseClass Error (PROTOCOLS.md B3): ErrorServerBusy and the transient
    // codes are Throttled / Network, ErrorIrresolvableConflict Conflict, ErrorItemNotFound NotFound, the
    // sync-state codes Invalid with their serverCode (readChanges turns them into cursorExpired),
    // impersonation and access refusals Permission; serverCode is always the ResponseCode.
    static Error errorFor(const QString &code, const QString &text, std::optional<qint64> backOffMs,
                          const QString &operation, int httpStatus = 200);
    static ErrorKind kindFor(const QString &code);
    // Codes after which the same request may succeed later (busy, transient, connection counts).
    static bool isTransient(const QString &code);

private:
    QList<EwsMessage> m_messages;
    QString m_serverVersion;
};

} // namespace cxsync::exchange::ews
