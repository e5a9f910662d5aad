#include "exchange/ews/EwsCalendarItem.h"

#include "exchange/ews/EwsSoap.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cxsync::exchange::ews {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxsync::exchange::ews::EwsCalendarItem", text);
}

Error invalid(const QString &message, const QString &field)
{
    return makeError(ErrorKind::Invalid, message, field);
}

using E = EwsEnvelope;

void writeMailbox(QXmlStreamWriter &w, const ExchangeAttendee &a)
{
    E::startT(w, QStringLiteral("Mailbox"));
    if (!a.name.isEmpty())
        E::t(w, QStringLiteral("Name"), a.name);
    E::t(w, QStringLiteral("EmailAddress"), a.address);
    w.writeEndElement();
}

// Required, optional, resource attendees: the three t:NonEmptyArrayOfAttendeesType lists.
QList<ExchangeAttendee> attendeesOfType(const ExchangeEvent &event, const QString &type)
{
    QList<ExchangeAttendee> out;
    for (const ExchangeAttendee &a : event.attendees) {
        const QString t = a.type.isEmpty() ? QStringLiteral("required") : a.type;
        if (t == type)
            out.append(a);
    }
    return out;
}

const QString kListRequired = QStringLiteral("RequiredAttendees");
const QString kListOptional = QStringLiteral("OptionalAttendees");
const QString kListResources = QStringLiteral("Resources");

QString typeOfList(const QString &list)
{
    if (list == kListOptional)
        return QStringLiteral("optional");
    if (list == kListResources)
        return QStringLiteral("resource");
    return QStringLiteral("required");
}

void writeAttendeeList(QXmlStreamWriter &w, const QString &list, const QList<ExchangeAttendee> &attendees)
{
    E::startT(w, list);
    for (const ExchangeAttendee &a : attendees) {
        E::startT(w, QStringLiteral("Attendee"));
        writeMailbox(w, a);
        w.writeEndElement();
    }
    w.writeEndElement();
}

Status checkWritable(const ExchangeEvent &event)
{
    if (!EwsCalendarItem::zoneFor(event.timeZone).isValid())
        return invalid(QCoreApplication::translate("cxsync::exchange::ews::EwsCalendarItem",
                                                   "Unknown time zone \"%1\" for event \"%2\".")
                           .arg(event.timeZone, event.subject),
                       QStringLiteral("timeZone"));
    if (!event.startUtc.isValid() || !event.endUtc.isValid() || event.endUtc < event.startUtc)
        return invalid(QCoreApplication::translate("cxsync::exchange::ews::EwsCalendarItem",
                                                   "Event \"%1\" needs a valid start before its end.")
                           .arg(event.subject),
                       QStringLiteral("start"));
    if (event.reminderMinutes < 0)
        return invalid(QCoreApplication::translate("cxsync::exchange::ews::EwsCalendarItem",
                                                   "Event \"%1\" has a negative reminder time.")
                           .arg(event.subject),
                       QStringLiteral("reminderMinutes"));
    for (const ExchangeAttendee &a : event.attendees) {
        if (a.address.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("cxsync::exchange::ews::EwsCalendarItem",
                                                       "Event \"%1\" has an attendee without address.")
                               .arg(event.subject),
                           QStringLiteral("attendees"));
        if (!a.type.isEmpty() && a.type != QLatin1String("required") && a.type != QLatin1String("optional") &&
            a.type != QLatin1String("resource"))
            return invalid(QCoreApplication::translate("cxsync::exchange::ews::EwsCalendarItem",
                                                       "Event \"%1\" has an attendee of unknown type \"%2\".")
                               .arg(event.subject, a.type),
                           QStringLiteral("attendees.type"));
    }
    return {};
}

QString zoneId(const ExchangeEvent &event)
{
    return event.timeZone.isEmpty() ? QStringLiteral("UTC") : event.timeZone;
}

