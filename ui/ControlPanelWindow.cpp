#include "ControlPanelWindow.h"

#include "diagnostics/ConnectionTest.h"

#include "ConsistencyDialog.h"
#include "DashboardPage.h"
#include "DiagnosticStatusFeed.h"
#include "ExchangeServerDialog.h"
#include "FailedMessagesPage.h"
#include "InstallScriptsAction.h"
#include "LogPage.h"
#include "ServicePage.h"
#include "SyncNowAction.h"
#include "UsersPage.h"
#include "config/ConfigSaver.h"
#include "config/LayeredSecretStore.h"
#include "config/Settings.h"
#include "config/SettingsValidator.h"
#include "profile/Profile.h"

#include <cxsync/Version.h>

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cxsync {

namespace {

QString choiceLabel(const QString &key, const QString &choice)
{
    if (key == Keys::ExchangeKind)
        return choice == Choices::KindGraph ? ControlPanelWindow::tr("Exchange Online (Microsoft Graph)")
                                            : ControlPanelWindow::tr("Exchange Server on-premises (EWS)");
    if (key == Keys::GraphCredentialKind)
        return choice == Choices::CredentialSecret ? ControlPanelWindow::tr("Client secret")
                                                   : ControlPanelWindow::tr("Certificate file");
    if (key == Keys::ConflictPolicy) {
        if (choice == QLatin1String("exchangeWins"))
            return ControlPanelWindow::tr("Exchange wins");
        if (choice == QLatin1String("crmWins"))
            return ControlPanelWindow::tr("CRM wins");
        return ControlPanelWindow::tr("Last modified wins");
    }
    if (key == Keys::LogLevel) {
        if (choice == Choices::LogErrors)
            return ControlPanelWindow::tr("Errors only");
        if (choice == Choices::LogWarnings)
            return ControlPanelWindow::tr("Errors and warnings");
        if (choice == Choices::LogDebug)
            return ControlPanelWindow::tr("Debug (everything)");
        return ControlPanelWindow::tr("Information (default)");
    }
    if (key == Keys::SmtpTlsMode) {
        if (choice == QLatin1String("starttls"))
            return ControlPanelWindow::tr("STARTTLS (port 587)");
        if (choice == QLatin1String("tls"))
            return ControlPanelWindow::tr("TLS (port 465)");
        return ControlPanelWindow::tr("None (trusted relay only)");
    }
    return choice;
}

QString placeholderFor(const QString &key)
{
    if (key == Keys::TimeZone)
        return ControlPanelWindow::tr(
            "this server's zone; or e.g. Europe/London, GMT Standard Time, +1, -3.5");
    if (key == Keys::CrmPath)
        return ControlPanelWindow::tr("install name, e.g. CRM");
    if (key == Keys::JournalPath)
        return ControlPanelWindow::tr("default: journal.sqlite in the data directory");
    if (key == Keys::DataDir)
        return ControlPanelWindow::tr("default: beside the settings file, or the user data folder");
    if (key == Keys::NtAccount)
        return ControlPanelWindow::tr("DOMAIN\\account");
    if (key == Keys::ExchangeAccount)
        return ControlPanelWindow::tr("mailbox, e.g. admin@contoso.com");
    if (key == Keys::GraphTenant)
        return ControlPanelWindow::tr("tenant GUID or contoso.onmicrosoft.com");
    if (key == Keys::GraphClientId)
        return ControlPanelWindow::tr("application (client) GUID from the app registration");
    if (key == Keys::EwsUrl)
        return ControlPanelWindow::tr("default: https://<Primary Exchange Server>/EWS/Exchange.asmx");
    if (key == Keys::CrmRestUrl)
        return ControlPanelWindow::tr("default: https://<CRM Server>/sdata/<CRM Path>j/sagecrm2/-/");
    if (key == Keys::ListenerPublicUrl)
        return ControlPanelWindow::tr("https URL Microsoft Graph can reach; empty = polling only");
    if (key == Keys::ListenerCertificateFile)
        return ControlPanelWindow::tr("PEM file for the listener's own HTTPS; empty = plain HTTP behind a proxy");
    if (key == Keys::CanaryCrmUser)
        return ControlPanelWindow::tr("a linked CRM user kept for the canary; empty = no canary");
    if (key == Keys::CanaryMailbox)
        return ControlPanelWindow::tr("that user's mailbox, e.g. canary@contoso.com");
    if (key == Keys::OutOfScopeMailbox)
        return ControlPanelWindow::tr("a mailbox the application must NOT reach; empty = not checked");
    if (key == Keys::ListenerKeyFile)
        return ControlPanelWindow::tr("its unencrypted PEM private key (both or neither)");
    return {};
}

} // namespace

ControlPanelWindow::ControlPanelWindow(Profile &profile, LayeredSecretStore &secrets, QWidget *parent)
    : QMainWindow(parent), m_profile(profile), m_settings(profile.settings()), m_secrets(secrets)
{
    Q_ASSERT(&profile.secrets() == &secrets);
    setWindowTitle(tr("CRM Exchange Sync Control Panel"));
    setWindowIcon(QIcon(QStringLiteral(":/cxsync/icons/cxsync.png")));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Additional Exchange Servers"), question) == QMessageBox::Yes;
    };

    // Diagnostic Mode: each HTTP answer (status, duration, redacted URL) goes to Status as well.
    auto *traces = new DiagnosticStatusFeed(this);
    connect(traces, &DiagnosticStatusFeed::line, this, [this](const QString &line) { appendStatus(line, true); });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("tabs"));
    tabs->addTab(buildControlPanelPage(), tr("Control Panel"));
    auto *advancedScroll = new QScrollArea;
    advancedScroll->setWidgetResizable(true);
    advancedScroll->setWidget(buildAdvancedPage());
    tabs->addTab(advancedScroll, tr("Advanced Settings"));
    // The Users page; its Sync Users action leads the Actions group, as in the legacy panel.
    auto *usersPage = new UsersPage(m_profile);
    tabs->addTab(usersPage, tr("Users"));
    qobject_cast<QVBoxLayout *>(m_actionsGroup->layout())->insertWidget(0, usersPage->syncButton());
    usersPage->syncButton()->show();
    connect(usersPage, &UsersPage::statusMessage, this, [this](const QString &message) { appendStatus(message); });
    connect(this, &ControlPanelWindow::saveFinished, usersPage, &UsersPage::refresh);
    // The Exchange Server column names the configured servers.
    connect(this, &ControlPanelWindow::exchangeServersChanged, usersPage, &UsersPage::refresh);
    // The second half of Sync Users With CRM And Install Scripts.
    connect(usersPage, &UsersPage::installScriptsRequested, m_installScripts, &InstallScriptsAction::start);
    auto *failedPage = new FailedMessagesPage(m_profile);
    tabs->addTab(failedPage, tr("Failed Messages"));
    connect(failedPage, &FailedMessagesPage::statusMessage, this, [this](const QString &message) { appendStatus(message); });
    connect(this, &ControlPanelWindow::saveFinished, failedPage, &FailedMessagesPage::refresh);
    auto *logPage = new LogPage(m_profile);
    tabs->addTab(logPage, tr("Log"));
    connect(logPage, &LogPage::statusMessage, this, [this](const QString &message) { appendStatus(message); });
    connect(this, &ControlPanelWindow::saveFinished, logPage, &LogPage::refresh);
    connect(this, &ControlPanelWindow::syncNowFinished, failedPage, &FailedMessagesPage::refresh);
    connect(this, &ControlPanelWindow::syncNowFinished, logPage, &LogPage::refresh);
    // Check Consistency (issue 18): the findings in a dialog, Repair… after asking.
    if (auto *box = qobject_cast<QBoxLayout *>(logPage->layout()))
        box->addWidget(ConsistencyDialog::makeButton(m_profile, this), 0, Qt::AlignLeft);
    auto *servicePage = new ServicePage(m_profile);
    tabs->addTab(servicePage, tr("Service"));
    // Health at a glance (issue 18): read from the journal while the tab is shown.
    auto *dashboardPage = new DashboardPage(m_profile);
    tabs->addTab(dashboardPage, tr("Dashboard"));
    connect(this, &ControlPanelWindow::syncNowFinished, dashboardPage, &DashboardPage::refresh);
    connect(m_installScripts, &InstallScriptsAction::finished, servicePage, &ServicePage::refresh);
    connect(this, &ControlPanelWindow::saveFinished, servicePage, &ServicePage::refresh);
    setCentralWidget(tabs);
    statusBar()->showMessage(tr("Settings: %1").arg(m_settings.location()));

    loadFromSettings();
    refreshExchangeServers();
    updateEnabledState();
    setActionsEnabled(m_settings.isStored(Keys::CrmServer) && m_settings.validate().isEmpty());

    connect(&m_secrets, &LayeredSecretStore::keychainUnavailable, this, [this](const QString &reason) {
        m_keychainWarning->setText(
            tr("Passwords cannot be stored: %1. The passwords just saved are kept for this "
               "session only and are lost when the panel closes; the service needs them in a "
               "keychain, CXSYNC_SECRET_* variables or a secrets file.")
                .arg(reason));
        m_keychainWarning->show();
    });
    probeKeychain();
    appendStatus(tr("CRM Exchange Sync %1. Settings from %2.")
                     .arg(QString::fromLatin1(kVersion), m_settings.location()));
    resize(980, 860);
}

