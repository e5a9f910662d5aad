// Appointments only (seed guide chapter 1, issue 14): the CRM's Communication table also holds tasks, to-dos,
// logged calls, e-mails and letters. Against a sample CRM that has all of them for linked users, Outlook only
// ever receives appointments; a synchronized appointment whose type a user changes leaves Outlook as a
// delete would, and the CRM record itself is never deleted or rewritten by the sync.
#include "UserSyncWorld.h"
#include "sync/CalendarSync.h"
#include "sync/SyncJournal.h"
#include "users/UserSync.h"

#include <QSet>
#include <QSignalSpy>

using namespace cxsync;
using namespace cxsync::sync;
using namespace cxsync::testsupport;

namespace {

struct Person {
    QString crmId;
    QString mailbox; // Graph id
};

QString wire(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

} // namespace

class TestCalendarTypes : public QObject {
    Q_OBJECT

    std::unique_ptr<UserSyncWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;
    QList<Person> m_people;

    SyncReport sync()
    {
        CalendarSync engine(*m_connections, *m_journal, m_world->clock(),
                            SyncRunOptions::fromSettings(m_world->settings()));
        QSignalSpy finished(&engine, &CalendarSync::finished);
        engine.start();
        if (!finished.wait(60000)) {
            SyncReport timedOut;
            timedOut.error = QStringLiteral("timed out");
            return timedOut;
        }
        return finished.first().first().value<SyncReport>();
    }
    static QByteArray failures(const SyncReport &r)
    {
        return (r.error + QLatin1Char(' ') + r.failures.join(QLatin1String("; "))).toUtf8();
    }
    QJsonObject comm(const QString &id)
    {
        for (const QJsonValue &v : m_world->crm().communications(true)) {
            if (v.toObject().value(QStringLiteral("Comm_CommunicationId")).toVariant().toString() == id)
                return v.toObject();
        }
        return {};
    }
    QStringList subjectsIn(const QString &mailbox)
    {
        QStringList out;
        for (const QJsonValue &v : m_world->graph().events(mailbox))
            out.append(v.toObject().value(QStringLiteral("subject")).toString());
        return out;
    }
    QSet<QString> linkedComms()
    {
        QSet<QString> out;
        const auto links = SyncJournal(*m_journal).links();
        for (const ItemLink &l : links.ok() ? links.value() : QList<ItemLink>())
            out.insert(l.crmCommId);
        return out;
    }
    QString createAppointment(const QString &subject, const Person &owner, const QList<Person> &others)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
        QStringList ids{owner.crmId};
        for (const Person &p : others)
            ids.append(p.crmId);
        return m_world->crm()
            .createCommunication(QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                                             {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                                             {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                                             {QStringLiteral("Comm_Subject"), subject},
                                             {QStringLiteral("Comm_DateTime"), wire(start)},
                                             {QStringLiteral("Comm_ToDateTime"), wire(start.addSecs(3600))},
                                             {QStringLiteral("Comm_UserId"), owner.crmId.toInt()}},
                                 ids)
            .value(QStringLiteral("Comm_CommunicationId"))
            .toVariant()
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        // 40 sample appointments bring 20 tasks, calls, e-mails and letters with them.
        m_world = std::make_unique<UserSyncWorld>(12, 1, 40);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_connections = m_world->connect();
        m_journal = m_world->openJournal();
        QVERIFY(m_connections && m_journal);
        users::UserSync userSync(
            m_connections->crm(), *m_connections->exchange(), *m_journal, m_world->clock(),
            users::UserSync::matchOptions(m_world->settings(), m_connections->exchangeServerNames()));
        auto plan = await<users::UserSyncPlan>([&](auto done) { userSync.preparePlan(done); });
        QVERIFY2(plan.ok(), why(plan).constData());
        QSignalSpy applied(&userSync.applier(), &users::UserSyncApplier::finished);
        userSync.applier().start(plan.value(), users::ApplyOptions{false, 4});
        QVERIFY(applied.wait(30000));
        m_people.clear();
        const auto userLinks = users::UserLinkStore(*m_journal).all();
        QVERIFY(userLinks.ok());
        for (const users::UserLink &l : userLinks.value()) {
            if (l.state == users::LinkState::Linked)
                m_people.append(Person{l.crmUserId, l.exchangeUserId});
        }
        QVERIFY2(m_people.size() >= 3, "the sample needs three linked users");
    }
    void cleanup()
    {
        m_connections.reset();
        m_journal.reset();
        m_world.reset();
    }