void writeZone(QXmlStreamWriter &w, const QString &element, const QString &id)
{
    E::startT(w, element);
    w.writeAttribute(QStringLiteral("Id"), id);
    w.writeEndElement();
}

void writeTransactionProperty(QXmlStreamWriter &w)
{
    // PropertyType String: a restriction on the property (EwsConnector's look before a create) matches only
    // with the same type.
    E::startT(w, QStringLiteral("ExtendedFieldURI"));
    w.writeAttribute(QStringLiteral("PropertySetId"), QLatin1String(EwsCalendarItem::kPropertySetId));
    w.writeAttribute(QStringLiteral("PropertyName"), QLatin1String(EwsCalendarItem::kTransactionProperty));
    w.writeAttribute(QStringLiteral("PropertyType"), QStringLiteral("String"));
    w.writeEndElement();
}

// One SetItemField: the FieldURI and a t:CalendarItem holding just that field.
template <typename Write> void setField(QXmlStreamWriter &w, const QString &fieldUri, Write write)
{
    E::startT(w, QStringLiteral("SetItemField"));
    E::startT(w, QStringLiteral("FieldURI"));
    w.writeAttribute(QStringLiteral("FieldURI"), fieldUri);
    w.writeEndElement();
    E::startT(w, QStringLiteral("CalendarItem"));
    write();
    w.writeEndElement();
    w.writeEndElement();
}

void deleteField(QXmlStreamWriter &w, const QString &fieldUri)
{
    E::startT(w, QStringLiteral("DeleteItemField"));
    E::startT(w, QStringLiteral("FieldURI"));
    w.writeAttribute(QStringLiteral("FieldURI"), fieldUri);
    w.writeEndElement();
    w.writeEndElement();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

void writeBody(QXmlStreamWriter &w, const QString &text)
{
    E::startT(w, QStringLiteral("Body"));
    w.writeAttribute(QStringLiteral("BodyType"), QStringLiteral("Text"));
    w.writeCharacters(text);
    w.writeEndElement();
}

Result<ExchangeAttendee> parseMailbox(const XmlNode *mailbox, const QString &field, const QString &item)
{
    if (!mailbox)
        return invalid(tr("EWS returned item %1 with a %2 without Mailbox.").arg(item, field), field);
    ExchangeAttendee a;
    a.address = mailbox->childText(QStringLiteral("EmailAddress")).trimmed();
    a.name = mailbox->childText(QStringLiteral("Name")).trimmed();
    return a;
}

} // namespace

QTimeZone EwsCalendarItem::zoneFor(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        name == QLatin1String("Etc/UTC") || name == QLatin1String("Coordinated Universal Time"))
        return QTimeZone::utc();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!iana.isEmpty()) {
        QTimeZone zone(iana);
        if (zone.isValid())
            return zone;
        for (const QByteArray &other : QTimeZone::windowsIdToIanaIds(name.toUtf8())) {
            QTimeZone candidate(other);
            if (candidate.isValid())
                return candidate;
        }
    }
    if (name.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(name.toUtf8()))
        return QTimeZone(name.toUtf8());
    return {};
}

Result<QDateTime> EwsCalendarItem::parseDateTime(const QString &text, const QString &field,
                                                 const QString &item)
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,7}))?(Z|[+-]\\d{2}:\\d{2})?$"));
    const auto m = re.match(text.trimmed());
    QDateTime value;
    if (m.hasMatch()) {
        value = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (value.isValid()) {
            value.setTimeZone(QTimeZone::utc());
            value = value.addMSecs((m.captured(2) + QStringLiteral("000")).left(3).toInt());
            const QString zone = m.captured(3);
            if (zone.size() == 6) {
                const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
                const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(4, 2).toInt() * 60);
                value = value.addSecs(-offset); // 12:00+02:00 is 10:00Z
            }
        }
    }
    if (!value.isValid())
        return invalid(tr("EWS returned an unreadable %1 \"%2\" for item %3.").arg(field, text, item), field);
    return value;
}

