#include "SampleAppointmentBuilder.h"

#include "SampleDataGenerator.h"
#include "SampleVocabulary.h"

#include <algorithm>
#include <optional>

namespace cxsync::sandbox::detail {

namespace {

constexpr int kDays = SampleDataGenerator::kWindowDays;
constexpr int kFixedCases = 21;

} // namespace

SampleAppointmentBuilder::SampleAppointmentBuilder(SampleRandom &rng, SampleData &data,
                                                   const QDateTime &nowUtc)
    : m_rng(rng), m_data(data), m_now(nowUtc.toUTC()),
      m_windowStart(SampleDataGenerator::windowStart(nowUtc)),
      m_windowEnd(SampleDataGenerator::windowEnd(nowUtc))
{
    for (const QString &name : zoneNames())
        m_zones.append(SampleDataGenerator::timeZoneFor(name));
    for (const SampleUser &u : m_data.users) {
        const bool isSync = u.key == m_data.syncUserKey;
        if (u.hasMailbox && u.accountEnabled) {
            m_mailboxes.append(u.key);
            if (!u.crmResource)
                m_exchangeOrganizers.append(u.key);
        }
        if (u.hasCrmUser && !u.crmDisabled && !isSync) {
            m_crmUsers.append(u.key);
            if (!u.crmResource)
                m_crmOrganizers.append(u.key);
        }
        const bool exchangeUsable = u.hasMailbox && u.accountEnabled;
        const bool crmUsable = u.hasCrmUser && !u.crmDisabled && !isSync;
        if (exchangeUsable && crmUsable && !u.crmResource)
            m_bothPeople.append(u.key);
        else if (exchangeUsable && !u.hasCrmUser)
            m_exchangeOnly.append(u.key);
        else if (crmUsable && !u.hasMailbox)
            m_crmOnly.append(u.key);
    }
    if (m_crmOrganizers.isEmpty() && !m_data.syncUserKey.isEmpty())
        m_crmOrganizers.append(m_data.syncUserKey); // tiny worlds: the sync user is the only CRM user
}

void SampleAppointmentBuilder::build(int count)
{
    if (m_exchangeOrganizers.isEmpty() && m_crmOrganizers.isEmpty())
        return; // no users at all
    const SampleDstPlanner dst(m_zones, m_windowStart, m_windowEnd);
    m_dstSeries = dst.series(m_rng);
    m_dstSingle = dst.single();
    int exchangeAhead = 0; // Exchange-origin minus CRM-origin items so far
    for (int i = 0; i < count; ++i) {
        Spec spec = randomSpec(exchangeAhead);
        applyCase(i, spec);
        m_data.appointments.append(make(i, spec));
        exchangeAhead += m_data.appointments.last().origin == Origin::Exchange ? 1 : -1;
    }
}

SampleAppointmentBuilder::Spec SampleAppointmentBuilder::randomSpec(int exchangeAhead)
{
    Spec s;
    // About half from each side, nudged towards the side that is behind.
    s.origin = m_rng.percent(exchangeAhead > 0   ? 25
                             : exchangeAhead < 0 ? 75
                                                 : 50)
                   ? Origin::Exchange
                   : Origin::Crm;
    s.kind = m_rng.percent(12) ? Kind::AllDay : Kind::Timed;
    if (m_rng.percent(35))
        s.attendance = m_rng.percent(30) ? Attendance::MeetingWithExternal : Attendance::Meeting;
    if (s.kind == Kind::Timed && m_rng.percent(24)) // only Exchange-origin items keep it (see fix())
        s.repeat = m_rng.percent(40) ? Repeat::Daily : Repeat::Weekly;
    s.subject = SubjectStyle(m_rng.weighted({70, 15, 7, 8}));
    s.body = BodyStyle(m_rng.weighted({20, 45, 25, 10}));
    s.isPrivate = m_rng.percent(8);
    s.reminderOn = m_rng.percent(75);
    static const int minutes[] = {0, 5, 15, 30, 60, 1440};
    s.reminderMinutes = s.reminderOn ? minutes[m_rng.weighted({5, 10, 50, 15, 15, 5})] : 15;
    static const char *const statuses[] = {"Pending", "In Progress", "Complete", "Canceled"};
    s.status = QString::fromLatin1(statuses[m_rng.weighted({70, 10, 15, 5})]);
    s.zone = m_rng.weighted({30, 15, 15, 10, 10, 10, 10});
    return s;
}

void SampleAppointmentBuilder::applyCase(int index, Spec &s)
{
    auto ex = [&s] { s.origin = Origin::Exchange; };
    auto crm = [&s] { s.origin = Origin::Crm; };
    auto single = [&s] {
        s.kind = Kind::Timed;
        s.attendance = Attendance::Alone;
        s.repeat = Repeat::None;
    };
    if (index < zoneNames().size())
        s.zone = index;
    static const int minutes[] = {0, 5, 15, 30, 60, 1440};
    if (index < 6) {
        s.reminderOn = true;
        s.reminderMinutes = minutes[index];
    } else if (index == 6) {
        s.reminderOn = false;
        s.reminderMinutes = 15;
    }
    switch (index) {
    case 0:
        ex();
        single();
        break;
    case 1:
        crm();
        single();
        break;
    case 2:
        ex();
        single();
        s.kind = Kind::AllDay;
        break;
    case 3:
        crm();
        single();
        s.kind = Kind::AllDay;
        break;
    case 4:
        ex();
        single();
        s.attendance = Attendance::MeetingWithExternal;
        break;
    case 5:
        crm();
        single();
        s.attendance = Attendance::Meeting;
        break;
    case 6:
        ex();
        single();
        s.repeat = Repeat::Weekly;
        break;
    case 7:
        ex();
        single();
        s.repeat = Repeat::Daily;
        break;
    case 8:
        ex();
        single();
        s.repeat = Repeat::DstWeekly;
        s.attendance = Attendance::Meeting;
        break;
    case 9:
        ex();
        s.subject = SubjectStyle::Unicode;
        break;
    case 10:
        crm();
        s.subject = SubjectStyle::RightToLeft;
        break;
    case 11:
        ex();
        s.body = BodyStyle::Long;
        break;
    case 12:
        crm();
        s.body = BodyStyle::Long;
        break;
    case 13:
        ex();
        s.isPrivate = true;
        break;
    case 14:
        crm();
        s.subject = SubjectStyle::Empty;
        break;
    case 15:
        crm();
        s.status = QStringLiteral("In Progress");
        break;
    case 16:
        crm();
        s.status = QStringLiteral("Complete");
        break;
    case 17:
        crm();
        s.status = QStringLiteral("Canceled");
        break;
    case 18:
        ex();
        s.subject = SubjectStyle::RightToLeft;
        break;
    case 19:
        crm();
        s.subject = SubjectStyle::Unicode;
        s.isPrivate = true;
        break;
    case 20:
        ex();
        single();
        s.repeat = Repeat::DstSingle;
        break;
    default:
        break;
    }
    if (index >= 15 && index <= 17)
        s.subject = SubjectStyle::Plain;
}

void SampleAppointmentBuilder::fix(Spec &s) const
{
    if (s.origin == Origin::Exchange && m_exchangeOrganizers.isEmpty())
        s.origin = Origin::Crm;
    if (s.origin == Origin::Crm && m_crmOrganizers.isEmpty())
        s.origin = Origin::Exchange;
    if (s.origin == Origin::Crm || s.kind == Kind::AllDay)
        s.repeat = Repeat::None;
    if (s.repeat == Repeat::DstWeekly && m_dstSeries.zone < 0)
        s.repeat = Repeat::Weekly;
    if (s.repeat == Repeat::DstSingle && m_dstSingle.zone < 0)
        s.repeat = Repeat::None;
    if (s.origin == Origin::Exchange) {
        s.status = QStringLiteral("Pending");
        if (s.subject == SubjectStyle::Empty)
            s.subject = SubjectStyle::Plain;
    }
    if (s.origin == Origin::Crm && s.attendance == Attendance::MeetingWithExternal)
        s.attendance = Attendance::Meeting;
}

SampleAppointment SampleAppointmentBuilder::make(int index, Spec s)
{
    fix(s);
    SampleAppointment a;
    a.key = QStringLiteral("a%1").arg(index + 1, 4, 10, QChar(u'0'));
    a.origin = s.origin;
    const bool exchange = s.origin == Origin::Exchange;
    a.organizerKey = m_rng.pick(exchange ? m_exchangeOrganizers : m_crmOrganizers);
    if (index < kFixedCases && s.attendance != Attendance::Alone && !m_bothPeople.isEmpty())
        a.organizerKey = m_rng.pick(m_bothPeople); // leaves the one-side-only people free to attend

    if (s.attendance != Attendance::Alone) {
        const QStringList &pool = exchange ? m_mailboxes : m_crmUsers;
        if (index < kFixedCases) {
            // The documented mix: someone in both systems and someone only on the organizer's side.
            for (const QStringList *group : {&m_bothPeople, exchange ? &m_exchangeOnly : &m_crmOnly}) {
                for (const QString &key : *group) {
                    if (key != a.organizerKey) {
                        a.attendeeKeys.append(key);
                        break;
                    }
                }
            }
        }
        const int wanted = std::max(int(a.attendeeKeys.size()), m_rng.range(1, 5));
        for (int attempt = 0; !pool.isEmpty() && attempt < wanted * 4 && a.attendeeKeys.size() < wanted;
             ++attempt) {
            const QString &key = m_rng.pick(pool);
            if (key != a.organizerKey && !a.attendeeKeys.contains(key))
                a.attendeeKeys.append(key);
        }
        if (exchange && s.attendance == Attendance::MeetingWithExternal) {
            const int externals = m_rng.range(1, 2);
            for (int e = 0; e < externals; ++e) {
                const Script &latin = scripts().first();
                const QString address = QString::fromLatin1(m_rng.pick(latin.given).ascii) + QChar(u'.') +
                                        QString::fromLatin1(m_rng.pick(latin.surnames).ascii) + QChar(u'@') +
                                        m_rng.pick(externalDomains());
                if (!a.externalAttendees.contains(address))
                    a.externalAttendees.append(address);
            }
        }
    }

    a.timeZone = zoneNames().at(s.zone);
    if (s.repeat == Repeat::DstWeekly || s.repeat == Repeat::DstSingle) {
        const DstPlan &plan = s.repeat == Repeat::DstWeekly ? m_dstSeries : m_dstSingle;
        a.timeZone = zoneNames().at(plan.zone);
        a.start = plan.start;
        a.end = plan.start.addSecs(qint64(plan.minutes) * 60);
        if (plan.occurrences > 0) {
            SampleRecurrence r;
            r.pattern = QStringLiteral("weekly");
            r.interval = plan.interval;
            r.daysOfWeek = {plan.day};
            r.occurrences = plan.occurrences;
            a.recurrence = r;
        }
    } else {
        place(a, s, m_zones.at(s.zone));
    }

    fillTexts(a, s);
    a.location = s.kind == Kind::AllDay ? QString() : m_rng.pick(locations());
    a.isAllDay = s.kind == Kind::AllDay;
    a.isPrivate = s.isPrivate;
    a.reminderOn = s.reminderOn;
    a.reminderMinutes = s.reminderMinutes;
    a.crmStatus = s.status;
    return a;
}

void SampleAppointmentBuilder::place(SampleAppointment &a, const Spec &s, const QTimeZone &tz)
{
    const QDate today = m_now.toTimeZone(tz).date();
    std::optional<SampleRecurrence> recurrence;
    if (s.repeat == Repeat::Daily) {
        SampleRecurrence r;
        r.pattern = QStringLiteral("daily");
        r.interval = m_rng.range(1, 2);
        r.occurrences = m_rng.range(3, 8);
        recurrence = r;
    } else if (s.repeat == Repeat::Weekly) {
        SampleRecurrence r;
        r.pattern = QStringLiteral("weekly");
        r.occurrences = m_rng.range(3, 8);
        r.interval = m_rng.range(1, 2);
        recurrence = r;
    }
    const int allDayDays = m_rng.weighted({80, 12, 8}) + 1;
    const int minutes = 15 * (m_rng.weighted({10, 35, 10, 30, 5, 6, 2, 2}) + 1); // 15 min .. 2 h
    const bool twoDays = recurrence && recurrence->pattern == QLatin1String("weekly") && m_rng.percent(25);
    const int secondDay = m_rng.range(1, 6);

    for (int attempt = 0;; ++attempt) {
        const int offset = attempt < 100 ? m_rng.range(-kDays, kDays) : 0;
        const QDate date = today.addDays(offset);
        if (s.kind == Kind::AllDay) {
            a.start = QDateTime(date, QTime(0, 0), tz);
            a.end = QDateTime(date.addDays(allDayDays), QTime(0, 0), tz);
        } else {
            const QTime time = QTime(7, 0).addSecs(60 * 15 * m_rng.range(0, 48)); // 07:00 .. 19:00
            a.start = QDateTime(date, time, tz);
            if (a.start.time() != time)
                continue; // in a gap (not with these hours and zones, but be safe)
            a.end = a.start.addSecs(qint64(minutes) * 60);
        }
        a.recurrence.reset();
        if (recurrence) {
            SampleRecurrence r = *recurrence;
            if (r.pattern == QLatin1String("weekly")) {
                r.daysOfWeek = {Qt::DayOfWeek(date.dayOfWeek())};
                if (twoDays) {
                    r.interval = 1; // keeps the occurrences independent of the week's first day
                    r.daysOfWeek.append(Qt::DayOfWeek((date.dayOfWeek() - 1 + secondDay) % 7 + 1));
                    std::sort(r.daysOfWeek.begin(), r.daysOfWeek.end());
                }
            }
            a.recurrence = r;
        }
        const QDateTime lastEnd = SampleDataGenerator::lastOccurrenceStart(a).addSecs(a.start.secsTo(a.end));
        if ((a.start >= m_windowStart && lastEnd <= m_windowEnd) || attempt >= 100)
            return;
    }
}

void SampleAppointmentBuilder::fillTexts(SampleAppointment &a, const Spec &s)
{
    QString subject;
    switch (s.subject) {
    case SubjectStyle::Plain:
    case SubjectStyle::Empty:
        subject = m_rng.pick(plainSubjects());
        break;
    case SubjectStyle::Unicode:
        subject = m_rng.pick(unicodeSubjects());
        break;
    case SubjectStyle::RightToLeft:
        subject = m_rng.pick(rightToLeftSubjects());
        break;
    }
    if (s.repeat == Repeat::DstWeekly || s.repeat == Repeat::DstSingle)
        subject += QStringLiteral(" (across the clock change)");
    else if (a.recurrence)
        subject = (a.recurrence->pattern == QLatin1String("daily") ? QStringLiteral("Daily: ")
                                                                   : QStringLiteral("Weekly: ")) +
                  subject;

    QString body;
    switch (s.body) {
    case BodyStyle::Empty:
        break;
    case BodyStyle::Short:
        body = m_rng.pick(sentences());
        break;
    case BodyStyle::MultiLine:
        body = multiLine(m_rng.range(2, 6));
        break;
    case BodyStyle::Long:
        body = longBody();
        break;
    }
    if (s.subject == SubjectStyle::Empty) {
        // CRM: the first line of the details becomes the subject on the Exchange side.
        a.subject.clear();
        a.body = subject + QChar(u'\n') + (body.isEmpty() ? multiLine(m_rng.range(1, 3)) : body);
    } else {
        a.subject = subject;
        a.body = body;
    }
}

QString SampleAppointmentBuilder::multiLine(int lines)
{
    QString text = QStringLiteral("Agenda:");
    for (int i = 1; i <= lines; ++i)
        text += QStringLiteral("\n%1. ").arg(i) + m_rng.pick(sentences());
    return text;
}

QString SampleAppointmentBuilder::longBody()
{
    const int target = 4096 + m_rng.range(0, 4000);
    QString text;
    for (int paragraph = 1; text.size() < target; ++paragraph) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += QStringLiteral("Section %1\n").arg(paragraph);
        const int lines = m_rng.range(3, 8);
        for (int l = 0; l < lines; ++l) {
            if (l > 0)
                text += QChar(u'\n');
            text += m_rng.pick(sentences());
            if (m_rng.percent(30))
                text += QChar(u' ') + m_rng.pick(unicodeSubjects());
        }
    }
    return text;
}

} // namespace cxsync::sandbox::detail
