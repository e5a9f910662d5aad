#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cxsync {

// The CRM server's time zone as the admin typed it: an IANA id (Europe/London), a Windows id
// (GMT Standard Time), or the legacy "offset from UTC in hours" (+1, -3.5, +5:45) as a fixed offset.
// Empty means this machine's zone.
class TimeZoneSpec final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::TimeZoneSpec)
public:
    static Result<TimeZoneSpec> parse(const QString &text);

    QTimeZone zone() const { return m_zone; }
    bool isFixedOffset() const { return m_fixed; }
    int offsetSeconds() const { return m_offsetSeconds; } // fixed offsets only
    QString description() const;

private:
    QTimeZone m_zone;
    bool m_fixed = false;
    int m_offsetSeconds = 0;
};

} // namespace cxsync
