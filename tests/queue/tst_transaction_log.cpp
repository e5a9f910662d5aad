// The transaction log: entries with both versions of a conflict, filters and keyset pages, retention on an
// injected clock, request detail only in Diagnostic Mode and always redacted, exports parsed back.
#include "FakeClock.h"
#include "QueueTestSupport.h"
#include "queue/TransactionLog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

LogEntry entry(const QString &direction, const QString &user, const QString &item, const QString &action,
               LogResult result, qint64 ms = 120)
{
    LogEntry e;
    e.direction = direction;
    e.user = user;
    e.item = item;
    e.action = action;
    e.result = result;
    e.durationMs = ms;
    e.message = result == LogResult::Ok ? QString() : QStringLiteral("the CRM answered 503");
    return e;
}

} // namespace

class TestTransactionLog : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<TransactionLog> m_log;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite"))).value();
        m_clock = std::make_unique<FakeClock>();
        m_log = std::make_unique<TransactionLog>(*m_journal, *m_clock);
    }
    void cleanup()
    {
        m_log.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void anEntryKeepsEveryFieldAndBothVersionsOfAConflict()
    {
        LogEntry e =
            entry(QStringLiteral("exchange_to_crm"), QStringLiteral("anna@contoso.com"),
                  QStringLiteral("Board meeting"), QStringLiteral("update"), LogResult::Conflict, 250);
        e.conflict =
            QJsonObject{{QStringLiteral("crm"),
                         QJsonObject{{QStringLiteral("subject"), QStringLiteral("Board")},
                                     {QStringLiteral("updatedUtc"), QStringLiteral("2026-01-05T08:59:00Z")}}},
                        {QStringLiteral("exchange"),
                         QJsonObject{{QStringLiteral("subject"), QStringLiteral("Board (moved)")}}},
                        {QStringLiteral("kept"), QStringLiteral("exchange")}};
        e.failedMessageId = 17;
        const qint64 id = m_log->append(e).value();
        const LogEntryPage page = m_log->query({}, {}, 10).value();
        QCOMPARE(page.rows.size(), 1);
        const LogEntry &back = page.rows.first();
        QCOMPARE(back.id, id);
        QCOMPARE(back.timeUtc, m_clock->nowUtc());
        QCOMPARE(back.direction, e.direction);
        QCOMPARE(back.user, e.user);
        QCOMPARE(back.item, e.item);
        QCOMPARE(back.action, e.action);
        QCOMPARE(back.result, e.result);
        QCOMPARE(back.durationMs, qint64(250));
        QCOMPARE(back.conflict, e.conflict);
        QCOMPARE(back.failedMessageId, qint64(17));
    }

    void badEntriesAreRefusedNamingTheField()
    {
        QCOMPARE(m_log->append(entry({}, {}, {}, {}, LogResult::Ok)).error().kind, ErrorKind::Invalid);
        const auto bad =
            m_log->append(entry(QStringLiteral("sideways"), {}, {}, QStringLiteral("create"), LogResult::Ok));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("direction"));
        // A number cast to the enum that is none of its values has no name to store.
        const auto unknown =
            m_log->append(entry({}, {}, {}, QStringLiteral("create"), static_cast<LogResult>(99)));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::Invalid);
        QCOMPARE(unknown.error().field, QStringLiteral("result"));
        QCOMPARE(m_log->count({}).value(), qint64(0));
    }

    // Each result goes to text and back (the names the journal has always stored); rows written by earlier
    // versions are found by the typed filter.
    void resultNamesGoToTextAndBackAndOldRowsAreFound()
    {
        const QStringList names{QStringLiteral("ok"),       QStringLiteral("failed"),
                                QStringLiteral("conflict"), QStringLiteral("skipped"),
                                QStringLiteral("resolved"), QStringLiteral("superseded"),
                                QStringLiteral("parked")};
        QCOMPARE(enumValues<LogResult>().size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(enumName(enumValues<LogResult>().at(i)), names.at(i));
            QCOMPARE(enumFromName<LogResult>(names.at(i)).value(), enumValues<LogResult>().at(i));
        }
        QVERIFY(!enumFromName<LogResult>(QStringLiteral("OK")).ok());
        QVERIFY(!enumFromName<LogResult>(QString()).ok());

        QSqlQuery q(m_journal->database());
        QVERIFY2(
            q.exec(QStringLiteral(
                "INSERT INTO transaction_log (time_utc, direction, user, item, action, result, duration_ms,"
                " message) VALUES ('2026-11-30T08:00:00.000Z', 'exchange_to_crm', 'anna@contoso.com',"
                " 'Review', 'update', 'conflict', 80, 'both changed'), ('2026-11-30T08:00:01.000Z',"
                " 'crm_to_exchange', 'anna@contoso.com', 'Review', 'retry update', 'superseded', NULL, '')")),
            qPrintable(q.lastError().text()));
        LogFilter conflicts;
        conflicts.result = LogResult::Conflict;
        const QList<LogEntry> rows = m_log->query(conflicts, {}, 10).value().rows;
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().result, LogResult::Conflict);
        QCOMPARE(rows.first().timeUtc, QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC));
        LogFilter superseded;
        superseded.result = LogResult::Superseded;
        QCOMPARE(m_log->count(superseded).value(), qint64(1));
    }

    // Rows as earlier versions wrote them (the result as text, every name ever stored) read back as the enum.
    void rowsWithEveryStoredResultNameReadBack()
    {
        const QStringList names{QStringLiteral("ok"),       QStringLiteral("failed"),
                                QStringLiteral("conflict"), QStringLiteral("skipped"),
                                QStringLiteral("resolved"), QStringLiteral("superseded"),
                                QStringLiteral("parked")};
        const QList<LogResult> expected{LogResult::Ok,      LogResult::Failed,   LogResult::Conflict,
                                        LogResult::Skipped, LogResult::Resolved, LogResult::Superseded,
                                        LogResult::Parked};
        QSqlQuery q(m_journal->database());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO transaction_log (time_utc, user, item, action, result)"
                                         " VALUES (?, 'anna@contoso.com', ?, 'update', ?)")));
        for (int i = 0; i < names.size(); ++i) {
            q.addBindValue(QStringLiteral("2026-11-30T08:00:0%1.000Z").arg(i));
            q.addBindValue(names.at(i));
            q.addBindValue(names.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QList<LogEntry> rows = m_log->query({}, {}, 10).value().rows; // newest first
        QCOMPARE(rows.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const LogEntry &e = rows.at(names.size() - 1 - i);
            QCOMPARE(e.item, names.at(i));
            QCOMPARE(e.result, expected.at(i));
        }
    }

    // A row whose result this version does not know (a newer version's, or a damaged row): reading it is an
    // error that names the entry and the name; the other entries' counts still work.
    void anUnknownResultInARowIsNamed()
    {
        m_log->append(entry({}, {}, QStringLiteral("fine"), QStringLiteral("create"), LogResult::Ok)).value();
        QSqlQuery q(m_journal->database());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO transaction_log (time_utc, action, result) VALUES"
                                       " ('2026-11-30T08:00:00.000Z', 'update', 'exploded')")),
                 qPrintable(q.lastError().text()));
        const qint64 id = q.lastInsertId().toLongLong();
        const QString why = QStringLiteral("The journal could not read log entry %1: 'exploded' is not a"
                                           " transaction log result (ok, failed, conflict, skipped, resolved,"
                                           " superseded, parked)")
                                .arg(id);
        const auto page = m_log->query({}, {}, 10);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().kind, ErrorKind::Storage);
        QCOMPARE(page.error().message, why);
        const auto exported = m_log->exportTo(m_dir->filePath(QStringLiteral("log.json")), {});
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().message, why);
        QVERIFY2(!QFile::exists(m_dir->filePath(QStringLiteral("log.json"))),
                 "an export is complete or absent");
        QCOMPARE(m_log->count({}).value(), qint64(2));
    }

    // The exports and `cxsync log --json` write the names the journal stores, one per result.
    void exportsWriteTheResultNames()
    {
        const QStringList names{QStringLiteral("ok"),       QStringLiteral("failed"),
                                QStringLiteral("conflict"), QStringLiteral("skipped"),
                                QStringLiteral("resolved"), QStringLiteral("superseded"),
                                QStringLiteral("parked")};
        for (LogResult r : {LogResult::Ok, LogResult::Failed, LogResult::Conflict, LogResult::Skipped,
                            LogResult::Resolved, LogResult::Superseded, LogResult::Parked}) {
            m_log->append(entry({}, {}, QStringLiteral("x"), QStringLiteral("update"), r)).value();
            m_clock->advance(1000);
        }
        const QString csvPath = m_dir->filePath(QStringLiteral("log.csv"));
        QCOMPARE(m_log->exportTo(csvPath, {}).value(), qint64(names.size()));
        QString error;
        const QList<QStringList> rows = parseCsv(readAll(csvPath), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int column = TransactionLog::csvColumns().indexOf(QStringLiteral("result"));
        QCOMPARE(column, 6);
        QStringList csvNames;
        for (int i = 1; i < rows.size(); ++i)
            csvNames << rows.at(i).at(column);
        QCOMPARE(csvNames, names);
        const QString jsonPath = m_dir->filePath(QStringLiteral("log.json"));
        QCOMPARE(m_log->exportTo(jsonPath, {}).value(), qint64(names.size()));
        QStringList jsonNames;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(readAll(jsonPath)).object().value(QStringLiteral("entries")).toArray())
            jsonNames << v.toObject().value(QStringLiteral("result")).toString();
        QCOMPARE(jsonNames, names);
        LogEntry parked;
        parked.result = LogResult::Parked;
        QCOMPARE(TransactionLog::toJson(parked).value(QStringLiteral("result")).toString(),
                 QStringLiteral("parked"));
    }

    void detailIsKeptOnlyInDiagnosticModeAndRedacted()
    {
        const QString detail =
            QStringLiteral("POST https://crm.example.com/sdata/crmj/sagecrm2/-/Communication\n"
                           "Authorization: Basic c3luYzpzM2NyZXQ=\n"
                           "{\"password\":\"hunter2\",\"access_token\":\"eyJ0eXAiOiJKV1QifQ.payload.sig\"}");
        LogEntry e = entry(QStringLiteral("crm_to_exchange"), QStringLiteral("anna@contoso.com"),
                           QStringLiteral("x"), QStringLiteral("create"), LogResult::Failed);
        e.detail = detail;
        m_log->append(e).value();
        m_log->setDiagnosticMode(true);
        e.message = QStringLiteral("refused: Authorization: Bearer eyJ0eXAiOiJKV1QifQ.payload.sig");
        m_log->append(e).value();
        const QList<LogEntry> rows = m_log->query({}, {}, 10).value().rows;
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows.at(1).detail.isEmpty(), "no detail outside Diagnostic Mode");
        const QString kept = rows.at(0).detail;
        QVERIFY2(kept.contains(QStringLiteral("POST https://crm.example.com")), qPrintable(kept));
        for (const QString &secret : {QStringLiteral("c3luYzpzM2NyZXQ="), QStringLiteral("hunter2"),
                                      QStringLiteral("eyJ0eXAiOiJKV1QifQ")}) {
            QVERIFY2(!kept.contains(secret), qPrintable(kept));
            QVERIFY2(!rows.at(0).message.contains(secret), qPrintable(rows.at(0).message));
        }
        // Nothing of it reached the database file's table either.
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT group_concat(coalesce(detail,'') || coalesce(message,'')) FROM transaction_log")));
        QVERIFY(q.next());
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("hunter2")));
    }

    void filtersAndPagesNewestFirst()
    {
        for (int i = 0; i < 30; ++i) {
            m_log
                ->append(
                    entry(i % 2 ? QStringLiteral("crm_to_exchange") : QStringLiteral("exchange_to_crm"),
                          i % 3 ? QStringLiteral("anna@contoso.com") : QStringLiteral("bert@contoso.com"),
                          QStringLiteral("item %1").arg(i), QStringLiteral("create"),
                          i % 5 ? LogResult::Ok : LogResult::Failed))
                .value();
            if (i % 4 == 3)
                m_clock->advance(60 * 1000);
        }
        LogFilter bert;
        bert.user = QStringLiteral("Bert@Contoso.com");
        QCOMPARE(m_log->count(bert).value(), qint64(10));
        LogFilter since;
        since.sinceUtc = FakeClock().nowUtc().addSecs(5 * 60);
        QCOMPARE(m_log->count(since).value(), qint64(30 - 20));
        LogFilter crm;
        crm.direction = Direction::CrmToExchange;
        QCOMPARE(m_log->count(crm).value(), qint64(15));
        LogFilter failed;
        failed.result = LogResult::Failed;
        QCOMPARE(m_log->count(failed).value(), qint64(6));

        QStringList items;
        LogCursor cursor;
        do {
            const LogEntryPage page = m_log->query({}, cursor, 7).value();
            for (const LogEntry &e : page.rows)
                items << e.item;
            cursor = page.next;
        } while (!cursor.isNull());
        QCOMPARE(items.size(), 30);
        QCOMPARE(items.first(), QStringLiteral("item 29"));
        QCOMPARE(items.last(), QStringLiteral("item 0"));
    }

    void pruneKeepsTheRetentionPeriod()
    {
        m_log->append(entry({}, {}, QStringLiteral("old"), QStringLiteral("sync users"), LogResult::Ok))
            .value();
        m_clock->advance(qint64(40) * 24 * 3600 * 1000);
        m_log->append(entry({}, {}, QStringLiteral("new"), QStringLiteral("sync users"), LogResult::Ok))
            .value();
        m_clock->advance(qint64(1) * 24 * 3600 * 1000);
        QCOMPARE(m_log->prune(90).value(), 0);
        QCOMPARE(m_log->prune(30).value(), 1);
        const QList<LogEntry> rows = m_log->query({}, {}, 10).value().rows;
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().item, QStringLiteral("new"));
        QCOMPARE(m_log->prune(0).error().kind, ErrorKind::Invalid);
    }

    void exportsParseBack()
    {
        const QStringList items{QStringLiteral("Plain"), QStringLiteral("Budget, \"Q3\"\nsecond line"),
                                QString::fromUtf8("Zürich 会议"), QStringLiteral(" padded ")};
        for (const QString &item : items) {
            LogEntry e = entry(QStringLiteral("exchange_to_crm"), QStringLiteral("anna@contoso.com"), item,
                               QStringLiteral("update"), LogResult::Conflict);
            e.conflict = QJsonObject{{QStringLiteral("kept"), QStringLiteral("crm")}};
            m_log->append(e).value();
            m_clock->advance(1000);
        }
        const QString csvPath = m_dir->filePath(QStringLiteral("log.csv"));
        QCOMPARE(m_log->exportTo(csvPath, {}).value(), qint64(items.size()));
        QString error;
        const QList<QStringList> rows = parseCsv(readAll(csvPath), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), items.size() + 1);
        QCOMPARE(rows.first(), TransactionLog::csvColumns());
        for (int i = 0; i < items.size(); ++i) {
            QCOMPARE(rows.at(i + 1).at(4), items.at(i)); // oldest first
            QCOMPARE(
                QJsonDocument::fromJson(rows.at(i + 1).at(9).toUtf8()).object().value(QStringLiteral("kept")),
                QJsonValue(QStringLiteral("crm")));
        }
        const QString jsonPath = m_dir->filePath(QStringLiteral("log.json"));
        LogFilter since;
        since.sinceUtc = FakeClock().nowUtc().addSecs(1);
        QCOMPARE(m_log->exportTo(jsonPath, since).value(), qint64(items.size() - 1));
        QJsonParseError parseError;
        const QJsonArray entries = QJsonDocument::fromJson(readAll(jsonPath), &parseError)
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(entries.size(), items.size() - 1);
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("item")).toString(), items.at(1));
        QCOMPARE(entries.at(0).toObject().value(QStringLiteral("durationMs")).toInt(), 120);
        QVERIFY(!m_log->exportTo(m_dir->filePath(QStringLiteral("log.xml")), {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestTransactionLog)
#include "tst_transaction_log.moc"
