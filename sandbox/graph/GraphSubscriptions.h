#pragma once

#include "GraphEventJson.h"
#include "GraphStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <random>

class QNetworkAccessManager;
class QNetworkReply;

namespace cxsync::sandbox {

struct GraphSubscription {
    QString id;
    QString resource;
    QString userId; // the mailbox the resource names
    QString changeType;
    QString notificationUrl;
    QString lifecycleNotificationUrl;
    QString clientState;
    QString latestSupportedTlsVersion;
    QDateTime expiration;
    // Created with Prefer: IdType="ImmutableId": notifications name items by their immutable ids
    // (outlook-immutable-id.md; a subscription keeps the format it was created with).
    bool immutableIds = false;
    QJsonObject toJson(const QString &applicationId, const QString &creatorId) const;
};

// /v1.0/subscriptions: validation handshakes, change notification delivery (batched, retried on non-2xx or
// slow answers, occasionally duplicated from a seeded generator) and lifecycle notifications.
class GraphSubscriptions : public QObject {
    Q_OBJECT
public:
    GraphSubscriptions(GraphStore &store, QObject *parent = nullptr);
    ~GraphSubscriptions() override;

    void setIdentity(const QString &tenantId, const QString &applicationId);
    void setValidationTimeout(int ms) { m_validationTimeoutMs = ms; }
    void setDeliveryTimeout(int ms) { m_deliveryTimeoutMs = ms; }
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setDuplicateRate(double rate, quint64 seed = 1);
    void setMaxExpirationMinutes(int minutes) { m_maxMinutes = minutes; }

    void create(const QJsonObject &body, const GraphDone &done, bool immutableIds = false);
    GraphResponse list() const;
    GraphResponse get(const QString &id) const;
    GraphResponse renew(const QString &id, const QJsonObject &body);
    GraphResponse remove(const QString &id);
    GraphResponse reauthorize(const QString &id);

    bool drop(const QString &id);
    bool triggerLifecycle(const QString &id, const QString &lifecycleEvent);
    void notifyChange(const QString &userId, const GraphEvent &event, const QString &changeType);

    QJsonArray toJson() const;
    void fromJson(const QJsonArray &subscriptions);
    int deliveryAttempts() const { return m_attempts; }

Q_SIGNALS:
    void delivered(const QString &url, int status, int notifications);

private:
    void validate(const QString &url, const std::function<void(bool ok)> &next);
    void queue(const QString &url, const QJsonObject &notification);
    void flush();
    void post(const QString &url, const QJsonObject &payload, int attempt);
    std::optional<GraphError> checkExpiration(const QString &text, QDateTime *out) const;
    static GraphError notFound(const QString &id);
    GraphSubscription *find(const QString &id);
    void purgeExpired();

    GraphStore &m_store;
    QNetworkAccessManager *m_network;
    QList<GraphSubscription> m_subscriptions;
    QList<QPair<QString, QJsonObject>> m_pending;
    bool m_flushScheduled = false;
    QString m_tenantId;
    QString m_applicationId;
    int m_validationTimeoutMs = 10000;
    int m_deliveryTimeoutMs = 3000;
    int m_retryDelayMs = 1000;
    int m_maxAttempts = 8;
    int m_maxMinutes = 10080;
    double m_duplicateRate = 0.05;
    std::mt19937_64 m_rng{1};
    int m_attempts = 0;
};

} // namespace cxsync::sandbox
