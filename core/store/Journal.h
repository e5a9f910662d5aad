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
// transaction log). Opened in WAL mode, file mode 0600, schema brought up to date by numbered migrations,
// each in its own transaction (a failed migration leaves the previous version intact).
class Journal final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::Journal)
public:
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