ControlPanelWindow::~ControlPanelWindow() = default;

QWidget *ControlPanelWindow::buildControlPanelPage()
{
    auto *page = new QWidget;
    auto *outer = new QVBoxLayout(page);

    m_keychainWarning = new QLabel(page);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; "
                       "border: 1px solid #ffecb5; }"));
    m_keychainWarning->hide();
    outer->addWidget(m_keychainWarning);

    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    left->addWidget(buildRoleGroup());
    left->addWidget(buildRequiredGroup());
    left->addStretch(1);
    right->addWidget(buildGraphGroup());
    right->addWidget(buildServersGroup());
    right->addWidget(buildNtGroup());
    right->addWidget(buildOptionsGroup());

    m_saveButton = new QPushButton(tr("Save"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ControlPanelWindow::save);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_saveButton);
    right->addLayout(saveRow);
    right->addWidget(buildActionsGroup());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    outer->addLayout(columns);
    outer->addWidget(buildStatusGroup(), 1);
    return page;
}

QGroupBox *ControlPanelWindow::buildRoleGroup()
{
    auto *group = new QGroupBox(tr("Which Server Are You On"));
    auto *row = new QHBoxLayout(group);
    m_onCrmServer = new QRadioButton(tr("On CRM Server"));
    m_onCrmServer->setObjectName(QStringLiteral("server/role:crm"));
    m_onExchangeServer = new QRadioButton(tr("Exchange Server"));
    m_onExchangeServer->setObjectName(QStringLiteral("server/role:exchange"));
    row->addWidget(m_onCrmServer);
    row->addWidget(m_onExchangeServer);
    row->addStretch(1);
    connect(m_onCrmServer, &QRadioButton::toggled, this, &ControlPanelWindow::updateEnabledState);
    auto *form = new QFormLayout; // error label only
    auto *wrapper = new QWidget;
    wrapper->setLayout(form);
    addErrorLabel(form, Keys::Role);
    row->addWidget(wrapper);
    return group;
}

