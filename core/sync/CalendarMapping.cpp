#include "CalendarMapping.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace cxsync::sync {

namespace {

QString normalizedText(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text.trimmed();
}

QString hashOf(const QStringList &parts)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : parts) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

QString stamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

// The date an all-day item's start or end stands for. Events the engine builds carry true instants (midnight
// in the item's zone); Graph returns all-day items as their midnight wall time labelled with the requested
// zone (UTC without Prefer: outlook.timezone; microsoft-graph-docs#8657), which the connector reads as
// midnight UTC. Reading the latter in the item's zone put every all-day item from a zone west of UTC one day
// early in the CRM, so the date is that of whichever midnight the time is: in the item's zone, else in UTC.
QDate allDayDate(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    if (local.time() == QTime(0, 0))
        return local.date();
    const QDateTime utc = time.toUTC();
    if (utc.time() == QTime(0, 0))
        return utc.date();
    return local.date();
}

QTimeZone allDayZone(const exchange::ExchangeEvent &event)
{
    const QTimeZone zone = CalendarMapping::zoneFromWindows(event.timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

} // namespace

bool CalendarMapping::isCancelledStatus(const QString &status)
{
    return status.compare(QLatin1String("Cancelled"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Canceled"), Qt::CaseInsensitive) == 0;
}

bool CalendarMapping::isCompleteStatus(const QString &status)
{
    return status.compare(QLatin1String("Complete"), Qt::CaseInsensitive) == 0 ||
           status.compare(QLatin1String("Completed"), Qt::CaseInsensitive) == 0;
}

QPair<QString, QString> CalendarMapping::subjectAndBody(const QString &subject, const QString &details)
{
    const QString text = normalizedText(details);
    if (!subject.trimmed().isEmpty())
        return {subject.trimmed(), text};
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    if (newline < 0)
        return {text, QString()};
    return {text.left(newline).trimmed(), text.mid(newline + 1).trimmed()};
}

QTimeZone CalendarMapping::zoneFromWindows(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        name == QLatin1String("Etc/UTC") || name == QLatin1String("Coordinated Universal Time"))
        return QTimeZone::utc();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!iana.isEmpty()) {
        if (QTimeZone zone(iana); zone.isValid())
            return zone;
        for (const QByteArray &other : QTimeZone::windowsIdToIanaIds(name.toUtf8())) {
            if (QTimeZone candidate(other); candidate.isValid())
                return candidate;
        }
    }
    // Graph also accepts some IANA names as zone labels
    if (name.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(name.toUtf8()))
        return QTimeZone(name.toUtf8());
    return {};
}

QString CalendarMapping::windowsName(const QTimeZone &zone)
{
    if (!zone.isValid())
        return {};
    if (zone == QTimeZone::utc() || zone.id() == "UTC" || zone.id() == "Etc/UTC")
        return QStringLiteral("UTC");
    const QByteArray windows = QTimeZone::ianaIdToWindowsId(zone.id());
    return QString::fromUtf8(windows);
}

bool CalendarMapping::isCrmAllDay(const crm::CrmAppointment &appointment, const QTimeZone &crmZone)
{
    if (!appointment.startUtc.isValid() || !appointment.endUtc.isValid() ||
        appointment.endUtc <= appointment.startUtc)
        return false;
    const QDateTime start = appointment.startUtc.toTimeZone(crmZone);
    const QDateTime end = appointment.endUtc.toTimeZone(crmZone);
    return start.time() == QTime(0, 0) && end.time() == QTime(0, 0) && start.date() < end.date();
}

exchange::ExchangeEvent CalendarMapping::toExchange(const crm::CrmAppointment &appointment,
                                                    const QList<SyncUser> &attendees,
                                                    const MappingOptions &options)
{
    exchange::ExchangeEvent e;
    const auto [subject, body] = subjectAndBody(appointment.subject, appointment.details);
    e.subject = subject;
    e.bodyText = body;
    e.location = appointment.location.trimmed();
    e.startUtc = appointment.startUtc.toUTC();
    e.endUtc = appointment.endUtc.toUTC();
    // CRM times belong to the CRM server's zone: the event is written in that zone so that Outlook shows
    // and repeats it in the zone the CRM user meant (a fixed legacy offset has no Windows name: UTC).
    const QString zone = windowsName(options.crmZone);
    e.timeZone = zone == QLatin1String("UTC") ? QString() : zone;
    e.isAllDay = isCrmAllDay(appointment, options.crmZone);
    e.isPrivate = appointment.isPrivate;
    if (options.copyReminders) {
        e.reminderOn = appointment.notifyMinutes.has_value();
        // A notify time after the start (set so in the CRM, or read back one hour late because the CRM keeps
        // wall times and the start fell in the hour repeated when DST ends) is a reminder at the start: Graph
        // has no negative reminders, and the connector refuses to read one back (the created item was then
        // taken for a failed create and came back as a second communication).
        e.reminderMinutes = qMax(0, appointment.notifyMinutes.value_or(15));
    } else {
        // Copy Reminders off: reminders are each side's own business; Outlook keeps its default / the user's
        e.writeReminder = false;
    }
    for (const SyncUser &user : attendees) {
        exchange::ExchangeAttendee a;
        a.address = user.address;
        a.name = user.name;
        e.attendees.append(a);
    }
    return e;
}

crm::CrmAppointment CalendarMapping::toCrm(const exchange::ExchangeEvent &event, const crm::CrmAppointment &base,
                                           const MappingOptions &options)
{
    crm::CrmAppointment a = base;
    a.subject = event.subject.trimmed();
    a.details = normalizedText(event.bodyText);
    a.location = event.location.trimmed();
    if (event.isAllDay) {
        // Exchange keeps all-day items at midnight in their own zone; the CRM shows the same dates at
        // midnight in its zone
        const QTimeZone zone = allDayZone(event);
        const QDate first = allDayDate(event.startUtc, zone);
        QDate last = allDayDate(event.endUtc, zone);
        if (last <= first)
            last = first.addDays(1);
        a.startUtc = QDateTime(first, QTime(0, 0), options.crmZone).toUTC();
        a.endUtc = QDateTime(last, QTime(0, 0), options.crmZone).toUTC();
    } else {
        a.startUtc = event.startUtc.toUTC();
        a.endUtc = event.endUtc.toUTC();
    }
    a.isPrivate = event.isPrivate;
    if (options.copyReminders)
        a.notifyMinutes = event.reminderOn ? std::optional<int>(event.reminderMinutes) : std::nullopt;
    if (event.isCancelled)
        a.status = QStringLiteral("Cancelled");
    if (a.type.isEmpty())
        a.type = QStringLiteral("Appointment");
    return a;
}

QString CalendarMapping::responseLabel(const QString &graphResponse)
{
    if (graphResponse == QLatin1String("accepted"))
        return tr("Accepted");
    if (graphResponse == QLatin1String("declined"))
        return tr("Declined");
    if (graphResponse == QLatin1String("tentativelyAccepted"))
        return tr("Tentative");
    if (graphResponse == QLatin1String("organizer"))
        return tr("Organizer");
    return tr("No response");
}

QString CalendarMapping::responsesText(const exchange::ExchangeEvent &event, const QList<SyncUser> &users)
{
    QStringList parts;
    for (const exchange::ExchangeAttendee &a : event.attendees) {
        if (a.address.compare(event.organizer.address, Qt::CaseInsensitive) == 0 && !a.address.isEmpty())
            continue;
        QString name = a.name.trimmed();
        if (name.isEmpty()) {
            for (const SyncUser &u : users) {
                if (u.address.compare(a.address, Qt::CaseInsensitive) == 0)
                    name = u.name;
            }
        }
        if (name.isEmpty())
            name = a.address;
        parts.append(QStringLiteral("%1: %2").arg(name, responseLabel(a.response)));
    }
    return parts.join(QStringLiteral("; "));
}

QString CalendarMapping::exchangeFingerprint(const exchange::ExchangeEvent &event, const MappingOptions &options)
{
    QStringList attendees;
    for (const exchange::ExchangeAttendee &a : event.attendees) {
        if (a.address.compare(event.organizer.address, Qt::CaseInsensitive) != 0 || a.address.isEmpty())
            attendees.append(a.address.toLower());
    }
    std::sort(attendees.begin(), attendees.end());
    QStringList parts{event.subject.trimmed(), normalizedText(event.bodyText), event.location.trimmed()};
    if (event.isAllDay) {
        const QTimeZone zone = allDayZone(event);
        parts << QStringLiteral("allday") << allDayDate(event.startUtc, zone).toString(Qt::ISODate)
              << allDayDate(event.endUtc, zone).toString(Qt::ISODate);
    } else {
        parts << stamp(event.startUtc) << stamp(event.endUtc);
    }
    parts << (event.isPrivate ? QStringLiteral("private") : QStringLiteral("normal"));
    if (options.copyReminders)
        parts << (event.reminderOn ? QString::number(event.reminderMinutes) : QStringLiteral("off"));
    parts << (event.isCancelled ? QStringLiteral("cancelled") : QString()) << attendees.join(QLatin1Char(','));
    return hashOf(parts);
}

QString CalendarMapping::crmFingerprint(const crm::CrmAppointment &appointment, const MappingOptions &options)
{
    QStringList links = appointment.linkedUserIds;
    std::sort(links.begin(), links.end());
    QStringList parts{appointment.subject.trimmed(), normalizedText(appointment.details),
                      appointment.location.trimmed(), stamp(appointment.startUtc), stamp(appointment.endUtc),
                      appointment.isPrivate ? QStringLiteral("private") : QStringLiteral("normal")};
    if (options.copyReminders)
        parts << (appointment.notifyMinutes ? QString::number(*appointment.notifyMinutes) : QStringLiteral("off"));
    parts << appointment.status.toLower() << (appointment.deleted ? QStringLiteral("deleted") : QString())
          << links.join(QLatin1Char(','));
    return hashOf(parts);
}

Side CalendarMapping::decideConflict(ConflictPolicy policy, const QDateTime &crmUpdatedUtc,
                                     const QDateTime &exchangeModifiedUtc)
{
    switch (policy) {
    case ConflictPolicy::ExchangeWins:
        return Side::Exchange;
    case ConflictPolicy::CrmWins:
        return Side::Crm;
    case ConflictPolicy::LastModifiedWins:
        break;
    }
    if (!exchangeModifiedUtc.isValid())
        return Side::Crm;
    if (!crmUpdatedUtc.isValid())
        return Side::Exchange;
    // the CRM stamps whole seconds: a tie goes to the CRM, the system of record for appointments
    return exchangeModifiedUtc > crmUpdatedUtc ? Side::Exchange : Side::Crm;
}

ConflictPolicy CalendarMapping::policyFromName(const QString &name)
{
    if (name == QLatin1String("exchangeWins"))
        return ConflictPolicy::ExchangeWins;
    if (name == QLatin1String("crmWins"))
        return ConflictPolicy::CrmWins;
    return ConflictPolicy::LastModifiedWins;
}

QString CalendarMapping::policyName(ConflictPolicy policy)
{
    switch (policy) {
    case ConflictPolicy::ExchangeWins:
        return QStringLiteral("exchangeWins");
    case ConflictPolicy::CrmWins:
        return QStringLiteral("crmWins");
    case ConflictPolicy::LastModifiedWins:
        break;
    }
    return QStringLiteral("lastModifiedWins");
}

Status CalendarMapping::validate(const exchange::ExchangeEvent &event)
{
    if (event.id.isEmpty())
        return makeError(ErrorKind::Invalid, tr("Exchange returned an event without an id."), QStringLiteral("id"));
    if (event.removed)
        return Status();
    if (!event.startUtc.isValid())
        return makeError(ErrorKind::Invalid, tr("Exchange event %1 has no valid start.").arg(event.id),
                         QStringLiteral("start"));
    if (!event.endUtc.isValid() || event.endUtc < event.startUtc)
        return makeError(ErrorKind::Invalid, tr("Exchange event %1 has no valid end after its start.").arg(event.id),
                         QStringLiteral("end"));
    if (!event.skeletal && event.iCalUId.isEmpty())
        return makeError(ErrorKind::Invalid, tr("Exchange event %1 has no iCalUId.").arg(event.id),
                         QStringLiteral("iCalUId"));
    if (!event.timeZone.isEmpty() && !zoneFromWindows(event.timeZone).isValid())
        return makeError(ErrorKind::Invalid,
                         tr("Exchange event %1 has an unknown time zone \"%2\".").arg(event.id, event.timeZone),
                         QStringLiteral("timeZone"));
    return Status();
}

Status CalendarMapping::validate(const crm::CrmAppointment &appointment)
{
    if (appointment.id.isEmpty())
        return makeError(ErrorKind::Invalid, tr("The CRM returned an appointment without an id."),
                         QStringLiteral("Comm_CommunicationId"));
    if (appointment.deleted)
        return Status();
    if (!appointment.startUtc.isValid())
        return makeError(ErrorKind::Invalid,
                         tr("CRM appointment %1 has no valid start (Comm_DateTime).").arg(appointment.id),
                         QStringLiteral("Comm_DateTime"));
    if (!appointment.endUtc.isValid() || appointment.endUtc < appointment.startUtc)
        return makeError(ErrorKind::Invalid,
                         tr("CRM appointment %1 has no valid end after its start (Comm_ToDateTime).")
                             .arg(appointment.id),
                         QStringLiteral("Comm_ToDateTime"));
    return Status();
}

} // namespace cxsync::sync
