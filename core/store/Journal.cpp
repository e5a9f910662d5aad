#include "store/Journal.h"

#include "store/JournalFile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcJournal, "cxsync.store.journal", QtWarningMsg)

namespace cxsync {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("cxsync-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return makeError(ErrorKind::Storage, query.lastError().text());
    return {};
}

// The application id first: on a new file it is written in rollback mode, straight into the main file's
// header, so the file is recognisable as ours from its first write on. Then WAL and the connection's pragmas.
Status configure(QSqlDatabase &db, const QString &path)
{
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return makeError(ErrorKind::Storage,
                             Journal::tr("'%1' is not a readable SQLite journal.").arg(path));
        if (q.value(0).toInt() == Journal::kApplicationId)
            q.finish();
        else if (Status s = exec(db, QStringLiteral("PRAGMA application_id=%1").arg(Journal::kApplicationId));
                 !s.ok())
            return makeError(
                ErrorKind::Storage,
                Journal::tr("cannot write to the journal '%1': %2").arg(path, s.error().message));
    }
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorKind::Storage,
                Journal::tr("the journal '%1' cannot use write-ahead logging (is it on a network share?).")
                    .arg(path));
    }
    if (Status s = exec(db, QStringLiteral("PRAGMA foreign_keys=ON")); !s.ok())
        return makeError(ErrorKind::Storage,
                         Journal::tr("cannot configure the journal '%1': %2").arg(path, s.error().message));
    if (Status s = exec(db, QStringLiteral("PRAGMA synchronous=NORMAL")); !s.ok())
        return makeError(ErrorKind::Storage,
                         Journal::tr("cannot configure the journal '%1': %2").arg(path, s.error().message));
    return {};
}

} // namespace

Status Journal::check(const QString &path)
{
    const auto inspected = JournalFile::inspect(path);
    if (!inspected.ok())
        return inspected.error();
    return {};
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    return open(path, migrations());
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, const QList<JournalMigration> &steps)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(ErrorKind::Unavailable,
                         tr("the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite)."));
    const auto inspected = JournalFile::inspect(path);
    if (!inspected.ok())
        return inspected.error();
    const bool created = !inspected.value().exists;
    if (created) {
        if (Status s = JournalFile::create(path); !s.ok())
            return s.error();
    } else if (inspected.value().ownedByUs) {
        for (const QString &change : JournalFile::tighten(path))
            qCWarning(lcJournal).noquote() << change;
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Journal> journal(new Journal(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(journal->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    const Status configured =
        db.open() ? configure(db, path)
                  : makeError(ErrorKind::Storage,
                              tr("cannot open the journal '%1': %2").arg(path, db.lastError().text()));
    if (!configured.ok()) {
        // A journal this call created and could not set up is removed again rather than left half-made.
        if (created) {
            const QString file = journal->m_path;
            db = QSqlDatabase();
            journal.reset();
            QFile::remove(file);
            for (const QString &suffix : JournalFile::sideSuffixes())
                QFile::remove(file + suffix);
        }
        return configured.error();
    }

    const int current = journal->schemaVersion();
    if (current < 0)
        return makeError(ErrorKind::Storage, tr("'%1' is not a readable SQLite journal.").arg(path));
    const int latest = steps.isEmpty() ? 0 : steps.last().version;
    if (current > latest)
        return makeError(ErrorKind::Storage,
                         tr("the journal '%1' has schema version %2, newer than this program's %3; "
                            "use the newer program or restore a backup.")
                             .arg(path)
                             .arg(current)
                             .arg(latest));
    for (const JournalMigration &step : steps) {
        if (step.version <= current)
            continue;
        if (!db.transaction())
            return makeError(ErrorKind::Storage, tr("cannot start migration %1 of '%2': %3")
                                                     .arg(step.version)
                                                     .arg(path, db.lastError().text()));
        Status failed;
        for (const QString &sql : step.statements) {
            failed = exec(db, sql);
            if (!failed.ok())
                break;
        }
        if (failed.ok())
            failed = exec(db, QStringLiteral("PRAGMA user_version=%1").arg(step.version));
        if (!failed.ok()) {
            db.rollback();
            return makeError(ErrorKind::Storage,
                             tr("journal migration %1 (%2) failed and was rolled back: %3")
                                 .arg(step.version)
                                 .arg(QString::fromUtf8(step.description), failed.error().message));
        }
        if (!db.commit())
            return makeError(ErrorKind::Storage, tr("cannot commit migration %1 of '%2': %3")
                                                     .arg(step.version)
                                                     .arg(path, db.lastError().text()));
        qCInfo(lcJournal) << "journal migrated to version" << step.version << step.description;
    }
    return journal;
}

Journal::Journal(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Journal::schemaVersion() const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

} // namespace cxsync