QGroupBox *ControlPanelWindow::buildRequiredGroup()
{
    auto *group = new QGroupBox(tr("Required Information"));
    auto *form = new QFormLayout(group);
    addEditor(form, Keys::CrmServer);
    addEditor(form, Keys::CrmPath);
    addEditor(form, Keys::CrmUser);
    addSecretEditor(form, secretField(Secret::CrmPassword), tr("User Password"));
    addEditor(form, Keys::ExchangeKind);
    addEditor(form, Keys::ExchangeServer);
    addEditor(form, Keys::ExchangeAccount);
    addEditor(form, Keys::TimeZone);
    addEditor(form, Keys::ErrorEmail);
    addEditor(form, Keys::JournalPath);
    return group;
}

QGroupBox *ControlPanelWindow::buildGraphGroup()
{
    m_graphGroup = new QGroupBox(tr("Exchange Online (Graph)"));
    m_graphGroup->setObjectName(QStringLiteral("graphGroup"));
    auto *form = new QFormLayout(m_graphGroup);
    addEditor(form, Keys::GraphTenant);
    addEditor(form, Keys::GraphClientId);
    addEditor(form, Keys::GraphCredentialKind);
    addSecretEditor(form, secretField(Secret::GraphClientSecret), tr("Client Secret"));
    addEditor(form, Keys::GraphCertificateFile);
    addSecretEditor(form, secretField(Secret::GraphCertificatePassword), tr("Certificate Password"));
    return m_graphGroup;
}

QGroupBox *ControlPanelWindow::buildServersGroup()
{
    auto *group = new QGroupBox(tr("Additional Exchange Servers"));
    group->setObjectName(QStringLiteral("exchangeServersGroup"));
    group->setToolTip(tr("Further Exchange Online tenants synchronized with the same CRM, each with its own "
                         "app registration."));
    auto *row = new QHBoxLayout(group);
    m_serverList = new QTreeWidget;
    m_serverList->setObjectName(QStringLiteral("exchangeServersList"));
    m_serverList->setColumnCount(3);
    m_serverList->setHeaderLabels({tr("Name"), tr("Tenant"), tr("Client ID")});
    m_serverList->setRootIsDecorated(false);
    m_serverList->setUniformRowHeights(true);
    m_serverList->setSelectionMode(QAbstractItemView::SingleSelection);
    // A few rows fit; the group must not push Save and the Actions out of sight.
    m_serverList->setMaximumHeight(m_serverList->fontMetrics().height() * 6);
    row->addWidget(m_serverList, 1);
    auto *buttons = new QVBoxLayout;
    m_serverAdd = new QPushButton(tr("Add…"));
    m_serverAdd->setObjectName(QStringLiteral("exchangeServersAdd"));
    m_serverEdit = new QPushButton(tr("Edit…"));
    m_serverEdit->setObjectName(QStringLiteral("exchangeServersEdit"));
    m_serverRemove = new QPushButton(tr("Remove"));
    m_serverRemove->setObjectName(QStringLiteral("exchangeServersRemove"));
    buttons->addWidget(m_serverAdd);
    buttons->addWidget(m_serverEdit);
    buttons->addWidget(m_serverRemove);
    buttons->addStretch(1);
    row->addLayout(buttons);
    connect(m_serverAdd, &QPushButton::clicked, this, &ControlPanelWindow::addExchangeServer);
    connect(m_serverEdit, &QPushButton::clicked, this, &ControlPanelWindow::editExchangeServer);
    connect(m_serverRemove, &QPushButton::clicked, this, &ControlPanelWindow::removeExchangeServer);
    connect(m_serverList, &QTreeWidget::itemSelectionChanged, this, &ControlPanelWindow::updateServerButtons);
    connect(m_serverList, &QTreeWidget::itemActivated, this, &ControlPanelWindow::editExchangeServer);
    return group;
}

