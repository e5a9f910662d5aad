#pragma once

// `cxsync repair` and the panel's Repair… (issue 18): applies what a consistency check decided for each
// finding (ConsistencyAnalysis), with the engine's own writer (SyncWriter) and its write-ahead outbox, so a
// repair write is made, logged and recovered after a crash like a sync write: twins are linked as the engine
// links a meeting's copies, dead links dropped, drift written with the conflict policy, and only our own
// duplicates deleted (within the mass-delete safety share). Nothing that would notify attendees is written.
// Findings are re-checked against the server just before each delete; a changed item is left alone.
#include "Clock.h"
#include "ConsistencyTypes.h"
#include "sync/CalendarMapping.h"

#include <QObject>

#include <memory>

namespace cxsync {
class Connections;
class Journal;
} // namespace cxsync

namespace cxsync::consistency {

struct RepairOptions {
    bool dryRun = false;
    sync::MappingOptions mapping;
    sync::ConflictPolicy policy = sync::ConflictPolicy::LastModifiedWins;
    bool exchangeToCrm = true;
    bool diagnosticMode = false;
};

struct RepairReport {
    bool dryRun = false;
    int planned = 0; // findings with a repair
    int done = 0;
    int failed = 0;
    int skipped = 0;      // changed since the check, or left for the admin
    QStringList lines;    // one per repair: what was (or would be) done
    QStringList failures; // one per failed repair
    bool cancelled = false;
    QString error; // the repair could not run (the journal)
    qint64 durationMs = 0;

    bool ok() const { return error.isEmpty() && failed == 0 && !cancelled; }
};

class ConsistencyRepairer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsistencyRepairer)
public:
    ConsistencyRepairer(Connections &connections, Journal &journal, Clock &clock, RepairOptions options,
                        QObject *parent = nullptr);
    ~ConsistencyRepairer() override;

    // `directory`: every linked user (the check's), for attendees and the members' CRM users.
    void start(const CheckReport &report, const QList<sync::SyncUser> &directory);
    // The repair under way finishes; nothing new starts.
    void cancel();
    bool isRunning() const { return m_running; }

    static QString describe(const RepairReport &report);

Q_SIGNALS:
    void progress(const QString &message, int done, int total);
    void finished(const cxsync::consistency::RepairReport &report);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    bool m_running = false;
};

} // namespace cxsync::consistency

Q_DECLARE_METATYPE(cxsync::consistency::RepairReport)
