// The Sage CRM REST sandbox over real loopback HTTP: authentication, collections, where/orderBy/paging,
// records, $prototypes, the error envelope and fault plans.
#include "CrmSandbox.h"
#include "CrmTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace cxsync::sandbox;

namespace {

SampleUser crmUser(const QString &key, const QString &logon, const QString &first, const QString &last)
{
    SampleUser user;
    user.key = key;
    user.crmLogon = logon;
    user.crmFirstName = first;
    user.crmLastName = last;
    user.crmEmail = logon + QStringLiteral("@example.com");
    return user;
}

} // namespace

class TestCrmHttp : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CrmSandbox> m_crm;

    // Five communications with known values; ids 1..5.
    void addCommunications()
    {
        const QStringList subjects{QStringLiteral("Budget review"), QStringLiteral("O'Brien call"),
                                   QStringLiteral("Meeting with Smith"), QStringLiteral("Site visit"),
                                   QStringLiteral("Quarterly meeting")};
        const QStringList statuses{QStringLiteral("Pending"), QStringLiteral("Complete"),
                                   QStringLiteral("Pending"), QStringLiteral("In Progress"),
                                   QStringLiteral("Canceled")};
        for (int i = 0; i < subjects.size(); ++i) {
            const QJsonObject record = m_crm->createCommunication(
                QJsonObject{
                    {QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                    {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                    {QStringLiteral("Comm_Status"), statuses.at(i)},
                    {QStringLiteral("Comm_Subject"), subjects.at(i)},
                    {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-05-0%1T09:00:00").arg(i + 1)},
                    {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-05-0%1T10:00:00").arg(i + 1)}},
                {QString::number(1 + i % 2)});
            QVERIFY(!record.isEmpty());
        }
    }

private Q_SLOTS:
    void init()
    {
        m_crm = std::make_unique<CrmSandbox>();
        SampleData data;
        SampleUser sync = crmUser(QStringLiteral("u0001"), QStringLiteral("sync"), QStringLiteral("Sync"),
                                  QStringLiteral("User"));
        sync.crmExternalLogon = true;
        SampleUser plain = crmUser(QStringLiteral("u0002"), QStringLiteral("plain"), QStringLiteral("Anna"),
                                   QStringLiteral("Smith"));
        SampleUser disabled = crmUser(QStringLiteral("u0003"), QStringLiteral("disabled"),
                                      QStringLiteral("Bert"), QStringLiteral("Jones"));
        disabled.crmDisabled = true;
        disabled.crmExternalLogon = true;
        SampleUser resource = crmUser(QStringLiteral("u0004"), QStringLiteral("room1"),
                                      QStringLiteral("Room"), QStringLiteral("One"));
        resource.crmResource = true;
        resource.crmExternalLogon = true;
        SampleUser external = crmUser(QStringLiteral("u0005"), QStringLiteral("api"), QStringLiteral("Carl"),
                                      QStringLiteral("smith"));
        external.crmExternalLogon = true;
        data.users = {sync, plain, disabled, resource, external};
        data.syncUserKey = QStringLiteral("u0001");
        data.syncUserPassword = QStringLiteral("s3cret");
        m_crm->load(data);
        QVERIFY(m_crm->start());
    }
    void cleanup() { m_crm.reset(); }

    void authentication_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("sendHeader");
        QTest::addColumn<int>("status");
        QTest::newRow("the sync user with External Logon Allowed is served")
            << QStringLiteral("sync") << QStringLiteral("s3cret") << true << 200;
        QTest::newRow("logons are case-insensitive")
            << QStringLiteral("SYNC") << QStringLiteral("s3cret") << true << 200;
        QTest::newRow("a wrong password is 401")
            << QStringLiteral("sync") << QStringLiteral("S3CRET") << true << 401;
        QTest::newRow("an unknown user is 401")
            << QStringLiteral("nobody") << QStringLiteral("x") << true << 401;
        QTest::newRow("no Authorization header is 401") << QString() << QString() << false << 401;
        QTest::newRow("a user without External Logon Allowed is 403")
            << QStringLiteral("plain") << QStringLiteral("plain") << true << 403;
        QTest::newRow("a disabled user is 403")
            << QStringLiteral("disabled") << QStringLiteral("disabled") << true << 403;
        QTest::newRow("a resource user is 403")
            << QStringLiteral("room1") << QStringLiteral("room1") << true << 403;
        QTest::newRow("another user with External Logon Allowed is served")
            << QStringLiteral("api") << QStringLiteral("api") << true << 200;
    }
    void authentication()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, sendHeader);
        QFETCH(int, status);
        CrmTestClient client(*m_crm);
        if (sendHeader)
            client.setCredentials(user, password);
        else
            client.setNoCredentials();
        const CrmHttpResult response = client.get(QStringLiteral("Users"));
        QCOMPARE(response.status, status);
        if (status == 200)
            return;
        QCOMPARE(response.json.value(QStringLiteral("$httpStatus")).toInt(), status);
        QCOMPARE(response.firstCode(),
                 status == 401 ? QStringLiteral("Unauthorized") : QStringLiteral("Forbidden"));
        QVERIFY(!response.firstMessage().isEmpty());
        if (status == 401)
            QVERIFY(response.header("WWW-Authenticate").startsWith("Basic"));
    }

    void anotherInstallNameIsNotFound()
    {
        CrmTestClient client(*m_crm);
        QUrl url = m_crm->restBaseUrl();
        QCOMPARE(url.toString(),
                 QStringLiteral("http://127.0.0.1:%1/sdata/crmj/sagecrm2/-/").arg(m_crm->http().port()));
        const CrmHttpResult otherInstall = client.get(QStringLiteral("/sdata/otherj/sagecrm2/-/Users"));
        QCOMPARE(otherInstall.status, 404);
        QVERIFY2(otherInstall.firstMessage().contains(QLatin1String("install")),
                 qPrintable(otherInstall.firstMessage()));
        QCOMPARE(client.get(QStringLiteral("Opportunity")).status, 404);
    }

    void collectionEnvelopeAndRecords()
    {
        CrmTestClient client(*m_crm);
        const CrmHttpResult response = client.get(QStringLiteral("Users"));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json.value(QStringLiteral("$totalResults")).toInt(), 5);
        QCOMPARE(response.json.value(QStringLiteral("$startIndex")).toInt(), 1);
        QCOMPARE(response.json.value(QStringLiteral("$itemsPerPage")).toInt(), 100);
        const QJsonObject first =
            response.json.value(QStringLiteral("$resources")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("$key")).toString(), QStringLiteral("1"));
        QCOMPARE(first.value(QStringLiteral("$title")).toString(), QStringLiteral("sync"));
        QCOMPARE(first.value(QStringLiteral("$url")).toString(),
                 m_crm->restBaseUrl().toString() + QStringLiteral("Users('1')"));
        QCOMPARE(first.value(QStringLiteral("User_UserId")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("User_ExternalLogonAllowed")).toString(), QStringLiteral("Y"));
        QVERIFY(first.contains(QStringLiteral("User_ExchangeServer")));
        QVERIFY(!first.contains(QStringLiteral("User_Password")));

        const CrmHttpResult single = client.get(QStringLiteral("Users('2')"));
        QCOMPARE(single.status, 200);
        QCOMPARE(single.json.value(QStringLiteral("User_Logon")).toString(), QStringLiteral("plain"));
        QCOMPARE(client.get(QStringLiteral("Users(2)")).json.value(QStringLiteral("$key")).toString(),
                 QStringLiteral("2"));
        const CrmHttpResult conditional = client.get(QStringLiteral("Users(User_Logon eq 'api')"));
        QCOMPARE(conditional.status, 200);
        QCOMPARE(conditional.json.value(QStringLiteral("$key")).toString(), QStringLiteral("5"));
        const CrmHttpResult missing = client.get(QStringLiteral("Users('99')"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.firstCode(), QStringLiteral("NotFound"));
    }

    void whereFilters_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("eq on text is case-insensitive")
            << QStringLiteral("Comm_Status eq 'pending'")
            << QStringList{QStringLiteral("1"), QStringLiteral("3")};
        QTest::newRow("ne") << QStringLiteral("Comm_Status ne 'Pending'")
                            << QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("5")};
        QTest::newRow("gt and le on the key")
            << QStringLiteral("Comm_CommunicationId gt 2 and Comm_CommunicationId le 4")
            << QStringList{QStringLiteral("3"), QStringLiteral("4")};
        QTest::newRow("ge and lt with quoted numbers")
            << QStringLiteral("Comm_CommunicationId ge '4' and Comm_CommunicationId lt '9'")
            << QStringList{QStringLiteral("4"), QStringLiteral("5")};
        QTest::newRow("like with a leading and trailing wildcard")
            << QStringLiteral("Comm_Subject like '%meeting%'")
            << QStringList{QStringLiteral("3"), QStringLiteral("5")};
        QTest::newRow("like with a prefix")
            << QStringLiteral("Comm_Subject like 'S%'") << QStringList{QStringLiteral("4")};
        QTest::newRow("quoted value with an escaped quote")
            << QStringLiteral("Comm_Subject eq 'O''Brien call'") << QStringList{QStringLiteral("2")};
        QTest::newRow("in list") << QStringLiteral("Comm_Status in ('Complete', 'Canceled')")
                                 << QStringList{QStringLiteral("2"), QStringLiteral("5")};
        QTest::newRow("between dates in the server zone")
            << QStringLiteral("Comm_DateTime between '2026-05-02T09:00:00' and '2026-05-04T09:00:00'")
            << QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")};
        QTest::newRow("or with parentheses")
            << QStringLiteral("(Comm_Status eq 'Complete' or Comm_Status eq 'Canceled') and Comm_UserId eq 1")
            << QStringList{QStringLiteral("5")};
        QTest::newRow("and binds tighter than or")
            << QStringLiteral("Comm_Status eq 'Complete' or Comm_Status eq 'Canceled' and Comm_UserId eq 2")
            << QStringList{QStringLiteral("2")};
        QTest::newRow("dates compare as instants when written in UTC")
            << QStringLiteral("Comm_DateTime eq '2026-05-01T08:00:00Z'") << QStringList{QStringLiteral("1")};
        QTest::newRow("field names are case-insensitive")
            << QStringLiteral("comm_status eq 'In Progress'") << QStringList{QStringLiteral("4")};
        QTest::newRow("custom field with no value never equals text")
            << QStringLiteral("Comm_ExchangeId eq 'AAMk'") << QStringList{};
    }
    void whereFilters()
    {
        QFETCH(QString, where);
        QFETCH(QStringList, ids);
        addCommunications();
        CrmTestClient client(*m_crm);
        const CrmHttpResult response =
            client.get(QStringLiteral("Communication"), {{QStringLiteral("where"), where}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.column(QStringLiteral("$key")), ids);
        QCOMPARE(response.json.value(QStringLiteral("$totalResults")).toInt(), ids.size());
    }

    void whereFiltersOnUsers_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("logons");
        QTest::newRow("checkbox eq Y finds ticked users")
            << QStringLiteral("User_Disabled eq 'Y'") << QStringList{QStringLiteral("disabled")};
        QTest::newRow("checkbox ne Y includes unticked (null) users")
            << QStringLiteral("User_Resource ne 'Y' and User_Disabled ne 'Y'")
            << QStringList{QStringLiteral("sync"), QStringLiteral("plain"), QStringLiteral("api")};
        QTest::newRow("names compare case-insensitively")
            << QStringLiteral("User_LastName eq 'SMITH'")
            << QStringList{QStringLiteral("plain"), QStringLiteral("api")};
        QTest::newRow("like matches e-mail domains with a %25 wildcard")
            << QStringLiteral("User_EmailAddress like 'room%@example.com'")
            << QStringList{QStringLiteral("room1")};
        QTest::newRow("not negates a parenthesised expression")
            << QStringLiteral("not (User_ExternalLogonAllowed eq 'Y')")
            << QStringList{QStringLiteral("plain")};
        QTest::newRow("in on integers") << QStringLiteral("User_UserId in (2, 4)")
                                        << QStringList{QStringLiteral("plain"), QStringLiteral("room1")};
    }
    void whereFiltersOnUsers()
    {
        QFETCH(QString, where);
        QFETCH(QStringList, logons);
        CrmTestClient client(*m_crm);
        const CrmHttpResult response =
            client.get(QStringLiteral("Users"), {{QStringLiteral("where"), where}});
        QCOMPARE(response.status, 200);
        QVERIFY(response.header("Content-Type").startsWith("application/json"));
        QCOMPARE(response.column(QStringLiteral("User_Logon")), logons);
    }

    void badQueriesAre400_data()
    {
        QTest::addColumn<CrmQuery>("query");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed where names the position")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_Status eq 'Pending' and")}}
            << QStringLiteral("BadWhereSyntax") << QStringLiteral("position 29");
        QTest::newRow("unknown field in where")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_Colour eq 'red'")}}
            << QStringLiteral("UnknownField") << QStringLiteral("Comm_Colour");
        QTest::newRow("a value that is not a date")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_DateTime gt 'yesterday'")}}
            << QStringLiteral("InvalidQuery") << QStringLiteral("yesterday");
        QTest::newRow("unknown field in orderBy")
            << CrmQuery{{QStringLiteral("orderBy"), QStringLiteral("Comm_Colour desc")}}
            << QStringLiteral("UnknownField") << QStringLiteral("Comm_Colour");
        QTest::newRow("bad orderBy direction")
            << CrmQuery{{QStringLiteral("orderBy"), QStringLiteral("Comm_Subject upward")}}
            << QStringLiteral("BadOrderBy") << QStringLiteral("upward");
        QTest::newRow("startIndex is 1-based")
            << CrmQuery{{QStringLiteral("startIndex"), QStringLiteral("0")}}
            << QStringLiteral("InvalidPaging") << QStringLiteral("startIndex");
        QTest::newRow("count must be a number") << CrmQuery{{QStringLiteral("count"), QStringLiteral("ten")}}
                                                << QStringLiteral("InvalidPaging") << QStringLiteral("count");
    }
    void badQueriesAre400()
    {
        QFETCH(CrmQuery, query);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        CrmTestClient client(*m_crm);
        const CrmHttpResult response = client.get(QStringLiteral("Communication"), query);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.json.value(QStringLiteral("$httpStatus")).toInt(), 400);
        QCOMPARE(response.firstCode(), code);
        QVERIFY2(response.firstMessage().contains(messagePart), qPrintable(response.firstMessage()));
    }

    void pagingAndOrdering_data()
    {
        QTest::addColumn<CrmQuery>("query");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("total");
        QTest::newRow("default order is by key")
            << CrmQuery{}
            << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                           QStringLiteral("5")}
            << 5;
        QTest::newRow("count limits the page") << CrmQuery{{QStringLiteral("count"), QStringLiteral("2")}}
                                               << QStringList{QStringLiteral("1"), QStringLiteral("2")} << 5;
        QTest::newRow("startIndex is 1-based")
            << CrmQuery{{QStringLiteral("count"), QStringLiteral("2")},
                        {QStringLiteral("startIndex"), QStringLiteral("4")}}
            << QStringList{QStringLiteral("4"), QStringLiteral("5")} << 5;
        QTest::newRow("startIndex past the end gives an empty page")
            << CrmQuery{{QStringLiteral("startIndex"), QStringLiteral("9")}} << QStringList{} << 5;
        QTest::newRow("orderBy desc")
            << CrmQuery{{QStringLiteral("orderBy"), QStringLiteral("Comm_DateTime desc")}}
            << QStringList{QStringLiteral("5"), QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("2"),
                           QStringLiteral("1")}
            << 5;
        QTest::newRow("several orderBy keys")
            << CrmQuery{{QStringLiteral("orderBy"), QStringLiteral("Comm_Status asc, Comm_Subject desc")}}
            << QStringList{QStringLiteral("5"), QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("3"),
                           QStringLiteral("1")}
            << 5;
        QTest::newRow("paging applies after where and orderBy")
            << CrmQuery{{QStringLiteral("where"), QStringLiteral("Comm_CommunicationId ne 3")},
                        {QStringLiteral("orderBy"), QStringLiteral("Comm_CommunicationId desc")},
                        {QStringLiteral("count"), QStringLiteral("2")},
                        {QStringLiteral("startIndex"), QStringLiteral("2")}}
            << QStringList{QStringLiteral("4"), QStringLiteral("2")} << 4;
    }
    void pagingAndOrdering()
    {
        QFETCH(CrmQuery, query);
        QFETCH(QStringList, ids);
        QFETCH(int, total);
        addCommunications();
        CrmTestClient client(*m_crm);
        const CrmHttpResult response = client.get(QStringLiteral("Communication"), query);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.column(QStringLiteral("$key")), ids);
        QCOMPARE(response.json.value(QStringLiteral("$totalResults")).toInt(), total);
    }

    // SData 2.0 3.5: a provider may cap the page size; $itemsPerPage says the size used, $totalResults
    // still counts every match, and only the last page is shorter.
    void aPageCapShortensPagesAndSaysSo()
    {
        addCommunications();
        m_crm->setMaxPageSize(2);
        CrmTestClient client(*m_crm);
        QStringList all;
        for (int start = 1; start <= 5; start += 2) {
            const CrmHttpResult page =
                client.get(QStringLiteral("Communication"),
                           CrmQuery{{QStringLiteral("count"), QStringLiteral("100")},
                                    {QStringLiteral("startIndex"), QString::number(start)}});
            QCOMPARE(page.status, 200);
            QCOMPARE(page.json.value(QStringLiteral("$itemsPerPage")).toInt(), 2);
            QCOMPARE(page.json.value(QStringLiteral("$totalResults")).toInt(), 5);
            QCOMPARE(page.column(QStringLiteral("$key")).size(), start == 5 ? 1 : 2);
            all += page.column(QStringLiteral("$key"));
        }
        QCOMPARE(all, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                   QStringLiteral("4"), QStringLiteral("5")}));
        // A smaller count than the cap is served as asked; no cap is the default.
        CrmQuery one{{QStringLiteral("count"), QStringLiteral("1")}};
        QCOMPARE(client.get(QStringLiteral("Communication"), one).column(QStringLiteral("$key")).size(), 1);
        m_crm->setMaxPageSize(0);
        const CrmHttpResult uncapped = client.get(QStringLiteral("Communication"));
        QCOMPARE(uncapped.json.value(QStringLiteral("$itemsPerPage")).toInt(), 100);
        QCOMPARE(uncapped.column(QStringLiteral("$key")).size(), 5);
    }

    void prototypesReflectCustomFields_data()
    {
        QTest::addColumn<bool>("customFields");
        QTest::newRow("with the Exchange Sync custom fields") << true;
        QTest::newRow("without the Exchange Sync custom fields") << false;
    }
    void prototypesReflectCustomFields()
    {
        QFETCH(bool, customFields);
        m_crm->setCustomFieldsPresent(customFields);
        CrmTestClient client(*m_crm);
        const CrmHttpResult all = client.get(QStringLiteral("$prototypes"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.column(QStringLiteral("$key")),
                 (QStringList{QStringLiteral("Users"), QStringLiteral("Communication"),
                              QStringLiteral("Comm_Link")}));
        const CrmHttpResult comm = client.get(QStringLiteral("$prototypes/Communication"));
        QCOMPARE(comm.status, 200);
        QHash<QString, QString> types;
        for (const QJsonValue &field : comm.json.value(QStringLiteral("fields")).toArray())
            types.insert(field[QStringLiteral("name")].toString(), field[QStringLiteral("type")].toString());
        for (const char *name : {"Comm_CommunicationId", "Comm_Type", "Comm_Action", "Comm_Status",
                                 "Comm_Priority", "Comm_DateTime", "Comm_ToDateTime", "Comm_Subject",
                                 "Comm_Note", "Comm_Location", "Comm_Private", "Comm_NotifyTime",
                                 "Comm_UserId", "Comm_CreatedDate", "Comm_UpdatedDate", "Comm_Deleted"})
            QVERIFY2(types.contains(QLatin1String(name)), name);
        QCOMPARE(types.value(QStringLiteral("Comm_DateTime")), QStringLiteral("datetime"));
        QCOMPARE(types.value(QStringLiteral("Comm_CommunicationId")), QStringLiteral("integer"));
        QCOMPARE(types.contains(QStringLiteral("Comm_ExchangeResponses")), customFields);
        QCOMPARE(types.contains(QStringLiteral("Comm_ExchangeId")), customFields);
        const CrmHttpResult usersProto = client.get(QStringLiteral("$prototypes/Users"));
        QString names;
        for (const QJsonValue &field : usersProto.json.value(QStringLiteral("fields")).toArray())
            names += field[QStringLiteral("name")].toString() + QLatin1Char(' ');
        QCOMPARE(names.contains(QLatin1String("User_ExchangeServer")), customFields);
        QCOMPARE(names.contains(QLatin1String("User_ExchangeUserId")), customFields);
        QVERIFY(names.contains(QLatin1String("User_EmailAddress")));
        const CrmHttpResult link = client.get(QStringLiteral("$prototypes/Comm_Link"));
        QCOMPARE(link.json.value(QStringLiteral("keyField")).toString(), QStringLiteral("CmLi_Comm_LinkId"));
        QCOMPARE(client.get(QStringLiteral("$prototypes/Opportunity")).status, 404);
        // Records and where follow the same switch.
        const CrmHttpResult users = client.get(QStringLiteral("Users('1')"));
        QCOMPARE(users.json.contains(QStringLiteral("User_ExchangeUserId")), customFields);
        const CrmHttpResult filtered =
            client.get(QStringLiteral("Users"),
                       {{QStringLiteral("where"), QStringLiteral("User_ExchangeServer eq 'x'")}});
        QCOMPARE(filtered.status, customFields ? 200 : 400);
    }

    void faultPlanUsesTheCrmErrorBody()
    {
        FaultRule rule;
        rule.method = QStringLiteral("GET");
        rule.path = QRegularExpression(QStringLiteral("^/sdata/crmj/sagecrm2/-/Communication"));
        rule.kind = FaultKind::ServiceUnavailable;
        rule.retryAfter = QStringLiteral("2");
        rule.times = 1;
        m_crm->http().faultPlan().addRule(rule);
        CrmTestClient client(*m_crm);
        const CrmHttpResult failed = client.get(QStringLiteral("Communication"));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.header("Retry-After"), QByteArray("2"));
        QCOMPARE(failed.json.value(QStringLiteral("$httpStatus")).toInt(), 503);
        QCOMPARE(failed.firstCode(), QStringLiteral("serviceNotAvailable"));
        QCOMPARE(client.get(QStringLiteral("Users")).status, 200);         // other paths are untouched
        QCOMPARE(client.get(QStringLiteral("Communication")).status, 200); // times = 1
    }
};

QTEST_GUILESS_MAIN(TestCrmHttp)
#include "tst_crm_http.moc"
