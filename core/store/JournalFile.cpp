#include "store/JournalFile.h"

#include "store/Journal.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

#include <cstring>

#ifndef Q_OS_WIN
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cxsync {

namespace {

constexpr int kHeaderSize = 100;         // SQLite's database header
constexpr int kApplicationIdOffset = 68; // big-endian, PRAGMA application_id
constexpr char kMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

// The tables migration 1 creates: how a journal created before the application id was set is recognised.
const QStringList &firstTables()
{
    static const QStringList tables{QStringLiteral("user_links"), QStringLiteral("item_links"),
                                    QStringLiteral("sync_cursors"), QStringLiteral("outbox"),
                                    QStringLiteral("failed_messages")};
    return tables;
}

// Read with immutable=1: SQLite then takes no lock and creates no -wal or -shm file beside a database that is
// not ours. (A journal's tables are in the main file once it has been closed cleanly.)
Result<bool> hasJournalTables(const QString &path)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("cxsync-journal-check-%1").arg(counter.fetchAndAddRelaxed(1));
    QStringList tables;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
                error = q.lastError().text();
            while (q.next())
                tables.append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return makeError(ErrorKind::Storage, error);
    for (const QString &table : firstTables()) {
        if (!tables.contains(table))
            return false;
    }
    return true;
}

// The 100-byte header says whether it is SQLite and whose.
Result<JournalFile::Inspection> judgeHeader(const QString &path, const QByteArray &header, qint64 size)
{
    if (size == 0)
        return makeError(
            ErrorKind::Storage,
            JournalFile::tr("the journal '%1' is an empty file, not a journal of CRM Exchange Sync; it "
                            "was left as it is. Delete it if it is a leftover, or give another path.")
                .arg(path));
    if (header.size() < kHeaderSize || std::memcmp(header.constData(), kMagic, sizeof kMagic) != 0)
        return makeError(
            ErrorKind::Storage,
            JournalFile::tr("the journal '%1' is not an SQLite database, so not a journal of CRM "
                            "Exchange Sync; it was left as it is. Give the path of the journal, or of "
                            "a file that does not exist yet.")
                .arg(path));
    const quint32 id = qFromBigEndian<quint32>(header.constData() + kApplicationIdOffset);
    JournalFile::Inspection inspection;
    inspection.exists = true;
    if (id == quint32(Journal::kApplicationId)) {
        inspection.hasApplicationId = true;
        return inspection;
    }
    if (id != 0)
        return makeError(
            ErrorKind::Storage,
            JournalFile::tr("'%1' is an SQLite database of another program (application id 0x%2), not "
                            "a journal of CRM Exchange Sync; it was left as it is.")
                .arg(path, QString::number(id, 16)));
    const auto tables = hasJournalTables(path);
    if (!tables.ok())
        return makeError(
            ErrorKind::Storage,
            JournalFile::tr("cannot read the journal '%1': %2").arg(path, tables.error().message));
    if (!tables.value())
        return makeError(
            ErrorKind::Storage,
            JournalFile::tr("'%1' is an SQLite database, but not a journal of CRM Exchange Sync (the "
                            "journal's tables are missing); it was left as it is.")
                .arg(path));
    return inspection;
}

QString symbolicLinkMessage(const QString &path)
{
    return JournalFile::tr(
               "'%1' is a symbolic link (to '%2'); the journal and its side files must be the files "
               "themselves. Give the real path, or remove the link.")
        .arg(path, QFile::symLinkTarget(path));
}

#ifndef Q_OS_WIN

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// An existing side file must be a plain file of the journal's owner; none may exist without a journal.
Status checkSideFiles(const QString &path, const struct stat *journal)
{
    for (const QString &suffix : JournalFile::sideSuffixes()) {
        const QString side = path + suffix;
        struct stat st {};
        if (::lstat(QFile::encodeName(side).constData(), &st) != 0) {
            if (errno == ENOENT)
                continue;
            return makeError(ErrorKind::Storage,
                             JournalFile::tr("cannot examine '%1': %2").arg(side, errnoText(errno)));
        }
        if (S_ISLNK(st.st_mode))
            return makeError(ErrorKind::Storage, symbolicLinkMessage(side));
        if (!journal)
            return makeError(
                ErrorKind::Storage,
                JournalFile::tr("'%1' is left over from a journal that is no longer there; move it "
                                "away (or restore the journal '%2'), so that it is not replayed into a "
                                "new journal.")
                    .arg(side, path));
        if (!S_ISREG(st.st_mode))
            return makeError(
                ErrorKind::Storage,
                JournalFile::tr("'%1' is not a regular file (a FIFO, device, socket or folder); it was "
                                "left as it is.")
                    .arg(side));
        if (st.st_uid != journal->st_uid)
            return makeError(
                ErrorKind::Storage,
                JournalFile::tr("'%1' belongs to user %2, but the journal '%3' to user %4; it was left "
                                "as it is.")
                    .arg(side)
                    .arg(st.st_uid)
                    .arg(path)
                    .arg(journal->st_uid));
    }
    return {};
}

#endif

} // namespace

