// The panel's Users page and its Sync Users action, offscreen, against sandboxes running in this process:
// the preview lists the plan before anything is written, Cancel at the preview writes nothing, Apply links
// and creates with progress, the table filters and sorts, Disable / Enable / Test Mailbox Access work on the
// selected user, and the control panel places the action first in its Actions group.
#include "ControlPanelWindow.h"
#include "UserSyncWorld.h"
#include "UsersPage.h"
#include "UsersPreviewDialog.h"
#include "config/LayeredSecretStore.h"
#include "profile/Profile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace cxsync;
using namespace cxsync::testsupport;

class TestUsersPage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<UserSyncWorld> m_world;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // the page's: the world's settings and m_secrets
    std::unique_ptr<UsersPage> m_page;
    QStringList m_status;

    template <typename T> T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qWarning("no widget named %s", qPrintable(name));
        return widget;
    }
    QAbstractItemModel *table() const { return find<QTableView>(QStringLiteral("usersTable"))->model(); }
    QStringList column(int c) const
    {
        QStringList values;
        for (int row = 0; row < table()->rowCount(); ++row)
            values.append(table()->index(row, c).data().toString());
        return values;
    }
    UsersPreviewDialog *openPreview()
    {
        QSignalSpy shown(m_page.get(), &UsersPage::previewShown);
        m_page->syncButton()->click();
        if (!shown.wait(20000))
            return nullptr;
        return m_page->preview();
    }
    bool applyAndWait(UsersPreviewDialog *dialog)
    {
        QSignalSpy finished(m_page.get(), &UsersPage::syncFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("previewApply"))->click();
        if (!finished.wait(30000))
            return false;
        return finished.first().first().toBool();
    }
    void select(const QString &logon)
    {
        auto *view = find<QTableView>(QStringLiteral("usersTable"));
        find<QLineEdit>(QStringLiteral("usersFilter"))->setText(logon);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data().toString().startsWith(logon + QLatin1Char(' '))) {
                view->selectRow(row);
                return;
            }
        }
        qWarning("no row for %s", qPrintable(logon));
    }
    QString stateOf(const QString &logon)
    {
        select(logon);
        const QModelIndexList rows = find<QTableView>(QStringLiteral("usersTable"))
                                         ->selectionModel()
                                         ->selectedRows(UsersPage::StateColumn);
        return rows.isEmpty() ? QString() : rows.first().data().toString();
    }
    bool statusSaid(const QString &text) const
    {
        for (const QString &line : m_status) {
            if (line.contains(text))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<UserSyncWorld>(60);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        const ConnectionSecrets secrets = m_world->secrets();
        m_secrets->setOverrides({{Secret::CrmPassword, secrets.crmPassword},
                                 {Secret::GraphClientSecret, secrets.graphClientSecret}});
        m_profile = std::make_unique<Profile>(m_world->settings(), *m_secrets);
        m_page = std::make_unique<UsersPage>(*m_profile);
        m_status.clear();
        connect(m_page.get(), &UsersPage::statusMessage, this,
                [this](const QString &line) { m_status.append(line); });
        m_page->show();
    }
    void cleanup()
    {
        m_page.reset();
        m_profile.reset();
        m_secrets.reset();
        m_world.reset();
    }

    void previewListsThePlanAndCancelWritesNothing()
    {
        QCOMPARE(table()->rowCount(), 0);
        QVERIFY(find<QLabel>(QStringLiteral("usersSummary"))->text().contains(QLatin1String("No users yet")));
        UsersPreviewDialog *dialog = openPreview();
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("usersPreviewDialog"));
        const users::UserSyncPlan &plan = dialog->plan();
        auto *list = dialog->findChild<QTableWidget *>(QStringLiteral("previewTable"));
        QVERIFY(list);
        QCOMPARE(list->rowCount(), int(plan.items.size()));
        QCOMPARE(dialog->visibleRows(), int(plan.items.size())); // nothing unchanged yet
        QStringList actions;
        QStringList reasons;
        for (int row = 0; row < list->rowCount(); ++row) {
            actions.append(list->item(row, UsersPreviewDialog::ActionColumn)->text());
            reasons.append(list->item(row, UsersPreviewDialog::ReasonColumn)->text());
            QVERIFY(!reasons.last().isEmpty());
        }
        QCOMPARE(actions.count(QStringLiteral("link")), plan.count(users::PlanAction::Link));
        QCOMPARE(actions.count(QStringLiteral("create")), plan.count(users::PlanAction::Create));
        QCOMPARE(actions.count(QStringLiteral("conflict")), 4);
        QVERIFY(reasons.filter(QStringLiteral("ambiguous name \"Anna Berg\"")).size() == 4);
        QCOMPARE(actions.first(), QStringLiteral("link")); // changes first
        auto *create = dialog->findChild<QCheckBox *>(QStringLiteral("previewCreateUsers"));
        QVERIFY(create->isVisible());
        QVERIFY(create->isChecked());
        QVERIFY(create->text().contains(QString::number(plan.count(users::PlanAction::Create))));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))
                    ->text()
                    .contains(QStringLiteral("To link: %1").arg(plan.count(users::PlanAction::Link))));

        QSignalSpy finished(m_page.get(), &UsersPage::syncFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("previewCancel"))->click();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(statusSaid(QStringLiteral("nothing was written")));
        for (const QJsonObject &user : m_world->crmUsers())
            QVERIFY(user.value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty());
        QCOMPARE(table()->rowCount(), 0);
    }

    void applyFillsTheTableWhichFiltersAndSorts()
    {
        UsersPreviewDialog *dialog = openPreview();
        QVERIFY(dialog);
        const int links = dialog->plan().count(users::PlanAction::Link);
        const int creations = dialog->plan().count(users::PlanAction::Create);
        QSignalSpy installRequested(m_page.get(), &UsersPage::installScriptsRequested);
        QVERIFY(applyAndWait(dialog));
        QVERIFY(statusSaid(QStringLiteral("%1 linked, %2 created as resources").arg(links).arg(creations)));
        // The second half of the legacy action: the window runs Install Scripts once the users are linked.
        QCOMPARE(installRequested.size(), 1);
        QCOMPARE(table()->rowCount(), int(m_world->crmUsers().size()));
        QVERIFY(find<QLabel>(QStringLiteral("usersSummary"))
                    ->text()
                    .contains(QStringLiteral("%1 linked").arg(links + creations)));
        QVERIFY(!find<QProgressBar>(QStringLiteral("usersProgress"))->isVisible());

        // Filter by text (any column, any case) and by state.
        auto *filter = find<QLineEdit>(QStringLiteral("usersFilter"));
        filter->setText(QStringLiteral("anna berg"));
        QCOMPARE(table()->rowCount(), 2);
        QCOMPARE(column(UsersPage::StateColumn),
                 (QStringList{QStringLiteral("conflict"), QStringLiteral("conflict")}));
        filter->clear();
        auto *state = find<QComboBox>(QStringLiteral("usersStateFilter"));
        state->setCurrentIndex(state->findData(QStringLiteral("conflict")));
        QCOMPARE(table()->rowCount(), 2);
        state->setCurrentIndex(state->findData(QStringLiteral("linked")));
        QCOMPARE(table()->rowCount(), links + creations);
        for (const QString &rule : column(UsersPage::RuleColumn))
            QVERIFY2(!rule.isEmpty(), "a linked user without the rule that linked it");
        filter->setText(QStringLiteral("created"));
        QCOMPARE(table()->rowCount(), creations);
        filter->clear();
        state->setCurrentIndex(0);

        // Sort by CRM user, both ways.
        auto *view = find<QTableView>(QStringLiteral("usersTable"));
        view->sortByColumn(UsersPage::CrmUserColumn, Qt::DescendingOrder);
        QStringList users = column(UsersPage::CrmUserColumn);
        QStringList sorted = users;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.toCaseFolded() > b.toCaseFolded(); });
        QCOMPARE(users.first().section(QLatin1Char(' '), 0, 0),
                 sorted.first().section(QLatin1Char(' '), 0, 0));
        view->sortByColumn(UsersPage::CrmUserColumn, Qt::AscendingOrder);
        QCOMPARE(column(UsersPage::CrmUserColumn).first().section(QLatin1Char(' '), 0, 0),
                 sorted.last().section(QLatin1Char(' '), 0, 0));
    }

    void disableEnableAndTestMailboxAccess()
    {
        QVERIFY(applyAndWait(openPreview()));
        const QString logon = QStringLiteral("zangstrom"); // Zoë Ångström, linked by e-mail in every sample
        QCOMPARE(stateOf(logon), QStringLiteral("linked"));

        QSignalSpy done(m_page.get(), &UsersPage::operationFinished);
        auto *test = find<QPushButton>(QStringLiteral("usersTestMailbox"));
        QVERIFY(test->isEnabled());
        test->click();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QVERIFY(statusSaid(QStringLiteral("zoe.angstrom@contoso.example can be read")));

        select(logon);
        auto *disable = find<QPushButton>(QStringLiteral("usersDisable"));
        QVERIFY(disable->isEnabled());
        QVERIFY(!find<QPushButton>(QStringLiteral("usersEnable"))->isEnabled());
        disable->click();
        QVERIFY(done.wait(20000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QCOMPARE(stateOf(logon), QStringLiteral("excluded"));
        QString id;
        const QHash<QString, QJsonObject> crm = m_world->crmUsers();
        for (auto it = crm.cbegin(); it != crm.cend(); ++it) {
            if (it.value().value(QStringLiteral("User_Logon")).toString() == logon)
                id = it.key();
        }
        QVERIFY(
            m_world->crmUsers().value(id).value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty());

        // A sync leaves it excluded; Enable lets the next one link it.
        QVERIFY(applyAndWait(openPreview()));
        QCOMPARE(stateOf(logon), QStringLiteral("excluded"));
        select(logon);
        find<QPushButton>(QStringLiteral("usersEnable"))->click();
        QCOMPARE(stateOf(logon), QStringLiteral("not linked"));
        UsersPreviewDialog *dialog = openPreview();
        QVERIFY(dialog);
        QCOMPARE(dialog->plan().count(users::PlanAction::Link), 1);
        QVERIFY(dialog->visibleRows() < int(dialog->plan().items.size())); // unchanged users hidden
        dialog->findChild<QCheckBox *>(QStringLiteral("previewShowUnchanged"))->setChecked(true);
        QCOMPARE(dialog->visibleRows(), int(dialog->plan().items.size()));
        QVERIFY(applyAndWait(dialog));
        QCOMPARE(stateOf(logon), QStringLiteral("linked"));
    }

    void applyCanBeCancelled()
    {
        m_world->crm().http().setLatency(40);
        UsersPreviewDialog *dialog = openPreview();
        QVERIFY(dialog);
        QSignalSpy finished(m_page.get(), &UsersPage::syncFinished);
        dialog->findChild<QPushButton *>(QStringLiteral("previewApply"))->click();
        auto *progress = find<QProgressBar>(QStringLiteral("usersProgress"));
        auto *cancel = find<QPushButton>(QStringLiteral("usersCancel"));
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible() && progress->maximum() > 0 && progress->value() > 0,
                                 10000);
        cancel->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(statusSaid(QStringLiteral("Sync Users: cancelled;")));
        QVERIFY(!cancel->isVisible());
        QCOMPARE(disagreement(
                     m_world->crmUsers(),
                     [&] {
                         auto journal = m_world->openJournal();
                         return users::UserLinkStore(*journal).all().value();
                     }(),
                     QStringLiteral("graph:") +
                         m_world->env().describe().value(QStringLiteral("tenant")).toString()),
                 QString());
    }

    void controlPanelPlacesTheActionFirst()
    {
        m_page.reset();
        Profile profile(m_world->settings(), *m_secrets);
        ControlPanelWindow window(profile, *m_secrets);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QStringList titles;
        for (int i = 0; i < tabs->count(); ++i)
            titles.append(tabs->tabText(i));
        QVERIFY(titles.contains(QStringLiteral("Users")));
        auto *actions = window.findChild<QGroupBox *>(QStringLiteral("actionsGroup"));
        auto *sync = actions->findChild<QPushButton *>(QStringLiteral("action/syncUsers"));
        QVERIFY(sync);
        QCOMPARE(sync->text(), QStringLiteral("Sync Users With CRM And Install Scripts"));
        QCOMPARE(actions->layout()->indexOf(sync), 0);
        QVERIFY(sync->isEnabled()); // the stored profile is valid
        QVERIFY(window.findChild<UsersPage *>(QStringLiteral("usersPage")));
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_users_page.moc"
