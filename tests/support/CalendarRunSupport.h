#pragma once

// Shared by the calendar suites that drive the engine in process over several Exchange servers
// (tst_calendar_tenants, tst_calendar_hybrid): one run to its end, what it wrote, a CRM meeting and an Outlook
// item as a user makes them, and where an item landed across the servers' stores. Header-only.
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "config/Settings.h"
#include "sync/CalendarSync.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>

#include <utility>

namespace cxsync::testsupport {

// A time as the CRM's REST API writes it.
inline QString wire(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

inline QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}

// One calendar run with the profile's options, waited for (cancelled and reported as "timed out" after a
// minute).
inline sync::SyncReport runCalendarSync(Connections &connections, Journal &journal, Clock &clock,
                                        const Settings &settings)
{
    sync::CalendarSync engine(connections, journal, clock, sync::SyncRunOptions::fromSettings(settings));
    QSignalSpy finished(&engine, &sync::CalendarSync::finished);
    engine.start();
    if (!finished.wait(60000)) {
        engine.cancel();
        sync::SyncReport timedOut;
        timedOut.error = QStringLiteral("timed out");
        return timedOut;
    }
    return finished.first().first().value<sync::SyncReport>();
}

// Every write a run made, invitations and cancellations included.
inline int writesOf(const sync::SyncCounts &c)
{
    return c.exchangeCreates + c.exchangeUpdates + c.exchangeDeletes + c.crmCreates + c.crmUpdates + c.crmDeletes +
           c.invitations + c.cancellations;
}

inline QString failuresOf(const sync::SyncReport &r)
{
    return r.error + r.failures.join(QLatin1Char('\n'));
}

// A one-hour CRM meeting owned by `ownerCrmId` with the other CRM users taking part; its communication id.
inline QString createMeeting(sandbox::CrmSandbox &crm, const QString &subject, const QDateTime &start,
                             const QString &ownerCrmId, const QStringList &otherCrmIds = {})
{
    const QJsonObject fields{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                             {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                             {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                             {QStringLiteral("Comm_Subject"), subject},
                             {QStringLiteral("Comm_DateTime"), wire(start)},
                             {QStringLiteral("Comm_ToDateTime"), wire(start.addSecs(3600))},
                             {QStringLiteral("Comm_UserId"), ownerCrmId.toInt()}};
    return text(crm.createCommunication(fields, QStringList{ownerCrmId} + otherCrmIds), "Comm_CommunicationId");
}

// The Graph event body of a one-hour Outlook item (UTC, on the hour) inviting `attendees` (addresses).
inline QJsonObject outlookEventBody(const QString &subject, const QDateTime &start,
                                    const QStringList &attendees = {})
{
    const auto at = [](const QDateTime &t) {
        return QJsonObject{{QStringLiteral("dateTime"), t.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                           {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
    };
    QJsonArray invited;
    for (const QString &address : attendees)
        invited.append(QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), address}}},
                                   {QStringLiteral("type"), QStringLiteral("required")}});
    QJsonObject event{{QStringLiteral("subject"), subject},
                      {QStringLiteral("start"), at(start)},
                      {QStringLiteral("end"), at(start.addSecs(3600))}};
    if (!invited.isEmpty())
        event.insert(QStringLiteral("attendees"), invited);
    return event;
}

// Every item with this subject in every mailbox of the named stores, as "<store name>:<address>", sorted.
inline QStringList whereIs(const QList<std::pair<QString, sandbox::GraphSandbox *>> &stores, const QString &subject)
{
    QStringList out;
    for (const auto &[name, store] : stores) {
        for (const QJsonValue &user : store->users()) {
            const QString id = user.toObject().value(QStringLiteral("id")).toString();
            for (const QJsonValue &e : store->events(id)) {
                if (text(e.toObject(), "subject") == subject)
                    out.append(name + QLatin1Char(':') +
                               user.toObject().value(QStringLiteral("mail")).toString().toLower());
            }
        }
    }
    out.sort();
    return out;
}

} // namespace cxsync::testsupport
