#include "GraphEventJson.h"

#include <QHash>

#include "GraphStore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

QString randomBase64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isOneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *a : allowed) {
        if (value == QLatin1String(a))
            return true;
    }
    return false;
}

GraphError invalid(const QString &message)
{
    return {400, u"ErrorInvalidRequest"_s, message};
}

QJsonObject normalizedAttendee(const QJsonObject &in)
{
    QJsonObject out;
    const QJsonObject email = in.value("emailAddress"_L1).toObject();
    out.insert("emailAddress"_L1, QJsonObject{{"name"_L1, email.value("name"_L1).toString()},
                                              {"address"_L1, email.value("address"_L1).toString()}});
    out.insert("type"_L1, in.value("type"_L1).toString(u"required"_s));
    QJsonObject status = in.value("status"_L1).toObject();
    if (status.isEmpty())
        status = QJsonObject{{"response"_L1, "none"_L1}, {"time"_L1, "0001-01-01T00:00:00Z"_L1}};
    out.insert("status"_L1, status);
    return out;
}

} // namespace

std::optional<QTimeZone> GraphEventJson::zone(const QString &name)
{
    if (name.compare("UTC"_L1, Qt::CaseInsensitive) == 0 || name == "Etc/UTC"_L1 || name == "Etc/GMT"_L1)
        return QTimeZone::utc();
    // Looking a zone up reads the zone database (isTimeZoneIdAvailable stats every zone file): once per name,
    // not once per event (20,000 events read the same few zones)
    static QHash<QString, std::optional<QTimeZone>> known;
    if (const auto it = known.constFind(name); it != known.cend())
        return *it;
    std::optional<QTimeZone> found;
    const QByteArray id = name.toUtf8();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty())
        found = QTimeZone(iana);
    else if (id.contains('/') && QTimeZone::isTimeZoneIdAvailable(id))
        found = QTimeZone(id);
    if (known.size() < 1000) // names come from clients: bounded
        known.insert(name, found);
    return found;
}

GraphError GraphEventJson::unsupportedZone(const QString &name)
{
    return {
        400, u"TimeZoneNotSupportedException"_s,
        u"A valid TimeZone value must be specified. The following TimeZone value is not supported: '%1'."_s
            .arg(name)};
}

QString GraphEventJson::wallTime(const QDateTime &dateTime)
{
    return dateTime.toString(u"yyyy-MM-ddTHH:mm:ss"_s) +
           u".%1"_s.arg(dateTime.time().msec() * 10000, 7, 10, QLatin1Char('0'));
}

QString GraphEventJson::utcStamp(const QDateTime &dateTime)
{
    return graphDateTime(dateTime, 7);
}

QString GraphEventJson::graphDateTime(const QDateTime &utc, int digits)
{
    const QDateTime u = utc.toUTC();
    QString fraction = u"%1"_s.arg(u.time().msec() * 10000, 7, 10, QLatin1Char('0')).left(digits);
    return u.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (digits > 0 ? u"."_s + fraction : QString()) + u"Z"_s;
}

