#pragma once

#include "config/Secret.h"
#include "config/SettingsSchema.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace cxsync {

class Settings;
class SecretStore;

// Adds or edits one additional Exchange server (seed chapter 5): its name (only when adding), tenant,
// client id, client credential, certificate file, Exchange account, the advanced sign-in and Graph URLs, and
// the client secret or certificate password (empty = keep the stored one). Additional servers are Exchange
// Online (Graph) only. OK writes the section through Settings::saveServer (nothing is written if it reports
// a problem; each problem is shown beside its field and the dialog stays open), then the typed password to
// the server's own secret store (SecretStore::forServer); a password that cannot be stored is shown and the
// dialog stays open, the server's settings being saved already.
//
// Object names: exchangeServerDialog; editors "exchangeServer/name", "exchangeServer/<key>" (unprefixed
// setting keys, e.g. "exchangeServer/graph/tenantId") and "exchangeServer/secret/<secret name>"; each has an
// error label "error:" + its name; "error:exchangeServer" for problems no field owns; exchangeServerButtons.
class ExchangeServerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeServerDialog)
public:
    // `server` empty: add a new server.
    ExchangeServerDialog(Settings &settings, SecretStore &secrets, const QString &server = {},
                         QWidget *parent = nullptr);
    ~ExchangeServerDialog() override;

    QString server() const { return m_server; } // the name saved (or being edited)
    bool isAdding() const { return m_adding; }

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    // For the window's Status pane.
    void statusMessage(const QString &message);
    // The server's settings were written (the dialog may still be open if its password was not stored).
    void serverSaved(const QString &server);

private:
    QLineEdit *addLine(QFormLayout *form, const QString &key, const QString &placeholder);
    QLineEdit *addSecretLine(QFormLayout *form, Secret secret, const QString &label);
    QLabel *addErrorLabel(QFormLayout *form, const QString &editorName);
    void load();
    void probeSecrets();
    SettingsValues collectValues() const;
    void updateEnabledState();
    void clearErrors();
    void showError(const QString &editorName, const QString &message);
    void showIssues(const ValidationIssues &issues);
    void storeSecretAndFinish();
    void setBusy(bool busy);

    Settings &m_settings;
    SecretStore &m_secrets;
    QString m_server;
    bool m_adding = true;
    bool m_busy = false;
    QLineEdit *m_name = nullptr;
    QComboBox *m_credential = nullptr;
    QHash<QString, QLineEdit *> m_lines; // unprefixed setting key → editor
    QHash<Secret, QLineEdit *> m_secretLines;
    QHash<QString, QLabel *> m_errorLabels; // editor name → its error label
    QLabel *m_generalError = nullptr;
    QComboBox *m_kind = nullptr;
    QGroupBox *m_graphGroup = nullptr;
    QGroupBox *m_advanced = nullptr;
    QGroupBox *m_ewsGroup = nullptr;
    QCheckBox *m_impersonation = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cxsync
