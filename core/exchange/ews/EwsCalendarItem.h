#pragma once

#include "Result.h"
#include "exchange/ExchangeTypes.h"
#include "exchange/ews/EwsXml.h"

#include <QDateTime>
#include <QTimeZone>
#include <QXmlStreamWriter>

namespace cxsync::exchange::ews {

// t:CalendarItem <-> ExchangeEvent (PROTOCOLS.md B1, B2). Element order follows types.xsd (ItemType's
// sequence, then CalendarItemType's): a wrong order is ErrorSchemaValidation at the server.
class EwsCalendarItem final {
public:
    // The extended property that carries the create's idempotency key (PROTOCOLS.md E8: EWS has no
    // transactionId): a named string property in the product's own property set.
    static constexpr const char *kPropertySetId = "5f1f3b2e-8a0c-4c55-9d3a-7c2b6a1e0c42";
    static constexpr const char *kTransactionProperty = "CxsyncTransactionId";

    // Every value read is checked: a missing ItemId, an unreadable date, an unknown time zone, an attendee
    // without address... is ErrorKind::Invalid naming the field and the item.
    static Result<ExchangeEvent> parse(const XmlNode &calendarItem);
    // A full t:CalendarItem for CreateItem (with the transaction id when not empty).
    static Status writeForCreate(QXmlStreamWriter &w, const ExchangeEvent &event,
                                 const QString &transactionId);
    // The t:Updates of an UpdateItem ItemChange: SetItemField per written field; attendees and the reminder
    // only when event.writeAttendees / writeReminder (an empty attendee list deletes the attendee fields).
    static Status writeUpdates(QXmlStreamWriter &w, const ExchangeEvent &event);
    // The ItemShape's t:AdditionalProperties that parse() reads (GetItem with BaseShape IdOnly).
    static void writeReadShape(QXmlStreamWriter &w);
    // t:ExtendedFieldURI of the transaction id property (for a FindItem restriction on it).
    static void writeTransactionPath(QXmlStreamWriter &w);

    // "W. Europe Standard Time" (or an IANA name, or empty / "UTC") -> QTimeZone; invalid when unknown.
    static QTimeZone zoneFor(const QString &windowsName);
    // xs:dateTime as EWS writes it ("2026-04-15T12:00:00Z", offsets, fractions; naive = UTC) -> UTC.
    static Result<QDateTime> parseDateTime(const QString &text, const QString &field, const QString &item);
    static QString formatUtc(const QDateTime &utc); // "2026-04-15T12:00:00Z"
    static Result<bool> parseBool(const QString &text, const QString &field, const QString &item);

    static QString responseFromEws(const QString &responseType); // Accept -> accepted ...
    static QString typeFromEws(const QString &calendarItemType); // RecurringMaster -> seriesMaster ...
};

} // namespace cxsync::exchange::ews
