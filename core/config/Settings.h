#pragma once

#include "config/SettingsSchema.h"
#include "config/TimeZoneSpec.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace cxsync {

class PolicySettings;

// The config store: one typed facade over QSettings (the registry on Windows, an INI file elsewhere, or
// the INI file given with --config / CXSYNC_CONFIG). Values are checked on the way in and on the way out;
// a bad value is never written. Secrets are not here (SecretStore).
class Settings final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::Settings)
public:
    ~Settings();
    // --config PATH wins, then CXSYNC_CONFIG; empty means the platform's native store.
    static QString resolveLocation(const QString &commandLinePath);
    static Result<std::unique_ptr<Settings>> open(const QString &iniPath);

    QString location() const;
    bool isNativeStore() const { return m_iniPath.isEmpty(); }

    // Every known key with its stored value or default. A stored value that does not have its key's type
    // comes back as the raw text so that validate() can name it.
    SettingsValues values() const;
    QVariant value(const QString &key) const;
    bool isStored(const QString &key) const;
    // Group Policy (PolicySettings): a key the policy sets has the policy's value, and set() refuses it.
    bool isPolicyManaged(const QString &key) const;
    QString policyLocation() const; // the registry key or file the policy comes from
    QStringList unknownKeys() const; // keys in the store that no setting uses (typos, other programs)
    ValidationIssues validate() const;

    // One value from text, checked against its key's format; cross-field rules are left to validate().
    Status set(const QString &key, const QString &text);
    // A whole configuration: written only if SettingsValidator finds nothing wrong.
    ValidationIssues save(const SettingsValues &values);

    // Additional Exchange servers or tenants (seed chapter 5), by name, sorted. The primary one is the
    // top-level Exchange settings.
    QStringList additionalServers() const;
    // The primary server's (`server` empty) or an additional server's Exchange settings, with unprefixed keys
    // (SettingsSchema::serverKeys()); an additional server's unset keys have their defaults.
    SettingsValues serverValues(const QString &server = {}) const;
    // Writes a whole additional server section (created if new) if SettingsValidator::validateServer() and
    // the identity check (no two servers for the same tenant or host) find nothing wrong.
    ValidationIssues saveServer(const QString &server, const SettingsValues &values);
    Status removeServer(const QString &server);

    // Stable id of this configuration, created on first use; keys its secrets in the keychain.
    QString profileId();

    // Typed access for the engine; values that fail validation fall back to their defaults.
    bool onExchangeServer() const;
    bool usesGraph() const;
    bool diagnosticMode() const;
    QString dataDirectory() const;
    QString journalPath() const;
    int pollIntervalSeconds() const;
    TimeZoneSpec crmTimeZone() const;

private:
    Settings(std::unique_ptr<QSettings> store, QString iniPath, std::unique_ptr<PolicySettings> policy);
    // The policy's value, else the store's, else the default.
    QVariant effective(const SettingDef &def) const;
    // Writes under `key` (an additional server's key) or, empty, under def.key.
    Status writeValue(const SettingDef &def, const QVariant &value, const QString &key = {});
    ValidationIssues identityClashes(const QString &server, const SettingsValues &values) const;
    Status flush();
    QVariant typedOrDefault(const QString &key) const;

    std::unique_ptr<QSettings> m_store;
    QString m_iniPath;
    std::unique_ptr<PolicySettings> m_policy;
};

} // namespace cxsync
