#include "exchange/ews/EwsSoap.h"

#include <QCoreApplication>

namespace cxsync::exchange::ews {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxsync::exchange::ews::EwsResponse", text);
}

std::optional<qint64> backOffOf(const XmlNode &node)
{
    const XmlNode *xml = node.find(QStringLiteral("MessageXml"));
    if (!xml)
        return std::nullopt;
    for (const XmlNode &value : xml->children) {
        if (value.name == QLatin1String("Value") &&
            value.attribute(QStringLiteral("Name")) == QLatin1String("BackOffMilliseconds")) {
            bool ok = false;
            const qint64 ms = value.text.trimmed().toLongLong(&ok);
            if (ok && ms >= 0)
                return ms;
        }
    }
    return std::nullopt;
}

} // namespace

QByteArray EwsEnvelope::build(const QString &impersonatedSmtp, const BodyWriter &body)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeNamespace(kSoapNs, QStringLiteral("soap"));
    w.writeNamespace(kTypesNs, QStringLiteral("t"));
    w.writeNamespace(kMessagesNs, QStringLiteral("m"));
    w.writeStartElement(kSoapNs, QStringLiteral("Envelope"));
    w.writeStartElement(kSoapNs, QStringLiteral("Header"));
    w.writeStartElement(kTypesNs, QStringLiteral("RequestServerVersion"));
    w.writeAttribute(QStringLiteral("Version"), QStringLiteral("Exchange2016"));
    w.writeEndElement();
    if (!impersonatedSmtp.isEmpty()) {
        startT(w, QStringLiteral("ExchangeImpersonation"));
        startT(w, QStringLiteral("ConnectingSID"));
        t(w, QStringLiteral("PrimarySmtpAddress"), impersonatedSmtp);
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement(); // Header
    w.writeStartElement(kSoapNs, QStringLiteral("Body"));
    body(w);
    w.writeEndElement(); // Body
    w.writeEndElement(); // Envelope
    w.writeEndDocument();
    return out;
}

QByteArray EwsEnvelope::soapAction(const QString &operation)
{
    return QByteArrayLiteral("\"http://schemas.microsoft.com/exchange/services/2006/messages/") +
           operation.toLatin1() + '"';
}

void EwsEnvelope::t(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeTextElement(kTypesNs, name, text);
}

void EwsEnvelope::m(QXmlStreamWriter &w, const QString &name, const QString &text)
{
    w.writeTextElement(kMessagesNs, name, text);
}

void EwsEnvelope::startT(QXmlStreamWriter &w, const QString &name)
{
    w.writeStartElement(kTypesNs, name);
}

void EwsEnvelope::startM(QXmlStreamWriter &w, const QString &name)
{
    w.writeStartElement(kMessagesNs, name);
}

Result<EwsResponse> EwsResponse::parse(const QByteArray &body, int httpStatus, const QString &operation,
                                       std::optional<qint64> *faultBackOffMs)
{
    Result<XmlNode> parsed = parseXml(body);
    if (!parsed.ok()) {
        Error error = parsed.error();
        // An HTTP error page (IIS, a proxy) instead of SOAP: the status tells more than the XML error.
        if (httpStatus >= 400) {
            error = makeError(httpStatus >= 500 ? ErrorKind::Network : ErrorKind::Invalid,
                              tr("The EWS server answered %1 with HTTP %2 and no SOAP message.")
                                  .arg(operation)
                                  .arg(httpStatus));
        } else {
            error.message = tr("The EWS answer to %1 could not be read: %2").arg(operation, error.message);
        }
        error.httpStatus = httpStatus;
        return error;
    }
    const XmlNode &root = parsed.value();
    EwsResponse out;
    if (const XmlNode *version = root.find(QStringLiteral("ServerVersionInfo"))) {
        out.m_serverVersion = QStringLiteral("%1.%2.%3.%4")
                                  .arg(version->attribute(QStringLiteral("MajorVersion")),
                                       version->attribute(QStringLiteral("MinorVersion")),
                                       version->attribute(QStringLiteral("MajorBuildNumber")),
                                       version->attribute(QStringLiteral("MinorBuildNumber")));
    }
    if (const XmlNode *fault = root.find(QStringLiteral("Fault")); fault && fault->ns == kSoapNs) {
        // <faultcode>a:ErrorServerBusy</faultcode> ... <detail><e:ResponseCode>, <e:Message>, <t:MessageXml>
        QString code;
        QString text = fault->childText(QStringLiteral("faultstring")).simplified();
        std::optional<qint64> backOff;
        if (const XmlNode *detail = fault->child(QStringLiteral("detail"))) {
            code = detail->childText(QStringLiteral("ResponseCode")).trimmed();
            const QString message = detail->childText(QStringLiteral("Message")).simplified();
            if (!message.isEmpty())
                text = message;
            backOff = backOffOf(*detail);
        }
        if (faultBackOffMs)
            *faultBackOffMs = backOff;
        if (code.isEmpty()) {
            code = fault->childText(QStringLiteral("faultcode")).trimmed();
            code = code.mid(code.indexOf(QLatin1Char(':')) + 1);
        }
        return errorFor(code, text, backOff, operation, httpStatus);
    }
    const XmlNode *messages = root.find(QStringLiteral("ResponseMessages"));
    if (!messages || messages->children.isEmpty()) {
        Error error = makeError(
            httpStatus >= 500 ? ErrorKind::Network : ErrorKind::Invalid,
            tr("The EWS answer to %1 has no response messages (HTTP %2).").arg(operation).arg(httpStatus),
            QStringLiteral("ResponseMessages"));
        error.httpStatus = httpStatus;
        return error;
    }
    for (const XmlNode &node : messages->children) {
        EwsMessage message;
        message.responseClass = node.attribute(QStringLiteral("ResponseClass"));
        if (message.responseClass != QLatin1String("Success") &&
            message.responseClass != QLatin1String("Warning") &&
            message.responseClass != QLatin1String("Error"))
            return makeError(ErrorKind::Invalid,
                             tr("The EWS answer to %1 has a response message with ResponseClass \"%2\".")
                                 .arg(operation, message.responseClass),
                             QStringLiteral("ResponseClass"));
        message.code = node.childText(QStringLiteral("ResponseCode")).trimmed();
        message.text = node.childText(QStringLiteral("MessageText")).simplified();
        message.backOffMs = backOffOf(node);
        message.node = node;
        out.m_messages.append(std::move(message));
    }
    return out;
}

