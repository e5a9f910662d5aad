#include "EwsCalendarItem.h"

#include "EwsXml.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

constexpr char kIdPrefix[] = "CXEWS1";

QString b64(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64());
}

std::optional<QByteArray> unb64(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

bool xsdBool(const QString &text)
{
    const QString t = text.trimmed();
    return t == "true"_L1 || t == "1"_L1;
}

QString boolText(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

QString capitalized(const QString &graphValue)
{
    return graphValue.isEmpty() ? graphValue : graphValue.left(1).toUpper() + graphValue.mid(1);
}

QString freeBusy(const QString &showAs)
{
    if (showAs == "oof"_L1)
        return u"OOF"_s;
    if (showAs == "workingElsewhere"_L1)
        return u"WorkingElsewhere"_s;
    if (showAs == "unknown"_L1)
        return u"NoData"_s;
    return capitalized(showAs.isEmpty() ? u"busy"_s : showAs);
}

QString showAsOf(const QString &legacyFreeBusy)
{
    if (legacyFreeBusy == "OOF"_L1)
        return u"oof"_s;
    if (legacyFreeBusy == "WorkingElsewhere"_L1)
        return u"workingElsewhere"_s;
    if (legacyFreeBusy == "NoData"_L1)
        return u"unknown"_s;
    return legacyFreeBusy.toLower();
}

QString responseType(const QString &graphResponse)
{
    if (graphResponse == "organizer"_L1)
        return u"Organizer"_s;
    if (graphResponse == "accepted"_L1)
        return u"Accept"_s;
    if (graphResponse == "declined"_L1)
        return u"Decline"_s;
    if (graphResponse == "tentativelyAccepted"_L1)
        return u"Tentative"_s;
    if (graphResponse == "none"_L1 || graphResponse == "notResponded"_L1)
        return u"NoResponseReceived"_s;
    return u"Unknown"_s;
}

QString calendarItemType(const QString &graphType)
{
    if (graphType == "occurrence"_L1)
        return u"Occurrence"_s;
    if (graphType == "exception"_L1)
        return u"Exception"_s;
    if (graphType == "seriesMaster"_L1)
        return u"RecurringMaster"_s;
    return u"Single"_s;
}

QString zoneLabel(const GraphEvent &event, const char *which)
{
    const QString original =
        event.data
            .value(QLatin1String(which) == "start"_L1 ? "originalStartTimeZone"_L1 : "originalEndTimeZone"_L1)
            .toString();
    if (!original.isEmpty())
        return original;
    return event.data.value(QLatin1String(which)).toObject().value("timeZone"_L1).toString(u"UTC"_s);
}

void writeMailbox(EwsWriter &w, const QJsonObject &email)
{
    w.startT("Mailbox");
    w.textT("Name", email.value("name"_L1).toString());
    const QString address = email.value("address"_L1).toString();
    if (!address.isEmpty()) {
        w.textT("EmailAddress", address);
        w.textT("RoutingType", u"SMTP"_s);
        w.textT("MailboxType", u"Mailbox"_s);
    }
    w.end();
}

void writeAttendees(EwsWriter &w, const char *element, const QJsonArray &attendees, const QString &type)
{
    QList<QJsonObject> mine;
    for (const QJsonValue &a : attendees) {
        if (a.toObject().value("type"_L1).toString(u"required"_s) == type)
            mine.append(a.toObject());
    }
    if (mine.isEmpty())
        return; // NonEmptyArrayOfAttendeesType
    w.startT(element);
    for (const QJsonObject &a : mine) {
        w.startT("Attendee");
        writeMailbox(w, a.value("emailAddress"_L1).toObject());
        const QJsonObject status = a.value("status"_L1).toObject();
        w.textT("ResponseType", responseType(status.value("response"_L1).toString(u"none"_s)));
        const QDateTime time =
            QDateTime::fromString(status.value("time"_L1).toString(), Qt::ISODateWithMs).toUTC();
        if (time.isValid() && time.date().year() > 1)
            w.textT("LastResponseTime", EwsCalendarItem::ewsDateTime(time));
        w.end();
    }
    w.end();
}

void writeRecurrence(EwsWriter &w, const QJsonObject &recurrence, const QDateTime &startUtc,
                     const QTimeZone &zone)
{
    const QJsonObject pattern = recurrence.value("pattern"_L1).toObject();
    const QJsonObject range = recurrence.value("range"_L1).toObject();
    w.startT("Recurrence");
    const bool weekly = pattern.value("type"_L1).toString() == "weekly"_L1;
    w.startT(weekly ? "WeeklyRecurrence" : "DailyRecurrence");
    w.textT("Interval", QString::number(qMax(1, pattern.value("interval"_L1).toInt(1))));
    if (weekly) {
        QStringList days;
        for (const QJsonValue &d : pattern.value("daysOfWeek"_L1).toArray())
            days.append(capitalized(d.toString()));
        w.textT("DaysOfWeek", days.join(u' '));
        if (pattern.contains("firstDayOfWeek"_L1))
            w.textT("FirstDayOfWeek", capitalized(pattern.value("firstDayOfWeek"_L1).toString()));
    }
    w.end();
    QString startDate = range.value("startDate"_L1).toString();
    if (!QDate::fromString(startDate, Qt::ISODate).isValid())
        startDate = startUtc.toTimeZone(zone).date().toString(Qt::ISODate);
    const QString type = range.value("type"_L1).toString();
    if (type == "endDate"_L1) {
        w.startT("EndDateRecurrence");
        w.textT("StartDate", startDate);
        w.textT("EndDate", range.value("endDate"_L1).toString());
    } else if (type == "numbered"_L1) {
        w.startT("NumberedRecurrence");
        w.textT("StartDate", startDate);
        w.textT("NumberOfOccurrences", QString::number(range.value("numberOfOccurrences"_L1).toInt()));
    } else {
        w.startT("NoEndRecurrence");
        w.textT("StartDate", startDate);
    }
    w.end();
    w.end();
}

EwsError invalidValue(const QString &message)
{
    return {u"ErrorInvalidValueForProperty"_s, message};
}

// Start/End of a t:CalendarItem: literal when the value carries Z or an offset, else in `naiveZone`.
std::optional<QDateTime> parseTime(const QString &text, const QString &naiveZone, EwsError *error)
{
    std::optional<QTimeZone> zone = QTimeZone::utc();
    if (!naiveZone.isEmpty()) {
        zone = GraphEventJson::zone(naiveZone);
        if (!zone) {
            *error = {u"ErrorTimeZone"_s, u"The time zone '%1' is not known."_s.arg(naiveZone)};
            return std::nullopt;
        }
    }
    const QDateTime parsed = GraphEventJson::parseDateTime(text.trimmed(), *zone);
    if (!parsed.isValid()) {
        *error = invalidValue(u"'%1' is not a valid date and time."_s.arg(text));
        return std::nullopt;
    }
    return parsed.toUTC();
}

std::optional<QJsonArray> attendeesOf(const XmlElement &list, const QString &type, EwsError *error)
{
    QJsonArray out;
    for (const XmlElement *attendee : list.childrenNamed("Attendee")) {
        const XmlElement &mailbox = attendee->child("Mailbox");
        const QString address = mailbox.childText("EmailAddress").trimmed();
        if (address.isEmpty()) {
            *error = {u"ErrorInvalidRecipients"_s,
                      u"An attendee (line %1) has no EmailAddress; the sandbox does not resolve names in "
                      "attendee lists."_s.arg(attendee->line)};
            return std::nullopt;
        }
        out.append(
            QJsonObject{{"emailAddress"_L1, QJsonObject{{"name"_L1, mailbox.childText("Name", address)},
                                                        {"address"_L1, address}}},
                        {"type"_L1, type}});
    }
    return out;
}

std::optional<QJsonObject> recurrenceOf(const XmlElement &recurrence, const QString &zoneName,
                                        EwsError *error)
{
    QJsonObject pattern, range;
    if (const XmlElement &daily = recurrence.child("DailyRecurrence"); !daily.isNull()) {
        pattern = {{"type"_L1, "daily"_L1}, {"interval"_L1, daily.childText("Interval").toInt()}};
    } else if (const XmlElement &weekly = recurrence.child("WeeklyRecurrence"); !weekly.isNull()) {
        QJsonArray days;
        for (const QString &d : weekly.childText("DaysOfWeek").split(u' ', Qt::SkipEmptyParts)) {
            static const QStringList plain{u"Sunday"_s,   u"Monday"_s, u"Tuesday"_s, u"Wednesday"_s,
                                           u"Thursday"_s, u"Friday"_s, u"Saturday"_s};
            if (!plain.contains(d)) {
                *error = {u"ErrorCalendarInvalidDayForWeeklyRecurrence"_s,
                          u"'%1' is not a day of the week the sandbox repeats on."_s.arg(d)};
                return std::nullopt;
            }
            days.append(d.toLower());
        }
        pattern = {{"type"_L1, "weekly"_L1},
                   {"interval"_L1, weekly.childText("Interval").toInt()},
                   {"daysOfWeek"_L1, days},
                   {"firstDayOfWeek"_L1, weekly.childText("FirstDayOfWeek", u"Sunday"_s).toLower()}};
    } else {
        const QString name = recurrence.children.isEmpty() ? QString() : recurrence.children.first().name;
        *error = {u"ErrorCalendarInvalidRecurrence"_s,
                  u"The sandbox repeats daily or weekly only, not '%1'."_s.arg(name)};
        return std::nullopt;
    }
    if (pattern.value("interval"_L1).toInt() < 1 || pattern.value("interval"_L1).toInt() > 999) {
        *error = {u"ErrorCalendarInvalidRecurrence"_s, u"The recurrence interval must be 1 to 999."_s};
        return std::nullopt;
    }
    const auto date = [](const XmlElement &e, const char *name) {
        // xs:date may carry a zone ("2026-01-05Z", "2026-01-05-08:00"): the date part counts
        return QDate::fromString(e.childText(name).left(10), Qt::ISODate);
    };
    if (const XmlElement &r = recurrence.child("NoEndRecurrence"); !r.isNull()) {
        range = {{"type"_L1, "noEnd"_L1}, {"startDate"_L1, date(r, "StartDate").toString(Qt::ISODate)}};
    } else if (const XmlElement &r = recurrence.child("EndDateRecurrence"); !r.isNull()) {
        const QDate start = date(r, "StartDate"), end = date(r, "EndDate");
        if (end < start) {
            *error = {u"ErrorCalendarInvalidRecurrence"_s, u"The recurrence ends before it starts."_s};
            return std::nullopt;
        }
        range = {{"type"_L1, "endDate"_L1},
                 {"startDate"_L1, start.toString(Qt::ISODate)},
                 {"endDate"_L1, end.toString(Qt::ISODate)}};
    } else if (const XmlElement &r = recurrence.child("NumberedRecurrence"); !r.isNull()) {
        const int count = r.childText("NumberOfOccurrences").toInt();
        if (count < 1 || count > 999) {
            *error = {u"ErrorCalendarInvalidRecurrence"_s, u"NumberOfOccurrences must be 1 to 999."_s};
            return std::nullopt;
        }
        range = {{"type"_L1, "numbered"_L1},
                 {"startDate"_L1, date(r, "StartDate").toString(Qt::ISODate)},
                 {"numberOfOccurrences"_L1, count}};
    } else {
        *error = {u"ErrorCalendarInvalidRecurrence"_s, u"The recurrence range is not supported."_s};
        return std::nullopt;
    }
    range.insert("recurrenceTimeZone"_L1, zoneName.isEmpty() ? u"UTC"_s : zoneName);
    return QJsonObject{{"pattern"_L1, pattern}, {"range"_L1, range}};
}

// The identity of an extended property: its property set (GUID or distinguished set) and name, id or tag;
// the type is not part of it. Empty (and `error` set) when the ExtendedFieldURI names none.
QString extendedKey(const XmlElement &uri, EwsError *error)
{
    QString set = uri.attribute("PropertySetId").toLower().remove(u'{').remove(u'}');
    if (set.isEmpty() && uri.hasAttribute("DistinguishedPropertySetId"))
        set = u"ps:"_s + uri.attribute("DistinguishedPropertySetId");
    QString id;
    if (uri.hasAttribute("PropertyName"))
        id = u"name:"_s + uri.attribute("PropertyName");
    else if (uri.hasAttribute("PropertyId"))
        id = u"id:"_s + uri.attribute("PropertyId");
    else if (uri.hasAttribute("PropertyTag")) {
        const QString tag = uri.attribute("PropertyTag").trimmed();
        bool ok = false;
        const uint value =
            tag.startsWith("0x"_L1, Qt::CaseInsensitive) ? tag.mid(2).toUInt(&ok, 16) : tag.toUInt(&ok);
        if (!ok) {
            *error = {u"ErrorInvalidExtendedProperty"_s, u"PropertyTag '%1' is not a number."_s.arg(tag)};
            return {};
        }
        id = u"tag:"_s + QString::number(value, 16);
    }
    const bool tagged = id.startsWith("tag:"_L1);
    if (id.isEmpty() || (set.isEmpty() && !tagged) || (!set.isEmpty() && tagged)) {
        *error = {
            u"ErrorInvalidExtendedProperty"_s,
            u"An ExtendedFieldURI names a property set with a PropertyName or PropertyId, or a PropertyTag "
            "alone."_s};
        return {};
    }
    return set + u'|' + id;
}

// The zone a CalendarItem's naive Start is read in and that the event is labelled with.
QString startZoneOf(const XmlElement &item, const EwsCalendarItem::Context &context, const QString &fallback)
{
    if (const QString id = item.child("StartTimeZone").attribute("Id"); !id.isEmpty())
        return id;
    if (const QString name = item.child("MeetingTimeZone").attribute("TimeZoneName"); !name.isEmpty())
        return name;
    if (!context.timeZoneContext.isEmpty())
        return context.timeZoneContext;
    return fallback;
}

} // namespace

// ---- ids
// ----------------------------------------------------------------------------------------------------

QString EwsIds::itemId(const QString &userId, const QString &immutableKey)
{
    return b64(QByteArray(kIdPrefix) + '\0' + userId.toUtf8() + '\0' + immutableKey.toUtf8());
}

std::optional<EwsItemRef> EwsIds::parseItemId(const QString &id)
{
    const auto raw = unb64(id);
    if (!raw)
        return std::nullopt;
    const QList<QByteArray> parts = raw->split('\0');
    if (parts.size() != 3 || parts[0] != kIdPrefix || parts[1].isEmpty() || parts[2].isEmpty())
        return std::nullopt;
    return EwsItemRef{QString::fromUtf8(parts[1]), QString::fromUtf8(parts[2])};
}

QString EwsIds::changeKey(const QString &storeChangeKey)
{
    return b64(storeChangeKey.toUtf8());
}

std::optional<QString> EwsIds::parseChangeKey(const QString &changeKey)
{
    const auto raw = unb64(changeKey.trimmed());
    if (!raw)
        return std::nullopt;
    return QString::fromUtf8(*raw);
}

// ---- shapes
// -------------------------------------------------------------------------------------------------

EwsShape EwsShape::allProperties()
{
    EwsShape s;
    s.all = true;
    return s;
}

EwsShape EwsShape::parse(const XmlElement &itemShape)
{
    EwsShape s;
    const QString base = itemShape.childText("BaseShape");
    if (base == "AllProperties"_L1) {
        s.all = true;
    } else if (base == "Default"_L1) {
        // Exchange's default calendar item shape
        s.fields = {u"item:Subject"_s,
                    u"item:HasAttachments"_s,
                    u"calendar:Start"_s,
                    u"calendar:End"_s,
                    u"calendar:LegacyFreeBusyStatus"_s,
                    u"calendar:Location"_s,
                    u"calendar:CalendarItemType"_s,
                    u"calendar:Organizer"_s,
                    u"calendar:RequiredAttendees"_s,
                    u"calendar:OptionalAttendees"_s,
                    u"calendar:Resources"_s};
    }
    for (const XmlElement &f : itemShape.child("AdditionalProperties").children) {
        if (f.is("FieldURI"))
            s.fields.insert(f.attribute("FieldURI"));
        else if (f.is("ExtendedFieldURI"))
            s.extended.append(f);
    }
    s.bodyText = itemShape.childText("BodyType") == "Text"_L1;
    return s;
}

// ---- output
// -------------------------------------------------------------------------------------------------

QString EwsCalendarItem::ewsDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString EwsCalendarItem::windowsZone(const QString &zoneName)
{
    if (zoneName.isEmpty() || zoneName.compare("UTC"_L1, Qt::CaseInsensitive) == 0 ||
        zoneName == "Etc/UTC"_L1)
        return u"UTC"_s;
    if (zoneName.contains(u'/')) {
        const QByteArray windows = QTimeZone::ianaIdToWindowsId(zoneName.toUtf8());
        if (!windows.isEmpty())
            return QString::fromUtf8(windows);
    }
    return zoneName;
}

void EwsCalendarItem::writeItemId(EwsWriter &w, const QString &userId, const GraphEvent &event,
                                  const GraphEvent *master)
{
    QString key = event.immutableId;
    if (master && event.id != master->id)
        key = master->immutableId + event.id.mid(master->id.size()); // + "_OCyyyyMMdd"
    w.startT("ItemId");
    w.attribute("Id", EwsIds::itemId(userId, key));
    w.attribute("ChangeKey", EwsIds::changeKey(master ? master->changeKey : event.changeKey));
    w.end();
}

void EwsCalendarItem::write(EwsWriter &w, const QString &userId, const GraphEvent &event,
                            const GraphEvent *master, const GraphStore &store, const EwsShape &shape)
{
    const QJsonObject &d = event.data;
    const GraphEvent &stored = master ? *master : event; // what the mailbox holds
    const QString type = d.value("type"_L1).toString();
    const bool instance = type == "occurrence"_L1 || type == "exception"_L1;
    w.startT("CalendarItem");
    writeItemId(w, userId, event, master);
    if (shape.all) {
        w.startT("ParentFolderId");
        w.attribute("Id", EwsIds::itemId(userId, u"calendar"_s));
        w.end();
        w.textT("ItemClass", u"IPM.Appointment"_s);
    }
    if (shape.wants("item:Subject"))
        w.textT("Subject", d.value("subject"_L1).toString());
    if (shape.wants("item:Sensitivity"))
        w.textT("Sensitivity", capitalized(d.value("sensitivity"_L1).toString(u"normal"_s)));
    if (shape.wants("item:Body")) {
        const QJsonObject body = d.value("body"_L1).toObject();
        const bool html = body.value("contentType"_L1).toString() == "html"_L1 && !shape.bodyText;
        QString content = body.value("content"_L1).toString();
        if (!html && body.value("contentType"_L1).toString() == "html"_L1)
            content = d.value("bodyPreview"_L1).toString();
        w.startT("Body");
        w.attribute("BodyType", html ? u"HTML"_s : u"Text"_s);
        w.xml().writeCharacters(content);
        w.end();
    }
    if (shape.wants("item:Categories")) {
        const QJsonArray categories = d.value("categories"_L1).toArray();
        w.startT("Categories");
        for (const QJsonValue &c : categories)
            w.textT("String", c.toString());
        w.end();
    }
    if (shape.wants("item:Importance"))
        w.textT("Importance", capitalized(d.value("importance"_L1).toString(u"normal"_s)));
    if (shape.wants("item:DateTimeCreated"))
        w.textT("DateTimeCreated", ewsDateTime(stored.created));
    if (shape.wants("item:ReminderIsSet"))
        w.textT("ReminderIsSet", boolText(d.value("isReminderOn"_L1).toBool()));
    if (shape.wants("item:ReminderMinutesBeforeStart"))
        w.textT("ReminderMinutesBeforeStart",
                QString::number(d.value("reminderMinutesBeforeStart"_L1).toInt()));
    if (shape.wants("item:HasAttachments"))
        w.textT("HasAttachments", boolText(false));
    for (const XmlElement &uri : shape.extended) {
        const QJsonObject stored = extendedValue(d, uri);
        if (stored.isEmpty())
            continue; // Exchange leaves out what the item does not have
        w.startT("ExtendedProperty");
        w.startT("ExtendedFieldURI");
        for (const auto &[name, value] : uri.attributes)
            w.attribute(name.toLatin1().constData(), value);
        w.end();
        if (stored.contains("values"_L1)) {
            w.startT("Values");
            for (const QJsonValue &v : stored.value("values"_L1).toArray())
                w.textT("Value", v.toString());
            w.end();
        } else {
            w.textT("Value", stored.value("value"_L1).toString());
        }
        w.end();
    }
    if (shape.wants("item:LastModifiedTime"))
        w.textT("LastModifiedTime", ewsDateTime(stored.lastModified));
    if (shape.wants("calendar:UID"))
        w.textT("UID", stored.iCalUId());
    const QDateTime originalStart = [&] {
        if (!instance)
            return QDateTime();
        // the occurrence's original start: its date (from the id) at the series' wall time
        const QDate day = QDate::fromString(event.id.right(8), u"yyyyMMdd"_s);
        const QTimeZone tz = GraphEventJson::zone(zoneLabel(stored, "start")).value_or(QTimeZone::utc());
        return QDateTime(day, stored.startUtc.toTimeZone(tz).time(), tz).toUTC();
    }();
    if (instance && shape.wants("calendar:RecurrenceId"))
        w.textT("RecurrenceId", ewsDateTime(originalStart));
    if (shape.wants("calendar:Start"))
        w.textT("Start", ewsDateTime(event.startUtc));
    if (shape.wants("calendar:End"))
        w.textT("End", ewsDateTime(event.endUtc));
    if (instance && shape.wants("calendar:OriginalStart"))
        w.textT("OriginalStart", ewsDateTime(originalStart));
    if (shape.wants("calendar:IsAllDayEvent"))
        w.textT("IsAllDayEvent", boolText(d.value("isAllDay"_L1).toBool()));
    if (shape.wants("calendar:LegacyFreeBusyStatus"))
        w.textT("LegacyFreeBusyStatus", freeBusy(d.value("showAs"_L1).toString()));
    if (shape.wants("calendar:Location"))
        w.textT("Location", d.value("location"_L1).toObject().value("displayName"_L1).toString());
    const QJsonArray attendees = d.value("attendees"_L1).toArray();
    if (shape.wants("calendar:IsMeeting"))
        w.textT("IsMeeting", boolText(!attendees.isEmpty()));
    if (shape.wants("calendar:IsCancelled"))
        w.textT("IsCancelled", boolText(d.value("isCancelled"_L1).toBool()));
    if (shape.wants("calendar:IsRecurring"))
        w.textT("IsRecurring", boolText(instance));
    if (shape.wants("calendar:IsResponseRequested"))
        w.textT("IsResponseRequested", boolText(d.value("responseRequested"_L1).toBool(true)));
    if (shape.wants("calendar:CalendarItemType"))
        w.textT("CalendarItemType", calendarItemType(type));
    if (shape.wants("calendar:MyResponseType"))
        w.textT("MyResponseType",
                responseType(d.value("responseStatus"_L1).toObject().value("response"_L1).toString()));
    if (shape.wants("calendar:Organizer")) {
        QJsonObject organizer = d.value("organizer"_L1).toObject().value("emailAddress"_L1).toObject();
        if (organizer.isEmpty()) {
            if (const GraphUser *u = store.user(userId))
                organizer = {{"name"_L1, u->displayName}, {"address"_L1, u->mail}};
        }
        w.startT("Organizer");
        writeMailbox(w, organizer);
        w.end();
    }
    if (shape.wants("calendar:RequiredAttendees"))
        writeAttendees(w, "RequiredAttendees", attendees, u"required"_s);
    if (shape.wants("calendar:OptionalAttendees"))
        writeAttendees(w, "OptionalAttendees", attendees, u"optional"_s);
    if (shape.wants("calendar:Resources"))
        writeAttendees(w, "Resources", attendees, u"resource"_s);
    const QString startZone = zoneLabel(stored, "start"), endZone = zoneLabel(stored, "end");
    if (type == "seriesMaster"_L1 && shape.wants("calendar:Recurrence") &&
        d.value("recurrence"_L1).isObject())
        writeRecurrence(w, d.value("recurrence"_L1).toObject(), event.startUtc,
                        GraphEventJson::zone(startZone).value_or(QTimeZone::utc()));
    if (shape.wants("calendar:StartTimeZone")) {
        w.startT("StartTimeZone");
        w.attribute("Id", windowsZone(startZone));
        w.end();
    }
    if (shape.wants("calendar:EndTimeZone")) {
        w.startT("EndTimeZone");
        w.attribute("Id", windowsZone(endZone));
        w.end();
    }
    if (shape.wants("calendar:IsOrganizer"))
        w.textT("IsOrganizer", boolText(d.value("isOrganizer"_L1).toBool()));
    w.end(); // CalendarItem
}

// ---- input
// --------------------------------------------------------------------------------------------------

std::optional<EwsError> EwsCalendarItem::setExtended(QJsonObject *data, const XmlElement &property)
{
    EwsError error;
    const QString key = extendedKey(property.child("ExtendedFieldURI"), &error);
    if (key.isEmpty())
        return error;
    QJsonObject stored;
    if (property.hasChild("Values")) {
        QJsonArray values;
        for (const XmlElement *v : property.child("Values").childrenNamed("Value"))
            values.append(v->text);
        stored.insert("values"_L1, values);
    } else {
        stored.insert("value"_L1, property.childText("Value"));
    }
    QJsonObject all = data->value("_ewsExtended"_L1).toObject();
    all.insert(key, stored);
    data->insert("_ewsExtended"_L1, all);
    return std::nullopt;
}

QJsonObject EwsCalendarItem::extendedValue(const QJsonObject &data, const XmlElement &uri)
{
    EwsError ignored;
    const QString key = extendedKey(uri, &ignored);
    return key.isEmpty() ? QJsonObject() : data.value("_ewsExtended"_L1).toObject().value(key).toObject();
}

std::optional<EwsError> EwsCalendarItem::removeExtended(QJsonObject *data, const XmlElement &uri)
{
    EwsError error;
    const QString key = extendedKey(uri, &error);
    if (key.isEmpty())
        return error;
    QJsonObject all = data->value("_ewsExtended"_L1).toObject();
    all.remove(key);
    if (all.isEmpty())
        data->remove("_ewsExtended"_L1);
    else
        data->insert("_ewsExtended"_L1, all);
    return std::nullopt;
}

std::optional<QJsonObject> EwsCalendarItem::toGraphInput(const XmlElement &item, const Context &context,
                                                         EwsError *error)
{
    QJsonObject in;
    const QString startZone = startZoneOf(item, context, u"UTC"_s);
    QString endZone = item.child("EndTimeZone").attribute("Id");
    if (endZone.isEmpty())
        endZone = startZone;
    if (!item.hasChild("Start") || !item.hasChild("End")) {
        *error = {u"ErrorInvalidRequest"_s, u"A calendar item needs a Start and an End."_s};
        return std::nullopt;
    }
    for (const QString &zone : {startZone, endZone}) {
        if (!GraphEventJson::zone(zone)) {
            *error = {u"ErrorTimeZone"_s, u"The time zone '%1' is not known."_s.arg(zone)};
            return std::nullopt;
        }
    }
    for (const XmlElement &c : item.children) {
        const QString &n = c.name;
        if (n == "Subject"_L1) {
            in.insert("subject"_L1, c.text);
        } else if (n == "Body"_L1) {
            in.insert("body"_L1, QJsonObject{{"contentType"_L1,
                                              c.attribute("BodyType") == "HTML"_L1 ? "html"_L1 : "text"_L1},
                                             {"content"_L1, c.text}});
        } else if (n == "Sensitivity"_L1 || n == "Importance"_L1) {
            in.insert(n.toLower(), c.text.toLower());
        } else if (n == "Categories"_L1) {
            QJsonArray categories;
            for (const XmlElement *s : c.childrenNamed("String"))
                categories.append(s->text);
            in.insert("categories"_L1, categories);
        } else if (n == "ReminderIsSet"_L1) {
            in.insert("isReminderOn"_L1, xsdBool(c.text));
        } else if (n == "ReminderMinutesBeforeStart"_L1) {
            in.insert("reminderMinutesBeforeStart"_L1, c.text.toInt());
        } else if (n == "Start"_L1 || n == "End"_L1) {
            const bool start = n == "Start"_L1;
            const auto utc = parseTime(c.text, start ? startZone : endZone, error);
            if (!utc)
                return std::nullopt;
            in.insert(start ? "start"_L1 : "end"_L1,
                      GraphEventJson::dateTimeTimeZone(*utc, start ? startZone : endZone));
        } else if (n == "IsAllDayEvent"_L1) {
            in.insert("isAllDay"_L1, xsdBool(c.text));
        } else if (n == "LegacyFreeBusyStatus"_L1) {
            in.insert("showAs"_L1, showAsOf(c.text));
        } else if (n == "Location"_L1) {
            in.insert("location"_L1, QJsonObject{{"displayName"_L1, c.text}});
        } else if (n == "IsResponseRequested"_L1) {
            in.insert("responseRequested"_L1, xsdBool(c.text));
        } else if (n == "RequiredAttendees"_L1 || n == "OptionalAttendees"_L1 || n == "Resources"_L1) {
            const QString type = n == "RequiredAttendees"_L1   ? u"required"_s
                                 : n == "OptionalAttendees"_L1 ? u"optional"_s
                                                               : u"resource"_s;
            const auto list = attendeesOf(c, type, error);
            if (!list)
                return std::nullopt;
            QJsonArray all = in.value("attendees"_L1).toArray();
            for (const QJsonValue &a : *list)
                all.append(a);
            in.insert("attendees"_L1, all);
        } else if (n == "Recurrence"_L1) {
            const auto recurrence = recurrenceOf(c, startZone, error);
            if (!recurrence)
                return std::nullopt;
            in.insert("recurrence"_L1, *recurrence);
        }
        // Other properties (ReminderDueBy, UID, MeetingTimeZone, ...) are accepted and not stored.
    }
    return in;
}

std::optional<EwsError> EwsCalendarItem::applyChange(const XmlElement &change, bool set,
                                                     const GraphEvent &current, const Context &context,
                                                     QJsonObject *patch)
{
    const XmlElement &path = change.child("FieldURI");
    if (path.isNull()) {
        const QString kind = change.children.isEmpty() ? QString() : change.children.first().name;
        return EwsError{u"ErrorInvalidPropertySet"_s,
                        u"The sandbox updates FieldURI properties only, not %1."_s.arg(kind)};
    }
    const QString uri = path.attribute("FieldURI");
    const XmlElement &item =
        change.child("CalendarItem").isNull() ? change.child("Item") : change.child("CalendarItem");
    if (set && item.isNull())
        return EwsError{u"ErrorInvalidPropertySet"_s, u"SetItemField for %1 carries no item."_s.arg(uri)};
    const QJsonArray currentAttendees = patch->contains("attendees"_L1)
                                            ? patch->value("attendees"_L1).toArray()
                                            : current.data.value("attendees"_L1).toArray();
    const auto replaceAttendees = [&](const QString &type, const QJsonArray &with) {
        QJsonArray out;
        for (const QJsonValue &a : currentAttendees) {
            if (a.toObject().value("type"_L1).toString(u"required"_s) != type)
                out.append(a);
        }
        for (const QJsonValue &a : with)
            out.append(a);
        patch->insert("attendees"_L1, out);
    };
    static const QHash<QString, QString> attendeeTypes{{u"calendar:RequiredAttendees"_s, u"required"_s},
                                                       {u"calendar:OptionalAttendees"_s, u"optional"_s},
                                                       {u"calendar:Resources"_s, u"resource"_s}};
    if (!set) {
        if (uri == "item:Body"_L1)
            patch->insert("body"_L1, QJsonObject{{"contentType"_L1, "text"_L1}, {"content"_L1, ""_L1}});
        else if (uri == "item:Categories"_L1)
            patch->insert("categories"_L1, QJsonArray());
        else if (uri == "calendar:Location"_L1)
            patch->insert("location"_L1, QJsonObject{{"displayName"_L1, ""_L1}});
        else if (attendeeTypes.contains(uri))
            replaceAttendees(attendeeTypes.value(uri), {});
        else if (uri == "calendar:Recurrence"_L1 && current.type() == "seriesMaster"_L1)
            patch->insert("recurrence"_L1, QJsonValue::Null);
        else
            return EwsError{u"ErrorInvalidPropertyDelete"_s,
                            u"The property %1 cannot be deleted."_s.arg(uri)};
        return std::nullopt;
    }
    const auto needs = [&](const char *element) -> std::optional<EwsError> {
        if (item.hasChild(element))
            return std::nullopt;
        return EwsError{u"ErrorInvalidPropertySet"_s,
                        u"SetItemField for %1 carries no %2 element."_s.arg(uri, QLatin1String(element))};
    };
    // the whole item converted once, so each field reads exactly as CreateItem would read it
    Context local = context;
    const QString currentStartZone = zoneLabel(current, "start");
    if (local.timeZoneContext.isEmpty() && !item.hasChild("StartTimeZone") &&
        !item.hasChild("MeetingTimeZone"))
        local.timeZoneContext = currentStartZone;
    const auto field = [&](const char *element, const char *graphKey) -> std::optional<EwsError> {
        if (auto e = needs(element))
            return e;
        XmlElement one = item;
        one.children.clear();
        one.children.append(item.child(element));
        for (const char *zone : {"StartTimeZone", "EndTimeZone", "MeetingTimeZone"}) {
            if (item.hasChild(zone))
                one.children.append(item.child(zone));
        }
        one.children.append(XmlElement{u""_s, u"Start"_s, {}, ewsDateTime(current.startUtc), {}, 0});
        one.children.append(XmlElement{u""_s, u"End"_s, {}, ewsDateTime(current.endUtc), {}, 0});
        EwsError error;
        const auto converted = toGraphInput(one, local, &error);
        if (!converted)
            return error;
        patch->insert(QLatin1String(graphKey), converted->value(QLatin1String(graphKey)));
        return std::nullopt;
    };
    static const QList<std::tuple<const char *, const char *, const char *>> simple{
        {"item:Subject", "Subject", "subject"},
        {"item:Body", "Body", "body"},
        {"item:Sensitivity", "Sensitivity", "sensitivity"},
        {"item:Importance", "Importance", "importance"},
        {"item:Categories", "Categories", "categories"},
        {"item:ReminderIsSet", "ReminderIsSet", "isReminderOn"},
        {"item:ReminderMinutesBeforeStart", "ReminderMinutesBeforeStart", "reminderMinutesBeforeStart"},
        {"calendar:IsAllDayEvent", "IsAllDayEvent", "isAllDay"},
        {"calendar:LegacyFreeBusyStatus", "LegacyFreeBusyStatus", "showAs"},
        {"calendar:Location", "Location", "location"},
        {"calendar:IsResponseRequested", "IsResponseRequested", "responseRequested"},
        {"calendar:Recurrence", "Recurrence", "recurrence"}};
    for (const auto &[fieldUri, element, graphKey] : simple) {
        if (uri == QLatin1String(fieldUri)) {
            if (uri == "calendar:Recurrence"_L1 && current.type() != "seriesMaster"_L1 &&
                current.type() != "singleInstance"_L1)
                return EwsError{u"ErrorCalendarInvalidRecurrence"_s,
                                u"An occurrence cannot carry a recurrence."_s};
            return field(element, graphKey);
        }
    }
    if (uri == "calendar:Start"_L1 || uri == "calendar:End"_L1) {
        const bool start = uri == "calendar:Start"_L1;
        const char *element = start ? "Start" : "End";
        if (auto e = needs(element))
            return e;
        QString zone = start ? startZoneOf(item, context, currentStartZone)
                             : item.child("EndTimeZone").attribute("Id", zoneLabel(current, "end"));
        if (!start && zone == zoneLabel(current, "end") && !context.timeZoneContext.isEmpty() &&
            !item.hasChild("EndTimeZone"))
            zone = context.timeZoneContext;
        EwsError error;
        const auto utc = parseTime(item.childText(element), zone, &error);
        if (!utc)
            return error;
        // the event keeps the zone it was written in unless the change names one
        const QString label = start ? (item.hasChild("StartTimeZone") ? zone : currentStartZone)
                                    : (item.hasChild("EndTimeZone") ? zone : zoneLabel(current, "end"));
        patch->insert(start ? "start"_L1 : "end"_L1, GraphEventJson::dateTimeTimeZone(*utc, label));
        return std::nullopt;
    }
    if (uri == "calendar:StartTimeZone"_L1 || uri == "calendar:EndTimeZone"_L1) {
        const bool start = uri == "calendar:StartTimeZone"_L1;
        const char *element = start ? "StartTimeZone" : "EndTimeZone";
        if (auto e = needs(element))
            return e;
        const QString zone = item.child(element).attribute("Id");
        if (!GraphEventJson::zone(zone))
            return EwsError{u"ErrorTimeZone"_s, u"The time zone '%1' is not known."_s.arg(zone)};
        const char *key = start ? "start" : "end";
        QDateTime utc = start ? current.startUtc : current.endUtc;
        if (patch->contains(QLatin1String(key))) {
            QString ignored;
            GraphError graphError;
            if (const auto patched = GraphEventJson::parseDateTimeTimeZone(
                    patch->value(QLatin1String(key)), QLatin1String(key), &ignored, &graphError))
                utc = *patched;
        }
        patch->insert(QLatin1String(key), GraphEventJson::dateTimeTimeZone(utc, zone));
        return std::nullopt;
    }
    if (attendeeTypes.contains(uri)) {
        const char *element = uri == "calendar:RequiredAttendees"_L1   ? "RequiredAttendees"
                              : uri == "calendar:OptionalAttendees"_L1 ? "OptionalAttendees"
                                                                       : "Resources";
        if (auto e = needs(element))
            return e;
        EwsError error;
        const auto list = attendeesOf(item.child(element), attendeeTypes.value(uri), &error);
        if (!list)
            return error;
        replaceAttendees(attendeeTypes.value(uri), *list);
        return std::nullopt;
    }
    return EwsError{u"ErrorInvalidPropertySet"_s,
                    u"The property %1 is read-only or not supported by the sandbox."_s.arg(uri)};
}

} // namespace cxsync::sandbox
