#include "UsersPage.h"

#include "ProfileHolds.h"
#include "UsersPreviewDialog.h"
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsValidator.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/MailboxAccessProbe.h"
#include "users/UserExclusions.h"
#include "users/UserLinkStore.h"
#include "users/UserSync.h"

#include <QColor>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cxsync {

using namespace users;

namespace {

// Text filter over every column, plus the state filter ("" = all, a state name, or "error").
class UsersFilterModel final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setState(const QString &state)
    {
        m_state = state;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QAbstractItemModel *model = sourceModel();
        if (!m_state.isEmpty()) {
            if (m_state == QLatin1String("error")) {
                if (model->index(sourceRow, UsersPage::ErrorColumn, sourceParent).data().toString().isEmpty())
                    return false;
            } else if (model->index(sourceRow, 0, sourceParent).data(UsersPage::StateRole).toString() !=
                       m_state) {
                return false;
            }
        }
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }

private:
    QString m_state;
};

QStandardItem *cell(const QString &text, const QVariant &sortKey = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text.toCaseFolded()), UsersPage::SortRole);
    if (!text.isEmpty())
        item->setToolTip(text);
    return item;
}

} // namespace

UsersPage::UsersPage(Profile &profile, QWidget *parent)
    : QWidget(parent), m_profile(profile), m_settings(profile.settings())
{
    setObjectName(QStringLiteral("usersPage"));
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("usersFilter"));
    m_filter->setPlaceholderText(tr("Filter by logon, name, mailbox, rule, state or message"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox;
    m_stateFilter->setObjectName(QStringLiteral("usersStateFilter"));
    m_stateFilter->addItem(tr("All users"), QString());
    for (LinkState state : {LinkState::Linked, LinkState::Unlinked, LinkState::Excluded, LinkState::Conflict})
        m_stateFilter->addItem(stateLabel(state), stateName(state));
    m_stateFilter->addItem(tr("With errors"), QStringLiteral("error"));
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("usersRefresh"));
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_refresh);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("CRM user"), tr("Mailbox"), tr("Exchange Server"), tr("Rule"),
                                        tr("State"), tr("Last sync"), tr("Errors"), tr("Details")});
    auto *proxy = new UsersFilterModel(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CrmUserColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("usersSummary"));
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_disable = new QPushButton(tr("Disable"));
    m_disable->setObjectName(QStringLiteral("usersDisable"));
    m_disable->setToolTip(
        tr("Stop synchronizing the selected users: their Exchange user id is cleared in the "
           "CRM, and user sync does not link them again until they are enabled."));
    m_enable = new QPushButton(tr("Enable"));
    m_enable->setObjectName(QStringLiteral("usersEnable"));
    m_enable->setToolTip(tr("Let user sync link the selected users again."));
    m_test = new QPushButton(tr("Test Mailbox Access"));
    m_test->setObjectName(QStringLiteral("usersTestMailbox"));
    m_test->setToolTip(tr("Read the selected user's calendar as synchronization will."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("usersProgress"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("usersCancel"));
    m_cancel->hide();
    buttons->addWidget(m_disable);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_test);
    buttons->addStretch(1);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    m_syncButton = new QPushButton(tr("Sync Users With CRM And Install Scripts"), this);
    m_syncButton->setObjectName(QStringLiteral("action/syncUsers"));
    m_syncButton->setToolTip(
        tr("Link every CRM user to its mailbox (stored id, e-mail, alias, then unique first + "
           "last name) and, with Create CRM Users, create the missing ones as resources. "
           "You see the plan before anything is written."));
    m_syncButton->hide(); // shown where it is placed (the window's Actions group)

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this,
            [this, proxy] { proxy->setState(m_stateFilter->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &UsersPage::enableSelected);
    connect(m_test, &QPushButton::clicked, this, &UsersPage::testSelectedMailbox);
    connect(m_cancel, &QPushButton::clicked, this, &UsersPage::cancel);
    connect(m_syncButton, &QPushButton::clicked, this, &UsersPage::syncUsers);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);

    refresh();
}

UsersPage::~UsersPage() = default;

QString UsersPage::selectedUserId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CrmUserColumn);
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

void UsersPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CrmUserColumn);
    bool anyExcluded = false;
    bool anyOther = false;
    for (const QModelIndex &index : rows) {
        const bool excluded = index.data(StateRole).toString() == stateName(LinkState::Excluded);
        anyExcluded = anyExcluded || excluded;
        anyOther = anyOther || !excluded;
    }
    m_disable->setEnabled(!m_busy && anyOther);
    m_enable->setEnabled(!m_busy && anyExcluded);
    m_test->setEnabled(!m_busy && rows.size() == 1 &&
                       !m_proxy->index(rows.first().row(), MailboxColumn).data().toString().isEmpty());
    m_refresh->setEnabled(!m_busy);
}

