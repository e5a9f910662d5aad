#pragma once

#include "Result.h"

#include <QCoreApplication>

class QSaveFile;

namespace cxsync {

// Files written for the administrator that hold what the journal holds (queue and log exports: subjects,
// bodies, change snapshots) or the settings (config export). They are owner-only like the journal: mode 0600
// whatever the umask and whatever the mode of a file they replace. And they are never written over something
// that is not a regular file: QSaveFile would rename its temporary file over a FIFO, a device (/dev/null)
// or a socket.
class OwnerOnlyFile final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::OwnerOnlyFile)
public:
    // A path that may be written: nothing there yet, or a regular file. A symbolic link is followed (as cp
    // does); what it points to must exist and be a regular file.
    static Status checkTarget(const QString &path);
    // checkTarget(), then opens `file` for writing with its temporary file restricted to 0600 before a byte
    // is written.
    static Status open(QSaveFile &file);
    // An empty file at `path`, which must not exist: created exclusively with mode 0600. For writers that
    // only take a path (QSettings keeps the mode of the file it rewrites).
    static Status createEmpty(const QString &path);
};

} // namespace cxsync
