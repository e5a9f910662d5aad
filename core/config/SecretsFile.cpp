#include "config/SecretsFile.h"

#include "config/SettingsSchema.h"
#include "store/OwnerOnlyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstring>

#ifndef Q_OS_WIN
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cxsync {

namespace {

QString sizeText(qint64 bytes)
{
    return bytes == SecretsFile::kMaxFileBytes ? QStringLiteral("1 MiB") : QString::number(bytes);
}

Error tooLarge(const QString &path)
{
    return makeError(ErrorKind::Invalid,
                     SecretsFile::tr("secrets file '%1' is larger than %2; a secrets file holds a few short "
                                     "name=value lines.")
                         .arg(path, sizeText(SecretsFile::kMaxFileBytes)),
                     QStringLiteral("--secrets-file"));
}

} // namespace

#ifndef Q_OS_WIN
std::optional<QByteArray> SecretsFile::readAtMost(int fd, qint64 maxBytes, int *error)
{
    QByteArray data(maxBytes, Qt::Uninitialized);
    qint64 total = 0;
    while (total < data.size()) {
        const ssize_t got = ::read(fd, data.data() + total, size_t(data.size() - total));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = errno;
            return std::nullopt;
        }
        if (got == 0)
            break;
        total += got;
    }
    data.truncate(total);
    return data;
}
#endif

Result<SecretsFile::Values> SecretsFile::load(const QString &path, ServerValues *servers,
                                              const QStringList *knownServers)
{
    const QString field = QStringLiteral("--secrets-file");
#ifndef Q_OS_WIN
    // O_NONBLOCK: opening a FIFO would otherwise wait for a writer. Symbolic links are followed (a mounted
    // Kubernetes secret is one); every check below is on the file that was opened.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return makeError(ErrorKind::NotFound, tr("secrets file '%1' does not exist.").arg(path), field);
        return makeError(
            ErrorKind::Storage,
            tr("cannot read secrets file '%1': %2").arg(path, QString::fromLocal8Bit(std::strerror(error))),
            field);
    }
    struct stat st {};
    std::optional<Error> refused;
    if (::fstat(fd, &st) != 0)
        refused = makeError(ErrorKind::Storage, tr("cannot read secrets file '%1'.").arg(path), field);
    else if (!S_ISREG(st.st_mode))
        refused =
            makeError(ErrorKind::Invalid,
                      tr("secrets file '%1' is not a regular file (a FIFO, device, socket or folder); give "
                         "a file of name=value lines, mode 0600.")
                          .arg(path),
                      field);
    else if (st.st_uid != ::geteuid() && st.st_uid != 0)
        refused =
            makeError(ErrorKind::Permission,
                      tr("secrets file '%1' is owned by user %2; it must be owned by the user running cxsync "
                         "(%3) or by root: run chown.")
                          .arg(path)
                          .arg(st.st_uid)
                          .arg(::geteuid()),
                      field);
    else if ((st.st_mode & 077) != 0)
        refused = makeError(ErrorKind::Permission,
                            tr("secrets file '%1' may be read by other users; run: chmod 600 '%1'").arg(path),
                            field);
    else if (st.st_size > kMaxFileBytes)
        refused = tooLarge(path);
    QByteArray data;
    if (!refused) {
        // At most one byte more than allowed, in case the file grew since fstat().
        int error = 0;
        std::optional<QByteArray> read = readAtMost(fd, kMaxFileBytes + 1, &error);
        if (!read)
            refused = makeError(ErrorKind::Storage,
                                tr("cannot read secrets file '%1': %2")
                                    .arg(path, QString::fromLocal8Bit(std::strerror(error))),
                                field);
        else if (read->size() > kMaxFileBytes)
            refused = tooLarge(path);
        else
            data = std::move(*read);
    }
    ::close(fd);
    if (refused)
        return *refused;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound, tr("secrets file '%1' does not exist.").arg(path), field);
    if (!info.isFile())
        return makeError(
            ErrorKind::Invalid,
            tr("secrets file '%1' is not a regular file (a FIFO, device, socket or folder); give a "
               "file of name=value lines, mode 0600.")
                .arg(path),
            field);
    if (info.size() > kMaxFileBytes)
        return tooLarge(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Storage,
                         tr("cannot read secrets file '%1': %2").arg(path, file.errorString()), field);
    const QByteArray data = file.read(kMaxFileBytes + 1);
    if (data.size() > kMaxFileBytes)
        return tooLarge(path);
#endif
    return parse(data, path, servers, knownServers);
}