void UsersPage::refresh()
{
    const QString selected = selectedUserId();
    m_model->removeRows(0, m_model->rowCount());
    if (!QFileInfo::exists(m_settings.journalPath())) { // not created just by looking
        m_summary->setText(
            tr("No users yet: Sync Users With CRM (Actions) reads both sides and shows a preview."));
        updateButtons();
        return;
    }
    auto journal = m_profile.journal();
    if (!journal.ok()) {
        m_summary->setText(tr("The journal cannot be read: %1").arg(journal.error().message));
        updateButtons();
        return;
    }
    auto rows = UserLinkStore(*journal.value()).all();
    if (!rows.ok()) {
        m_summary->setText(rows.error().message);
        updateButtons();
        return;
    }
    // Identity → the server's name in this profile (empty for the primary one).
    QHash<QString, QString> configured;
    configured.insert(SettingsValidator::serverIdentity(m_settings.serverValues()).toCaseFolded(), QString());
    const QStringList servers = m_settings.additionalServers();
    for (const QString &server : servers)
        configured.insert(SettingsValidator::serverIdentity(m_settings.serverValues(server)).toCaseFolded(),
                          server);
    QHash<LinkState, int> counts;
    int errors = 0;
    for (const UserLink &link : rows.value()) {
        counts[link.state] += 1;
        errors += link.lastError.isEmpty() ? 0 : 1;
        QStandardItem *user =
            cell(link.crmName.isEmpty() ? link.crmLogon : tr("%1 (%2)").arg(link.crmLogon, link.crmName),
                 link.crmLogon.toCaseFolded());
        user->setData(link.crmUserId, IdRole);
        user->setData(stateName(link.state), StateRole);
        QStandardItem *state = cell(stateLabel(link.state));
        if (link.state == LinkState::Conflict || !link.lastError.isEmpty())
            state->setForeground(QColor(0xb0, 0x20, 0x20));
        QStandardItem *last =
            cell(link.lastSyncUtc.isValid()
                     ? QLocale().toString(link.lastSyncUtc.toLocalTime(), QLocale::ShortFormat)
                     : QString(),
                 link.lastSyncUtc.isValid() ? QVariant(link.lastSyncUtc) : QVariant(QDateTime()));
        m_model->appendRow({user, cell(link.mailbox), cell(serverText(link.exchangeServer, configured)),
                            cell(ruleLabel(link.rule)), state, last, cell(link.lastError), cell(link.note)});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (rows.value().isEmpty())
        m_summary->setText(
            tr("No users yet: Sync Users With CRM (Actions) reads both sides and shows a preview."));
    else
        m_summary->setText(
            tr("%1 CRM users: %2 linked, %3 not linked, %4 excluded, %5 in conflict, %6 with errors.")
                .arg(rows.value().size())
                .arg(counts.value(LinkState::Linked))
                .arg(counts.value(LinkState::Unlinked))
                .arg(counts.value(LinkState::Excluded))
                .arg(counts.value(LinkState::Conflict))
                .arg(errors));
    if (!selected.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, CrmUserColumn).data(IdRole).toString() == selected) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    updateButtons();
}

QString UsersPage::serverText(const QString &identity, const QHash<QString, QString> &configured) const
{
    if (identity.isEmpty())
        return {};
    const auto it = configured.constFind(identity.toCaseFolded());
    if (it == configured.cend())
        return tr("%1 (not in this profile)").arg(identity);
    return tr("%1 (%2)").arg(identity, it.value().isEmpty() ? tr("primary") : it.value());
}

void UsersPage::setBusy(bool busy, const QString &progressFormat)
{
    m_busy = busy;
    if (m_syncButton)
        m_syncButton->setProperty("busy", busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy && !progressFormat.isEmpty());
    m_cancel->setEnabled(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the first progress report
        m_progress->setFormat(progressFormat);
    }
    updateButtons();
}

// The profile's connectors and journal for one action (built from what is saved now, or since the last Save).
void UsersPage::open(const QString &what, Opened next)
{
    m_connections.reset();
    m_journal.reset();
    QPointer<UsersPage> self(this);
    m_profile.servers([self, what, next](Result<Profile::Servers> opened) {
        if (!self)
            return;
        if (!opened.ok()) {
            Q_EMIT self->statusMessage(tr("%1: %2").arg(what, opened.error().message));
            return next();
        }
        self->m_connections = opened.value().connections;
        self->m_journal = opened.value().journal;
        next();
    });
}

