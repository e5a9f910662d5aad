#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace cxsync {

// What is on disk at a journal's path. A file there is only ever treated as a journal if it is one of ours,
// and that is decided without changing anything: no mode change, no write, no side file created. Used by
// Journal::open() and by the settings checks of store/journalPath (config set / import / validate, Save).
//
// Ours means: a regular file (not a symbolic link, folder, FIFO or device) that starts with SQLite's header
// ("SQLite format 3\0") and carries our application id (PRAGMA application_id, set when the journal is
// created), or, for a journal created before the id was set, has the tables of migration 1. Its side files
// (-wal, -shm, -journal, which SQLite opens by name) must be regular files with the journal's owner, and may
// not exist without it (a stray -wal would be replayed into a new journal). An empty file is refused: we
// never leave one behind (the id is written as soon as a journal is created), so it is somebody else's.
class JournalFile final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::JournalFile)
public:
    struct Inspection {
        bool exists = false;
        bool ownedByUs = false;        // the file's owner is the effective user
        bool hasApplicationId = false; // false: recognised by its tables (created before the id was set)
    };

    static const QStringList &sideSuffixes(); // "-wal", "-shm", "-journal"

    static Result<Inspection> inspect(const QString &path);
    // A new, empty journal file: created exclusively (never an existing file, never through a symbolic link)
    // with mode 0600 whatever the umask. Its folder is created (0700) if it does not exist.
    static Status create(const QString &path);
    // For a journal of ours that the effective user owns: removes group and other permissions from it and its
    // side files. Gives one line per file that was changed, for the log.
    static QStringList tighten(const QString &path);
};

} // namespace cxsync
