#pragma once

#include "Clock.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cxsync {

class Settings;
class Journal;
class TransactionLogModel;

namespace queue {
class TransactionLog;
}

// The Log page: the transaction log, newest first, loaded as the table scrolls, filtered by user, direction,
// result and period, exported to CSV or JSON (by the file name). Object names: logUser, logDirection,
// logResult, logPeriod, logTable, logSummary, logRefresh, logExport.
class LogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)
public:
    using ChooseFile = std::function<QString()>;

    explicit LogPage(Settings &settings, QWidget *parent = nullptr);
    ~LogPage() override;

    void setExportFileChooser(ChooseFile choose) { m_chooseFile = std::move(choose); }
    TransactionLogModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void exportMatching();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool openJournal();
    void applyFilter();

    Settings &m_settings;
    SystemClock m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<queue::TransactionLog> m_log;
    TransactionLogModel *m_model = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_direction = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_period = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    ChooseFile m_chooseFile;
};

} // namespace cxsync