// ---- Sync Users With CRM And Install Scripts

void UsersPage::syncUsers()
{
    if (m_busy) {
        Q_EMIT statusMessage(tr("Sync Users: already running; Cancel on the Users page stops it."));
        return;
    }
    setBusy(true, tr("Sync Users: reading…"));
    Q_EMIT statusMessage(
        tr("Sync Users With CRM: reading the mailboxes and the CRM users (saved settings: %1)…")
            .arg(m_settings.location()));
    open(tr("Sync Users"), [this] {
        if (!m_connections)
            return endSync(false);
        exchange::ExchangeConnector *exchange = m_connections->exchange(); // Graph or EWS, never null
        m_sync = std::make_unique<UserSync>(
            m_connections->crm(), *exchange, *m_journal, m_profile.clock(),
            UserSync::matchOptions(m_settings, m_connections->exchangeServerNames()));
        QPointer<UsersPage> self(this);
        m_sync->preparePlan([self](Result<UserSyncPlan> plan) {
            if (!self)
                return;
            if (!plan.ok()) {
                Q_EMIT self->statusMessage(tr("Sync Users: %1").arg(plan.error().message));
                return self->endSync(false);
            }
            self->showPreview(plan.value());
        });
    });
}

void UsersPage::showPreview(const UserSyncPlan &plan)
{
    m_progress->hide();
    m_cancel->hide();
    for (const QString &warning : plan.warnings)
        Q_EMIT statusMessage(tr("Sync Users: warning: %1").arg(warning));
    Q_EMIT statusMessage(
        tr("Sync Users: %1 to link, %2 to create, %3 to unlink, %4 conflicts, %5 not linked. "
           "Review the preview; nothing is written until Apply.")
            .arg(plan.count(PlanAction::Link))
            .arg(plan.count(PlanAction::Create))
            .arg(plan.count(PlanAction::Unlink))
            .arg(plan.count(PlanAction::Conflict))
            .arg(plan.count(PlanAction::Skip)));
    m_preview = new UsersPreviewDialog(plan, this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &QDialog::accepted, this,
            [this] { apply(m_preview->plan(), m_preview->createUsers()); });
    connect(m_preview, &QDialog::rejected, this, [this] {
        Q_EMIT statusMessage(tr("Sync Users: cancelled at the preview; nothing was written."));
        endSync(false);
    });
    m_preview->open();
    Q_EMIT previewShown();
}

void UsersPage::apply(const UserSyncPlan &plan, bool createUsers)
{
    const int creations = plan.count(PlanAction::Create);
    if (creations > 0 && !createUsers)
        Q_EMIT statusMessage(
            tr("Sync Users: %n CRM user(s) will not be created, as chosen.", nullptr, creations));
    setBusy(true, tr("Sync Users: %v of %m"));
    UserSyncApplier &applier = m_sync->applier();
    connect(&applier, &UserSyncApplier::progress, this, [this](int done, int total, const QString &) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(&applier, &UserSyncApplier::itemFailed, this, [this](const QString &who, const QString &message) {
        Q_EMIT statusMessage(tr("Sync Users: %1: %2").arg(who, message));
    });
    connect(&applier, &UserSyncApplier::finished, this, &UsersPage::reportSync);
    ApplyOptions options;
    options.createUsers = createUsers;
    applier.start(plan, options);
}

void UsersPage::reportSync(const UserSyncReport &report)
{
    if (report.fatal) {
        Q_EMIT statusMessage(tr("Sync Users: nothing was applied: %1").arg(report.fatal->message));
    } else {
        Q_EMIT statusMessage(
            tr("Sync Users: %1 linked, %2 created as resources, %3 unlinked, %4 excluded, %5 "
               "unchanged, %6 conflicts, %7 not linked, %8 failed (%9 ms).")
                .arg(report.linked)
                .arg(report.created)
                .arg(report.unlinked)
                .arg(report.excluded)
                .arg(report.unchanged)
                .arg(report.conflicts)
                .arg(report.skipped)
                .arg(report.failed)
                .arg(report.elapsedMs));
        if (report.cancelled)
            Q_EMIT statusMessage(
                tr("Sync Users: cancelled; %n change(s) were not started. Run it again to finish.", nullptr,
                   report.notStarted));
    }
    // The second half of the legacy action, once the users are linked (the window runs it: Install Scripts).
    const bool install = !report.fatal && !report.cancelled;
    if (!install)
        Q_EMIT statusMessage(tr("Install Scripts: not started, as the user sync did not complete."));
    endSync(report.ok());
    if (install)
        Q_EMIT installScriptsRequested();
}

void UsersPage::endSync(bool ok)
{
    if (m_sync)
        disconnect(&m_sync->applier(), nullptr, this, nullptr);
    // The connectors are let go later: this may run inside one of their callbacks; the user sync (deleted
    // later for the same reason) keeps what it uses until it is gone.
    if (m_sync) {
        holdUntilDestroyed(m_sync.get(), m_connections, m_journal);
        m_sync.release()->deleteLater();
    }
    releaseLater(std::move(m_connections), std::move(m_journal));
    setBusy(false);
    refresh();
    Q_EMIT syncFinished(ok);
}

void UsersPage::cancel()
{
    if (m_sync && m_sync->applier().isRunning()) {
        m_sync->applier().cancel();
        m_cancel->setEnabled(false);
        Q_EMIT statusMessage(tr("Sync Users: cancelling; the writes under way finish first…"));
    }
}

// ---- disable, enable, test mailbox access

void UsersPage::endOperation(bool ok)
{
    releaseLater(std::move(m_connections),
                 std::move(m_journal)); // this may run inside one of their callbacks
    setBusy(false);
    refresh();
    Q_EMIT operationFinished(ok);
}

void UsersPage::disableSelected()
{
    if (m_busy)
        return;
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(CrmUserColumn)) {
        if (index.data(StateRole).toString() != stateName(LinkState::Excluded))
            ids.append(index.data(IdRole).toString());
    }
    if (ids.isEmpty())
        return;
    setBusy(true, QString());
    open(tr("Disable"), [this, ids] {
        if (!m_connections)
            return endOperation(false);
        m_pending = ids;
        m_pendingOk = true;
        disableNext();
    });
}

