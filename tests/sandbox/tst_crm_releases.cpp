// The Sage CRM REST sandbox as installs other than the newest look (issue 14): an older release (2022 R1 -
// 2024 R1) that knows neither orderBy nor combined where filters, an install without $prototypes/{entity},
// $prototypes in the $properties shape Sage's own client reads, and the sample world's tasks, calls, e-mails
// and letters beside its appointments.
#include "CrmSandbox.h"
#include "CrmTestClient.h"
#include "SampleDataGenerator.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace cxsync::sandbox;

namespace {

SampleUser crmUser(const QString &key, const QString &logon)
{
    SampleUser user;
    user.key = key;
    user.crmLogon = logon;
    user.crmFirstName = logon;
    user.crmLastName = QStringLiteral("Tester");
    user.crmEmail = logon + QStringLiteral("@example.com");
    return user;
}

} // namespace

class TestCrmReleases : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CrmSandbox> m_crm;

private Q_SLOTS:
    void init()
    {
        m_crm = std::make_unique<CrmSandbox>();
        SampleData data;
        SampleUser sync = crmUser(QStringLiteral("u0001"), QStringLiteral("sync"));
        sync.crmExternalLogon = true;
        data.users = {sync, crmUser(QStringLiteral("u0002"), QStringLiteral("anna")),
                      crmUser(QStringLiteral("u0003"), QStringLiteral("bert"))};
        data.syncUserKey = QStringLiteral("u0001");
        data.syncUserPassword = QStringLiteral("s3cret");
        m_crm->load(data);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(
                !m_crm
                     ->createCommunication(
                         QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                                     {QStringLiteral("Comm_Subject"), QStringLiteral("Meeting %1").arg(i)},
                                     {QStringLiteral("Comm_DateTime"),
                                      QStringLiteral("2026-05-0%1T09:00:00").arg(i)}},
                         {QStringLiteral("2")})
                     .isEmpty());
        QVERIFY(m_crm->start());
    }
    void cleanup() { m_crm.reset(); }

    void olderReleaseRefusesWhatCameWith2024R2_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<CrmQuery>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("ids"); // when it answers 200
        QTest::newRow("orderBy is an unknown query parameter: 400 BadQueryParameter")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("orderBy"), QStringLiteral("Comm_CommunicationId desc")}} << 400
            << QStringLiteral("BadQueryParameter") << QStringList{};
        QTest::newRow("and in where: 400 BadWhereSyntax")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("where"),
                         QStringLiteral("Comm_CommunicationId ge 1 and Comm_CommunicationId le 2")}}
            << 400 << QStringLiteral("BadWhereSyntax") << QStringList{};
        QTest::newRow("or in where: 400 BadWhereSyntax")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("where"),
                         QStringLiteral("Comm_CommunicationId eq 1 or Comm_CommunicationId eq 3")}}
            << 400 << QStringLiteral("BadWhereSyntax") << QStringList{};
        QTest::newRow("between: 400 BadWhereSyntax")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_CommunicationId between 1 and 2")}}
            << 400 << QStringLiteral("BadWhereSyntax") << QStringList{};
        QTest::newRow("a combined record selector: 400 BadWhereSyntax")
            << QStringLiteral("Communication(Comm_CommunicationId eq 1 and Comm_UserId eq 2)") << CrmQuery{}
            << 400 << QStringLiteral("BadWhereSyntax") << QStringList{};
        QTest::newRow("one comparison is answered, in key order")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_CommunicationId ge 2")}} << 200
            << QString() << QStringList{QStringLiteral("2"), QStringLiteral("3")};
        QTest::newRow("in is one condition")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_CommunicationId in (3, 1)")}} << 200
            << QString() << QStringList{QStringLiteral("1"), QStringLiteral("3")};
        QTest::newRow("count/startIndex paging still works")
            << QStringLiteral("Communication")
            << CrmQuery{{QStringLiteral("count"), QStringLiteral("1")},
                        {QStringLiteral("startIndex"), QStringLiteral("2")}}
            << 200 << QString() << QStringList{QStringLiteral("2")};
    }
    void olderReleaseRefusesWhatCameWith2024R2()
    {
        QFETCH(QString, resource);
        QFETCH(CrmQuery, query);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QStringList, ids);
        CrmTestClient client(*m_crm);
        // The newest release answers all of them.
        QCOMPARE(client.get(resource, query).status, 200);
        m_crm->setLegacyApi(true);
        const CrmHttpResult response = client.get(resource, query);
        QCOMPARE(response.status, status);
        if (status != 200) {
            QCOMPARE(response.firstCode(), code);
            QCOMPARE(response.json.value(QStringLiteral("$httpStatus")).toInt(), status);
        } else {
            QCOMPARE(response.column(QStringLiteral("$key")), ids);
        }
    }

    void entityPrototypesCanBeAbsent()
    {
        CrmTestClient client(*m_crm);
        m_crm->setPerEntityPrototypes(false);
        const CrmHttpResult users = client.get(QStringLiteral("$prototypes/Users"));
        QCOMPARE(users.status, 404);
        QCOMPARE(users.firstCode(), QStringLiteral("NotFound"));
        QCOMPARE(client.get(QStringLiteral("$prototypes/Communication")).status, 404);
        // The list of every entity, records and writes are untouched.
        QCOMPARE(client.get(QStringLiteral("$prototypes")).status, 200);
        const CrmHttpResult record = client.get(QStringLiteral("Users('2')"));
        QCOMPARE(record.status, 200);
        QVERIFY(record.json.contains(QStringLiteral("User_ExchangeUserId")));
    }

    void prototypesInTheSageClientShape()
    {
        m_crm->setPrototypeShape(CrmPrototypeShape::Properties);
        CrmTestClient client(*m_crm);
        const CrmHttpResult comm = client.get(QStringLiteral("$prototypes/Communication"));
        QCOMPARE(comm.status, 200);
        QVERIFY(!comm.json.contains(QStringLiteral("fields")));
        QCOMPARE(comm.json.value(QStringLiteral("$resourceKind")).toString(),
                 QStringLiteral("Communication"));
        const QJsonObject properties = comm.json.value(QStringLiteral("$properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("Comm_DateTime"))
                     .toObject()
                     .value(QStringLiteral("$type"))
                     .toString(),
                 QStringLiteral("datetime"));
        QVERIFY(properties.value(QStringLiteral("Comm_UpdatedDate"))
                    .toObject()
                    .value(QStringLiteral("$isReadOnly"))
                    .toBool());
        QVERIFY(properties.contains(QStringLiteral("Comm_ExchangeId")));
        m_crm->setCustomFieldsPresent(false);
        const CrmHttpResult without = client.get(QStringLiteral("$prototypes/Communication"));
        QVERIFY(!without.json.value(QStringLiteral("$properties"))
                     .toObject()
                     .contains(QStringLiteral("Comm_ExchangeId")));
    }

    void switchesSurviveSaveAndRestore()
    {
        m_crm->setLegacyApi(true);
        m_crm->setPerEntityPrototypes(false);
        m_crm->setPrototypeShape(CrmPrototypeShape::Properties);
        CrmSandbox restored;
        QString error;
        QVERIFY2(restored.restoreState(m_crm->saveState(), &error), qPrintable(error));
        QVERIFY(restored.legacyApi());
        QVERIFY(!restored.perEntityPrototypes());
        QVERIFY(restored.start());
        CrmTestClient client(restored);
        QCOMPARE(
            client.get(QStringLiteral("Users"), {{QStringLiteral("orderBy"), QStringLiteral("User_UserId")}})
                .status,
            400);
        QCOMPARE(client.get(QStringLiteral("$prototypes/Users")).status, 404);
    }

    // A real CRM holds more than appointments: the sample world's tasks, calls, e-mails and letters are
    // loaded beside them, as Comm_Type Task, for linked users, each linked to its owner.
    void sampleWorldHoldsEveryKindOfCommunication()
    {
        const SampleData data = SampleDataGenerator::generate(30, 60, 7, QDateTime::currentDateTimeUtc());
        CrmSandbox crm;
        crm.load(data);
        QHash<QString, int> byType;
        QSet<QString> taskActions, appointmentActions;
        QSet<QString> taskIds;
        for (const QJsonValue &value : crm.communications(true)) {
            const QJsonObject comm = value.toObject();
            const QString type = comm.value(QStringLiteral("Comm_Type")).toString();
            byType[type] += 1;
            (type == QLatin1String("Task") ? taskActions : appointmentActions)
                .insert(comm.value(QStringLiteral("Comm_Action")).toString());
            if (type == QLatin1String("Task")) {
                taskIds.insert(comm.value(QStringLiteral("$key")).toString());
                QVERIFY(!comm.value(QStringLiteral("Comm_UserId")).isNull());
            }
        }
        int crmAppointments = 0;
        for (const SampleAppointment &a : data.appointments)
            crmAppointments += a.origin == SampleAppointment::Origin::Crm ? 1 : 0;
        QCOMPARE(byType.value(QStringLiteral("Appointment")), crmAppointments);
        QCOMPARE(byType.value(QStringLiteral("Task")), int(data.crmActivities.size()));
        QCOMPARE(data.crmActivities.size(), 30);
        QCOMPARE(taskActions, (QSet<QString>{QStringLiteral("ToDo"), QStringLiteral("PhoneOut"),
                                             QStringLiteral("PhoneIn"), QStringLiteral("EmailOut"),
                                             QStringLiteral("EmailIn"), QStringLiteral("LetterOut")}));
        QVERIFY2(appointmentActions.contains(QStringLiteral("PhoneOut")),
                 "a scheduled call is an appointment too");
        QVERIFY(appointmentActions.contains(QStringLiteral("Meeting")));
        int linkedTasks = 0;
        for (const QJsonValue &link : crm.commLinks())
            linkedTasks +=
                taskIds.contains(link[QStringLiteral("CmLi_Comm_CommunicationId")].toVariant().toString())
                    ? 1
                    : 0;
        QCOMPARE(linkedTasks, taskIds.size());
    }
};

QTEST_GUILESS_MAIN(TestCrmReleases)
#include "tst_crm_releases.moc"
