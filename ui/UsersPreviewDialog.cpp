#include "UsersPreviewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cxsync {

using namespace users;

UsersPreviewDialog::UsersPreviewDialog(const UserSyncPlan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("usersPreviewDialog"));
    setWindowTitle(tr("Sync Users With CRM: preview"));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Action"), tr("CRM user"), tr("Mailbox"), tr("Rule"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_showUnchanged =
        new QCheckBox(tr("Show the %n unchanged user(s)", nullptr, plan.count(PlanAction::Unchanged)));
    m_showUnchanged->setObjectName(QStringLiteral("previewShowUnchanged"));
    connect(m_showUnchanged, &QCheckBox::toggled, this, &UsersPreviewDialog::updateRows);
    layout->addWidget(m_showUnchanged);

    const int creations = plan.count(PlanAction::Create);
    m_createUsers = new QCheckBox(
        tr("Create %n missing CRM user(s) as resources (they use no licence)", nullptr, creations));
    m_createUsers->setObjectName(QStringLiteral("previewCreateUsers"));
    m_createUsers->setChecked(creations > 0);
    m_createUsers->setVisible(creations > 0);
    layout->addWidget(m_createUsers);

    auto *buttons = new QDialogButtonBox;
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("previewApply"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("previewCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fill();
    resize(960, 560);
}

UsersPreviewDialog::~UsersPreviewDialog() = default;

bool UsersPreviewDialog::createUsers() const
{
    return m_plan.count(PlanAction::Create) > 0 && m_createUsers->isChecked();
}

int UsersPreviewDialog::visibleRows() const
{
    int n = 0;
    for (int row = 0; row < m_table->rowCount(); ++row)
        n += m_table->isRowHidden(row) ? 0 : 1;
    return n;
}

void UsersPreviewDialog::fill()
{
    const UserSyncPlan &p = m_plan;
    m_summary->setText(tr("%1 mailboxes and %2 CRM users. To link: %3 (stored id %4, e-mail %5, alias %6, "
                          "name %7). To create "
                          "as resources: %8. To unlink: %9. To exclude: %10. Unchanged: %11. Conflicts: %12. "
                          "Not linked: %13. "
                          "Nothing is written until you press Apply.")
                           .arg(p.exchangeUsers)
                           .arg(p.crmUsers)
                           .arg(p.count(PlanAction::Link))
                           .arg(p.count(PlanAction::Link, MatchRule::StoredId))
                           .arg(p.count(PlanAction::Link, MatchRule::PrimarySmtp))
                           .arg(p.count(PlanAction::Link, MatchRule::Alias))
                           .arg(p.count(PlanAction::Link, MatchRule::Name))
                           .arg(p.count(PlanAction::Create))
                           .arg(p.count(PlanAction::Unlink))
                           .arg(p.count(PlanAction::Exclude))
                           .arg(p.count(PlanAction::Unchanged))
                           .arg(p.count(PlanAction::Conflict))
                           .arg(p.count(PlanAction::Skip)));
    // Changes first, then what needs attention, then the rest.
    const QList<PlanAction> order{PlanAction::Link,     PlanAction::Create,   PlanAction::Unlink,
                                  PlanAction::Exclude,  PlanAction::Conflict, PlanAction::Skip,
                                  PlanAction::Unchanged};
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(p.items.size()));
    int row = 0;
    for (PlanAction action : order) {
        for (const UserPlanItem &item : p.items) {
            if (item.action != action)
                continue;
            QString crm = item.crmLabel();
            if (item.action == PlanAction::Create)
                crm = tr("%1 (new resource)").arg(item.newUser.logon);
            QString reason = item.reason;
            if (!item.related.isEmpty() && item.action == PlanAction::Conflict)
                reason += tr(" [with %1]").arg(item.related.join(QStringLiteral(", ")));
            const QStringList cells{actionLabel(item.action), crm, item.mailboxLabel(), ruleLabel(item.rule),
                                    reason};
            for (int column = 0; column < ColumnCount; ++column) {
                auto *cell = new QTableWidgetItem(cells.at(column));
                if (column == ActionColumn)
                    cell->setData(Qt::UserRole, actionName(item.action));
                if (column == ReasonColumn)
                    cell->setToolTip(reason);
                m_table->setItem(row, column, cell);
            }
            ++row;
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // keep this order until asked
    m_table->setSortingEnabled(true);
    updateRows();
}

void UsersPreviewDialog::updateRows()
{
    const bool showUnchanged = m_showUnchanged->isChecked();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool unchanged = m_table->item(row, ActionColumn)->data(Qt::UserRole).toString() ==
                               actionName(PlanAction::Unchanged);
        m_table->setRowHidden(row, unchanged && !showUnchanged);
    }
}

} // namespace cxsync
