// The journal: a real SQLite file in a fresh temporary folder per test. File modes, WAL, the schema and its
// migrations (including one that fails half-way), and files the program must refuse.
#include "CoreTestSupport.h"
#include "store/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

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

// What a refused open must leave exactly as it was: the bytes, the mode, the owner, the folder's entries.
struct FileState {
    QByteArray bytes;
    mode_t mode = 0;
    uid_t owner = 0;
    QStringList folder;
    bool operator==(const FileState &o) const
    {
        return bytes == o.bytes && mode == o.mode && owner == o.owner && folder == o.folder;
    }
};

FileState stateOf(const QString &path)
{
    FileState state;
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        state.mode = st.st_mode & 07777;
        state.owner = st.st_uid;
        if (S_ISREG(st.st_mode))
            state.bytes = readBytes(path);
    }
    state.folder = QFileInfo(path).absoluteDir().entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                           QDir::Hidden | QDir::System);
    return state;
}

QString describeState(const FileState &s)
{
    return QStringLiteral("mode %1, owner %2, %3 bytes, folder [%4]")
        .arg(QString::number(s.mode, 8))
        .arg(s.owner)
        .arg(s.bytes.size())
        .arg(s.folder.join(QStringLiteral(", ")));
}

// Another program's SQLite database (WAL mode, like ours), written without Journal.
bool writeForeignDatabase(const QString &path, int applicationId)
{
    const QString name = u("tst_journal-foreign");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && execute(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)) &&
             execute(db, u("PRAGMA journal_mode = WAL")) &&
             execute(db, u("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")) &&
             execute(db, u("INSERT INTO moz_places (url) VALUES ('https://example.com/')")) &&
             execute(db, u("PRAGMA user_version = 3"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int rawApplicationId(const QString &path)
{
    const QString name = u("tst_journal-appid");
    int id = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            id = scalar(db, u("PRAGMA application_id")).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

bool setRawApplicationId(const QString &path, int id)
{
    const QString name = u("tst_journal-set-appid");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && execute(db, QStringLiteral("PRAGMA application_id = %1").arg(id));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool chmodPath(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
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
        QCOMPARE(journal->schemaVersion(), Journal::migrations().last().version);
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

    // Issue 19 part 2: an existing file becomes a journal only if it is one of ours. Anything else is refused
    // before it is touched: its bytes, mode and owner stay, and no side file appears beside it.
    void existingFileThatIsNotOurJournalIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("a text file (like /etc/passwd) keeps its bytes and mode 0644")
            << u("text") << u("not an SQLite database");
        QTest::newRow("an empty file is refused rather than turned into a journal")
            << u("empty") << u("empty");
        QTest::newRow("a file shorter than an SQLite header is refused")
            << u("short") << u("not an SQLite database");
        QTest::newRow("another program's SQLite database (no application id) is refused")
            << u("foreign") << u("not a journal of CRM Exchange Sync");
        QTest::newRow("an SQLite database with another program's application id is refused")
            << u("foreign-appid") << u("another program");
        QTest::newRow("a symbolic link to a journal is refused, the journal's mode kept")
            << u("symlink") << u("symbolic link");
        QTest::newRow("a FIFO is refused at once (never opened, so nothing blocks)")
            << u("fifo") << u("not a regular file");
    }

    void existingFileThatIsNotOurJournalIsRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fragment);
        QString watched = m_path; // the file whose state must not change
        if (kind == u("text")) {
            QVERIFY(writeBytes(m_path, "root:x:0:0:root:/root:/bin/bash\n"));
        } else if (kind == u("empty")) {
            QVERIFY(writeBytes(m_path, QByteArray()));
        } else if (kind == u("short")) {
            QVERIFY(writeBytes(m_path, QByteArray("SQLite format 3\0", 16)));
        } else if (kind == u("foreign")) {
            QVERIFY(writeForeignDatabase(m_path, 0));
        } else if (kind == u("foreign-appid")) {
            QVERIFY(writeForeignDatabase(m_path, 0x12345678));
        } else if (kind == u("symlink")) {
            watched = m_dir->filePath(u("real.sqlite"));
            {
                OPEN_JOURNAL(journal, watched);
            }
            QVERIFY(QFile::link(watched, m_path));
        } else if (kind == u("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(m_path).constData(), 0644), 0);
        }
        if (kind != u("fifo"))
            QVERIFY(chmodPath(watched, 0644));
        const FileState before = stateOf(watched);

        const auto opened = Journal::open(m_path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Storage);
        QVERIFY2(opened.error().message.contains(m_path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(fragment), qPrintable(opened.error().message));
        const FileState after = stateOf(watched);
        QVERIFY2(after == before, qPrintable(describeState(before) + u(" → ") + describeState(after)));

        // The read-only check the settings use says the same and changes nothing either.
        const Status checked = Journal::check(m_path);
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().message.contains(fragment), qPrintable(checked.error().message));
        QVERIFY(stateOf(watched) == before);
    }

    // SQLite opens <journal>-wal, -shm and -journal by name: one that is a symbolic link would have SQLite
    // write through it, and a -wal without its journal would be replayed into a new one.
    void sideFilesThatAreNotOursAreRefused_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("journalExists");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("a -wal that is a symbolic link to another file is refused, the file untouched")
            << u("-wal") << true << u("symbolic link");
        QTest::newRow("a -shm that is a symbolic link is refused") << u("-shm") << true << u("symbolic link");
        QTest::newRow("a -journal that is a symbolic link is refused")
            << u("-journal") << true << u("symbolic link");
        QTest::newRow("a -wal symbolic link beside a journal not created yet is refused")
            << u("-wal") << false << u("symbolic link");
    }

    void sideFilesThatAreNotOursAreRefused()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, journalExists);
        QFETCH(QString, fragment);
        if (journalExists) {
            OPEN_JOURNAL(journal, m_path);
        }
        const QString victim = m_dir->filePath(u("victim.txt"));
        QVERIFY(writeBytes(victim, "the admin's notes\n"));
        QVERIFY(chmodPath(victim, 0644));
        QVERIFY(QFile::link(victim, m_path + suffix));
        const FileState before = stateOf(victim);
        const QByteArray journalBytes = readBytes(m_path);

        const auto opened = Journal::open(m_path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(m_path + suffix), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(fragment), qPrintable(opened.error().message));
        QVERIFY2(stateOf(victim) == before, qPrintable(describeState(stateOf(victim))));
        QCOMPARE(QFileInfo::exists(m_path), journalExists);
        QCOMPARE(readBytes(m_path), journalBytes);
    }

    void staleWalWithoutItsJournalIsRefused()
    {
        {
            OPEN_JOURNAL(journal, m_path);
            QVERIFY(
                execute(journal->database(), u("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES "
                                               "('crm', 'old', '2024-05-01T10:00:00Z')")));
            QVERIFY(QFile::copy(m_path + u("-wal"), m_dir->filePath(u("saved-wal"))));
        }
        QVERIFY(QFile::remove(m_path));
        QVERIFY(QFile::rename(m_dir->filePath(u("saved-wal")), m_path + u("-wal")));
        const auto opened = Journal::open(m_path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(m_path + u("-wal")), qPrintable(opened.error().message));
        QVERIFY(!QFileInfo::exists(m_path));
    }

    void newJournalIsCreatedOwnerOnlyWhateverTheUmask()
    {
        const mode_t previous = ::umask(0);
        auto opened = Journal::open(m_path);
        ::umask(previous);
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            struct stat st {};
            const QByteArray name = QFile::encodeName(m_path + u(suffix));
            if (::stat(name.constData(), &st) != 0)
                continue;
            QCOMPARE(QString::number(st.st_mode & 0777, 8), u("600"));
        }
        QCOMPARE(rawApplicationId(m_path), Journal::kApplicationId);
    }

    // A journal written before the application id was set is recognised by its tables and gets the id.
    void journalWithoutApplicationIdIsRecognisedByItsTables()
    {
        {
            OPEN_JOURNAL(journal, m_path);
        }
        QVERIFY(setRawApplicationId(m_path, 0));
        QCOMPARE(rawApplicationId(m_path), 0);
        QVERIFY(Journal::check(m_path).ok());
        {
            OPEN_JOURNAL(journal, m_path);
            QCOMPARE(journal->schemaVersion(), Journal::migrations().last().version);
        }
        QCOMPARE(rawApplicationId(m_path), Journal::kApplicationId);
    }

    // Run as root (as CI is), a journal of ours that belongs to the service account is opened but its mode is
    // not changed: only the owner's own run tightens it.
    void journalOwnedByAnotherUserKeepsItsMode()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root (CI runs as root)");
        {
            OPEN_JOURNAL(journal, m_path);
        }
        QVERIFY(chmodPath(m_path, 0644));
        QCOMPARE(::chown(QFile::encodeName(m_path).constData(), 65534, 65534), 0);
        {
            OPEN_JOURNAL(journal, m_path);
        }
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(m_path).constData(), &st), 0);
        QCOMPARE(QString::number(st.st_mode & 0777, 8), u("644"));
        QCOMPARE(st.st_uid, uid_t(65534));
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
