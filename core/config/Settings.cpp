#include "config/Settings.h"

#include "config/ConfigMigration.h"
#include "config/PolicySettings.h"
#include "config/SettingsValidator.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QUuid>

namespace cxsync {

namespace {
const QString kProfileIdKey = QStringLiteral("meta/profileId");

bool isInternalKey(const QString &key)
{
    return key.startsWith(QLatin1String("meta/"));
}

// QSettings hands back strings from INI files and native types from the registry.
QVariant fromStored(const SettingDef &def, const QVariant &stored)
{
    // QSettings splits a hand-written INI value at unquoted commas ("5,75", a URL query); toString() would
    // turn the list into "" and the value would silently vanish.
    const QString text = stored.typeId() == QMetaType::QStringList
                             ? stored.toStringList().join(QLatin1Char(','))
                             : stored.toString();
    switch (def.type) {
    case ValueType::String:
        return text;
    case ValueType::Bool:
    case ValueType::Int: {
        auto parsed = SettingsSchema::parse(def.key, text);
        if (parsed.ok())
            return parsed.value();
        // Type conversion only: format problems are validate()'s to report.
        if (def.type == ValueType::Bool) {
            const QString t = text.trimmed().toLower();
            if (t == QLatin1String("true") || t == QLatin1String("false"))
                return t == QLatin1String("true");
        } else {
            bool ok = false;
            const int n = text.trimmed().toInt(&ok);
            if (ok)
                return n;
        }
        return text;
    }
    }
    return stored;
}
} // namespace

QString Settings::resolveLocation(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CXSYNC_CONFIG"));
}

Result<std::unique_ptr<Settings>> Settings::open(const QString &iniPath)
{
    std::unique_ptr<QSettings> store;
    QString absolute;
    if (iniPath.isEmpty()) {
#ifdef Q_OS_WIN
        store = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                            QStringLiteral("CRM Exchange Sync"), QStringLiteral("cxsync"));
#else
        store = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                            QStringLiteral("CRM Exchange Sync"), QStringLiteral("cxsync"));
#endif
    } else {
        absolute = QFileInfo(iniPath).absoluteFilePath();
        if (QFileInfo(absolute).isDir())
            return makeError(ErrorKind::Invalid,
                             tr("--config '%1' is a folder, not a settings file.").arg(iniPath),
                             QStringLiteral("--config"));
        // QSettings reads a file it may not open as empty: the service would then report every setting missing.
        if (const QFileInfo info(absolute); info.exists() && !info.isReadable())
            return makeError(ErrorKind::Permission,
                             tr("the settings file '%1' cannot be read by this user; for the service it must be "
                                "readable by the account cxsync (mode 0644 in /etc/cxsync).")
                                 .arg(absolute),
                             QStringLiteral("--config"));
        store = std::make_unique<QSettings>(absolute, QSettings::IniFormat);
    }
    if (store->status() == QSettings::FormatError)
        return makeError(ErrorKind::Invalid,
                         tr("the settings file '%1' is not a valid INI file.").arg(store->fileName()),
                         QStringLiteral("--config"));
    const auto migrated = ConfigMigration::migrate(*store);
    if (!migrated.ok())
        return migrated.error();
    auto policy = PolicySettings::open(QProcessEnvironment::systemEnvironment());
    if (!policy.ok())
        return policy.error();
    return std::unique_ptr<Settings>(new Settings(std::move(store), absolute, std::move(policy).value()));
}

Settings::Settings(std::unique_ptr<QSettings> store, QString iniPath, std::unique_ptr<PolicySettings> policy)
    : m_store(std::move(store)), m_iniPath(std::move(iniPath)), m_policy(std::move(policy))
{
}

Settings::~Settings() = default;

QVariant Settings::effective(const SettingDef &def) const
{
    if (m_policy->manages(def.key))
        return fromStored(def, m_policy->value(def.key));
    return m_store->contains(def.key) ? fromStored(def, m_store->value(def.key)) : def.defaultValue;
}

bool Settings::isPolicyManaged(const QString &key) const
{
    return m_policy->manages(key);
}

QString Settings::policyLocation() const
{
    return m_policy->location();
}

QString Settings::location() const
{
    return m_store->fileName();
}

SettingsValues Settings::values() const
{
    SettingsValues out;
    for (const SettingDef &def : SettingsSchema::all())
        out.insert(def.key, effective(def));
    return out;
}

