#pragma once

#include "users/UserSyncTypes.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cxsync {

// The plan of a user sync, shown before anything is written: a summary, every item with its action, CRM
// user, mailbox, rule and reason (unchanged ones on request), and whether to create the missing CRM users.
// Apply accepts, Cancel rejects; the caller applies. Object names: previewSummary, previewTable,
// previewShowUnchanged, previewCreateUsers, previewApply, previewCancel.
class UsersPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPreviewDialog)
public:
    enum Column { ActionColumn, CrmUserColumn, MailboxColumn, RuleColumn, ReasonColumn, ColumnCount };

    explicit UsersPreviewDialog(const users::UserSyncPlan &plan, QWidget *parent = nullptr);
    ~UsersPreviewDialog() override;

    const users::UserSyncPlan &plan() const { return m_plan; }
    // The admin's answer to "Create N CRM users as resources" (false when there is nothing to create).
    bool createUsers() const;
    // Rows currently listed (unchanged ones are hidden unless asked for).
    int visibleRows() const;

private:
    void fill();
    void updateRows();

    users::UserSyncPlan m_plan;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showUnchanged = nullptr;
    QCheckBox *m_createUsers = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace cxsync
