#include "ExchangeServerDialog.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsValidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxsync {

namespace {

const QString kPrefix = QStringLiteral("exchangeServer/");
const QString kNameEditor = QStringLiteral("exchangeServer/name");
const QString kGeneral = QStringLiteral("exchangeServer");

QString editorName(const QString &key)
{
    return kPrefix + key;
}

QString secretEditorName(Secret secret)
{
    return kPrefix + secretField(secret);
}

// The text keys this dialog edits for a server of `kind`; the other kind's keep what is stored.
const QStringList &editedKeys(const QString &kind)
{
    static const QStringList graph{Keys::GraphTenant,       Keys::GraphClientId,     Keys::GraphCertificateFile,
                                   Keys::ExchangeAccount,   Keys::GraphAuthorityUrl, Keys::GraphBaseUrl,
                                   Keys::OutOfScopeMailbox};
    static const QStringList ews{Keys::ExchangeServer, Keys::NtAccount, Keys::EwsUrl, Keys::ExchangeAccount,
                                 Keys::OutOfScopeMailbox};
    return kind == Choices::KindEws ? ews : graph;
}

QVariant defaultOf(const QString &key)
{
    const SettingDef *def = SettingsSchema::find(key);
    return def ? def->defaultValue : QVariant();
}

} // namespace

ExchangeServerDialog::ExchangeServerDialog(Settings &settings, SecretStore &secrets, const QString &server,
                                           QWidget *parent)
    : QDialog(parent), m_settings(settings), m_secrets(secrets), m_server(server), m_adding(server.isEmpty())
{
    setObjectName(QStringLiteral("exchangeServerDialog"));
    setWindowTitle(m_adding ? tr("Add Exchange Server") : tr("Edit Exchange Server %1").arg(server));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("An additional Exchange Online tenant or on-premises Exchange server synchronized with the same CRM. "
           "Its mailboxes are reached with its own credentials; passwords go to the keychain, never to the "
           "settings file."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(kNameEditor);
    m_name->setPlaceholderText(tr("e.g. emea: letters, digits, '-' or '_'"));
    m_name->setMaxLength(32);
    m_name->setReadOnly(!m_adding);
    top->addRow(tr("Server Name"), m_name);
    addErrorLabel(top, kNameEditor);
    m_kind = new QComboBox;
    m_kind->setObjectName(editorName(Keys::ExchangeKind));
    m_kind->addItem(tr("Exchange Online (Microsoft Graph)"), Choices::KindGraph);
    m_kind->addItem(tr("Exchange Server on-premises (EWS)"), Choices::KindEws);
    top->addRow(SettingsSchema::label(Keys::ExchangeKind), m_kind);
    addErrorLabel(top, editorName(Keys::ExchangeKind));
    addLine(top, Keys::ExchangeAccount, tr("mailbox, e.g. admin@fabrikam.com"));
    addLine(top, Keys::OutOfScopeMailbox, tr("optional: a mailbox this server's account must not reach"));
    layout->addLayout(top);

    m_graphGroup = new QGroupBox(tr("Exchange Online"));
    m_graphGroup->setObjectName(QStringLiteral("exchangeServerGraph"));
    auto *form = new QFormLayout(m_graphGroup);
    addLine(form, Keys::GraphTenant, tr("tenant GUID or fabrikam.onmicrosoft.com"));
    addLine(form, Keys::GraphClientId, tr("application (client) GUID from the app registration"));

    m_credential = new QComboBox;
    m_credential->setObjectName(editorName(Keys::GraphCredentialKind));
    m_credential->addItem(tr("Client secret"), Choices::CredentialSecret);
    m_credential->addItem(tr("Certificate file"), Choices::CredentialCertificate);
    form->addRow(SettingsSchema::label(Keys::GraphCredentialKind), m_credential);
    addErrorLabel(form, editorName(Keys::GraphCredentialKind));
    addSecretLine(form, Secret::GraphClientSecret, tr("Client Secret"));
    addLine(form, Keys::GraphCertificateFile, tr("absolute path to the PFX or PEM file"));
    addSecretLine(form, Secret::GraphCertificatePassword, tr("Certificate Password"));
    layout->addWidget(m_graphGroup);

    m_ewsGroup = new QGroupBox(tr("On-premises Exchange"));
    m_ewsGroup->setObjectName(QStringLiteral("exchangeServerEws"));
    auto *ewsForm = new QFormLayout(m_ewsGroup);
    addLine(ewsForm, Keys::ExchangeServer, tr("e.g. mail.fabrikam.example"));
    addLine(ewsForm, Keys::NtAccount, tr("DOMAIN\\account or account@domain"));
    addSecretLine(ewsForm, Secret::NtPassword, tr("NT Account Password"));
    addLine(ewsForm, Keys::EwsUrl, tr("default: https://<Primary Exchange Server>/EWS/Exchange.asmx"));
    m_impersonation = new QCheckBox(SettingsSchema::label(Keys::EwsImpersonation));
    m_impersonation->setObjectName(editorName(Keys::EwsImpersonation));
    ewsForm->addRow(m_impersonation);
    layout->addWidget(m_ewsGroup);

    m_advanced = new QGroupBox(tr("Advanced (national clouds only)"));
    auto *advanced = m_advanced;
    advanced->setObjectName(QStringLiteral("exchangeServerAdvanced"));
    auto *advancedForm = new QFormLayout(advanced);
    addLine(advancedForm, Keys::GraphAuthorityUrl,
            tr("default: %1").arg(defaultOf(Keys::GraphAuthorityUrl).toString()));
    addLine(advancedForm, Keys::GraphBaseUrl,
            tr("default: %1").arg(defaultOf(Keys::GraphBaseUrl).toString()));
    layout->addWidget(advanced);

    m_generalError = new QLabel;
    m_generalError->setObjectName(QStringLiteral("error:") + kGeneral);
    m_generalError->setWordWrap(true);
    m_generalError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_generalError->hide();
    layout->addWidget(m_generalError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("exchangeServerButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExchangeServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExchangeServerDialog::reject);
    connect(m_credential, &QComboBox::currentIndexChanged, this, &ExchangeServerDialog::updateEnabledState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExchangeServerDialog::updateEnabledState);

    load();
    updateEnabledState();
    probeSecrets();
    resize(560, sizeHint().height());
}

ExchangeServerDialog::~ExchangeServerDialog() = default;

QLineEdit *ExchangeServerDialog::addLine(QFormLayout *form, const QString &key, const QString &placeholder)
{
    auto *line = new QLineEdit;
    line->setObjectName(editorName(key));
    line->setPlaceholderText(placeholder);
    line->setClearButtonEnabled(true);
    form->addRow(SettingsSchema::label(key), line);
    m_lines.insert(key, line);
    addErrorLabel(form, editorName(key));
    return line;
}

QLineEdit *ExchangeServerDialog::addSecretLine(QFormLayout *form, Secret secret, const QString &label)
{
    auto *line = new QLineEdit;
    line->setObjectName(secretEditorName(secret));
    line->setEchoMode(QLineEdit::Password);
    line->setPlaceholderText(tr("not stored"));
    form->addRow(label, line);
    m_secretLines.insert(secret, line);
    addErrorLabel(form, secretEditorName(secret));
    return line;
}

QLabel *ExchangeServerDialog::addErrorLabel(QFormLayout *form, const QString &editor)
{
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("error:") + editor);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    label->hide();
    form->addRow(label);
    m_errorLabels.insert(editor, label);
    return label;
}

void ExchangeServerDialog::load()
{
    // An additional server's unset keys come back with their defaults; a new one starts from them.
    SettingsValues values;
    if (m_adding) {
        for (const QString &key : SettingsSchema::serverKeys())
            values.insert(key, defaultOf(key));
    } else {
        values = m_settings.serverValues(m_server);
        m_name->setText(m_server);
    }
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(values.value(Keys::ExchangeKind))));
    m_impersonation->setChecked(values.value(Keys::EwsImpersonation, true).toBool());
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it)
        it.value()->setText(values.value(it.key()).toString());
    m_credential->setCurrentIndex(qMax(0, m_credential->findData(values.value(Keys::GraphCredentialKind))));
}

