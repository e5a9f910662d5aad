#include "GraphRecurrence.h"

#include "GraphEventJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

QString occurrenceICalUId(const QString &masterUid, const QDate &date)
{
    if (masterUid.size() < 40)
        return masterUid + date.toString(u"yyyyMMdd"_s);
    const QString stamp = u"%1%2%3"_s.arg(date.year(), 4, 16, QLatin1Char('0'))
                              .arg(date.month(), 2, 16, QLatin1Char('0'))
                              .arg(date.day(), 2, 16, QLatin1Char('0'))
                              .toUpper();
    return masterUid.left(32) + stamp + masterUid.mid(40);
}

int qtDay(const QString &name)
{
    static const QStringList days = {u"monday"_s, u"tuesday"_s,  u"wednesday"_s, u"thursday"_s,
                                     u"friday"_s, u"saturday"_s, u"sunday"_s};
    return days.indexOf(name.toLower()) + 1; // 0 = unknown
}

} // namespace

QList<GraphEvent> GraphRecurrence::expand(const GraphEvent &master, const QDateTime &from,
                                          const QDateTime &to)
{
    QList<GraphEvent> out;
    const QJsonObject recurrence = master.data.value("recurrence"_L1).toObject();
    const QJsonObject pattern = recurrence.value("pattern"_L1).toObject();
    const QJsonObject range = recurrence.value("range"_L1).toObject();
    const QString zoneName =
        range.value("recurrenceTimeZone"_L1)
            .toString(master.data.value("start"_L1).toObject().value("timeZone"_L1).toString());
    const QTimeZone tz = GraphEventJson::zone(zoneName).value_or(QTimeZone::utc());
    const QDateTime localStart = master.startUtc.toTimeZone(tz);
    const qint64 duration = master.startUtc.msecsTo(master.endUtc);
    QDate first = QDate::fromString(range.value("startDate"_L1).toString(), Qt::ISODate);
    if (!first.isValid())
        first = localStart.date();
    const QString rangeType = range.value("type"_L1).toString();
    const int count = rangeType == "numbered"_L1 ? range.value("numberOfOccurrences"_L1).toInt() : -1;
    QDate last = rangeType == "endDate"_L1
                     ? QDate::fromString(range.value("endDate"_L1).toString(), Qt::ISODate)
                     : to.toTimeZone(tz).date().addDays(1);
    const int interval = qMax(1, pattern.value("interval"_L1).toInt(1));
    const bool weekly = pattern.value("type"_L1).toString() == "weekly"_L1;
    QList<int> days;
    for (const QJsonValue &d : pattern.value("daysOfWeek"_L1).toArray())
        days.append(qtDay(d.toString()));
    const int firstDay = qtDay(pattern.value("firstDayOfWeek"_L1).toString(u"sunday"_s));
    const QDate weekStart = first.addDays(-((first.dayOfWeek() - firstDay + 7) % 7));

    const QJsonObject exceptions = master.data.value("_exceptions"_L1).toObject();
    int produced = 0;
    for (int step = 0; step < 5000; ++step) {
        QList<QDate> candidates;
        if (weekly) {
            for (int i = 0; i < 7; ++i) {
                const QDate day = weekStart.addDays(qint64(step) * 7 * interval + i);
                if (day >= first && days.contains(day.dayOfWeek()))
                    candidates.append(day);
            }
        } else {
            candidates.append(first.addDays(qint64(step) * interval));
        }
        bool done = false;
        for (const QDate &day : candidates) {
            if ((count >= 0 && produced >= count) || day > last) {
                done = true;
                break;
            }
            ++produced;
            const QString key = day.toString(u"yyyyMMdd"_s);
            const QJsonObject exception = exceptions.value(key).toObject();
            QDateTime startUtc = QDateTime(day, localStart.time(), tz).toUTC();
            QDateTime endUtc = startUtc.addMSecs(duration);
            if (startUtc >= to) {
                done = true;
                break;
            }
            if (exception.value("deleted"_L1).toBool())
                continue; // a deleted occurrence still counts for a numbered range
            if (exception.contains("data"_L1)) {
                startUtc = QDateTime::fromString(exception.value("startUtc"_L1).toString(), Qt::ISODateWithMs)
                               .toUTC();
                endUtc =
                    QDateTime::fromString(exception.value("endUtc"_L1).toString(), Qt::ISODateWithMs).toUTC();
            }
            if (!(startUtc < to && (endUtc > from || startUtc >= from)))
                continue;
            if (exception.contains("data"_L1)) {
                GraphEvent x = master;
                x.id = master.id + u"_OC"_s + key;
                x.startUtc = startUtc;
                x.endUtc = endUtc;
                x.data = exception.value("data"_L1).toObject();
                for (const char *own : {"isOrganizer", "responseStatus", "isCancelled"})
                    x.data.insert(QLatin1String(own), master.data.value(QLatin1String(own)));
                out.append(x);
                continue;
            }
            GraphEvent o = master;
            o.id = master.id + u"_OC"_s + day.toString(u"yyyyMMdd"_s);
            o.startUtc = startUtc;
            o.endUtc = endUtc;
            o.data.insert("type"_L1, "occurrence"_L1);
            o.data.insert("seriesMasterId"_L1, master.id);
            o.data.insert("recurrence"_L1, QJsonValue::Null);
            o.data.insert("iCalUId"_L1, occurrenceICalUId(master.iCalUId(), day));
            o.data.remove("transactionId"_L1);
            o.data.remove("_exceptions"_L1);
            const QJsonObject s = master.data.value("start"_L1).toObject(),
                              e = master.data.value("end"_L1).toObject();
            o.data.insert("start"_L1,
                          GraphEventJson::dateTimeTimeZone(startUtc, s.value("timeZone"_L1).toString()));
            o.data.insert("end"_L1,
                          GraphEventJson::dateTimeTimeZone(endUtc, e.value("timeZone"_L1).toString()));
            out.append(o);
        }
        if (done)
            break;
    }
    return out;
}

} // namespace cxsync::sandbox
