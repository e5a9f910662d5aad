// The Sage CRM REST sandbox over real loopback HTTP: creating, updating and (soft) deleting records, custom
// fields, strictly increasing update stamps, dates in the server time zone across DST changes, state and
// loading the sample world.
#include "CrmSandbox.h"
#include "CrmTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cxsync::sandbox;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject appointment(const QString &subject)
{
    return QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                       {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                       {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                       {QStringLiteral("Comm_Subject"), subject},
                       {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-06-10T14:00:00")},
                       {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-06-10T15:00:00")},
                       {QStringLiteral("Comm_UserId"), 1}};
}

} // namespace

class TestCrmWrite : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CrmSandbox> m_crm;

private Q_SLOTS:
    void init()
    {
        m_crm = std::make_unique<CrmSandbox>();
        // These cases check stamp ordering write by write, so they read stamps with milliseconds;
        // plainStampsCanBeChosen checks the default whole-second format.
        m_crm->setPreciseStamps(true);
        QVERIFY(m_crm->start());
    }
    void cleanup() { m_crm.reset(); }

    void postCreatesWith201AndPutUpdatesPartially()
    {
        CrmTestClient client(*m_crm);
        const CrmHttpResult created = client.request("POST", QStringLiteral("Communication"), {},
                                                     json(appointment(QStringLiteral("Kick-off"))));
        QCOMPARE(created.status, 201);
        const QString key = created.json.value(QStringLiteral("$key")).toString();
        QCOMPARE(key, QStringLiteral("1"));
        QCOMPARE(created.header("Location"),
                 (m_crm->restBaseUrl().toString() + QStringLiteral("Communication('1')")).toUtf8());
        QCOMPARE(created.json.value(QStringLiteral("Comm_CommunicationId")).toInt(), 1);
        QCOMPARE(created.json.value(QStringLiteral("Comm_Deleted")).toInt(), 0);
        QCOMPARE(created.json.value(QStringLiteral("Comm_DateTime")).toString(),
                 QStringLiteral("2026-06-10T14:00:00"));
        const QString createdStamp = created.json.value(QStringLiteral("Comm_CreatedDate")).toString();
        QCOMPARE(created.json.value(QStringLiteral("Comm_UpdatedDate")).toString(), createdStamp);
        QVERIFY(!createdStamp.isEmpty());

        const CrmHttpResult updated =
            client.request("PUT", QStringLiteral("Communication('1')"), {},
                           json({{QStringLiteral("Comm_Subject"), QStringLiteral("Kick-off (moved)")},
                                 {QStringLiteral("Comm_Location"), QStringLiteral("Room 4")}}));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json.value(QStringLiteral("Comm_Subject")).toString(),
                 QStringLiteral("Kick-off (moved)"));
        QCOMPARE(updated.json.value(QStringLiteral("Comm_Location")).toString(), QStringLiteral("Room 4"));
        QCOMPARE(updated.json.value(QStringLiteral("Comm_Status")).toString(),
                 QStringLiteral("Pending")); // untouched
        QCOMPARE(updated.json.value(QStringLiteral("Comm_CreatedDate")).toString(), createdStamp);
        QVERIFY(updated.json.value(QStringLiteral("Comm_UpdatedDate")).toString() > createdStamp);

        const CrmHttpResult read = client.get(QStringLiteral("Communication('1')"));
        QCOMPARE(read.json, updated.json);

        const CrmHttpResult link =
            client.request("POST", QStringLiteral("Comm_Link"), {},
                           json({{QStringLiteral("CmLi_Comm_CommunicationId"), 1},
                                 {QStringLiteral("CmLi_Comm_UserId"), QStringLiteral("1")}}));
        QCOMPARE(link.status, 201);
        QCOMPARE(link.json.value(QStringLiteral("CmLi_Comm_UserId")).toInt(), 1);
        QCOMPARE(client.request("PUT", QStringLiteral("Communication('7')"), {}, json({})).status, 404);
    }

    void deleteIsSoftForCommunicationsOnly()
    {
        CrmTestClient client(*m_crm);
        const QJsonObject first =
            m_crm->createCommunication(appointment(QStringLiteral("One")), {QStringLiteral("1")});
        m_crm->createCommunication(appointment(QStringLiteral("Two")), {QStringLiteral("1")});
        const CrmHttpResult removed = client.request("DELETE", QStringLiteral("Communication('1')"));
        QCOMPARE(removed.status, 204);
        const CrmHttpResult read = client.get(QStringLiteral("Communication('1')"));
        QCOMPARE(read.status, 200);
        QCOMPARE(read.json.value(QStringLiteral("Comm_Deleted")).toInt(), 1);
        QVERIFY(read.json.value(QStringLiteral("Comm_UpdatedDate")).toString() >
                first.value(QStringLiteral("Comm_UpdatedDate")).toString());
        const CrmHttpResult deleted =
            client.get(QStringLiteral("Communication"),
                       {{QStringLiteral("where"), QStringLiteral("Comm_Deleted eq 1")}});
        QCOMPARE(deleted.column(QStringLiteral("$key")), QStringList{QStringLiteral("1")});
        QCOMPARE(
            client.get(QStringLiteral("Communication")).json.value(QStringLiteral("$totalResults")).toInt(),
            2);
        QCOMPARE(client.request("DELETE", QStringLiteral("Communication('1')")).status, 404);
        QCOMPARE(client.request("PUT", QStringLiteral("Communication('1')"), {}, json({})).status, 404);
        QCOMPARE(m_crm->communications(false).size(), 1);
        QCOMPARE(m_crm->communications(true).size(), 2);

        // Comm_Link rows are really deleted.
        QCOMPARE(m_crm->commLinks().size(), 2);
        QCOMPARE(client.request("DELETE", QStringLiteral("Comm_Link('1')")).status, 204);
        QCOMPARE(client.get(QStringLiteral("Comm_Link('1')")).status, 404);
        QCOMPARE(m_crm->commLinks().size(), 1);
        // The acting-user API does the same soft delete.
        QVERIFY(m_crm->deleteCommunication(QStringLiteral("2")));
        QVERIFY(!m_crm->deleteCommunication(QStringLiteral("2")));
        QCOMPARE(m_crm->communications(false).size(), 0);
    }

    void badWritesAre400NamingTheField_data()
    {
        QTest::addColumn<bool>("customFields");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("an absent custom field on Communication")
            << false << QByteArray("POST") << QStringLiteral("Communication")
            << json({{QStringLiteral("Comm_ExchangeId"), QStringLiteral("AAMk1")}})
            << QStringLiteral("UnknownField") << QStringLiteral("Comm_ExchangeId");
        QTest::newRow("an absent custom field on Users")
            << false << QByteArray("PUT") << QStringLiteral("Users('1')")
            << json({{QStringLiteral("User_ExchangeServer"), QStringLiteral("EX01")}})
            << QStringLiteral("UnknownField") << QStringLiteral("User_ExchangeServer");
        QTest::newRow("an absent Responses From Exchange field")
            << false << QByteArray("PUT") << QStringLiteral("Communication('1')")
            << json({{QStringLiteral("Comm_ExchangeResponses"), QStringLiteral("Accepted")}})
            << QStringLiteral("UnknownField") << QStringLiteral("Comm_ExchangeResponses");
        QTest::newRow("an unknown field") << true << QByteArray("POST") << QStringLiteral("Communication")
                                          << json({{QStringLiteral("Comm_Colour"), QStringLiteral("red")}})
                                          << QStringLiteral("UnknownField") << QStringLiteral("Comm_Colour");
        QTest::newRow("a read-only stamp")
            << true << QByteArray("PUT") << QStringLiteral("Communication('1')")
            << json({{QStringLiteral("Comm_UpdatedDate"), QStringLiteral("2020-01-01T00:00:00")}})
            << QStringLiteral("ReadOnlyField") << QStringLiteral("Comm_UpdatedDate");
        QTest::newRow("the key") << true << QByteArray("POST") << QStringLiteral("Communication")
                                 << json({{QStringLiteral("Comm_CommunicationId"), 9}})
                                 << QStringLiteral("ReadOnlyField") << QStringLiteral("Comm_CommunicationId");
        QTest::newRow("a date in the wrong format")
            << true << QByteArray("PUT") << QStringLiteral("Communication('1')")
            << json({{QStringLiteral("Comm_DateTime"), QStringLiteral("10/06/2026 14:00")}})
            << QStringLiteral("InvalidValue") << QStringLiteral("Comm_DateTime");
        QTest::newRow("text for an integer")
            << true << QByteArray("PUT") << QStringLiteral("Communication('1')")
            << json({{QStringLiteral("Comm_UserId"), QStringLiteral("Anna")}})
            << QStringLiteral("InvalidValue") << QStringLiteral("Comm_UserId");
        QTest::newRow("a link to a missing communication")
            << true << QByteArray("POST") << QStringLiteral("Comm_Link")
            << json({{QStringLiteral("CmLi_Comm_CommunicationId"), 42}}) << QStringLiteral("InvalidValue")
            << QStringLiteral("CmLi_Comm_CommunicationId");
        QTest::newRow("a body that is not JSON")
            << true << QByteArray("POST") << QStringLiteral("Communication") << QByteArray("Comm_Subject=x")
            << QStringLiteral("InvalidJson") << QStringLiteral("JSON");
    }
    void badWritesAre400NamingTheField()
    {
        QFETCH(bool, customFields);
        QFETCH(QByteArray, verb);
        QFETCH(QString, resource);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        m_crm->setCustomFieldsPresent(customFields);
        QVERIFY(!m_crm->createCommunication(appointment(QStringLiteral("Existing")), {QStringLiteral("1")})
                     .isEmpty());
        CrmTestClient client(*m_crm);
        const CrmHttpResult response = client.request(verb, resource, {}, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.firstCode(), code);
        QVERIFY2(response.firstMessage().contains(messagePart), qPrintable(response.firstMessage()));
        QCOMPARE(m_crm->communications(true).size(), 1); // nothing was written
    }

    void customFieldsAreWritableWhenPresent()
    {
        CrmTestClient client(*m_crm);
        const CrmHttpResult user =
            client.request("PUT", QStringLiteral("Users('1')"), {},
                           json({{QStringLiteral("User_ExchangeServer"), QStringLiteral("EX01")},
                                 {QStringLiteral("User_ExchangeUserId"), QStringLiteral("anna@x.com")}}));
        QCOMPARE(user.status, 200);
        QCOMPARE(user.json.value(QStringLiteral("User_ExchangeServer")).toString(), QStringLiteral("EX01"));
        QJsonObject fields = appointment(QStringLiteral("Synced"));
        fields.insert(QStringLiteral("Comm_ExchangeId"), QStringLiteral("AAMkADk="));
        fields.insert(QStringLiteral("Comm_ExchangeResponses"), QStringLiteral("Terry Smith: Accepted"));
        QCOMPARE(client.request("POST", QStringLiteral("Communication"), {}, json(fields)).status, 201);
        const CrmHttpResult found =
            client.get(QStringLiteral("Communication"),
                       {{QStringLiteral("where"), QStringLiteral("Comm_ExchangeId eq 'AAMkADk='")}});
        QCOMPARE(found.column(QStringLiteral("Comm_ExchangeResponses")),
                 QStringList{QStringLiteral("Terry Smith: Accepted")});
        // Switching the fields off hides them from records.
        m_crm->setCustomFieldsPresent(false);
        QVERIFY(!client.get(QStringLiteral("Communication('1')"))
                     .json.contains(QStringLiteral("Comm_ExchangeId")));
    }

    void updatedDatesStrictlyIncreaseForWritesInTheSameMillisecond()
    {
        QStringList stamps;
        for (int i = 0; i < 50; ++i) {
            const QJsonObject record = m_crm->createCommunication(
                appointment(QStringLiteral("Burst %1").arg(i)), {QStringLiteral("1")});
            stamps.append(record.value(QStringLiteral("Comm_UpdatedDate")).toString());
            const auto updated =
                m_crm->updateCommunication(record.value(QStringLiteral("$key")).toString(),
                                           {{QStringLiteral("Comm_Status"), QStringLiteral("Complete")}});
            QVERIFY(updated);
            stamps.append(updated->value(QStringLiteral("Comm_UpdatedDate")).toString());
        }
        CrmTestClient client(*m_crm);
        for (int i = 0; i < 5; ++i) {
            const CrmHttpResult response =
                client.request("PUT", QStringLiteral("Communication('%1')").arg(i + 1), {},
                               json({{QStringLiteral("Comm_Priority"), QStringLiteral("High")}}));
            stamps.append(response.json.value(QStringLiteral("Comm_UpdatedDate")).toString());
        }
        for (int i = 1; i < stamps.size(); ++i)
            QVERIFY2(stamps.at(i) > stamps.at(i - 1),
                     qPrintable(stamps.at(i - 1) + QStringLiteral(" >= ") + stamps.at(i)));
        QCOMPARE(stamps.constFirst().size(), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz").size());
        // A watermark query finds exactly the writes after it.
        const CrmHttpResult later =
            client.get(QStringLiteral("Communication"),
                       {{QStringLiteral("where"),
                         QStringLiteral("Comm_UpdatedDate gt '%1'").arg(stamps.at(stamps.size() - 3))},
                        {QStringLiteral("orderBy"), QStringLiteral("Comm_UpdatedDate asc")}});
        QCOMPARE(later.column(QStringLiteral("$key")),
                 (QStringList{QStringLiteral("4"), QStringLiteral("5")}));
    }

    void plainStampsAreTheDefault()
    {
        m_crm = std::make_unique<CrmSandbox>(); // default settings
        QVERIFY(m_crm->start());
        const QJsonObject record =
            m_crm->createCommunication(appointment(QStringLiteral("Plain")), {QStringLiteral("1")});
        const QString stamp = record.value(QStringLiteral("Comm_UpdatedDate")).toString();
        QCOMPARE(stamp.size(), QStringLiteral("yyyy-MM-ddTHH:mm:ss").size());
        QVERIFY(QDateTime::fromString(stamp, QStringLiteral("yyyy-MM-ddTHH:mm:ss")).isValid());
        CrmTestClient client(*m_crm);
        const CrmHttpResult found =
            client.get(QStringLiteral("Communication"),
                       {{QStringLiteral("where"), QStringLiteral("Comm_UpdatedDate ge '%1'").arg(stamp)}});
        QCOMPARE(found.column(QStringLiteral("$key")), QStringList{QStringLiteral("1")});
    }

    void datesOnTheWireUseTheServerZone_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("wireStart");
        QTest::addColumn<QString>("wireEnd");
        QTest::addColumn<QString>("utcStart");
        QTest::addColumn<QString>("utcEnd");
        QTest::newRow("winter time in London is UTC")
            << QStringLiteral("2026-01-15T09:00:00") << QStringLiteral("2026-01-15T10:30:00")
            << QStringLiteral("2026-01-15T09:00:00") << QStringLiteral("2026-01-15T10:30:00")
            << QStringLiteral("2026-01-15T09:00:00Z") << QStringLiteral("2026-01-15T10:30:00Z");
        QTest::newRow("summer time in London is UTC+1")
            << QStringLiteral("2026-07-01T09:00:00") << QStringLiteral("2026-07-01T10:00:00")
            << QStringLiteral("2026-07-01T09:00:00") << QStringLiteral("2026-07-01T10:00:00")
            << QStringLiteral("2026-07-01T08:00:00Z") << QStringLiteral("2026-07-01T09:00:00Z");
        QTest::newRow("an appointment across the spring DST change")
            << QStringLiteral("2026-03-29T00:30:00") << QStringLiteral("2026-03-29T03:00:00")
            << QStringLiteral("2026-03-29T00:30:00") << QStringLiteral("2026-03-29T03:00:00")
            << QStringLiteral("2026-03-29T00:30:00Z") << QStringLiteral("2026-03-29T02:00:00Z");
        QTest::newRow("an appointment across the autumn DST change")
            << QStringLiteral("2026-10-24T12:00:00") << QStringLiteral("2026-10-26T12:00:00")
            << QStringLiteral("2026-10-24T12:00:00") << QStringLiteral("2026-10-26T12:00:00")
            << QStringLiteral("2026-10-24T11:00:00Z") << QStringLiteral("2026-10-26T12:00:00Z");
        QTest::newRow("explicit offsets on input are honoured")
            << QStringLiteral("2026-07-01T10:00:00+02:00") << QStringLiteral("2026-07-01T09:30:00Z")
            << QStringLiteral("2026-07-01T09:00:00") << QStringLiteral("2026-07-01T10:30:00")
            << QStringLiteral("2026-07-01T08:00:00Z") << QStringLiteral("2026-07-01T09:30:00Z");
    }
    void datesOnTheWireUseTheServerZone()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, wireStart);
        QFETCH(QString, wireEnd);
        QFETCH(QString, utcStart);
        QFETCH(QString, utcEnd);
        CrmTestClient client(*m_crm);
        QJsonObject fields = appointment(QStringLiteral("Zone test"));
        fields.insert(QStringLiteral("Comm_DateTime"), start);
        fields.insert(QStringLiteral("Comm_ToDateTime"), end);
        const CrmHttpResult created =
            client.request("POST", QStringLiteral("Communication"), {}, json(fields));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QStringLiteral("Comm_DateTime")).toString(), wireStart);
        QCOMPARE(created.json.value(QStringLiteral("Comm_ToDateTime")).toString(), wireEnd);
        // The stored instants are the UTC ones: a where clause written in UTC finds the record.
        const CrmHttpResult found = client.get(
            QStringLiteral("Communication"),
            {{QStringLiteral("where"),
              QStringLiteral("Comm_DateTime eq '%1' and Comm_ToDateTime eq '%2'").arg(utcStart, utcEnd)}});
        QCOMPARE(found.column(QStringLiteral("$key")), QStringList{QStringLiteral("1")});
        // Another server zone shows the same instants in its own local time.
        m_crm->setServerTimeZone(QTimeZone(QByteArrayLiteral("UTC")));
        const CrmHttpResult utc = client.get(QStringLiteral("Communication('1')"));
        QCOMPARE(utc.json.value(QStringLiteral("Comm_DateTime")).toString(), utcStart.chopped(1));
        QCOMPARE(utc.json.value(QStringLiteral("Comm_ToDateTime")).toString(), utcEnd.chopped(1));
    }

    void stateSurvivesSaveAndRestore()
    {
        m_crm->setServerTimeZone(QTimeZone(QByteArrayLiteral("America/New_York")));
        m_crm->setCustomFieldsPresent(false);
        m_crm->createCommunication(appointment(QStringLiteral("Kept")), {QStringLiteral("1")});
        m_crm->createCommunication(appointment(QStringLiteral("Deleted")), {QStringLiteral("1")});
        QVERIFY(m_crm->deleteCommunication(QStringLiteral("2")));
        const QJsonObject state = m_crm->saveState();

        CrmSandbox restored;
        QString error;
        QVERIFY2(restored.restoreState(state, &error), qPrintable(error));
        QVERIFY(restored.start());
        QCOMPARE(restored.communications(true).size(), 2);
        QCOMPARE(restored.communications(false).size(), 1);
        QCOMPARE(restored.users().size(), m_crm->users().size());
        QCOMPARE(restored.serverTimeZone().id(), QByteArray("America/New_York"));
        QVERIFY(!restored.customFieldsPresent());
        QCOMPARE(restored.syncUser(), m_crm->syncUser());
        const QJsonArray before = m_crm->communications(true);
        const QJsonArray after = restored.communications(true);
        for (int i = 0; i < before.size(); ++i) {
            for (const QString &field : {QStringLiteral("Comm_Subject"), QStringLiteral("Comm_DateTime"),
                                         QStringLiteral("Comm_UpdatedDate"), QStringLiteral("Comm_Deleted")})
                QCOMPARE(after.at(i)[field], before.at(i)[field]);
        }
        CrmTestClient client(restored);
        const CrmHttpResult created = client.request("POST", QStringLiteral("Communication"), {},
                                                     json(appointment(QStringLiteral("New"))));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(QStringLiteral("$key")).toString(), QStringLiteral("3")); // ids continue
        QVERIFY(created.json.value(QStringLiteral("Comm_UpdatedDate")).toString() >
                before.at(1)[QStringLiteral("Comm_UpdatedDate")].toString());
        QVERIFY(!restored.restoreState(
            QJsonObject{{QStringLiteral("timeZone"), QStringLiteral("Nowhere/Special")}}, &error));
    }

    void loadsTheSampleWorld()
    {
        SampleData data;
        auto user = [](const char *key, const char *logon, bool crm) {
            SampleUser u;
            u.key = QString::fromLatin1(key);
            u.crmLogon = QString::fromLatin1(logon);
            u.crmFirstName = u.crmLogon;
            u.crmLastName = QStringLiteral("Tester");
            u.crmEmail = u.crmLogon + QStringLiteral("@example.com");
            u.hasCrmUser = crm;
            return u;
        };
        SampleUser sync = user("u0001", "exsync", true);
        sync.crmExternalLogon = true;
        data.users = {sync, user("u0002", "anna", true), user("u0003", "mailboxonly", false),
                      user("u0004", "bert", true)};
        data.syncUserKey = QStringLiteral("u0001");
        data.syncUserPassword = QStringLiteral("pw-1");
        SampleAppointment crmOrigin;
        crmOrigin.key = QStringLiteral("a0001");
        crmOrigin.origin = SampleAppointment::Origin::Crm;
        crmOrigin.organizerKey = QStringLiteral("u0002");
        crmOrigin.attendeeKeys = {QStringLiteral("u0003"), QStringLiteral("u0004")};
        crmOrigin.subject = QStringLiteral("Pipeline review");
        crmOrigin.start =
            QDateTime(QDate(2026, 3, 28), QTime(23, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
        crmOrigin.end = crmOrigin.start.addSecs(3600);
        crmOrigin.isPrivate = true;
        crmOrigin.crmStatus = QStringLiteral("In Progress");
        SampleAppointment exchangeOrigin = crmOrigin;
        exchangeOrigin.key = QStringLiteral("a0002");
        exchangeOrigin.origin = SampleAppointment::Origin::Exchange;
        data.appointments = {crmOrigin, exchangeOrigin};
        m_crm->load(data);

        QCOMPARE(m_crm->syncUser(), QStringLiteral("exsync"));
        QCOMPARE(m_crm->syncPassword(), QStringLiteral("pw-1"));
        QCOMPARE(m_crm->users().size(), 3);
        const QJsonArray comms = m_crm->communications(true);
        QCOMPARE(comms.size(), 1);
        const QJsonObject comm = comms.at(0).toObject();
        QCOMPARE(comm.value(QStringLiteral("Comm_Subject")).toString(), QStringLiteral("Pipeline review"));
        QCOMPARE(comm.value(QStringLiteral("Comm_Status")).toString(), QStringLiteral("In Progress"));
        QCOMPARE(comm.value(QStringLiteral("Comm_Private")).toString(), QStringLiteral("Y"));
        QCOMPARE(comm.value(QStringLiteral("Comm_UserId")).toInt(), 2);
        // 23:30 in Berlin (UTC+1) is 22:30 in London (UTC+0); reminder 15 minutes before.
        QCOMPARE(comm.value(QStringLiteral("Comm_DateTime")).toString(),
                 QStringLiteral("2026-03-28T22:30:00"));
        QCOMPARE(comm.value(QStringLiteral("Comm_ToDateTime")).toString(),
                 QStringLiteral("2026-03-28T23:30:00"));
        QCOMPARE(comm.value(QStringLiteral("Comm_NotifyTime")).toString(),
                 QStringLiteral("2026-03-28T22:15:00"));
        QStringList linkedUsers;
        for (const QJsonValue &link : m_crm->commLinks())
            linkedUsers.append(QString::number(link[QStringLiteral("CmLi_Comm_UserId")].toInt()));
        QCOMPARE(linkedUsers,
                 (QStringList{QStringLiteral("2"), QStringLiteral("3")})); // anna, bert; no mailbox-only user

        CrmTestClient client(*m_crm);
        QCOMPARE(client.get(QStringLiteral("Communication")).status, 200);
        client.setCredentials(QStringLiteral("anna"), QStringLiteral("anna"));
        QCOMPARE(client.get(QStringLiteral("Communication")).status, 403); // no External Logon Allowed
    }
};

QTEST_GUILESS_MAIN(TestCrmWrite)
#include "tst_crm_write.moc"
