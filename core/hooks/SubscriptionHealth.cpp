#include "hooks/SubscriptionHealth.h"

namespace cxsync {

SubscriptionAssessment SubscriptionAssessment::of(const SubscriptionRecord &record, const QDateTime &nowUtc)
{
    SubscriptionAssessment a;
    if (record.state == SubscriptionState::Failed) {
        a.health = SubscriptionHealth::Failed;
        a.reason = record.lastError.isEmpty() ? tr("Graph reported it failed") : record.lastError;
        return a;
    }
    if (!record.expirationUtc.isValid() || record.expirationUtc <= nowUtc) {
        a.health = SubscriptionHealth::Failed;
        a.reason = tr("expired; polling covers the mailbox until it is recreated");
        return a;
    }
    if (!record.lastError.isEmpty()) {
        a.health = SubscriptionHealth::Failed;
        a.reason = record.lastError;
        return a;
    }
    const QDateTime from = record.renewedUtc.isValid() ? record.renewedUtc : record.createdUtc;
    const qint64 left = nowUtc.secsTo(record.expirationUtc);
    const qint64 lifetime = from.isValid() ? from.secsTo(record.expirationUtc) : 0;
    if (left < 3600 || (lifetime > 0 && left * 3 < lifetime)) {
        a.health = SubscriptionHealth::Expiring;
        a.reason =
            tr("expires in %n minute(s) and has not been renewed", nullptr, int(qMax<qint64>(1, left / 60)));
    }
    return a;
}

QString SubscriptionAssessment::name(SubscriptionHealth health)
{
    switch (health) {
    case SubscriptionHealth::Healthy:
        return QStringLiteral("healthy");
    case SubscriptionHealth::Expiring:
        return QStringLiteral("expiring");
    case SubscriptionHealth::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString SubscriptionAssessment::label(SubscriptionHealth health)
{
    switch (health) {
    case SubscriptionHealth::Healthy:
        return tr("Healthy");
    case SubscriptionHealth::Expiring:
        return tr("Expiring");
    case SubscriptionHealth::Failed:
        return tr("Failed");
    }
    return {};
}

} // namespace cxsync
