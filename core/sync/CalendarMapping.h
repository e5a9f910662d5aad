#pragma once

// Pure field mapping between a CRM appointment and an Exchange event (seed guide chapter 8, DESIGN.md §4),
// the content fingerprints that recognise our own writes coming back, and the conflict decision. No I/O.
#include "crm/CrmTypes.h"
#include "Result.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

namespace cxsync::sync {

enum class ConflictPolicy { LastModifiedWins, ExchangeWins, CrmWins };
enum class Side { Crm, Exchange };

// A linked user as the calendar sync needs it: the CRM user and its mailbox.
struct SyncUser {
    QString crmUserId;
    QString name;    // "First Last", for attendee names and responses
    QString mailbox; // Graph user id (requests, journal rows)
    QString address; // primary SMTP address (attendee matching), lower case
};

struct MappingOptions {
    QTimeZone crmZone = QTimeZone::utc(); // the CRM server's zone: all-day items are midnights in it
    bool copyReminders = true;
};

class CalendarMapping final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::sync::CalendarMapping)
public:
    // CRM status values (Sage spells "Cancelled" and "Canceled"; both are understood).
    static bool isCancelledStatus(const QString &status);
    static bool isCompleteStatus(const QString &status);

    // Subject rule: the CRM subject, or when empty the first line of the details (the rest is the body).
    static QPair<QString, QString> subjectAndBody(const QString &subject, const QString &details);

    // Windows zone names (Exchange) ↔ QTimeZone. Unknown names give an invalid zone.
    static QTimeZone zoneFromWindows(const QString &name);
    static QString windowsName(const QTimeZone &zone); // "UTC" for UTC, "" when there is none

    // A CRM appointment that is all-day: from midnight to midnight (whole days) in the CRM server zone.
    static bool isCrmAllDay(const crm::CrmAppointment &appointment, const QTimeZone &crmZone);

    // CRM → Exchange. `attendees`: the linked users other than the organizer. The organizer's own mailbox is
    // not an attendee. The event has no id / changeKey (the caller adds them for updates).
    static exchange::ExchangeEvent toExchange(const crm::CrmAppointment &appointment,
                                              const QList<SyncUser> &attendees, const MappingOptions &options);
    // Exchange → CRM, onto `base` (the stored CRM record, or a new one): the fields the event carries. The
    // owner and links are the caller's (they depend on which users are linked). A cancelled meeting sets
    // the status Cancelled. Reminders only with copyReminders (otherwise base's notify time stays).
    static crm::CrmAppointment toCrm(const exchange::ExchangeEvent &event, const crm::CrmAppointment &base,
                                     const MappingOptions &options);

    // "Terry Smith: Accepted; Mary Jones: No response" from the organizer's copy (attendees in order; names
    // from the event, else from the linked users by address, else the address).
    static QString responsesText(const exchange::ExchangeEvent &event, const QList<SyncUser> &users);
    static QString responseLabel(const QString &graphResponse);

    // Fingerprints of what the other side receives: equal fingerprints mean "nothing to write", which is
    // also how an echo of our own write is recognised.
    static QString exchangeFingerprint(const exchange::ExchangeEvent &event, const MappingOptions &options);
    static QString crmFingerprint(const crm::CrmAppointment &appointment, const MappingOptions &options);

    // Both sides changed since the last sync: which one is kept.
    static Side decideConflict(ConflictPolicy policy, const QDateTime &crmUpdatedUtc,
                               const QDateTime &exchangeModifiedUtc);
    static ConflictPolicy policyFromName(const QString &name);
    static QString policyName(ConflictPolicy policy);

    // Checks what the engine relies on in a server record; the error names the field and the item.
    static Status validate(const exchange::ExchangeEvent &event);
    static Status validate(const crm::CrmAppointment &appointment);
};

} // namespace cxsync::sync
