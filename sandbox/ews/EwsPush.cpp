#include "EwsPush.h"

#include "EwsSchema.h"
#include "GraphStore.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcEwsSandbox)

namespace cxsync::sandbox {

namespace {

constexpr int kFirstRetryMinutesX2 = 1; // the first retry after half a minute (30 s), then doubling

struct ParsedWatermark {
    QString userId;
    int generation = 0;
    qint64 seq = 0;
    qint64 issuedMs = 0;
};

std::optional<ParsedWatermark> parseWatermark(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('\0');
    if (parts.size() != 5 || parts[0] != "CXWM1")
        return std::nullopt;
    bool okGen = false, okSeq = false, okTime = false;
    ParsedWatermark out{QString::fromUtf8(parts[1]), parts[2].toInt(&okGen), parts[3].toLongLong(&okSeq),
                        parts[4].toLongLong(&okTime)};
    if (!okGen || !okSeq || !okTime)
        return std::nullopt;
    return out;
}

QString eventKind(const QString &changeType)
{
    if (changeType == "created"_L1)
        return u"CreatedEvent"_s;
    if (changeType == "deleted"_L1)
        return u"DeletedEvent"_s;
    return u"ModifiedEvent"_s;
}

} // namespace

EwsPush::EwsPush(GraphStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_nam(new QNetworkAccessManager(this))
{
}

EwsPush::~EwsPush()
{
    // the timers are children of this object; pending replies are aborted by the manager's destruction
}

QString EwsPush::watermarkFor(const QString &userId, qint64 seq) const
{
    const GraphMailbox *box = m_store.mailbox(userId);
    return QString::fromLatin1(
        (QByteArray("CXWM1") + '\0' + userId.toUtf8() + '\0' + QByteArray::number(box ? box->generation : 1) +
         '\0' + QByteArray::number(seq) + '\0' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()))
            .toBase64());
}

std::optional<EwsError> EwsPush::subscribe(const Request &request, QString *subscriptionId,
                                           QString *watermark)
{
    static const QSet<QString> known{u"CopiedEvent"_s,         u"CreatedEvent"_s, u"DeletedEvent"_s,
                                     u"ModifiedEvent"_s,       u"MovedEvent"_s,   u"NewMailEvent"_s,
                                     u"FreeBusyChangedEvent"_s};
    if (request.eventTypes.isEmpty() || !known.contains(request.eventTypes))
        return EwsError{u"ErrorInvalidSubscriptionRequest"_s, u"EventTypes names an unknown event type."_s};
    if (request.statusFrequency < 1 || request.statusFrequency > 1440)
        return EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                        u"StatusFrequency must be 1 to 1440 minutes."_s};
    if (!request.url.isValid() ||
        !(request.url.scheme() == "http"_L1 || request.url.scheme() == "https"_L1) ||
        request.url.host().isEmpty())
        return EwsError{u"ErrorInvalidPushSubscriptionUrl"_s,
                        u"The push subscription URL must be an absolute http or https URL."_s};
    const GraphMailbox *box = m_store.mailbox(request.userId);
    if (!box)
        return EwsError{u"ErrorNonExistentMailbox"_s, u"The mailbox does not exist."_s};
    Subscription s;
    s.id = QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
    s.request = request;
    if (!request.watermark.isEmpty()) {
        const auto mark = parseWatermark(request.watermark);
        if (!mark || mark->userId != request.userId || mark->generation != box->generation ||
            mark->seq > box->seq ||
            QDateTime::currentMSecsSinceEpoch() - mark->issuedMs > m_watermarkLifetimeMs) {
            ++m_refusedWatermarks;
            return EwsError{u"ErrorInvalidWatermark"_s, u"The watermark is not valid or has expired."_s};
        }
        ++m_resumed;
        // replay what happened since the watermark, as Exchange does for a resumed subscription
        s.previousWatermark = request.watermark;
        QList<QPair<qint64, Event>> replay;
        for (const GraphEvent &e : box->events) {
            if (e.seq > mark->seq)
                replay.append({e.seq,
                               {u"ModifiedEvent"_s, EwsIds::itemId(request.userId, e.immutableId),
                                watermarkFor(request.userId, e.seq), e.lastModified}});
        }
        for (const GraphTombstone &t : box->tombstones) {
            if (t.seq > mark->seq && !t.moved)
                replay.append({t.seq,
                               {u"DeletedEvent"_s, EwsIds::itemId(request.userId, t.immutableId),
                                watermarkFor(request.userId, t.seq), QDateTime::currentDateTimeUtc()}});
        }
        std::sort(replay.begin(), replay.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &entry : std::as_const(replay)) {
            if (request.eventTypes.contains(entry.second.kind))
                s.pending.append(entry.second);
        }
    } else {
        s.previousWatermark = watermarkFor(request.userId, box->seq);
    }
    *subscriptionId = s.id;
    *watermark = s.previousWatermark;
    const QString id = s.id;
    s.status = new QTimer(this);
    s.status->setSingleShot(true);
    connect(s.status, &QTimer::timeout, this, [this, id] {
        auto it = m_subscriptions.find(id);
        if (it == m_subscriptions.end())
            return;
        if (it->pending.isEmpty())
            it->pending.append(
                {u"StatusEvent"_s, {}, it->previousWatermark, QDateTime::currentDateTimeUtc()});
        deliver(id);
    });
    s.retry = new QTimer(this);
    s.retry->setSingleShot(true);
    connect(s.retry, &QTimer::timeout, this, [this, id] { deliver(id); });
    const bool replaying = !s.pending.isEmpty();
    m_subscriptions.insert(id, s);
    Subscription &stored = m_subscriptions[id];
    stored.status->start(stored.request.statusFrequency * m_minuteMs);
    if (replaying)
        schedule(stored, 0);
    return std::nullopt;
}