// One user at a time: each is journal first, then the CRM.
void UsersPage::disableNext()
{
    if (m_pending.isEmpty())
        return endOperation(m_pendingOk);
    const QString id = m_pending.takeFirst();
    QPointer<UsersPage> self(this);
    UserExclusions::disable(
        m_connections->crm(), *m_journal, m_profile.clock(), id, this, [self](Result<UserLink> row) {
            if (!self)
                return;
            if (row.ok())
                Q_EMIT self->statusMessage(
                    tr("%1 disabled: not synchronized, and not linked again by user sync until enabled.")
                        .arg(row.value().crmLogon));
            else
                Q_EMIT self->statusMessage(tr("Disable: %1").arg(row.error().message));
            self->m_pendingOk = self->m_pendingOk && row.ok();
            self->disableNext();
        });
}

void UsersPage::enableSelected()
{
    if (m_busy)
        return;
    auto journal = m_profile.journal();
    if (!journal.ok()) {
        Q_EMIT statusMessage(tr("Enable: %1").arg(journal.error().message));
        return;
    }
    bool ok = true;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(CrmUserColumn)) {
        if (index.data(StateRole).toString() != stateName(LinkState::Excluded))
            continue;
        Result<UserLink> row = UserExclusions::enable(*journal.value(), index.data(IdRole).toString(),
                                                      m_profile.clock().nowUtc());
        if (row.ok())
            Q_EMIT statusMessage(tr("%1 enabled: the next Sync Users links it.").arg(row.value().crmLogon));
        else
            Q_EMIT statusMessage(tr("Enable: %1").arg(row.error().message));
        ok = ok && row.ok();
    }
    refresh();
    Q_EMIT operationFinished(ok);
}

void UsersPage::testSelectedMailbox()
{
    if (m_busy)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(MailboxColumn);
    if (rows.size() != 1 || rows.first().data().toString().isEmpty())
        return;
    const QString mailbox = rows.first().data().toString();
    setBusy(true, QString());
    Q_EMIT statusMessage(tr("Test Mailbox Access: reading the calendar of %1…").arg(mailbox));
    open(tr("Test Mailbox Access"), [this, mailbox] {
        if (!m_connections)
            return endOperation(false);
        if (m_journal)
            m_connections->useLinks(*m_journal); // the mailbox's own Exchange server
        QPointer<UsersPage> self(this);
        MailboxAccessProbe::test(
            *m_connections->exchange(), m_profile.clock(), mailbox, this, [self](Result<QString> result) {
                if (!self)
                    return;
                Q_EMIT self->statusMessage(
                    result.ok() ? tr("Test Mailbox Access: %1.").arg(result.value())
                                : tr("Test Mailbox Access failed: %1").arg(result.error().message));
                self->endOperation(result.ok());
            });
    });
}

} // namespace cxsync
