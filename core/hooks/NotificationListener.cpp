#include "hooks/NotificationListener.h"

#include "hooks/ListenerTls.h"
#include "hooks/NotificationInbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcListener, "cxsync.hooks.listener", QtInfoMsg)

namespace cxsync {

namespace {

// Comparison whose time does not depend on where the strings differ.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    unsigned char diff = x.size() == y.size() ? 0 : 1;
    const qsizetype n = qMin(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(x.at(i) ^ y.at(i));
    return diff == 0 && !a.isEmpty();
}

QString normalizedPath(QString path)
{
    if (path.isEmpty() || !path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// Text from a client, fit for one log line: control characters (a forged line break) replaced, shortened.
QString printable(const QString &text)
{
    QString out = text.left(200);
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    }
    return out;
}

BoundedHttpServer::Response status(int code)
{
    return {code, {}, {}};
}

} // namespace

NotificationListener::NotificationListener(NotificationInbox *inbox, Clock *clock, Options options,
                                           QObject *parent)
    : QObject(parent), m_inbox(inbox), m_clock(clock), m_options(std::move(options))
{
    m_options.path = normalizedPath(m_options.path);
    m_server = std::make_unique<BoundedHttpServer>(
        m_clock, m_options.limits,
        [this](const HttpRequestReader::Request &request) { return handle(request); });
    connect(m_server.get(), &BoundedHttpServer::refused, this, [this](int status, const QString &reason) {
        reject(status > 0 ? tr("request refused with HTTP %1").arg(status) : tr("connection closed"), reason);
    });
}

NotificationListener::~NotificationListener() = default;

Result<quint16> NotificationListener::start()
{
    if (!m_options.certificateFile.isEmpty() || !m_options.keyFile.isEmpty()) {
        const auto tls = ListenerTls::load(m_options.certificateFile, m_options.keyFile);
        if (!tls.ok())
            return tls.error();
        m_server->setTls(tls.value().certificate, tls.value().key);
        m_tls = true;
    }
    if (m_server->listen(m_options.bindAddress, m_options.port))
        m_port = m_server->serverPort();
    if (m_port == 0)
        return makeError(
            ErrorKind::Unavailable,
            tr("The listener cannot listen on %1 port %2 (in use, or not an address of this machine).")
                .arg(m_options.bindAddress.toString())
                .arg(m_options.port),
            QStringLiteral("listener/port"));
    qCInfo(lcListener).noquote() << tr("Listening for change notifications on %1://%2:%3%4")
                                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"),
                                             m_options.bindAddress.toString())
                                        .arg(m_port)
                                        .arg(m_options.path);
    return m_port;
}

QString NotificationListener::mailboxOfResource(const QString &resource)
{
    static const QRegularExpression re(QStringLiteral("^/?users/([^/@]+)(?:@[^/]*)?/"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(resource);
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

void NotificationListener::reject(const QString &what, const QString &detail)
{
    ++m_rejected;
    const QString reason = detail.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, printable(detail));
    Q_EMIT notificationRejected(reason);
    if (m_logWindow) {
        ++m_unlogged[what];
        return;
    }
    qCWarning(lcListener).noquote() << tr("Notification rejected: %1").arg(reason);
    m_logWindow = std::make_unique<QObject>();
    m_clock->schedule(m_options.rejectionLogIntervalMs, m_logWindow.get(), [this] { flushRejectionLog(); });
}

void NotificationListener::flushRejectionLog()
{
    if (m_unlogged.isEmpty()) {
        m_logWindow.reset(); // quiet for a whole interval: the next rejection is logged at once
        return;
    }
    QStringList counts;
    int total = 0;
    for (auto it = m_unlogged.constBegin(); it != m_unlogged.constEnd(); ++it) {
        counts.append(tr("%1 × %2").arg(it.value()).arg(it.key()));
        total += it.value();
    }
    m_unlogged.clear();
    qCWarning(lcListener).noquote()
        << tr("%n more notification(s) or request(s) rejected in the last %1 s: %2", nullptr, total)
               .arg(m_options.rejectionLogIntervalMs / 1000.0)
               .arg(counts.join(QStringLiteral("; ")));
    m_logWindow = std::make_unique<QObject>();
    m_clock->schedule(m_options.rejectionLogIntervalMs, m_logWindow.get(), [this] { flushRejectionLog(); });
}

BoundedHttpServer::Response NotificationListener::handle(const HttpRequestReader::Request &request)
{
    const QString path = normalizedPath(request.url.path());
    const bool lifecycle = path == m_options.path + QStringLiteral("/lifecycle");
    if (path != m_options.path && !lifecycle)
        return status(404);
    if (request.method != "POST")
        return status(405);
    // The validation handshake: echo the decoded token as text/plain.
    const QUrlQuery query(request.url);
    if (query.hasQueryItem(QStringLiteral("validationToken"))) {
        const QString token = query.queryItemValue(QStringLiteral("validationToken"), QUrl::FullyDecoded);
        return {200, token.toUtf8(), QByteArrayLiteral("text/plain; charset=utf-8")};
    }
    if (request.body.trimmed().startsWith('<'))
        return handlePush(request);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonValue value = document.object().value(QStringLiteral("value"));
    if (parseError.error != QJsonParseError::NoError || !value.isArray()) {
        reject(tr("the body is not a notification collection"), parseError.error != QJsonParseError::NoError
                                                                    ? parseError.errorString()
                                                                    : tr("no 'value' list"));
        return status(400);
    }
    bool stored = true;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject n = item.toObject();
        const QString subscriptionId = n.value(QStringLiteral("subscriptionId")).toString();
        if (!sameSecret(n.value(QStringLiteral("clientState")).toString(), m_options.clientState)) {
            reject(tr("wrong or missing clientState"), tr("subscription '%1'").arg(subscriptionId.left(64)));
            continue;
        }
        InboxEntry entry;
        entry.subscriptionId = subscriptionId;
        entry.mailbox = m_mailboxes.value(subscriptionId);
        if (entry.mailbox.isEmpty())
            entry.mailbox = m_inbox->mailboxOfSubscription(subscriptionId);
        if (entry.mailbox.isEmpty())
            entry.mailbox = mailboxOfResource(n.value(QStringLiteral("resource")).toString());
        entry.receivedUtc = m_clock->nowUtc();
        const QString event = n.value(QStringLiteral("lifecycleEvent")).toString();
        if (!event.isEmpty()) {
            const auto known = enumFromName<LifecycleEvent>(event);
            if (!known.ok()) {
                reject(tr("unknown lifecycle event"), event.left(64));
                continue;
            }
            entry.kind = InboxKind::Lifecycle;
            entry.event = known.value();
        } else {
            const QString changeType = n.value(QStringLiteral("changeType")).toString();
            if (changeType != QLatin1String("created") && changeType != QLatin1String("updated") &&
                changeType != QLatin1String("deleted")) {
                reject(tr("unknown changeType"), changeType.left(64));
                continue;
            }
            entry.kind = InboxKind::Change;
        }
        if (entry.mailbox.isEmpty()) {
            reject(tr("no mailbox for the subscription"), subscriptionId.left(64));
            continue;
        }
        const Result<bool> added = m_inbox->add(entry);
        if (!added.ok()) {
            qCWarning(lcListener).noquote() << added.error().message;
            stored = false;
            break;
        }
        ++m_accepted;
        if (entry.kind == InboxKind::Lifecycle)
            Q_EMIT lifecycleQueued(entry.subscriptionId, entry.mailbox, event);
        else
            Q_EMIT changeQueued(entry.mailbox, added.value());
    }
    // 503 asks Graph to deliver again later: what could not be stored is not lost.
    return status(stored ? 202 : 503);
}

BoundedHttpServer::Response NotificationListener::handlePush(const HttpRequestReader::Request &request)
{
    const QUrlQuery query(request.url);
    if (!sameSecret(query.queryItemValue(QStringLiteral("clientState"), QUrl::FullyDecoded),
                    m_options.clientState)) {
        reject(tr("wrong or missing clientState"), tr("an XML notification"));
        return status(403);
    }
    if (!m_options.push) {
        reject(tr("an XML notification, which this Exchange server does not send"));
        return status(400);
    }
    const Result<exchange::PushReceipt> receipt = m_options.push(request.body);
    if (!receipt.ok()) {
        reject(tr("an XML notification that could not be read"), receipt.error().message.left(200));
        return status(400);
    }
    const exchange::PushReceipt &r = receipt.value();
    if (r.known && !r.mailbox.isEmpty()) {
        InboxEntry entry;
        entry.subscriptionId = r.subscriptionId;
        entry.mailbox = r.mailbox;
        entry.kind = InboxKind::Change;
        entry.receivedUtc = m_clock->nowUtc();
        const Result<bool> added = m_inbox->add(entry);
        if (!added.ok()) {
            // Exchange delivers again later (its retries double up to the status frequency): nothing is lost
            qCWarning(lcListener).noquote() << added.error().message;
            return status(503);
        }
        ++m_accepted;
        Q_EMIT changeQueued(entry.mailbox, added.value());
    }
    // Only now (what it notified is stored): a restart resubscribes from here. Should this write fail, a
    // restart resumes from an older point and Exchange reports some changes twice, which costs a read only.
    if (r.known && !r.resumePoint.isEmpty()) {
        if (const Status kept = m_inbox->keepResumePoint(r.subscriptionId, r.resumePoint); !kept.ok())
            qCWarning(lcListener).noquote() << kept.error().message;
    }
    return {200, r.answer, r.contentType};
}

} // namespace cxsync