QString EwsCalendarItem::formatUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

Result<bool> EwsCalendarItem::parseBool(const QString &text, const QString &field, const QString &item)
{
    const QString t = text.trimmed();
    if (t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    return invalid(tr("EWS returned item %1 with %2 \"%3\", not a boolean.").arg(item, field, text), field);
}

QString EwsCalendarItem::responseFromEws(const QString &responseType)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("Organizer"), QStringLiteral("organizer")},
        {QStringLiteral("Tentative"), QStringLiteral("tentativelyAccepted")},
        {QStringLiteral("Accept"), QStringLiteral("accepted")},
        {QStringLiteral("Decline"), QStringLiteral("declined")},
        {QStringLiteral("NoResponseReceived"), QStringLiteral("notResponded")},
        {QStringLiteral("Unknown"), QStringLiteral("none")},
    };
    return map.value(responseType);
}

QString EwsCalendarItem::typeFromEws(const QString &calendarItemType)
{
    static const QHash<QString, QString> map{
        {QStringLiteral("Single"), QStringLiteral("singleInstance")},
        {QStringLiteral("Occurrence"), QStringLiteral("occurrence")},
        {QStringLiteral("Exception"), QStringLiteral("exception")},
        {QStringLiteral("RecurringMaster"), QStringLiteral("seriesMaster")},
    };
    return map.value(calendarItemType);
}

