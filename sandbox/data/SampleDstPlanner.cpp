#include "SampleDstPlanner.h"

namespace cxsync::sandbox::detail {

SampleDstPlanner::SampleDstPlanner(const QList<QTimeZone> &zones, const QDateTime &windowStart,
                                   const QDateTime &windowEnd)
    : m_zones(zones), m_windowStart(windowStart), m_windowEnd(windowEnd)
{
}

DstPlan SampleDstPlanner::series(SampleRandom &rng) const
{
    const int order[] = {0, 1, 2, 3, 5};
    for (int pass = 0; pass < 2; ++pass) {
        for (int zone : order) {
            const QTimeZone &tz = m_zones.at(zone);
            QList<DstPlan> candidates;
            const auto transitions = tz.transitions(m_windowStart, m_windowEnd.addDays(120));
            for (const QTimeZone::OffsetData &t : transitions) {
                const QDate sunday = t.atUtc.toTimeZone(tz).date();
                for (int interval = 1; interval <= 2; ++interval) {
                    for (int occurrences = 3; occurrences <= 8; ++occurrences) {
                        for (int after = 1; after < occurrences; ++after) {
                            for (int day = Qt::Monday; day <= Qt::Friday; ++day) {
                                int ahead = (day - sunday.dayOfWeek() + 7) % 7;
                                if (ahead == 0)
                                    ahead = 7;
                                const QDate firstAfter = sunday.addDays(ahead);
                                const QDate first = firstAfter.addDays(-7LL * interval * after);
                                DstPlan plan;
                                plan.zone = zone;
                                plan.start = QDateTime(first, QTime(10, 0), tz);
                                plan.interval = interval;
                                plan.occurrences = occurrences;
                                plan.day = Qt::DayOfWeek(day);
                                const QDateTime lastEnd = QDateTime(
                                    first.addDays(7LL * interval * (occurrences - 1)), QTime(11, 0), tz);
                                const bool startInside =
                                    plan.start >= m_windowStart && plan.start.addSecs(3600) <= m_windowEnd;
                                if (startInside && (pass == 1 || lastEnd <= m_windowEnd))
                                    candidates.append(plan);
                            }
                        }
                    }
                }
            }
            if (!candidates.isEmpty())
                return rng.pick(candidates);
        }
    }
    return {};
}

DstPlan SampleDstPlanner::single() const
{
    const int order[] = {0, 1, 2, 3, 5};
    for (int zone : order) {
        const QTimeZone &tz = m_zones.at(zone);
        const auto transitions = tz.transitions(m_windowStart, m_windowEnd);
        for (const QTimeZone::OffsetData &t : transitions) {
            DstPlan plan;
            plan.zone = zone;
            plan.start = QDateTime(t.atUtc.toTimeZone(tz).date(), QTime(0, 30), tz);
            plan.minutes = 240;
            if (plan.start >= m_windowStart && plan.start.addSecs(240 * 60) <= m_windowEnd &&
                plan.start.addSecs(240 * 60).offsetFromUtc() != plan.start.offsetFromUtc())
                return plan;
        }
    }
    return {};
}

} // namespace cxsync::sandbox::detail