ErrorKind EwsResponse::kindFor(const QString &code)
{
    static const QHash<QString, ErrorKind> kinds{
        {QStringLiteral("ErrorServerBusy"), ErrorKind::Throttled},
        {QStringLiteral("ErrorIrresolvableConflict"), ErrorKind::Conflict},
        {QStringLiteral("ErrorStaleObject"), ErrorKind::Conflict},
        {QStringLiteral("ErrorItemNotFound"), ErrorKind::NotFound},
        {QStringLiteral("ErrorNonExistentMailbox"), ErrorKind::NotFound},
        {QStringLiteral("ErrorFolderNotFound"), ErrorKind::NotFound},
        {QStringLiteral("ErrorSubscriptionNotFound"), ErrorKind::NotFound},
        {QStringLiteral("ErrorExpiredSubscription"), ErrorKind::NotFound},
        {QStringLiteral("ErrorInvalidSubscription"), ErrorKind::NotFound},
        {QStringLiteral("ErrorInvalidWatermark"), ErrorKind::NotFound},
        {QStringLiteral("ErrorMissedNotificationEvents"), ErrorKind::NotFound},
        {QStringLiteral("ErrorAccessDenied"), ErrorKind::Permission},
        {QStringLiteral("ErrorImpersonateUserDenied"), ErrorKind::Permission},
        {QStringLiteral("ErrorImpersonationDenied"), ErrorKind::Permission},
        {QStringLiteral("ErrorImpersonationFailed"), ErrorKind::Permission},
        {QStringLiteral("ErrorSubscriptionAccessDenied"), ErrorKind::Permission},
        {QStringLiteral("ErrorSubscriptionDelegateAccessNotSupported"), ErrorKind::Permission},
        {QStringLiteral("ErrorAccountDisabled"), ErrorKind::Auth},
        {QStringLiteral("ErrorPasswordExpired"), ErrorKind::Auth},
        {QStringLiteral("ErrorInvalidLicense"), ErrorKind::Permission},
        {QStringLiteral("ErrorNameResolutionMultipleResults"), ErrorKind::Conflict},
        {QStringLiteral("ErrorNameResolutionNoResults"), ErrorKind::NotFound},
    };
    if (isTransient(code))
        return code == QLatin1String("ErrorServerBusy") ? ErrorKind::Throttled : ErrorKind::Network;
    return kinds.value(code, ErrorKind::Invalid);
}

bool EwsResponse::isTransient(const QString &code)
{
    static const QStringList transient{
        QStringLiteral("ErrorServerBusy"),
        QStringLiteral("ErrorExceededConnectionCount"),
        QStringLiteral("ErrorExceededSubscriptionCount"),
        QStringLiteral("ErrorTimeoutExpired"),
        QStringLiteral("ErrorTooManyObjectsOpened"),
        QStringLiteral("ErrorInternalServerTransientError"),
        QStringLiteral("ErrorMailboxMoveInProgress"),
        QStringLiteral("ErrorMailboxStoreUnavailable"),
        QStringLiteral("ErrorConnectionFailed"),
    };
    return transient.contains(code);
}

Result<EwsMessage> EwsResponse::onlyMessage(const QString &operation) const
{
    if (m_messages.size() != 1)
        return makeError(ErrorKind::Invalid,
                         tr("EWS answered %1 with %2 response messages.").arg(operation).arg(m_messages.size()),
                         QStringLiteral("ResponseMessages"));
    return m_messages.first();
}

Result<EwsMessage> EwsResponse::onlySuccess(const QString &operation) const
{
    Result<EwsMessage> message = onlyMessage(operation);
    if (message.ok() && !message.value().ok())
        return errorFor(message.value().code, message.value().text, message.value().backOffMs, operation);
    return message;
}

Error EwsResponse::errorFor(const QString &code, const QString &text, std::optional<qint64> backOffMs,
                            const QString &operation, int httpStatus)
{
    QString message = text.isEmpty() ? tr("EWS %1 failed: %2.").arg(operation, code)
                                     : tr("EWS %1 failed: %2 (%3).").arg(operation, text, code);
    if (backOffMs)
        message += QLatin1Char(' ') +
                   tr("The server asks to wait %1 s.").arg(double(*backOffMs) / 1000.0, 0, 'f', 1);
    if (code == QLatin1String("ErrorImpersonateUserDenied"))
        message +=
            QLatin1Char(' ') +
            tr("Give the service account the ApplicationImpersonation role, e.g. "
               "New-ManagementRoleAssignment -Name \"cxsync impersonation\" -Role ApplicationImpersonation "
               "-User <service account>.");
    Error error = makeError(kindFor(code), message);
    error.httpStatus = httpStatus;
    error.serverCode = code;
    return error;
}

} // namespace cxsync::exchange::ews