Result<ExchangeEvent> EwsCalendarItem::parse(const XmlNode &node)
{
    ExchangeEvent e;
    const XmlNode *itemId = node.child(QStringLiteral("ItemId"));
    e.id = itemId ? itemId->attribute(QStringLiteral("Id")).trimmed() : QString();
    e.subject = node.childText(QStringLiteral("Subject"));
    if (e.id.isEmpty())
        return invalid(tr("EWS returned a calendar item without ItemId (subject \"%1\").").arg(e.subject),
                       QStringLiteral("ItemId"));
    const QString item = e.id;
    e.changeKey = itemId->attribute(QStringLiteral("ChangeKey")).trimmed();
    if (e.changeKey.isEmpty())
        return invalid(tr("EWS returned item %1 without ChangeKey.").arg(item), QStringLiteral("ChangeKey"));

    const QString sensitivity = node.childText(QStringLiteral("Sensitivity")).trimmed();
    if (!sensitivity.isEmpty() && sensitivity != QLatin1String("Normal") &&
        sensitivity != QLatin1String("Personal") && sensitivity != QLatin1String("Private") &&
        sensitivity != QLatin1String("Confidential"))
        return invalid(tr("EWS returned item %1 with an unknown Sensitivity \"%2\".").arg(item, sensitivity),
                       QStringLiteral("Sensitivity"));
    e.isPrivate = sensitivity == QLatin1String("Private") || sensitivity == QLatin1String("Confidential");

    if (const XmlNode *body = node.child(QStringLiteral("Body"))) {
        e.bodyText = body->text;
        if (body->attribute(QStringLiteral("BodyType")).compare(QLatin1String("HTML"), Qt::CaseInsensitive) ==
            0) {
            static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</p>"),
                                                   QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
            e.bodyText.replace(breaks, QStringLiteral("\n"));
            e.bodyText.remove(tags);
            e.bodyText.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
                .replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
        }
        e.bodyText = e.bodyText.trimmed();
    }

    if (node.has(QStringLiteral("ReminderIsSet"))) {
        const Result<bool> set =
            parseBool(node.childText(QStringLiteral("ReminderIsSet")), QStringLiteral("ReminderIsSet"), item);
        if (!set.ok())
            return set.error();
        e.reminderOn = set.value();
    }
    if (node.has(QStringLiteral("ReminderMinutesBeforeStart"))) {
        bool ok = false;
        const int minutes = node.childText(QStringLiteral("ReminderMinutesBeforeStart")).trimmed().toInt(&ok);
        if (!ok || minutes < 0)
            return invalid(
                tr("EWS returned item %1 with an unreadable ReminderMinutesBeforeStart.").arg(item),
                QStringLiteral("ReminderMinutesBeforeStart"));
        e.reminderMinutes = minutes;
    }
    for (const XmlNode *property : node.childrenNamed(QStringLiteral("ExtendedProperty"))) {
        const XmlNode *uri = property->child(QStringLiteral("ExtendedFieldURI"));
        if (uri && uri->attribute(QStringLiteral("PropertyName")) == QLatin1String(kTransactionProperty) &&
            uri->attribute(QStringLiteral("PropertySetId"))
                    .compare(QLatin1String(kPropertySetId), Qt::CaseInsensitive) == 0)
            e.transactionId = property->childText(QStringLiteral("Value")).trimmed();
    }
    if (node.has(QStringLiteral("LastModifiedTime"))) {
        const Result<QDateTime> modified = parseDateTime(node.childText(QStringLiteral("LastModifiedTime")),
                                                         QStringLiteral("LastModifiedTime"), item);
        if (!modified.ok())
            return modified.error();
        e.lastModifiedUtc = modified.value();
    }
    e.iCalUId = node.childText(QStringLiteral("UID")).trimmed();

    for (const QString &field : {QStringLiteral("Start"), QStringLiteral("End")}) {
        if (!node.has(field))
            return invalid(tr("EWS returned item %1 without %2.").arg(item, field), field);
        const Result<QDateTime> stamp = parseDateTime(node.childText(field), field, item);
        if (!stamp.ok())
            return stamp.error();
        (field == QLatin1String("Start") ? e.startUtc : e.endUtc) = stamp.value();
    }
    if (e.endUtc < e.startUtc)
        return invalid(tr("EWS returned item %1 ending before it starts.").arg(item), QStringLiteral("End"));

    if (node.has(QStringLiteral("IsAllDayEvent"))) {
        const Result<bool> allDay =
            parseBool(node.childText(QStringLiteral("IsAllDayEvent")), QStringLiteral("IsAllDayEvent"), item);
        if (!allDay.ok())
            return allDay.error();
        e.isAllDay = allDay.value();
    }
    e.location = node.childText(QStringLiteral("Location"));
    if (node.has(QStringLiteral("IsCancelled"))) {
        const Result<bool> cancelled =
            parseBool(node.childText(QStringLiteral("IsCancelled")), QStringLiteral("IsCancelled"), item);
        if (!cancelled.ok())
            return cancelled.error();
        e.isCancelled = cancelled.value();
    }
    const QString itemType = node.childText(QStringLiteral("CalendarItemType")).trimmed();
    if (!itemType.isEmpty()) {
        e.type = typeFromEws(itemType);
        if (e.type.isEmpty())
            return invalid(
                tr("EWS returned item %1 with an unknown CalendarItemType \"%2\".").arg(item, itemType),
                QStringLiteral("CalendarItemType"));
    }
    const QString myResponse = node.childText(QStringLiteral("MyResponseType")).trimmed();
    if (!myResponse.isEmpty() && responseFromEws(myResponse).isEmpty())
        return invalid(
            tr("EWS returned item %1 with an unknown MyResponseType \"%2\".").arg(item, myResponse),
            QStringLiteral("MyResponseType"));
    e.isOrganizer = myResponse.isEmpty() || myResponse == QLatin1String("Organizer");
    if (node.has(QStringLiteral("IsOrganizer"))) {
        const Result<bool> organizer =
            parseBool(node.childText(QStringLiteral("IsOrganizer")), QStringLiteral("IsOrganizer"), item);
        if (!organizer.ok())
            return organizer.error();
        e.isOrganizer = organizer.value();
    }
    if (const XmlNode *organizer = node.child(QStringLiteral("Organizer"))) {
        Result<ExchangeAttendee> mailbox =
            parseMailbox(organizer->child(QStringLiteral("Mailbox")), QStringLiteral("Organizer"), item);
        if (!mailbox.ok())
            return mailbox.error();
        e.organizer = mailbox.value();
    }
    e.organizer.response = QStringLiteral("organizer");
    for (const QString &list : {kListRequired, kListOptional, kListResources}) {
        const XmlNode *attendees = node.child(list);
        if (!attendees)
            continue;
        for (const XmlNode *attendee : attendees->childrenNamed(QStringLiteral("Attendee"))) {
            Result<ExchangeAttendee> a = parseMailbox(attendee->child(QStringLiteral("Mailbox")),
                                                      list + QStringLiteral(".Attendee"), item);
            if (!a.ok())
                return a.error();
            ExchangeAttendee out = a.value();
            if (out.address.isEmpty())
                return invalid(tr("EWS returned item %1 with an attendee without EmailAddress.").arg(item),
                               list + QStringLiteral(".Attendee.Mailbox.EmailAddress"));
            out.type = typeOfList(list);
            const QString response = attendee->childText(QStringLiteral("ResponseType")).trimmed();
            if (!response.isEmpty()) {
                out.response = responseFromEws(response);
                if (out.response.isEmpty())
                    return invalid(tr("EWS returned item %1 with an unknown attendee ResponseType \"%2\".")
                                       .arg(item, response),
                                   list + QStringLiteral(".Attendee.ResponseType"));
            }
            e.attendees.append(out);
        }
    }
    if (const XmlNode *zone = node.child(QStringLiteral("StartTimeZone"))) {
        const QString id = zone->attribute(QStringLiteral("Id")).trimmed();
        if (!id.isEmpty()) {
            if (!zoneFor(id).isValid())
                return invalid(tr("EWS returned item %1 with an unknown time zone \"%2\".").arg(item, id),
                               QStringLiteral("StartTimeZone"));
            e.timeZone = id.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ? QString() : id;
        }
    }
    return e;
}

