#pragma once

#include "JournalPage.h"

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace cxsync {

class SecretStore;
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
class FailedMessagesPage final : public JournalPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedMessagesPage)
public:
    // Seam for the confirmation dialog, so tests (and scripted use) can answer it.
    using Confirm = std::function<bool(const QString &question)>;

    explicit FailedMessagesPage(Profile &profile, QWidget *parent = nullptr);
    ~FailedMessagesPage() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    FailedMessagesModel *model() const { return m_model; }

public Q_SLOTS:
    void retrySelected();
    void retryAllMatching();
    void discardSelected();
    void exportMatching();
    void sendTestMail();

Q_SIGNALS:
    void testMailFinished(bool ok);

private:
    void openSources(Journal &journal) override;
    void closeSources() override;
    void applyFilter() override;
    void showDetails();
    qint64 selectedId() const;

    SecretStore &m_secrets; // the profile's
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
    QPushButton *m_testMail = nullptr;
    Confirm m_confirm;
};

} // namespace cxsync
