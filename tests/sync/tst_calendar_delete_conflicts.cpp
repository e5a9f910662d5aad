// A delete never removes an edit it has not seen (issue 19.7). Deletes and cancels carry the change key last
// read (Graph If-Match); a 412, or an item found changed, goes through the conflict policy like an update. The
// same on the CRM side: an Outlook delete of a communication changed in the CRM since the last sync is a
// conflict. Each row: one meeting synchronized, then both sides touched, then one run; the row says which
// version the policy keeps and what both sides look like after, and that a further run writes nothing.
#include "CalendarWorld.h"

using namespace cxsync;
using namespace cxsync::sync;
using namespace cxsync::testsupport;

namespace {

QJsonObject at(const QDateTime &utc)
{
    return QJsonObject{{QStringLiteral("dateTime"), utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                       {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}

} // namespace

class TestCalendarDeleteConflicts : public QObject {
    Q_OBJECT

    std::unique_ptr<CalendarWorld> m_world;
    QString m_commId;
    QString m_eventId; // the organizer's item

    const CalendarPerson &owner() const { return m_world->people().at(0); }

    QList<QJsonObject> liveComms()
    {
        QList<QJsonObject> out;
        for (const QJsonObject &c : m_world->communications(false)) {
            if (text(c, "Comm_Type") == QLatin1String("Appointment"))
                out.append(c);
        }
        return out;
    }
    std::optional<QJsonObject> ownerItem(const QString &id)
    {
        for (const QJsonObject &e : m_world->events(owner().mailbox)) {
            if (text(e, "id") == id)
                return e;
        }
        return std::nullopt;
    }
    int conflictsLogged()
    {
        QSqlQuery q(m_world->journal().database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM transaction_log WHERE action = 'conflict'")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        CalendarWorld::Options options;
        options.users = 3;
        m_world = std::make_unique<CalendarWorld>(options);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        QVERIFY(m_world->sync().ok());
        const QDateTime start(QDate::currentDate().addDays(4), QTime(9, 0), QTimeZone::utc());
        const QJsonObject c = m_world->crm().createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), QStringLiteral("Contract review")},
                        {QStringLiteral("Comm_DateTime"), start.toString(Qt::ISODate)},
                        {QStringLiteral("Comm_ToDateTime"), start.addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("Comm_UserId"), owner().crmId.toInt()}},
            QStringList{owner().crmId, m_world->people().at(1).crmId});
        m_commId = CalendarWorld::commId(c);
        QVERIFY(!m_commId.isEmpty());
        QVERIFY(m_world->sync().ok());
        QVERIFY(m_world->sync().ok());
        for (const ItemLink &l : m_world->links()) {
            if (l.crmCommId == m_commId && l.isOrganizer)
                m_eventId = l.exchangeItemId;
        }
        QVERIFY(!m_eventId.isEmpty());
    }
    void cleanup() { m_world.reset(); }

    void crmRemovalAgainstAnUnseenOutlookEdit_data()
    {
        QTest::addColumn<QString>("removal");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("outlookKept");
        // CRM → Exchange only: the run does not read Outlook, so only the delete's If-Match (a cancel's read)
        // can see the edit. The Outlook edit is the later one.
        QTest::newRow("CRM delete, last modified wins: the later Outlook edit stays")
            << "delete" << "lastModifiedWins" << true;
        QTest::newRow("CRM delete, Exchange wins: the Outlook edit stays") << "delete" << "exchangeWins" << true;
        QTest::newRow("CRM delete, CRM wins: the item is deleted") << "delete" << "crmWins" << false;
        QTest::newRow("CRM cancel, last modified wins: the later Outlook edit stays")
            << "cancel" << "lastModifiedWins" << true;
        QTest::newRow("CRM cancel, CRM wins: the meeting is cancelled") << "cancel" << "crmWins" << false;
    }

