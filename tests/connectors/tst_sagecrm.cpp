// The Sage CRM connector against the CRM sandbox over real loopback HTTP: login checks, users across pages,
// the where builder, the custom-field check, appointment round trips across daylight-saving changes, the
// search before create, the change feed with shared whole-second stamps, validation of what the server sends,
// and a 503 retried by the HttpClient.
#include "Clock.h"
#include "CrmSandbox.h"
#include "FaultPlan.h"
#include "SampleDataGenerator.h"
#include "crm/sagecrm/SageCrmConnector.h"
#include "crm/sagecrm/SageWhere.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::crm;
using namespace cxsync::crm::sagecrm;
using namespace cxsync::sandbox;

Q_DECLARE_METATYPE(cxsync::ErrorKind)

namespace {

SampleUser crmUser(const QString &key, const QString &logon, const QString &first, const QString &last)
{
    SampleUser user;
    user.key = key;
    user.crmLogon = logon;
    user.crmFirstName = first;
    user.crmLastName = last;
    user.crmEmail = QStringLiteral("%1.%2@example.com").arg(first, last).toLower();
    return user;
}

SampleData smallWorld()
{
    SampleData data;
    SampleUser sync = crmUser(QStringLiteral("u0001"), QStringLiteral("sync"), QStringLiteral("Sync"),
                              QStringLiteral("User"));
    sync.crmExternalLogon = true;
    SampleUser plain = crmUser(QStringLiteral("u0002"), QStringLiteral("plain"), QStringLiteral("Anna"),
                               QStringLiteral("Smith"));
    SampleUser disabled = crmUser(QStringLiteral("u0003"), QStringLiteral("disabled"), QStringLiteral("Bert"),
                                  QStringLiteral("Jones"));
    disabled.crmDisabled = true;
    disabled.crmExternalLogon = true;
    SampleUser resource = crmUser(QStringLiteral("u0004"), QStringLiteral("room1"), QStringLiteral("Room"),
                                  QStringLiteral("One"));
    resource.crmResource = true;
    resource.crmExternalLogon = true;
    SampleUser obrien = crmUser(QStringLiteral("u0005"), QStringLiteral("o'brien"), QStringLiteral("Seán"),
                                QStringLiteral("O'Brien"));
    obrien.crmExternalLogon = true;
    data.users = {sync, plain, disabled, resource, obrien};
    data.syncUserKey = QStringLiteral("u0001");
    data.syncUserPassword = QStringLiteral("s3cret");
    return data;
}

QDateTime utc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

} // namespace

