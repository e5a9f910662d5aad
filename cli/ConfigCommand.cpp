#include "ConfigCommand.h"

#include "CliContext.h"
#include "config/ConfigMigration.h"
#include "config/ConfigSaver.h"
#include "config/KeychainSecretStore.h"
#include "config/Settings.h"
#include "config/SettingsValidator.h"
#include "store/OwnerOnlyFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTextStream>

namespace cxsync {

namespace {

constexpr qint64 kMaxImportBytes = 1024 * 1024; // `config import`: a settings file is a few kilobytes

// The family runs every subcommand: they share opening the settings and their usage messages.
class ConfigCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ConfigCommand)
public:
    ConfigCommand()
        : Command(QStringLiteral("config"), QStringLiteral("config SUBCOMMAND"),
                  tr("read, change, check, import and export the profile's settings"))
    {
    }

    void run(CommandCall &call) override
    {
        if (call.args.value(0) == QLatin1String("remove-server")) {
            removeServer(call.context, call.args.mid(1), call.done);
            return;
        }
        const int code = settingsCommand(call.context, call.args, call.isSet(QStringLiteral("json")));
        call.context.out().flush();
        call.done(code);
    }

private:
    static int settingsCommand(CliContext &cx, const QStringList &args, bool json);
    static void removeServer(CliContext &cx, const QStringList &args, std::function<void(int)> done);
};

} // namespace

std::unique_ptr<Command> makeConfigCommand()
{
    auto config = std::make_unique<ConfigCommand>();
    config
        ->addSubcommand(
            std::make_unique<Command>(QStringLiteral("show"), QStringLiteral("config show [--json]"),
                                      ConfigCommand::tr("print every setting (secrets are never shown)")))
        ->addOption(Command::jsonOption());
    config->addSubcommand(
        std::make_unique<Command>(QStringLiteral("set"), QStringLiteral("config set KEY VALUE"),
                                  ConfigCommand::tr("set one setting; the value is checked first")));
    config->addSubcommand(
        std::make_unique<Command>(QStringLiteral("validate"), QStringLiteral("config validate"),
                                  ConfigCommand::tr("check the whole configuration; exit 2 if invalid")));
    config->addSubcommand(
        std::make_unique<Command>(QStringLiteral("import"), QStringLiteral("config import FILE"),
                                  ConfigCommand::tr("read settings from an INI file; all or nothing")));
    config->addSubcommand(
        std::make_unique<Command>(QStringLiteral("export"), QStringLiteral("config export FILE"),
                                  ConfigCommand::tr("write the settings (never secrets) to an INI file")));
    config->addSubcommand(std::make_unique<Command>(
        QStringLiteral("remove-server"), QStringLiteral("config remove-server NAME"),
        ConfigCommand::tr("remove an additional Exchange server and its stored secrets")));
    return config;
}