std::optional<EwsError> EwsPush::unsubscribe(const QString &userId, const QString &subscriptionId)
{
    auto it = m_subscriptions.find(subscriptionId);
    if (it == m_subscriptions.end() || it->request.userId != userId)
        return EwsError{u"ErrorSubscriptionNotFound"_s, u"The specified subscription was not found."_s};
    end(subscriptionId, u"unsubscribed"_s);
    return std::nullopt;
}

void EwsPush::onChange(const QString &userId, const QString &immutableId, const QString &changeType,
                       qint64 seq)
{
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
        if (it->request.userId != userId)
            continue;
        const QString kind = eventKind(changeType);
        if (!it->request.eventTypes.contains(kind))
            continue;
        it->pending.append({kind, EwsIds::itemId(userId, immutableId), watermarkFor(userId, seq),
                            QDateTime::currentDateTimeUtc()});
        if (!it->inFlight && !it->retry->isActive())
            schedule(*it, 0);
    }
}

void EwsPush::schedule(Subscription &s, int delayMs)
{
    const QString id = s.id;
    QTimer::singleShot(delayMs, this, [this, id] { deliver(id); });
}

QByteArray EwsPush::envelope(const Subscription &s, const QList<Event> &events) const
{
    QByteArray out;
    EwsWriter w(&out);
    w.startEnvelope();
    w.startM("SendNotification");
    w.startM("ResponseMessages");
    w.startM("SendNotificationResponseMessage");
    w.attribute("ResponseClass", u"Success"_s);
    w.textM("ResponseCode", u"NoError"_s);
    w.startM("Notification");
    w.textT("SubscriptionId", s.id);
    w.textT("PreviousWatermark", s.previousWatermark);
    w.textT("MoreEvents", u"false"_s);
    const QString folder = EwsIds::itemId(s.request.userId, u"calendar"_s);
    for (const Event &e : events) {
        w.startT(e.kind.toLatin1().constData());
        w.textT("Watermark", e.watermark);
        if (e.kind != "StatusEvent"_L1) {
            w.textT("TimeStamp", EwsCalendarItem::ewsDateTime(e.timeStamp));
            w.startT("ItemId");
            w.attribute("Id", e.itemId);
            w.end();
            w.startT("ParentFolderId");
            w.attribute("Id", folder);
            w.end();
        }
        w.end();
    }
    w.end(); // Notification
    w.end(); // message
    w.end(); // ResponseMessages
    w.end(); // SendNotification
    w.endEnvelope();
    return out;
}

void EwsPush::deliver(const QString &id)
{
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end() || it->inFlight || it->pending.isEmpty())
        return;
    Subscription &s = *it;
    const QList<Event> events = s.pending;
    QNetworkRequest request(s.request.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction",
                         "\"http://schemas.microsoft.com/exchange/services/2006/messages/SendNotification\"");
    request.setTransferTimeout(qMax(1000, m_minuteMs / 2));
    s.inFlight = true;
    QNetworkReply *reply = m_nam->post(request, envelope(s, events));
    const int sent = int(events.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, sent] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString subscriptionStatus;
        QXmlStreamReader xml(body);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "SubscriptionStatus"_L1)
                subscriptionStatus = xml.readElementText().trimmed();
        }
        const bool ok = reply->error() == QNetworkReply::NoError && status == 200 && !xml.hasError() &&
                        (subscriptionStatus == "OK"_L1 || subscriptionStatus == "Unsubscribe"_L1);
        auto it = m_subscriptions.find(id);
        if (it == m_subscriptions.end())
            return;
        it->inFlight = false;
        if (ok) {
            it->pending.remove(0, qMin<qsizetype>(sent, it->pending.size()));
            Q_EMIT delivered(id, sent);
        }
        finished(id, ok, subscriptionStatus);
    });
}

void EwsPush::finished(const QString &id, bool ok, const QString &status)
{
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end())
        return;
    Subscription &s = *it;
    if (ok) {
        ++m_deliveries;
        s.failingSince = QDateTime();
        s.retryDelayMs = 0;
        if (status == "Unsubscribe"_L1) {
            end(id, u"declined"_s);
            return;
        }
        s.status->start(s.request.statusFrequency * m_minuteMs);
        if (!s.pending.isEmpty())
            schedule(s, 0);
        return;
    }
    ++m_failures;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!s.failingSince.isValid())
        s.failingSince = now;
    s.retryDelayMs = s.retryDelayMs == 0 ? m_minuteMs * kFirstRetryMinutesX2 / 2 : s.retryDelayMs * 2;
    const qint64 failingMs = s.failingSince.msecsTo(now) + s.retryDelayMs;
    if (failingMs > qint64(s.request.statusFrequency) * m_minuteMs) {
        qCInfo(lcEwsSandbox) << "push subscription" << id << "expired after failed deliveries";
        end(id, u"expired"_s);
        return;
    }
    s.status->stop();
    s.retry->start(s.retryDelayMs);
}

void EwsPush::end(const QString &id, const QString &reason)
{
    auto it = m_subscriptions.find(id);
    if (it == m_subscriptions.end())
        return;
    it->status->deleteLater();
    it->retry->deleteLater();
    m_subscriptions.erase(it);
    Q_EMIT ended(id, reason);
}

} // namespace cxsync::sandbox
