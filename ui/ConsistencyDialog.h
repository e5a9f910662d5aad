#pragma once

#include "consistency/ConsistencyChecker.h"
#include "consistency/ConsistencyRepairer.h"

#include <QDialog>

#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cxsync {

class Settings;
class Journal;
class Connections;
class Profile;

// Check Consistency (issue 18): runs the consistency check on the saved settings when shown, with a progress
// bar and Cancel, and lists the findings (class, mailbox, subject, start, what is wrong, what repair does).
// Repair… asks first (how many repairs, that nothing invites anyone), then repairs and checks again. The work
// is core's (ConsistencyChecker, ConsistencyRepairer); this dialog only shows it, with the profile's journal
// and connections (shared; held while the dialog is open).
//
// Object names: consistency/table, consistency/progress, consistency/summary, consistency/cancel,
// consistency/checkAgain, consistency/repair, consistency/confirm (the question).
class ConsistencyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsistencyDialog)
public:
    // Asked before a repair: answer(true) repairs. The default is a question box.
    using Confirm = std::function<void(const QString &question, std::function<void(bool)> answer)>;

    explicit ConsistencyDialog(Profile &profile, QWidget *parent = nullptr);
    ~ConsistencyDialog() override;

    // The Check Consistency button the panel places (on the Log tab): opens this dialog, which checks at
    // once.
    static QPushButton *makeButton(Profile &profile, QWidget *parent);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    const consistency::CheckReport &lastCheck() const { return m_check; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void startCheck();
    void repair();
    void cancel();

Q_SIGNALS:
    void checkFinished(const cxsync::consistency::CheckReport &report);
    void repairFinished(const cxsync::consistency::RepairReport &report);

private:
    void checked(const consistency::CheckReport &report);
    void repaired(const consistency::RepairReport &report);
    void setBusy(bool busy, const QString &what);
    void showFindings();

    Profile &m_profile;
    const Settings &m_settings;                 // the profile's
    std::shared_ptr<Connections> m_connections; // the profile's, for the check and the repair
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<consistency::ConsistencyChecker> m_checker;
    std::unique_ptr<consistency::ConsistencyRepairer> m_repairer;
    consistency::CheckReport m_check;
    QList<sync::SyncUser> m_directory;
    QString m_repairSummary;
    Confirm m_confirm;
    bool m_busy = false;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QPushButton *m_repair = nullptr;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace cxsync