int ConfigCommand::settingsCommand(CliContext &cx, const QStringList &args, bool json)
{
    const QString sub = args.value(0);
    const auto expectArgs = [&](int count, const QString &usage) {
        if (args.size() != count + 1) {
            cx.fail(ExitUsage, tr("usage: cxsync config %1").arg(usage));
            return false;
        }
        return true;
    };
    if (sub.isEmpty())
        return cx.fail(ExitUsage,
                       tr("config needs a subcommand: show, set, validate, import, export or remove-server"));
    if (!cx.openSettings())
        return ExitUsage;

    if (sub == QLatin1String("show")) {
        if (!expectArgs(0, QStringLiteral("show [--json]")))
            return ExitUsage;
        const SettingsValues values = cx.settings().values();
        if (json) {
            QJsonObject settings;
            for (const SettingDef &def : SettingsSchema::all())
                settings.insert(def.key, QJsonValue::fromVariant(values.value(def.key)));
            for (const QString &server : cx.settings().additionalServers()) {
                const SettingsValues own = cx.settings().serverValues(server);
                for (const QString &key : SettingsSchema::serverKeys())
                    settings.insert(SettingsSchema::serverKey(server, key),
                                    QJsonValue::fromVariant(own.value(key)));
            }
            QJsonObject root{{QStringLiteral("location"), cx.settings().location()},
                             {QStringLiteral("settings"), settings}};
            // Group Policy: the keys whose value is the policy's (cxsync config set refuses them).
            QJsonArray managed;
            for (const SettingDef &def : SettingsSchema::all()) {
                if (cx.settings().isPolicyManaged(def.key))
                    managed.append(def.key);
            }
            if (!managed.isEmpty()) {
                root.insert(QStringLiteral("policy"), cx.settings().policyLocation());
                root.insert(QStringLiteral("policyManaged"), managed);
            }
            cx.out() << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        cx.out() << "# " << tr("settings: %1").arg(cx.settings().location()) << '\n';
        for (const SettingDef &def : SettingsSchema::all()) {
            cx.out() << def.key << " = " << SettingsSchema::toText(def, values.value(def.key));
            if (cx.settings().isPolicyManaged(def.key))
                cx.out() << "    # " << tr("policy (%1): read-only").arg(cx.settings().policyLocation());
            else if (!cx.settings().isStored(def.key))
                cx.out() << "    # " << tr("default");
            cx.out() << '\n';
        }
        for (const QString &server : cx.settings().additionalServers()) {
            cx.out() << "# " << tr("additional Exchange server %1").arg(server) << '\n';
            const SettingsValues own = cx.settings().serverValues(server);
            for (const QString &key : SettingsSchema::serverKeys()) {
                const QString full = SettingsSchema::serverKey(server, key);
                cx.out() << full << " = "
                         << SettingsSchema::toText(*SettingsSchema::find(key), own.value(key));
                if (!cx.settings().isStored(full))
                    cx.out() << "    # " << tr("default");
                cx.out() << '\n';
            }
        }
        return ExitOk;
    }
    if (sub == QLatin1String("set")) {
        if (!expectArgs(2, QStringLiteral("set KEY VALUE")))
            return ExitUsage;
        if (Status s = cx.settings().set(args.at(1), args.at(2)); !s.ok())
            return cx.fail(s.error().kind == ErrorKind::Storage ? ExitFailed : ExitUsage, s.error().message);
        return ExitOk;
    }
    if (sub == QLatin1String("validate")) {
        if (!expectArgs(0, QStringLiteral("validate")))
            return ExitUsage;
        const ValidationIssues issues = cx.settings().validate();
        if (issues.isEmpty()) {
            cx.out() << tr("configuration is valid: %1").arg(cx.settings().location()) << Qt::endl;
            return ExitOk;
        }
        for (const ValidationIssue &issue : issues)
            cx.err() << "cxsync: " << issue.field << ": " << issue.message << '\n';
        cx.err().flush();
        return ExitUsage;
    }
    if (sub == QLatin1String("import")) {
        if (!expectArgs(1, QStringLiteral("import FILE")))
            return ExitUsage;
        const QString file = args.at(1);
        const QFileInfo info(file);
        if (!info.exists())
            return cx.fail(ExitFailed, tr("cannot read '%1': no such file.").arg(file));
        if (!info.isFile())
            return cx.fail(ExitUsage, tr("cannot read '%1': it is not a regular file.").arg(file));
        if (info.size() > kMaxImportBytes)
            return cx.fail(ExitUsage,
                           tr("'%1' is larger than 1 MiB; a settings file is a few kilobytes.").arg(file));
        QSettings source(file, QSettings::IniFormat);
        if (source.status() != QSettings::NoError)
            return cx.fail(ExitUsage, tr("'%1' is not a valid INI file.").arg(file));
        SettingsValues values = cx.settings().values();
        QHash<QString, SettingsValues> servers; // additional Exchange servers' sections, by name
        QStringList problems;
        // A file from a newer program would be read with keys this one does not know, or misread.
        if (Status s = ConfigMigration::checkImported(source); !s.ok())
            problems << tr("%1: %2").arg(s.error().field, s.error().message);
        int imported = 0;
        QStringList byPolicy; // keys the policy sets: the policy's value stays (Settings::save keeps it)
        const QStringList keys = problems.isEmpty() ? source.allKeys() : QStringList();
        for (const QString &key : keys) {
            if (key.startsWith(QLatin1String("meta/")))
                continue;
            if (cx.settings().isPolicyManaged(key)) {
                byPolicy << key;
                continue;
            }
            ++imported;
            if (key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                key.contains(QLatin1String("secret"), Qt::CaseInsensitive)) {
                problems << tr("%1: secrets are not imported from files; use `cxsync secret set`.").arg(key);
                continue;
            }
            auto parsed = SettingsSchema::parse(key, source.value(key).toString());
            if (!parsed.ok())
                problems << tr("%1: %2").arg(key, parsed.error().message);
            else if (const auto parts = SettingsSchema::splitServerKey(key))
                servers[parts->server].insert(parts->key, parsed.value());
            else
                values.insert(key, parsed.value());
        }
        if (problems.isEmpty() && imported == 0 && byPolicy.isEmpty())
            problems << tr("'%1' holds no settings.").arg(file);
        // Every server section is checked before anything is written (all or nothing).
        for (auto it = servers.cbegin(); it != servers.cend() && problems.isEmpty(); ++it) {
            SettingsValues complete = cx.settings().serverValues(it.key());
            for (auto v = it.value().cbegin(); v != it.value().cend(); ++v)
                complete.insert(v.key(), v.value());
            for (const ValidationIssue &issue : SettingsValidator::validateServer(it.key(), complete))
                problems << tr("%1: %2").arg(issue.field, issue.message);
        }
        // One server per tenant, over the result of the import (the primary and every section).
        if (problems.isEmpty()) {
            SettingsValues primary;
            for (const QString &key : SettingsSchema::serverKeys())
                primary.insert(key, values.value(key));
            QHash<QString, QString> seen{
                {SettingsValidator::serverIdentity(primary).toLower(), tr("the primary")}};
            QStringList names = cx.settings().additionalServers();
            for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
                if (!names.contains(it.key()))
                    names.append(it.key());
            }
            for (const QString &name : std::as_const(names)) {
                SettingsValues complete = cx.settings().serverValues(name);
                for (auto v = servers.value(name).cbegin(); v != servers.value(name).cend(); ++v)
                    complete.insert(v.key(), v.value());
                const QString identity = SettingsValidator::serverIdentity(complete);
                if (seen.contains(identity.toLower()))
                    problems
                        << tr("%1: Exchange server %2 would be %3, like %4: each server or tenant may be "
                              "configured once.")
                               .arg(SettingsSchema::serverKey(name, Keys::GraphTenant), name, identity,
                                    seen.value(identity.toLower()));
                else
                    seen.insert(identity.toLower(), tr("Exchange server %1").arg(name));
            }
        }
        if (problems.isEmpty()) {
            for (const ValidationIssue &issue : cx.settings().save(values))
                problems << tr("%1: %2").arg(issue.field, issue.message);
        }
        for (auto it = servers.cbegin(); it != servers.cend() && problems.isEmpty(); ++it) {
            for (const ValidationIssue &issue : cx.settings().saveServer(it.key(), it.value()))
                problems << tr("%1: %2").arg(issue.field, issue.message);
        }
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                cx.err() << "cxsync: " << p << '\n';
            cx.err() << "cxsync: " << tr("nothing was imported.") << Qt::endl;
            return ExitUsage;
        }
        cx.out() << tr("imported %1 settings from %2").arg(imported).arg(file) << Qt::endl;
        for (const QString &key : std::as_const(byPolicy))
            cx.out() << tr("not imported: %1 is managed by policy (%2); the policy's value applies.")
                            .arg(key, cx.settings().policyLocation())
                     << Qt::endl;
        return ExitOk;
    }
    if (sub == QLatin1String("export")) {
        if (!expectArgs(1, QStringLiteral("export FILE")))
            return ExitUsage;
        const QString file = args.at(1);
        // Never over a FIFO, device or folder (it used to be removed and replaced).
        if (Status s = OwnerOnlyFile::checkTarget(file); !s.ok())
            return cx.fail(s.error().kind == ErrorKind::Storage ? ExitFailed : ExitUsage, s.error().message);
        // Written through a temporary INI so the export is complete or absent, never half-written; created
        // owner-only first, as QSettings keeps the mode of the file it writes.
        const QString temp = file + QStringLiteral(".tmp-export");
        QFile::remove(temp);
        if (Status s = OwnerOnlyFile::createEmpty(temp); !s.ok())
            return cx.fail(ExitFailed, s.error().message);
        {
            QSettings target(temp, QSettings::IniFormat);
            const SettingsValues values = cx.settings().values();
            for (const SettingDef &def : SettingsSchema::all())
                target.setValue(def.key, SettingsSchema::toText(def, values.value(def.key)));
            for (const QString &server : cx.settings().additionalServers()) {
                const SettingsValues own = cx.settings().serverValues(server);
                for (const QString &key : SettingsSchema::serverKeys())
                    target.setValue(SettingsSchema::serverKey(server, key),
                                    SettingsSchema::toText(*SettingsSchema::find(key), own.value(key)));
            }
            target.setValue(ConfigMigration::kVersionKey, ConfigMigration::kCurrentVersion);
            target.sync();
            if (target.status() != QSettings::NoError) {
                QFile::remove(temp);
                return cx.fail(ExitFailed, tr("cannot write '%1'.").arg(file));
            }
        }
        QFile::remove(file);
        if (!QFile::rename(temp, file)) {
            QFile::remove(temp);
            return cx.fail(ExitFailed, tr("cannot write '%1'.").arg(file));
        }
        cx.out() << tr("exported settings to %1 (secrets are not exported)").arg(file) << Qt::endl;
        return ExitOk;
    }
    return cx.fail(ExitUsage, tr("unknown config subcommand '%1'; see cxsync help config").arg(sub));
}

