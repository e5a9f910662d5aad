#pragma once

#include "Result.h"
#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace cxsync::queue {

class FailedMessageQueue;

// Failed messages to files: XML in the spirit of the legacy Event Data file (one <FailedMessage> per row,
// with its error, the change snapshot and its attempt history), JSON (the same content), and CSV (one line
// per row, the snapshot as JSON text). Rows are streamed page by page, newest failure first; files are
// written atomically (complete or absent) and owner-only (OwnerOnlyFile: mode 0600, never over a FIFO).
class QueueExport final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::queue::QueueExport)
public:
    enum class Format { Xml, Json, Csv };

    static Result<Format> formatForPath(const QString &path); // .xml, .json or .csv
    static Result<qint64> exportTo(FailedMessageQueue &queue, const QString &path,
                                   const MessageFilter &filter, const QDateTime &nowUtc);
    static Result<qint64> write(FailedMessageQueue &queue, QIODevice *device, Format format,
                                const MessageFilter &filter, const QDateTime &nowUtc);

    static QJsonObject toJson(const FailedMessage &message); // history included when present
    static QStringList csvColumns();
    static QStringList csvFields(const FailedMessage &message);
};

} // namespace cxsync::queue
