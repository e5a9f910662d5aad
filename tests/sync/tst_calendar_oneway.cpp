// The one-way options of seed chapter 3 (issue 14): CRM→Exchange only and Exchange→CRM only. Changes in the
// direction that is off are neither written nor lost: while it is off the other side is left exactly as it
// was, and once the option is on again they cross (admin guide §8, "One-way synchronization").
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

QJsonObject at(const QDateTime &t)
{
    return QJsonObject{
        {QStringLiteral("dateTime"), t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
        {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
}

} // namespace

class TestCalendarOneWay : public QObject {
    Q_OBJECT

    std::unique_ptr<UserSyncWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;
    QList<Person> m_people;

    SyncReport sync(bool crmToExchange, bool exchangeToCrm)
    {
        SyncRunOptions o = SyncRunOptions::fromSettings(m_world->settings());
        o.crmToExchange = crmToExchange;
        o.exchangeToCrm = exchangeToCrm;
        CalendarSync engine(*m_connections, *m_journal, m_world->clock(), o);
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
    // What each side shows, to compare before and after one-way runs.
    QStringList crmSide()
    {
        QStringList rows;
        for (const QJsonValue &v : m_world->crm().communications(true)) {
            const QJsonObject c = v.toObject();
            rows.append(QStringList{c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString(),
                                    c.value(QStringLiteral("Comm_Subject")).toString(),
                                    c.value(QStringLiteral("Comm_DateTime")).toString(),
                                    c.value(QStringLiteral("Comm_Status")).toString(),
                                    c.value(QStringLiteral("Comm_Deleted")).toVariant().toString(),
                                    c.value(QStringLiteral("Comm_UpdatedDate")).toString()}
                            .join(QLatin1String(" | ")));
        }
        rows.sort();
        return rows;
    }
    QStringList exchangeSide()
    {
        QStringList rows;
        for (const Person &p : m_people) {
            for (const QJsonValue &v : m_world->graph().events(p.mailbox)) {
                const QJsonObject e = v.toObject();
                rows.append(QStringList{p.mailbox, e.value(QStringLiteral("id")).toString(),
                                        e.value(QStringLiteral("subject")).toString(),
                                        e.value(QStringLiteral("changeKey")).toString()}
                                .join(QLatin1String(" | ")));
            }
        }
        rows.sort();
        return rows;
    }
    QList<QJsonObject> comms(const QString &subject, bool includeDeleted = false)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_world->crm().communications(includeDeleted)) {
            if (v.toObject().value(QStringLiteral("Comm_Subject")).toString() == subject)
                out.append(v.toObject());
        }
        return out;
    }
    QString eventId(const Person &p, const QString &subject)
    {
        for (const QJsonValue &v : m_world->graph().events(p.mailbox)) {
            if (v.toObject().value(QStringLiteral("subject")).toString() == subject)
                return v.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }
    QString createInCrm(const QString &subject, const Person &owner, int days)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(days);
        return m_world->crm()
            .createCommunication(QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                                             {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                                             {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                                             {QStringLiteral("Comm_Subject"), subject},
                                             {QStringLiteral("Comm_DateTime"), wire(start)},
                                             {QStringLiteral("Comm_ToDateTime"), wire(start.addSecs(3600))},
                                             {QStringLiteral("Comm_UserId"), owner.crmId.toInt()}},
                                 {owner.crmId})
            .value(QStringLiteral("Comm_CommunicationId"))
            .toVariant()
            .toString();
    }
    QString createInOutlook(const QString &subject, const Person &owner, int days)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(days);
        return m_world->graph()
            .createEvent(owner.mailbox, QJsonObject{{QStringLiteral("subject"), subject},
                                                    {QStringLiteral("start"), at(start)},
                                                    {QStringLiteral("end"), at(start.addSecs(3600))}})
            .value(QStringLiteral("id"))
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<UserSyncWorld>(12);
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
        QVERIFY2(sync(true, true).error.isEmpty(), "first run");
    }
    void cleanup()
    {
        m_connections.reset();
        m_journal.reset();
        m_world.reset();
    }

    // CRM→Exchange only: CRM changes reach Outlook; Outlook's creates, edits and deletes wait in Exchange and
    // cross once Exchange→CRM is on again.
    void crmToExchangeOnly()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1);
        // Two appointments synchronized both ways first, to be edited and deleted in Outlook.
        QVERIFY(!createInCrm(QStringLiteral("Edited in Outlook"), a, 3).isEmpty());
        QVERIFY(!createInCrm(QStringLiteral("Deleted in Outlook"), b, 4).isEmpty());
        QVERIFY2(sync(true, true).ok(), "both ways");
        QVERIFY2(sync(true, true).ok(), "echoes settled");
        const QString edited = eventId(a, QStringLiteral("Edited in Outlook"));
        const QString deleted = eventId(b, QStringLiteral("Deleted in Outlook"));
        QVERIFY(!edited.isEmpty() && !deleted.isEmpty());

        QVERIFY(!createInOutlook(QStringLiteral("Made in Outlook"), b, 5).isEmpty());
        QVERIFY(m_world->graph().updateEvent(
            a.mailbox, edited,
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Renamed in Outlook")}}));
        QVERIFY(m_world->graph().deleteEvent(b.mailbox, deleted));
        QVERIFY(!createInCrm(QStringLiteral("Made in the CRM"), a, 6).isEmpty());
        const QStringList crmBefore = crmSide();

        for (int run = 0; run < 2; ++run) {
            const SyncReport oneWay = sync(true, false);
            QVERIFY2(oneWay.ok(), failures(oneWay).constData());
            QCOMPARE(oneWay.done.crmCreates + oneWay.done.crmUpdates + oneWay.done.crmDeletes, 0);
            QCOMPARE(oneWay.planned.crmCreates + oneWay.planned.crmUpdates + oneWay.planned.crmDeletes, 0);
            if (run == 0)
                QCOMPARE(oneWay.done.exchangeCreates, 1); // the CRM's new appointment still reaches Outlook
        }
        QVERIFY(!eventId(a, QStringLiteral("Made in the CRM")).isEmpty());
        // The CRM is exactly as before, apart from the Exchange id written back on the appointment just sent.
        QStringList crmAfter = crmSide();
        QCOMPARE(crmAfter.size(), crmBefore.size());
        QVERIFY(comms(QStringLiteral("Made in Outlook")).isEmpty());
        QCOMPARE(comms(QStringLiteral("Edited in Outlook")).size(), 1);
        QCOMPARE(comms(QStringLiteral("Deleted in Outlook")).size(), 1);

        // Exchange→CRM on again: everything Outlook did crosses, once.
        const SyncReport back = sync(true, true);
        QVERIFY2(back.ok(), failures(back).constData());
        QVERIFY2(sync(true, true).ok(), "settled");
        QCOMPARE(comms(QStringLiteral("Made in Outlook")).size(), 1);
        QCOMPARE(comms(QStringLiteral("Renamed in Outlook")).size(), 1);
        QVERIFY(comms(QStringLiteral("Edited in Outlook")).isEmpty());
        QVERIFY(comms(QStringLiteral("Deleted in Outlook")).isEmpty());
        QCOMPARE(comms(QStringLiteral("Deleted in Outlook"), true).size(), 1); // soft-deleted
        QCOMPARE(comms(QStringLiteral("Made in the CRM")).size(), 1);
    }

    // Exchange→CRM only: Outlook changes reach the CRM; the CRM's creates, edits, cancels and deletes wait in
    // the CRM's change feed (its watermark stays put) and cross once CRM→Exchange is on again.
    void exchangeToCrmOnly()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1), &c = m_people.at(2);
        const QString editId = createInCrm(QStringLiteral("Edited in the CRM"), a, 3);
        const QString cancelId = createInCrm(QStringLiteral("Cancelled in the CRM"), b, 4);
        const QString deleteId = createInCrm(QStringLiteral("Deleted in the CRM"), c, 5);
        QVERIFY2(sync(true, true).ok(), "both ways");
        QVERIFY2(sync(true, true).ok(), "echoes settled");
        QVERIFY(!eventId(a, QStringLiteral("Edited in the CRM")).isEmpty());

        QVERIFY(m_world->crm().updateCommunication(
            editId, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Renamed in the CRM")}}));
        QVERIFY(m_world->crm().updateCommunication(
            cancelId, QJsonObject{{QStringLiteral("Comm_Status"), QStringLiteral("Canceled")}}));
        QVERIFY(m_world->crm().deleteCommunication(deleteId));
        QVERIFY(!createInCrm(QStringLiteral("Made in the CRM"), a, 6).isEmpty());
        QVERIFY(!createInOutlook(QStringLiteral("Made in Outlook"), c, 7).isEmpty());
        const QStringList outlookBefore = exchangeSide();

        for (int run = 0; run < 2; ++run) {
            const SyncReport oneWay = sync(false, true);
            QVERIFY2(oneWay.ok(), failures(oneWay).constData());
            QCOMPARE(oneWay.planned.exchangeCreates + oneWay.planned.exchangeUpdates +
                         oneWay.planned.exchangeDeletes,
                     0);
            QCOMPARE(oneWay.done.exchangeCreates + oneWay.done.exchangeUpdates + oneWay.done.exchangeDeletes +
                         oneWay.done.cancellations,
                     0);
            if (run == 0)
                QCOMPARE(oneWay.done.crmCreates, 1); // Outlook's new appointment still reaches the CRM
        }
        QCOMPARE(comms(QStringLiteral("Made in Outlook")).size(), 1);
        QCOMPARE(exchangeSide(), outlookBefore); // not one Outlook item touched
        QVERIFY(eventId(a, QStringLiteral("Made in the CRM")).isEmpty());

        // CRM→Exchange on again: everything the CRM did crosses, once.
        const SyncReport back = sync(true, true);
        QVERIFY2(back.ok(), failures(back).constData());
        QVERIFY2(sync(true, true).ok(), "settled");
        QVERIFY(!eventId(a, QStringLiteral("Made in the CRM")).isEmpty());
        QVERIFY(!eventId(a, QStringLiteral("Renamed in the CRM")).isEmpty());
        QVERIFY(eventId(a, QStringLiteral("Edited in the CRM")).isEmpty());
        QVERIFY(eventId(b, QStringLiteral("Cancelled in the CRM")).isEmpty());
        QVERIFY(eventId(c, QStringLiteral("Deleted in the CRM")).isEmpty());
        QCOMPARE(comms(QStringLiteral("Made in Outlook")).size(), 1); // and nothing came twice
        QCOMPARE(comms(QStringLiteral("Made in the CRM")).size(), 1);
    }

    // The two directions meet on one appointment while one of them is off: the change held back is not lost.
    // Deleted in the CRM while CRM→Exchange is off, then edited in Outlook: once CRM→Exchange is on again the
    // delete and the edit meet as a conflict (admin guide §8: the conflict policy decides), so either Outlook
    // loses the item or the CRM gets the Outlook version back; never an Outlook item nobody links.
    void crmDeleteHeldBackMeetsAnOutlookEdit()
    {
        const Person &a = m_people.at(0);
        const QString id = createInCrm(QStringLiteral("Held-back delete"), a, 3);
        QVERIFY2(sync(true, true).ok(), "both ways");
        QVERIFY2(sync(true, true).ok(), "echoes settled");
        const QString item = eventId(a, QStringLiteral("Held-back delete"));
        QVERIFY(!item.isEmpty());
        QVERIFY(m_world->crm().deleteCommunication(id));
        QVERIFY2(sync(false, true).ok(), "Exchange->CRM only");
        QTest::qWait(1100); // the Outlook edit is later than the CRM delete
        QVERIFY(m_world->graph().updateEvent(
            a.mailbox, item,
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Edited after the delete")}}));
        const SyncReport oneWay = sync(false, true);
        QVERIFY2(oneWay.ok(), failures(oneWay).constData());
        QCOMPARE(oneWay.done.exchangeDeletes, 0);
        QVERIFY(!eventId(a, QStringLiteral("Edited after the delete")).isEmpty());

        const SyncReport back = sync(true, true);
        QVERIFY2(back.ok(), failures(back).constData());
        QVERIFY2(sync(true, true).ok(), "settled");
        QSet<QString> linked;
        const auto links = SyncJournal(*m_journal).links();
        for (const ItemLink &l : links.value())
            linked.insert(l.mailbox + QLatin1Char('|') + l.exchangeItemId);
        const QString now = eventId(a, QStringLiteral("Edited after the delete"));
        if (now.isEmpty())
            return; // the CRM delete won: gone from Outlook
        QVERIFY2(linked.contains(a.mailbox + QLatin1Char('|') + now), "an Outlook item nobody links");
        QCOMPARE(comms(QStringLiteral("Edited after the delete")).size(), 1); // the Outlook version won
    }

    // Deleted in Outlook while Exchange→CRM is off, then edited in the CRM: the CRM edit does not resurrect a
    // second item silently, and once Exchange→CRM is on the delete and the edit meet as a conflict.
    void outlookDeleteHeldBackMeetsACrmEdit()
    {
        const Person &a = m_people.at(0);
        const QString id = createInCrm(QStringLiteral("Held-back Outlook delete"), a, 3);
        QVERIFY2(sync(true, true).ok(), "both ways");
        QVERIFY2(sync(true, true).ok(), "echoes settled");
        const QString item = eventId(a, QStringLiteral("Held-back Outlook delete"));
        QVERIFY(!item.isEmpty());
        QVERIFY(m_world->graph().deleteEvent(a.mailbox, item));
        QTest::qWait(1100);
        QVERIFY(m_world->crm().updateCommunication(
            id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Edited in the CRM after")}}));
        const SyncReport oneWay = sync(true, false);
        QVERIFY2(oneWay.error.isEmpty(), failures(oneWay).constData());
        QCOMPARE(oneWay.done.crmDeletes, 0);
        QCOMPARE(comms(QStringLiteral("Edited in the CRM after")).size(), 1);

        const SyncReport back = sync(true, true);
        QVERIFY2(back.error.isEmpty(), failures(back).constData());
        QVERIFY2(sync(true, true).error.isEmpty(), "settled");
        const bool inCrm = !comms(QStringLiteral("Edited in the CRM after")).isEmpty();
        const QString now = eventId(a, QStringLiteral("Edited in the CRM after"));
        // Either the delete won (gone on both sides) or the edit did (on both sides, linked) - never one
        // each.
        QCOMPARE(!now.isEmpty(), inCrm);
        int items = 0;
        for (const QJsonValue &v : m_world->graph().events(a.mailbox))
            items += v.toObject()
                             .value(QStringLiteral("subject"))
                             .toString()
                             .startsWith(QLatin1String("Edited in the CRM after"))
                         ? 1
                         : 0;
        QVERIFY(items <= 1);
    }
};

QTEST_GUILESS_MAIN(TestCalendarOneWay)
#include "tst_calendar_oneway.moc"
