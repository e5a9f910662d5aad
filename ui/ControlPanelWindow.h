#pragma once

#include "config/Secret.h"
#include "config/SettingsSchema.h"
#include "sync/CalendarSync.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace cxsync {

class Settings;
class LayeredSecretStore;
class ConnectionTest;
class ExchangeServerDialog;
class InstallScriptsAction;
class Profile;
class SyncNowAction;
struct StepResult;

// The control panel: the legacy product's panels in its order and words (Which Server Are You On,
// Required Information, NT Account Information, Options, Actions, Status) plus Exchange Online (Graph) and
// Additional Exchange Servers (seed chapter 5), and an Advanced tab for what the modern service adds. Editors
// carry their setting key as objectName (secrets: "secret/<name>"); each has an error label "error:<key>"
// beside it. Additional servers: exchangeServersGroup, exchangeServersList, exchangeServersAdd,
// exchangeServersEdit, exchangeServersRemove; Add and Edit open an ExchangeServerDialog.
//
// The pages, actions and dialogs work on one Profile (its settings, secrets, clock, journal and connections);
// a Save here (settings, secrets, additional servers) reload()s it, so the next action uses what was saved
// while an action under way keeps what it has.
class ControlPanelWindow final : public QMainWindow {
    Q_OBJECT
public:
    // `secrets` is the profile's secret store (the panel's layered one: keychain probe, session fallback).
    ControlPanelWindow(Profile &profile, LayeredSecretStore &secrets, QWidget *parent = nullptr);
    ~ControlPanelWindow() override;

    bool actionsEnabled() const { return m_actionsEnabled; }

    // Asks the admin a yes/no question (Remove of an additional Exchange server); a message box unless
    // replaced (tests answer through this).
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // The Add / Edit dialog while it is open (null otherwise).
    ExchangeServerDialog *exchangeServerDialog() const;

public Q_SLOTS:
    void save();
    void addExchangeServer();
    void editExchangeServer();   // the selected one
    void removeExchangeServer(); // the selected one, after confirmation
    // Runs Test Connection on the saved settings (or cancels the run under way); steps appear in Status.
    void testConnection();
    void appendStatus(const QString &message, bool diagnosticOnly = false);

Q_SIGNALS:
    void saveFinished(bool saved);
    void testConnectionFinished(bool passed);
    void installScriptsFinished(bool ok);
    void syncNowFinished(const cxsync::sync::SyncReport &report);
    // An additional Exchange server was added, changed or removed (its secrets handled too).
    void exchangeServersChanged();

private:
    QWidget *buildControlPanelPage();
    QWidget *buildAdvancedPage();
    QGroupBox *buildRoleGroup();
    QGroupBox *buildRequiredGroup();
    QGroupBox *buildGraphGroup();
    QGroupBox *buildServersGroup();
    QGroupBox *buildNtGroup();
    QGroupBox *buildOptionsGroup();
    QGroupBox *buildActionsGroup();
    QGroupBox *buildStatusGroup();

    void addEditor(QFormLayout *form, const QString &key);
    QLineEdit *addSecretEditor(QFormLayout *form, const QString &field, const QString &label);
    QLabel *addErrorLabel(QFormLayout *form, const QString &field);

    void loadFromSettings();
    SettingsValues collectValues() const;
    void updateEnabledState();
    void clearErrors();
    void showErrors(const ValidationIssues &issues);
    void probeKeychain();
    void setActionsEnabled(bool enabled);
    void showTestStep(const StepResult &result);
    void refreshExchangeServers();
    QString selectedExchangeServer() const;
    void updateServerButtons();
    void openExchangeServerDialog(const QString &server);

    Profile &m_profile;
    Settings &m_settings; // the profile's
    LayeredSecretStore &m_secrets;
    QHash<QString, QWidget *> m_editors; // setting key → editor
    QHash<Secret, QLineEdit *> m_secretEditors;
    QLineEdit *m_ntConfirm = nullptr;
    QHash<QString, QLabel *> m_errorLabels; // field → error label
    QRadioButton *m_onCrmServer = nullptr;
    QRadioButton *m_onExchangeServer = nullptr;
    QGroupBox *m_graphGroup = nullptr;
    QGroupBox *m_ntGroup = nullptr;
    QGroupBox *m_actionsGroup = nullptr;
    QLabel *m_keychainWarning = nullptr;
    QTreeWidget *m_serverList = nullptr;
    QPushButton *m_serverAdd = nullptr;
    QPushButton *m_serverEdit = nullptr;
    QPushButton *m_serverRemove = nullptr;
    QPointer<ExchangeServerDialog> m_serverDialog;
    Confirm m_confirm;
    bool m_removingServer = false;
    QPushButton *m_saveButton = nullptr;
    QPlainTextEdit *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QCheckBox *m_testWriteProbe = nullptr;
    QProgressBar *m_actionProgress = nullptr;
    InstallScriptsAction *m_installScripts = nullptr;
    SyncNowAction *m_syncNow = nullptr;
    std::unique_ptr<ConnectionTest> m_connectionTest;
    bool m_actionsEnabled = false;
    bool m_saving = false;
};

} // namespace cxsync
