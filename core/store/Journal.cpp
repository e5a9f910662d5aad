#include "Journal.h"

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

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

// The database file is created (or tightened) to 0600 before SQLite opens it; SQLite gives its -wal and
// -shm files the database file's mode.
Status prepareFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(ErrorKind::Storage, Journal::tr("the journal path '%1' is not a file.").arg(path));
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return makeError(
            ErrorKind::Storage,
            Journal::tr("cannot create the folder '%1' for the journal.").arg(dir.absolutePath()));
    QFile file(path);
    if (!info.exists()) {
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return makeError(ErrorKind::Storage,
                             Journal::tr("cannot create the journal '%1': %2").arg(path, file.errorString()));
        file.close();
    }
#ifndef Q_OS_WIN
    if (!file.setPermissions(kOwnerOnly))
        return makeError(ErrorKind::Storage,
                         Journal::tr("cannot restrict the journal '%1' to its owner.").arg(path));
#endif
    return {};
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return makeError(ErrorKind::Storage, query.lastError().text());
    return {};
}

} // namespace

Result<std::unique_ptr<Journal>> Journal::open(const QString &path)
{
    return open(path, migrations());
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, const QList<JournalMigration> &steps)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return makeError(ErrorKind::Unavailable,
                         tr("the Qt SQLite driver is missing (Debian package libqt6sql6-sqlite)."));
    if (Status s = prepareFile(path); !s.ok())
        return s.error();

    const QString name = nextConnectionName();
    std::unique_ptr<Journal> journal(new Journal(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(journal->m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return makeError(ErrorKind::Storage,
                         tr("cannot open the journal '%1': %2").arg(path, db.lastError().text()));

    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorKind::Storage,
                tr("the journal '%1' cannot use write-ahead logging (is it on a network share?).").arg(path));
    }
    if (Status s = exec(db, QStringLiteral("PRAGMA foreign_keys=ON")); !s.ok())
        return makeError(ErrorKind::Storage,
                         tr("cannot configure the journal '%1': %2").arg(path, s.error().message));
    if (Status s = exec(db, QStringLiteral("PRAGMA synchronous=NORMAL")); !s.ok())
        return makeError(ErrorKind::Storage,
                         tr("cannot configure the journal '%1': %2").arg(path, s.error().message));

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
