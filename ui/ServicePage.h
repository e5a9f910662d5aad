#pragma once

#include "service/ServiceState.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace cxsync {

class Settings;

// The Service tab: is `cxsync serve` running (its heartbeat in the journal: fresh within two poll intervals,
// or stale = not running), where its listener listens, its last run, and the change subscriptions with their
// expiry and health (healthy / expiring / failed, SubscriptionAssessment). Read-only; refreshed every
// refreshIntervalMs while the tab is shown, on Refresh, and after Install Scripts.
//
// Object names: serviceState (property "liveness": neverStarted | running | stopped | notResponding),
// serviceListenUrl, serviceLastRun, serviceSubscriptions (column Health carries HealthRole), serviceSummary,
// serviceRefresh.
class ServicePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicePage)
public:
    enum Column { MailboxColumn, ExpiresColumn, RenewalColumn, HealthColumn, DetailsColumn, ColumnCount };
    static constexpr int HealthRole = Qt::UserRole + 1; // healthy | expiring | failed

    explicit ServicePage(const Settings &settings, QWidget *parent = nullptr);
    ~ServicePage() override;

    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    ServiceLiveness liveness() const { return m_liveness; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showHeartbeat(const std::optional<ServiceHeartbeat> &heartbeat, const QDateTime &now);

    const Settings &m_settings;
    ServiceLiveness m_liveness = ServiceLiveness::NeverStarted;
    QTimer m_timer;
    QLabel *m_state = nullptr;
    QLabel *m_listenUrl = nullptr;
    QLabel *m_lastRun = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace cxsync