QGroupBox *ControlPanelWindow::buildNtGroup()
{
    m_ntGroup = new QGroupBox(tr("NT Account Information"));
    m_ntGroup->setObjectName(QStringLiteral("ntGroup"));
    auto *form = new QFormLayout(m_ntGroup);
    addEditor(form, Keys::NtAccount);
    addSecretEditor(form, secretField(Secret::NtPassword), tr("NT Account Password"));
    m_ntConfirm = addSecretEditor(form, kNtPasswordConfirmField, tr("Re-enter Password"));
    addEditor(form, Keys::EwsUrl);
    addEditor(form, Keys::EwsImpersonation);
    return m_ntGroup;
}

QGroupBox *ControlPanelWindow::buildOptionsGroup()
{
    auto *group = new QGroupBox(tr("Options"));
    auto *form = new QFormLayout(group);
    for (const QString &key : {Keys::CopyReminders, Keys::DiagnosticMode, Keys::CrmToExchange,
                               Keys::ExchangeToCrm, Keys::CreateCrmUsers})
        addEditor(form, key);
    return group;
}

QGroupBox *ControlPanelWindow::buildActionsGroup()
{
    // The legacy panel's actions. Each works on the saved settings, so they are enabled once the settings
    // have been saved (or were stored and valid when the panel opened).
    m_actionsGroup = new QGroupBox(tr("Actions"));
    m_actionsGroup->setObjectName(QStringLiteral("actionsGroup"));
    auto *layout = new QVBoxLayout(m_actionsGroup);
    m_testButton = new QPushButton(tr("Test Connection"));
    m_testButton->setObjectName(QStringLiteral("action/testConnection"));
    m_testButton->setToolTip(tr("Check every step from the settings to the notification listener; each "
                                "failure names its cause and its fix."));
    connect(m_testButton, &QPushButton::clicked, this, &ControlPanelWindow::testConnection);
    m_testWriteProbe = new QCheckBox(tr("Also create and delete a test event in the Exchange Account's calendar"));
    m_testWriteProbe->setObjectName(QStringLiteral("action/testWriteProbe"));
    m_actionProgress = new QProgressBar;
    m_actionProgress->setObjectName(QStringLiteral("action/progress"));
    m_actionProgress->setTextVisible(true);
    m_actionProgress->hide();
    m_installScripts = new InstallScriptsAction(m_profile, this);
    connect(m_installScripts, &InstallScriptsAction::statusMessage, this,
            [this](const QString &message) { appendStatus(message); });
    connect(m_installScripts, &InstallScriptsAction::finished, this,
            [this](bool ok) { Q_EMIT installScriptsFinished(ok); });
    m_syncNow = new SyncNowAction(m_profile, this, this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    connect(m_syncNow, &SyncNowAction::statusMessage, this, [this](const QString &message) { appendStatus(message); });
    connect(m_syncNow, &SyncNowAction::finished, this,
            [this](const sync::SyncReport &report) { Q_EMIT syncNowFinished(report); });
    layout->addWidget(m_syncNow->button());
    layout->addWidget(m_syncNow->progressBar());
    layout->addWidget(m_installScripts->button());
    layout->addWidget(m_installScripts->progressBar());
    layout->addWidget(m_testButton);
    layout->addWidget(m_testWriteProbe);
    layout->addWidget(m_actionProgress);
    return m_actionsGroup;
}

QGroupBox *ControlPanelWindow::buildStatusGroup()
{
    auto *group = new QGroupBox(tr("Status"));
    auto *layout = new QVBoxLayout(group);
    m_status = new QPlainTextEdit;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setReadOnly(true);
    m_status->setMinimumHeight(110);
    layout->addWidget(m_status);
    return group;
}

QWidget *ControlPanelWindow::buildAdvancedPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    const auto section = [&](const QString &title, const QList<QString> &keys,
                             std::optional<Secret> secret = {}, const QString &secretTitle = {}) {
        auto *group = new QGroupBox(title);
        auto *form = new QFormLayout(group);
        for (const QString &key : keys) {
            addEditor(form, key);
            if (secret && key == Keys::SmtpUser)
                addSecretEditor(form, secretField(*secret), secretTitle);
        }
        layout->addWidget(group);
    };
    section(tr("Synchronization"), {Keys::PollInterval, Keys::CrmPollInterval, Keys::WindowPastDays,
                                    Keys::WindowFutureDays, Keys::ConflictPolicy, Keys::MassDeletePercent,
                                    Keys::MailboxesInFlight});
    section(tr("Error E-mail (SMTP)"),
            {Keys::SmtpHost, Keys::SmtpPort, Keys::SmtpTlsMode, Keys::SmtpSender, Keys::SmtpUser},
            Secret::SmtpPassword, tr("SMTP Password"));
    section(tr("Notification Listener"), {Keys::ListenerBind, Keys::ListenerPort, Keys::ListenerPublicUrl,
                                          Keys::ListenerCertificateFile, Keys::ListenerKeyFile});
    section(tr("Service Addresses"), {Keys::GraphAuthorityUrl, Keys::GraphBaseUrl, Keys::CrmRestUrl});
    section(tr("Certificates (on-premises servers)"), {Keys::TlsExtraCaFile, Keys::TlsPinnedSha256});
    section(tr("Storage"), {Keys::DataDir});
    section(tr("Synthetic Canary"), {Keys::CanaryCrmUser, Keys::CanaryMailbox, Keys::CanaryIntervalMinutes,
                                     Keys::CanaryLateSeconds});
    section(tr("Least-Privilege Check"), {Keys::OutOfScopeMailbox});
    section(tr("Failed Messages and Log"), {Keys::RetryBaseSeconds, Keys::RetryCapSeconds, Keys::RetryMaxAttempts,
                                             Keys::DigestIntervalMinutes, Keys::LogRetentionDays, Keys::LogLevel});
    layout->addStretch(1);
    return page;
}

