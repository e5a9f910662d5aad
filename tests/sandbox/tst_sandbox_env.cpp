// The sandbox environment as tests, the demo and admins use it: both servers from one sample world, the JSON
// line, the admin endpoint acting as users, state saved and resumed, the profile it writes, and the
// cxsync-sandbox executable end to end.
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "GraphTestClient.h"
#include "SandboxEnvironment.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace cxsync::sandbox;

namespace {

struct Http {
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

Http call(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
          const QByteArray &contentType = "application/json")
{
    QNetworkRequest request(url);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Http out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

QJsonObject sampleEvent(const QString &subject)
{
    return QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("start"),
         QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-12-01T10:00:00")},
                     {QStringLiteral("timeZone"), QStringLiteral("GMT Standard Time")}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-12-01T11:00:00")},
                     {QStringLiteral("timeZone"), QStringLiteral("GMT Standard Time")}}},
    };
}

bool hasSubject(const QJsonArray &events, const QString &subject)
{
    for (const QJsonValue &e : events) {
        if (e.toObject().value(QStringLiteral("subject")).toString() == subject)
            return true;
    }
    return false;
}

} // namespace

class TestSandboxEnvironment final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void describeHasEveryKeyAClientNeeds()
    {
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.users = 12;
        options.appointments = 20;
        QVERIFY2(env.start(options, &error), qPrintable(error));
        const QJsonObject line = env.describe();
        for (const char *key : {"graph", "token", "tenant", "clientId", "clientSecret", "crm", "crmUser",
                                "crmPassword", "admin"})
            QVERIFY2(!line.value(QLatin1String(key)).toString().isEmpty(), key);
        QVERIFY(
            line.value(QStringLiteral("graph")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(
            line.value(QStringLiteral("crm")).toString().endsWith(QLatin1String("/sdata/crmj/sagecrm2/-/")));
        QVERIFY(line.value(QStringLiteral("token")).toString().endsWith(QLatin1String("/oauth2/v2.0/token")));
        QCOMPARE(line.value(QStringLiteral("crmTimeZone")).toString(), QStringLiteral("Europe/London"));
    }

    void crmZoneIsConfigurable()
    {
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.users = 10;
        options.crmTimeZone = "America/New_York";
        QVERIFY2(env.start(options, &error), qPrintable(error));
        QCOMPARE(env.describe().value(QStringLiteral("crmTimeZone")).toString(),
                 QStringLiteral("America/New_York"));
        QCOMPARE(env.crm()->serverTimeZone().id(), QByteArray("America/New_York"));
    }

    void onlyTheRequestedSandboxRuns()
    {
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.crm = false;
        options.users = 10;
        QVERIFY2(env.start(options, &error), qPrintable(error));
        QVERIFY(env.graph());
        QVERIFY(!env.crm());
        QVERIFY(!env.describe().contains(QStringLiteral("crm")));
    }

    void adminEndpointActsAsOutlookAndCrmUsers()
    {
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.users = 12;
        options.appointments = 10;
        QVERIFY2(env.start(options, &error), qPrintable(error));
        const QString admin = env.describe().value(QStringLiteral("admin")).toString();
        const QString mailbox = env.describe().value(QStringLiteral("mailbox")).toString();
        QNetworkAccessManager nam;

        Http created =
            call(nam, "POST", QUrl(admin + QStringLiteral("/outlook/") + mailbox + QStringLiteral("/events")),
                 QJsonDocument(sampleEvent(QStringLiteral("Quarterly review"))).toJson());
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(hasSubject(env.graph()->events(mailbox), QStringLiteral("Quarterly review")));

        Http patched =
            call(nam, "PATCH",
                 QUrl(admin + QStringLiteral("/outlook/") + mailbox + QStringLiteral("/events/") + id),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("subject"), QStringLiteral("Quarterly review (moved)")}})
                     .toJson());
        QCOMPARE(patched.status, 200);
        QVERIFY(hasSubject(env.graph()->events(mailbox), QStringLiteral("Quarterly review (moved)")));

        QCOMPARE(call(nam, "DELETE",
                      QUrl(admin + QStringLiteral("/outlook/") + mailbox + QStringLiteral("/events/") + id))
                     .status,
                 204);
        QVERIFY(!hasSubject(env.graph()->events(mailbox), QStringLiteral("Quarterly review (moved)")));
        QCOMPARE(call(nam, "DELETE",
                      QUrl(admin + QStringLiteral("/outlook/") + mailbox + QStringLiteral("/events/") + id))
                     .status,
                 404);

        const int before = env.crm()->communications(false).size();
        const QJsonObject fields{{QStringLiteral("Comm_Subject"), QStringLiteral("Call Zoë")},
                                 {QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                                 {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-12-02T09:00:00")},
                                 {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-12-02T09:30:00")}};
        Http comm = call(nam, "POST", QUrl(admin + QStringLiteral("/crm/communications")),
                         QJsonDocument(QJsonObject{{QStringLiteral("fields"), fields}}).toJson());
        QVERIFY2(comm.status == 201, comm.body.constData());
        QCOMPARE(env.crm()->communications(false).size(), before + 1);
        const QString key = comm.json().value(QStringLiteral("$key")).toString();
        QCOMPARE(call(nam, "DELETE", QUrl(admin + QStringLiteral("/crm/communications/") + key)).status, 204);
        QCOMPARE(env.crm()->communications(false).size(), before);
        QCOMPARE(env.crm()->communications(true).size(), before + 1); // soft delete keeps the row

        QCOMPARE(call(nam, "PUT", QUrl(admin + QStringLiteral("/faults/graph")),
                      "{\"rules\": [{\"fault\": \"bogus\"}]}")
                     .status,
                 400);
        QCOMPARE(
            call(
                nam, "PUT", QUrl(admin + QStringLiteral("/faults/graph")),
                "{\"seed\": 3, \"rules\": [{\"path\": \"^/v1.0/users$\", \"fault\": \"503\", \"times\": 1}]}")
                .status,
            204);
        const QString graph = env.describe().value(QStringLiteral("graph")).toString();
        QCOMPARE(call(nam, "GET", QUrl(graph + QStringLiteral("/users"))).status, 503);
    }

    // `cxsync demo` runs the sandboxes as a child process and reads back through these what its runs wrote.
    void adminEndpointReadsWhatOutlookAndTheCrmHold()
    {
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.users = 12;
        options.appointments = 10;
        QVERIFY2(env.start(options, &error), qPrintable(error));
        const QString admin = env.describe().value(QStringLiteral("admin")).toString();
        const QString mailbox = env.describe().value(QStringLiteral("mailbox")).toString();
        QNetworkAccessManager nam;
        const auto ids = [](const QJsonArray &items, const char *key) {
            QStringList out;
            for (const QJsonValue &v : items)
                out.append(v.toObject().value(QLatin1String(key)).toString());
            out.sort();
            return out;
        };

        env.graph()->createEvent(mailbox, sampleEvent(QStringLiteral("Read back")));
        const Http events =
            call(nam, "GET", QUrl(admin + QStringLiteral("/outlook/") + mailbox + QStringLiteral("/events")));
        QCOMPARE(events.status, 200);
        const QJsonArray listed = events.json().value(QStringLiteral("value")).toArray();
        QVERIFY(hasSubject(listed, QStringLiteral("Read back")));
        QCOMPARE(ids(listed, "id"), ids(env.graph()->events(mailbox), "id"));
        QCOMPARE(
            call(nam, "GET", QUrl(admin + QStringLiteral("/outlook/nobody@contoso.example/events"))).status,
            404);
        // Every mailbox at once: the same events under the mailbox's address.
        const Http all = call(nam, "GET", QUrl(admin + QStringLiteral("/outlook/events")));
        QCOMPARE(all.status, 200);
        const QJsonArray mailboxes = all.json().value(QStringLiteral("value")).toArray();
        QCOMPARE(mailboxes.size(), env.graph()->users().size());
        bool found = false;
        for (const QJsonValue &v : mailboxes) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("mail")).toString() != mailbox)
                continue;
            found = true;
            QCOMPARE(ids(m.value(QStringLiteral("events")).toArray(), "id"), ids(listed, "id"));
        }
        QVERIFY(found);

        const Http users = call(nam, "GET", QUrl(admin + QStringLiteral("/crm/users")));
        QCOMPARE(users.status, 200);
        const QJsonArray crmUsers = users.json().value(QStringLiteral("value")).toArray();
        QVERIFY(!crmUsers.isEmpty());
        QCOMPARE(ids(crmUsers, "$key"), ids(env.crm()->users(), "$key"));

        // Live communications only: a soft-deleted one is no longer listed.
        const QJsonArray live = env.crm()->communications(false);
        QVERIFY(!live.isEmpty());
        const QString gone = live.first().toObject().value(QStringLiteral("$key")).toString();
        QVERIFY(env.crm()->deleteCommunication(gone));
        const Http comms = call(nam, "GET", QUrl(admin + QStringLiteral("/crm/communications")));
        QCOMPARE(comms.status, 200);
        const QStringList keys = ids(comms.json().value(QStringLiteral("value")).toArray(), "$key");
        QCOMPARE(keys.size(), live.size() - 1);
        QVERIFY(!keys.contains(gone));
        QCOMPARE(keys, ids(env.crm()->communications(false), "$key"));
    }

    void stateIsSavedAndResumed()
    {
        const QString state = m_dir->filePath(QStringLiteral("sandbox.sqlite"));
        SandboxOptions options;
        options.users = 12;
        options.appointments = 10;
        options.statePath = state;
        QString mailbox, tenant, secret;
        {
            SandboxEnvironment env;
            QString error;
            QVERIFY2(env.start(options, &error), qPrintable(error));
            mailbox = env.describe().value(QStringLiteral("mailbox")).toString();
            tenant = env.describe().value(QStringLiteral("tenant")).toString();
            secret = env.describe().value(QStringLiteral("clientSecret")).toString();
            env.graph()->createEvent(mailbox, sampleEvent(QStringLiteral("Survives a restart")));
            QVERIFY2(env.saveState(&error), qPrintable(error));
        }
        QVERIFY(QFileInfo::exists(state));
        SandboxEnvironment resumed;
        QString error;
        QVERIFY2(resumed.start(options, &error), qPrintable(error));
        QVERIFY(hasSubject(resumed.graph()->events(mailbox), QStringLiteral("Survives a restart")));
        // A resumed sandbox keeps its credentials, so a profile written before still works.
        QCOMPARE(resumed.describe().value(QStringLiteral("tenant")).toString(), tenant);
        QCOMPARE(resumed.describe().value(QStringLiteral("clientSecret")).toString(), secret);
    }

    // Benchmarks ask the sandbox how many requests a client kept in flight per mailbox (Exchange allows 4):
    // admitted ones, and the demand (a request refused over the limit counts as one more at that moment).
    void adminEndpointCountsRequestsInFlightPerMailbox()
    {
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.users = 12;
        options.appointments = 0;
        QVERIFY2(env.start(options, &error), qPrintable(error));
        const QString admin = env.describe().value(QStringLiteral("admin")).toString();
        const QString mailbox = env.describe().value(QStringLiteral("mailbox")).toString();
        QString other;
        for (const QJsonValue &u : env.graph()->users()) {
            const QString mail = u.toObject().value(QStringLiteral("mail")).toString();
            if (!mail.isEmpty() && mail != mailbox && other.isEmpty())
                other = mail;
        }
        QVERIFY(!other.isEmpty());
        QNetworkAccessManager nam;
        const QUrl concurrency(admin + QStringLiteral("/graph/concurrency"));
        const Http idle = call(nam, "GET", concurrency);
        QCOMPARE(idle.status, 200);
        QCOMPARE(idle.json().value(QStringLiteral("limit")).toInt(), 4);
        QCOMPARE(idle.json().value(QStringLiteral("peakInFlight")).toInt(-1), 0);

        // Six at once to one mailbox while each is held 800 ms: four admitted, two refused; then one to
        // another.
        QCOMPARE(call(nam, "PUT", QUrl(admin + QStringLiteral("/latency")), "{\"milliseconds\": 800}").status,
                 204);
        GraphTestClient graph(env.graph()->baseUrl());
        QCOMPARE(
            graph.fetchToken(env.graph()->tenantId(), env.graph()->clientId(), env.graph()->clientSecret())
                .status,
            200);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 6; ++i)
            replies.append(
                graph.start(QStringLiteral("GET"), QStringLiteral("/v1.0/users/%1/events").arg(mailbox)));
        int refused = 0;
        for (QNetworkReply *reply : replies)
            refused += GraphTestClient::wait(reply).status == 429 ? 1 : 0;
        QCOMPARE(refused, 2);
        QCOMPARE(graph.get(QStringLiteral("/v1.0/users/%1/events").arg(other)).status, 200);

        const QJsonObject busy = call(nam, "GET", concurrency).json();
        QCOMPARE(busy.value(QStringLiteral("peakInFlight")).toInt(), 4);
        QCOMPARE(busy.value(QStringLiteral("peakDemand")).toInt(), 5);
        QCOMPARE(busy.value(QStringLiteral("refused")).toInt(), 2);
        QCOMPARE(busy.value(QStringLiteral("mailboxes")).toInt(), 2);
        QCOMPARE(busy.value(QStringLiteral("busiest")).toString(), mailbox);
        const QJsonArray perMailbox = busy.value(QStringLiteral("perMailbox")).toArray();
        QCOMPARE(perMailbox.size(), 2);
        for (const QJsonValue &v : perMailbox) {
            const QJsonObject m = v.toObject();
            const bool first = m.value(QStringLiteral("mail")).toString() == mailbox;
            QCOMPARE(m.value(QStringLiteral("peak")).toInt(), first ? 4 : 1);
            QCOMPARE(m.value(QStringLiteral("refused")).toInt(), first ? 2 : 0);
            QCOMPARE(m.value(QStringLiteral("inFlight")).toInt(-1), 0);
        }

        // A reset starts a new measurement.
        QCOMPARE(call(nam, "DELETE", concurrency).status, 204);
        const QJsonObject reset = call(nam, "GET", concurrency).json();
        QCOMPARE(reset.value(QStringLiteral("peakInFlight")).toInt(-1), 0);
        QCOMPARE(reset.value(QStringLiteral("refused")).toInt(-1), 0);
        QCOMPARE(reset.value(QStringLiteral("perMailbox")).toArray().size(), 0);
    }

    void adminEndpointChangesLatency_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("1000 ms: every Graph and CRM request takes at least that long")
            << QByteArray("{\"milliseconds\": 1000}") << 204 << QString();
        QTest::newRow("0 ms: back to no added latency")
            << QByteArray("{\"milliseconds\": 0}") << 204 << QString();
        QTest::newRow("negative -> 400 naming the field")
            << QByteArray("{\"milliseconds\": -1}") << 400 << QStringLiteral("milliseconds");
        QTest::newRow("over a minute -> 400 naming the field")
            << QByteArray("{\"milliseconds\": 60001}") << 400 << QStringLiteral("milliseconds");
        QTest::newRow("a string -> 400 naming the field")
            << QByteArray("{\"milliseconds\": \"20\"}") << 400 << QStringLiteral("milliseconds");
        QTest::newRow("missing -> 400 naming the field")
            << QByteArray("{}") << 400 << QStringLiteral("milliseconds");
        QTest::newRow("not JSON -> 400") << QByteArray("twenty") << 400 << QStringLiteral("JSON");
    }
    void adminEndpointChangesLatency()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        SandboxEnvironment env;
        QString error;
        SandboxOptions options;
        options.users = 12;
        options.appointments = 0;
        options.latencyMs = 1000; // what a refused change leaves in place
        QVERIFY2(env.start(options, &error), qPrintable(error));
        const QString admin = env.describe().value(QStringLiteral("admin")).toString();
        const QString mailbox = env.describe().value(QStringLiteral("mailbox")).toString();
        QNetworkAccessManager nam;
        const Http answer = call(nam, "PUT", QUrl(admin + QStringLiteral("/latency")), body);
        QCOMPARE(answer.status, status);
        QVERIFY2(QString::fromUtf8(answer.body).contains(message), answer.body.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        const int expected =
            status == 204 ? doc.object().value(QStringLiteral("milliseconds")).toInt() : 1000;

        GraphTestClient graph(env.graph()->baseUrl());
        QCOMPARE(
            graph.fetchToken(env.graph()->tenantId(), env.graph()->clientId(), env.graph()->clientSecret())
                .status,
            200);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(graph.get(QStringLiteral("/v1.0/users/%1/events").arg(mailbox)).status, 200);
        const qint64 graphMs = clock.restart();
        const QString crm = env.describe().value(QStringLiteral("crm")).toString();
        QNetworkRequest request(QUrl(crm + QStringLiteral("Communication?count=1")));
        const QByteArray basic =
            (env.describe().value(QStringLiteral("crmUser")).toString() + QLatin1Char(':') +
             env.describe().value(QStringLiteral("crmPassword")).toString())
                .toUtf8()
                .toBase64();
        request.setRawHeader("Authorization", "Basic " + basic);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        const qint64 crmMs = clock.elapsed();
        if (expected > 0) {
            QVERIFY2(graphMs >= expected, qPrintable(QString::number(graphMs)));
            QVERIFY2(crmMs >= expected, qPrintable(QString::number(crmMs)));
        } else {
            QVERIFY2(graphMs < 900, qPrintable(QString::number(graphMs)));
            QVERIFY2(crmMs < 900, qPrintable(QString::number(crmMs)));
        }
    }

    void executablePrintsOneJsonLineAndWritesAValidProfile()
    {
        const QString profile = m_dir->filePath(QStringLiteral("profile.ini"));
        const QString secrets = m_dir->filePath(QStringLiteral("secrets"));
        const QString state = m_dir->filePath(QStringLiteral("state.sqlite"));
        QProcess p;
        p.start(QStringLiteral(CXSYNC_SANDBOX_PATH),
                {QStringLiteral("--users"), QStringLiteral("12"), QStringLiteral("--appointments"),
                 QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("7"),
                 QStringLiteral("--profile"), profile, QStringLiteral("--secrets"), secrets,
                 QStringLiteral("--state"), state});
        QVERIFY(p.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 30000);
        const QJsonObject line = QJsonDocument::fromJson(p.readLine()).object();
        QVERIFY(!line.value(QStringLiteral("clientSecret")).toString().isEmpty());

        // The token endpoint answers with the printed credentials.
        QNetworkAccessManager nam;
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), line.value(QStringLiteral("clientId")).toString());
        form.addQueryItem(QStringLiteral("client_secret"),
                          line.value(QStringLiteral("clientSecret")).toString());
        form.addQueryItem(QStringLiteral("scope"), QStringLiteral("https://graph.microsoft.com/.default"));
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        const Http token = call(nam, "POST", QUrl(line.value(QStringLiteral("token")).toString()),
                                form.query(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
        QCOMPARE(token.status, 200);
        QVERIFY(!token.json().value(QStringLiteral("access_token")).toString().isEmpty());

        QSettings ini(profile, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("graph/tenantId")).toString(),
                 line.value(QStringLiteral("tenant")).toString());
        QCOMPARE(ini.value(QStringLiteral("crm/restUrl")).toString(),
                 line.value(QStringLiteral("crm")).toString());
        QVERIFY(ini.value(QStringLiteral("listener/publicUrl"))
                    .toString()
                    .startsWith(QLatin1String("http://127.0.0.1:")));
        QFile profileFile(profile);
        QVERIFY(profileFile.open(QIODevice::ReadOnly));
        QVERIFY(
            !profileFile.readAll().contains(line.value(QStringLiteral("clientSecret")).toString().toUtf8()));
        const auto perms = QFileInfo(secrets).permissions();
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));

        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(15000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo::exists(state)); // saved on the way out
    }

    void executableRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("users not a number")
            << QStringList{QStringLiteral("--users"), QStringLiteral("many")} << QStringLiteral("--users");
        QTest::newRow("fault plan with an unknown fault")
            << QStringList{QStringLiteral("--faults"),
                           QStringLiteral("{\"rules\":[{\"fault\":\"gremlins\"}]}")}
            << QStringLiteral("unknown fault 'gremlins'");
        QTest::newRow("unknown CRM zone")
            << QStringList{QStringLiteral("--crm-zone"), QStringLiteral("Mars/Olympus")}
            << QStringLiteral("Mars/Olympus");
        QTest::newRow("EWS operation faults without the EWS sandbox")
            << QStringList{QStringLiteral("--ews-faults"), QStringLiteral("{\"rules\":[]}")}
            << QStringLiteral("--ews-faults needs --ews PORT");
        QTest::newRow("EWS operation fault that is not one")
            << QStringList{QStringLiteral("--ews"), QStringLiteral("0"), QStringLiteral("--ews-faults"),
                           QStringLiteral("{\"rules\":[{\"fault\":\"stall\",\"seconds\":1}]}")}
            << QStringLiteral("'stall' is not an operation fault");
        QTest::newRow("secrets without a profile")
            << QStringList{QStringLiteral("--secrets"), QStringLiteral("/tmp/x")}
            << QStringLiteral("--secrets needs --profile");
    }
    void executableRefusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QProcess p;
        p.start(QStringLiteral(CXSYNC_SANDBOX_PATH), args);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(expected), qPrintable(expected));
    }
};

QTEST_GUILESS_MAIN(TestSandboxEnvironment)
#include "tst_sandbox_env.moc"
