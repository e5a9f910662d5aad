#pragma once

#include "UsersPreviewDialog.h"
#include "users/UserSyncTypes.h"

#include <QPointer>
#include <QPushButton>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace cxsync {

class Connections;
class Journal;
class Profile;
class Settings;

namespace users {
class UserSync;
struct UserSyncReport;
} // namespace users

// The Users page: every CRM user the journal knows (CRM user, mailbox, the Exchange server or tenant it is
// on, rule that matched, state, last sync, errors, details) with a text filter, a state filter and sortable
// columns; Disable / Enable for the selected users; Test Mailbox Access for the selected user; and the Sync
// Users With CRM And Install Scripts action (its button lives in the window's Actions group): read, preview
// (UsersPreviewDialog), apply with progress and Cancel, then installScriptsRequested() for the window's
// Install Scripts. Everything works on the saved settings. Messages for the Status pane come out of
// statusMessage(). Each action uses the profile's journal and connections (shared; held until it ends).
//
// Object names: usersFilter, usersStateFilter, usersTable, usersSummary, usersRefresh, usersDisable,
// usersEnable, usersTestMailbox, usersProgress, usersCancel, action/syncUsers (the action button).
class UsersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)
public:
    enum Column {
        CrmUserColumn,
        MailboxColumn,
        ExchangeServerColumn, // the link's server identity, with the configured server's name
        RuleColumn,
        StateColumn,
        LastSyncColumn,
        ErrorColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;    // column 0: the CRM user id
    static constexpr int SortRole = Qt::UserRole + 2;  // what a column sorts by
    static constexpr int StateRole = Qt::UserRole + 3; // column 0: the journal's state name

    explicit UsersPage(Profile &profile, QWidget *parent = nullptr);
    ~UsersPage() override;

    QPushButton *syncButton() const { return m_syncButton; }
    bool isBusy() const { return m_busy; }
    QString selectedUserId() const;
    // The preview dialog while it is open (null otherwise).
    UsersPreviewDialog *preview() const { return m_preview; }

public Q_SLOTS:
    void refresh();
    void syncUsers();
    void cancel();
    void disableSelected();
    void enableSelected();
    void testSelectedMailbox();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void previewShown(); // preview() is open
    void syncFinished(bool ok);
    // Sync Users With CRM has applied: the second half, Install Scripts, is due.
    void installScriptsRequested();
    void operationFinished(bool ok); // disable, enable, test mailbox access

private:
    using Opened = std::function<void()>;
    void open(const QString &what, Opened next);
    void setBusy(bool busy, const QString &progressFormat = {});
    void showPreview(const users::UserSyncPlan &plan);
    void apply(const users::UserSyncPlan &plan, bool createUsers);
    void reportSync(const users::UserSyncReport &report);
    void endSync(bool ok);
    void endOperation(bool ok);
    void updateButtons();
    void disableNext();
    // "graph:<tenant> (emea)": the identity the CRM and the journal keep, and which configured server it is.
    QString serverText(const QString &identity, const QHash<QString, QString> &configured) const;

    Profile &m_profile;
    const Settings &m_settings;                 // the profile's
    std::shared_ptr<Connections> m_connections; // the profile's, for the action under way
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<users::UserSync> m_sync;
    QPointer<UsersPreviewDialog> m_preview;
    bool m_busy = false;
    QStringList m_pending; // users still to disable
    bool m_pendingOk = true;

    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_enable = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPointer<QPushButton> m_syncButton; // lives in the window's Actions group once placed there
};

} // namespace cxsync