void ControlPanelWindow::addEditor(QFormLayout *form, const QString &key)
{
    const SettingDef *def = SettingsSchema::find(key);
    Q_ASSERT(def);
    QWidget *editor = nullptr;
    if (def->type == ValueType::Bool) {
        auto *box = new QCheckBox(SettingsSchema::label(key));
        editor = box;
        form->addRow(box);
    } else if (def->type == ValueType::Int) {
        auto *spin = new QSpinBox;
        spin->setRange(def->minimum, def->maximum);
        editor = spin;
        form->addRow(SettingsSchema::label(key), spin);
    } else if (def->format == ValueFormat::Choice) {
        auto *combo = new QComboBox;
        for (const QString &choice : def->choices)
            combo->addItem(choiceLabel(key, choice), choice);
        connect(combo, &QComboBox::currentIndexChanged, this, &ControlPanelWindow::updateEnabledState);
        editor = combo;
        form->addRow(SettingsSchema::label(key), combo);
    } else {
        auto *line = new QLineEdit;
        line->setPlaceholderText(placeholderFor(key));
        line->setClearButtonEnabled(true);
        editor = line;
        form->addRow(SettingsSchema::label(key), line);
    }
    editor->setObjectName(key);
    m_editors.insert(key, editor);
    addErrorLabel(form, key);
}

QLineEdit *ControlPanelWindow::addSecretEditor(QFormLayout *form, const QString &field, const QString &label)
{
    auto *line = new QLineEdit;
    line->setObjectName(field);
    line->setEchoMode(QLineEdit::Password);
    line->setPlaceholderText(tr("not stored"));
    form->addRow(label, line);
    const auto secret = secretFromName(field.mid(QStringLiteral("secret/").size()));
    if (secret)
        m_secretEditors.insert(*secret, line);
    addErrorLabel(form, field);
    return line;
}

QLabel *ControlPanelWindow::addErrorLabel(QFormLayout *form, const QString &field)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("error:") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
    form->addRow(label);
    m_errorLabels.insert(field, label);
    return label;
}

void ControlPanelWindow::loadFromSettings()
{
    const SettingsValues values = m_settings.values();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QVariant v = values.value(it.key());
        if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            box->setChecked(v.toBool());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            spin->setValue(v.toInt());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            line->setText(v.toString());
    }
    const bool exchange = values.value(Keys::Role).toString() == Choices::RoleExchange;
    m_onExchangeServer->setChecked(exchange);
    m_onCrmServer->setChecked(!exchange);

    // A stored value that no longer passes validation (a hand-edited file) is shown with its error now,
    // not discovered at the next Save.
    const ValidationIssues issues = m_settings.validate();
    if (m_settings.isStored(Keys::CrmServer) && !issues.isEmpty())
        showErrors(issues);
}

SettingsValues ControlPanelWindow::collectValues() const
{
    SettingsValues values;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *box = qobject_cast<QCheckBox *>(it.value()))
            values.insert(it.key(), box->isChecked());
        else if (auto *spin = qobject_cast<QSpinBox *>(it.value()))
            values.insert(it.key(), spin->value());
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            values.insert(it.key(), combo->currentData().toString());
        else if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            values.insert(it.key(), line->text().trimmed());
    }
    values.insert(Keys::Role, m_onExchangeServer->isChecked() ? Choices::RoleExchange : Choices::RoleCrm);
    return values;
}