    void crmRemovalAgainstAnUnseenOutlookEdit()
    {
        QFETCH(QString, removal);
        QFETCH(QString, policy);
        QFETCH(bool, outlookKept);
        if (removal == QLatin1String("delete"))
            QVERIFY(m_world->crm().deleteCommunication(m_commId));
        else
            QVERIFY(m_world->crm().updateCommunication(
                m_commId, QJsonObject{{QStringLiteral("Comm_Status"), QStringLiteral("Cancelled")}}));
        QTest::qWait(1100); // Graph's lastModifiedDateTime after the CRM's (second-precision) update time
        QVERIFY(m_world->graph().updateEvent(owner().mailbox, m_eventId,
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Edited in Outlook")}}));
        const SyncReport r = m_world->sync([&policy](SyncRunOptions &o) {
            o.exchangeToCrm = false;
            o.policy = CalendarMapping::policyFromName(policy);
        });
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(conflictsLogged(), 1);
        const auto item = ownerItem(m_eventId);
        if (outlookKept) {
            QVERIFY2(item, "the Outlook edit was removed unseen");
            QCOMPARE(text(*item, "subject"), QStringLiteral("Edited in Outlook"));
            QCOMPARE(item->value(QStringLiteral("isCancelled")).toBool(), false);
        } else {
            QVERIFY(!item || item->value(QStringLiteral("isCancelled")).toBool());
        }
        // settled: a further run (both ways again) adds no conflict and leaves no duplicate
        const SyncReport again = m_world->sync([&policy](SyncRunOptions &o) {
            o.policy = CalendarMapping::policyFromName(policy);
        });
        QVERIFY2(again.ok(), qPrintable(again.failures.join(QLatin1Char('\n')) + again.error));
        QCOMPARE(again.conflicts, 0);
        QVERIFY2(m_world->duplicatesAndBrokenLinks().isEmpty(),
                 qPrintable(m_world->duplicatesAndBrokenLinks().join(QLatin1Char('\n'))));
        if (outlookKept) {
            // both ways: the CRM holds the Outlook version again (a deleted communication comes back as one of
            // its own, a cancelled one is brought back)
            const QList<QJsonObject> comms = liveComms();
            QCOMPARE(comms.size(), 1);
            QCOMPARE(text(comms.first(), "Comm_Subject"), QStringLiteral("Edited in Outlook"));
            QVERIFY(text(comms.first(), "Comm_Status") != QLatin1String("Cancelled"));
        }
    }

    void outlookDeleteAgainstACrmEdit_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("crmKept");
        // Exchange does not say when an item was deleted: last modified wins cannot order the two and keeps
        // the edit.
        QTest::newRow("last modified wins: the CRM edit stays and the item is made again") << "lastModifiedWins" << true;
        QTest::newRow("CRM wins: the item is made again") << "crmWins" << true;
        QTest::newRow("Exchange wins: the communication is deleted") << "exchangeWins" << false;
    }

    void outlookDeleteAgainstACrmEdit()
    {
        QFETCH(QString, policy);
        QFETCH(bool, crmKept);
        QVERIFY(m_world->crm().updateCommunication(
            m_commId, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Edited in the CRM")}}));
        QVERIFY(m_world->graph().deleteEvent(owner().mailbox, m_eventId));
        const SyncReport r = m_world->sync(
            [&policy](SyncRunOptions &o) { o.policy = CalendarMapping::policyFromName(policy); });
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.conflicts, 1);
        const QList<QJsonObject> comms = liveComms();
        QList<QJsonObject> items;
        for (const QJsonObject &e : m_world->events(owner().mailbox)) {
            if (!e.value(QStringLiteral("isCancelled")).toBool())
                items.append(e);
        }
        if (crmKept) {
            QCOMPARE(comms.size(), 1);
            QCOMPARE(text(comms.first(), "Comm_Subject"), QStringLiteral("Edited in the CRM"));
            QCOMPARE(items.size(), 1);
            QCOMPARE(text(items.first(), "subject"), QStringLiteral("Edited in the CRM"));
        } else {
            QCOMPARE(comms.size(), 0);
            QCOMPARE(items.size(), 0);
        }
        const SyncReport again = m_world->sync(
            [&policy](SyncRunOptions &o) { o.policy = CalendarMapping::policyFromName(policy); });
        QVERIFY2(again.ok(), qPrintable(again.failures.join(QLatin1Char('\n')) + again.error));
        QCOMPARE(again.conflicts, 0);
        QCOMPARE(again.done.exchangeCreates + again.done.crmCreates + again.done.crmDeletes, 0);
        QVERIFY2(m_world->duplicatesAndBrokenLinks().isEmpty(),
                 qPrintable(m_world->duplicatesAndBrokenLinks().join(QLatin1Char('\n'))));
    }

    void outlookEditAgainstACrmDeleteInOneRun_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("outlookKept");
        QTest::newRow("last modified wins: the later Outlook edit returns to the CRM") << "lastModifiedWins" << true;
        QTest::newRow("CRM wins: the item is deleted") << "crmWins" << false;
    }

    void outlookEditAgainstACrmDeleteInOneRun()
    {
        QFETCH(QString, policy);
        QFETCH(bool, outlookKept);
        QVERIFY(m_world->crm().deleteCommunication(m_commId));
        QTest::qWait(1100);
        const QDateTime moved(QDate::currentDate().addDays(5), QTime(14, 0), QTimeZone::utc());
        QVERIFY(m_world->graph().updateEvent(owner().mailbox, m_eventId,
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Moved in Outlook")},
                                                         {QStringLiteral("start"), at(moved)},
                                                         {QStringLiteral("end"), at(moved.addSecs(1800))}}));
        const SyncReport r = m_world->sync(
            [&policy](SyncRunOptions &o) { o.policy = CalendarMapping::policyFromName(policy); });
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.conflicts, 1);
        const QList<QJsonObject> comms = liveComms();
        if (outlookKept) {
            QVERIFY(ownerItem(m_eventId));
            QCOMPARE(comms.size(), 1);
            QCOMPARE(text(comms.first(), "Comm_Subject"), QStringLiteral("Moved in Outlook"));
            QVERIFY(CalendarWorld::commId(comms.first()) != m_commId);
        } else {
            QVERIFY(!ownerItem(m_eventId));
            QCOMPARE(comms.size(), 0);
        }
        const SyncReport again = m_world->sync(
            [&policy](SyncRunOptions &o) { o.policy = CalendarMapping::policyFromName(policy); });
        QVERIFY2(again.ok(), qPrintable(again.failures.join(QLatin1Char('\n')) + again.error));
        QCOMPARE(again.conflicts, 0);
        QVERIFY2(m_world->duplicatesAndBrokenLinks().isEmpty(),
                 qPrintable(m_world->duplicatesAndBrokenLinks().join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCalendarDeleteConflicts)
#include "tst_calendar_delete_conflicts.moc"
