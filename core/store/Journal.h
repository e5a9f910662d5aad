#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace cxsync {

struct JournalMigration {
    int version;             // 1, 2, 3, ... in order
    const char *description; // for logs and errors
    QStringList statements;  // run in one transaction
};

// The journal: one SQLite database (user links, item links, sync cursors, outbox, failed messages,
// transaction log). Opened in WAL mode, schema brought up to date by numbered migrations, each in its own
// transaction (a failed migration leaves the previous version intact).
// Files: an existing file is opened only if it is a journal of ours (JournalFile::inspect: nothing is changed
// before that is known); a new one is created exclusively with mode 0600 and stamped with kApplicationId
// before anything else; an existing journal of ours with group or other permissions is tightened to
// owner-only (and logged) only when the running user owns it: run as root on the service account's journal,
// it is left as it is. SQLite gives the -wal and -shm files the journal's mode and owner.
class Journal final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::Journal)
public:
    // PRAGMA application_id of our journals: "CXSY".
    static constexpr int kApplicationId = 0x43585359;

    // Whether `path` could be opened as a journal (nothing there yet, or a journal of ours), changing
    // nothing.
    static Status check(const QString &path);
    static const QList<JournalMigration> &migrations();
    static Result<std::unique_ptr<Journal>> open(const QString &path);
    // The migration list is a parameter so that tests can check a failing step rolls back.
    static Result<std::unique_ptr<Journal>> open(const QString &path,
                                                 const QList<JournalMigration> &migrations);

    ~Journal();
    Q_DISABLE_COPY_MOVE(Journal)

    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase database() const;

private:
    Journal(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace cxsync
