// The journal: a real SQLite file in a fresh temporary folder per test. File modes, WAL, the schema and its
// migrations (including one that fails half-way), and files the program must refuse.
#include "CoreTestSupport.h"
#include "Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

// One value from a query, or an invalid QVariant if the query failed.
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.prepare(u("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

// user_version as SQLite has it, read without Journal (which may refuse the file).
int rawUserVersion(const QString &path)
{
    const QString name = u("tst_journal-raw");
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            version = scalar(db, u("PRAGMA user_version")).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QList<JournalMigration> stepOneOnly()
{
    return {Journal::migrations().first()};
}

} // namespace

#define OPEN_JOURNAL(var, ...)                                                                               \
    auto var##Opened = Journal::open(__VA_ARGS__);                                                           \
    QVERIFY2(var##Opened.ok(), qPrintable(messageOf(var##Opened)));                                          \
    std::unique_ptr<Journal> var = std::move(var##Opened).value()

class TestJournal final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable(u("QSQLITE")), "the Qt SQLite driver is not installed");
        // A typical umask, so that a file created without an explicit mode would be world-readable.
        ::umask(022);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u("journal.sqlite"));
    }

    void cleanup()
    {
        m_dir.reset();
        // Every Journal closes its connection when it goes.
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    void openCreatesOwnerOnlyFiles_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::newRow("a new journal in an existing folder is mode 0600") << u("journal.sqlite");
        QTest::newRow("a new journal in folders that do not exist yet is created, mode 0600")
            << u("var/lib/cxsync/journal.sqlite");
    }

    void openCreatesOwnerOnlyFiles()
    {
        QFETCH(QString, relativePath);
        const QString path = m_dir->filePath(relativePath);
        OPEN_JOURNAL(journal, path);
        QCOMPARE(journal->path(), path);

        const QFileInfo info(path);
        QVERIFY(info.isFile());
        QCOMPARE(info.permissions() & kGroupOrOther, QFile::Permissions());
        QVERIFY(info.permissions().testFlag(QFile::ReadOwner));
        QVERIFY(info.permissions().testFlag(QFile::WriteOwner));
        // The migrations have written through the write-ahead log, so it exists while the journal is open.
        QVERIFY(QFileInfo::exists(path + u("-wal")));
        for (const char *suffix : {"-wal", "-shm"}) {
            const QFileInfo side(path + u(suffix));
            if (side.exists())
                QVERIFY2((side.permissions() & kGroupOrOther) == QFile::Permissions(), suffix);
        }
    }

    void openUsesWalAndTheCurrentSchema()
    {
        OPEN_JOURNAL(journal, m_path);
        QCOMPARE(scalar(journal->database(), u("PRAGMA journal_mode")).toString(), u("wal"));
        QCOMPARE(journal->schemaVersion(), Journal::migrations().last().version);
        QCOMPARE(scalar(journal->database(), u("PRAGMA user_version")).toInt(),
                 Journal::migrations().last().version);
    }

    void migrationsAreNumberedInOrder()
    {
        const QList<JournalMigration> &steps = Journal::migrations();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, i + 1);
            QVERIFY(qstrlen(steps.at(i).description) > 0);
            QVERIFY(!steps.at(i).statements.isEmpty());
        }
    }

    void everyTableExists_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("user links table exists") << u("user_links");
        QTest::newRow("item links table exists") << u("item_links");
        QTest::newRow("sync cursors table exists") << u("sync_cursors");
        QTest::newRow("outbox table exists") << u("outbox");
        QTest::newRow("failed messages table exists") << u("failed_messages");
        QTest::newRow("transaction log table exists") << u("transaction_log");
    }

    void everyTableExists()
    {
        QFETCH(QString, table);
        OPEN_JOURNAL(journal, m_path);
        QVERIFY2(tableExists(journal->database(), table), qPrintable(table));
    }

    void reopenKeepsRowsAndSkipsAppliedMigrations()
    {
        {
            OPEN_JOURNAL(journal, m_path, stepOneOnly());
            QVERIFY(execute(journal->database(),
                            u("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES "
                              "('mailbox:crm-sync@contoso.com', 'delta-1', '2024-05-01T10:00:00Z')")));
        }
        {
            // Step 1 is already applied: running it again would fail, so this only opens if it is skipped.
            const QList<JournalMigration> broken{{1, "initial tables", {u("THIS IS NOT SQL")}}};
            OPEN_JOURNAL(journal, m_path, broken);
            QCOMPARE(journal->schemaVersion(), 1);
        }
        OPEN_JOURNAL(journal, m_path);
        QCOMPARE(journal->schemaVersion(), Journal::migrations().last().version);
        QCOMPARE(scalar(journal->database(),
                        u("SELECT cursor FROM sync_cursors WHERE scope = 'mailbox:crm-sync@contoso.com'"))
                     .toString(),
                 u("delta-1"));
    }

    void aNewStepRunsExactlyOnce()
    {
        QList<JournalMigration> steps = stepOneOnly();
        steps.append({2,
                      "record the upgrade",
                      {u("INSERT INTO transaction_log (time_utc, action, result) VALUES "
                         "('2024-05-01T10:00:00Z', 'upgrade', 'ok')")}});
        {
            OPEN_JOURNAL(journal, m_path, stepOneOnly());
            QCOMPARE(journal->schemaVersion(), 1);
        }
        for (int i = 0; i < 2; ++i) {
            OPEN_JOURNAL(journal, m_path, steps);
            QCOMPARE(journal->schemaVersion(), 2);
            QCOMPARE(scalar(journal->database(), u("SELECT count(*) FROM transaction_log")).toInt(), 1);
        }
    }

    void aVersion6JournalWithFailedMessagesUpgradesTo7()
    {
        // Migration 7 replaces the failed-message filter indexes; a journal written by version 6, rows and
        // all, takes it and finds its rows through the new indexes.
        {
            OPEN_JOURNAL(journal, m_path, Journal::migrations().mid(0, 6));
            QCOMPARE(journal->schemaVersion(), 6);
            for (const QString &values :
                 {u("'crm-anna', 'Anna@Contoso.com', 'waiting', '2026-01-05T09:00:00.000Z'"),
                  u("'crm-anna', 'anna@contoso.com', 'parked', '2026-01-05T09:00:01.000Z'"),
                  u("'crm-anna', NULL, 'waiting', '2026-01-05T09:00:02.000Z'"),
                  u("'crm-bert', 'bert@contoso.com', 'waiting', '2026-01-05T09:00:03.000Z'")}) {
                QVERIFY(
                    execute(journal->database(),
                            u("INSERT INTO failed_messages (crm_user_id, mailbox, state, last_failure_utc,"
                              " direction, snapshot, error_kind, error_message, first_failure_utc) VALUES"
                              " (%1, 'exchange_to_crm', '{}', 'network', 'down', '2026-01-05T09:00:00.000Z')")
                                .arg(values)));
            }
            QCOMPARE(scalar(journal->database(), u("SELECT count(*) FROM failed_messages")).toInt(), 4);
        }
        OPEN_JOURNAL(journal, m_path);
        QCOMPARE(journal->schemaVersion(), 7);
        QCOMPARE(scalar(journal->database(), u("PRAGMA integrity_check")).toString(), u("ok"));
        QSqlQuery q(journal->database());
        QVERIFY(
            q.exec(u("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'failed_messages'"
                     " AND name NOT LIKE 'sqlite_%' ORDER BY name")));
        QStringList indexes;
        while (q.next())
            indexes << q.value(0).toString();
        QCOMPARE(indexes, QStringList({u("failed_messages_direction_recent"), u("failed_messages_due"),
                                       u("failed_messages_kind_recent"), u("failed_messages_mailbox_recent"),
                                       u("failed_messages_open_item"), u("failed_messages_recent"),
                                       u("failed_messages_state_recent"), u("failed_messages_user_recent")}));
        // The rows written before the upgrade are in the new indexes (the mailbox one ignoring case).
        QCOMPARE(scalar(journal->database(),
                        u("SELECT count(*) FROM failed_messages INDEXED BY failed_messages_mailbox_recent"
                          " WHERE mailbox = 'ANNA@contoso.com' COLLATE NOCASE"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(journal->database(),
                        u("SELECT count(*) FROM failed_messages INDEXED BY failed_messages_user_recent"
                          " WHERE crm_user_id = 'crm-anna'"))
                     .toInt(),
                 3);
        QCOMPARE(
            scalar(journal->database(),
                   u("SELECT group_concat(state) FROM (SELECT state FROM failed_messages INDEXED BY"
                     " failed_messages_state_recent WHERE state = 'waiting' ORDER BY last_failure_utc DESC,"
                     " id DESC)"))
                .toString(),
            u("waiting,waiting,waiting"));
    }

    void existingWorldReadableJournalIsTightened()
    {
        {
            OPEN_JOURNAL(journal, m_path);
        }
        QVERIFY(QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                  QFile::ReadOther));
        QVERIFY((QFileInfo(m_path).permissions() & kGroupOrOther) != QFile::Permissions());

        OPEN_JOURNAL(journal, m_path);
        QCOMPARE(QFileInfo(m_path).permissions() & kGroupOrOther, QFile::Permissions());
        const QFileInfo wal(m_path + u("-wal"));
        if (wal.exists())
            QCOMPARE(wal.permissions() & kGroupOrOther, QFile::Permissions());
    }

    void failingMigrationIsRolledBack()
    {
        QList<JournalMigration> steps = stepOneOnly();
        steps.append(
            {2,
             "add the partial table",
             {u("CREATE TABLE partial_step (id INTEGER PRIMARY KEY)"),
              u("INSERT INTO partial_step (id) VALUES (1)"), u("INSERT INTO no_such_table VALUES (1)")}});
        {
            OPEN_JOURNAL(journal, m_path, stepOneOnly());
            QVERIFY(
                execute(journal->database(), u("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES "
                                               "('crm', 'watermark-7', '2024-05-01T10:00:00Z')")));
        }

        const auto failed = Journal::open(m_path, steps);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::Storage);
        const QString message = failed.error().message;
        QVERIFY2(message.contains(u("migration 2")), qPrintable(message));
        QVERIFY2(message.contains(u("add the partial table")), qPrintable(message));
        QVERIFY2(message.contains(u("rolled back")), qPrintable(message));
        QVERIFY2(message.contains(u("no_such_table")), qPrintable(message)); // SQLite's reason

        QCOMPARE(rawUserVersion(m_path), 1);
        OPEN_JOURNAL(journal, m_path, stepOneOnly());
        QCOMPARE(journal->schemaVersion(), 1);
        QVERIFY(!tableExists(journal->database(), u("partial_step")));
        QCOMPARE(
            scalar(journal->database(), u("SELECT cursor FROM sync_cursors WHERE scope = 'crm'")).toString(),
            u("watermark-7"));
    }

    void failingFirstMigrationLeavesNoTables()
    {
        const QList<JournalMigration> steps{
            {1, "initial tables", {u("CREATE TABLE user_links (id INTEGER)"), u("CREATE TABLE broken (")}}};
        const auto failed = Journal::open(m_path, steps);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(u("migration 1")), qPrintable(failed.error().message));
        QCOMPARE(rawUserVersion(m_path), 0);

        // Nothing half-made is left to trip up the real migrations.
        OPEN_JOURNAL(journal, m_path);
        QCOMPARE(journal->schemaVersion(), Journal::migrations().last().version);
    }

    void newerJournalIsRefused()
    {
        {
            OPEN_JOURNAL(journal, m_path);
            QVERIFY(execute(journal->database(), u("PRAGMA user_version = 99")));
        }
        const auto opened = Journal::open(m_path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Storage);
        QVERIFY2(opened.error().message.contains(u("99")), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(m_path), qPrintable(opened.error().message));
        QCOMPARE(rawUserVersion(m_path), 99); // left as the newer program wrote it
    }

    void directoryIsRefused()
    {
        const QString folder = m_dir->filePath(u("journal-folder"));
        QVERIFY(QDir().mkpath(folder));
        const auto opened = Journal::open(folder);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Storage);
        QVERIFY2(opened.error().message.contains(folder), qPrintable(opened.error().message));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void fileThatIsNotADatabaseIsRefusedAndKept()
    {
        const QByteArray text("this is the admin's notes file, not a journal\n");
        {
            QFile f(m_path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(text), qint64(text.size()));
        }
        const auto opened = Journal::open(m_path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Storage);
        QVERIFY2(opened.error().message.contains(m_path), qPrintable(opened.error().message));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), text);
    }

    void twoJournalsAtOnce()
    {
        const QString otherPath = m_dir->filePath(u("other/journal.sqlite"));
        OPEN_JOURNAL(first, m_path);
        OPEN_JOURNAL(second, otherPath);
        QVERIFY(first->database().connectionName() != second->database().connectionName());

        QVERIFY(execute(first->database(), u("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES "
                                             "('crm', 'first', '2024-05-01T10:00:00Z')")));
        QVERIFY(execute(second->database(), u("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES "
                                              "('crm', 'second', '2024-05-01T10:00:00Z')")));
        QCOMPARE(scalar(first->database(), u("SELECT cursor FROM sync_cursors")).toString(), u("first"));
        QCOMPARE(scalar(second->database(), u("SELECT cursor FROM sync_cursors")).toString(), u("second"));
        QCOMPARE(scalar(first->database(), u("SELECT count(*) FROM sync_cursors")).toInt(), 1);

        const QString firstConnection = first->database().connectionName();
        first.reset();
        QVERIFY(!QSqlDatabase::connectionNames().contains(firstConnection));
        QCOMPARE(scalar(second->database(), u("SELECT count(*) FROM sync_cursors")).toInt(), 1);
        QCOMPARE(second->schemaVersion(), Journal::migrations().last().version);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
