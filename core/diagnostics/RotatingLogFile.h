#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QMutex>
#include <QString>

#include <functional>

namespace cxsync {

// A size-capped log file that rotates: when a line would take the file past `maxBytes`, NAME becomes NAME.1,
// NAME.1 becomes NAME.2 and so on, the oldest (NAME.<keep>) is deleted, and writing goes on in a new NAME. At
// most (keep + 1) files of about maxBytes each. Thread-safe (Qt's message handler may be called from any
// thread). Used by the Windows service for everything it logs (the data folder's logs/cxsync.log); nothing in
// it is Windows-specific.
class RotatingLogFile final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::RotatingLogFile)
public:
    // maxBytes >= 1024, keep >= 1 (checked: Invalid otherwise). The folder is created if missing.
    static Result<std::unique_ptr<RotatingLogFile>> open(const QString &path, qint64 maxBytes, int keep);

    QString path() const { return m_path; }
    // Appends `line` and a line break; a single line longer than maxBytes is written alone into a fresh file.
    Status append(const QString &line);

private:
    RotatingLogFile(QString path, qint64 maxBytes, int keep);
    Status openCurrent();
    Status rotate();

    QMutex m_mutex;
    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
};

// A write-only device that hands complete lines (without the break) to `sink`; what follows the last break
// waits for the next write or close(). For giving `cxsync serve`'s output streams a log file instead of a
// console.
class LineSinkDevice final : public QIODevice {
    Q_OBJECT
public:
    explicit LineSinkDevice(std::function<void(const QString &line)> sink, QObject *parent = nullptr);
    ~LineSinkDevice() override;
    void close() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::function<void(const QString &)> m_sink;
    QByteArray m_pending;
};

} // namespace cxsync
