// `cxsync queue`, `cxsync log` and `cxsync notify` end to end: the real binary on a profile whose journal the
// test filled through the queue's API, exports parsed back, exit codes and one `cxsync:` line per problem,
// and a test mail through a real SMTP server (python3-aiosmtpd) with the password from a secrets file.
#include "FakeClock.h"
#include "QueueTestSupport.h"
#include "SmtpTestServer.h"
#include "queue/FailedMessageQueue.h"
#include "queue/QueueExport.h"
#include "queue/TransactionLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

const QString kAdmin = QStringLiteral("crm-admin@example.com");

} // namespace

class TestQueueCli : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QString m_secrets;
    QString m_journalPath;
    QHash<QString, qint64> m_ids;

    Run cxsync(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CXSYNC_CLI_PATH), QStringList{QStringLiteral("--config"), m_profile,
                                                             QStringLiteral("--secrets-file"), m_secrets} +
                                                     args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    void writeSecrets(const QString &password)
    {
        QFile f(m_secrets);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("smtp-password=" + password.toUtf8() + "\n");
        f.close();
        QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    }
    void setSetting(const QString &key, const QVariant &value)
    {
        QSettings ini(m_profile, QSettings::IniFormat);
        ini.setValue(key, value);
        ini.sync();
    }
    static int countLines(const QString &text, const QString &prefix)
    {
        int n = 0;
        for (const QString &line : text.split(QLatin1Char('\n')))
            n += line.startsWith(prefix) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_profile = m_dir->filePath(QStringLiteral("cxsync.ini"));
        m_secrets = m_dir->filePath(QStringLiteral("secrets"));
        m_journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
        setSetting(Keys::JournalPath, m_journalPath);
        setSetting(Keys::ErrorEmail, kAdmin);
        writeSecrets(QStringLiteral("unused"));

        // The journal as a sync would leave it: failures and a log.
        auto journal = Journal::open(m_journalPath).value();
        SystemClock clock;
        FailedMessageQueue queue(*journal, clock, RetrySchedule{}, 1);
        m_ids.clear();
        m_ids[QStringLiteral("waiting")] =
            queue.record(networkFailure(QStringLiteral("anna@contoso.com"), QStringLiteral("A1"))).value().id;
        m_ids[QStringLiteral("parked")] =
            queue
                .record(failure(Direction::CrmToExchange, QStringLiteral("bert@contoso.com"),
                                QStringLiteral("200"), QStringLiteral("update"), ErrorKind::Invalid,
                                QStringLiteral("400: bad, \"field\""), QString::fromUtf8("Zürich, \"Q3\"")))
                .value()
                .id;
        m_ids[QStringLiteral("other")] =
            queue.record(networkFailure(QStringLiteral("carl@contoso.com"), QStringLiteral("C1"))).value().id;
        TransactionLog log(*journal, clock);
        LogEntry e;
        e.direction = QStringLiteral("exchange_to_crm");
        e.user = QStringLiteral("anna@contoso.com");
        e.item = QStringLiteral("Board meeting");
        e.action = QStringLiteral("create");
        e.result = LogResult::Ok;
        e.durationMs = 87;
        e.timeUtc = QDateTime::currentDateTimeUtc().addDays(-3);
        log.append(e).value();
        e.user = QStringLiteral("bert@contoso.com");
        e.item = QStringLiteral("Review");
        e.timeUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
        log.append(e).value();
    }
    void cleanup() { m_dir.reset(); }

    void queueListShowsNewestFirstAndFilters()
    {
        const Run all = cxsync({QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains(QStringLiteral("anna@contoso.com")) &&
                     all.out.contains(QStringLiteral("carl@contoso.com")),
                 qPrintable(all.out));
        QVERIFY(all.out.indexOf(QStringLiteral("carl@")) < all.out.indexOf(QStringLiteral("anna@")));
        QVERIFY(all.out.contains(QStringLiteral("3 of 3 shown")));
        const Run parked = cxsync({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--state"),
                                   QStringLiteral("parked"), QStringLiteral("--json")});
        QCOMPARE(parked.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(parked.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject row = root.value(QStringLiteral("failedMessages")).toArray().first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toInteger(), m_ids[QStringLiteral("parked")]);
        QCOMPARE(row.value(QStringLiteral("subject")).toString(), QString::fromUtf8("Zürich, \"Q3\""));
        const Run user =
            cxsync({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--user"),
                    QStringLiteral("CARL@contoso.com"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(user.code, 0);
        QVERIFY(user.out.contains(QStringLiteral("1 of 1 shown")));
        const Run badState = cxsync({QStringLiteral("queue"), QStringLiteral("list"),
                                     QStringLiteral("--state"), QStringLiteral("lost")});
        QCOMPARE(badState.code, 2);
        QCOMPARE(countLines(badState.err, QStringLiteral("cxsync: ")), 1);
        QVERIFY(badState.err.contains(QStringLiteral("--state")));
    }

    // Issue 8: `queue list` prints list rows (the change's size, not the change); `queue show` has it.
    void queueListLeavesTheChangeToShow()
    {
        const Run list = cxsync({QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--limit"), QStringLiteral("0")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(list.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + list.out));
        const QJsonArray rows = root.value(QStringLiteral("failedMessages")).toArray();
        QCOMPARE(rows.size(), 3);
        qint64 parkedBytes = 0;
        for (const QJsonValue &row : rows) {
            QVERIFY2(!row.toObject().contains(QStringLiteral("snapshot")), qPrintable(list.out));
            QVERIFY(row.toObject().value(QStringLiteral("snapshotBytes")).toInteger() > 0);
            if (row.toObject().value(QStringLiteral("id")).toInteger() == m_ids[QStringLiteral("parked")])
                parkedBytes = row.toObject().value(QStringLiteral("snapshotBytes")).toInteger();
        }
        const Run show = cxsync({QStringLiteral("queue"), QStringLiteral("show"),
                                 QString::number(m_ids[QStringLiteral("parked")]), QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        const QJsonObject change =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QStringLiteral("snapshot")).toObject();
        QCOMPARE(change.value(QStringLiteral("source")).toString(), QStringLiteral("200"));
        QCOMPARE(qint64(QJsonDocument(change).toJson(QJsonDocument::Compact).size()), parkedBytes);
    }

    void showRetryAndDiscard()
    {
        const QString parked = QString::number(m_ids[QStringLiteral("parked")]);
        const Run show = cxsync({QStringLiteral("queue"), QStringLiteral("show"), parked});
        QCOMPARE(show.code, 0);
        QVERIFY2(show.out.contains(QStringLiteral("parked")) &&
                     show.out.contains(QStringLiteral("400: bad")) &&
                     show.out.contains(QStringLiteral("History:")) &&
                     show.out.contains(QStringLiteral("\"source\": \"200\"")),
                 qPrintable(show.out));
        const Run retry = cxsync({QStringLiteral("queue"), QStringLiteral("retry"), parked});
        QCOMPARE(retry.code, 0);
        const Run shown =
            cxsync({QStringLiteral("queue"), QStringLiteral("show"), parked, QStringLiteral("--json")});
        const QJsonObject json = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("waiting"));
        QCOMPARE(json.value(QStringLiteral("history"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("event"))
                     .toString(),
                 QStringLiteral("requeued"));

        const QString other = QString::number(m_ids[QStringLiteral("other")]);
        const Run unconfirmed = cxsync({QStringLiteral("queue"), QStringLiteral("discard"), other});
        QCOMPARE(unconfirmed.code, 2);
        QVERIFY(unconfirmed.err.contains(QStringLiteral("--yes")));
        const Run discarded =
            cxsync({QStringLiteral("queue"), QStringLiteral("discard"), other, QStringLiteral("--yes")});
        QCOMPARE(discarded.code, 0);
        const Run again =
            cxsync({QStringLiteral("queue"), QStringLiteral("discard"), other, QStringLiteral("--yes")});
        QCOMPARE(again.code, 1);
        QCOMPARE(countLines(again.err, QStringLiteral("cxsync: ")), 1);
        const Run all = cxsync({QStringLiteral("queue"), QStringLiteral("retry"), QStringLiteral("--all"),
                                QStringLiteral("--state"), QStringLiteral("discarded")});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.startsWith(QStringLiteral("1 failed message")), qPrintable(all.out));
        const Run missing =
            cxsync({QStringLiteral("queue"), QStringLiteral("show"), QStringLiteral("99999")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.startsWith(QStringLiteral("cxsync: there is no failed message 99999")));
        QCOMPARE(cxsync({QStringLiteral("queue"), QStringLiteral("show"), QStringLiteral("abc")}).code, 2);
        QCOMPARE(cxsync({QStringLiteral("queue"), QStringLiteral("retry")}).code, 2);
        QCOMPARE(cxsync({QStringLiteral("queue"), QStringLiteral("frobnicate")}).code, 2);
    }

    void exportsAreWrittenByExtension()
    {
        const QString xmlPath = m_dir->filePath(QStringLiteral("EventData.xml"));
        const Run xml = cxsync({QStringLiteral("queue"), QStringLiteral("export"), xmlPath});
        QCOMPARE(xml.code, 0);
        QFile xmlFile(xmlPath);
        QVERIFY(xmlFile.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(&xmlFile);
        int messages = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement &&
                reader.name() == QLatin1String("FailedMessage"))
                ++messages;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(messages, 3);
        const QString csvPath = m_dir->filePath(QStringLiteral("failed.csv"));
        QCOMPARE(cxsync({QStringLiteral("queue"), QStringLiteral("export"), csvPath}).code, 0);
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QString error;
        const QList<QStringList> rows = parseCsv(csvFile.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(1).contains(QString::fromUtf8("Zürich, \"Q3\"")) ||
                rows.at(2).contains(QString::fromUtf8("Zürich, \"Q3\"")) ||
                rows.at(3).contains(QString::fromUtf8("Zürich, \"Q3\"")));
        const QString jsonPath = m_dir->filePath(QStringLiteral("failed.json"));
        QCOMPARE(cxsync({QStringLiteral("queue"), QStringLiteral("export"), jsonPath,
                         QStringLiteral("--state"), QStringLiteral("waiting")})
                     .code,
                 0);
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll())
                     .object()
                     .value(QStringLiteral("failedMessages"))
                     .toArray()
                     .size(),
                 2);
        const Run bad = cxsync(
            {QStringLiteral("queue"), QStringLiteral("export"), m_dir->filePath(QStringLiteral("x.doc"))});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral(".xml")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.doc"))));
    }

    void theLogFiltersAndExports()
    {
        const Run all = cxsync({QStringLiteral("log")});
        QCOMPARE(all.code, 0);
        QVERIFY2(all.out.contains(QStringLiteral("Board meeting")) &&
                     all.out.contains(QStringLiteral("Review")),
                 qPrintable(all.out));
        QVERIFY(all.out.indexOf(QStringLiteral("Board meeting")) < all.out.indexOf(QStringLiteral("Review")));
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const Run recent =
            cxsync({QStringLiteral("log"), QStringLiteral("--since"), yesterday, QStringLiteral("--json")});
        QCOMPARE(recent.code, 0);
        const QJsonArray entries =
            QJsonDocument::fromJson(recent.out.toUtf8()).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().toObject().value(QStringLiteral("item")).toString(),
                 QStringLiteral("Review"));
        QCOMPARE(entries.first().toObject().value(QStringLiteral("durationMs")).toInt(), 87);
        const Run anna =
            cxsync({QStringLiteral("log"), QStringLiteral("--user"), QStringLiteral("anna@contoso.com")});
        QVERIFY(anna.out.contains(QStringLiteral("Board meeting")) &&
                !anna.out.contains(QStringLiteral("Review")));
        const Run badDate =
            cxsync({QStringLiteral("log"), QStringLiteral("--since"), QStringLiteral("last tuesday")});
        QCOMPARE(badDate.code, 2);
        QVERIFY(badDate.err.contains(QStringLiteral("--since")));
        const QString csv = m_dir->filePath(QStringLiteral("log.csv"));
        QCOMPARE(cxsync({QStringLiteral("log"), QStringLiteral("export"), csv}).code, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString error;
        QCOMPARE(parseCsv(f.readAll(), &error).size(), 3);
        QVERIFY(error.isEmpty());
        setSetting(Keys::LogRetentionDays, 2);
        const Run pruned = cxsync({QStringLiteral("log"), QStringLiteral("prune")});
        QCOMPARE(pruned.code, 0);
        QVERIFY2(pruned.out.contains(QStringLiteral("Removed 1 ")), qPrintable(pruned.out));
    }

    void notifyTestSendsAMailAndReportsTheServer()
    {
        SmtpTestServer smtp;
        QString error;
        QVERIFY2(smtp.start({QStringLiteral("mailer"), QStringLiteral("right-pass"), {}, {}}, &error),
                 qPrintable(error));
        setSetting(Keys::SmtpHost, QStringLiteral("127.0.0.1"));
        setSetting(Keys::SmtpPort, smtp.port());
        setSetting(Keys::SmtpTlsMode, QStringLiteral("none"));
        setSetting(Keys::SmtpSender, QStringLiteral("cxsync@example.com"));
        setSetting(Keys::SmtpUser, QStringLiteral("mailer"));
        writeSecrets(QStringLiteral("wrong-pass"));
        const Run refused = cxsync({QStringLiteral("notify"), QStringLiteral("test")});
        QCOMPARE(refused.code, 1);
        QCOMPARE(countLines(refused.err, QStringLiteral("cxsync: ")), 1);
        QVERIFY2(refused.err.contains(QStringLiteral("refused the login")), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(QStringLiteral("wrong-pass")) &&
                !refused.out.contains(QStringLiteral("wrong-pass")));

        writeSecrets(QStringLiteral("right-pass"));
        const Run sent = cxsync({QStringLiteral("notify"), QStringLiteral("test")});
        QVERIFY2(sent.code == 0, qPrintable(sent.err));
        QVERIFY2(sent.out.contains(QStringLiteral("server: 235")) &&
                     sent.out.contains(QStringLiteral("queued as")),
                 qPrintable(sent.out));
        QVERIFY(smtp.waitForMessages(1));
        const QJsonObject mail = smtp.messages().first();
        QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray(), QJsonArray{kAdmin});
        QVERIFY(mail.value(QStringLiteral("subject"))
                    .toString()
                    .startsWith(QStringLiteral("[CRM Exchange Sync] Test mail")));

        // The digest of the three failures, once.
        const Run digest = cxsync({QStringLiteral("notify"), QStringLiteral("digest")});
        QVERIFY2(digest.code == 0, qPrintable(digest.err));
        QVERIFY2(digest.out.contains(QStringLiteral("Digest of 3 failure")), qPrintable(digest.out));
        QVERIFY(smtp.waitForMessages(2));
        QVERIFY(smtp.messages()
                    .at(1)
                    .value(QStringLiteral("subject"))
                    .toString()
                    .contains(QStringLiteral("3 failed message(s), 1 parked")));
        const Run soon = cxsync({QStringLiteral("notify"), QStringLiteral("digest")});
        QCOMPARE(soon.code, 0);
        QVERIFY(soon.out.contains(QStringLiteral("interval")));
        QTest::qWait(300);
        QCOMPARE(smtp.messages().size(), 2);

        setSetting(Keys::SmtpHost, QString());
        const Run unset = cxsync({QStringLiteral("notify"), QStringLiteral("test")});
        QCOMPARE(unset.code, 2);
        QVERIFY(unset.err.contains(QStringLiteral("SMTP Server")));
    }
};

QTEST_GUILESS_MAIN(TestQueueCli)
#include "tst_queue_cli.moc"
