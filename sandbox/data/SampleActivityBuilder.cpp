#include "SampleActivityBuilder.h"

#include "SampleDataGenerator.h"
#include "SampleRandom.h"
#include "SampleVocabulary.h"

namespace cxsync::sandbox::detail {

namespace {

struct ActionKind {
    const char *action;
    QStringList subjects;
    int minutes; // 0: a point in time (a due date, an e-mail, a letter)
};

const QList<ActionKind> &actionKinds()
{
    static const QList<ActionKind> kinds{
        {"ToDo",
         {QStringLiteral("Send the revised quote"), QStringLiteral("Prepare the renewal offer"),
          QStringLiteral("Update the contact details"), QStringLiteral("Check the credit limit")},
         0},
        {"PhoneOut",
         {QStringLiteral("Called about the open invoice"), QStringLiteral("Follow-up call after the demo"),
          QStringLiteral("Called to confirm the delivery date")},
         15},
        {"PhoneIn",
         {QStringLiteral("Customer called about support hours"),
          QStringLiteral("Question about the contract"), QStringLiteral("Called back about pricing")},
         10},
        {"EmailOut",
         {QStringLiteral("Sent the product brochure"), QStringLiteral("Sent meeting notes"),
          QStringLiteral("Sent the signed agreement")},
         0},
        {"EmailIn",
         {QStringLiteral("Re: Order confirmation"), QStringLiteral("Re: Service request"),
          QStringLiteral("Enquiry from the website")},
         0},
        {"LetterOut",
         {QStringLiteral("Welcome letter"), QStringLiteral("Contract renewal letter"),
          QStringLiteral("Price change notice")},
         0},
    };
    return kinds;
}

} // namespace

SampleActivityBuilder::SampleActivityBuilder(quint64 seed, SampleData &data, const QDateTime &nowUtc)
    : m_seed(seed), m_data(data), m_now(nowUtc.toUTC())
{
}

void SampleActivityBuilder::build(int count)
{
    // Appointments are not only meetings: every fourth CRM appointment is a scheduled call, every ninth a
    // demo. They are still appointments (Comm_Type), so they still synchronize.
    int crmIndex = 0;
    for (SampleAppointment &a : m_data.appointments) {
        if (a.origin != SampleAppointment::Origin::Crm)
            continue;
        if (crmIndex % 4 == 3)
            a.crmAction = QStringLiteral("PhoneOut");
        else if (crmIndex % 9 == 5)
            a.crmAction = QStringLiteral("Demo");
        ++crmIndex;
    }

    QStringList linked, crmOnly; // usable CRM users with and without a mailbox
    for (const SampleUser &u : m_data.users) {
        if (!u.hasCrmUser || u.crmDisabled || u.crmResource || u.key == m_data.syncUserKey)
            continue;
        (u.hasMailbox && u.accountEnabled ? linked : crmOnly).append(u.key);
    }
    if (count <= 0 || (linked.isEmpty() && crmOnly.isEmpty()))
        return;
    // Its own stream: adding activities must not change the appointments drawn from the seed.
    SampleRandom rng(m_seed ^ 0x5441534b41435456ULL);
    const QDateTime windowStart = SampleDataGenerator::windowStart(m_now);
    for (int i = 0; i < count; ++i) {
        SampleActivity t;
        t.key = QStringLiteral("t%1").arg(i + 1, 4, 10, QChar(u'0'));
        // Mostly people the sync links (that is where a task could be mistaken for a meeting).
        t.ownerKey = (crmOnly.isEmpty() || (!linked.isEmpty() && rng.percent(85))) ? rng.pick(linked)
                                                                                   : rng.pick(crmOnly);
        const ActionKind &kind =
            actionKinds().at(int(i < actionKinds().size() ? i : rng.below(quint64(actionKinds().size()))));
        t.action = QString::fromLatin1(kind.action);
        t.subject = rng.pick(kind.subjects);
        t.note = rng.percent(60) ? rng.pick(sentences()) : QString();
        const int day = rng.range(0, 2 * SampleDataGenerator::kWindowDays - 1);
        const int quarter = rng.range(0, 40); // 08:00 .. 18:00 UTC
        t.start = QDateTime(windowStart.date().addDays(day).addDays(1), QTime(8, 0), QTimeZone::utc())
                      .addSecs(qint64(quarter) * 15 * 60);
        t.end = t.start.addSecs(qint64(kind.minutes) * 60);
        const bool past = t.start < m_now;
        t.status = past ? (rng.percent(85) ? QStringLiteral("Complete") : QStringLiteral("In Progress"))
                        : QStringLiteral("Pending");
        t.priority = QStringList{QStringLiteral("Low"), QStringLiteral("Normal"), QStringLiteral("High")}.at(
            rng.weighted({20, 60, 20}));
        m_data.crmActivities.append(t);
    }
}

} // namespace cxsync::sandbox::detail
