#pragma once

#include "health/HealthReport.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QThread;

namespace cxsync {

class Profile;

// The Dashboard tab (issue 18): the red / amber / green summary with its reasons, charts of writes per hour
// by direction (and conflicts), failures by error kind and propagation latency p50 / p99, over the last 24
// hours or 7 days, and each mailbox's health in a sortable, filterable table. Everything comes from the
// journal (core/health's HealthReader), read on a worker thread with its own journal connection (the profile's
// journalOpenerForThread()) so the panel
// never waits; refreshed every refreshInterval while the tab is shown, on Refresh and on a period change.
//
// Object names: dashboardLevel (property "level": green | amber | red), dashboardReasons, dashboardTotals,
// dashboardPeriod (data 24h | 7d), dashboardWritesChart, dashboardFailuresChart, dashboardLatencyChart,
// dashboardFilter, dashboardTable (source model columns below; LevelColumn's SortRole is the severity),
// dashboardStatus, dashboardRefresh.
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    enum Column {
        LevelColumn,
        MailboxColumn,
        UserColumn,
        ServerColumn,
        LinkColumn,
        LastSyncColumn,
        SubscriptionColumn,
        FailedColumn,
        CanaryColumn,
        LastErrorColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;  // what a column sorts by
    static constexpr int LevelRole = Qt::UserRole + 2; // green | amber | red, on LevelColumn

    explicit DashboardPage(Profile &profile, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    int refreshInterval() const { return m_timer.interval(); }
    bool refreshing() const { return m_timer.isActive(); }
    // A read is under way on the worker thread.
    bool loading() const;
    // The report shown (empty before the first load or after a failed one).
    const std::optional<health::HealthReport> &report() const { return m_report; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    // Reads the journal again in the background; a refresh asked for while one runs follows it.
    void refresh();

Q_SIGNALS:
    // A refresh ended (shown, or the reason it failed is in dashboardStatus).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showResult(const Result<health::HealthReport> &result, qint64 elapsedMs);
    void showSummary(const health::HealthReport &report);
    void showCharts(const health::HealthReport &report);
    void showTable(const health::HealthReport &report);

    Profile &m_profile;
    QTimer m_timer;
    QPointer<QThread> m_worker;
    bool m_again = false;
    std::optional<health::HealthReport> m_report;
    QLabel *m_level = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_period = nullptr;
    QChartView *m_writes = nullptr;
    QChartView *m_failures = nullptr;
    QChartView *m_latency = nullptr;
    QLineEdit *m_filter = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace cxsync
