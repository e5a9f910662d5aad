#include "config/SystemdCredentials.h"

#include "config/SettingsSchema.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <optional>

#ifndef Q_OS_WIN
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cxsync {

namespace {

const QString kVariable = QStringLiteral("CREDENTIALS_DIRECTORY");

Error problem(ErrorKind kind, const QString &message,
              const QString &field = QStringLiteral("CREDENTIALS_DIRECTORY"))
{
    return makeError(kind, message, field);
}

#ifndef Q_OS_WIN
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// The names in the folder, sorted so that problems are reported in a stable order; at most `limit` + 1.
Result<QStringList> entryNames(int dirFd, const QString &directory, int limit)
{
    // fdopendir takes over its own descriptor; the caller keeps dirFd for openat().
    const int listFd = ::dup(dirFd);
    DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
    if (!dir) {
        const int error = errno;
        if (listFd >= 0)
            ::close(listFd);
        return problem(ErrorKind::Storage,
                       SystemdCredentials::tr("cannot list the systemd credentials in '%1': %2")
                           .arg(directory, systemError(error)));
    }
    QStringList names;
    while (const dirent *entry = ::readdir(dir)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        names.append(name);
        if (names.size() > limit)
            break;
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

// One credential's bytes, after the checks on the file itself.
Result<QByteArray> readCredential(int dirFd, const QString &directory, const QString &name)
{
    const QString path = directory + QLatin1Char('/') + name;
    // O_NOFOLLOW: systemd writes plain files; O_NONBLOCK: a FIFO is refused below, not waited on.
    const int fd = ::openat(dirFd, QFile::encodeName(name).constData(),
                            O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP)
            return problem(
                ErrorKind::Invalid,
                SystemdCredentials::tr("systemd credential '%1' is a symbolic link; systemd writes "
                                       "credentials as plain files.")
                    .arg(path),
                name);
        return problem(
            ErrorKind::Storage,
            SystemdCredentials::tr("cannot read systemd credential '%1': %2").arg(path, systemError(error)),
            name);
    }
    struct stat st {};
    std::optional<Error> refused;
    QByteArray data;
    if (::fstat(fd, &st) != 0) {
        refused = problem(
            ErrorKind::Storage,
            SystemdCredentials::tr("cannot read systemd credential '%1': %2").arg(path, systemError(errno)),
            name);
    } else if (!S_ISREG(st.st_mode)) {
        refused =
            problem(ErrorKind::Invalid,
                    SystemdCredentials::tr("systemd credential '%1' is not a regular file (a folder, FIFO, "
                                           "device or socket).")
                        .arg(path),
                    name);
    } else if (st.st_uid != ::geteuid() && st.st_uid != 0) {
        refused =
            problem(ErrorKind::Permission,
                    SystemdCredentials::tr("systemd credential '%1' is owned by user %2; it must be owned by "
                                           "the user running cxsync (%3) or by root.")
                        .arg(path)
                        .arg(st.st_uid)
                        .arg(::geteuid()),
                    name);
    } else if ((st.st_mode & 077) != 0) {
        refused =
            problem(ErrorKind::Permission,
                    SystemdCredentials::tr("systemd credential '%1' may be read by other users (mode %2); "
                                           "systemd makes credentials 0400.")
                        .arg(path)
                        .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0')),
                    name);
    } else {
        // A value, a line break and one byte more show a credential too long, without reading it all.
        const qint64 limit = SecretsFile::kMaxValueBytes + 2;
        int error = 0;
        if (std::optional<QByteArray> read = SecretsFile::readAtMost(fd, limit + 1, &error))
            data = std::move(*read);
        else
            refused = problem(ErrorKind::Storage,
                              SystemdCredentials::tr("cannot read systemd credential '%1': %2")
                                  .arg(path, systemError(error)),
                              name);
    }
    ::close(fd);
    if (refused)
        return *refused;
    return data;
}
#endif

} // namespace

QString SystemdCredentials::directory(const QProcessEnvironment &env)
{
    return env.value(kVariable);
}

Result<SecretsFile::Values> SystemdCredentials::load(const QString &directory,
                                                     SecretsFile::ServerValues *servers,
                                                     const QStringList *knownServers)
{
#ifdef Q_OS_WIN
    Q_UNUSED(servers)
    Q_UNUSED(knownServers)
    return problem(ErrorKind::Unavailable,
                   tr("systemd credentials ('%1') are not available on Windows.").arg(directory));
#else
    const int dirFd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return problem(ErrorKind::NotFound,
                           tr("the systemd credentials folder '%1' ($CREDENTIALS_DIRECTORY) does not exist.")
                               .arg(directory));
        if (error == ENOTDIR)
            return problem(ErrorKind::Invalid,
                           tr("$CREDENTIALS_DIRECTORY '%1' is not a folder.").arg(directory));
        return problem(
            ErrorKind::Storage,
            tr("cannot open the systemd credentials folder '%1': %2").arg(directory, systemError(error)));
    }
    struct DirCloser {
        int fd;
        ~DirCloser() { ::close(fd); }
    } closer{dirFd};

    const auto names = entryNames(dirFd, directory, kMaxEntries);
    if (!names.ok())
        return names.error();
    if (names.value().size() > kMaxEntries)
        return problem(ErrorKind::Invalid,
                       tr("the systemd credentials folder '%1' holds more than %2 files; cxsync "
                          "reads only its own secrets from it.")
                           .arg(directory)
                           .arg(kMaxEntries));

    SecretsFile::Values values;
    QHash<QString, QString> seen; // canonical "crm-password" or "graph-client-secret@emea" -> credential name
    for (const QString &name : names.value()) {
        QString secretPart = name;
        QString server;
        if (const qsizetype at = name.indexOf(QLatin1Char('@')); at >= 0) {
            secretPart = name.left(at);
            server = name.mid(at + 1);
            if (!servers)
                return problem(ErrorKind::Invalid,
                               tr("systemd credential '%1': secrets of additional Exchange servers are not "
                                  "accepted here.")
                                   .arg(name),
                               name);
            if (const auto bad = SettingsSchema::checkServerName(server))
                return problem(ErrorKind::Invalid, tr("systemd credential '%1': %2").arg(name, *bad), name);
            if (knownServers && !knownServers->contains(server))
                return problem(
                    ErrorKind::Invalid,
                    tr("systemd credential '%1': there is no additional Exchange server '%2' in this "
                       "profile; remove the LoadCredential line or add the server.")
                        .arg(name, server),
                    name);
        }
        const auto secret = secretFromName(secretPart);
        if (!secret) {
            QStringList known;
            for (Secret s : allSecrets())
                known.append(secretName(s));
            return problem(
                ErrorKind::Invalid,
                tr("systemd credential '%1' is not a secret cxsync knows; name each credential after its "
                   "secret: %2.")
                    .arg(name, known.join(QStringLiteral(", "))),
                name);
        }
        const QString canonical =
            server.isEmpty() ? secretName(*secret) : secretName(*secret) + QLatin1Char('@') + server;
        if (const auto first = seen.constFind(canonical); first != seen.cend())
            return problem(ErrorKind::Invalid,
                           tr("systemd credentials '%1' and '%2' are both %3; give each secret once.")
                               .arg(first.value(), name, canonical),
                           name);
        seen.insert(canonical, name);

        auto read = readCredential(dirFd, directory, name);
        if (!read.ok())
            return read.error();
        QByteArray raw = std::move(read).value();
        if (raw.endsWith('\n'))
            raw.chop(raw.endsWith("\r\n") ? 2 : 1);
        if (raw.size() > SecretsFile::kMaxValueBytes)
            return problem(ErrorKind::Invalid,
                           tr("systemd credential '%1' is longer than %2 bytes.")
                               .arg(name)
                               .arg(SecretsFile::kMaxValueBytes),
                           name);
        if (raw.contains('\0') || raw.contains('\n') || raw.contains('\r'))
            return problem(
                ErrorKind::Invalid,
                tr("systemd credential '%1' holds a NUL byte or a line break inside the value; it must "
                   "hold the secret alone.")
                    .arg(name),
                name);
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString value = utf8.decode(raw);
        if (utf8.hasError())
            return problem(ErrorKind::Invalid, tr("systemd credential '%1' is not valid UTF-8.").arg(name),
                           name);
        if (value.isEmpty())
            continue; // as an empty line in a secrets file: not given, looked up elsewhere
        if (server.isEmpty())
            values.insert(*secret, value);
        else
            (*servers)[server].insert(*secret, value);
    }
    return values;
#endif
}

} // namespace cxsync
