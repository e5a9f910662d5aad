// SandboxAdminClient checks every answer of the sandbox's admin endpoint before the demo reads it: a server
// on loopback that answers one request with a chosen status and body (the real endpoint's good answers are
// covered by tst_demo_process and tst_cli's demo test).
#include "SandboxAdminClient.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace cxsync;

namespace {

// Answers each request with `status` and `body`, once it has read the request's head and body.
class OneAnswerServer final : public QObject {
public:
    OneAnswerServer(int status, QByteArray body) : m_status(status), m_body(std::move(body))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    const int head = m_request.indexOf("\r\n\r\n");
                    if (head < 0)
                        return;
                    int length = 0;
                    for (const QByteArray &line : m_request.left(head).split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toInt();
                    }
                    if (m_request.size() < head + 4 + length)
                        return;
                    socket->write(
                        "HTTP/1.1 " + QByteArray::number(m_status) +
                        " X\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                        QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                    socket->disconnectFromHost();
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl adminUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/admin").arg(m_server.serverPort()));
    }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    int m_status;
    QByteArray m_body;
    QByteArray m_request;
};

const QByteArray kEvent = R"({"id": "AAk1", "subject": "Review", "start": {"dateTime": "2026-12-08T10:00:00",
                              "timeZone": "UTC"}})";

} // namespace

class TestSandboxAdminClient final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersAreChecked_data()
    {
        QTest::addColumn<QString>("call"); // events, communications, createEvent, createCommunication
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::newRow("events: a good list")
            << QStringLiteral("events") << 200 << QByteArray("{\"value\": [" + kEvent + "]}") << QString();
        QTest::newRow("events: an item without an id")
            << QStringLiteral("events") << 200
            << QByteArray(R"({"value": [{"subject": "x", "start": {"dateTime": "d", "timeZone": "UTC"}}]})")
            << QStringLiteral(
                   "the sandbox's answer to GET /outlook/zoe%40contoso.example/events, item 0: 'id' is "
                   "missing or not text");
        QTest::newRow("events: an item without a start")
            << QStringLiteral("events") << 200 << QByteArray(R"({"value": [{"id": "1", "subject": "x"}]})")
            << QStringLiteral("item 0: 'start' has no dateTime and timeZone");
        QTest::newRow("events: an item that is not an object")
            << QStringLiteral("events") << 200 << ("{\"value\": [" + kEvent + ", 7]}")
            << QStringLiteral("not a JSON object");
        QTest::newRow("events: no value list")
            << QStringLiteral("events") << 200 << QByteArray(R"({"items": []})")
            << QStringLiteral("has no 'value' list");
        QTest::newRow("events: not JSON")
            << QStringLiteral("events") << 200 << QByteArray("<html>busy</html>")
            << QStringLiteral("is not a JSON object");
        QTest::newRow("events: an error status, with the server's message")
            << QStringLiteral("events") << 404
            << QByteArray(R"({"error": {"code": "ErrorInvalidUser", "message": "no mailbox"}})")
            << QStringLiteral("answered GET /outlook/zoe%40contoso.example/events with HTTP 404: no mailbox");
        QTest::newRow("communications: a subject that is not text")
            << QStringLiteral("communications") << 200
            << QByteArray(R"({"value": [{"$key": "12", "Comm_Subject": 5}]})")
            << QStringLiteral("item 0: 'Comm_Subject' is not text");
        QTest::newRow("communications: no key") << QStringLiteral("communications") << 200
                                                << QByteArray(R"({"value": [{"Comm_Subject": "Call"}]})")
                                                << QStringLiteral("'$key' is missing or not text");
        QTest::newRow("communications: a record with nulls")
            << QStringLiteral("communications") << 200
            << QByteArray(R"({"value": [{"$key": "12", "Comm_Subject": null, "Comm_UserId": 4}]})")
            << QString();
        QTest::newRow("createEvent: created, but no id back")
            << QStringLiteral("createEvent") << 201 << QByteArray(R"({"subject": "Demo"})")
            << QStringLiteral(
                   "the sandbox's answer to POST /outlook/zoe%40contoso.example/events: 'id' is missing");
        QTest::newRow("createEvent: 200 instead of 201")
            << QStringLiteral("createEvent") << 200 << kEvent << QStringLiteral("with HTTP 200");
        QTest::newRow("createCommunication: refused")
            << QStringLiteral("createCommunication") << 400 << QByteArray("{}")
            << QStringLiteral("answered POST /crm/communications with HTTP 400");
        QTest::newRow("createCommunication: created")
            << QStringLiteral("createCommunication") << 201
            << QByteArray(R"({"$key": "311", "Comm_Subject": "Call"})") << QString();
    }

    void answersAreChecked()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        OneAnswerServer server(status, body);
        SandboxAdminClient client(server.adminUrl());
        std::optional<Error> failed;
        bool succeeded = false;
        const auto items = [&](Result<SandboxAdminClient::Items> r) {
            r.ok() ? void(succeeded = !r.value().isEmpty()) : void(failed = r.error());
        };
        const auto one = [&](Result<QJsonObject> r) {
            r.ok() ? void(succeeded = !r.value().isEmpty()) : void(failed = r.error());
        };
        const QString mailbox = QStringLiteral("zoe@contoso.example");
        if (call == QLatin1String("events"))
            client.events(mailbox, items);
        else if (call == QLatin1String("communications"))
            client.communications(items);
        else if (call == QLatin1String("createEvent"))
            client.createEvent(mailbox, QJsonObject{{QStringLiteral("subject"), QStringLiteral("Demo")}},
                               one);
        else
            client.createCommunication(QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Call")}},
                                       {QStringLiteral("4")}, one);
        QTRY_VERIFY_WITH_TIMEOUT(succeeded || failed.has_value(), 10000);
        if (error.isEmpty()) {
            QVERIFY2(succeeded, failed ? qPrintable(failed->message) : "");
            return;
        }
        QVERIFY2(failed.has_value(), "a bad answer was accepted");
        QVERIFY2(failed->message.contains(error), qPrintable(failed->message));
        QCOMPARE(failed->kind, ErrorKind::Invalid);
    }

    void aSilentEndpointIsANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        SandboxAdminClient client(QUrl(QStringLiteral("http://127.0.0.1:%1/admin").arg(port)));
        std::optional<Error> failed;
        client.communications([&](Result<SandboxAdminClient::Items> r) {
            if (!r.ok())
                failed = r.error();
        });
        QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10000);
        QCOMPARE(failed->kind, ErrorKind::Network);
        QVERIFY2(failed->message.contains(QLatin1String("did not answer GET /crm/communications")),
                 qPrintable(failed->message));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAdminClient)
#include "tst_sandbox_admin_client.moc"
