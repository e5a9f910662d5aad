#pragma once

#include "EwsCalendarItem.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace cxsync::sandbox {

class GraphStore;

// EWS push subscriptions (Subscribe with PushSubscriptionRequest): Exchange POSTs SendNotification
// (NotificationService.wsdl) to the subscriber's URL for each change in the subscribed mailbox's calendar, a
// StatusEvent every StatusFrequency minutes while idle, and retries a failed delivery after 30 s, 60 s, 120 s
// ... until StatusFrequency has passed since the first failure, when the subscription dies. The subscriber's
// SendNotificationResult says OK or Unsubscribe. A watermark is opaque base64 of the mailbox, its sync
// generation, the change sequence and when it was issued; Subscribe refuses one older than 30 days.
class EwsPush final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EwsPush)
public:
    explicit EwsPush(GraphStore &store, QObject *parent = nullptr);
    ~EwsPush() override;

    // The length of one "minute" of StatusFrequency and retry arithmetic, in milliseconds (60000; tests
    // shrink it so a status ping or a dying subscription takes milliseconds).
    void setMinuteMs(int milliseconds) { m_minuteMs = qMax(1, milliseconds); }
    int minuteMs() const { return m_minuteMs; }
    // How long a watermark stays good for Subscribe (Exchange: about 30 days); older ones are refused with
    // ErrorInvalidWatermark. Tests shorten it to make a kept watermark expire.
    void setWatermarkLifetimeMs(qint64 milliseconds) { m_watermarkLifetimeMs = milliseconds; }

    struct Request {
        QString userId;
        QSet<QString> eventTypes; // CreatedEvent, ModifiedEvent, DeletedEvent, ...
        QUrl url;
        int statusFrequency = 30; // minutes, 1..1440
        QString watermark;        // empty: from now
        QString callerData;
    };
    // On success fills `subscriptionId` and `watermark`.
    std::optional<EwsError> subscribe(const Request &request, QString *subscriptionId, QString *watermark);
    std::optional<EwsError> unsubscribe(const QString &userId, const QString &subscriptionId);

    // A store change (GraphStore's listener): queued for every live subscription of the mailbox.
    void onChange(const QString &userId, const QString &immutableId, const QString &changeType, qint64 seq);

    bool isAlive(const QString &subscriptionId) const { return m_subscriptions.contains(subscriptionId); }
    int subscriptionCount() const { return int(m_subscriptions.size()); }
    int deliveries() const { return m_deliveries; }     // POSTs answered OK
    int failedDeliveries() const { return m_failures; } // POSTs that failed (retried or fatal)
    int resumedSubscriptions() const { return m_resumed; }        // Subscribes that took a Watermark
    int refusedWatermarks() const { return m_refusedWatermarks; } // Subscribes refused ErrorInvalidWatermark
    QString watermarkFor(const QString &userId, qint64 seq) const;

Q_SIGNALS:
    // A subscription ended: "unsubscribed" (the operation), "declined" (the subscriber answered Unsubscribe)
    // or "expired" (deliveries failed for longer than StatusFrequency).
    void ended(const QString &subscriptionId, const QString &reason);
    void delivered(const QString &subscriptionId, int events);

private:
    struct Event {
        QString kind; // CreatedEvent | ModifiedEvent | DeletedEvent | StatusEvent
        QString itemId;
        QString watermark;
        QDateTime timeStamp;
    };
    struct Subscription {
        QString id;
        Request request;
        QList<Event> pending;
        QString previousWatermark;
        bool inFlight = false;
        QDateTime failingSince; // invalid while deliveries succeed
        int retryDelayMs = 0;
        QTimer *status = nullptr;
        QTimer *retry = nullptr;
    };
    void schedule(Subscription &s, int delayMs);
    void deliver(const QString &id);
    void finished(const QString &id, bool ok, const QString &status);
    void end(const QString &id, const QString &reason);
    QByteArray envelope(const Subscription &s, const QList<Event> &events) const;

    GraphStore &m_store;
    QNetworkAccessManager *m_nam;
    QHash<QString, Subscription> m_subscriptions;
    int m_minuteMs = 60000;
    qint64 m_watermarkLifetimeMs = 30LL * 24 * 3600 * 1000;
    int m_resumed = 0;
    int m_refusedWatermarks = 0;
    int m_deliveries = 0;
    int m_failures = 0;
};

} // namespace cxsync::sandbox