void ControlPanelWindow::updateEnabledState()
{
    if (!m_onCrmServer || m_editors.isEmpty())
        return;
    const auto combo = [this](const QString &key) {
        auto *c = qobject_cast<QComboBox *>(m_editors.value(key));
        return c ? c->currentData().toString() : QString();
    };
    const bool onCrm = m_onCrmServer->isChecked();
    const bool graph = combo(Keys::ExchangeKind) == Choices::KindGraph;
    const bool certificate = combo(Keys::GraphCredentialKind) == Choices::CredentialCertificate;

    // Create CRM Users belongs to the CRM server (seed chapter 3); leaving the role clears it.
    auto *createUsers = qobject_cast<QCheckBox *>(m_editors.value(Keys::CreateCrmUsers));
    createUsers->setEnabled(onCrm);
    if (!onCrm)
        createUsers->setChecked(false);

    m_graphGroup->setEnabled(graph);
    m_ntGroup->setEnabled(!graph);
    m_editors.value(Keys::ExchangeServer)->setEnabled(!graph);
    m_secretEditors.value(Secret::GraphClientSecret)->setEnabled(graph && !certificate);
    m_editors.value(Keys::GraphCertificateFile)->setEnabled(graph && certificate);
    m_secretEditors.value(Secret::GraphCertificatePassword)->setEnabled(graph && certificate);

    auto *journal = qobject_cast<QLineEdit *>(m_editors.value(Keys::JournalPath));
    journal->setPlaceholderText(
        onCrm ? placeholderFor(Keys::JournalPath)
              : tr("required on the Exchange server, e.g. /var/lib/cxsync/journal.sqlite"));

    // Group Policy: a policy-managed value is shown, read-only, and Settings::save keeps the policy's.
    const QString byPolicy = tr("Set by policy (%1): read-only.").arg(m_settings.policyLocation());
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (m_settings.isPolicyManaged(it.key())) {
            it.value()->setEnabled(false);
            it.value()->setToolTip(byPolicy);
        }
    }
    if (m_settings.isPolicyManaged(Keys::Role)) {
        for (QRadioButton *role : {m_onCrmServer, m_onExchangeServer}) {
            role->setEnabled(false);
            role->setToolTip(byPolicy);
        }
    }
}

void ControlPanelWindow::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void ControlPanelWindow::showErrors(const ValidationIssues &issues)
{
    clearErrors();
    for (const ValidationIssue &issue : issues) {
        QLabel *label = m_errorLabels.value(issue.field);
        if (label) {
            label->setText(label->text().isEmpty() ? issue.message
                                                   : label->text() + QLatin1Char('\n') + issue.message);
            label->show();
        }
        appendStatus(issue.field.isEmpty()
                         ? issue.message
                         : tr("%1 — %2").arg(SettingsSchema::label(issue.field), issue.message));
    }
}

void ControlPanelWindow::appendStatus(const QString &message, bool diagnosticOnly)
{
    if (diagnosticOnly && !m_settings.diagnosticMode())
        return;
    m_status->appendPlainText(
        QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), message));
}

void ControlPanelWindow::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    const auto buttons = m_actionsGroup->findChildren<QPushButton *>();
    for (QPushButton *button : buttons)
        button->setEnabled(enabled || (button == m_testButton && m_connectionTest && m_connectionTest->isRunning()) ||
                           (button == m_installScripts->button() && m_installScripts->isRunning()) ||
                           (button == m_syncNow->button() && m_syncNow->isRunning()));
    m_testWriteProbe->setEnabled(enabled);
}

void ControlPanelWindow::testConnection()
{
    if (m_connectionTest && m_connectionTest->isRunning()) {
        m_connectionTest->cancel();
        m_testButton->setEnabled(false); // until the step under way has ended
        appendStatus(tr("Test Connection: cancelling after the current step..."));
        return;
    }
    ConnectionTestOptions options;
    options.writeProbe = m_testWriteProbe->isChecked();
    m_connectionTest = std::make_unique<ConnectionTest>(m_settings, m_secrets, &m_profile.clock(), options);
    const int steps = int(ConnectionTest::stepIds().size());
    m_actionProgress->setRange(0, steps);
    m_actionProgress->setValue(0);
    m_actionProgress->setFormat(tr("Test Connection: %v of %m steps"));
    m_actionProgress->show();
    m_testButton->setText(tr("Cancel Test"));
    appendStatus(tr("Test Connection started (saved settings: %1).").arg(m_settings.location()));
    connect(m_connectionTest.get(), &ConnectionTest::stepFinished, this, &ControlPanelWindow::showTestStep);
    connect(m_connectionTest.get(), &ConnectionTest::finished, this, [this](bool passed) {
        int failed = 0, warnings = 0;
        for (const StepResult &r : m_connectionTest->results()) {
            failed += r.outcome == StepOutcome::Failed ? 1 : 0;
            warnings += r.outcome == StepOutcome::Warning ? 1 : 0;
        }
        appendStatus(
            !passed
                ? tr("Test Connection found %n problem(s); see the causes and fixes above.", nullptr, failed)
            : warnings ? tr("Test Connection passed with %n warning(s); see above.", nullptr, warnings)
                       : tr("Test Connection passed."));
        m_actionProgress->hide();
        m_testButton->setText(tr("Test Connection"));
        m_testButton->setEnabled(m_actionsEnabled);
        Q_EMIT testConnectionFinished(passed);
    });
    m_connectionTest->start();
}

