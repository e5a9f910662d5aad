#pragma once

#include "SampleData.h"
#include "SampleDstPlanner.h"
#include "SampleRandom.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace cxsync::sandbox::detail {

// Adds the appointments of a sample world (SampleDataGenerator::generate) once its users exist: the
// documented cases first (applyCase), then random ones; see SampleDataGenerator.h. Internal to sandbox/data.
class SampleAppointmentBuilder final {
public:
    SampleAppointmentBuilder(SampleRandom &rng, SampleData &data, const QDateTime &nowUtc);

    void build(int count);

private:
    using Origin = SampleAppointment::Origin;

    enum class Kind { Timed, AllDay };
    enum class Attendance { Alone, Meeting, MeetingWithExternal };
    enum class Repeat { None, Daily, Weekly, DstWeekly, DstSingle };
    enum class SubjectStyle { Plain, Unicode, RightToLeft, Empty };
    enum class BodyStyle { Empty, Short, MultiLine, Long };

    struct Spec {
        Origin origin = Origin::Exchange;
        Kind kind = Kind::Timed;
        Attendance attendance = Attendance::Alone;
        Repeat repeat = Repeat::None;
        SubjectStyle subject = SubjectStyle::Plain;
        BodyStyle body = BodyStyle::Short;
        bool isPrivate = false;
        bool reminderOn = true;
        int reminderMinutes = 15;
        QString status = QStringLiteral("Pending");
        int zone = 0;
    };

    Spec randomSpec(int exchangeAhead);
    // The documented cases, one per index, so that even a few dozen items show every one of them.
    void applyCase(int index, Spec &s);
    // Brings a spec in line with the world: sides without organizers, CRM items never recur, etc.
    void fix(Spec &s) const;
    SampleAppointment make(int index, Spec s);
    // Start, end and recurrence inside the window, at valid local times of the zone.
    void place(SampleAppointment &a, const Spec &s, const QTimeZone &tz);
    void fillTexts(SampleAppointment &a, const Spec &s);
    QString multiLine(int lines);
    QString longBody();

    SampleRandom &m_rng;
    SampleData &m_data;
    QDateTime m_now;
    QDateTime m_windowStart;
    QDateTime m_windowEnd;
    QList<QTimeZone> m_zones;
    QStringList m_mailboxes;          // Exchange-origin attendees
    QStringList m_exchangeOrganizers; // enabled mailboxes of people
    QStringList m_crmUsers;           // CRM-origin attendees
    QStringList m_crmOrganizers;      // enabled CRM users who are people, not the sync user
    QStringList m_bothPeople;         // usable on both sides
    QStringList m_exchangeOnly;       // enabled mailboxes without a CRM user
    QStringList m_crmOnly;            // enabled CRM users without a mailbox
    DstPlan m_dstSeries;
    DstPlan m_dstSingle;
};

} // namespace cxsync::sandbox::detail
