#pragma once

#include "sync/CalendarSync.h"

#include <QObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

#include <memory>

namespace cxsync {

class Journal;
class Connections;
class Profile;
namespace sync {
class SyncRetries;
}

// The Actions group's Sync now button: what `cxsync sync --once` does, on the saved settings — the failed
// messages that are due are retried first, then one calendar sync run over every linked mailbox. While it runs
// the button reads Cancel (the run stops after the write under way; the next run continues) and a progress bar
// follows the run (the mailbox being read, the write under way); the Status pane gets the retry line and a
// summary of the run (what was written on each side, conflicts, failures with their reasons, safety stops).
//
// A run that would delete more than the Mass-Delete Safety Share of a mailbox asks first (a question box by
// default; setDecider() replaces it, e.g. in tests).
//
// The run uses the profile's journal and connections (opened once, shared) and holds them until its objects
// are gone, also when the panel saves new settings meanwhile (the next run gets new ones).
//
// Object names: action/syncNow (the button), action/syncProgress.
class SyncNowAction final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncNowAction)
public:
    SyncNowAction(Profile &profile, QWidget *dialogParent, QObject *parent = nullptr);
    ~SyncNowAction() override;

    QPushButton *button() const { return m_button; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const { return m_running; }
    void setDecider(sync::CalendarSync::Decider decider) { m_decider = std::move(decider); }

public Q_SLOTS:
    void trigger(); // starts, or cancels the run under way
    void start();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void started();
    void finished(const cxsync::sync::SyncReport &report);

private:
    void retryThenSync();
    void runSync();
    void done(const sync::SyncReport &report);
    void askBeforeDeleting(const sync::SafetyStop &stop, std::function<void(bool)> answer);

    Profile &m_profile;
    QPointer<QWidget> m_dialogParent;
    QPointer<QPushButton> m_button;
    QPointer<QProgressBar> m_progress;
    sync::CalendarSync::Decider m_decider;
    bool m_running = false;
    bool m_cancelled = false;
    std::shared_ptr<Connections> m_connections; // the profile's, for the run under way
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<sync::SyncRetries> m_retries;
    std::unique_ptr<sync::CalendarSync> m_sync;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace cxsync