QStringList Settings::additionalServers() const
{
    m_store->beginGroup(Keys::ExchangeServersGroup);
    QStringList names = m_store->childGroups();
    m_store->endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

SettingsValues Settings::serverValues(const QString &server) const
{
    SettingsValues out;
    for (const QString &key : SettingsSchema::serverKeys())
        out.insert(key, value(server.isEmpty() ? key : SettingsSchema::serverKey(server, key)));
    return out;
}

ValidationIssues Settings::saveServer(const QString &server, const SettingsValues &input)
{
    SettingsValues complete = additionalServers().contains(server) ? serverValues(server) : SettingsValues();
    for (const QString &key : SettingsSchema::serverKeys()) {
        if (!complete.contains(key))
            complete.insert(key, SettingsSchema::find(key)->defaultValue);
    }
    for (auto it = input.cbegin(); it != input.cend(); ++it)
        complete.insert(it.key(), it.value());
    ValidationIssues issues = SettingsValidator::validateServer(server, complete);
    if (issues.isEmpty())
        issues = identityClashes(server, complete);
    if (!issues.isEmpty())
        return issues;
    for (const QString &key : SettingsSchema::serverKeys()) {
        const QString full = SettingsSchema::serverKey(server, key);
        const SettingDef *def = SettingsSchema::find(key);
        const QVariant v = complete.value(key);
        if (!m_store->contains(full) && v == def->defaultValue && key != Keys::ExchangeKind)
            continue; // the kind is always written, so that the group exists
        if (Status s = writeValue(*def, v, full); !s.ok())
            return {{full, s.error().message}};
    }
    if (Status s = flush(); !s.ok())
        return {{QString(), s.error().message}};
    return {};
}

Status Settings::removeServer(const QString &server)
{
    if (!additionalServers().contains(server))
        return makeError(ErrorKind::NotFound, tr("there is no additional Exchange server '%1'.").arg(server),
                         Keys::ExchangeServersGroup);
    m_store->remove(Keys::ExchangeServersGroup + QLatin1Char('/') + server);
    return flush();
}

ValidationIssues Settings::identityClashes(const QString &server, const SettingsValues &values) const
{
    ValidationIssues issues;
    const QString identity = SettingsValidator::serverIdentity(values);
    QStringList others{QString()};
    others += additionalServers();
    for (const QString &other : std::as_const(others)) {
        // Exactly this section only: "EMEA" next to "emea" is a second section (INI files keep case).
        if (other == server)
            continue;
        if (SettingsValidator::serverIdentity(serverValues(other)).compare(identity, Qt::CaseInsensitive) == 0) {
            const QString field = SettingsSchema::serverKey(
                server, values.value(Keys::ExchangeKind).toString() == Choices::KindGraph ? Keys::GraphTenant
                                                                                          : Keys::ExchangeServer);
            issues.append({field, other.isEmpty()
                                      ? tr("Exchange server %1 is %2, the primary Exchange server: each server or "
                                           "tenant may be configured once.")
                                            .arg(server, identity)
                                      : tr("Exchange servers %1 and %2 are both %3: each server or tenant may "
                                           "be configured once.")
                                            .arg(other, server, identity)});
        }
    }
    return issues;
}

QVariant Settings::value(const QString &key) const
{
    const SettingDef *def = SettingsSchema::find(key);
    Q_ASSERT_X(def, "Settings::value", "unknown key");
    if (!def)
        return {};
    if (m_policy->manages(key))
        return fromStored(*def, m_policy->value(key));
    return m_store->contains(key) ? fromStored(*def, m_store->value(key)) : def->defaultValue;
}

bool Settings::isStored(const QString &key) const
{
    return m_store->contains(key);
}

QStringList Settings::unknownKeys() const
{
    QStringList unknown;
    const QStringList keys = m_store->allKeys();
    for (const QString &key : keys) {
        if (!isInternalKey(key) && !SettingsSchema::find(key))
            unknown.append(key);
    }
    return unknown;
}

ValidationIssues Settings::validate() const
{
    ValidationIssues issues = SettingsValidator::validate(values());
    const QStringList servers = additionalServers();
    for (const QString &server : servers) {
        const ValidationIssues own = SettingsValidator::validateServer(server, serverValues(server));
        issues += own;
        if (own.isEmpty())
            issues += identityClashes(server, serverValues(server));
    }
    for (const QString &key : unknownKeys())
        issues.append({key, tr("unknown setting '%1' in %2 (misspelled?).").arg(key, location())});
    for (const QString &key : m_policy->keys()) {
        if (!SettingsSchema::find(key))
            issues.append({key, tr("unknown setting '%1' in the policy %2 (misspelled?).")
                                    .arg(key, m_policy->location())});
    }
    return issues;
}

Status Settings::set(const QString &key, const QString &text)
{
    if (isInternalKey(key))
        return makeError(ErrorKind::Invalid, tr("'%1' is managed by the program and cannot be set.").arg(key),
                         key);
    const SettingDef *def = SettingsSchema::find(key);
    if (!def)
        return makeError(ErrorKind::Invalid,
                         tr("unknown setting '%1'; `cxsync config show` lists them.").arg(key), key);
    if (m_policy->manages(key))
        return makeError(ErrorKind::Invalid,
                         tr("'%1' is managed by policy (%2) and cannot be changed here; its value comes from "
                            "the policy.")
                             .arg(key, m_policy->location()),
                         key);
    auto parsed = SettingsSchema::parse(key, text);
    if (!parsed.ok())
        return parsed.error();
    // Checked now, not at the next command that opens it (which used to change the mode of whatever was
    // there).
    if (key == Keys::JournalPath && !parsed.value().toString().isEmpty()) {
        if (const auto problem = SettingsValidator::checkJournalPath(parsed.value().toString()))
            return makeError(ErrorKind::Invalid, tr("%1: %2").arg(key, *problem), key);
    }
    if (Status s = writeValue(*def, parsed.value(), key); !s.ok())
        return s;
    return flush();
}

ValidationIssues Settings::save(const SettingsValues &input)
{
    SettingsValues complete = values();
    for (auto it = input.cbegin(); it != input.cend(); ++it) {
        // A policy-managed value stays the policy's, whatever the caller passes back (the panel shows it
        // read-only); the administrator's own stored value underneath is left as it is.
        if (!m_policy->manages(it.key()))
            complete.insert(it.key(), it.value());
    }
    ValidationIssues issues = SettingsValidator::validate(complete);
    if (!issues.isEmpty())
        return issues;
    // The primary server may not become one of the additional ones.
    SettingsValues primary;
    for (const QString &key : SettingsSchema::serverKeys())
        primary.insert(key, complete.value(key));
    const QString identity = SettingsValidator::serverIdentity(primary);
    for (const QString &server : additionalServers()) {
        if (SettingsValidator::serverIdentity(serverValues(server)).compare(identity, Qt::CaseInsensitive) == 0)
            issues.append({primary.value(Keys::ExchangeKind).toString() == Choices::KindGraph ? Keys::GraphTenant
                                                                                             : Keys::ExchangeServer,
                           tr("the primary Exchange server is %1, which additional Exchange server %2 already is: "
                              "each server or tenant may be configured once.")
                               .arg(identity, server)});
    }
    if (!issues.isEmpty())
        return issues;
    for (const SettingDef &def : SettingsSchema::all()) {
        // Defaults stay unwritten unless the key was set before, so a later version's better default applies.
        const QVariant v = complete.value(def.key);
        if (m_policy->manages(def.key))
            continue;
        if (!m_store->contains(def.key) && v == def.defaultValue)
            continue;
        if (Status s = writeValue(def, v); !s.ok())
            return {{def.key, s.error().message}};
    }
    if (Status s = flush(); !s.ok())
        return {{QString(), s.error().message}};
    return {};
}

QString Settings::profileId()
{
    QString id = m_store->value(kProfileIdKey).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_store->setValue(kProfileIdKey, id);
        (void)flush();
    }
    return id;
}

