// The error e-mail: RFC 5322 / MIME formatting, libcurl's SMTP against a real SMTP server (Debian's
// python3-aiosmtpd) started by the test: the digest with its counts and recipients, at most one per interval,
// a failed send retried at the next interval, refused logins, nobody listening, STARTTLS with the extra CA,
// and no secret in the mail or the logs.
#include "FakeClock.h"
#include "QueueTestSupport.h"
#include "SmtpTestServer.h"
#include "notify/ErrorMailer.h"
#include "notify/ErrorNotifier.h"
#include "queue/FailedMessageQueue.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace cxsync;
using namespace cxsync::notify;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

namespace {

const QString kAdmin = QStringLiteral("crm-admin@example.com");
const QString kSender = QStringLiteral("cxsync@example.com");

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (int i = 0; i < in.size(); ++i) {
        if (in.at(i) == '=' && i + 2 < in.size() + 0 && in.mid(i + 1, 2) == "\r\n") {
            i += 2;
            continue;
        }
        if (in.at(i) == '=' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
            continue;
        }
        out += in.at(i);
    }
    return out;
}

// Every log line written while it lives.
class LogCapture {
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QString all() { return s_lines.join(QLatin1Char('\n')); }

private:
    static void handler(QtMsgType, const QMessageLogContext &, const QString &message) { s_lines << message; }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};

} // namespace