void ControlPanelWindow::showTestStep(const StepResult &result)
{
    m_actionProgress->setValue(m_actionProgress->value() + 1);
    QString line;
    switch (result.outcome) {
    case StepOutcome::Passed:
        line = tr("Passed: %1 (%2 ms)").arg(result.title).arg(result.durationMs);
        break;
    case StepOutcome::Failed:
        line = tr("FAILED: %1 (%2 ms)").arg(result.title).arg(result.durationMs);
        break;
    case StepOutcome::Skipped:
        line = tr("Skipped: %1").arg(result.title);
        break;
    case StepOutcome::Warning:
        line = tr("Warning: %1 (%2 ms)").arg(result.title).arg(result.durationMs);
        break;
    }
    if (!result.detail.isEmpty())
        line += QStringLiteral("\n    ") + QString(result.detail).replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    if ((result.outcome == StepOutcome::Failed || result.outcome == StepOutcome::Warning) &&
        !result.hint.isEmpty()) {
        line += QStringLiteral("\n    ") + tr("Cause: %1").arg(result.hint.cause);
        line += QStringLiteral("\n    ") + tr("Fix: %1").arg(result.hint.fix);
    }
    appendStatus(line);
}

void ControlPanelWindow::probeKeychain()
{
    // Which secrets are already stored decides the password fields' placeholders; a keychain that cannot be
    // reached is said plainly, before the admin types a password that would not survive.
    QPointer<ControlPanelWindow> self(this);
    for (auto it = m_secretEditors.cbegin(); it != m_secretEditors.cend(); ++it) {
        const Secret secret = it.key();
        m_secrets.read(secret, [self, secret](Result<QString> r) {
            if (!self)
                return;
            QLineEdit *line = self->m_secretEditors.value(secret);
            if (r.ok()) {
                line->setPlaceholderText(tr("stored; leave empty to keep"));
                if (secret == Secret::NtPassword)
                    self->m_ntConfirm->setPlaceholderText(tr("stored; leave empty to keep"));
            } else if (r.error().kind == ErrorKind::Unavailable && self->m_keychainWarning->isHidden()) {
                self->m_keychainWarning->setText(
                    tr("Passwords cannot be stored: %1. Passwords saved now are kept for this session only.")
                        .arg(r.error().message));
                self->m_keychainWarning->show();
            }
        });
    }
}

void ControlPanelWindow::save()
{
    if (m_saving)
        return;
    clearErrors();
    SecretInputs inputs;
    for (auto it = m_secretEditors.cbegin(); it != m_secretEditors.cend(); ++it) {
        if (it.value()->isEnabled() && !it.value()->text().isEmpty())
            inputs.values.insert(it.key(), it.value()->text());
    }
    if (m_ntGroup->isEnabled() &&
        (!m_secretEditors.value(Secret::NtPassword)->text().isEmpty() || !m_ntConfirm->text().isEmpty()))
        inputs.ntPasswordConfirmation = m_ntConfirm->text();

    m_saving = true;
    m_saveButton->setEnabled(false);
    appendStatus(tr("Saving settings…"));
    QPointer<ControlPanelWindow> self(this);
    ConfigSaver::save(m_settings, m_secrets, collectValues(), inputs, [self](SaveOutcome outcome) {
        if (!self)
            return;
        self->m_saving = false;
        self->m_saveButton->setEnabled(true);
        if (!outcome.saved()) {
            self->showErrors(outcome.issues);
            self->appendStatus(tr("Nothing was saved: correct the fields marked in red."));
            self->setActionsEnabled(false);
            Q_EMIT self->saveFinished(false);
            return;
        }
        self->m_profile.reload(); // the next action works with what was saved; one under way keeps its own
        self->appendStatus(tr("Settings saved to %1.").arg(self->m_settings.location()));
        for (Secret s : std::as_const(outcome.secretsWritten)) {
            QLineEdit *line = self->m_secretEditors.value(s);
            line->clear();
            line->setPlaceholderText(tr("stored; leave empty to keep"));
            self->appendStatus(tr("%1 stored in the %2.").arg(secretLabel(s), self->m_secrets.backendName()));
            if (s == Secret::NtPassword)
                self->m_ntConfirm->clear();
        }
        for (const Error &e : std::as_const(outcome.secretErrors))
            self->appendStatus(tr("Not stored: %1").arg(e.message));
        self->appendStatus(tr("Journal: %1; data directory: %2.")
                               .arg(self->m_settings.journalPath(), self->m_settings.dataDirectory()),
                           true);
        self->setActionsEnabled(outcome.secretErrors.isEmpty());
        Q_EMIT self->saveFinished(true);
    });
}

