#pragma once

#include "SettingsSchema.h"
#include "TimeZoneSpec.h"

#include <QCoreApplication>
#include <QSettings>

#include <memory>

namespace cxsync {

// The config store: one typed facade over QSettings (the registry on Windows, an INI file elsewhere, or
// the INI file given with --config / CXSYNC_CONFIG). Values are checked on the way in and on the way out;
// a bad value is never written. Secrets are not here (SecretStore).
class Settings final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::Settings)
public:
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
    QStringList unknownKeys() const; // keys in the store that no setting uses (typos, other programs)
    ValidationIssues validate() const;

    // One value from text, checked against its key's format; cross-field rules are left to validate().
    Status set(const QString &key, const QString &text);
    // A whole configuration: written only if SettingsValidator finds nothing wrong.
    ValidationIssues save(const SettingsValues &values);

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
    Settings(std::unique_ptr<QSettings> store, QString iniPath);
    Status writeValue(const SettingDef &def, const QVariant &value);
    Status flush();
    QVariant typedOrDefault(const QString &key) const;

    std::unique_ptr<QSettings> m_store;
    QString m_iniPath;
};

} // namespace cxsync
