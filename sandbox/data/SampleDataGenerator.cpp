#include "SampleDataGenerator.h"

#include "SampleActivityBuilder.h"
#include "SampleAppointmentBuilder.h"
#include "SampleRandom.h"
#include "SampleUserBuilder.h"
#include "SampleVocabulary.h"

#include <algorithm>

namespace cxsync::sandbox {

SampleData SampleDataGenerator::generate(int users, int appointments, quint64 seed, const QDateTime &nowUtc)
{
    SampleData data;
    detail::SampleRandom rng(seed);
    detail::SampleUserBuilder(rng, data).build(std::max(users, 0));
    detail::SampleAppointmentBuilder(rng, data, nowUtc).build(std::max(appointments, 0));
    detail::SampleActivityBuilder(seed, data, nowUtc).build(std::max(appointments, 0) / 2);
    return data;
}

QStringList SampleDataGenerator::windowsZones()
{
    return detail::zoneNames();
}

QTimeZone SampleDataGenerator::timeZoneFor(const QString &windowsId)
{
    if (windowsId == QLatin1String("UTC"))
        return QTimeZone(QByteArrayLiteral("UTC"));
    const QByteArray id = windowsId.toLatin1();
    QTimeZone zone(QTimeZone::windowsIdToDefaultIanaId(id));
    if (zone.isValid())
        return zone;
    // Systems without the legacy links (tzdata-legacy) lack e.g. "Asia/Calcutta": take another name of the
    // zone.
    const QList<QByteArray> others = QTimeZone::windowsIdToIanaIds(id);
    for (const QByteArray &other : others) {
        zone = QTimeZone(other);
        if (zone.isValid())
            return zone;
    }
    return zone;
}

QDateTime SampleDataGenerator::windowStart(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().addDays(-kWindowDays);
}

QDateTime SampleDataGenerator::windowEnd(const QDateTime &nowUtc)
{
    return nowUtc.toUTC().addDays(kWindowDays);
}

QDateTime SampleDataGenerator::lastOccurrenceStart(const SampleAppointment &appointment)
{
    if (!appointment.recurrence)
        return appointment.start;
    const SampleRecurrence &r = *appointment.recurrence;
    const int steps = std::max(r.occurrences, 1) - 1;
    if (r.pattern == QLatin1String("daily"))
        return appointment.start.addDays(qint64(steps) * r.interval);
    if (r.daysOfWeek.size() <= 1)
        return appointment.start.addDays(7LL * steps * r.interval);
    // Several days a week (interval 1): walk the calendar.
    QDate date = appointment.start.date();
    const int wanted = std::max(r.occurrences, 1);
    for (int seen = 0;; date = date.addDays(1)) {
        if (r.daysOfWeek.contains(Qt::DayOfWeek(date.dayOfWeek())) && ++seen == wanted)
            break;
    }
    return QDateTime(date, appointment.start.time(), appointment.start.timeZone());
}

} // namespace cxsync::sandbox
