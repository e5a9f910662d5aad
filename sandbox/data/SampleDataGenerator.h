#pragma once

#include "SampleData.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace cxsync::sandbox {

// Builds the sample world both sandboxes are filled from. Deterministic: the same (users, appointments, seed,
// now) give a byte-identical result on every machine (std::mt19937_64 plus integer draws of our own; no
// library distributions, no hash-order iteration).
//
// Users. Special people come first, in this priority (a smaller `users` keeps as many as fit; with 8 the
// ambiguous pair is skipped and the resource fits):
//   u0001 the synchronization user (CRM only, External Logon Allowed, password in syncUserPassword)
//         a person in both systems matching by e-mail (CRM e-mail in a different letter case)
//         a person matching only by first + last name (CRM e-mail empty; right-to-left name)
//         a person whose CRM e-mail is one of their mailbox aliases
//         an Exchange-only person, a CRM-only person
//         a person in both systems whose Exchange account is disabled
//         two people with the same first + last name on both sides (ambiguous by name)
//         a CRM resource user (a room with a mailbox)
//         a person in both systems whose CRM user is disabled
// That is 11 people; with exactly 10 users the person with the disabled Exchange account also has a disabled
// CRM user (someone who left). The rest are random (about 70 % in both systems) with unique names (compared
// case- and accent-insensitively), so the only ambiguous name is the designated pair. Mail domain
// contoso.example; logons are lower-case ASCII.
//
// Appointments lie in [now - 60 days, now + 60 days] (recurring series: every occurrence, except the
// DST-crossing series when no transition is near enough, whose first occurrence still is). reminderMinutes is
// 15 (Outlook's default) when reminderOn is false; Exchange-origin items keep crmStatus "Pending". The first
// ones cover the documented cases (one per index, see SampleAppointmentBuilder::applyCase: singles,
// all-day, mixed meetings, series, DST, zones, unicode/RTL subjects, long bodies, private, reminders,
// statuses), the rest are random, about half from each side. At least one item crosses a daylight-saving
// transition when `appointments` >= 9 (a weekly series in "W. Europe Standard Time" when possible, else
// another zone). Needs users >= 1 for appointments; with users == 0 no appointments are made.
//
// CRM activities (crmActivities, appointments / 2 of them, from their own seeded stream so the rest is
// unchanged): to-dos, logged calls, e-mails and letters (Comm_Type Task) of usable CRM users, mostly of
// people with a mailbox, inside the same window; past ones mostly Complete. Every fourth CRM-origin
// appointment has the action PhoneOut and some others Demo: the type, not the action, decides what is
// synchronized.
class SampleDataGenerator final {
public:
    // Same (users, appointments, seed, now) → byte-identical result. `now` anchors the ±60-day window.
    static SampleData generate(int users, int appointments, quint64 seed, const QDateTime &nowUtc);

    // The Windows zone names the generator uses ("UTC" included).
    static QStringList windowsZones();
    // The zone items of a Windows zone are in: QTimeZone::windowsIdToDefaultIanaId(windowsId), or another
    // IANA name of the same zone when the system lacks that one (Asia/Calcutta vs Asia/Kolkata); "UTC" for
    // "UTC".
    static QTimeZone timeZoneFor(const QString &windowsId);
    // The window items are placed in: [now - 60 days, now + 60 days], in UTC.
    static QDateTime windowStart(const QDateTime &nowUtc);
    static QDateTime windowEnd(const QDateTime &nowUtc);
    // Start of the last occurrence of a series (the item's own start if it does not recur). Generated weekly
    // series on several days always have interval 1, which keeps this exact without week-start rules.
    static QDateTime lastOccurrenceStart(const SampleAppointment &appointment);

    static constexpr int kWindowDays = 60;
};

} // namespace cxsync::sandbox