const QStringList &JournalFile::sideSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

#ifndef Q_OS_WIN

Result<JournalFile::Inspection> JournalFile::inspect(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(name.constData(), &st) != 0) {
        if (errno != ENOENT)
            return makeError(ErrorKind::Storage,
                             tr("cannot examine the journal '%1': %2").arg(path, errnoText(errno)));
        if (Status s = checkSideFiles(path, nullptr); !s.ok())
            return s.error();
        return Inspection{};
    }
    if (S_ISLNK(st.st_mode))
        return makeError(ErrorKind::Storage, symbolicLinkMessage(path));
    if (S_ISDIR(st.st_mode))
        return makeError(
            ErrorKind::Storage,
            tr("the journal '%1' is a folder, not a file: give a file name, such as %1/journal.sqlite.")
                .arg(path));
    if (!S_ISREG(st.st_mode))
        return makeError(
            ErrorKind::Storage,
            tr("the journal '%1' is not a regular file (a FIFO, device or socket); it was left as it is.")
                .arg(path));

    // The header is read through a descriptor that cannot have followed a link put there since lstat() and
    // that never waits (O_NONBLOCK), and only if it is still the file lstat() saw.
    const int fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorKind::Storage,
                         tr("cannot read the journal '%1': %2").arg(path, errnoText(errno)));
    struct stat opened {};
    const bool same = ::fstat(fd, &opened) == 0 && S_ISREG(opened.st_mode) && opened.st_dev == st.st_dev &&
                      opened.st_ino == st.st_ino;
    QByteArray header(kHeaderSize, '\0');
    const ssize_t got = same ? ::pread(fd, header.data(), kHeaderSize, 0) : 0;
    const int readError = errno;
    ::close(fd);
    if (!same)
        return makeError(ErrorKind::Storage,
                         tr("the journal '%1' changed while it was being examined; try again.").arg(path));
    if (got < 0)
        return makeError(ErrorKind::Storage,
                         tr("cannot read the journal '%1': %2").arg(path, errnoText(readError)));
    header.truncate(int(got));
    auto inspection = judgeHeader(path, header, qint64(opened.st_size));
    if (!inspection.ok())
        return inspection;
    if (Status s = checkSideFiles(path, &opened); !s.ok())
        return s.error();
    inspection.value().ownedByUs = opened.st_uid == ::geteuid();
    return inspection;
}

Status JournalFile::create(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkpath(folder))
            return makeError(ErrorKind::Storage,
                             tr("cannot create the folder '%1' for the journal.").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return makeError(ErrorKind::Storage,
                         tr("cannot create the journal '%1': %2").arg(path, errnoText(errno)));
    // The umask may have taken the owner's own bits; nobody else's are ever given.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorKind::Storage, tr("cannot restrict the journal '%1' to its owner.").arg(path));
    return {};
}

QStringList JournalFile::tighten(const QString &path)
{
    QStringList changed;
    QStringList files{path};
    for (const QString &suffix : sideSuffixes())
        files.append(path + suffix);
    for (const QString &file : std::as_const(files)) {
        const int fd =
            ::open(QFile::encodeName(file).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() &&
            (st.st_mode & 077) != 0) {
            const mode_t tight = st.st_mode & 0700;
            if (::fchmod(fd, tight) == 0)
                changed.append(
                    tr("%1: mode %2 changed to %3 (only its owner may read the journal)")
                        .arg(file, QString::number(st.st_mode & 07777, 8), QString::number(tight, 8)));
        }
        ::close(fd);
    }
    return changed;
}

#else // Windows: no modes or owners to check; the folder's ACL protects the journal.

Result<JournalFile::Inspection> JournalFile::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isShortcut())
        return makeError(ErrorKind::Storage, symbolicLinkMessage(path));
    if (!info.exists()) {
        for (const QString &suffix : sideSuffixes()) {
            if (QFileInfo::exists(path + suffix))
                return makeError(
                    ErrorKind::Storage,
                    tr("'%1' is left over from a journal that is no longer there; move it away (or "
                       "restore the journal '%2'), so that it is not replayed into a new journal.")
                        .arg(path + suffix, path));
        }
        return Inspection{};
    }
    if (info.isDir())
        return makeError(
            ErrorKind::Storage,
            tr("the journal '%1' is a folder, not a file: give a file name, such as %1/journal.sqlite.")
                .arg(path));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage,
                         tr("cannot read the journal '%1': %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderSize);
    file.close();
    auto inspection = judgeHeader(path, header, info.size());
    if (inspection.ok())
        inspection.value().ownedByUs = true;
    return inspection;
}

Status JournalFile::create(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder))
        return makeError(ErrorKind::Storage,
                         tr("cannot create the folder '%1' for the journal.").arg(folder));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Storage,
                         tr("cannot create the journal '%1': %2").arg(path, file.errorString()));
    return {};
}

QStringList JournalFile::tighten(const QString &)
{
    return {};
}

#endif

} // namespace cxsync
