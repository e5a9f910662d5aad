#pragma once

#include "service/ServiceControl.h"
#include "service/ServiceState.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cxsync {

class Profile;
class Settings;

// The Service tab: is `cxsync serve` running (its heartbeat in the journal: fresh within two poll intervals,
// or stale = not running), where its listener listens, its last run, and the change subscriptions with their
// expiry and health (healthy / expiring / failed, SubscriptionAssessment). Read-only; refreshed every
// refreshIntervalMs while the tab is shown, on Refresh, and after Install Scripts.
//
// The service manager's side (issue 17): the installed service's state as systemd / the SCM sees it, Start,
// Stop (confirmed) and Restart through ServiceControl, with progress and Cancel, the outcome in words the admin
// can act on (not installed, no right: the command that works), and the service's last log lines.
//
// Object names: serviceState (property "liveness": neverStarted | running | stopped | notResponding),
// serviceListenUrl, serviceLastRun, serviceSubscriptions (column Health carries HealthRole), serviceSummary,
// serviceRefresh; serviceManagerState, serviceStart, serviceStop, serviceRestart, serviceCancelControl,
// serviceControlResult (property "error": none | notInstalled | noRight | noServiceManager | cancelled |
// failed), serviceLogLines.
class ServicePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePage)
public:
    enum Column { MailboxColumn, ExpiresColumn, RenewalColumn, HealthColumn, DetailsColumn, ColumnCount };
    static constexpr int HealthRole = Qt::UserRole + 1; // healthy | expiring | failed

    explicit ServicePage(Profile &profile, QWidget *parent = nullptr);
    ~ServicePage() override;

    // Seam for the confirmation dialog (Stop), so tests can answer it.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    ServiceControl &control() { return m_control; }

    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    ServiceLiveness liveness() const { return m_liveness; }

public Q_SLOTS:
    void refresh();
    void startService();
    void stopService();
    void restartService();
    // The service manager's state and the last log lines (each asks systemd / the SCM; not on the timer).
    void refreshServiceManager();

Q_SIGNALS:
    void refreshed();
    void controlFinished(const cxsync::ServiceControlOutcome &outcome);
    void serviceManagerRefreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void control(ServiceAction action);
    void setControlBusy(bool busy, const QString &text = {});
    void loadLogLines();
    void showHeartbeat(const std::optional<ServiceHeartbeat> &heartbeat, const QDateTime &now);

    Profile &m_profile;
    const Settings &m_settings; // the profile's
    ServiceLiveness m_liveness = ServiceLiveness::NeverStarted;
    QTimer m_timer;
    QLabel *m_state = nullptr;
    QLabel *m_listenUrl = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;

    ServiceControl m_control;
    Confirm m_confirm;
    QLabel *m_managerState = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_cancelControl = nullptr;
    QLabel *m_controlResult = nullptr;
    QPlainTextEdit *m_logLines = nullptr;
};

} // namespace cxsync