class TestErrorMail : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FailedMessageQueue> m_queue;
    std::unique_ptr<ErrorMailer> m_mailer;
    std::unique_ptr<ErrorNotifier> m_notifier;
    std::unique_ptr<SmtpTestServer> m_smtp;

    SmtpConfig plainConfig(quint16 port) const
    {
        SmtpConfig c;
        c.host = QStringLiteral("127.0.0.1");
        c.port = port;
        c.tls = SmtpConfig::Tls::None;
        c.sender = kSender;
        c.timeoutMs = 15000;
        return c;
    }
    template <typename T, typename Start> static Result<T> await(Start start)
    {
        std::optional<Result<T>> result;
        start([&result](Result<T> value) { result.emplace(std::move(value)); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return makeError(ErrorKind::Cancelled, QStringLiteral("the test timed out"));
        return std::move(*result);
    }
    Result<MailReceipt> send(const SmtpConfig &config, const MailMessage &message)
    {
        return await<MailReceipt>([&](auto done) { m_mailer->send(config, message, done); });
    }
    Result<DigestOutcome> digest(const SmtpConfig &config)
    {
        return await<DigestOutcome>([&](auto done) { m_notifier->maybeSend(config, done); });
    }
    void startSmtp(const SmtpTestServer::Options &options = {})
    {
        m_smtp = std::make_unique<SmtpTestServer>();
        QString error;
        QVERIFY2(m_smtp->start(options, &error), qPrintable(error));
    }
    MailMessage simpleMail(const QString &subject, const QString &body) const
    {
        MailMessage m;
        m.fromAddress = kSender;
        m.to = {kAdmin};
        m.subject = subject;
        m.body = body;
        m.dateUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
        return m;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite"))).value();
        m_clock = std::make_unique<FakeClock>();
        m_queue = std::make_unique<FailedMessageQueue>(*m_journal, *m_clock, RetrySchedule{}, 5);
        m_mailer = std::make_unique<ErrorMailer>();
        m_notifier = std::make_unique<ErrorNotifier>(*m_queue, *m_clock, *m_mailer);
        m_notifier->setRecipients({kAdmin});
        m_notifier->setIntervalMs(60 * 60 * 1000);
    }
    void cleanup()
    {
        m_notifier.reset();
        m_mailer.reset();
        m_smtp.reset();
        m_queue.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void theMessageIsRfc5322AndMime()
    {
        QCOMPARE(MailMessage::rfc5322Date(QDateTime(QDate(2026, 1, 5), QTime(9, 7, 3), Qt::UTC)),
                 QByteArray("Mon, 05 Jan 2026 09:07:03 +0000"));
        QCOMPARE(MailMessage::encodeHeaderText(QStringLiteral("Plain subject")), QByteArray("Plain subject"));
        const QString unicode =
            QString::fromUtf8("Réunion à Zürich — 会议 — a rather long subject line that needs folding");
        const QByteArray encoded = MailMessage::encodeHeaderText(unicode);
        QByteArray decoded;
        for (const QByteArray &word : encoded.split('\n')) {
            const QByteArray w = word.trimmed();
            QVERIFY2(w.startsWith("=?UTF-8?B?") && w.endsWith("?=") && w.size() <= 75, w.constData());
            decoded += QByteArray::fromBase64(w.mid(10, w.size() - 12));
        }
        QCOMPARE(QString::fromUtf8(decoded), unicode);

        const QByteArray body = QByteArray("a=b\n.leading dot\nFrom the start\ntrailing space \n") +
                                QByteArray(200, 'x') + "\n" + QString::fromUtf8("Zürich").toUtf8();
        const QByteArray qp = MailMessage::quotedPrintable(body);
        for (const QByteArray &line : qp.split('\n'))
            QVERIFY2(line.size() <= 77, line.constData()); // 76 + the CR
        QVERIFY(qp.contains("a=3Db"));
        QVERIFY(qp.contains("=2Eleading dot"));
        QVERIFY(qp.contains("=46rom the start"));
        QVERIFY(qp.contains("trailing space=20"));
        QByteArray expected = body;
        expected.replace("\n", "\r\n");
        QCOMPARE(decodeQuotedPrintable(qp), expected);

        MailMessage m = simpleMail(QStringLiteral("Hi"), QStringLiteral("Body"));
        const QByteArray raw = m.toRfc5322();
        for (const char *header :
             {"Date: Mon, 05 Jan 2026 09:00:00 +0000\r\n",
              "From: \"CRM Exchange Sync\" <cxsync@example.com>\r\n", "To: crm-admin@example.com\r\n",
              "Subject: Hi\r\n", "MIME-Version: 1.0\r\n", "Content-Type: text/plain; charset=UTF-8\r\n",
              "Content-Transfer-Encoding: quoted-printable\r\n"})
            QVERIFY2(raw.contains(header), header);
        QVERIFY(QRegularExpression(QStringLiteral("Message-ID: <[0-9a-f-]{36}@example\\.com>\\r\\n"))
                    .match(QString::fromLatin1(raw))
                    .hasMatch());
        m.subject = QStringLiteral("Injected\r\nBcc: victim@example.com");
        QCOMPARE(m.validate().error().kind, ErrorKind::Invalid);
        m = simpleMail(QStringLiteral("Hi"), {});
        m.to = {QStringLiteral("not an address")};
        QCOMPARE(m.validate().error().field, QStringLiteral("to"));
    }

    void theDigestArrivesWithCountsAndRecipients()
    {
        startSmtp();
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                m_queue
                    ->record(networkFailure(QStringLiteral("anna@contoso.com"), QStringLiteral("N%1").arg(i)))
                    .ok());
        for (int i = 0; i < 2; ++i)
            QVERIFY(
                m_queue
                    ->record(failure(Direction::CrmToExchange, QStringLiteral("bert@contoso.com"),
                                     QString::number(40 + i), QStringLiteral("update"), ErrorKind::Auth,
                                     QStringLiteral("401 Unauthorized: the application secret has expired"),
                                     QString::fromUtf8("Réunion à Zürich")))
                    .ok());
        const auto sent = digest(plainConfig(m_smtp->port()));
        QVERIFY2(sent.ok(), qPrintable(messageOf(sent)));
        QCOMPARE(sent.value().kind, DigestOutcome::Kind::Sent);
        QCOMPARE(sent.value().failures, qint64(5));
        QVERIFY2(sent.value().receipt.lastReply.startsWith(QStringLiteral("250")),
                 qPrintable(sent.value().receipt.lastReply));
        QVERIFY(m_smtp->waitForMessages(1));
        const QJsonObject mail = m_smtp->messages().first();
        QCOMPARE(mail.value(QStringLiteral("mail_from")).toString(), kSender);
        QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{kAdmin});
        QCOMPARE(mail.value(QStringLiteral("defects")).toArray().size(), 0);
        QCOMPARE(mail.value(QStringLiteral("content_type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(mail.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QVERIFY(mail.value(QStringLiteral("message_id")).toString().startsWith(QLatin1Char('<')));
        QVERIFY(mail.value(QStringLiteral("date")).toString().contains(QStringLiteral("2026")));
        const QString subject = mail.value(QStringLiteral("subject")).toString();
        QVERIFY2(subject.contains(QStringLiteral("5 failed message(s), 2 parked")), qPrintable(subject));
        QString body = mail.value(QStringLiteral("body")).toString();
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  network +3\\n")).match(body).hasMatch(),
                 qPrintable(body));
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  auth +2\\n")).match(body).hasMatch(),
                 qPrintable(body));
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  parked +2 ")).match(body).hasMatch(),
                 qPrintable(body));
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  waiting +3 ")).match(body).hasMatch(),
                 qPrintable(body));
        QVERIFY2(body.contains(QString::fromUtf8("\"Réunion à Zürich\"")), qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("the application secret has expired")));
        QVERIFY(body.contains(QStringLiteral("cxsync queue list")));
        QVERIFY(body.contains(QStringLiteral("cxsync log --since")));
        QVERIFY(body.contains(m_journal->path()));

        // Within the interval: nothing more, even with a new failure.
        QVERIFY(
            m_queue->record(networkFailure(QStringLiteral("carl@contoso.com"), QStringLiteral("late"))).ok());
        m_clock->advance(30 * 60 * 1000);
        const auto early = digest(plainConfig(m_smtp->port()));
        QCOMPARE(early.value().kind, DigestOutcome::Kind::NotYet);
        QCOMPARE(early.value().notBeforeUtc, FakeClock().nowUtc().addSecs(3600));
        // After it: only what is new since the last digest.
        m_clock->advance(30 * 60 * 1000);
        const auto second = digest(plainConfig(m_smtp->port()));
        QVERIFY2(second.ok(), qPrintable(messageOf(second)));
        QCOMPARE(second.value().kind, DigestOutcome::Kind::Sent);
        QCOMPARE(second.value().failures, qint64(1));
        QVERIFY(m_smtp->waitForMessages(2));
        const QJsonObject mail2 = m_smtp->messages().at(1);
        QVERIFY2(mail2.value(QStringLiteral("subject"))
                     .toString()
                     .contains(QStringLiteral("1 failed message(s) on")),
                 qPrintable(mail2.value(QStringLiteral("subject")).toString()));
        QVERIFY(mail2.value(QStringLiteral("body"))
                    .toString()
                    .contains(QStringLiteral("Open messages in total: 6 (2 parked)")));
        // Nothing new: no mail.
        m_clock->advance(61 * 60 * 1000);
        QCOMPARE(digest(plainConfig(m_smtp->port())).value().kind, DigestOutcome::Kind::NothingToReport);
        QTest::qWait(200);
        QCOMPARE(m_smtp->messages().size(), 2);
    }

    void aDigestThatCouldNotBeSentGoesOutAtTheNextInterval()
    {
        QVERIFY(
            m_queue->record(networkFailure(QStringLiteral("anna@contoso.com"), QStringLiteral("X"))).ok());
        const quint16 port = SmtpTestServer::freePort(); // nobody listens yet
        const auto failed = digest(plainConfig(port));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Network);
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral("SELECT result, failures, error FROM error_mails")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("failed"));
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(!q.value(2).toString().isEmpty());
        QCOMPARE(digest(plainConfig(port)).value().kind, DigestOutcome::Kind::NotYet);
        startSmtp();
        m_clock->advance(60 * 60 * 1000);
        const auto sent = digest(plainConfig(m_smtp->port()));
        QVERIFY2(sent.ok(), qPrintable(messageOf(sent)));
        QCOMPARE(sent.value().failures, qint64(1));
        QVERIFY(m_smtp->waitForMessages(1));
    }

    void loginsAreCheckedAndRefusalsAreAuthErrors()
    {
        startSmtp({QStringLiteral("mailer"), QString::fromUtf8("pässwörd-S3CRET"), {}, {}});
        SmtpConfig config = plainConfig(m_smtp->port());
        LogCapture logs;
        // No login: the server requires one.
        auto noLogin = send(config, simpleMail(QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!noLogin.ok());
        QCOMPARE(noLogin.error().kind, ErrorKind::Auth);
        QCOMPARE(noLogin.error().serverCode, QStringLiteral("530"));
        QCOMPARE(noLogin.error().field, QStringLiteral("smtp/user"));
        // A wrong password: 535.
        config.user = QStringLiteral("mailer");
        config.password = QStringLiteral("wrong-password");
        auto refused = send(config, simpleMail(QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Auth);
        QCOMPARE(refused.error().serverCode, QStringLiteral("535"));
        QCOMPARE(refused.error().field, QStringLiteral("secret/smtp-password"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("mailer")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("wrong-password")));
        // The right one.
        config.password = QString::fromUtf8("pässwörd-S3CRET");
        auto accepted = send(config, simpleMail(QStringLiteral("Login test"), QStringLiteral("body")));
        QVERIFY2(accepted.ok(), qPrintable(messageOf(accepted)));
        QVERIFY(m_smtp->waitForMessages(1));
        const QJsonObject mail = m_smtp->messages().first();
        QVERIFY(mail.value(QStringLiteral("authenticated")).toBool());
        // The password is in neither the mail, the server's answers we keep, nor our logs.
        QVERIFY(!mail.value(QStringLiteral("raw")).toString().contains(QStringLiteral("S3CRET")));
        QVERIFY(!accepted.value().transcript.join(QLatin1Char('\n')).contains(QStringLiteral("S3CRET")));
        QVERIFY2(!LogCapture::all().contains(QStringLiteral("S3CRET")), qPrintable(LogCapture::all()));
        QVERIFY2(!LogCapture::all().contains(QStringLiteral("wrong-password")),
                 qPrintable(LogCapture::all()));
    }

    void nobodyListeningIsANetworkError()
    {
        const auto result = send(plainConfig(SmtpTestServer::freePort()),
                                 simpleMail(QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::Network);
        QCOMPARE(result.error().field, QStringLiteral("smtp/host"));
        const auto unresolvable = [&] {
            SmtpConfig c = plainConfig(25);
            c.host = QStringLiteral("no-such-host.invalid");
            return send(c, simpleMail(QStringLiteral("x"), QStringLiteral("y")));
        }();
        QCOMPARE(unresolvable.error().kind, ErrorKind::Network);
        QVERIFY(unresolvable.error().message.contains(QStringLiteral("no-such-host.invalid")));
    }

    void textSurvivesTheTripAsAMailClientReadsIt()
    {
        startSmtp();
        const QString subject =
            QString::fromUtf8("Fehler: Réunion à Zürich — 会议 — встреча, a long subject to fold");
        const QString body = QString::fromUtf8("Line one\n.\n.leading dot\nFrom the start\nZürich 会议 🎉\n") +
                             QString(300, QLatin1Char('y')) + QStringLiteral("\nlast line");
        const auto sent = send(plainConfig(m_smtp->port()), simpleMail(subject, body));
        QVERIFY2(sent.ok(), qPrintable(messageOf(sent)));
        QVERIFY(m_smtp->waitForMessages(1));
        const QJsonObject mail = m_smtp->messages().first();
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), subject);
        QString got = mail.value(QStringLiteral("body")).toString();
        got.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        QCOMPARE(got, body + QLatin1Char('\n'));
        QCOMPARE(mail.value(QStringLiteral("defects")).toArray().size(), 0);
    }

    void starttlsWithTheExtraCa()
    {
        const QString cert = m_dir->filePath(QStringLiteral("smtp.pem"));
        const QString key = m_dir->filePath(QStringLiteral("smtp.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        startSmtp({QStringLiteral("mailer"), QStringLiteral("s3cret"), cert, key});
        SmtpConfig config = plainConfig(m_smtp->port());
        config.tls = SmtpConfig::Tls::StartTls;
        config.user = QStringLiteral("mailer");
        config.password = QStringLiteral("s3cret");
        // A self-signed server is not trusted by default...
        const auto untrusted = send(config, simpleMail(QStringLiteral("TLS"), QStringLiteral("body")));
        QVERIFY(!untrusted.ok());
        QCOMPARE(untrusted.error().kind, ErrorKind::Network);
        QVERIFY2(untrusted.error().message.contains(QStringLiteral("TLS")),
                 qPrintable(untrusted.error().message));
        // ...and is with its certificate as the extra CA.
        config.extraCaFile = cert;
        const auto trusted = send(config, simpleMail(QStringLiteral("TLS"), QStringLiteral("body")));
        QVERIFY2(trusted.ok(), qPrintable(messageOf(trusted)));
        QVERIFY(m_smtp->waitForMessages(1));
        QVERIFY(m_smtp->messages().first().value(QStringLiteral("tls")).toBool());
        QVERIFY(m_smtp->messages().first().value(QStringLiteral("authenticated")).toBool());
    }

    void aPasswordIsNeverSentInTheClearToAnotherHost()
    {
        const QString ini = m_dir->filePath(QStringLiteral("settings.ini"));
        OPEN_SETTINGS(settings, ini);
        QVERIFY(settings->set(Keys::SmtpHost, QStringLiteral("mail.example.com")).ok());
        QVERIFY(settings->set(Keys::SmtpSender, kSender).ok());
        QVERIFY(settings->set(Keys::SmtpTlsMode, QStringLiteral("none")).ok());
        QVERIFY(SmtpConfig::fromSettings(*settings).ok());
        QVERIFY(settings->set(Keys::SmtpUser, QStringLiteral("mailer")).ok());
        const auto refused = SmtpConfig::fromSettings(*settings);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("smtp/tlsMode"));
        QVERIFY(settings->set(Keys::SmtpHost, QStringLiteral("127.0.0.1:2525")).ok());
        const auto local = SmtpConfig::fromSettings(*settings);
        QVERIFY2(local.ok(), qPrintable(messageOf(local)));
        QCOMPARE(local.value().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(local.value().port, 2525);
        QVERIFY(settings->set(Keys::SmtpHost, QString()).ok());
        QCOMPARE(SmtpConfig::fromSettings(*settings).error().field, QStringLiteral("smtp/host"));
    }
};

QTEST_GUILESS_MAIN(TestErrorMail)
#include "tst_error_mail.moc"
