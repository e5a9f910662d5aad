#pragma once

#include "Secret.h"
#include "SettingsSchema.h"
#include "sync/CalendarSync.h"

#include <QHash>
#include <QMainWindow>

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

namespace cxsync {

class Settings;
class LayeredSecretStore;
class ConnectionTest;
class InstallScriptsAction;
class SyncNowAction;
class SystemClock;
struct StepResult;

// The control panel: the legacy product's panels in its order and words (Which Server Are You On,
// Required Information, NT Account Information, Options, Actions, Status) plus Exchange Online (Graph),
// and an Advanced tab for what the modern service adds. Editors carry their setting key as objectName
// (secrets: "secret/<name>"); each has an error label "error:<key>" beside it.
class ControlPanelWindow final : public QMainWindow {
    Q_OBJECT
public:
    ControlPanelWindow(Settings &settings, LayeredSecretStore &secrets, QWidget *parent = nullptr);
    ~ControlPanelWindow() override;

    bool actionsEnabled() const { return m_actionsEnabled; }

public Q_SLOTS:
    void save();
    // Runs Test Connection on the saved settings (or cancels the run under way); steps appear in Status.
    void testConnection();
    void appendStatus(const QString &message, bool diagnosticOnly = false);

Q_SIGNALS:
    void saveFinished(bool saved);
    void testConnectionFinished(bool passed);
    void installScriptsFinished(bool ok);
    void syncNowFinished(const cxsync::sync::SyncReport &report);

private:
    QWidget *buildControlPanelPage();
    QWidget *buildAdvancedPage();
    QGroupBox *buildRoleGroup();
    QGroupBox *buildRequiredGroup();
    QGroupBox *buildGraphGroup();
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

    Settings &m_settings;
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
    QPushButton *m_saveButton = nullptr;
    QPlainTextEdit *m_status = nullptr;
    QPushButton *m_testButton = nullptr;
    QCheckBox *m_testWriteProbe = nullptr;
    QProgressBar *m_actionProgress = nullptr;
    InstallScriptsAction *m_installScripts = nullptr;
    SyncNowAction *m_syncNow = nullptr;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ConnectionTest> m_connectionTest;
    bool m_actionsEnabled = false;
    bool m_saving = false;
};

} // namespace cxsync
