#pragma once

#include "Clock.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cxsync {

class Settings;
class SecretStore;
class Journal;
class FailedMessagesModel;

namespace queue {
class FailedMessageQueue;
}
namespace notify {
class ErrorMailer;
class ErrorNotifier;
} // namespace notify

// The Failed Messages page: the journal's failed-message queue in a lazily loaded table (fetchMore, keyset
// pages), filters (direction, user, error kind, state, period), a details pane (the error, the change
// snapshot, every attempt), and Retry Now, Retry All Matching, Discard (confirmed), Export (XML like the
// legacy Event Data file, JSON or CSV by the file name) and Send Test Mail. Works on the saved settings'
// journal.
//
// Object names: failedDirection, failedUser, failedKind, failedState, failedPeriod, failedTable,
// failedDetails, failedSummary, failedRefresh, failedRetry, failedRetryAll, failedDiscard, failedExport,
// failedTestMail.
class FailedMessagesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedMessagesPage)
public:
    // Seams for the dialogs, so tests (and scripted use) can answer them.
    using Confirm = std::function<bool(const QString &question)>;
    using ChooseFile = std::function<QString()>;

    FailedMessagesPage(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~FailedMessagesPage() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setExportFileChooser(ChooseFile choose) { m_chooseFile = std::move(choose); }
    FailedMessagesModel *model() const { return m_model; }

public Q_SLOTS:
    void refresh();
    void retrySelected();
    void retryAllMatching();
    void discardSelected();
    void exportMatching();
    void sendTestMail();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void testMailFinished(bool ok);

private:
    bool openJournal();
    void applyFilter();
    void showDetails();
    qint64 selectedId() const;

    Settings &m_settings;
    SecretStore &m_secrets;
    SystemClock m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<queue::FailedMessageQueue> m_queue;
    std::unique_ptr<notify::ErrorMailer> m_mailer;
    std::unique_ptr<notify::ErrorNotifier> m_notifier;
    FailedMessagesModel *m_model = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_period = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_testMail = nullptr;
    Confirm m_confirm;
    ChooseFile m_chooseFile;
};

} // namespace cxsync