Status EwsCalendarItem::writeForCreate(QXmlStreamWriter &w, const ExchangeEvent &event,
                                       const QString &transactionId)
{
    if (Status ok = checkWritable(event); !ok.ok())
        return ok;
    E::startT(w, QStringLiteral("CalendarItem"));
    E::t(w, QStringLiteral("Subject"), event.subject);
    E::t(w, QStringLiteral("Sensitivity"),
         event.isPrivate ? QStringLiteral("Private") : QStringLiteral("Normal"));
    writeBody(w, event.bodyText);
    if (event.writeReminder) {
        E::t(w, QStringLiteral("ReminderIsSet"), boolText(event.reminderOn));
        E::t(w, QStringLiteral("ReminderMinutesBeforeStart"), QString::number(event.reminderMinutes));
    }
    if (!transactionId.isEmpty()) {
        E::startT(w, QStringLiteral("ExtendedProperty"));
        writeTransactionProperty(w);
        E::t(w, QStringLiteral("Value"), transactionId);
        w.writeEndElement();
    }
    E::t(w, QStringLiteral("Start"), formatUtc(event.startUtc));
    E::t(w, QStringLiteral("End"), formatUtc(event.endUtc));
    E::t(w, QStringLiteral("IsAllDayEvent"), boolText(event.isAllDay));
    E::t(w, QStringLiteral("Location"), event.location);
    if (event.writeAttendees) {
        for (const QString &list : {kListRequired, kListOptional, kListResources}) {
            const QList<ExchangeAttendee> attendees = attendeesOfType(event, typeOfList(list));
            if (!attendees.isEmpty())
                writeAttendeeList(w, list, attendees);
        }
    }
    writeZone(w, QStringLiteral("StartTimeZone"), zoneId(event));
    writeZone(w, QStringLiteral("EndTimeZone"), zoneId(event));
    w.writeEndElement();
    return {};
}

