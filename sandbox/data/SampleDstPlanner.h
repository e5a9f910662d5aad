#pragma once

#include "SampleRandom.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace cxsync::sandbox::detail {

// A weekly series (or a single item) that crosses a daylight-saving transition.
struct DstPlan {
    int zone = -1;
    QDateTime start; // first occurrence
    int minutes = 60;
    int interval = 1;
    int occurrences = 0; // 0: a single item
    Qt::DayOfWeek day = Qt::Monday;
};

// Finds the daylight-saving items of a sample world (SampleAppointmentBuilder) in the zones of zoneNames(),
// by index; a plan with zone -1 means none fits. Internal to sandbox/data.
class SampleDstPlanner final {
public:
    SampleDstPlanner(const QList<QTimeZone> &zones, const QDateTime &windowStart, const QDateTime &windowEnd);

    // A weekly series with occurrences on both sides of a transition: in the whole window when possible
    // ("W. Europe Standard Time" first), else starting in it with later occurrences after the window.
    DstPlan series(SampleRandom &rng) const;
    // A single item on a transition day, 00:30 local for four hours, when a transition lies in the window.
    DstPlan single() const;

private:
    QList<QTimeZone> m_zones;
    QDateTime m_windowStart;
    QDateTime m_windowEnd;
};

} // namespace cxsync::sandbox::detail