Result<SecretsFile::Values> SecretsFile::parse(const QByteArray &data, const QString &origin,
                                               ServerValues *servers, const QStringList *knownServers)
{
    if (data.size() > kMaxFileBytes)
        return makeError(ErrorKind::Invalid,
                         tr("%1 is larger than %2; secrets are a few short name=value lines.")
                             .arg(origin, sizeText(kMaxFileBytes)));
    Values values;
    QHash<QString, int> seen; // "crm-password" or "graph-client-secret@emea" → the line it is on
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
            continue;
        const int eq = line.indexOf('=');
        if (eq <= 0)
            return makeError(ErrorKind::Invalid,
                             tr("%1 line %2: expected name=value.").arg(origin).arg(i + 1));
        QString name = QString::fromUtf8(line.left(eq)).trimmed();
        QString server;
        if (const qsizetype at = name.indexOf(QLatin1Char('@')); at >= 0) {
            server = name.mid(at + 1);
            name.truncate(at);
            if (!servers)
                return makeError(ErrorKind::Invalid,
                                 tr("%1 line %2: secrets of additional Exchange servers ('%3@%4') are not "
                                    "accepted here.")
                                     .arg(origin)
                                     .arg(i + 1)
                                     .arg(name, server),
                                 name);
            if (const auto problem = SettingsSchema::checkServerName(server))
                return makeError(ErrorKind::Invalid, tr("%1 line %2: %3").arg(origin).arg(i + 1).arg(*problem),
                                 name);
        }
        const auto secret = secretFromName(name);
        if (!secret)
            return makeError(ErrorKind::Invalid,
                             tr("%1 line %2: unknown secret '%3'.").arg(origin).arg(i + 1).arg(name), name);
        const QString canonical =
            server.isEmpty() ? secretName(*secret) : secretName(*secret) + QLatin1Char('@') + server;
        if (const auto first = seen.constFind(canonical); first != seen.cend())
            return makeError(ErrorKind::Invalid,
                             tr("%1 line %2: %3 is already given on line %4; give each secret once.")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(canonical)
                                 .arg(first.value()),
                             secretName(*secret));
        seen.insert(canonical, i + 1);
        if (!server.isEmpty() && knownServers && !knownServers->contains(server))
            return makeError(
                ErrorKind::Invalid,
                tr("%1 line %2: there is no additional Exchange server '%3' in this profile; remove "
                   "the line or add the server (exchangeServers/%3/...).")
                    .arg(origin)
                    .arg(i + 1)
                    .arg(server),
                secretName(*secret));
        // The value is taken as written after '=' (a password may begin or end with spaces).
        const QByteArray raw = line.mid(eq + 1);
        if (raw.size() > kMaxValueBytes)
            return makeError(ErrorKind::Invalid,
                             tr("%1 line %2: the value of %3 is longer than %4 bytes.")
                                 .arg(origin)
                                 .arg(i + 1)
                                 .arg(canonical)
                                 .arg(kMaxValueBytes),
                             secretName(*secret));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString value = utf8.decode(raw);
        if (utf8.hasError())
            return makeError(
                ErrorKind::Invalid,
                tr("%1 line %2: the value of %3 is not valid UTF-8.").arg(origin).arg(i + 1).arg(canonical),
                secretName(*secret));
        if (value.isEmpty())
            continue; // "crm-password=" gives nothing: the secret is looked up elsewhere, or reported missing
        if (server.isEmpty())
            values.insert(*secret, value);
        else
            (*servers)[server].insert(*secret, value);
    }
    return values;
}

Status SecretsFile::save(const QString &path, const Values &values)
{
    // Restricted to 0600 before any byte is written; never over a FIFO or device.
    QSaveFile file(path);
    if (Status s = OwnerOnlyFile::open(file); !s.ok())
        return s;
    QByteArray out = "# CRM Exchange Sync secrets (keep this file mode 0600)\n";
    for (Secret s : allSecrets()) {
        if (values.contains(s))
            out += secretName(s).toUtf8() + '=' + values.value(s).toUtf8() + '\n';
    }
    file.write(out);
    if (!file.commit())
        return makeError(ErrorKind::Storage,
                         tr("cannot write secrets file '%1': %2").arg(path, file.errorString()));
    return {};
}

SecretsFile::Values SecretsFile::fromEnvironment(const QProcessEnvironment &env)
{
    Values values;
    for (Secret s : allSecrets()) {
        const QString value = env.value(secretEnvironmentVariable(s));
        if (!value.isEmpty())
            values.insert(s, value);
    }
    return values;
}

std::optional<QString> SecretsFile::checkValue(const QString &value)
{
    if (value.toUtf8().size() > kMaxValueBytes)
        return tr("the value is longer than %1 bytes.").arg(kMaxValueBytes);
    return std::nullopt;
}

} // namespace cxsync