void ConfigCommand::removeServer(CliContext &cx, const QStringList &args, std::function<void(int)> done)
{
    if (args.size() != 1) {
        done(cx.fail(ExitUsage, tr("usage: cxsync config remove-server NAME")));
        return;
    }
    if (!cx.openSettings()) {
        done(ExitUsage);
        return;
    }
    const QString server = args.first();
    if (!cx.settings().additionalServers().contains(server)) {
        done(cx.fail(
            ExitUsage,
            tr("there is no additional Exchange server '%1' in %2").arg(server, cx.settings().location())));
        return;
    }
    cx.openKeychain();
    QPointer<QObject> alive(cx.lifetime());
    ConfigSaver::removeServer(
        cx.settings(), cx.keychain(), server, [alive, &cx, server, done](ConfigSaver::ServerRemoval r) {
            if (!alive)
                return;
            if (!r.settings.ok()) {
                done(cx.fail(ExitFailed, r.settings.error().message));
                return;
            }
            cx.out() << tr("Exchange server %1 removed from %2").arg(server, cx.settings().location())
                     << Qt::endl;
            if (!r.secretErrors.isEmpty()) {
                for (const Error &e : r.secretErrors)
                    cx.err() << "cxsync: "
                             << tr("a stored password of Exchange server %1 was not deleted: %2 (delete it "
                                   "from the "
                                   "%3 by hand)")
                                    .arg(server, e.message, cx.keychain().backendName())
                             << '\n';
                cx.err().flush();
                done(ExitFailed);
                return;
            }
            done(ExitOk);
        });
}

} // namespace cxsync