Status Settings::writeValue(const SettingDef &def, const QVariant &value, const QString &key)
{
    const QString target = key.isEmpty() ? def.key : key;
    if (const auto problem = SettingsSchema::check(def, value))
        return makeError(ErrorKind::Invalid, tr("%1: %2").arg(SettingsSchema::label(target), *problem), target);
    if (def.type == ValueType::Bool)
        m_store->setValue(target, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    else
        m_store->setValue(target, value);
    return {};
}

Status Settings::flush()
{
    m_store->setValue(ConfigMigration::kVersionKey, ConfigMigration::kCurrentVersion);
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        return makeError(
            ErrorKind::Storage,
            tr("cannot write settings to '%1' (check the folder exists and is writable).").arg(location()));
    return {};
}

QVariant Settings::typedOrDefault(const QString &key) const
{
    const SettingDef *def = SettingsSchema::find(key);
    const QVariant v = value(key);
    if (!def || SettingsSchema::check(*def, v))
        return def ? def->defaultValue : QVariant();
    return v;
}

bool Settings::onExchangeServer() const
{
    return typedOrDefault(Keys::Role).toString() == Choices::RoleExchange;
}

bool Settings::usesGraph() const
{
    return typedOrDefault(Keys::ExchangeKind).toString() == Choices::KindGraph;
}

bool Settings::diagnosticMode() const
{
    return typedOrDefault(Keys::DiagnosticMode).toBool();
}

QString Settings::dataDirectory() const
{
    const QString configured = typedOrDefault(Keys::DataDir).toString();
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    if (!m_iniPath.isEmpty()) // an explicit profile keeps its data beside it
        return QFileInfo(m_iniPath).absolutePath() + QStringLiteral("/cxsync-data");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/cxsync");
}

QString Settings::journalPath() const
{
    const QString configured = typedOrDefault(Keys::JournalPath).toString();
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    return dataDirectory() + QStringLiteral("/journal.sqlite");
}

int Settings::pollIntervalSeconds() const
{
    return typedOrDefault(Keys::PollInterval).toInt();
}

TimeZoneSpec Settings::crmTimeZone() const
{
    auto spec = TimeZoneSpec::parse(typedOrDefault(Keys::TimeZone).toString());
    return spec.ok() ? spec.value() : TimeZoneSpec::parse(QString()).value();
}

} // namespace cxsync
