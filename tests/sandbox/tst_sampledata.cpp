// The sample-data generator: deterministic output, every documented user and appointment case present,
// and the invariants the Graph and CRM sandboxes rely on (window, zones, keys, organizer/attendee sides).
#include "SampleDataGenerator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <functional>

using namespace cxsync::sandbox;

namespace {

using Origin = SampleAppointment::Origin;

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

const QDateTime kNow(QDate(2026, 11, 21), QTime(23, 40, 17), QTimeZone::utc());

// Every field, in order: two results serialize equally exactly when they are equal. Without zone ids the text
// does not depend on which IANA names the system's tzdata has (the Windows zone name is part of it anyway).
QByteArray serialize(const SampleData &d, bool withZoneIds = true)
{
    const auto dateTimeText = [withZoneIds](const QDateTime &dt) {
        QString text = dt.toString(Qt::ISODateWithMs);
        if (withZoneIds)
            text += QLatin1Char('[') + QString::fromLatin1(dt.timeZone().id()) + QLatin1Char(']');
        return text;
    };
    QStringList out;
    out << d.syncUserKey << d.syncUserPassword;
    for (const SampleUser &x : d.users) {
        out << QStringList{x.key,
                           x.givenName,
                           x.surname,
                           x.displayName,
                           QString::number(x.hasMailbox),
                           x.mail,
                           x.aliases.join(QLatin1Char(',')),
                           QString::number(x.accountEnabled),
                           QString::number(x.hasCrmUser),
                           x.crmLogon,
                           x.crmEmail,
                           x.crmFirstName,
                           x.crmLastName,
                           QString::number(x.crmResource),
                           QString::number(x.crmDisabled),
                           QString::number(x.crmExternalLogon)}
                   .join(QLatin1Char('|'));
    }
    for (const SampleAppointment &a : d.appointments) {
        QString recurrence;
        if (a.recurrence) {
            QStringList days;
            for (Qt::DayOfWeek day : a.recurrence->daysOfWeek)
                days << QString::number(int(day));
            recurrence = QStringLiteral("%1/%2/%3/%4")
                             .arg(a.recurrence->pattern)
                             .arg(a.recurrence->interval)
                             .arg(days.join(QLatin1Char(',')))
                             .arg(a.recurrence->occurrences);
        }
        out << QStringList{a.key,
                           QString::number(int(a.origin)),
                           a.organizerKey,
                           a.attendeeKeys.join(QLatin1Char(',')),
                           a.externalAttendees.join(QLatin1Char(',')),
                           a.subject,
                           a.body,
                           a.location,
                           dateTimeText(a.start),
                           dateTimeText(a.end),
                           a.timeZone,
                           QString::number(a.isAllDay),
                           QString::number(a.isPrivate),
                           QString::number(a.reminderOn),
                           QString::number(a.reminderMinutes),
                           a.crmStatus,
                           recurrence}
                   .join(QLatin1Char('|'));
    }
    return out.join(QLatin1Char('\n')).toUtf8();
}

bool hasNonAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

bool isRightToLeft(const QString &s)
{
    for (QChar c : s) {
        if (c.direction() == QChar::DirR || c.direction() == QChar::DirAL)
            return true;
    }
    return false;
}

bool inBoth(const SampleUser &x)
{
    return x.hasMailbox && x.hasCrmUser;
}

bool crmEmailMatchesAnAddress(const SampleUser &x)
{
    if (x.crmEmail.isEmpty())
        return false;
    if (x.crmEmail.compare(x.mail, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString &alias : x.aliases) {
        if (x.crmEmail.compare(alias, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int sameNameInBoth(const SampleData &d, const SampleUser &x)
{
    int n = 0;
    for (const SampleUser &y : d.users) {
        if (inBoth(y) && y.givenName == x.givenName && y.surname == x.surname)
            ++n;
    }
    return n;
}

using UserPredicate = std::function<bool(const SampleData &, const SampleUser &)>;

// The documented user categories, in the generator's priority order.
const QList<QPair<QString, UserPredicate>> &userCategories()
{
    static const QList<QPair<QString, UserPredicate>> list{
        {QStringLiteral("synchronization user"),
         [](const SampleData &d, const SampleUser &x) {
             return x.key == d.syncUserKey && x.hasCrmUser && x.crmExternalLogon && !x.crmLogon.isEmpty();
         }},
        {QStringLiteral("match by e-mail"),
         [](const SampleData &, const SampleUser &x) {
             return inBoth(x) && !x.crmEmail.isEmpty() &&
                    x.crmEmail.compare(x.mail, Qt::CaseInsensitive) == 0;
         }},
        {QStringLiteral("match by first + last name only"),
         [](const SampleData &d, const SampleUser &x) {
             return inBoth(x) && !crmEmailMatchesAnAddress(x) && sameNameInBoth(d, x) == 1;
         }},
        {QStringLiteral("match by alias"),
         [](const SampleData &, const SampleUser &x) {
             return inBoth(x) && !x.aliases.isEmpty() &&
                    x.crmEmail.compare(x.mail, Qt::CaseInsensitive) != 0 && crmEmailMatchesAnAddress(x);
         }},
        {QStringLiteral("Exchange only"),
         [](const SampleData &, const SampleUser &x) { return x.hasMailbox && !x.hasCrmUser; }},
        {QStringLiteral("CRM only"),
         [](const SampleData &d, const SampleUser &x) {
             return x.hasCrmUser && !x.hasMailbox && x.key != d.syncUserKey;
         }},
        {QStringLiteral("disabled Exchange account"),
         [](const SampleData &, const SampleUser &x) { return x.hasMailbox && !x.accountEnabled; }},
        {QStringLiteral("same first + last name twice on both sides"),
         [](const SampleData &d, const SampleUser &x) {
             return inBoth(x) && !crmEmailMatchesAnAddress(x) && sameNameInBoth(d, x) >= 2;
         }},
        {QStringLiteral("CRM resource"),
         [](const SampleData &, const SampleUser &x) { return x.hasCrmUser && x.crmResource; }},
        {QStringLiteral("disabled CRM user"),
         [](const SampleData &, const SampleUser &x) { return x.hasCrmUser && x.crmDisabled; }},
    };
    return list;
}

bool anyUser(const SampleData &d, const UserPredicate &p)
{
    for (const SampleUser &x : d.users) {
        if (p(d, x))
            return true;
    }
    return false;
}

// A daylight-saving transition between the first start and the last end of an item or series.
bool crossesDst(const SampleAppointment &a)
{
    const QDateTime lastEnd = SampleDataGenerator::lastOccurrenceStart(a).addSecs(a.start.secsTo(a.end));
    return a.start.offsetFromUtc() != lastEnd.offsetFromUtc();
}

bool attendeesMix(const SampleData &d, const SampleAppointment &a)
{
    bool inBothSystems = false;
    bool oneSideOnly = false;
    for (const QString &key : a.attendeeKeys) {
        const SampleUser *x = d.user(key);
        if (!x)
            continue;
        inBothSystems = inBothSystems || inBoth(*x);
        oneSideOnly = oneSideOnly || !inBoth(*x);
    }
    return inBothSystems && oneSideOnly;
}

using AppointmentPredicate = std::function<bool(const SampleData &, const SampleAppointment &)>;

QList<QPair<QString, AppointmentPredicate>> appointmentCategories()
{
    QList<QPair<QString, AppointmentPredicate>> list{
        {QStringLiteral("Exchange single"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Exchange && !a.recurrence && !a.isAllDay && a.attendeeKeys.isEmpty();
         }},
        {QStringLiteral("CRM single"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Crm && !a.isAllDay && a.attendeeKeys.isEmpty();
         }},
        {QStringLiteral("Exchange all-day"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Exchange && a.isAllDay;
         }},
        {QStringLiteral("CRM all-day"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Crm && a.isAllDay;
         }},
        {QStringLiteral("Exchange meeting mixing CRM and Exchange-only people"),
         [](const SampleData &d, const SampleAppointment &a) {
             return a.origin == Origin::Exchange && attendeesMix(d, a);
         }},
        {QStringLiteral("CRM meeting mixing CRM-only and Exchange people"),
         [](const SampleData &d, const SampleAppointment &a) {
             return a.origin == Origin::Crm && attendeesMix(d, a);
         }},
        {QStringLiteral("meeting with an external attendee"),
         [](const SampleData &, const SampleAppointment &a) { return !a.externalAttendees.isEmpty(); }},
        {QStringLiteral("daily series"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.recurrence && a.recurrence->pattern == QLatin1String("daily");
         }},
        {QStringLiteral("weekly series"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.recurrence && a.recurrence->pattern == QLatin1String("weekly");
         }},
        {QStringLiteral("crosses a daylight-saving transition"),
         [](const SampleData &, const SampleAppointment &a) { return crossesDst(a); }},
        {QStringLiteral("unicode subject"),
         [](const SampleData &, const SampleAppointment &a) {
             return hasNonAscii(a.subject) && !isRightToLeft(a.subject);
         }},
        {QStringLiteral("right-to-left subject"),
         [](const SampleData &, const SampleAppointment &a) { return isRightToLeft(a.subject); }},
        {QStringLiteral("Exchange body over 4,000 characters on several lines"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Exchange && a.body.size() > 4000 &&
                    a.body.count(QLatin1Char('\n')) > 5;
         }},
        {QStringLiteral("CRM body over 4,000 characters on several lines"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Crm && a.body.size() > 4000 && a.body.count(QLatin1Char('\n')) > 5;
         }},
        {QStringLiteral("private item"),
         [](const SampleData &, const SampleAppointment &a) { return a.isPrivate; }},
        {QStringLiteral("reminder off"),
         [](const SampleData &, const SampleAppointment &a) { return !a.reminderOn; }},
        {QStringLiteral("CRM item with empty subject and the text in the body"),
         [](const SampleData &, const SampleAppointment &a) {
             return a.origin == Origin::Crm && a.subject.isEmpty() &&
                    !a.body.section(QLatin1Char('\n'), 0, 0).trimmed().isEmpty();
         }},
    };
    for (int minutes : {0, 5, 15, 30, 60, 1440}) {
        list.append({QStringLiteral("reminder %1 minutes before").arg(minutes),
                     [minutes](const SampleData &, const SampleAppointment &a) {
                         return a.reminderOn && a.reminderMinutes == minutes;
                     }});
    }
    for (const char *status : {"Pending", "In Progress", "Complete", "Canceled"}) {
        const QString s = QString::fromLatin1(status);
        list.append(
            {QStringLiteral("CRM status %1").arg(s), [s](const SampleData &, const SampleAppointment &a) {
                 return a.origin == Origin::Crm && a.crmStatus == s;
             }});
    }
    for (const QString &zone : SampleDataGenerator::windowsZones()) {
        list.append({QStringLiteral("zone %1").arg(zone),
                     [zone](const SampleData &, const SampleAppointment &a) { return a.timeZone == zone; }});
    }
    return list;
}

// Checks the world of `users` and `appointments` from seed 11 and, with CXSYNC_SAMPLEDATA_STRESS=<n>, n more
// seeds and dates (small worlds only); stops at the first failure, naming its seed index.
void checkEverySeed(int users, int appointments, const std::function<void(const SampleData &)> &check)
{
    const int extraSeeds = users <= 11 ? qEnvironmentVariableIntValue("CXSYNC_SAMPLEDATA_STRESS") : 0;
    for (int seed = -1; seed < extraSeeds; ++seed) {
        const SampleData d = SampleDataGenerator::generate(users, appointments, seed < 0 ? 11 : 5000 + seed,
                                                           kNow.addDays(seed < 0 ? 0 : seed % 365));
        check(d);
        if (QTest::currentTestFailed()) {
            qWarning("seed index %d", seed);
            return;
        }
    }
}

} // namespace

static void checkUserCategory(const SampleData &d, const QString &category);
static void checkAppointmentCase(const SampleData &d, const QString &category);

class TestSampleData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameInputsGiveIdenticalOutput_data();
    void sameInputsGiveIdenticalOutput();
    void knownInputsGiveTheKnownOutputOnEveryMachine();
    void countsAreExact_data();
    void countsAreExact();
    void everyUserCategoryIsPresent_data();
    void everyUserCategoryIsPresent();
    void smallWorldsKeepTheCategoriesInPriorityOrder_data();
    void smallWorldsKeepTheCategoriesInPriorityOrder();
    void everyAppointmentCaseIsPresent_data();
    void everyAppointmentCaseIsPresent();
    void usersAreConsistent_data();
    void usersAreConsistent();
    void appointmentsAreConsistent_data();
    void appointmentsAreConsistent();
    void aDstCrossingItemExistsWhateverTheDate_data();
    void aDstCrossingItemExistsWhateverTheDate();
    void thousandUsersAndFiveThousandAppointmentsAreQuick();
};

void TestSampleData::sameInputsGiveIdenticalOutput_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("appointments");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("10 users, 30 appointments, seed 1: identical twice, different with seed 2")
        << 10 << 30 << quint64(1);
    QTest::newRow("1000 users, 2000 appointments, seed 42: identical twice, different with seed 43")
        << 1000 << 2000 << quint64(42);
    QTest::newRow("3 users, 12 appointments, seed 2^64-1: identical twice, different with seed 0")
        << 3 << 12 << ~quint64(0);
}

void TestSampleData::sameInputsGiveIdenticalOutput()
{
    QFETCH(int, users);
    QFETCH(int, appointments);
    QFETCH(quint64, seed);
    const QByteArray first = serialize(SampleDataGenerator::generate(users, appointments, seed, kNow));
    const QByteArray second = serialize(SampleDataGenerator::generate(users, appointments, seed, kNow));
    QCOMPARE(second, first);
    const QByteArray other = serialize(SampleDataGenerator::generate(users, appointments, seed + 1, kNow));
    QVERIFY(other != first);
    // `now` given in another zone is the same instant: the same world.
    const QByteArray shifted = serialize(SampleDataGenerator::generate(
        users, appointments, seed, kNow.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")))));
    QCOMPARE(shifted, first);
}

void TestSampleData::knownInputsGiveTheKnownOutputOnEveryMachine()
{
    // Guards against anything platform-dependent sneaking in (library distributions, hash order). When the
    // generator is changed on purpose, update the fingerprint printed below.
    const QByteArray bytes = serialize(SampleDataGenerator::generate(12, 40, 20261121, kNow), false);
    // CXSYNC_SAMPLEDATA_DUMP=<file> writes the serialized world for a look.
    if (const QString dump = qEnvironmentVariable("CXSYNC_SAMPLEDATA_DUMP"); !dump.isEmpty()) {
        QFile file(dump);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QByteArray fingerprint = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    std::printf("sampledata_fingerprint=%s\n", fingerprint.constData());
    std::fflush(stdout);
    QCOMPARE(fingerprint, QByteArray("d5f4ddca1544452ec2f1bc1d29a5e3cae3bc3cd157b4ca8315f3438a057fd39a"));
}

void TestSampleData::countsAreExact_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("appointments");
    QTest::newRow("no users, no appointments") << 0 << 0;
    QTest::newRow("no users: no appointments can have an organizer") << 0 << 5;
    QTest::newRow("only the synchronization user still gets its appointments") << 1 << 7;
    QTest::newRow("2 users, 9 appointments") << 2 << 9;
    QTest::newRow("10 users, 30 appointments") << 10 << 30;
    QTest::newRow("11 users, 0 appointments") << 11 << 0;
    QTest::newRow("37 users, 111 appointments") << 37 << 111;
    QTest::newRow("1000 users, 2000 appointments") << 1000 << 2000;
}

void TestSampleData::countsAreExact()
{
    QFETCH(int, users);
    QFETCH(int, appointments);
    const SampleData d = SampleDataGenerator::generate(users, appointments, 5, kNow);
    QCOMPARE(d.users.size(), users);
    QCOMPARE(d.appointments.size(), users == 0 ? 0 : appointments);
}

void TestSampleData::everyUserCategoryIsPresent_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("appointments");
    QTest::addColumn<QString>("category");
    for (const auto &[n, m] :
         {QPair<int, int>{1000, 2000}, QPair<int, int>{10, 30}, QPair<int, int>{11, 30}}) {
        for (const auto &category : userCategories()) {
            const QString row = QStringLiteral("%1 users: %2").arg(n).arg(category.first);
            QTest::newRow(row.toUtf8().constData()) << n << m << category.first;
        }
        QTest::newRow(QStringLiteral("%1 users: unicode names").arg(n).toUtf8().constData())
            << n << m << QStringLiteral("unicode names");
        QTest::newRow(QStringLiteral("%1 users: a right-to-left name").arg(n).toUtf8().constData())
            << n << m << QStringLiteral("right-to-left name");
        QTest::newRow(
            QStringLiteral("%1 users: CRM e-mail in another letter case").arg(n).toUtf8().constData())
            << n << m << QStringLiteral("CRM e-mail in another letter case");
        QTest::newRow(QStringLiteral("%1 users: roughly 70 % in both systems").arg(n).toUtf8().constData())
            << n << m << QStringLiteral("roughly 70 % in both systems");
    }
}

void TestSampleData::everyUserCategoryIsPresent()
{
    QFETCH(int, users);
    QFETCH(int, appointments);
    QFETCH(QString, category);
    checkEverySeed(users, appointments, [&category](const SampleData &d) { checkUserCategory(d, category); });
}

static void checkUserCategory(const SampleData &d, const QString &category)
{
    if (category == QLatin1String("unicode names")) {
        for (const char *name : {"Zoë Ångström", "José Núñez", "Łukasz Żółw"}) {
            QVERIFY2(anyUser(d, [name](const SampleData &,
                                       const SampleUser &x) { return x.displayName == u(name); }),
                     name);
        }
        return;
    }
    if (category == QLatin1String("right-to-left name")) {
        QVERIFY(anyUser(d, [](const SampleData &, const SampleUser &x) {
            return isRightToLeft(x.givenName) && isRightToLeft(x.surname) && x.hasCrmUser && x.hasMailbox;
        }));
        return;
    }
    if (category == QLatin1String("CRM e-mail in another letter case")) {
        QVERIFY(anyUser(d, [](const SampleData &, const SampleUser &x) {
            return inBoth(x) && x.crmEmail != x.mail && x.crmEmail.compare(x.mail, Qt::CaseInsensitive) == 0;
        }));
        return;
    }
    if (category == QLatin1String("roughly 70 % in both systems")) {
        int both = 0;
        for (const SampleUser &x : d.users)
            both += inBoth(x) ? 1 : 0;
        const double share = double(both) / double(d.users.size());
        QVERIFY2(share >= 0.6 && share <= 0.8, QByteArray::number(share).constData());
        return;
    }
    for (const auto &c : userCategories()) {
        if (c.first == category) {
            QVERIFY(anyUser(d, c.second));
            return;
        }
    }
    QFAIL("unknown category");
}

void TestSampleData::smallWorldsKeepTheCategoriesInPriorityOrder_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("categories");  // how many of userCategories() (in order) must be present
    QTest::addColumn<int>("alsoPresent"); // one more index of userCategories() that must be present, or -1
    QTest::newRow("1 user: just the synchronization user") << 1 << 1 << -1;
    QTest::newRow("2 users: plus a match by e-mail") << 2 << 2 << -1;
    QTest::newRow("3 users: plus a match by name only") << 3 << 3 << -1;
    QTest::newRow("4 users: plus a match by alias") << 4 << 4 << -1;
    QTest::newRow("5 users: plus an Exchange-only person") << 5 << 5 << -1;
    QTest::newRow("6 users: plus a CRM-only person") << 6 << 6 << -1;
    QTest::newRow("7 users: plus a disabled Exchange account") << 7 << 7 << -1;
    QTest::newRow("8 users: no room for the ambiguous pair, the CRM resource fits") << 8 << 7 << 8;
    QTest::newRow("9 users: plus the ambiguous pair") << 9 << 8 << -1;
    QTest::newRow("10 users: everything (the disabled Exchange account is also the disabled CRM user)")
        << 10 << 10 << -1;
}

void TestSampleData::smallWorldsKeepTheCategoriesInPriorityOrder()
{
    QFETCH(int, users);
    QFETCH(int, categories);
    QFETCH(int, alsoPresent);
    const SampleData d = SampleDataGenerator::generate(users, 3, 99, kNow);
    QCOMPARE(d.users.size(), users);
    for (int i = 0; i < userCategories().size(); ++i) {
        const bool expected = i < categories || i == alsoPresent;
        QVERIFY2(anyUser(d, userCategories().at(i).second) == expected,
                 qPrintable(userCategories().at(i).first));
    }
}

void TestSampleData::everyAppointmentCaseIsPresent_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("appointments");
    QTest::addColumn<QString>("category");
    for (const auto &[n, m] : {QPair<int, int>{1000, 2000}, QPair<int, int>{10, 30}}) {
        for (const auto &category : appointmentCategories()) {
            const QString row =
                QStringLiteral("%1 users, %2 appointments: %3").arg(n).arg(m).arg(category.first);
            QTest::newRow(row.toUtf8().constData()) << n << m << category.first;
        }
        QTest::newRow(QStringLiteral("%1 users, %2 appointments: about half from each side")
                          .arg(n)
                          .arg(m)
                          .toUtf8()
                          .constData())
            << n << m << QStringLiteral("half");
    }
}

void TestSampleData::everyAppointmentCaseIsPresent()
{
    QFETCH(int, users);
    QFETCH(int, appointments);
    QFETCH(QString, category);
    checkEverySeed(users, appointments,
                   [&category](const SampleData &d) { checkAppointmentCase(d, category); });
}

static void checkAppointmentCase(const SampleData &d, const QString &category)
{
    if (category == QLatin1String("half")) {
        int exchange = 0;
        for (const SampleAppointment &a : d.appointments)
            exchange += a.origin == Origin::Exchange ? 1 : 0;
        const double share = double(exchange) / double(d.appointments.size());
        QVERIFY2(share >= 0.4 && share <= 0.6, QByteArray::number(share).constData());
        return;
    }
    for (const auto &c : appointmentCategories()) {
        if (c.first == category) {
            for (const SampleAppointment &a : d.appointments) {
                if (c.second(d, a))
                    return;
            }
            QFAIL("no such appointment");
        }
    }
    QFAIL("unknown category");
}

namespace {
void addWorlds()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("appointments");
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<QDateTime>("now");
    QTest::newRow("1 user, 5 appointments") << 1 << 5 << quint64(3) << kNow;
    QTest::newRow("2 users, 40 appointments") << 2 << 40 << quint64(4) << kNow;
    QTest::newRow("10 users, 30 appointments") << 10 << 30 << quint64(5) << kNow;
    QTest::newRow("37 users, 400 appointments, now in June")
        << 37 << 400 << quint64(6) << QDateTime(QDate(2026, 6, 6), QTime(12, 0), QTimeZone::utc());
    QTest::newRow("200 users, 1500 appointments, now on the March clock change")
        << 200 << 1500 << quint64(7) << QDateTime(QDate(2027, 3, 28), QTime(1, 30), QTimeZone::utc());
    QTest::newRow("1000 users, 2000 appointments") << 1000 << 2000 << quint64(8) << kNow;
    // CXSYNC_SAMPLEDATA_STRESS=<n> adds n more worlds of assorted sizes, seeds and dates.
    const int extra = qEnvironmentVariableIntValue("CXSYNC_SAMPLEDATA_STRESS");
    for (int i = 0; i < extra; ++i) {
        const int users = i % 45;
        const int appointments = (i * 37) % 160;
        const QDateTime now = kNow.addSecs(qint64(i) * 86400 * 3 + i * 3607);
        QTest::newRow(qPrintable(
            QStringLiteral("stress %1: %2 users, %3 appointments").arg(i).arg(users).arg(appointments)))
            << users << appointments << quint64(1000 + i) << now;
    }
}
} // namespace

void TestSampleData::usersAreConsistent_data()
{
    addWorlds();
}

void TestSampleData::usersAreConsistent()
{
    QFETCH(int, users);
    QFETCH(int, appointments);
    QFETCH(quint64, seed);
    QFETCH(QDateTime, now);
    const SampleData d = SampleDataGenerator::generate(users, appointments, seed, now);

    const QRegularExpression logonPattern(QStringLiteral("^[a-z0-9]+$"));
    QSet<QString> keys;
    QSet<QString> logons;
    QSet<QString> addresses;
    int syncUsers = 0;
    for (const SampleUser &x : d.users) {
        QVERIFY2(!keys.contains(x.key), qPrintable(x.key));
        keys.insert(x.key);
        QVERIFY(!x.givenName.isEmpty() && !x.surname.isEmpty() && !x.displayName.isEmpty());
        QVERIFY(x.hasMailbox || x.hasCrmUser);
        if (x.hasMailbox) {
            QVERIFY2(x.mail.endsWith(QLatin1String("@contoso.example")), qPrintable(x.mail));
            for (const QString &address : QStringList(x.mail) + x.aliases) {
                QVERIFY2(!addresses.contains(address.toLower()), qPrintable(address));
                addresses.insert(address.toLower());
                QVERIFY2(address.endsWith(QLatin1String("contoso.example")), qPrintable(address));
            }
        } else {
            QVERIFY(x.mail.isEmpty());
            QVERIFY(x.aliases.isEmpty());
        }
        if (x.hasCrmUser) {
            QVERIFY2(logonPattern.match(x.crmLogon).hasMatch(), qPrintable(x.crmLogon));
            QVERIFY2(!logons.contains(x.crmLogon), qPrintable(x.crmLogon));
            logons.insert(x.crmLogon);
            QVERIFY(!x.crmFirstName.isEmpty() && !x.crmLastName.isEmpty());
        } else {
            QVERIFY(x.crmLogon.isEmpty() && x.crmEmail.isEmpty());
            QVERIFY(!x.crmResource && !x.crmDisabled && !x.crmExternalLogon);
        }
        if (x.crmExternalLogon) {
            ++syncUsers;
            QCOMPARE(x.key, d.syncUserKey);
        }
    }
    QCOMPARE(syncUsers, users > 0 ? 1 : 0);
    if (users > 0) {
        QCOMPARE(d.syncUserPassword.size(), 16);
        for (QChar c : d.syncUserPassword)
            QVERIFY(c.unicode() >= 0x21 && c.unicode() <= 0x7e);
    }
    // Only the designated pair shares a name (compared without case).
    QSet<QString> names;
    int duplicates = 0;
    for (const SampleUser &x : d.users) {
        const QString name = (x.givenName + QLatin1Char('|') + x.surname).toCaseFolded();
        duplicates += names.contains(name) ? 1 : 0;
        names.insert(name);
    }
    QCOMPARE(duplicates, users >= 9 ? 1 : 0);
}

void TestSampleData::appointmentsAreConsistent_data()
{
    addWorlds();
}

void TestSampleData::appointmentsAreConsistent()
{
    QFETCH(int, users);
    QFETCH(int, appointments);
    QFETCH(quint64, seed);
    QFETCH(QDateTime, now);
    const SampleData d = SampleDataGenerator::generate(users, appointments, seed, now);
    const QDateTime windowStart = SampleDataGenerator::windowStart(now);
    const QDateTime windowEnd = SampleDataGenerator::windowEnd(now);
    QCOMPARE(windowStart, now.toUTC().addDays(-60));
    QCOMPARE(windowEnd, now.toUTC().addDays(60));
    const QStringList zones = SampleDataGenerator::windowsZones();
    const QList<int> reminderMinutes{0, 5, 15, 30, 60, 1440};
    const QStringList statuses{QStringLiteral("Pending"), QStringLiteral("In Progress"),
                               QStringLiteral("Complete"), QStringLiteral("Canceled")};

    QSet<QString> keys;
    int seriesLeavingTheWindow = 0;
    for (const SampleAppointment &a : d.appointments) {
        const QByteArray where = a.key.toUtf8();
        QVERIFY2(!keys.contains(a.key), where);
        keys.insert(a.key);

        // Times: valid local times of the item's zone, inside the window, start before end.
        QVERIFY2(zones.contains(a.timeZone), where);
        const QTimeZone tz = SampleDataGenerator::timeZoneFor(a.timeZone);
        QVERIFY2(tz.isValid(), where);
        if (a.timeZone != QLatin1String("UTC"))
            QVERIFY2(QTimeZone::windowsIdToIanaIds(a.timeZone.toLatin1()).contains(tz.id()), where);
        QVERIFY2(a.start.isValid() && a.end.isValid(), where);
        QCOMPARE(a.start.timeSpec(), Qt::TimeZone);
        QCOMPARE(a.start.timeZone(), tz);
        QCOMPARE(a.end.timeZone(), tz);
        QVERIFY2(a.start < a.end, where);
        QVERIFY2(a.start >= windowStart && a.end <= windowEnd, where);
        const QDateTime lastEnd = SampleDataGenerator::lastOccurrenceStart(a).addSecs(a.start.secsTo(a.end));
        if (lastEnd > windowEnd)
            ++seriesLeavingTheWindow;
        if (a.isAllDay) {
            QCOMPARE(a.start.time(), QTime(0, 0));
            QCOMPARE(a.end.time(), QTime(0, 0));
            QVERIFY2(a.end.date() > a.start.date(), where);
        }

        // Sides: Exchange items belong to mailboxes, CRM items to CRM users.
        const bool exchange = a.origin == Origin::Exchange;
        const SampleUser *organizer = d.user(a.organizerKey);
        QVERIFY2(organizer, where);
        if (exchange)
            QVERIFY2(organizer->hasMailbox && organizer->accountEnabled, where);
        else
            QVERIFY2(organizer->hasCrmUser && !organizer->crmDisabled, where);
        QSet<QString> attendees;
        for (const QString &key : a.attendeeKeys) {
            const SampleUser *x = d.user(key);
            QVERIFY2(x, where);
            QVERIFY2(key != a.organizerKey, where);
            QVERIFY2(!attendees.contains(key), where);
            attendees.insert(key);
            if (exchange)
                QVERIFY2(x->hasMailbox, where);
            else
                QVERIFY2(x->hasCrmUser, where);
        }
        if (!exchange)
            QVERIFY2(a.externalAttendees.isEmpty(), where);
        for (const QString &external : a.externalAttendees) {
            QVERIFY2(external.endsWith(QLatin1String(".example")) && external.contains(QLatin1Char('@')),
                     where);
            QVERIFY2(!external.endsWith(QLatin1String("contoso.example")), where);
        }

        // Series: Exchange only, 3-8 numbered occurrences, a weekly one on its start's day.
        if (a.recurrence) {
            QVERIFY2(exchange, where);
            QVERIFY2(!a.isAllDay, where);
            QVERIFY2(a.recurrence->occurrences >= 3 && a.recurrence->occurrences <= 8, where);
            QVERIFY2(a.recurrence->interval >= 1, where);
            if (a.recurrence->pattern == QLatin1String("weekly")) {
                QVERIFY2(a.recurrence->daysOfWeek.contains(Qt::DayOfWeek(a.start.date().dayOfWeek())), where);
            } else {
                QCOMPARE(a.recurrence->pattern, QStringLiteral("daily"));
                QVERIFY2(a.recurrence->daysOfWeek.isEmpty(), where);
            }
        }

        if (a.reminderOn)
            QVERIFY2(reminderMinutes.contains(a.reminderMinutes), where);
        QVERIFY2(statuses.contains(a.crmStatus), where);
        if (exchange) {
            QCOMPARE(a.crmStatus, QStringLiteral("Pending"));
            QVERIFY2(!a.subject.isEmpty(), where);
        } else if (a.subject.isEmpty()) {
            QVERIFY2(!a.body.section(QLatin1Char('\n'), 0, 0).trimmed().isEmpty(), where);
        }
    }
    // Every series ends in the window, except perhaps the one placed across a distant clock change.
    QVERIFY(seriesLeavingTheWindow <= 1);
}

void TestSampleData::aDstCrossingItemExistsWhateverTheDate_data()
{
    QTest::addColumn<QDateTime>("now");
    for (const QDate &date : {QDate(2026, 1, 1), QDate(2026, 2, 14), QDate(2026, 3, 29), QDate(2026, 4, 20),
                              QDate(2026, 6, 6), QDate(2026, 7, 15), QDate(2026, 8, 31), QDate(2026, 10, 25),
                              QDate(2026, 11, 21), QDate(2026, 12, 31), QDate(2028, 2, 29)}) {
        QTest::newRow(qPrintable(QStringLiteral("now = %1").arg(date.toString(Qt::ISODate))))
            << QDateTime(date, QTime(8, 15), QTimeZone::utc());
    }
}

void TestSampleData::aDstCrossingItemExistsWhateverTheDate()
{
    QFETCH(QDateTime, now);
    // CXSYNC_SAMPLEDATA_STRESS=<n> also tries the n days after each date.
    const int extraDays = qEnvironmentVariableIntValue("CXSYNC_SAMPLEDATA_STRESS");
    for (int day = 0; day <= extraDays; ++day) {
        for (int appointments : {9, 30}) {
            const SampleData d = SampleDataGenerator::generate(10, appointments, 17 + day, now.addDays(day));
            bool found = false;
            for (const SampleAppointment &a : d.appointments)
                found = found || crossesDst(a);
            QVERIFY2(found,
                     qPrintable(QStringLiteral("%1 appointments, %2 days later").arg(appointments).arg(day)));
        }
    }
}

void TestSampleData::thousandUsersAndFiveThousandAppointmentsAreQuick()
{
    QElapsedTimer timer;
    timer.start();
    const SampleData d = SampleDataGenerator::generate(1000, 5000, 2026, kNow);
    const qint64 ms = timer.elapsed();
    QCOMPARE(d.users.size(), 1000);
    QCOMPARE(d.appointments.size(), 5000);
    std::printf("sampledata_ms=%lld\n", static_cast<long long>(ms));
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
