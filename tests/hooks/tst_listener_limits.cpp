// The notification listener cannot be exhausted by a client that never authenticates (issue 19, part 4): raw
// sockets on 127.0.0.1 send what a hostile tester sent — a 200 MB body, half a request, a byte every few
// seconds, 300 connections that say nothing, 10,000 notifications with a wrong clientState — and the listener
// must answer 413 / 408 / 503, close, keep its memory (VmHWM, the process's peak resident size) bounded and
// its log short. Deadlines run on a FakeClock, so "10 s later" takes no time. The default limits are the ones
// the admin guide names; what Graph really sends (handshake, notifications, keep-alive, 100-continue,
// chunked) must keep working.
#include "FakeClock.h"
#include "hooks/HttpRequestReader.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "store/Journal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <memory>

using namespace cxsync;
using cxsync::testsupport::FakeClock;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
const QByteArray kPath = QByteArrayLiteral("/cxsync/notifications");

// The process's peak resident set size (VmHWM) in bytes.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// One raw HTTP client connection that records what comes back.
class RawClient final {
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return isOpen(); }, 5000);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    QTcpSocket &socket() { return m_socket; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool waitClosed(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, ms);
    }
    // Waits for `count` complete responses (head + Content-Length body).
    bool waitResponses(int count = 1, int ms = 5000)
    {
        return QTest::qWaitFor([this, count] { return responses().size() >= count; }, ms);
    }
    QList<QByteArray> responses() const // each with its head and body
    {
        QList<QByteArray> out;
        qsizetype pos = 0;
        while (true) {
            const qsizetype end = m_received.indexOf("\r\n\r\n", pos);
            if (end < 0)
                break;
            const QByteArray head = m_received.mid(pos, end + 4 - pos);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_received.size() < end + 4 + length)
                break;
            out.append(m_received.mid(pos, end + 4 + length - pos));
            pos = end + 4 + length;
        }
        return out;
    }
    int status(int i = 0) const
    {
        const QList<QByteArray> all = responses();
        return i < all.size() ? all.at(i).split(' ').value(1).toInt() : 0;
    }
    const QByteArray &received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + kPath + " HTTP/1.1\r\nHost: listener.test\r\nContent-Type: application/json\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray handshake(const QByteArray &token = "Validation%3A%20Testing")
{
    return "POST " + kPath + "?validationToken=" + token +
           " HTTP/1.1\r\nHost: listener.test\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
           "0\r\n\r\n";
}

// Logged lines of the listener's category.
QStringList g_listenerLog;
QtMessageHandler g_previousHandler = nullptr;
void captureListenerLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if ((type == QtWarningMsg || type == QtCriticalMsg) && context.category &&
        QByteArray(context.category) == "cxsync.hooks.listener")
        g_listenerLog.append(message);
    g_previousHandler(type, context, message);
}

} // namespace

class TestListenerLimits final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<NotificationInbox> m_inbox;
    std::unique_ptr<NotificationListener> m_listener;
    FakeClock m_clock;
    quint16 m_port = 0;
    const QString m_secret = QStringLiteral("limits-client-state-0123456789abcdef");

    void startListener(const NotificationListener::Options &base = {})
    {
        NotificationListener::Options options = base;
        options.path = QString::fromLatin1(kPath);
        options.clientState = m_secret;
        m_listener = std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, options);
        const auto started = m_listener->start();
        QVERIFY(started.ok());
        m_port = started.value();
    }

    QByteArray notifications(int count, const QString &clientState,
                             const QString &changeType = QStringLiteral("created"))
    {
        QJsonArray value;
        for (int i = 0; i < count; ++i)
            value.append(
                QJsonObject{{QStringLiteral("subscriptionId"), QStringLiteral("sub-%1").arg(i)},
                            {QStringLiteral("clientState"), clientState},
                            {QStringLiteral("changeType"), changeType},
                            {QStringLiteral("resource"), QStringLiteral("Users/u%1/Events/e").arg(i)}});
        return QJsonDocument(QJsonObject{{QStringLiteral("value"), value}}).toJson(QJsonDocument::Compact);
    }

    // Lets the listener's event handlers run (accepting, reading) without moving the fake clock.
    static void settle() { QTest::qWait(30); }