QDateTime GraphEventJson::parseDateTime(const QString &text, const QTimeZone &zoneIfNaive)
{
    static const QRegularExpression re(
        uR"(^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QString timeText = m.captured(2).isEmpty() ? u"00:00:00"_s : m.captured(2);
    if (timeText.size() == 5)
        timeText += u":00"_s;
    QTime time = QTime::fromString(timeText, u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    if (!m.captured(3).isEmpty())
        time = time.addMSecs(m.captured(3).left(3).leftJustified(3, QLatin1Char('0')).toInt());
    const QString offset = m.captured(4);
    if (offset.isEmpty())
        return QDateTime(date, time, zoneIfNaive).toUTC();
    if (offset == "Z"_L1)
        return QDateTime(date, time, QTimeZone::utc());
    QString digits = offset.mid(1).remove(QLatin1Char(':'));
    const int seconds =
        (digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60) * (offset[0] == '-'_L1 ? -1 : 1);
    return QDateTime(date, time, QTimeZone(seconds)).toUTC();
}

std::optional<QDateTime> GraphEventJson::parseDateTimeTimeZone(const QJsonValue &value, const QString &field,
                                                               QString *zoneName, GraphError *error)
{
    const QJsonObject object = value.toObject();
    const QString text = object.value("dateTime"_L1).toString();
    const QString zoneText = object.value("timeZone"_L1).toString(u"UTC"_s);
    const auto tz = zone(zoneText);
    if (!tz) {
        *error = unsupportedZone(zoneText);
        return std::nullopt;
    }
    const QDateTime utc = parseDateTime(text, *tz);
    if (!utc.isValid()) {
        *error = invalid(
            u"Cannot convert the literal '%1' to the expected type 'Edm.DateTimeOffset' for '%2'."_s.arg(
                text, field));
        return std::nullopt;
    }
    *zoneName = zoneText;
    return utc;
}

QJsonObject GraphEventJson::dateTimeTimeZone(const QDateTime &utc, const QString &zoneName)
{
    const auto tz = zone(zoneName).value_or(QTimeZone::utc());
    return QJsonObject{{"dateTime"_L1, wallTime(utc.toTimeZone(tz))}, {"timeZone"_L1, zoneName}};
}

std::optional<GraphError> GraphEventJson::apply(GraphEvent &event, const QJsonObject &input, bool creating)
{
    static const QStringList readOnly = {
        u"id"_s,      u"changeKey"_s, u"createdDateTime"_s, u"lastModifiedDateTime"_s,
        u"iCalUId"_s, u"type"_s,      u"seriesMasterId"_s,  u"isOrganizer"_s};
    QJsonObject &d = event.data;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        if (key.startsWith('@'_L1) || readOnly.contains(key))
            continue;
        if (key == "start"_L1 || key == "end"_L1)
            continue; // below
        if (key == "transactionId"_L1) {
            if (creating)
                d.insert(key, v.toString());
            continue;
        }
        if (key == "subject"_L1 || key == "bodyPreview"_L1) {
            d.insert(key, v.toString());
        } else if (key == "body"_L1) {
            const QJsonObject b = v.toObject();
            const QString type = b.value("contentType"_L1).toString(u"text"_s).toLower();
            if (type != "text"_L1 && type != "html"_L1)
                return invalid(u"Invalid body contentType '%1'."_s.arg(type));
            d.insert(key,
                     QJsonObject{{"contentType"_L1, type}, {"content"_L1, b.value("content"_L1).toString()}});
        } else if (key == "location"_L1) {
            QJsonObject l = v.toObject();
            if (!l.contains("locationType"_L1))
                l.insert("locationType"_L1, "default"_L1);
            d.insert(key, l);
        } else if (key == "attendees"_L1) {
            QJsonArray out;
            for (const QJsonValue &a : v.toArray())
                out.append(normalizedAttendee(a.toObject()));
            d.insert(key, out);
        } else if (key == "isAllDay"_L1 || key == "isReminderOn"_L1 || key == "isCancelled"_L1 ||
                   key == "responseRequested"_L1 || key == "isOnlineMeeting"_L1 ||
                   key == "hideAttendees"_L1) {
            if (!v.isBool())
                return invalid(u"Property '%1' must be a boolean."_s.arg(key));
            d.insert(key, v);
        } else if (key == "reminderMinutesBeforeStart"_L1) {
            if (!v.isDouble())
                return invalid(u"Property 'reminderMinutesBeforeStart' must be an integer."_s);
            d.insert(key, v.toInt());
        } else if (key == "sensitivity"_L1) {
            if (!isOneOf(v.toString(), {"normal", "personal", "private", "confidential"}))
                return invalid(u"Invalid sensitivity '%1'."_s.arg(v.toString()));
            d.insert(key, v);
        } else if (key == "showAs"_L1) {
            if (!isOneOf(v.toString(), {"free", "tentative", "busy", "oof", "workingElsewhere", "unknown"}))
                return invalid(u"Invalid showAs '%1'."_s.arg(v.toString()));
            d.insert(key, v);
        } else if (key == "importance"_L1) {
            if (!isOneOf(v.toString(), {"low", "normal", "high"}))
                return invalid(u"Invalid importance '%1'."_s.arg(v.toString()));
            d.insert(key, v);
        } else if (key == "recurrence"_L1) {
            if (v.isNull()) {
                d.insert(key, QJsonValue::Null);
                continue;
            }
            const QJsonObject pattern = v.toObject().value("pattern"_L1).toObject();
            const QJsonObject range = v.toObject().value("range"_L1).toObject();
            const QString ptype = pattern.value("type"_L1).toString();
            const QString rtype = range.value("type"_L1).toString();
            if (!isOneOf(ptype, {"daily", "weekly"}))
                return invalid(u"Recurrence pattern type '%1' is not supported by the sandbox."_s.arg(ptype));
            if (!isOneOf(rtype, {"numbered", "endDate", "noEnd"}))
                return invalid(u"Invalid recurrence range type '%1'."_s.arg(rtype));
            if (ptype == "weekly"_L1 && pattern.value("daysOfWeek"_L1).toArray().isEmpty())
                return invalid(u"Weekly recurrence requires daysOfWeek."_s);
            if (rtype == "numbered"_L1 && range.value("numberOfOccurrences"_L1).toInt() <= 0)
                return invalid(u"numberOfOccurrences must be positive."_s);
            if (rtype == "endDate"_L1 &&
                !QDate::fromString(range.value("endDate"_L1).toString(), Qt::ISODate).isValid())
                return invalid(u"Invalid recurrence endDate."_s);
            d.insert(key, v);
        } else if (key == "categories"_L1 || key == "locations"_L1 || key == "organizer"_L1 ||
                   key == "responseStatus"_L1 || key == "originalStartTimeZone"_L1 ||
                   key == "originalEndTimeZone"_L1) {
            d.insert(key, v);
        }
        // Unknown properties are ignored (the sandbox subset).
    }

    QString startZone = d.value("start"_L1).toObject().value("timeZone"_L1).toString(u"UTC"_s);
    QString endZone = d.value("end"_L1).toObject().value("timeZone"_L1).toString(u"UTC"_s);
    QDateTime start = event.startUtc, end = event.endUtc;
    GraphError error;
    if (input.contains("start"_L1)) {
        const auto s = parseDateTimeTimeZone(input.value("start"_L1), u"start"_s, &startZone, &error);
        if (!s)
            return error;
        start = *s;
    }
    if (input.contains("end"_L1)) {
        const auto e = parseDateTimeTimeZone(input.value("end"_L1), u"end"_s, &endZone, &error);
        if (!e)
            return error;
        end = *e;
    }
    if (creating && (!start.isValid() || !end.isValid()))
        return invalid(u"The event must have a start and an end."_s);
    if (end < start)
        return invalid(u"The end time of the event must be after its start time."_s);
    const QTimeZone startTz = zone(startZone).value_or(QTimeZone::utc());
    if (d.value("isAllDay"_L1).toBool()) {
        const QDateTime ls = start.toTimeZone(startTz),
                        le = end.toTimeZone(zone(endZone).value_or(QTimeZone::utc()));
        if (ls.time() != QTime(0, 0) || le.time() != QTime(0, 0) || ls.date() >= le.date())
            return GraphError{
                400, u"ErrorPropertyValidationFailure"_s,
                u"At least one property failed validation. An all-day event must start and end at midnight."_s};
    }
    event.startUtc = start;
    event.endUtc = end;
    d.insert("start"_L1, dateTimeTimeZone(start, startZone));
    d.insert("end"_L1, dateTimeTimeZone(end, endZone));
    if (creating) {
        d.insert("originalStartTimeZone"_L1, startZone);
        d.insert("originalEndTimeZone"_L1, endZone);
    }
    const QString content = d.value("body"_L1).toObject().value("content"_L1).toString();
    QString preview = content;
    static const QRegularExpression tags(u"<[^>]*>"_s); // compiled once: this runs on every write
    preview.remove(tags);
    d.insert("bodyPreview"_L1, preview.simplified().left(255));
    if (!d.value("recurrence"_L1).isObject())
        d.insert("type"_L1,
                 d.value("type"_L1).toString() == "occurrence"_L1 ? u"occurrence"_s : u"singleInstance"_s);
    else
        d.insert("type"_L1, "seriesMaster"_L1);
    return std::nullopt;
}

QJsonObject GraphEventJson::render(const GraphEvent &event, const QString &zoneName)
{
    QJsonObject o = event.data;
    o.remove("_exceptions"_L1); // internal: modified/deleted occurrences of a series master
    o.remove("_ewsExtended"_L1); // internal: extended properties written through the EWS sandbox
    o.insert("@odata.etag"_L1, event.etag());
    o.insert("id"_L1, event.id);
    o.insert("createdDateTime"_L1, utcStamp(event.created));
    o.insert("lastModifiedDateTime"_L1, utcStamp(event.lastModified));
    o.insert("changeKey"_L1, event.changeKey);
    const QString zoneOut = zoneName.isEmpty() ? u"UTC"_s : zoneName;
    if (o.value("isAllDay"_L1).toBool()) {
        // Exchange keeps all-day items at local midnight and labels them with the requested zone (docs#8657).
        for (const char *key : {"start", "end"}) {
            QJsonObject dt = o.value(QLatin1String(key)).toObject();
            dt.insert("timeZone"_L1, zoneOut);
            o.insert(QLatin1String(key), dt);
        }
    } else {
        o.insert("start"_L1, dateTimeTimeZone(event.startUtc, zoneOut));
        o.insert("end"_L1, dateTimeTimeZone(event.endUtc, zoneOut));
    }
    if (!o.contains("recurrence"_L1))
        o.insert("recurrence"_L1, QJsonValue::Null);
    if (!o.contains("seriesMasterId"_L1))
        o.insert("seriesMasterId"_L1, QJsonValue::Null);
    return o;
}

QJsonObject GraphEventJson::skeleton(const GraphEvent &event, const QString &zoneName)
{
    const QJsonObject full = render(event, zoneName);
    QJsonObject o;
    o.insert("@odata.type"_L1, "#microsoft.graph.event"_L1);
    for (const char *key : {"@odata.etag", "id", "seriesMasterId", "type", "start", "end"})
        o.insert(QLatin1String(key), full.value(QLatin1String(key)));
    return o;
}

QString GraphEventJson::preferredTimeZone(const SandboxRequest &request)
{
    static const QRegularExpression re(uR"re(outlook\.timezone\s*=\s*"?([^",]+)"?)re"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    QString found;
    for (const QByteArray &value : request.headerValues("Prefer")) {
        auto it = re.globalMatch(QString::fromUtf8(value));
        while (it.hasNext())
            found = it.next().captured(1).trimmed();
    }
    return zone(found) ? found : QString(); // an unsupported zone falls back to UTC
}

int GraphEventJson::preferredPageSize(const SandboxRequest &request, int fallback)
{
    static const QRegularExpression re(uR"(odata\.maxpagesize\s*=\s*(\d+))"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &value : request.headerValues("Prefer")) {
        const auto m = re.match(QString::fromUtf8(value));
        if (m.hasMatch())
            return qBound(1, m.captured(1).toInt(), 1000);
    }
    return fallback;
}

QString GraphEventJson::newId(const QString &prefix)
{
    return prefix + randomBase64(42);
}

QString GraphEventJson::newChangeKey()
{
    return QString::fromLatin1(
        QByteArray::fromBase64(randomBase64(16).toLatin1(), QByteArray::Base64UrlEncoding).toBase64());
}

} // namespace cxsync::sandbox
