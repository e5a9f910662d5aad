#include "RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

namespace cxsync {

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path)), m_maxBytes(maxBytes), m_keep(keep)
{
}

Result<std::unique_ptr<RotatingLogFile>> RotatingLogFile::open(const QString &path, qint64 maxBytes, int keep)
{
    if (path.isEmpty())
        return makeError(ErrorKind::Invalid, tr("the log file needs a path."));
    if (maxBytes < 1024)
        return makeError(ErrorKind::Invalid,
                         tr("a log file of at most %1 bytes is too small (1024 or more).").arg(maxBytes));
    if (keep < 1)
        return makeError(ErrorKind::Invalid,
                         tr("at least one old log file must be kept (asked: %1).").arg(keep));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return makeError(ErrorKind::Storage,
                         tr("cannot create the log folder '%1'.").arg(QFileInfo(absolute).absolutePath()));
    std::unique_ptr<RotatingLogFile> log(new RotatingLogFile(absolute, maxBytes, keep));
    if (Status s = log->openCurrent(); !s.ok())
        return s.error();
    return log;
}

Status RotatingLogFile::openCurrent()
{
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return makeError(ErrorKind::Storage,
                         tr("cannot write the log file '%1': %2").arg(m_path, m_file.errorString()));
    return {};
}

Status RotatingLogFile::rotate()
{
    m_file.close();
    const auto numbered = [this](int n) { return m_path + QLatin1Char('.') + QString::number(n); };
    QFile::remove(numbered(m_keep));
    for (int n = m_keep - 1; n >= 1; --n) {
        if (QFile::exists(numbered(n)))
            QFile::rename(numbered(n), numbered(n + 1));
    }
    QFile::rename(m_path, numbered(1));
    return openCurrent();
}

Status RotatingLogFile::append(const QString &line)
{
    QByteArray bytes = line.toUtf8();
    bytes.append('\n');
    QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen()) {
        if (Status s = openCurrent(); !s.ok())
            return s;
    }
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        if (Status s = rotate(); !s.ok())
            return s;
    }
    if (m_file.write(bytes) != bytes.size() || !m_file.flush())
        return makeError(ErrorKind::Storage,
                         tr("cannot write the log file '%1': %2").arg(m_path, m_file.errorString()));
    return {};
}

LineSinkDevice::LineSinkDevice(std::function<void(const QString &)> sink, QObject *parent)
    : QIODevice(parent), m_sink(std::move(sink))
{
    QIODevice::open(QIODevice::WriteOnly);
}

LineSinkDevice::~LineSinkDevice()
{
    LineSinkDevice::close();
}

void LineSinkDevice::close()
{
    if (!m_pending.isEmpty()) {
        m_sink(QString::fromUtf8(m_pending));
        m_pending.clear();
    }
    QIODevice::close();
}

qint64 LineSinkDevice::readData(char *, qint64)
{
    return -1;
}

qint64 LineSinkDevice::writeData(const char *data, qint64 size)
{
    m_pending.append(data, size);
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        QByteArray line = m_pending.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        m_sink(QString::fromUtf8(line));
        start = end + 1;
    }
    m_pending.remove(0, start);
    return size;
}

} // namespace cxsync
