// EwsConnector's push subscriptions (PROTOCOLS.md B2 Subscribe / Push delivery; ExchangeConnector.h, EWS
// notes).
#include "exchange/ews/EwsConnector.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUrlQuery>

namespace cxsync::exchange {

using ews::EwsEnvelope;
using ews::EwsMessage;
using ews::EwsResponse;
using ews::XmlNode;
using E = EwsEnvelope;

namespace {

Error notFound(const QString &id)
{
    Error error = makeError(ErrorKind::NotFound,
                            QCoreApplication::translate("cxsync::exchange::EwsConnector",
                                                        "The EWS push subscription %1 is not held any more.")
                                .arg(id));
    error.serverCode = QStringLiteral("ErrorSubscriptionNotFound");
    return error;
}

// Subscribe refused the Watermark it was given (older than Exchange keeps, or not this mailbox's): a
// subscription without one works, from now.
bool isRefusedWatermark(const Error &error)
{
    return error.serverCode == QLatin1String("ErrorInvalidWatermark");
}

} // namespace

ChangeSubscription EwsConnector::describe(const QString &id, const Subscription &s) const
{
    ChangeSubscription out;
    out.id = id;
    out.mailbox = s.mailbox;
    out.resource = QStringLiteral("%1/calendar (EWS push)").arg(s.mailbox);
    // Alive as long as the server calls: a missed status ping is retried by Exchange, so two periods pass
    // before the subscription is taken for dead.
    out.expirationUtc = s.lastHeardUtc.addSecs(qint64(s.statusFrequencyMin) * 60 * 2);
    out.resumePoint = s.watermark;
    return out;
}

void EwsConnector::pushSubscribe(const QString &mailbox, const QString &url, int statusFrequencyMin,
                                 const QString &watermark, Callback<QString> done)
{
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("Subscribe"),
        [this, mailbox, url, statusFrequencyMin, watermark](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("Subscribe"));
            E::startM(w, QStringLiteral("PushSubscriptionRequest"));
            E::startT(w, QStringLiteral("FolderIds"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            E::startT(w, QStringLiteral("EventTypes"));
            for (const char *type :
                 {"CopiedEvent", "CreatedEvent", "DeletedEvent", "ModifiedEvent", "MovedEvent"})
                E::t(w, QStringLiteral("EventType"), QLatin1String(type));
            w.writeEndElement();
            if (!watermark.isEmpty())
                E::t(w, QStringLiteral("Watermark"), watermark);
            E::t(w, QStringLiteral("StatusFrequency"), QString::number(statusFrequencyMin));
            E::t(w, QStringLiteral("URL"), url);
            w.writeEndElement();
            w.writeEndElement();
        },
        false,
        [self, mailbox, url, statusFrequencyMin, done = std::move(done)](Result<EwsResponse> answer) {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            const Result<EwsMessage> only = answer.value().onlySuccess(QStringLiteral("Subscribe"));
            if (!only.ok())
                return done(only.error());
            const EwsMessage &message = only.value();
            const QString id = message.node.childText(QStringLiteral("SubscriptionId")).trimmed();
            if (id.isEmpty())
                return done(makeError(ErrorKind::Invalid,
                                      tr("EWS answered Subscribe without SubscriptionId."),
                                      QStringLiteral("SubscriptionId")));
            Subscription s;
            s.mailbox = mailbox;
            s.url = url;
            s.watermark = message.node.childText(QStringLiteral("Watermark")).trimmed();
            s.statusFrequencyMin = statusFrequencyMin;
            s.lastHeardUtc = self->m_clock->nowUtc();
            self->m_subscriptions.insert(id, s);
            done(id);
        });
}

void EwsConnector::subscribe(const SubscriptionRequest &request, Callback<ChangeSubscription> done)
{
    const QUrl url(request.notificationUrl, QUrl::StrictMode);
    if (request.mailbox.isEmpty() || !url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return failLater(done,
                         makeError(ErrorKind::Invalid,
                                   tr("A push subscription needs a mailbox and the listener's http(s) URL."),
                                   QStringLiteral("notificationUrl")));
    // Status pings prove the subscription alive: every half of the asked lifetime, at most every 30 minutes.
    const qint64 askedMin = m_clock->nowUtc().secsTo(request.expirationUtc) / 60;
    const int frequency = int(qBound(qint64(1), askedMin / 2, qint64(30)));
    // EWS has no clientState: it travels in the URL Exchange calls, as the query item clientState, where the
    // listener checks it (Exchange POSTs to the URL exactly as subscribed).
    QUrl callback = url;
    if (!request.clientState.isEmpty()) {
        QUrlQuery query(callback);
        query.removeAllQueryItems(QStringLiteral("clientState"));
        query.addQueryItem(QStringLiteral("clientState"), request.clientState);
        callback.setQuery(query);
    }
    QPointer<EwsConnector> self(this);
    const QString mailbox = request.mailbox;
    const QString target = callback.toString(QUrl::FullyEncoded);
    const bool resuming = !request.resumeFrom.isEmpty();
    pushSubscribe(
        mailbox, target, frequency, request.resumeFrom,
        [self, mailbox, target, frequency, resuming, done = std::move(done)](Result<QString> id) mutable {
            if (!self)
                return;
            if (!id.ok() && resuming && isRefusedWatermark(id.error())) {
                // The kept watermark is too old (or from another mailbox database): subscribe from now; the
                // caller reads the mailbox in full (resumed stays false).
                return self->pushSubscribe(
                    mailbox, target, frequency, QString(),
                    [self, done = std::move(done)](Result<QString> fresh) {
                        if (!self)
                            return;
                        if (!fresh.ok())
                            return done(fresh.error());
                        done(self->describe(fresh.value(), self->m_subscriptions.value(fresh.value())));
                    });
            }
            if (!id.ok())
                return done(id.error());
            ChangeSubscription out = self->describe(id.value(), self->m_subscriptions.value(id.value()));
            out.resumed = resuming;
            done(out);
        });
}

void EwsConnector::getSubscription(const QString &mailbox, const QString &id,
                                   Callback<ChangeSubscription> done)
{
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.constEnd() || it->unsubscribed || it->mailbox != mailbox ||
        describe(id, *it).expirationUtc < m_clock->nowUtc())
        return failLater(done, notFound(id));
    const ChangeSubscription out = describe(id, *it);
    QMetaObject::invokeMethod(
        this, [done, out] { done(out); }, Qt::QueuedConnection);
}

void EwsConnector::renewSubscription(const QString &mailbox, const QString &id,
                                     const QDateTime &expirationUtc, Callback<ChangeSubscription> done)
{
    Q_UNUSED(expirationUtc) // a push subscription lives while its notifications are answered
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.constEnd() || it->unsubscribed || it->mailbox != mailbox)
        return failLater(done, notFound(id));
    if (describe(id, *it).expirationUtc >= m_clock->nowUtc()) {
        const ChangeSubscription out = describe(id, *it);
        QMetaObject::invokeMethod(
            this, [done, out] { done(out); }, Qt::QueuedConnection);
        return;
    }
    // The server stopped calling: a new subscription from the kept watermark misses nothing. The old id is
    // answered Unsubscribe should the server call with it again.
    const Subscription old = *it;
    m_subscriptions[id].unsubscribed = true;
    if (old.watermark.isEmpty())
        return failLater(done, notFound(id));
    QPointer<EwsConnector> self(this);
    pushSubscribe(mailbox, old.url, old.statusFrequencyMin, old.watermark,
                  [self, id, done = std::move(done)](Result<QString> fresh) {
                      if (!self)
                          return;
                      if (!fresh.ok()) {
                          // ErrorInvalidWatermark, ErrorExpiredSubscription...: resubscribe without it +
                          // resync.
                          if (fresh.error().kind == ErrorKind::NotFound || isRefusedWatermark(fresh.error()))
                              return done(notFound(id));
                          return done(fresh.error());
                      }
                      ChangeSubscription out =
                          self->describe(fresh.value(), self->m_subscriptions.value(fresh.value()));
                      out.resumed = true;
                      done(out);
                  });
}