class TestSageCrm : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<CrmSandbox> m_crm;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;

    std::unique_ptr<SageCrmConnector> connector(const QString &logon, const QString &password,
                                                const QTimeZone &zone = QTimeZone::utc())
    {
        return std::make_unique<SageCrmConnector>(*m_http, m_crm->restBaseUrl(), logon, password, zone);
    }
    std::unique_ptr<SageCrmConnector> syncConnector(const QTimeZone &zone = QTimeZone::utc())
    {
        return connector(m_crm->syncUser(), m_crm->syncPassword(), zone);
    }
    QString userId(const QString &logon) const
    {
        for (const QJsonValue &user : m_crm->users()) {
            if (user.toObject().value(QStringLiteral("User_Logon")).toString() == logon)
                return user.toObject().value(QStringLiteral("$key")).toString();
        }
        return {};
    }
    QJsonObject wireCommunication(const QString &id) const
    {
        for (const QJsonValue &comm : m_crm->communications(true)) {
            if (comm.toObject().value(QStringLiteral("$key")).toString() == id)
                return comm.toObject();
        }
        return {};
    }

    // Runs one asynchronous operation to its callback (test only: the product never waits like this).
    template <typename T, typename Start> static Result<T> await(Start start)
    {
        std::optional<Result<T>> result;
        start([&result](Result<T> value) { result.emplace(std::move(value)); });
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 20000)
            QTest::qWait(5);
        if (!result)
            return makeError(ErrorKind::Cancelled, QStringLiteral("the test timed out"));
        return std::move(*result);
    }
    template <typename Start> static Status awaitStatus(Start start)
    {
        std::optional<Status> result;
        start([&result](Status value) { result.emplace(std::move(value)); });
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 20000)
            QTest::qWait(5);
        if (!result)
            return makeError(ErrorKind::Cancelled, QStringLiteral("the test timed out"));
        return std::move(*result);
    }
    Result<CrmChanges> changes(SageCrmConnector &crm, const CrmWatermark &watermark)
    {
        return await<CrmChanges>([&](auto done) { crm.changesSince(watermark, done); });
    }
    // Waits until the wall clock is early in a second, so a burst of writes shares one whole-second stamp.
    static void waitForFreshSecond()
    {
        while (QDateTime::currentMSecsSinceEpoch() % 1000 > 100)
            QTest::qWait(2);
    }
    QString crmCreate(const QString &subject, const QString &start)
    {
        const QJsonObject record = m_crm->createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), subject},
                        {QStringLiteral("Comm_DateTime"), start},
                        {QStringLiteral("Comm_ToDateTime"), start}},
            {userId(QStringLiteral("sync"))});
        return record.value(QStringLiteral("$key")).toString();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ErrorKind>(); }
    void init()
    {
        m_crm = std::make_unique<CrmSandbox>();
        m_crm->load(smallWorld());
        QVERIFY(m_crm->start());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
    }
    void cleanup()
    {
        m_http.reset();
        m_nam.reset();
        m_crm.reset();
    }

    void verifyLogin_data()
    {
        QTest::addColumn<QString>("logon");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("the sync user with External Logon Allowed is accepted")
            << QStringLiteral("sync") << QStringLiteral("s3cret") << true << ErrorKind::Invalid;
        QTest::newRow("a wrong password is an Auth error")
            << QStringLiteral("sync") << QStringLiteral("wrong") << false << ErrorKind::Auth;
        QTest::newRow("an unknown logon is an Auth error")
            << QStringLiteral("nobody") << QStringLiteral("x") << false << ErrorKind::Auth;
        QTest::newRow("a user without External Logon Allowed is a Permission error")
            << QStringLiteral("plain") << QStringLiteral("plain") << false << ErrorKind::Permission;
        QTest::newRow("a disabled user is a Permission error")
            << QStringLiteral("disabled") << QStringLiteral("disabled") << false << ErrorKind::Permission;
        QTest::newRow("a resource user is a Permission error")
            << QStringLiteral("room1") << QStringLiteral("room1") << false << ErrorKind::Permission;
        QTest::newRow("a logon with a quote (O'Brien) is looked up live")
            << QStringLiteral("o'brien") << QStringLiteral("o'brien") << true << ErrorKind::Invalid;
    }
    void verifyLogin()
    {
        QFETCH(QString, logon);
        QFETCH(QString, password);
        QFETCH(bool, accepted);
        QFETCH(ErrorKind, kind);
        auto crm = connector(logon, password);
        const Result<CrmUser> user = await<CrmUser>([&](auto done) { crm->verifyLogin(done); });
        QCOMPARE(user.ok(), accepted);
        if (accepted) {
            QCOMPARE(user.value().logon, logon);
            QCOMPARE(user.value().id, userId(logon));
            QVERIFY(!user.value().disabled);
            if (logon == QLatin1String("o'brien")) {
                QCOMPARE(user.value().lastName, QStringLiteral("O'Brien"));
                QCOMPARE(user.value().firstName, QStringLiteral("Seán"));
            }
            return;
        }
        QCOMPARE(user.error().kind, kind);
        if (kind == ErrorKind::Auth) {
            QVERIFY2(user.error().message.startsWith(QStringLiteral("CRM rejected the logon")),
                     qPrintable(user.error().message));
            QCOMPARE(user.error().httpStatus, 401);
        } else {
            // The CRM's own reason is kept: it tells which fix applies.
            QVERIFY2(user.error().message.contains(QStringLiteral("may not use the REST API")) &&
                         user.error().message.contains(QStringLiteral("has no API access:")),
                     qPrintable(user.error().message));
            QCOMPARE(user.error().httpStatus, 403);
        }
    }

    void listUsersPagesThroughEveryUser_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("Sage CRM 2024 R2: the server orders the pages") << false;
        QTest::newRow("before 2024 R2: no orderBy, the connector orders") << true;
    }
    void listUsersPagesThroughEveryUser()
    {
        QFETCH(bool, legacy);
        m_crm = std::make_unique<CrmSandbox>();
        m_crm->load(SampleDataGenerator::generate(120, 0, 1, QDateTime::currentDateTimeUtc()));
        m_crm->setLegacyApi(legacy);
        QVERIFY(m_crm->start());
        auto crm = syncConnector();
        crm->setPageSize(25);
        QSignalSpy attempts(m_http.get(), &net::HttpClient::attemptStarted);
        const Result<QList<CrmUser>> users = await<QList<CrmUser>>([&](auto done) { crm->listUsers(done); });
        QVERIFY2(users.ok(), users.ok() ? "" : qPrintable(users.error().message));
        const QJsonArray expected = m_crm->users();
        QVERIFY(expected.size() > 100);
        QCOMPARE(users.value().size(), expected.size());
        const int pages = int((expected.size() + 24) / 25);
        QCOMPARE(attempts.size(), pages + 1); // the API level is probed once
        attempts.clear();
        const Result<QList<CrmUser>> again = await<QList<CrmUser>>([&](auto done) { crm->listUsers(done); });
        QVERIFY(again.ok());
        QCOMPARE(attempts.size(), pages); // and remembered
        QSet<QString> ids;
        qint64 previous = 0;
        for (const CrmUser &user : users.value()) {
            QVERIFY(!user.id.isEmpty());
            QVERIFY2(user.id.toLongLong() > previous, "users come in id order");
            previous = user.id.toLongLong();
            ids.insert(user.id);
        }
        QCOMPARE(ids.size(), expected.size());
        bool sawDisabled = false;
        for (const CrmUser &user : users.value())
            sawDisabled = sawDisabled || user.disabled;
        QVERIFY2(sawDisabled, "the sample organisation has a disabled CRM user");
    }

    void whereBuilder_data()
    {
        QTest::addColumn<QString>("built");
        QTest::addColumn<QString>("expected");
        auto row = [](const char *name, const SageWhere &where, const QString &expected) {
            QTest::newRow(name) << (where.isValid() ? where.toString() : QStringLiteral("<invalid>"))
                                << expected;
        };
        row("a quote in a value is doubled",
            SageWhere::eq(QStringLiteral("User_LastName"), QStringLiteral("O'Brien")),
            QStringLiteral("User_LastName eq 'O''Brien'"));
        row("an injection attempt stays inside the quotes",
            SageWhere::eq(QStringLiteral("User_Logon"), QStringLiteral("x' or User_Logon ne 'x")),
            QStringLiteral("User_Logon eq 'x'' or User_Logon ne ''x'"));
        row("a percent sign in eq is a literal",
            SageWhere::eq(QStringLiteral("Comm_Subject"), QStringLiteral("100%")),
            QStringLiteral("Comm_Subject eq '100%'"));
        row("like keeps its wildcard and escapes quotes",
            SageWhere::like(QStringLiteral("User_LastName"), QStringLiteral("O'B%")),
            QStringLiteral("User_LastName like 'O''B%'"));
        row("unicode values pass unchanged",
            SageWhere::ne(QStringLiteral("User_FirstName"), QStringLiteral("Zoë 東京 שלום")),
            QStringLiteral("User_FirstName ne 'Zoë 東京 שלום'"));
        row("gt ge lt le",
            SageWhere::allOf({SageWhere::gt(QStringLiteral("A"), QStringLiteral("1")),
                              SageWhere::ge(QStringLiteral("B"), QStringLiteral("2")),
                              SageWhere::lt(QStringLiteral("C"), QStringLiteral("3")),
                              SageWhere::le(QStringLiteral("D"), QStringLiteral("4"))}),
            QStringLiteral("A gt '1' and B ge '2' and C lt '3' and D le '4'"));
        row("in quotes every value",
            SageWhere::in(QStringLiteral("User_Logon"),
                          QStringList{QStringLiteral("a"), QStringLiteral("b'c")}),
            QStringLiteral("User_Logon in ('a', 'b''c')"));
        row("in with integers", SageWhere::in(QStringLiteral("Comm_CommunicationId"), QList<qint64>{3, 5}),
            QStringLiteral("Comm_CommunicationId in (3, 5)"));
        row("or inside and is parenthesised",
            SageWhere::anyOf({SageWhere::eq(QStringLiteral("A"), QStringLiteral("1")),
                              SageWhere::eq(QStringLiteral("B"), QStringLiteral("2"))}) &&
                SageWhere::eq(QStringLiteral("C"), 3),
            QStringLiteral("(A eq '1' or B eq '2') and C eq 3"));
        row("dates are local times of the server zone",
            SageWhere::compare(QStringLiteral("Comm_UpdatedDate"), QStringLiteral("ge"),
                               utc(QStringLiteral("2026-07-01T11:30:15.789Z")), QTimeZone("Europe/London")),
            QStringLiteral("Comm_UpdatedDate ge '2026-07-01T12:30:15'"));
        row("a field name with spaces is refused",
            SageWhere::eq(QStringLiteral("A or 1 eq 1"), QStringLiteral("x")), QStringLiteral("<invalid>"));
        row("an invalid part makes the whole invalid",
            SageWhere::anyOf({SageWhere::eq(QStringLiteral("A"), QStringLiteral("1")),
                              SageWhere::eq(QStringLiteral("B'"), QStringLiteral("2"))}),
            QStringLiteral("<invalid>"));
        row("an empty in is refused", SageWhere::in(QStringLiteral("A"), QStringList()),
            QStringLiteral("<invalid>"));
    }
    void whereBuilder()
    {
        QFETCH(QString, built);
        QFETCH(QString, expected);
        QCOMPARE(built, expected);
    }

    void customFields_data()
    {
        QTest::addColumn<bool>("present");
        QTest::newRow("a CRM with the Exchange custom fields misses none") << true;
        QTest::newRow("a CRM without them misses all four") << false;
    }
    void customFields()
    {
        QFETCH(bool, present);
        m_crm->setCustomFieldsPresent(present);
        auto crm = syncConnector();
        const Result<CrmCustomFieldCheck> check =
            await<CrmCustomFieldCheck>([&](auto done) { crm->customFieldsPresent(done); });
        QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().message));
        QVERIFY(check.value().certain());
        if (present) {
            QVERIFY(check.value().complete());
        } else {
            QCOMPARE(
                check.value().missing,
                QStringList({QStringLiteral("User_ExchangeServer"), QStringLiteral("User_ExchangeUserId"),
                             QStringLiteral("Comm_ExchangeResponses"), QStringLiteral("Comm_ExchangeId")}));
        }
    }

    // Installs without $prototypes/{entity}, or with it in another shape: the check reads a record instead,
    // and what it still cannot tell is unknown (a warning), never an error that stops user sync.
    void customFieldsWithoutUsableMetadata_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<bool>("entityPrototypes");
        QTest::addColumn<bool>("sageShape");
        QTest::addColumn<bool>("aCommunicationExists");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("unknown");
        const QStringList all{QStringLiteral("User_ExchangeServer"), QStringLiteral("User_ExchangeUserId"),
                              QStringLiteral("Comm_ExchangeResponses"), QStringLiteral("Comm_ExchangeId")};
        QTest::newRow("no $prototypes/{entity}: the fields are seen on a user and a communication")
            << true << false << false << true << QStringList{} << QStringList{};
        QTest::newRow("no $prototypes/{entity} and no communication yet: the Comm_ fields are unknown")
            << true << false << false << false << QStringList{} << all.mid(2);
        QTest::newRow("no $prototypes/{entity} and no custom fields: unknown, not missing")
            << false << false << false << true << QStringList{} << all;
        QTest::newRow("$properties (Sage's client shape) with the fields")
            << true << true << true << false << QStringList{} << QStringList{};
        QTest::newRow("$properties (Sage's client shape) without them: missing")
            << false << true << true << false << all << QStringList{};
    }
    void customFieldsWithoutUsableMetadata()
    {
        QFETCH(bool, present);
        QFETCH(bool, entityPrototypes);
        QFETCH(bool, sageShape);
        QFETCH(bool, aCommunicationExists);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, unknown);
        m_crm->setCustomFieldsPresent(present);
        m_crm->setPerEntityPrototypes(entityPrototypes);
        m_crm->setPrototypeShape(sageShape ? CrmPrototypeShape::Properties : CrmPrototypeShape::Fields);
        if (aCommunicationExists)
            QVERIFY(!crmCreate(QStringLiteral("any"), QStringLiteral("2026-05-02T09:00:00")).isEmpty());
        auto crm = syncConnector();
        const Result<CrmCustomFieldCheck> check =
            await<CrmCustomFieldCheck>([&](auto done) { crm->customFieldsPresent(done); });
        QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.error().message));
        QCOMPARE(check.value().missing, missing);
        QCOMPARE(check.value().unknown, unknown);
        // How it was checked is said whenever the metadata could not be used.
        QCOMPARE(check.value().notes.isEmpty(), entityPrototypes);
        if (!entityPrototypes)
            QVERIFY2(check.value().notes.join(QLatin1Char(' ')).contains(QLatin1String("$prototypes/Users")),
                     qPrintable(check.value().notes.join(QLatin1Char(' '))));
    }

    // A write that needs a custom field the CRM lacks fails naming the field and where to add it.
    void aWriteNeedingAMissingFieldNamesIt()
    {
        m_crm->setCustomFieldsPresent(false);
        auto crm = syncConnector();
        const Result<CrmUser> user = await<CrmUser>([&](auto done) {
            crm->setUserExchangeLink(userId(QStringLiteral("plain")), QStringLiteral("graph"),
                                     QStringLiteral("anna@contoso.example"), done);
        });
        QVERIFY(!user.ok());
        QCOMPARE(user.error().kind, ErrorKind::Invalid);
        QCOMPARE(user.error().field, QStringLiteral("User_ExchangeServer"));
        QVERIFY2(user.error().message.contains(QLatin1String("Administration | Customization | Users")),
                 qPrintable(user.error().message));
        QVERIFY(!user.error().message.contains(m_crm->syncPassword()));

        CrmAppointment appointment;
        appointment.subject = QStringLiteral("Needs Comm_ExchangeId");
        appointment.startUtc = utc(QStringLiteral("2026-05-04T09:00:00Z"));
        appointment.endUtc = appointment.startUtc.addSecs(1800);
        appointment.exchangeId = QStringLiteral("uid-1");
        const Result<CrmAppointment> created =
            await<CrmAppointment>([&](auto done) { crm->createAppointment(appointment, done); });
        QVERIFY(!created.ok());
        QVERIFY2(created.error().field.startsWith(QLatin1String("Comm_Exchange")),
                 qPrintable(created.error().field));
        QVERIFY2(created.error().message.contains(QLatin1String("Customization | Communication")),
                 qPrintable(created.error().message));
    }

    void apiLevelIsProbedOnce_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("words");
        QTest::newRow("Sage CRM 2024 R2 and later")
            << false << QStringLiteral("2024r2") << QStringLiteral("2024 R2 or later");
        QTest::newRow("Sage CRM 2022 R1 - 2024 R1")
            << true << QStringLiteral("legacy") << QStringLiteral("before 2024 R2");
    }
    void apiLevelIsProbedOnce()
    {
        QFETCH(bool, legacy);
        QFETCH(QString, id);
        QFETCH(QString, words);
        m_crm->setLegacyApi(legacy);
        auto crm = syncConnector();
        QSignalSpy attempts(m_http.get(), &net::HttpClient::attemptStarted);
        const Result<CrmApiLevel> level = await<CrmApiLevel>([&](auto done) { crm->apiLevel(done); });
        QVERIFY2(level.ok(), level.ok() ? "" : qPrintable(level.error().message));
        QCOMPARE(level.value().id, id);
        QVERIFY2(level.value().description.contains(words), qPrintable(level.value().description));
        QCOMPARE(attempts.size(), 1);
        QVERIFY(await<CrmApiLevel>([&](auto done) { crm->apiLevel(done); }).ok());
        QCOMPARE(attempts.size(), 1);
    }

    // Only appointments take part (seed chapter 1). Rows are written as CRM users do, then the feed is read.
    void changeFeedDeliversAppointmentsOnly_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("exchangeId");
        QTest::addColumn<QString>("laterType");  // the type a user changes it to after the first read
        QTest::addColumn<int>("firstRead");      // appointments in the first read
        QTest::addColumn<QString>("secondRead"); // "", "deleted" or "changed"
        QTest::newRow("a to-do never surfaces") << false << QStringLiteral("Task") << QStringLiteral("ToDo")
                                                << QString() << QString() << 0 << QString();
        QTest::newRow("a logged call never surfaces")
            << false << QStringLiteral("Task") << QStringLiteral("PhoneIn") << QString() << QString() << 0
            << QString();
        QTest::newRow("an e-mail never surfaces, not even as a delete")
            << false << QStringLiteral("Task") << QStringLiteral("EmailOut") << QString()
            << QStringLiteral("Task") << 0 << QString();
        QTest::newRow("a letter never surfaces (older release)")
            << true << QStringLiteral("Task") << QStringLiteral("LetterOut") << QString() << QString() << 0
            << QString();
        QTest::newRow("a scheduled call is an appointment")
            << false << QStringLiteral("Appointment") << QStringLiteral("PhoneOut") << QString() << QString()
            << 1 << QString();
        QTest::newRow("a synchronized appointment made a task leaves as a delete")
            << false << QStringLiteral("Appointment") << QStringLiteral("Meeting") << QStringLiteral("uid-7")
            << QStringLiteral("Task") << 1 << QStringLiteral("deleted");
        QTest::newRow("the same on an older release")
            << true << QStringLiteral("Appointment") << QStringLiteral("Meeting") << QStringLiteral("uid-8")
            << QStringLiteral("Task") << 1 << QStringLiteral("deleted");
        QTest::newRow("an appointment made a task before it was synchronized disappears")
            << false << QStringLiteral("Appointment") << QStringLiteral("Meeting") << QString()
            << QStringLiteral("Task") << 1 << QString();
        QTest::newRow("a task made an appointment arrives as a new appointment")
            << false << QStringLiteral("Task") << QStringLiteral("ToDo") << QString()
            << QStringLiteral("Appointment") << 0 << QStringLiteral("changed");
    }
    void changeFeedDeliversAppointmentsOnly()
    {
        QFETCH(bool, legacy);
        QFETCH(QString, type);
        QFETCH(QString, action);
        QFETCH(QString, exchangeId);
        QFETCH(QString, laterType);
        QFETCH(int, firstRead);
        QFETCH(QString, secondRead);
        m_crm->setLegacyApi(legacy);
        auto crm = syncConnector();
        QJsonObject fields{{QStringLiteral("Comm_Type"), type},
                           {QStringLiteral("Comm_Action"), action},
                           {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                           {QStringLiteral("Comm_Subject"), QStringLiteral("the record")},
                           {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-05-02T09:00:00")}};
        if (!exchangeId.isEmpty())
            fields.insert(QStringLiteral("Comm_ExchangeId"), exchangeId);
        const QString id = m_crm->createCommunication(fields, {userId(QStringLiteral("plain"))})
                               .value(QStringLiteral("$key"))
                               .toString();
        QVERIFY(!id.isEmpty());
        const Result<CrmChanges> first = changes(*crm, {});
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first.value().appointments.size(), firstRead);
        QVERIFY2(!first.value().watermark.isNull(), "the watermark moves past what is left out");
        if (laterType.isEmpty())
            return;
        QVERIFY(m_crm->updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Type"), laterType}}));
        const Result<CrmChanges> second = changes(*crm, first.value().watermark);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        if (secondRead.isEmpty()) {
            QVERIFY(second.value().appointments.isEmpty());
            return;
        }
        QCOMPARE(second.value().appointments.size(), 1);
        const CrmAppointment &seen = second.value().appointments.constFirst();
        QCOMPARE(seen.id, id);
        QCOMPARE(seen.deleted, secondRead == QLatin1String("deleted"));
        QCOMPARE(seen.linkedUserIds, QStringList{userId(QStringLiteral("plain"))});
        QVERIFY(m_crm->communications(false).size() == 1); // nothing was deleted in the CRM
    }

    // A communication that is not an appointment is not found, not matched by its Exchange id, and never
    // deleted by the sync (its Outlook copy may still be deleted by a user).
    void aTaskIsNotAnAppointment()
    {
        auto crm = syncConnector();
        const QString task =
            m_crm
                ->createCommunication(
                    QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Task")},
                                {QStringLiteral("Comm_Action"), QStringLiteral("ToDo")},
                                {QStringLiteral("Comm_Subject"), QStringLiteral("call back")},
                                {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-05-02T09:00:00")},
                                {QStringLiteral("Comm_ExchangeId"), QStringLiteral("uid-task")}},
                    {userId(QStringLiteral("plain"))})
                .value(QStringLiteral("$key"))
                .toString();
        QVERIFY(!task.isEmpty());
        const Result<CrmAppointment> got =
            await<CrmAppointment>([&](auto done) { crm->getAppointment(task, done); });
        QVERIFY(!got.ok());
        QCOMPARE(got.error().kind, ErrorKind::NotFound);
        const auto found = await<std::optional<CrmAppointment>>(
            [&](auto done) { crm->findAppointmentByExchangeId(QStringLiteral("uid-task"), done); });
        QVERIFY(found.ok());
        QVERIFY(!found.value().has_value());
        QVERIFY(awaitStatus([&](auto done) { crm->deleteAppointment(task, done); }).ok());
        QCOMPARE(wireCommunication(task).value(QStringLiteral("Comm_Deleted")).toInt(), 0);
    }

    void setUserExchangeLinkWritesTheCustomFields()
    {
        auto crm = syncConnector();
        const QString plain = userId(QStringLiteral("plain"));
        const Result<CrmUser> user = await<CrmUser>([&](auto done) {
            crm->setUserExchangeLink(plain, QStringLiteral("graph"), QStringLiteral("anna@contoso.example"),
                                     done);
        });
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QCOMPARE(user.value().id, plain);
        QCOMPARE(user.value().exchangeServer, QStringLiteral("graph"));
        QCOMPARE(user.value().exchangeUserId, QStringLiteral("anna@contoso.example"));
    }

    void appointmentRoundTrip_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QString>("wireStart");
        QTest::addColumn<QString>("wireEnd");
        QTest::newRow("London spring forward: 00:30 GMT to 03:30 BST")
            << utc(QStringLiteral("2026-03-29T00:30:00Z")) << utc(QStringLiteral("2026-03-29T02:30:00Z"))
            << QStringLiteral("2026-03-29T00:30:00") << QStringLiteral("2026-03-29T03:30:00");
        QTest::newRow("London fall back: 00:30 BST to 02:30 GMT")
            << utc(QStringLiteral("2026-10-24T23:30:00Z")) << utc(QStringLiteral("2026-10-25T02:30:00Z"))
            << QStringLiteral("2026-10-25T00:30:00") << QStringLiteral("2026-10-25T02:30:00");
        QTest::newRow("London summer time")
            << utc(QStringLiteral("2026-07-01T08:00:00Z")) << utc(QStringLiteral("2026-07-01T09:15:00Z"))
            << QStringLiteral("2026-07-01T09:00:00") << QStringLiteral("2026-07-01T10:15:00");
    }
    void appointmentRoundTrip()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QString, wireStart);
        QFETCH(QString, wireEnd);
        const QTimeZone london("Europe/London");
        QVERIFY(london.isValid());
        m_crm->setServerTimeZone(london);
        auto crm = syncConnector(london);
        CrmAppointment appointment;
        appointment.subject = QStringLiteral("Review with O'Brien – 100% ✓");
        appointment.details = QStringLiteral("line 1\nline 2");
        appointment.location = QStringLiteral("Room 1");
        appointment.startUtc = start;
        appointment.endUtc = end;
        appointment.isPrivate = true;
        appointment.notifyMinutes = 15;
        appointment.ownerUserId = userId(QStringLiteral("sync"));
        appointment.linkedUserIds = {userId(QStringLiteral("sync")), userId(QStringLiteral("plain"))};
        appointment.exchangeId = QStringLiteral("AAMkAD'x=");
        appointment.exchangeResponses = QStringLiteral("{\"plain\":\"accepted\"}");

        const Result<CrmAppointment> created =
            await<CrmAppointment>([&](auto done) { crm->createAppointment(appointment, done); });
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        const CrmAppointment &stored = created.value();
        QVERIFY(!stored.id.isEmpty());
        QCOMPARE(stored.startUtc, start);
        QCOMPARE(stored.endUtc, end);
        QCOMPARE(stored.subject, appointment.subject);
        QCOMPARE(stored.details, appointment.details);
        QCOMPARE(stored.isPrivate, true);
        QCOMPARE(stored.notifyMinutes, std::optional<int>(15));
        QCOMPARE(stored.ownerUserId, appointment.ownerUserId);
        QCOMPARE(stored.exchangeId, appointment.exchangeId);
        QCOMPARE(stored.exchangeResponses, appointment.exchangeResponses);
        QCOMPARE(stored.linkedUserIds, appointment.linkedUserIds);
        QVERIFY(stored.updatedUtc.isValid());
        QVERIFY(!stored.deleted);
        const QJsonObject wire = wireCommunication(stored.id);
        QCOMPARE(wire.value(QStringLiteral("Comm_DateTime")).toString(), wireStart);
        QCOMPARE(wire.value(QStringLiteral("Comm_ToDateTime")).toString(), wireEnd);

        const Result<CrmAppointment> fetched =
            await<CrmAppointment>([&](auto done) { crm->getAppointment(stored.id, done); });
        QVERIFY2(fetched.ok(), fetched.ok() ? "" : qPrintable(fetched.error().message));
        QCOMPARE(fetched.value().startUtc, start);
        QCOMPARE(fetched.value().endUtc, end);
        QCOMPARE(fetched.value().linkedUserIds, appointment.linkedUserIds);

        CrmAppointment changed = fetched.value();
        changed.subject = QStringLiteral("Moved");
        changed.startUtc = start.addDays(1);
        changed.endUtc = end.addDays(1);
        changed.notifyMinutes.reset();
        changed.isPrivate = false;
        const Result<CrmAppointment> updated =
            await<CrmAppointment>([&](auto done) { crm->updateAppointment(changed, done); });
        QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
        QCOMPARE(updated.value().subject, QStringLiteral("Moved"));
        QCOMPARE(updated.value().startUtc, start.addDays(1));
        QCOMPARE(updated.value().endUtc, end.addDays(1));
        QVERIFY(!updated.value().notifyMinutes);
        QVERIFY(!updated.value().isPrivate);
        QCOMPARE(updated.value().linkedUserIds, appointment.linkedUserIds);

        // A write of some fields sends only those: an edit the CRM got after our read (here: a user moves the
        // meeting and renames it) is not undone by a write of the Exchange id made from that older read.
        QVERIFY(m_crm->updateCommunication(
            stored.id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Renamed in the CRM")},
                                   {QStringLiteral("Comm_DateTime"), wireStart},
                                   {QStringLiteral("Comm_ToDateTime"), wireEnd}}));
        CrmAppointment stale = updated.value();
        stale.exchangeId = QStringLiteral("040000008200E00074C5B7101A82E008000000000000000000000000000000000000000000");
        stale.exchangeResponses = QStringLiteral("Ann: Accepted");
        const Result<CrmAppointment> idWritten = await<CrmAppointment>([&](auto done) {
            crm->updateAppointment(stale, crm::CrmFields(crm::CrmField::ExchangeId) | crm::CrmField::ExchangeResponses, done);
        });
        QVERIFY2(idWritten.ok(), idWritten.ok() ? "" : qPrintable(idWritten.error().message));
        QCOMPARE(idWritten.value().exchangeId, stale.exchangeId);
        QCOMPARE(idWritten.value().exchangeResponses, stale.exchangeResponses);
        QCOMPARE(idWritten.value().subject, QStringLiteral("Renamed in the CRM"));
        QCOMPARE(idWritten.value().startUtc, start);
        const QJsonObject afterIdWrite = wireCommunication(stored.id);
        QCOMPARE(afterIdWrite.value(QStringLiteral("Comm_Subject")).toString(), QStringLiteral("Renamed in the CRM"));
        QCOMPARE(afterIdWrite.value(QStringLiteral("Comm_DateTime")).toString(), wireStart);
        // moving it writes the reminder time with the start; the subject stays the CRM's
        stale.startUtc = start.addDays(2);
        stale.endUtc = end.addDays(2);
        stale.notifyMinutes = 30;
        const Result<CrmAppointment> moved = await<CrmAppointment>(
            [&](auto done) { crm->updateAppointment(stale, crm::CrmFields(crm::CrmField::Times) | crm::CrmField::Reminder, done); });
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().message));
        QCOMPARE(moved.value().startUtc, start.addDays(2));
        QCOMPARE(moved.value().notifyMinutes, std::optional<int>(30));
        QCOMPARE(moved.value().subject, QStringLiteral("Renamed in the CRM"));
        // nothing named: nothing sent, the record as it is
        const Result<CrmAppointment> untouched =
            await<CrmAppointment>([&](auto done) { crm->updateAppointment(stale, crm::CrmFields(), done); });
        QVERIFY2(untouched.ok(), untouched.ok() ? "" : qPrintable(untouched.error().message));
        QCOMPARE(untouched.value().subject, QStringLiteral("Renamed in the CRM"));

        const Status removed = awaitStatus([&](auto done) { crm->deleteAppointment(stored.id, done); });
        QVERIFY2(removed.ok(), removed.ok() ? "" : qPrintable(removed.error().message));
        QCOMPARE(wireCommunication(stored.id).value(QStringLiteral("Comm_Deleted")).toInteger(), 1);
        const Status again = awaitStatus([&](auto done) { crm->deleteAppointment(stored.id, done); });
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        const Result<CrmAppointment> afterDelete =
            await<CrmAppointment>([&](auto done) { crm->getAppointment(stored.id, done); });
        QVERIFY((afterDelete.ok() && afterDelete.value().deleted) ||
                (!afterDelete.ok() && afterDelete.error().kind == ErrorKind::NotFound));
    }

    void linkUsersAddsOnlyMissingLinks()
    {
        auto crm = syncConnector();
        const QString id = crmCreate(QStringLiteral("Links"), QStringLiteral("2026-05-01T09:00:00"));
        const int before = int(m_crm->commLinks().size());
        const QStringList users{userId(QStringLiteral("sync")), userId(QStringLiteral("plain"))};
        const Status first = awaitStatus([&](auto done) { crm->linkUsers(id, users, done); });
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(int(m_crm->commLinks().size()), before + 1); // sync was linked at creation
        const Status second = awaitStatus([&](auto done) { crm->linkUsers(id, users, done); });
        QVERIFY(second.ok());
        QCOMPARE(int(m_crm->commLinks().size()), before + 1);
    }

    void findAppointmentByExchangeId_data()
    {
        QTest::addColumn<QString>("exchangeId");
        QTest::newRow("a plain Graph id") << QStringLiteral("AAMkADk0Zjg=");
        QTest::newRow("an id with a quote, a percent sign and unicode") << QStringLiteral("AA'O'Brien%25+ü");
    }
    void findAppointmentByExchangeId()
    {
        QFETCH(QString, exchangeId);
        auto crm = syncConnector();
        CrmAppointment appointment;
        appointment.subject = QStringLiteral("Synced");
        appointment.startUtc = utc(QStringLiteral("2026-05-04T09:00:00Z"));
        appointment.endUtc = appointment.startUtc.addSecs(3600);
        appointment.exchangeId = exchangeId;
        CrmAppointment other = appointment;
        other.exchangeId = exchangeId + QStringLiteral("x");
        const Result<CrmAppointment> decoy =
            await<CrmAppointment>([&](auto done) { crm->createAppointment(other, done); });
        QVERIFY(decoy.ok());
        const Result<CrmAppointment> created =
            await<CrmAppointment>([&](auto done) { crm->createAppointment(appointment, done); });
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));

        auto find = [&](const QString &id) {
            return await<std::optional<CrmAppointment>>(
                [&](auto done) { crm->findAppointmentByExchangeId(id, done); });
        };
        const auto found = find(exchangeId);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->id, created.value().id);
        const auto wildcard = find(exchangeId.left(4) + QStringLiteral("%"));
        QVERIFY(wildcard.ok());
        QVERIFY2(!wildcard.value().has_value(), "a % in the searched id is not a wildcard");
        const auto none = find(QStringLiteral("no-such-id"));
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());

        QVERIFY(awaitStatus([&](auto done) { crm->deleteAppointment(created.value().id, done); }).ok());
        const auto afterDelete = find(exchangeId);
        QVERIFY(afterDelete.ok());
        QVERIFY2(!afterDelete.value().has_value(), "soft-deleted appointments are not found");
    }

    void changeFeedDeliversSameSecondWritesExactlyOnce_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("Sage CRM 2024 R2") << false;
        QTest::newRow("before 2024 R2 (no orderBy)") << true;
    }
    void changeFeedDeliversSameSecondWritesExactlyOnce()
    {
        QFETCH(bool, legacy);
        m_crm->setLegacyApi(legacy);
        auto crm = syncConnector(QTimeZone("Europe/London"));
        m_crm->setServerTimeZone(QTimeZone("Europe/London"));
        const Result<CrmChanges> empty = changes(*crm, {});
        QVERIFY(empty.ok());
        QVERIFY(empty.value().appointments.isEmpty());
        QVERIFY(empty.value().watermark.isNull());

        const QString older = crmCreate(QStringLiteral("older"), QStringLiteral("2026-05-01T09:00:00"));
        QTest::qWait(1100);
        const Result<CrmChanges> base = changes(*crm, {});
        QVERIFY(base.ok());
        QCOMPARE(base.value().appointments.size(), 1);

        waitForFreshSecond();
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(crmCreate(QStringLiteral("burst %1").arg(i), QStringLiteral("2026-05-02T09:00:00")));
        const Result<CrmChanges> first = changes(*crm, base.value().watermark);
        // Two more new ones and an update of the older record, still in the same second.
        for (int i = 3; i < 5; ++i)
            ids.append(crmCreate(QStringLiteral("burst %1").arg(i), QStringLiteral("2026-05-02T09:00:00")));
        QVERIFY(m_crm->updateCommunication(
            older, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("older, edited")}}));
        ids.append(older);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        const Result<CrmChanges> second = changes(*crm, first.value().watermark);
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));

        QStringList seen;
        QSet<QDateTime> stamps;
        for (const auto *batch : {&first.value(), &second.value()}) {
            for (const CrmAppointment &appointment : batch->appointments) {
                seen.append(appointment.id);
                stamps.insert(appointment.updatedUtc);
            }
        }
        QCOMPARE(seen.size(), ids.size());
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()), QSet<QString>(ids.begin(), ids.end()));
        QVERIFY2(!first.value().appointments.isEmpty() && !second.value().appointments.isEmpty(),
                 "the watermark fell inside the burst");
        if (stamps.size() != 1)
            qWarning("the burst spread over %d seconds (slow machine); exactly-once still checked",
                     int(stamps.size()));
        else
            QVERIFY(first.value().watermark.updatedUtc == second.value().watermark.updatedUtc);

        const Result<CrmChanges> quiet = changes(*crm, second.value().watermark);
        QVERIFY(quiet.ok());
        QVERIFY(quiet.value().appointments.isEmpty());
        QVERIFY(quiet.value().watermark == second.value().watermark);

        QVERIFY(awaitStatus([&](auto done) { crm->deleteAppointment(ids.at(2), done); }).ok());
        const Result<CrmChanges> deleted = changes(*crm, second.value().watermark);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value().appointments.size(), 1);
        QCOMPARE(deleted.value().appointments.constFirst().id, ids.at(2));
        QVERIFY(deleted.value().appointments.constFirst().deleted);
        QCOMPARE(deleted.value().appointments.constFirst().linkedUserIds,
                 QStringList{userId(QStringLiteral("sync"))});
    }

    void changeFeedDeliversASecondChangeOfOneRecordInTheSameSecond_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("Sage CRM 2024 R2") << false;
        QTest::newRow("before 2024 R2 (no orderBy)") << true;
    }
    void changeFeedDeliversASecondChangeOfOneRecordInTheSameSecond()
    {
        QFETCH(bool, legacy);
        m_crm->setLegacyApi(legacy);
        auto crm = syncConnector();
        waitForFreshSecond();
        const QString id = crmCreate(QStringLiteral("first version"), QStringLiteral("2026-05-02T09:00:00"));
        const Result<CrmChanges> first = changes(*crm, {});
        QVERIFY(first.ok());
        QCOMPARE(first.value().appointments.size(), 1);
        QVERIFY(m_crm->updateCommunication(
            id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("second version")}}));
        const Result<CrmChanges> second = changes(*crm, first.value().watermark);
        QVERIFY(second.ok());
        QCOMPARE(second.value().appointments.size(), 1);
        QCOMPARE(second.value().appointments.constFirst().subject, QStringLiteral("second version"));
        if (second.value().watermark.updatedUtc != first.value().watermark.updatedUtc)
            qWarning("the update fell into the next second (slow machine)");
        const Result<CrmChanges> third = changes(*crm, second.value().watermark);
        QVERIFY(third.ok());
        QVERIFY(third.value().appointments.isEmpty());
    }

    void changeFeedPagesPastAFullPageOfOneSecond_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::newRow("Sage CRM 2024 R2") << false;
        QTest::newRow("before 2024 R2 (no orderBy)") << true;
    }
    void changeFeedPagesPastAFullPageOfOneSecond()
    {
        QFETCH(bool, legacy);
        m_crm->setLegacyApi(legacy);
        auto crm = syncConnector();
        crm->setPageSize(2);
        waitForFreshSecond();
        QStringList ids;
        for (int i = 0; i < 7; ++i)
            ids.append(
                crmCreate(QStringLiteral("same second %1").arg(i), QStringLiteral("2026-05-02T09:00:00")));
        CrmWatermark partial; // as if an earlier run had seen the first one only
        const Result<CrmChanges> all = changes(*crm, partial);
        QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().message));
        QStringList seen;
        for (const CrmAppointment &appointment : all.value().appointments)
            seen.append(appointment.id);
        QCOMPARE(seen, ids);
        partial.advance(all.value().appointments.constFirst().updatedUtc, ids.constFirst().toLongLong());
        const Result<CrmChanges> rest = changes(*crm, partial);
        QVERIFY(rest.ok());
        seen.clear();
        for (const CrmAppointment &appointment : rest.value().appointments)
            seen.append(appointment.id);
        QCOMPARE(seen, ids.mid(1));
    }

    // A bulk import (Data Upload, a workflow, an SQL fix) stamps 5,000 communications with one second, in
    // millisecond order unlike their id order; one more the seconds before and after. Two of them are edited
    // while the first run pages. Every one is read (the feed never sticks), the edited ones as edited, and
    // nothing is reported twice across runs.
    // What proves issue 20 item 3: the 2024 R2 rows. The connector before 90e3ad3 failed both with "More
    // than 1000 CRM appointments share the update time ...; cannot page past them." (checked by building
    // this test against 90e3ad3^'s SageCrmConnector). The "before 2024 R2" rows pass on both: the older
    // release's feed already paged one ge-filter by startIndex to the end, holding every row (what 90e3ad3
    // changed there is memory, not completeness); they keep the rewrite honest. The capped row: SData lets a
    // server cut pages shorter than `count` asks; a feed that takes a short page for the last one stops
    // inside the second and loses rows.
    void changeFeedReadsABulkImportInOneSecondCompletely_data()
    {
        QTest::addColumn<bool>("legacy");
        QTest::addColumn<int>("seenBefore");
        QTest::addColumn<int>("maxPage"); // the server's page cap (0: none)
        QTest::newRow("Sage CRM 2024 R2, from the start") << false << 0 << 0;
        QTest::newRow("Sage CRM 2024 R2, an earlier run saw 1,500 of the second") << false << 1500 << 0;
        QTest::newRow("Sage CRM 2024 R2, the server caps pages at 40 rows") << false << 0 << 40;
        QTest::newRow("before 2024 R2, from the start") << true << 0 << 0;
        QTest::newRow("before 2024 R2, an earlier run saw 1,500 of the second") << true << 1500 << 0;
        QTest::newRow("before 2024 R2, the server caps pages at 40 rows") << true << 0 << 40;
    }
    void changeFeedReadsABulkImportInOneSecondCompletely()
    {
        QFETCH(bool, legacy);
        QFETCH(int, seenBefore);
        QFETCH(int, maxPage);
        const int bulk = 5000;
        const QString before = crmCreate(QStringLiteral("before"), QStringLiteral("2026-05-02T09:00:00"));
        QStringList ids;
        for (int i = 0; i < bulk; ++i)
            ids.append(crmCreate(QStringLiteral("import %1").arg(i), QStringLiteral("2026-05-02T09:00:00")));
        const QString after = crmCreate(QStringLiteral("after"), QStringLiteral("2026-05-02T09:00:00"));
        // Restamp as the bulk write did, in the past: S-5 s, S (milliseconds not in id order), S+3 s.
        const QDateTime second =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 3600, QTimeZone::utc());
        QJsonObject state = m_crm->saveState();
        QJsonObject store = state.value(QStringLiteral("store")).toObject();
        QJsonObject tables = store.value(QStringLiteral("tables")).toObject();
        QJsonObject table = tables.value(QStringLiteral("Communication")).toObject();
        QJsonArray rows;
        const auto stored = [](const QDateTime &t) {
            return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        };
        for (const QJsonValue &value : table.value(QStringLiteral("rows")).toArray()) {
            QJsonObject row = value.toObject();
            const QString id = QString::number(row.value(QStringLiteral("Comm_CommunicationId")).toInteger());
            QDateTime stamp = second.addMSecs((ids.indexOf(id) * 7919) % 1000);
            if (id == before)
                stamp = second.addSecs(-5);
            else if (id == after)
                stamp = second.addSecs(3);
            row.insert(QStringLiteral("Comm_UpdatedDate"), stored(stamp));
            rows.append(row);
        }
        table.insert(QStringLiteral("rows"), rows);
        tables.insert(QStringLiteral("Communication"), table);
        store.insert(QStringLiteral("tables"), tables);
        state.insert(QStringLiteral("store"), store);
        QString error;
        QVERIFY2(m_crm->restoreState(state, &error), qPrintable(error));
        m_crm->setLegacyApi(legacy);
        m_crm->setMaxPageSize(maxPage);
        auto crm = syncConnector();

        CrmWatermark start;
        QSet<QString> expected(ids.begin(), ids.end());
        expected << before << after;
        if (seenBefore > 0) {
            start.advance(second.addSecs(-5), before.toLongLong());
            expected.remove(before);
            for (int i = 0; i < seenBefore; ++i) { // any 1,500 of them
                start.advance(second, ids.at(i).toLongLong());
                expected.remove(ids.at(i));
            }
        }
        // While the first run pages: an edit of the first of the second (read early) and of its last.
        int pages = 0;
        connect(&m_crm->http(), &HttpSandbox::served, this,
                [&](const QString &method, const QString &path, int) {
                    if (method == QLatin1String("GET") && path.contains(QLatin1String("Communication")) &&
                        ++pages == 5) {
                        QVERIFY(m_crm->updateCommunication(
                            ids.first(), {{QStringLiteral("Comm_Subject"), QStringLiteral("edited first")}}));
                        QVERIFY(m_crm->updateCommunication(
                            ids.last(), {{QStringLiteral("Comm_Subject"), QStringLiteral("edited last")}}));
                    }
                });
        expected << ids.first() << ids.last();

        QHash<QString, QString> lastSubject;
        QSet<QPair<QString, QString>> reported; // (id, subject): reported twice is a bug
        CrmWatermark watermark = start;
        int runs = 0;
        for (; runs < 4; ++runs) {
            const Result<CrmChanges> run = changes(*crm, watermark);
            QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
            if (run.value().appointments.isEmpty()) {
                QVERIFY(run.value().watermark == watermark);
                break;
            }
            QSet<QString> inRun;
            for (const CrmAppointment &appointment : run.value().appointments) {
                QVERIFY2(!inRun.contains(appointment.id),
                         qPrintable(appointment.id + QStringLiteral(" twice in one run")));
                inRun.insert(appointment.id);
                QVERIFY2(!reported.contains({appointment.id, appointment.subject}),
                         qPrintable(appointment.id + QStringLiteral(" reported again unchanged")));
                reported.insert({appointment.id, appointment.subject});
                lastSubject.insert(appointment.id, appointment.subject);
            }
            watermark = run.value().watermark;
        }
        QVERIFY2(runs < 4, "the feed never came to rest");
        QCOMPARE(QSet<QString>(lastSubject.keyBegin(), lastSubject.keyEnd()), expected);
        QCOMPARE(lastSubject.value(ids.first()), QStringLiteral("edited first"));
        QCOMPARE(lastSubject.value(ids.last()), QStringLiteral("edited last"));
        QVERIFY(watermark.updatedUtc > second.addSecs(3));
    }

    void serverDataIsValidated_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("a garbage start date")
            << QStringLiteral("Comm_DateTime") << QJsonValue(QStringLiteral("tomorrow"));
        QTest::newRow("an impossible date")
            << QStringLiteral("Comm_ToDateTime") << QJsonValue(QStringLiteral("2026-02-30T10:00:00"));
        QTest::newRow("a missing start") << QStringLiteral("Comm_DateTime") << QJsonValue(QJsonValue::Null);
        QTest::newRow("a missing update stamp")
            << QStringLiteral("Comm_UpdatedDate") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("a number as a date") << QStringLiteral("Comm_UpdatedDate") << QJsonValue(20260501);
        QTest::newRow("a missing id")
            << QStringLiteral("Comm_CommunicationId") << QJsonValue(QJsonValue::Null);
        QTest::newRow("a garbage id")
            << QStringLiteral("Comm_CommunicationId") << QJsonValue(QStringLiteral("12abc"));
        QTest::newRow("a garbage owner id")
            << QStringLiteral("Comm_UserId") << QJsonValue(QStringLiteral("x"));
        QTest::newRow("a garbage deleted flag")
            << QStringLiteral("Comm_Deleted") << QJsonValue(QStringLiteral("yes"));
    }
    void serverDataIsValidated()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject record{{QStringLiteral("$key"), QStringLiteral("42")},
                           {QStringLiteral("Comm_CommunicationId"), 42},
                           {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-05-01T09:00:00")},
                           {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-05-01T10:00:00")},
                           {QStringLiteral("Comm_UpdatedDate"), QStringLiteral("2026-05-01T08:00:00")},
                           {QStringLiteral("Comm_UserId"), 1},
                           {QStringLiteral("Comm_Deleted"), 0}};
        QVERIFY(SageCrmConnector::parseAppointment(record, QTimeZone::utc()).ok());
        if (value.isUndefined())
            record.remove(field);
        else
            record.insert(field, value);
        const Result<CrmAppointment> parsed = SageCrmConnector::parseAppointment(record, QTimeZone::utc());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QCOMPARE(parsed.error().field, field);
        QVERIFY2(parsed.error().message.contains(field) &&
                     parsed.error().message.contains(QStringLiteral("42")),
                 qPrintable(parsed.error().message));
    }

    void a503IsRetriedAndTheCallSucceeds()
    {
        QString error;
        const auto plan = FaultPlan::parse(
            QByteArrayLiteral(R"({"rules":[{"fault":"503","times":1,"retryAfter":"1"}]})"), &error);
        QVERIFY2(plan, qPrintable(error));
        m_crm->http().setFaultPlan(*plan);
        QSignalSpy retries(m_http.get(), &net::HttpClient::retryScheduled);
        auto crm = syncConnector();
        const Result<CrmUser> user = await<CrmUser>([&](auto done) { crm->verifyLogin(done); });
        QVERIFY2(user.ok(), user.ok() ? "" : qPrintable(user.error().message));
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.at(0).at(2).toLongLong(), 1000);
    }

    void aMalformedAnswerIsAnInvalidError()
    {
        QString error;
        const auto plan =
            FaultPlan::parse(QByteArrayLiteral(R"({"rules":[{"fault":"malformed","times":1}]})"), &error);
        QVERIFY2(plan, qPrintable(error));
        m_crm->http().setFaultPlan(*plan);
        auto crm = syncConnector();
        const Result<QList<CrmUser>> users = await<QList<CrmUser>>([&](auto done) { crm->listUsers(done); });
        QVERIFY(!users.ok());
        QCOMPARE(users.error().kind, ErrorKind::Invalid);
        const Result<QList<CrmUser>> again = await<QList<CrmUser>>([&](auto done) { crm->listUsers(done); });
        QVERIFY(again.ok());
    }

    void noCallbackAfterTheConnectorIsDestroyed()
    {
        bool called = false;
        {
            auto crm = syncConnector();
            crm->verifyLogin([&called](Result<CrmUser>) { called = true; });
            crm->getAppointment(QStringLiteral("not-an-id"),
                                [&called](Result<CrmAppointment>) { called = true; });
        }
        QTest::qWait(200);
        QVERIFY(!called);
    }
};

QTEST_MAIN(TestSageCrm)
#include "tst_sagecrm.moc"
