#pragma once

// Connector-neutral CRM records (Sage CRM today, Salesforce later). Times are UTC; ids are the CRM's own keys
// as text.
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxsync::crm {

struct CrmUser {
    QString id;
    QString logon;
    QString firstName;
    QString lastName;
    QString email;
    bool resource = false;
    bool disabled = false;
    bool deleted = false;
    QString exchangeServer; // legacy custom field User_ExchangeServer (empty when absent)
    QString exchangeUserId; // legacy custom field User_ExchangeUserId
};

// Only communications of type Appointment take part (seed guide chapter 1); tasks, to-dos, calls, e-mails and
// letters share the Communication table with another Comm_Type.
inline bool isAppointmentType(const QString &commType)
{
    return commType.trimmed().compare(QLatin1String("Appointment"), Qt::CaseInsensitive) == 0;
}

struct CrmAppointment {
    QString id; // empty before creation
    QString subject;
    QString details; // Comm_Note
    QString location;
    QDateTime startUtc;
    QDateTime endUtc;
    bool isPrivate = false;
    std::optional<int> notifyMinutes; // reminder, minutes before the start; nullopt: none
    QString status = QStringLiteral("Pending");
    QString type = QStringLiteral("Appointment");
    QString action = QStringLiteral("Meeting");
    QString ownerUserId;       // Comm_UserId
    QStringList linkedUserIds; // Comm_Link rows (CmLi_Comm_UserId)
    QString exchangeId;        // legacy custom field Comm_ExchangeId
    QString exchangeResponses; // legacy custom field Comm_ExchangeResponses
    QDateTime updatedUtc;      // Comm_UpdatedDate (read only)
    bool deleted = false;      // Comm_Deleted = 1 (read only)
};

// The fields of an appointment an update writes. A CRM update sends only the fields it names, so an edit made in
// the CRM meanwhile to any other field stays: Sage CRM has no version check on a PUT, and a whole record sent
// from an earlier read would quietly undo a user's change made between that read and the write.
enum class CrmField : quint32 {
    Subject = 1u << 0,
    Details = 1u << 1,
    Location = 1u << 2,
    Times = 1u << 3, // start and end (and the reminder time, which follows the start)
    Private = 1u << 4,
    Reminder = 1u << 5,
    Status = 1u << 6,
    Type = 1u << 7,
    Action = 1u << 8,
    Owner = 1u << 9,
    ExchangeId = 1u << 10,
    ExchangeResponses = 1u << 11,
};
Q_DECLARE_FLAGS(CrmFields, CrmField)
Q_DECLARE_OPERATORS_FOR_FLAGS(CrmFields)

// Every field: a whole-record write.
CrmFields allCrmFields();
// The fields in which `a` and `b` differ (ids, links and read-only stamps aside).
CrmFields differingFields(const CrmAppointment &a, const CrmAppointment &b);
// `base` with the `fields` of `from` (an update's intent laid over a record, or the reverse).
CrmAppointment withFieldsOf(CrmAppointment base, const CrmAppointment &from, CrmFields fields);
// Stable names for the journal ("subject", "times", ...), and back; an unknown name is an error naming it.
QStringList crmFieldNames(CrmFields fields);
std::optional<CrmFields> crmFieldsFromNames(const QStringList &names, QString *unknown = nullptr);

// Position in the CRM change feed: the last change seen, ordered by (updated, id). A null updatedUtc means
// "from the beginning". Stamps have whole seconds, and within one second the server orders by its hidden
// milliseconds, not by id (an older record updated later in the same second comes after a newer one), and one
// record can even change twice in one second. So the watermark also keeps every (id, content fingerprint)
// already delivered with that stamp: a row with that stamp is new unless both match. Persist it with the
// rest. Without them (seenAtUpdated empty, e.g. an old (date, id) watermark) ties fall back to "id <= id is
// seen".
struct CrmWatermark {
    QDateTime updatedUtc;
    qint64 id = 0;                               // the largest id delivered with updatedUtc
    QList<QPair<qint64, QString>> seenAtUpdated; // (id, fingerprint) delivered with updatedUtc

    bool isNull() const { return !updatedUtc.isValid(); }
    // Whether a row stamped (updated, id) with this content was already delivered up to this watermark.
    bool covers(const QDateTime &updated, qint64 rowId, const QString &fingerprint = {}) const
    {
        if (isNull() || updated > updatedUtc)
            return false;
        if (updated < updatedUtc)
            return true;
        if (seenAtUpdated.isEmpty())
            return rowId <= id;
        for (const auto &seen : seenAtUpdated) {
            if (seen.first == rowId) // an empty fingerprint: seen, whatever the content
                return seen.second.isEmpty() || seen.second == fingerprint;
        }
        return false;
    }
    // Moves past a row delivered in feed order.
    void advance(const QDateTime &updated, qint64 rowId, const QString &fingerprint = {})
    {
        if (isNull() || updated > updatedUtc) {
            updatedUtc = updated;
            id = rowId;
            seenAtUpdated = {qMakePair(rowId, fingerprint)};
        } else if (updated == updatedUtc) {
            id = qMax(id, rowId);
            for (auto &seen : seenAtUpdated) {
                if (seen.first == rowId) {
                    seen.second = fingerprint;
                    return;
                }
            }
            seenAtUpdated.append(qMakePair(rowId, fingerprint));
        }
    }
    bool operator==(const CrmWatermark &other) const
    {
        return updatedUtc == other.updatedUtc && id == other.id && seenAtUpdated == other.seenAtUpdated;
    }
    bool operator!=(const CrmWatermark &other) const { return !(*this == other); }
};

struct CrmChanges {
    QList<CrmAppointment> appointments; // in (updated, id) order; soft deletes have deleted == true
    CrmWatermark watermark;             // pass to the next changesSince(); unchanged when nothing changed
};

struct CrmCustomFieldCheck {
    QStringList
        missing; // of User_ExchangeServer, User_ExchangeUserId, Comm_ExchangeResponses, Comm_ExchangeId
    // Fields whose presence could not be established: the CRM's metadata was absent or unreadable and no
    // record showed them (e.g. no communication exists yet). Not an error: the first write that needs such a
    // field fails naming it, if it is really absent.
    QStringList unknown;
    QStringList notes; // how each entity was checked when not through its $prototypes entry, for the admin
    bool complete() const { return missing.isEmpty(); }
    bool certain() const { return unknown.isEmpty(); }
};

// What the CRM's REST API accepts, probed once per connector (Test Connection names it).
struct CrmApiLevel {
    QString id;          // stable: "2024r2" (orderBy, compound where) or "legacy" (one condition per where)
    QString description; // for the admin
};

} // namespace cxsync::crm