    void outlookReceivesAppointmentsOnly()
    {
        // The sample CRM really holds other communications for the people the sync links.
        QSet<QString> linkedUsers;
        for (const Person &p : m_people)
            linkedUsers.insert(p.crmId);
        QSet<QString> tasks;
        QSet<QString> taskSubjects;
        QSet<QString> appointmentSubjects;
        for (const QJsonValue &v : m_world->crm().communications(false)) {
            const QJsonObject c = v.toObject();
            const QString subject = c.value(QStringLiteral("Comm_Subject")).toString();
            if (c.value(QStringLiteral("Comm_Type")).toString() == QLatin1String("Appointment")) {
                appointmentSubjects.insert(subject);
                continue;
            }
            if (linkedUsers.contains(c.value(QStringLiteral("Comm_UserId")).toVariant().toString())) {
                tasks.insert(c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString());
                taskSubjects.insert(subject);
            }
        }
        taskSubjects.subtract(appointmentSubjects); // a subject an appointment also has proves nothing
        QVERIFY2(tasks.size() >= 5, "the sample gives linked users tasks, calls, e-mails and letters");
        QVERIFY(!taskSubjects.isEmpty());

        const SyncReport first = sync();
        QVERIFY2(first.error.isEmpty() && first.failed == 0, failures(first).constData());
        QVERIFY2(first.done.exchangeCreates > 0, "the sample's CRM appointments were created in Outlook");
        for (const Person &p : m_people) {
            for (const QString &subject : subjectsIn(p.mailbox))
                QVERIFY2(!taskSubjects.contains(subject),
                         qPrintable(subject + QStringLiteral(" reached Outlook")));
        }
        QVERIFY(!linkedComms().intersects(tasks));

        // Users keep working on their tasks: edits, completion, deletion. Outlook hears nothing of it.
        int n = 0;
        for (const QString &id : std::as_const(tasks)) {
            if (n % 3 == 0)
                QVERIFY(m_world->crm().updateCommunication(
                    id,
                    QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("edited task %1").arg(n)}}));
            else if (n % 3 == 1)
                QVERIFY(m_world->crm().updateCommunication(
                    id, QJsonObject{{QStringLiteral("Comm_Status"), QStringLiteral("Complete")}}));
            else
                QVERIFY(m_world->crm().deleteCommunication(id));
            ++n;
        }
        const SyncReport second = sync();
        QVERIFY2(second.ok(), failures(second).constData());
        QCOMPARE(second.done.exchangeCreates + second.done.exchangeUpdates + second.done.exchangeDeletes, 0);
        QCOMPARE(second.planned.exchangeCreates + second.planned.exchangeUpdates +
                     second.planned.exchangeDeletes,
                 0);
        for (const Person &p : m_people) {
            for (const QString &subject : subjectsIn(p.mailbox))
                QVERIFY2(!subject.startsWith(QLatin1String("edited task")), qPrintable(subject));
        }
        QVERIFY(!linkedComms().intersects(tasks));
    }

    // A user turns a synchronized appointment into a task (or a logged call): it leaves every Outlook
    // calendar like a deleted appointment, and the CRM record stays as the user left it.
    void anAppointmentMadeATaskLeavesOutlook_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("withAttendee");
        QTest::addColumn<QString>("outlookMeanwhile"); // what the Outlook user did before the next run
        QTest::newRow("a plain appointment becomes a to-do") << QStringLiteral("ToDo") << false << QString();
        QTest::newRow("a meeting becomes a logged call: gone from both calendars")
            << QStringLiteral("PhoneOut") << true << QString();
        QTest::newRow("edited in Outlook meanwhile: as a delete against an edit, the task is not rewritten")
            << QStringLiteral("ToDo") << false << QStringLiteral("edit");
        QTest::newRow("deleted in Outlook meanwhile: the task is not deleted")
            << QStringLiteral("ToDo") << false << QStringLiteral("delete");
    }
    void anAppointmentMadeATaskLeavesOutlook()
    {
        QFETCH(QString, action);
        QFETCH(bool, withAttendee);
        QFETCH(QString, outlookMeanwhile);
        QVERIFY2(sync().error.isEmpty(), "first run");
        const Person &a = m_people.at(0), &b = m_people.at(1);
        const QString subject = QStringLiteral("Quarterly review with Fabrikam");
        const QString id = createAppointment(subject, a, withAttendee ? QList<Person>{b} : QList<Person>{});
        QVERIFY(!id.isEmpty());
        const SyncReport created = sync();
        QVERIFY2(created.ok(), failures(created).constData());
        QCOMPARE(subjectsIn(a.mailbox).count(subject), 1);
        QCOMPARE(subjectsIn(b.mailbox).count(subject), withAttendee ? 1 : 0);
        QVERIFY(linkedComms().contains(id));

        QVERIFY(m_world->crm().updateCommunication(
            id, QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Task")},
                            {QStringLiteral("Comm_Action"), action}}));
        if (!outlookMeanwhile.isEmpty()) {
            QString item;
            for (const QJsonValue &v : m_world->graph().events(a.mailbox)) {
                if (v.toObject().value(QStringLiteral("subject")).toString() == subject)
                    item = v.toObject().value(QStringLiteral("id")).toString();
            }
            QVERIFY(!item.isEmpty());
            if (outlookMeanwhile == QLatin1String("edit"))
                QVERIFY(m_world->graph().updateEvent(
                    a.mailbox, item,
                    QJsonObject{{QStringLiteral("subject"), QStringLiteral("renamed in Outlook")}}));
            else
                QVERIFY(m_world->graph().deleteEvent(a.mailbox, item));
        }
        const SyncReport after = sync();
        QVERIFY2(after.ok(), failures(after).constData());
        const SyncReport quiet = sync(); // an attendee's copy is unlinked once Exchange has removed it
        QVERIFY2(quiet.ok(), failures(quiet).constData());
        const QStringList remaining = subjectsIn(a.mailbox) + subjectsIn(b.mailbox);
        QVERIFY2(!remaining.contains(subject), qPrintable(remaining.join(QLatin1String(", "))));
        if (remaining.contains(QStringLiteral("renamed in Outlook"))) {
            // Like a delete against a newer Outlook edit: the conflict policy kept the Outlook version, which
            // comes back to the CRM as an appointment of its own, never onto the task.
            QCOMPARE(outlookMeanwhile, QStringLiteral("edit"));
            int copies = 0;
            for (const QJsonValue &v : m_world->crm().communications(false)) {
                const QJsonObject c = v.toObject();
                if (c.value(QStringLiteral("Comm_Subject")).toString() ==
                    QLatin1String("renamed in Outlook")) {
                    QCOMPARE(c.value(QStringLiteral("Comm_Type")).toString(), QStringLiteral("Appointment"));
                    QVERIFY(linkedComms().contains(
                        c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString()));
                    ++copies;
                }
            }
            QCOMPARE(copies, 1);
        }
        QVERIFY(!linkedComms().contains(id));
        const QJsonObject task = comm(id);
        QCOMPARE(task.value(QStringLiteral("Comm_Deleted")).toInt(), 0);
        QCOMPARE(task.value(QStringLiteral("Comm_Type")).toString(), QStringLiteral("Task"));
        QCOMPARE(task.value(QStringLiteral("Comm_Action")).toString(), action);
        QCOMPARE(task.value(QStringLiteral("Comm_Subject")).toString(), subject);
        // A delete the plan sends for it is answered without touching the task (checked above); nothing
        // rewrites it.
        QCOMPARE(after.done.crmUpdates + quiet.done.crmUpdates, 0);

        // and it stays out
        const SyncReport last = sync();
        QVERIFY2(last.ok(), failures(last).constData());
        QCOMPARE(last.done.exchangeCreates + last.done.exchangeDeletes + last.done.crmCreates +
                     last.done.crmDeletes,
                 0);
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Deleted")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendarTypes)
#include "tst_calendar_types.moc"
