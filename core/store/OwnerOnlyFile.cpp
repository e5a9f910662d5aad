#include "store/OwnerOnlyFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifndef Q_OS_WIN
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cxsync {

namespace {

constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

Error notRegular(const QString &path)
{
    return makeError(
        ErrorKind::Invalid,
        cxsync::OwnerOnlyFile::tr("cannot write '%1': it is not a regular file (a FIFO, device, socket or "
                                  "folder); it was left as it is. Give the name of a file.")
            .arg(path));
}

} // namespace

Status OwnerOnlyFile::checkTarget(const QString &path)
{
#ifndef Q_OS_WIN
    const QByteArray name = QFile::encodeName(path);
    struct stat st {};
    if (::stat(name.constData(), &st) == 0)
        return S_ISREG(st.st_mode) ? Status{} : Status{notRegular(path)};
    const int error = errno;
    if (error == ENOENT) {
        if (::lstat(name.constData(), &st) == 0) // a symbolic link to nothing
            return makeError(ErrorKind::Invalid,
                             tr("cannot write '%1': it is a symbolic link to '%2', which does not exist.")
                                 .arg(path, QFile::symLinkTarget(path)));
        return {};
    }
    return makeError(ErrorKind::Storage,
                     tr("cannot write '%1': %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return notRegular(path);
    return {};
#endif
}

Status OwnerOnlyFile::open(QSaveFile &file)
{
    const QString path = file.fileName();
    if (Status s = checkTarget(path); !s.ok())
        return s;
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Storage, tr("cannot write '%1': %2").arg(path, file.errorString()));
    // QSaveFile gives its temporary file the mode of the file it replaces, or 0666 less the umask.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        return makeError(ErrorKind::Storage, tr("cannot restrict '%1' to its owner.").arg(path));
    }
    return {};
}

Status OwnerOnlyFile::createEmpty(const QString &path)
{
#ifndef Q_OS_WIN
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return makeError(ErrorKind::Storage,
                         tr("cannot write '%1': %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!ok)
        return makeError(ErrorKind::Storage, tr("cannot restrict '%1' to its owner.").arg(path));
    return {};
#else
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorKind::Storage, tr("cannot write '%1': %2").arg(path, file.errorString()));
    return {};
#endif
}

} // namespace cxsync