Status EwsCalendarItem::writeUpdates(QXmlStreamWriter &w, const ExchangeEvent &event)
{
    if (Status ok = checkWritable(event); !ok.ok())
        return ok;
    E::startT(w, QStringLiteral("Updates"));
    setField(w, QStringLiteral("item:Subject"), [&] { E::t(w, QStringLiteral("Subject"), event.subject); });
    setField(w, QStringLiteral("item:Sensitivity"), [&] {
        E::t(w, QStringLiteral("Sensitivity"),
             event.isPrivate ? QStringLiteral("Private") : QStringLiteral("Normal"));
    });
    setField(w, QStringLiteral("item:Body"), [&] { writeBody(w, event.bodyText); });
    if (event.writeReminder) {
        setField(w, QStringLiteral("item:ReminderIsSet"),
                 [&] { E::t(w, QStringLiteral("ReminderIsSet"), boolText(event.reminderOn)); });
        setField(w, QStringLiteral("item:ReminderMinutesBeforeStart"), [&] {
            E::t(w, QStringLiteral("ReminderMinutesBeforeStart"), QString::number(event.reminderMinutes));
        });
    }
    // The zones before the times, so the server reads the new times in the new zone.
    setField(w, QStringLiteral("calendar:StartTimeZone"),
             [&] { writeZone(w, QStringLiteral("StartTimeZone"), zoneId(event)); });
    setField(w, QStringLiteral("calendar:EndTimeZone"),
             [&] { writeZone(w, QStringLiteral("EndTimeZone"), zoneId(event)); });
    setField(w, QStringLiteral("calendar:Start"),
             [&] { E::t(w, QStringLiteral("Start"), formatUtc(event.startUtc)); });
    setField(w, QStringLiteral("calendar:End"),
             [&] { E::t(w, QStringLiteral("End"), formatUtc(event.endUtc)); });
    setField(w, QStringLiteral("calendar:IsAllDayEvent"),
             [&] { E::t(w, QStringLiteral("IsAllDayEvent"), boolText(event.isAllDay)); });
    setField(w, QStringLiteral("calendar:Location"),
             [&] { E::t(w, QStringLiteral("Location"), event.location); });
    if (event.writeAttendees) {
        for (const QString &list : {kListRequired, kListOptional, kListResources}) {
            const QList<ExchangeAttendee> attendees = attendeesOfType(event, typeOfList(list));
            const QString uri = QStringLiteral("calendar:") + list;
            if (attendees.isEmpty())
                deleteField(w, uri);
            else
                setField(w, uri, [&] { writeAttendeeList(w, list, attendees); });
        }
    }
    w.writeEndElement();
    return {};
}

void EwsCalendarItem::writeReadShape(QXmlStreamWriter &w)
{
    E::startT(w, QStringLiteral("AdditionalProperties"));
    for (const char *uri : {"item:Subject",
                            "item:Sensitivity",
                            "item:Body",
                            "item:ReminderIsSet",
                            "item:ReminderMinutesBeforeStart",
                            "item:LastModifiedTime",
                            "calendar:UID",
                            "calendar:Start",
                            "calendar:End",
                            "calendar:IsAllDayEvent",
                            "calendar:Location",
                            "calendar:IsCancelled",
                            "calendar:CalendarItemType",
                            "calendar:MyResponseType",
                            "calendar:Organizer",
                            "calendar:RequiredAttendees",
                            "calendar:OptionalAttendees",
                            "calendar:Resources",
                            "calendar:StartTimeZone",
                            "calendar:IsOrganizer"}) {
        E::startT(w, QStringLiteral("FieldURI"));
        w.writeAttribute(QStringLiteral("FieldURI"), QLatin1String(uri));
        w.writeEndElement();
    }
    writeTransactionProperty(w);
    w.writeEndElement();
}

void EwsCalendarItem::writeTransactionPath(QXmlStreamWriter &w)
{
    writeTransactionProperty(w);
}

} // namespace cxsync::exchange::ews
