#pragma once

#include "JournalPage.h"

#include <memory>

class QComboBox;
class QLineEdit;

namespace cxsync {

class TransactionLogModel;

namespace queue {
class TransactionLog;
}

// The Log page: the transaction log, newest first, loaded as the table scrolls, filtered by user, direction,
// result and period, exported to CSV or JSON (by the file name). Object names: logUser, logDirection,
// logResult, logPeriod, logTable, logSummary, logRefresh, logExport.
class LogPage final : public JournalPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)
public:
    explicit LogPage(Profile &profile, QWidget *parent = nullptr);
    ~LogPage() override;

    TransactionLogModel *model() const { return m_model; }

public Q_SLOTS:
    void exportMatching();

private:
    void openSources(Journal &journal) override;
    void closeSources() override;
    void applyFilter() override;

    std::unique_ptr<queue::TransactionLog> m_log;
    TransactionLogModel *m_model = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_period = nullptr;
};

} // namespace cxsync