// ---- Additional Exchange servers (seed chapter 5)

void ControlPanelWindow::refreshExchangeServers()
{
    const QString selected = selectedExchangeServer();
    m_serverList->clear();
    const QStringList servers = m_settings.additionalServers();
    for (const QString &server : servers) {
        const SettingsValues values = m_settings.serverValues(server);
        auto *item = new QTreeWidgetItem(m_serverList, {server, SettingsValidator::serverIdentity(values),
                                                        values.value(Keys::GraphClientId).toString()});
        item->setToolTip(2, item->text(2));
        // A hand-edited section that no longer passes is marked, with its problems, before sync trips on it.
        const ValidationIssues issues = SettingsValidator::validateServer(server, values);
        if (!issues.isEmpty()) {
            QStringList messages;
            for (const ValidationIssue &issue : issues)
                messages.append(issue.message);
            for (int column = 0; column < m_serverList->columnCount(); ++column) {
                item->setForeground(column, QColor(0xb0, 0x00, 0x20));
                item->setToolTip(column, messages.join(QLatin1Char('\n')));
            }
        }
        if (server == selected)
            item->setSelected(true);
    }
    // Name and tenant in full; the client id takes what is left (in full in its tooltip).
    m_serverList->resizeColumnToContents(0);
    m_serverList->resizeColumnToContents(1);
    updateServerButtons();
}

QString ControlPanelWindow::selectedExchangeServer() const
{
    const QList<QTreeWidgetItem *> items = m_serverList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(0);
}

void ControlPanelWindow::updateServerButtons()
{
    const bool selected = !selectedExchangeServer().isEmpty();
    m_serverAdd->setEnabled(!m_removingServer);
    m_serverEdit->setEnabled(selected && !m_removingServer);
    m_serverRemove->setEnabled(selected && !m_removingServer);
}

ExchangeServerDialog *ControlPanelWindow::exchangeServerDialog() const
{
    return m_serverDialog;
}

void ControlPanelWindow::addExchangeServer()
{
    openExchangeServerDialog({});
}

void ControlPanelWindow::editExchangeServer()
{
    const QString server = selectedExchangeServer();
    if (!server.isEmpty())
        openExchangeServerDialog(server);
}

void ControlPanelWindow::openExchangeServerDialog(const QString &server)
{
    if (m_serverDialog) { // one at a time
        m_serverDialog->raise();
        m_serverDialog->activateWindow();
        return;
    }
    m_serverDialog = new ExchangeServerDialog(m_settings, m_secrets, server, this);
    m_serverDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_serverDialog, &ExchangeServerDialog::statusMessage, this,
            [this](const QString &message) { appendStatus(message); });
    connect(m_serverDialog, &ExchangeServerDialog::serverSaved, this, [this] {
        m_profile.reload();
        refreshExchangeServers();
    });
    // Also after Cancel: a server whose settings were saved but whose password was not is listed.
    connect(m_serverDialog, &QDialog::finished, this, [this] {
        m_serverDialog = nullptr; // deleted later (WA_DeleteOnClose); another may open now
        m_profile.reload();       // its secrets may have been stored after its settings
        refreshExchangeServers();
        Q_EMIT exchangeServersChanged();
    });
    m_serverDialog->open();
}

void ControlPanelWindow::removeExchangeServer()
{
    const QString server = selectedExchangeServer();
    if (server.isEmpty() || m_removingServer || m_serverDialog)
        return;
    const QString identity = SettingsValidator::serverIdentity(m_settings.serverValues(server));
    if (!m_confirm(tr("Remove the additional Exchange server %1 (%2)? Its settings and its stored client "
                      "secret and certificate password are deleted, and its mailboxes are no longer "
                      "synchronized.")
                       .arg(server, identity)))
        return;
    m_removingServer = true;
    updateServerButtons();
    QPointer<ControlPanelWindow> self(this);
    ConfigSaver::removeServer(
        m_settings, m_secrets, server, [self, server, identity](ConfigSaver::ServerRemoval removal) {
            if (!self)
                return;
            self->m_removingServer = false;
            self->m_profile.reload(); // what is stored now, whatever was removed
            if (!removal.settings.ok()) {
                self->appendStatus(tr("Exchange server %1 was not removed: %2")
                                       .arg(server, removal.settings.error().message));
                self->refreshExchangeServers();
                self->updateServerButtons();
                return;
            }
            self->appendStatus(tr("Exchange server %1 (%2) removed from %3.")
                                   .arg(server, identity, self->m_settings.location()));
            for (const Error &e : removal.secretErrors)
                self->appendStatus(tr("Exchange server %1: a stored password was not deleted: %2. Delete it "
                                      "from the %3 by hand.")
                                       .arg(server, e.message, self->m_secrets.backendName()));
            self->refreshExchangeServers();
            self->updateServerButtons();
            Q_EMIT self->exchangeServersChanged();
        });
}

} // namespace cxsync
