#pragma once

#include "EwsXml.h"
#include "GraphEventJson.h"
#include "GraphStore.h"

#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace cxsync::sandbox {

class EwsWriter;

// The ids EWS clients see for the Graph sandbox's items. An ItemId is opaque base64 naming the mailbox and
// the item's immutable id (plus "_OCyyyyMMdd" for an occurrence), so it survives moves as Exchange's ids do;
// a ChangeKey is base64 of the store's changeKey.
struct EwsItemRef {
    QString userId;
    QString key; // immutable id [+ "_OCyyyyMMdd"]
};
namespace EwsIds {
QString itemId(const QString &userId, const QString &immutableKey);
std::optional<EwsItemRef> parseItemId(const QString &id);
QString changeKey(const QString &storeChangeKey);
// The store's changeKey; nullopt when `changeKey` is not a ChangeKey this server issued (bad base64, empty).
std::optional<QString> parseChangeKey(const QString &changeKey);
} // namespace EwsIds

// Which properties a response carries: the ItemShape's BaseShape (IdOnly | Default | AllProperties) plus its
// AdditionalProperties field URIs.
struct EwsShape {
    QSet<QString> fields;       // "item:Subject", "calendar:Start", ...
    QList<XmlElement> extended; // ExtendedFieldURIs asked for (AllProperties does not include them)
    bool all = false;
    bool bodyText = false; // BodyType Text asked for
    static EwsShape parse(const XmlElement &itemShape);
    static EwsShape idOnly() { return {}; }
    static EwsShape allProperties();
    bool wants(const char *fieldUri) const { return all || fields.contains(QLatin1String(fieldUri)); }
};

// GraphEvent <-> t:CalendarItem.
class EwsCalendarItem {
public:
    // The zone a request's naive times are read in (TimeZoneContext), empty = UTC.
    struct Context {
        QString timeZoneContext;
    };

    // Writes <t:CalendarItem> for `event` (a single, a series master, an occurrence or an exception; `master`
    // is its series master for occurrences and exceptions) in `userId`'s mailbox, with the fields of `shape`.
    static void write(EwsWriter &w, const QString &userId, const GraphEvent &event, const GraphEvent *master,
                      const GraphStore &store, const EwsShape &shape);
    static void writeItemId(EwsWriter &w, const QString &userId, const GraphEvent &event,
                            const GraphEvent *master);

    // A t:CalendarItem of CreateItem as Graph event input for GraphCalendar::create.
    static std::optional<QJsonObject> toGraphInput(const XmlElement &item, const Context &context,
                                                   EwsError *error);
    // One SetItemField / DeleteItemField of UpdateItem applied to `patch` (Graph PATCH input) for `current`
    // (the stored event or occurrence); `set` false = DeleteItemField.
    static std::optional<EwsError> applyChange(const XmlElement &change, bool set, const GraphEvent &current,
                                               const Context &context, QJsonObject *patch);

    // Extended (MAPI) properties written through EWS (t:ExtendedProperty), kept on the item's data under
    // "_ewsExtended" (GraphEventJson::render leaves them out; attendee copies do not inherit them).
    // Sets one t:ExtendedProperty element's value; removes one ExtendedFieldURI's.
    static std::optional<EwsError> setExtended(QJsonObject *data, const XmlElement &extendedProperty);
    static std::optional<EwsError> removeExtended(QJsonObject *data, const XmlElement &extendedFieldUri);
    // The stored {"value": ...} or {"values": [...]} for an ExtendedFieldURI; empty when the item has none.
    static QJsonObject extendedValue(const QJsonObject &data, const XmlElement &extendedFieldUri);

    // The Windows zone id ("W. Europe Standard Time") for a zone name as stored (Windows, IANA or UTC).
    static QString windowsZone(const QString &zoneName);
    static QString ewsDateTime(const QDateTime &utc); // "2026-01-05T09:00:00Z"
};

} // namespace cxsync::sandbox