void EwsConnector::unsubscribe(const QString &mailbox, const QString &id, StatusCallback done)
{
    const auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end() || it->unsubscribed || it->mailbox != mailbox)
        return failLater(done, notFound(id));
    it->unsubscribed = true; // answered with Unsubscribe at the server's next call
    QMetaObject::invokeMethod(
        this, [done] { done(Status()); }, Qt::QueuedConnection);
}

QByteArray EwsConnector::sendNotificationResult(bool keep)
{
    return EwsEnvelope::build(QString(), [keep](QXmlStreamWriter &w) {
        E::startM(w, QStringLiteral("SendNotificationResult"));
        E::m(w, QStringLiteral("SubscriptionStatus"),
             keep ? QStringLiteral("OK") : QStringLiteral("Unsubscribe"));
        w.writeEndElement();
    });
}

Result<EwsConnector::PushAnswer> EwsConnector::handleSendNotification(const QByteArray &body)
{
    Result<ews::XmlNode> root = ews::parseXml(body);
    if (!root.ok())
        return root.error();
    const XmlNode *notification = root.value().find(QStringLiteral("Notification"));
    const QString id =
        notification ? notification->childText(QStringLiteral("SubscriptionId")).trimmed() : QString();
    if (id.isEmpty())
        return makeError(ErrorKind::Invalid,
                         tr("An EWS SendNotification without Notification/SubscriptionId."),
                         QStringLiteral("SubscriptionId"));
    PushAnswer answer;
    answer.subscriptionId = id;
    const auto it = m_subscriptions.find(id);
    answer.keep = it != m_subscriptions.end() && !it->unsubscribed;
    answer.body = sendNotificationResult(answer.keep);
    if (!answer.keep)
        return answer;
    it->lastHeardUtc = m_clock->nowUtc();
    bool items = false;
    for (const XmlNode &event : notification->children) {
        const QString watermark = event.childText(QStringLiteral("Watermark")).trimmed();
        if (!watermark.isEmpty())
            it->watermark = watermark; // events come in order: the last one is where a resubscribe starts
        items = items ||
                (event.name.endsWith(QLatin1String("Event")) && event.name != QLatin1String("StatusEvent"));
    }
    if (items)
        answer.mailbox = it->mailbox;
    answer.watermark = it->watermark;
    return answer;
}

Result<PushReceipt> EwsConnector::receivePush(const QByteArray &body)
{
    const Result<PushAnswer> answer = handleSendNotification(body);
    if (!answer.ok())
        return answer.error();
    PushReceipt receipt;
    receipt.answer = answer.value().body;
    receipt.contentType = QByteArrayLiteral("text/xml; charset=utf-8");
    receipt.subscriptionId = answer.value().subscriptionId;
    receipt.mailbox = answer.value().mailbox;
    receipt.known = answer.value().keep;
    if (receipt.known)
        receipt.resumePoint = answer.value().watermark;
    return receipt;
}

} // namespace cxsync::exchange
