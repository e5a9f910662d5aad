#pragma once

#include "config/Secret.h"
#include "config/SettingsSchema.h"

#include <QHash>

namespace cxsync {

// What the admin typed into password fields on this Save (empty = unchanged). Only the panel has a
// re-entered password; the CLI sets secrets one at a time.
struct SecretInputs {
    QHash<Secret, QString> values;
    std::optional<QString> ntPasswordConfirmation;
};

// Field names used in ValidationIssue for secret inputs.
QString secretField(Secret secret); // "secret/nt-password"
inline const QString kNtPasswordConfirmField = QStringLiteral("secret/nt-password-confirm");

// Checks a complete configuration: each value against its key's format, then the rules that depend on
// several fields (which fields the role and the Exchange kind require, the re-entered password, ...).
// Returns every problem, each naming its field; an empty list means the configuration may be saved.
class SettingsValidator final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SettingsValidator)
public:
    static ValidationIssues validate(const SettingsValues &values, const SecretInputs &secrets = {});
    // One additional Exchange server's section (`values` with unprefixed keys, as Settings::serverValues()
    // gives them); the issues name the server's own keys ("exchangeServers/<server>/graph/tenantId").
    static ValidationIssues validateServer(const QString &server, const SettingsValues &values);
    // What names a server in the CRM's Exchange server field and in user links: "graph:<tenant>" for Exchange
    // Online, the primary Exchange server (or the EWS URL's host) on premises.
    static QString serverIdentity(const SettingsValues &values);
    // store/journalPath, before anything opens it: a folder, a symbolic link, a path whose folder does not
    // exist, or an existing file that is not a journal of ours (Journal::check) is refused. Nothing is
    // changed.
    static std::optional<QString> checkJournalPath(const QString &path);

private:
    // The rules for the Exchange part (kind, tenant, client id, NT account, ...); `server` empty = primary.
    static ValidationIssues validateExchange(const SettingsValues &values, const QString &server);
};

} // namespace cxsync
