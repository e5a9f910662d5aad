#pragma once

#include "hooks/SubscriptionManager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cxsync {

// How a change subscription is doing, for `cxsync hooks status` and the panel's Service tab:
//  - failed:   an error is recorded (a renewal or creation that failed), Graph's state is failed, or it
//  expired;
//  - expiring: less than a third of its lifetime is left (the renewal at two thirds is overdue) or under an
//  hour;
//  - healthy:  otherwise.
enum class SubscriptionHealth { Healthy, Expiring, Failed };

struct SubscriptionAssessment {
    SubscriptionHealth health = SubscriptionHealth::Healthy;
    QString reason; // translated, one phrase: why it is expiring or failed; empty when healthy

    Q_DECLARE_TR_FUNCTIONS(cxsync::SubscriptionAssessment)
public:
    static SubscriptionAssessment of(const SubscriptionRecord &record, const QDateTime &nowUtc);
    static QString
    name(SubscriptionHealth health); // healthy | expiring | failed (stable, for JSON and tests)
    static QString label(SubscriptionHealth health); // translated
};

} // namespace cxsync