private Q_SLOTS:
    void initTestCase()
    {
        // 300 client connections plus the server's ends: more descriptors than some default soft limits.
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < 2048 && limit.rlim_max >= 2048) {
            limit.rlim_cur = 2048;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
        g_previousHandler = qInstallMessageHandler(captureListenerLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(opened.ok());
        m_journal = std::move(opened).value();
        m_inbox = std::make_unique<NotificationInbox>(m_journal.get());
        g_listenerLog.clear();
    }

    void cleanup()
    {
        m_listener.reset();
        m_inbox.reset();
        m_journal.reset();
    }

    // ---- reading requests -----------------------------------------------------------------------------

    void readerAcceptsOrRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status"); // 0: a complete request
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        const QByteArray post = "POST /n HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("Content-Length → the body, kept alive")
            << post + "Content-Length: 3\r\n\r\nabc" << 0 << QByteArray("abc") << true;
        QTest::newRow("chunked with an extension and a trailer → the chunks joined")
            << post + "Transfer-Encoding: chunked\r\n\r\n3;x=1\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: 1\r\n\r\n"
            << 0 << QByteArray("abcde") << true;
        QTest::newRow("bare LF line ends → read")
            << QByteArray("POST /n HTTP/1.1\nContent-Length: 2\n\nok") << 0 << QByteArray("ok") << true;
        QTest::newRow("blank lines before the request line → skipped")
            << "\r\n\r\n" + post + "Content-Length: 0\r\n\r\n"
            << 0 << QByteArray() << true;
        QTest::newRow("neither length nor chunked → no body") << post + "\r\n" << 0 << QByteArray() << true;
        QTest::newRow("Connection: close → not kept alive")
            << post + "Connection: close\r\nContent-Length: 0\r\n\r\n"
            << 0 << QByteArray() << false;
        QTest::newRow("HTTP/1.0 → not kept alive")
            << QByteArray("POST /n HTTP/1.0\r\nContent-Length: 0\r\n\r\n") << 0 << QByteArray() << false;
        QTest::newRow("Content-Length and Transfer-Encoding → 400 (smuggling)")
            << post + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
            << 400 << QByteArray() << false;
        QTest::newRow("two different Content-Lengths → 400")
            << post + "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabcd" << 400 << QByteArray() << false;
        QTest::newRow("Content-Length: -1 → 400") << post + "Content-Length: -1\r\n\r\n"
                                                  << 400 << QByteArray() << false;
        QTest::newRow("Content-Length: 1e3 → 400") << post + "Content-Length: 1e3\r\n\r\n"
                                                   << 400 << QByteArray() << false;
        QTest::newRow("Transfer-Encoding: gzip, chunked → 501")
            << post + "Transfer-Encoding: gzip, chunked\r\n\r\n"
            << 501 << QByteArray() << false;
        QTest::newRow("HTTP/2.0 → 505")
            << QByteArray("POST /n HTTP/2.0\r\n\r\n") << 505 << QByteArray() << false;
        QTest::newRow("a version that is no version → 400")
            << QByteArray("POST /n HTTQ/1.1\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("two spaces in the request line → 400")
            << QByteArray("POST  /n HTTP/1.1\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("a target that is no path → 400")
            << QByteArray("POST n HTTP/1.1\r\n\r\n") << 400 << QByteArray() << false;
        QTest::newRow("a folded header line → 400") << post + "X-A: 1\r\n  continued\r\n\r\n"
                                                    << 400 << QByteArray() << false;
        QTest::newRow("whitespace before the colon → 400") << post + "Content-Length : 0\r\n\r\n"
                                                           << 400 << QByteArray() << false;
        QTest::newRow("a request line of 20 KiB → 414")
            << "POST /" + QByteArray(20 * 1024, 'a') + " HTTP/1.1\r\n\r\n"
            << 414 << QByteArray() << false;
        QByteArray many = post;
        for (int i = 0; i < 101; ++i)
            many += "X-" + QByteArray::number(i) + ": 1\r\n";
        QTest::newRow("101 header fields → 431") << many + "\r\n" << 431 << QByteArray() << false;
        QTest::newRow("17 KiB of header fields → 431")
            << post + "X-Big: " + QByteArray(17 * 1024, 'b') + "\r\n\r\n"
            << 431 << QByteArray() << false;
        QTest::newRow("Content-Length of 1 MiB + 1 → 413 before any of the body")
            << post + "Content-Length: 1048577\r\n\r\n"
            << 413 << QByteArray() << false;
        QTest::newRow("chunks adding up to 1 MiB + 1 → 413 at the chunk that exceeds")
            << post + "Transfer-Encoding: chunked\r\n\r\n80000\r\n" + QByteArray(0x80000, 'c') +
                   "\r\n80001\r\n"
            << 413 << QByteArray() << false;
        QTest::newRow("a chunk longer than its size → 400")
            << post + "Transfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n"
            << 400 << QByteArray() << false;
        QTest::newRow("a chunk size that is not hexadecimal → 400")
            << post + "Transfer-Encoding: chunked\r\n\r\nzz\r\n"
            << 400 << QByteArray() << false;
    }

    void readerAcceptsOrRefuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        // Whole, and one byte at a time (as a slow client delivers it): the same outcome.
        for (const bool byteByByte : {false, true}) {
            HttpRequestReader reader;
            qsizetype consumed = 0;
            if (byteByByte) {
                while (consumed < input.size() && !reader.isComplete() && !reader.hasFailed())
                    consumed += reader.feed(QByteArrayView(input).sliced(consumed, 1));
            } else {
                consumed = reader.feed(input);
            }
            if (status == 0) {
                QVERIFY2(reader.isComplete(), qPrintable(reader.failureReason()));
                QCOMPARE(consumed, input.size());
                QCOMPARE(reader.request().body, body);
                QCOMPARE(reader.request().keepAlive, keepAlive);
                QCOMPARE(reader.request().method, QByteArray("POST"));
            } else {
                QVERIFY(reader.hasFailed());
                QCOMPARE(reader.failureStatus(), status);
                QVERIFY(!reader.failureReason().isEmpty());
            }
        }
    }

    void readerStopsAtTheEndOfARequest()
    {
        // Pipelined requests: the reader takes the first, the rest is the next request's.
        const QByteArray first = "POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhi";
        const QByteArray second = "POST /b?validationToken=x HTTP/1.1\r\nContent-Length: 0\r\n\r\n";
        HttpRequestReader reader;
        QCOMPARE(reader.feed(first + second), first.size());
        QVERIFY(reader.isComplete());
        QCOMPARE(reader.request().url.path(), QStringLiteral("/a"));
        reader.reset();
        QCOMPARE(reader.feed(second), second.size());
        QVERIFY(reader.isComplete());
        QCOMPARE(reader.request().url.query(), QStringLiteral("validationToken=x"));
    }

    // ---- what Graph sends keeps working ---------------------------------------------------------------

    void graphTrafficIsServedAsBefore()
    {
        startListener();
        RawClient client(m_port);
        QVERIFY(client.waitConnected());
        // Handshake, a notification, then one with Expect: 100-continue and one chunked: one connection.
        client.send(handshake("Validation%3A%20Testing%20client%20application"));
        QVERIFY(client.waitResponses(1));
        QCOMPARE(client.status(0), 200);
        QVERIFY(client.responses().at(0).contains("Content-Type: text/plain"));
        QVERIFY(client.responses().at(0).endsWith("\r\n\r\nValidation: Testing client application"));
        client.send(post(notifications(1, m_secret)));
        QVERIFY(client.waitResponses(2));
        QCOMPARE(client.status(1), 202);
        const QByteArray body = notifications(2, m_secret);
        client.send("POST " + kPath + " HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return client.received().contains("HTTP/1.1 100 Continue\r\n\r\n"); },
                                5000));
        client.send(body);
        QVERIFY(QTest::qWaitFor([&] { return client.received().count("HTTP/1.1 202") == 2; }, 5000));
        client.send("POST " + kPath + "/lifecycle HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" +
                    QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return client.received().count("HTTP/1.1 202") == 3; }, 5000));
        QVERIFY(client.isOpen());
        QCOMPARE(m_listener->accepted(), 5);
        QCOMPARE(m_listener->rejected(), 0);
        // Other paths and methods are answered as before.
        client.send("GET " + kPath +
                    " HTTP/1.1\r\nHost: x\r\n\r\nPOST /elsewhere HTTP/1.1\r\nHost: x\r\n"
                    "Content-Length: 0\r\nConnection: close\r\n\r\n");
        QVERIFY(client.waitClosed());
        QVERIFY(client.received().contains("HTTP/1.1 405 Method Not Allowed"));
        QVERIFY(client.received().endsWith(
            "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
    }

    void limitsAreSettable()
    {
        NotificationListener::Options options;
        options.limits.maxConnections = 2;
        options.limits.maxBodyBytes = 100;
        startListener(options);
        RawClient a(m_port), b(m_port), c(m_port);
        QVERIFY(c.waitClosed());
        QCOMPARE(c.status(), 503);
        QVERIFY(a.isOpen() && b.isOpen());
        a.send(post(QByteArray(101, ' ')));
        QVERIFY(a.waitResponses());
        QCOMPARE(a.status(), 413);
    }

    void defaultsAreTheDocumentedOnes()
    {
        // docs/admin-guide.md, "Limits of the listener"
        const BoundedHttpServer::Limits limits = NotificationListener::Options().limits;
        QCOMPARE(limits.maxConnections, 256);
        QCOMPARE(limits.maxBodyBytes, kMiB);
        QCOMPARE(limits.maxHeaderBytes, qsizetype(16 * 1024));
        QCOMPARE(limits.headerTimeoutMs, 10000);
        QCOMPARE(limits.bodyTimeoutMs, 30000);
        QCOMPARE(limits.idleTimeoutMs, 30000);
        QCOMPARE(NotificationListener::Options().rejectionLogIntervalMs, 60000);
    }

    // ---- bodies ---------------------------------------------------------------------------------------

    void oversizedBodiesAre413AndMemoryStaysBounded_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("waitForContinue");
        const QByteArray start =
            "POST " + kPath + " HTTP/1.1\r\nHost: listener.test\r\nContent-Type: application/json\r\n";
        QTest::newRow("Content-Length: 200 MB, streamed → 413 from the header, before the body is read")
            << start + "Content-Length: 209715200\r\n\r\n"
            << false << false;
        QTest::newRow("chunked, 200 MB streamed without an end → 413 once past 1 MiB")
            << start + "Transfer-Encoding: chunked\r\n\r\n"
            << true << false;
        QTest::newRow("Expect: 100-continue with 200 MB → 413 instead of 100 Continue")
            << start + "Expect: 100-continue\r\nContent-Length: 209715200\r\n\r\n"
            << false << true;
    }

    void oversizedBodiesAre413AndMemoryStaysBounded()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, chunked);
        QFETCH(bool, waitForContinue);
        startListener();
        const qint64 peakBefore = peakResidentBytes();
        QVERIFY(peakBefore > 0);

        RawClient client(m_port);
        QVERIFY(client.waitConnected());
        client.send(head);
        // Stream 200 MB in 64 KiB pieces, never more than 1 MiB queued on our side, until the listener
        // answers or closes.
        const qint64 total = 200 * kMiB;
        const QByteArray piece(64 * 1024, ' ');
        const QByteArray chunkHead = QByteArray::number(piece.size(), 16) + "\r\n";
        qint64 sent = 0;
        auto pump = [&] {
            while (!waitForContinue && client.isOpen() && client.responses().isEmpty() && sent < total &&
                   client.socket().bytesToWrite() < kMiB) {
                if (chunked)
                    client.send(chunkHead + piece + "\r\n");
                else
                    client.send(piece);
                sent += piece.size();
            }
        };
        QObject::connect(&client.socket(), &QTcpSocket::bytesWritten, &client.socket(), pump);
        pump();
        QVERIFY2(client.waitResponses(1, 60000),
                 qPrintable(QStringLiteral("no answer after %1 MiB").arg(sent / kMiB)));
        QCOMPARE(client.status(), 413);
        QVERIFY(!client.received().startsWith("HTTP/1.1 100"));
        QVERIFY(client.responses().first().contains("Connection: close"));
        if (chunked) // refused while reading, not after: at most the limit plus what sits in socket buffers
            QVERIFY2(sent < 32 * kMiB,
                     qPrintable(QStringLiteral("%1 MiB sent before the 413").arg(sent / kMiB)));
        // The listener closes the connection (at the latest when its linger time is up).
        m_clock.advance(10000);
        QVERIFY(client.waitClosed());
        client.socket().disconnect(); // `pump` goes out of scope first
        const qint64 growth = peakResidentBytes() - peakBefore;
        QVERIFY2(growth < 64 * kMiB,
                 qPrintable(QStringLiteral("peak RSS grew by %1 MiB").arg(growth / kMiB)));
        QCOMPARE(m_inbox->pendingCount().value(), 0);
    }

    void bodyLimitIsOneMebibyte_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("status");
        QTest::newRow("exactly 1 MiB of notification JSON → 202") << kMiB << 202;
        QTest::newRow("1 MiB + 1 byte → 413") << kMiB + 1 << 413;
    }

    void bodyLimitIsOneMebibyte()
    {
        QFETCH(qint64, size);
        QFETCH(int, status);
        startListener();
        QByteArray body = notifications(1, m_secret);
        body.append(QByteArray(size - body.size(), ' ')); // JSON allows trailing whitespace
        RawClient client(m_port);
        QVERIFY(client.waitConnected());
        client.send(post(body));
        QVERIFY(client.waitResponses(1, 20000));
        QCOMPARE(client.status(), status);
        QCOMPARE(m_inbox->pendingCount().value(), status == 202 ? 1 : 0);
    }

    // ---- deadlines ------------------------------------------------------------------------------------

    void slowOrSilentClientsAreClosed_data()
    {
        QTest::addColumn<QByteArrayList>("pieces"); // sent one after another, `gapMs` of fake time apart
        QTest::addColumn<int>("gapMs");
        QTest::addColumn<int>("deadlineMs"); // fake time from connecting until the listener closes
        QTest::addColumn<int>("status");     // the answer before closing; 0 = none
        const QByteArray line = "POST " + kPath + " HTTP/1.1\r\n";
        QTest::newRow("nothing at all → closed after 10 s, no answer") << QByteArrayList{} << 0 << 10000 << 0;
        QTest::newRow("the request line, then silence → 408 after 10 s")
            << QByteArrayList{line} << 0 << 10000 << 408;
        QTest::newRow("headers without the blank line → 408 after 10 s")
            << QByteArrayList{line + "Host: x\r\nContent-Length: 2\r\n"} << 0 << 10000 << 408;
        QTest::newRow("a byte every 3 s (slowloris) → 408 after 10 s, trickling does not extend it")
            << QByteArrayList{"P", "O", "S", "T"} << 3000 << 10000 << 408;
        QTest::newRow("headers, then half the body → 408 30 s after the headers")
            << QByteArrayList{line + "Host: x\r\nContent-Length: 100\r\n\r\n{\"value\":"} << 0 << 30000
            << 408;
        QTest::newRow("a handshake answered, then a kept-alive connection idle → closed after 30 s")
            << QByteArrayList{handshake()} << 0 << 30000 << 200;
    }

    void slowOrSilentClientsAreClosed()
    {
        QFETCH(QByteArrayList, pieces);
        QFETCH(int, gapMs);
        QFETCH(int, deadlineMs);
        QFETCH(int, status);
        startListener();
        RawClient client(m_port);
        QVERIFY(client.waitConnected());
        settle();
        qint64 waited = 0;
        for (int i = 0; i < pieces.size(); ++i) {
            if (i > 0) {
                m_clock.advance(gapMs);
                waited += gapMs;
            }
            client.send(pieces.at(i));
            settle();
        }
        // One millisecond before the deadline the connection is still open ...
        m_clock.advance(deadlineMs - waited - 1);
        settle();
        QVERIFY2(client.isOpen(), "closed before the deadline");
        // ... and at the deadline it is closed, after the answer if there is one.
        m_clock.advance(1);
        QVERIFY2(client.waitClosed(), "still open after the deadline");
        const QList<QByteArray> responses = client.responses();
        if (status == 0) {
            QCOMPARE(client.received(), QByteArray());
        } else {
            QVERIFY(!responses.isEmpty());
            QCOMPARE(client.status(responses.size() - 1), status);
        }
    }

    // ---- connections ----------------------------------------------------------------------------------

    void connectionsBeyond256AreRefusedWith503()
    {
        startListener();
        std::vector<std::unique_ptr<RawClient>> idle;
        for (int i = 0; i < 300; ++i)
            idle.push_back(std::make_unique<RawClient>(m_port));
        auto refusedSoFar = [&] {
            int n = 0;
            for (const auto &c : idle)
                n += c->socket().state() == QAbstractSocket::UnconnectedState ? 1 : 0;
            return n;
        };
        (void)QTest::qWaitFor([&] { return refusedSoFar() >= 44; }, 15000); // checked below
        QTest::qWait(200);                                                  // none beyond the 44
        QVERIFY(QTest::qWaitFor([&] {
            for (const auto &c : idle) {
                if (c->socket().state() != QAbstractSocket::UnconnectedState && !c->isOpen())
                    return false; // still connecting
            }
            return true;
        }));
        int served = 0, refused = 0;
        for (const auto &c : idle) {
            if (c->isOpen() && c->received().isEmpty()) {
                ++served;
            } else {
                ++refused;
                QCOMPARE(c->status(), 503);
                QVERIFY(c->responses().first().contains("Retry-After:"));
            }
        }
        QCOMPARE(m_listener->openConnections(), 256);
        QCOMPARE(served, 256);
        QCOMPARE(refused, 44);
        // One of the 256 goes away: a new connection is served again (Graph's handshake).
        for (auto &c : idle) {
            if (c->isOpen()) {
                c->socket().disconnectFromHost();
                break;
            }
        }
        settle();
        RawClient next(m_port);
        QVERIFY(next.waitConnected());
        next.send(handshake());
        QVERIFY(next.waitResponses());
        QCOMPARE(next.status(), 200);
        QVERIFY(next.responses().first().endsWith("\r\n\r\nValidation: Testing"));
    }

    // ---- the log --------------------------------------------------------------------------------------

    void rejectionsAreLoggedAsOneSummaryPerMinute_data()
    {
        QTest::addColumn<int>("wrongState");    // notifications with a wrong clientState
        QTest::addColumn<int>("unknownChange"); // with the right one but an unknown changeType
        QTest::newRow("10,000 wrong clientState in 10 requests → 2 lines") << 10000 << 0;
        QTest::newRow("5,000 wrong clientState + 5,000 unknown changeType → 2 lines, both counted")
            << 5000 << 5000;
    }

    void rejectionsAreLoggedAsOneSummaryPerMinute()
    {
        QFETCH(int, wrongState);
        QFETCH(int, unknownChange);
        startListener();
        RawClient client(m_port);
        QVERIFY(client.waitConnected());
        int requests = 0;
        for (int i = 0; i < wrongState / 1000; ++i, ++requests)
            client.send(post(notifications(1000, QStringLiteral("forged"))));
        for (int i = 0; i < unknownChange / 1000; ++i, ++requests)
            client.send(post(notifications(1000, m_secret, QStringLiteral("exploded"))));
        QVERIFY(client.waitResponses(requests, 30000));
        for (int i = 0; i < requests; ++i)
            QCOMPARE(client.status(i), 202); // Graph must not retry them
        QCOMPARE(m_listener->rejected(), wrongState + unknownChange);
        QCOMPARE(m_inbox->pendingCount().value(), 0);

        // The first rejection in full, the rest counted ...
        QCOMPARE(g_listenerLog.size(), 1);
        QVERIFY2(g_listenerLog.first().contains(QStringLiteral("clientState")) ||
                     g_listenerLog.first().contains(QStringLiteral("changeType")),
                 qPrintable(g_listenerLog.first()));
        QVERIFY(!g_listenerLog.first().contains(m_secret));
        // ... and summed up in one line a minute later.
        m_clock.advance(60000);
        QCOMPARE(g_listenerLog.size(), 2);
        const QString summary = g_listenerLog.last();
        QVERIFY2(summary.contains(QString::number(wrongState + unknownChange - 1)), qPrintable(summary));
        if (wrongState > 0 && unknownChange > 0) {
            QVERIFY2(summary.contains(QString::number(unknownChange)), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("changeType")), qPrintable(summary));
        }
        // A quiet minute closes the window: the next rejection is logged at once again.
        m_clock.advance(60000);
        QCOMPARE(g_listenerLog.size(), 2);
        RawClient later(m_port); // the first connection was idle for too long meanwhile
        QVERIFY(later.waitConnected());
        later.send(post(notifications(1, QStringLiteral("forged"))));
        QVERIFY(later.waitResponses());
        QCOMPARE(g_listenerLog.size(), 3);
    }

    void refusedRequestsAreLoggedAsOneSummaryToo()
    {
        startListener();
        for (int i = 0; i < 50; ++i) {
            RawClient client(m_port);
            QVERIFY(client.waitConnected());
            client.send("POST " + kPath + " HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n");
            QVERIFY(client.waitResponses());
            QCOMPARE(client.status(), 413);
        }
        QCOMPARE(g_listenerLog.size(), 1);
        QVERIFY2(g_listenerLog.first().contains(QStringLiteral("413")), qPrintable(g_listenerLog.first()));
        m_clock.advance(60000);
        QCOMPARE(g_listenerLog.size(), 2);
        QVERIFY2(g_listenerLog.last().contains(QStringLiteral("49")), qPrintable(g_listenerLog.last()));
    }
};

QTEST_GUILESS_MAIN(TestListenerLimits)
#include "tst_listener_limits.moc"