void ExchangeServerDialog::probeSecrets()
{
    // Which passwords are stored decides the placeholders; the values are never read into a widget.
    if (m_adding)
        return;
    SecretStore *store = m_secrets.forServer(m_server);
    if (!store)
        return;
    QPointer<ExchangeServerDialog> self(this);
    for (auto it = m_secretLines.cbegin(); it != m_secretLines.cend(); ++it) {
        QPointer<QLineEdit> line = it.value();
        store->read(it.key(), [self, line](Result<QString> r) {
            if (self && line && r.ok())
                line->setPlaceholderText(tr("stored; leave empty to keep"));
        });
    }
}

SettingsValues ExchangeServerDialog::collectValues() const
{
    SettingsValues values;
    const QString kind = m_kind->currentData().toString();
    values.insert(Keys::ExchangeKind, kind);
    for (const QString &key : editedKeys(kind)) {
        const QString text = m_lines.value(key)->text().trimmed();
        // An emptied service address means the default one.
        const bool address = key == Keys::GraphAuthorityUrl || key == Keys::GraphBaseUrl;
        values.insert(key, text.isEmpty() && address ? defaultOf(key) : QVariant(text));
    }
    if (kind == Choices::KindEws)
        values.insert(Keys::EwsImpersonation, m_impersonation->isChecked());
    else
        values.insert(Keys::GraphCredentialKind, m_credential->currentData().toString());
    return values;
}

void ExchangeServerDialog::updateEnabledState()
{
    const bool ews = m_kind->currentData().toString() == Choices::KindEws;
    m_graphGroup->setVisible(!ews);
    m_advanced->setVisible(!ews);
    m_ewsGroup->setVisible(ews);
    const bool certificate = m_credential->currentData().toString() == Choices::CredentialCertificate;
    m_secretLines.value(Secret::GraphClientSecret)->setEnabled(!certificate);
    m_lines.value(Keys::GraphCertificateFile)->setEnabled(certificate);
    m_secretLines.value(Secret::GraphCertificatePassword)->setEnabled(certificate);
}

void ExchangeServerDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void ExchangeServerDialog::showError(const QString &editor, const QString &message)
{
    QLabel *label = m_errorLabels.value(editor, m_generalError);
    label->setText(label->text().isEmpty() ? message : label->text() + QLatin1Char('\n') + message);
    label->show();
}

void ExchangeServerDialog::showIssues(const ValidationIssues &issues)
{
    for (const ValidationIssue &issue : issues) {
        if (issue.field == Keys::ExchangeServersGroup) { // the server's name
            showError(kNameEditor, issue.message);
            continue;
        }
        const auto parts = SettingsSchema::splitServerKey(issue.field);
        const QString editor = parts ? editorName(parts->key) : QString();
        if (m_errorLabels.contains(editor)) {
            showError(editor, issue.message);
        } else {
            // A key this dialog does not show, or none at all.
            showError(kGeneral, issue.field.isEmpty()
                                    ? issue.message
                                    : tr("%1 — %2").arg(SettingsSchema::label(issue.field), issue.message));
        }
    }
}

void ExchangeServerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void ExchangeServerDialog::accept()
{
    if (m_busy)
        return;
    clearErrors();
    const QString name = m_adding ? m_name->text().trimmed() : m_server;
    if (m_adding) {
        if (name.isEmpty()) {
            showError(kNameEditor, tr("Server Name is required."));
            return;
        }
        if (const auto problem = SettingsSchema::checkServerName(name)) {
            showError(kNameEditor, *problem);
            return;
        }
        // Saving under an existing name would change that server; the registry ignores case.
        const QStringList existing = m_settings.additionalServers();
        for (const QString &other : existing) {
            if (other.compare(name, Qt::CaseInsensitive) == 0) {
                showError(kNameEditor, tr("There is already an Exchange server named %1: choose another "
                                          "name, or Cancel and edit that one.")
                                           .arg(other));
                return;
            }
        }
    }
    const SettingsValues values = collectValues();
    const ValidationIssues issues = m_settings.saveServer(name, values);
    if (!issues.isEmpty()) {
        showIssues(issues);
        Q_EMIT statusMessage(
            tr("Exchange server %1 was not saved: correct the fields marked in red.").arg(name));
        return;
    }
    m_server = name;
    if (m_adding) { // from now on this dialog edits the server just written
        m_adding = false;
        m_name->setReadOnly(true);
        setWindowTitle(tr("Edit Exchange Server %1").arg(name));
    }
    Q_EMIT statusMessage(tr("Exchange server %1 (%2) saved to %3.")
                             .arg(name, SettingsValidator::serverIdentity(values), m_settings.location()));
    Q_EMIT serverSaved(name);
    storeSecretAndFinish();
}

void ExchangeServerDialog::storeSecretAndFinish()
{
    const Secret secret = m_kind->currentData().toString() == Choices::KindEws ? Secret::NtPassword
                          : m_credential->currentData().toString() == Choices::CredentialCertificate
                              ? Secret::GraphCertificatePassword
                              : Secret::GraphClientSecret;
    QLineEdit *line = m_secretLines.value(secret);
    const QString value = line->text();
    if (value.isEmpty()) { // unchanged
        QDialog::accept();
        return;
    }
    const QString editor = secretEditorName(secret);
    QPointer<SecretStore> store = m_secrets.forServer(m_server);
    if (!store) {
        showError(editor, tr("The settings were saved, but the %1 cannot be stored: the %2 cannot keep "
                             "passwords for additional Exchange servers.")
                              .arg(secretLabel(secret), m_secrets.backendName()));
        return;
    }
    setBusy(true);
    QPointer<ExchangeServerDialog> self(this);
    QPointer<QLineEdit> guardedLine = line;
    store->write(secret, value, [self, store, guardedLine, secret, editor](Status status) {
        if (!self)
            return;
        self->setBusy(false);
        if (!status.ok()) {
            const QString message = tr("The settings were saved, but the %1 was not stored: %2")
                                        .arg(secretLabel(secret), status.error().message);
            self->showError(editor, message);
            Q_EMIT self->statusMessage(tr("Exchange server %1: %2").arg(self->m_server, message));
            return;
        }
        if (guardedLine)
            guardedLine->clear();
        Q_EMIT self->statusMessage(
            tr("%1 of Exchange server %2 stored in the %3.")
                .arg(secretLabel(secret), self->m_server, store ? store->backendName() : QString()));
        self->QDialog::accept();
    });
}

} // namespace cxsync
