#include "Cli.h"

#include "ConfigMigration.h"
#include "ConfigSaver.h"
#include "DemoCommand.h"
#include "HooksCommand.h"
#include "KeychainSecretStore.h"
#include "LayeredSecretStore.h"
#include "OwnerOnlyFile.h"
#include "QueueCommand.h"
#include "SecretsFile.h"
#include "ServeCommand.h"
#include "Settings.h"
#include "SettingsValidator.h"
#include "SyncCommand.h"
#include "TestConnectionCommand.h"
#include "UsersCommand.h"
#include "connect/Connections.h"

#include <cxsync/Version.h>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QStringDecoder>
#include <QTextStream>

#include <memory>

namespace cxsync {

namespace {

constexpr qint64 kMaxImportBytes = 1024 * 1024; // `config import`: a settings file is a few kilobytes

QString usageText()
{
    return Cli::tr(
        "Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND\n"
        "\n"
        "Commands:\n"
        "  config show [--json]      print every setting (secrets are never shown)\n"
        "  config set KEY VALUE      set one setting; the value is checked first\n"
        "  config validate           check the whole configuration; exit 2 if invalid\n"
        "  config import FILE        read settings from an INI file; all or nothing\n"
        "  config export FILE        write the settings (never secrets) to an INI file\n"
        "  config remove-server NAME remove an additional Exchange server and its stored secrets\n"
        "  secret set NAME[@SERVER]  store a secret in the keychain; the value is read from stdin\n"
        "                            (@SERVER: an additional Exchange server's client secret)\n"
        "  secret status             where each secret would come from (never its value)\n"
        "  demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]\n"
        "                            start the Graph and Sage CRM sandboxes with sample data, write a\n"
        "                            profile for them and run what the product can do against them\n"
        "  test-connection [--json] [--mailbox ADDRESS] [--write-probe]\n"
        "                            check each step from settings to listener and say what to fix;\n"
        "                            --write-probe also creates and deletes a test event in the mailbox\n"
        "  sync --once | --watch [--dry-run] [--yes] [--user USER]\n"
        "                            synchronize calendars (CRM appointments <-> Outlook events) once, or\n"
        "                            every Poll Interval until Ctrl+C; deletes above the safety share need --yes\n"
        "  users sync [--dry-run] [--yes] [--json]\n"
        "                            link CRM users to mailboxes (and create missing ones as resources):\n"
        "                            prints the plan, then applies it; creating users needs --yes\n"
        "  users list [--json]       every CRM user's link, rule, state and last sync (from the journal)\n"
        "  users disable USER        stop syncing a user and keep user sync from relinking it\n"
        "  users enable USER         let user sync link it again (USER: logon, CRM id or mailbox)\n"
        "  hooks install             one Graph change subscription per linked mailbox (clientState in the\n"
        "                            keychain); checks the CRM's custom fields and lists missing ones\n"
        "  hooks status [--json]     each subscription with its expiry, renewal time and health\n"
        "  hooks remove              delete the change subscriptions\n"
        "  serve                     the service: notification listener, subscriptions (renewed), a sync of\n"
        "                            a mailbox on each notification and of everything every poll interval;\n"
        "                            stops cleanly on SIGTERM / Ctrl+C\n"
        "  queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N]\n"
        "                            failed messages, newest first (states: waiting, retrying, parked,\n"
        "                            resolved, discarded)\n"
        "  queue show ID [--json]    one failed message: the change, the error and every attempt\n"
        "  queue retry ID | --all [--state STATE] [--user USER]\n"
        "                            retry at the next sync or service pass, even if parked\n"
        "  queue discard ID --yes    give up a failed message (queue retry ID brings it back)\n"
        "  queue export FILE         FILE.xml (like the legacy Event Data file), FILE.json or FILE.csv\n"
        "  log [--since DATE] [--user USER] [--json] [--limit N]\n"
        "                            the transaction log: what was applied, when, with what result\n"
        "  log export FILE | log prune\n"
        "                            FILE.csv or FILE.json; prune applies log/retentionDays\n"
        "  notify test | notify digest\n"
        "                            send a test error mail now | the error digest if one is due\n"
        "  version                   print the version\n"
        "\n"
        "Secrets: crm-password, nt-password, graph-client-secret, graph-certificate-password,\n"
        "smtp-password, listener-client-state. Headless runs may supply them through\n"
        "CXSYNC_SECRET_<NAME> (e.g. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (name=value lines,\n"
        "mode 0600) or --password-stdin (the same lines on standard input).\n"
        "\n"
        "Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.\n");
}

} // namespace

Cli::Cli(QStringList arguments, QProcessEnvironment environment, QIODevice *input, QIODevice *output,
         QIODevice *errors, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_environment(std::move(environment)),
      m_input(input), m_out(std::make_unique<QTextStream>(output)),
      m_err(std::make_unique<QTextStream>(errors))
{
}

Cli::~Cli() = default;

int Cli::fail(int code, const QString &message)
{
    *m_err << "cxsync: " << message << Qt::endl;
    return code;
}

bool Cli::openSettings()
{
    QString path = m_configPath;
    if (path.isEmpty())
        path = m_environment.value(QStringLiteral("CXSYNC_CONFIG"));
    auto opened = Settings::open(path);
    if (!opened.ok()) {
        fail(Usage, opened.error().message);
        return false;
    }
    m_settings = std::move(opened).value();
    return true;
}

bool Cli::openSettingsAndSecrets(const std::function<void(int)> &done)
{
    if (!openSettings()) {
        done(Usage);
        return false;
    }
    QString problem;
    if (!prepareSecrets(&problem)) {
        done(fail(Usage, problem));
        return false;
    }
    return true;
}

void Cli::noteServerOrigins(const QHash<QString, QHash<Secret, QString>> &before,
                            const QHash<QString, QHash<Secret, QString>> &after, const QString &origin)
{
    for (auto server = after.cbegin(); server != after.cend(); ++server) {
        for (auto it = server.value().cbegin(); it != server.value().cend(); ++it) {
            if (before.value(server.key()).value(it.key()) != it.value() ||
                !before.value(server.key()).contains(it.key()))
                m_serverSecretOrigins.insert(secretName(it.key()) + QLatin1Char('@') + server.key(), origin);
        }
    }
}

QByteArray Cli::readInput(qint64 limit)
{
    // A pipe gives what it has; read until its end, or until one byte past the limit shows it is too long.
    QByteArray data;
    while (data.size() <= limit) {
        const QByteArray chunk = m_input->read(limit + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    return data;
}

bool Cli::prepareSecrets(QString *error)
{
    SecretsFile::Values overrides = SecretsFile::fromEnvironment(m_environment);
    SecretsFile::ServerValues serverOverrides;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (const auto problem = SecretsFile::checkValue(it.value())) {
            *error = tr("%1: %2").arg(secretEnvironmentVariable(it.key()), *problem);
            return false;
        }
        m_secretOrigins.insert(it.key(), tr("from %1").arg(secretEnvironmentVariable(it.key())));
    }
    // name@server lines must name one of this profile's additional Exchange servers.
    const QStringList servers = m_settings->additionalServers();
    if (!m_secretsFile.isEmpty()) {
        const auto before = serverOverrides;
        auto loaded = SecretsFile::load(m_secretsFile, &serverOverrides, &servers);
        if (!loaded.ok()) {
            *error = loaded.error().message;
            return false;
        }
        for (auto it = loaded.value().cbegin(); it != loaded.value().cend(); ++it) {
            overrides.insert(it.key(), it.value());
            m_secretOrigins.insert(it.key(), tr("from --secrets-file"));
        }
        noteServerOrigins(before, serverOverrides, tr("from --secrets-file"));
    }
    if (m_secretsFromStdin) {
        const auto before = serverOverrides;
        // At most one byte beyond the limit is read: an endless stream is refused, not read for ever.
        auto parsed = SecretsFile::parse(readInput(SecretsFile::kMaxFileBytes), tr("standard input"),
                                         &serverOverrides, &servers);
        if (!parsed.ok()) {
            *error = parsed.error().message;
            return false;
        }
        for (auto it = parsed.value().cbegin(); it != parsed.value().cend(); ++it) {
            overrides.insert(it.key(), it.value());
            m_secretOrigins.insert(it.key(), tr("from standard input"));
        }
        noteServerOrigins(before, serverOverrides, tr("from standard input"));
    }
    m_keychain = std::make_unique<KeychainSecretStore>(m_settings->profileId());
    m_secrets = std::make_unique<LayeredSecretStore>(m_keychain.get());
    m_secrets->setOverrides(overrides);
    m_secrets->setServerOverrides(serverOverrides);
    return true;
}

void Cli::run(std::function<void(int)> done)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CRM Exchange Sync command line"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Settings file (INI)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption secretsFileOption(QStringLiteral("secrets-file"),
                                               tr("Secrets file (mode 0600)."), QStringLiteral("PATH"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
                                         tr("Read name=value secrets from stdin."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), tr("demo: keep the profile here."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption usersOption(QStringLiteral("users"), tr("demo: sample users."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption appointmentsOption(QStringLiteral("appointments"),
                                                tr("demo: sample appointments."), QStringLiteral("M"),
                                                QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("demo: sample data seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption serveOption(QStringLiteral("serve"), tr("demo: keep the sandboxes running."));
    const QCommandLineOption mailboxOption(QStringLiteral("mailbox"), tr("test-connection: the test mailbox."),
                                           QStringLiteral("ADDRESS"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("Confirm what would otherwise be declined."));
    const QCommandLineOption writeProbeOption(QStringLiteral("write-probe"),
                                              tr("test-connection: create and delete a test event."));
    const QCommandLineOption onceOption(QStringLiteral("once"), tr("sync: one run."));
    const QCommandLineOption watchOption(QStringLiteral("watch"), tr("sync: run every Poll Interval."));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("sync, queue, log: only this user (logon or mailbox)."), QStringLiteral("USER"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("queue, log: from this date or time."),
                                         QStringLiteral("DATE"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("queue retry: every matching message."));
    const QCommandLineOption stateOption(QStringLiteral("state"), tr("queue: only these states."),
                                         QStringLiteral("STATE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("queue list, log: at most N rows (0: all)."),
                                         QStringLiteral("N"));
    parser.addOptions({sinceOption, allOption, stateOption, limitOption});
    parser.addOptions({configOption, secretsFileOption, stdinOption, jsonOption, helpOption, dirOption,
                       usersOption, appointmentsOption, seedOption, serveOption, mailboxOption, writeProbeOption,
                       dryRunOption, yesOption, onceOption, watchOption, userOption});
    if (!parser.parse(m_arguments)) {
        done(fail(Usage, parser.errorText() + tr("; see cxsync --help")));
        return;
    }
    if (parser.isSet(helpOption)) {
        *m_out << usageText();
        m_out->flush();
        done(Ok);
        return;
    }
    m_configPath = parser.value(configOption);
    m_secretsFile = parser.value(secretsFileOption);
    m_secretsFromStdin = parser.isSet(stdinOption);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        *m_err << usageText();
        m_err->flush();
        done(Usage);
        return;
    }
    const QString command = args.first();
    if (command == QLatin1String("version")) {
        *m_out << "cxsync " << kVersion << " (Qt " << qVersion() << ")" << Qt::endl;
        done(Ok);
        return;
    }
    if (command == QLatin1String("config") && args.value(1) == QLatin1String("remove-server")) {
        removeServerCommand(args.mid(2), std::move(done));
        return;
    }
    if (command == QLatin1String("config")) {
        const int code = configCommand(args.mid(1), parser.isSet(jsonOption));
        m_out->flush();
        done(code);
        return;
    }
    if (command == QLatin1String("secret")) {
        secretCommand(args.mid(1), std::move(done));
        return;
    }
    if (command == QLatin1String("demo")) {
        if (args.size() != 1) {
            done(fail(
                Usage,
                tr("usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]")));
            return;
        }
        DemoCommand::Options options;
        bool ok1 = false, ok2 = false, ok3 = false;
        options.users = parser.value(usersOption).toInt(&ok1);
        options.appointments = parser.value(appointmentsOption).toInt(&ok2);
        options.seed = parser.value(seedOption).toULongLong(&ok3);
        if (!ok1 || !ok2 || !ok3 || options.users < 1 || options.users > 100000 || options.appointments < 0 ||
            options.appointments > 1000000) {
            done(fail(
                Usage,
                tr("--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers")));
            return;
        }
        options.directory = parser.value(dirOption);
        options.serve = parser.isSet(serveOption);
        m_demo = std::make_unique<DemoCommand>(options, *m_out, *m_err);
        m_demo->run(std::move(done));
        return;
    }
    if (command == QLatin1String("test-connection")) {
        if (args.size() != 1) {
            done(fail(Usage, tr("usage: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]")));
            return;
        }
        if (!openSettingsAndSecrets(done))
            return;
        ConnectionTestOptions options;
        options.mailbox = parser.value(mailboxOption);
        options.writeProbe = parser.isSet(writeProbeOption);
        m_testConnection = std::make_unique<TestConnectionCommand>(*m_settings, *m_secrets, options,
                                                                   parser.isSet(jsonOption), *m_out);
        m_testConnection->run(std::move(done));
        return;
    }
    if (command == QLatin1String("users")) {
        if (!openSettingsAndSecrets(done))
            return;
        m_users = std::make_unique<UsersCommand>(
            *m_settings, *m_secrets, m_input, *m_out, *m_err,
            UsersCommand::Options{parser.isSet(dryRunOption), parser.isSet(yesOption), parser.isSet(jsonOption)});
        m_users->run(args.mid(1), std::move(done));
        return;
    }
    if (command == QLatin1String("hooks")) {
        if (!openSettingsAndSecrets(done))
            return;
        m_hooks = std::make_unique<HooksCommand>(*m_settings, *m_secrets, *m_out, *m_err, parser.isSet(jsonOption));
        m_hooks->run(args.mid(1), std::move(done));
        return;
    }
    if (command == QLatin1String("serve")) {
        if (args.size() != 1) {
            done(fail(Usage, tr("usage: cxsync serve")));
            return;
        }
        if (!openSettingsAndSecrets(done))
            return;
        m_serve = std::make_unique<ServeCommand>(*m_settings, *m_secrets, *m_out, *m_err);
        m_serve->run(std::move(done));
        return;
    }
    if (command == QLatin1String("sync")) {
        if (parser.isSet(onceOption) == parser.isSet(watchOption) || args.size() != 1) {
            done(fail(Usage, tr("usage: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]")));
            return;
        }
        if (!openSettingsAndSecrets(done))
            return;
        m_sync = std::make_unique<SyncCommand>(*m_settings, *m_secrets, *m_out, *m_err,
                                               SyncCommand::Options{parser.isSet(onceOption), parser.isSet(dryRunOption),
                                                                    parser.isSet(yesOption), parser.value(userOption)});
        m_sync->run(std::move(done));
        return;
    }
    if (command == QLatin1String("queue") || command == QLatin1String("log") || command == QLatin1String("notify")) {
        if (!openSettingsAndSecrets(done))
            return;
        // --user is shared with `sync` (registered with its options).
        m_queue = std::make_unique<QueueCommand>(
            *m_settings, *m_secrets, *m_out, *m_err,
            QueueCommand::Options{parser.isSet(jsonOption), parser.isSet(allOption), parser.isSet(yesOption),
                                  parser.value(sinceOption), parser.value(QStringLiteral("user")),
                                  parser.value(stateOption), parser.value(limitOption)});
        m_queue->run(command, args.mid(1), std::move(done));
        return;
    }
    done(fail(Usage, tr("unknown command '%1'; see cxsync --help").arg(command)));
}

int Cli::configCommand(const QStringList &args, bool json)
{
    const QString sub = args.value(0);
    const auto expectArgs = [&](int count, const QString &usage) {
        if (args.size() != count + 1) {
            fail(Usage, tr("usage: cxsync config %1").arg(usage));
            return false;
        }
        return true;
    };
    if (sub.isEmpty())
        return fail(Usage, tr("config needs a subcommand: show, set, validate, import, export or remove-server"));
    if (!openSettings())
        return Usage;

    if (sub == QLatin1String("show")) {
        if (!expectArgs(0, QStringLiteral("show [--json]")))
            return Usage;
        const SettingsValues values = m_settings->values();
        if (json) {
            QJsonObject settings;
            for (const SettingDef &def : SettingsSchema::all())
                settings.insert(def.key, QJsonValue::fromVariant(values.value(def.key)));
            for (const QString &server : m_settings->additionalServers()) {
                const SettingsValues own = m_settings->serverValues(server);
                for (const QString &key : SettingsSchema::serverKeys())
                    settings.insert(SettingsSchema::serverKey(server, key), QJsonValue::fromVariant(own.value(key)));
            }
            QJsonObject root{{QStringLiteral("location"), m_settings->location()},
                             {QStringLiteral("settings"), settings}};
            *m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
            return Ok;
        }
        *m_out << "# " << tr("settings: %1").arg(m_settings->location()) << '\n';
        for (const SettingDef &def : SettingsSchema::all()) {
            *m_out << def.key << " = " << SettingsSchema::toText(def, values.value(def.key));
            if (!m_settings->isStored(def.key))
                *m_out << "    # " << tr("default");
            *m_out << '\n';
        }
        for (const QString &server : m_settings->additionalServers()) {
            *m_out << "# " << tr("additional Exchange server %1").arg(server) << '\n';
            const SettingsValues own = m_settings->serverValues(server);
            for (const QString &key : SettingsSchema::serverKeys()) {
                const QString full = SettingsSchema::serverKey(server, key);
                *m_out << full << " = " << SettingsSchema::toText(*SettingsSchema::find(key), own.value(key));
                if (!m_settings->isStored(full))
                    *m_out << "    # " << tr("default");
                *m_out << '\n';
            }
        }
        return Ok;
    }
    if (sub == QLatin1String("set")) {
        if (!expectArgs(2, QStringLiteral("set KEY VALUE")))
            return Usage;
        if (Status s = m_settings->set(args.at(1), args.at(2)); !s.ok())
            return fail(s.error().kind == ErrorKind::Storage ? Failed : Usage, s.error().message);
        return Ok;
    }
    if (sub == QLatin1String("validate")) {
        if (!expectArgs(0, QStringLiteral("validate")))
            return Usage;
        const ValidationIssues issues = m_settings->validate();
        if (issues.isEmpty()) {
            *m_out << tr("configuration is valid: %1").arg(m_settings->location()) << Qt::endl;
            return Ok;
        }
        for (const ValidationIssue &issue : issues)
            *m_err << "cxsync: " << issue.field << ": " << issue.message << '\n';
        m_err->flush();
        return Usage;
    }
    if (sub == QLatin1String("import")) {
        if (!expectArgs(1, QStringLiteral("import FILE")))
            return Usage;
        const QString file = args.at(1);
        const QFileInfo info(file);
        if (!info.exists())
            return fail(Failed, tr("cannot read '%1': no such file.").arg(file));
        if (!info.isFile())
            return fail(Usage, tr("cannot read '%1': it is not a regular file.").arg(file));
        if (info.size() > kMaxImportBytes)
            return fail(Usage,
                        tr("'%1' is larger than 1 MiB; a settings file is a few kilobytes.").arg(file));
        QSettings source(file, QSettings::IniFormat);
        if (source.status() != QSettings::NoError)
            return fail(Usage, tr("'%1' is not a valid INI file.").arg(file));
        SettingsValues values = m_settings->values();
        QHash<QString, SettingsValues> servers; // additional Exchange servers' sections, by name
        QStringList problems;
        // A file from a newer program would be read with keys this one does not know, or misread.
        if (Status s = ConfigMigration::checkImported(source); !s.ok())
            problems << tr("%1: %2").arg(s.error().field, s.error().message);
        int imported = 0;
        const QStringList keys = problems.isEmpty() ? source.allKeys() : QStringList();
        for (const QString &key : keys) {
            if (key.startsWith(QLatin1String("meta/")))
                continue;
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
        if (problems.isEmpty() && imported == 0)
            problems << tr("'%1' holds no settings.").arg(file);
        // Every server section is checked before anything is written (all or nothing).
        for (auto it = servers.cbegin(); it != servers.cend() && problems.isEmpty(); ++it) {
            SettingsValues complete = m_settings->serverValues(it.key());
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
            QHash<QString, QString> seen{{SettingsValidator::serverIdentity(primary).toLower(), tr("the primary")}};
            QStringList names = m_settings->additionalServers();
            for (auto it = servers.cbegin(); it != servers.cend(); ++it) {
                if (!names.contains(it.key()))
                    names.append(it.key());
            }
            for (const QString &name : std::as_const(names)) {
                SettingsValues complete = m_settings->serverValues(name);
                for (auto v = servers.value(name).cbegin(); v != servers.value(name).cend(); ++v)
                    complete.insert(v.key(), v.value());
                const QString identity = SettingsValidator::serverIdentity(complete);
                if (seen.contains(identity.toLower()))
                    problems << tr("%1: Exchange server %2 would be %3, like %4: each server or tenant may be "
                                   "configured once.")
                                    .arg(SettingsSchema::serverKey(name, Keys::GraphTenant), name, identity,
                                         seen.value(identity.toLower()));
                else
                    seen.insert(identity.toLower(), tr("Exchange server %1").arg(name));
            }
        }
        if (problems.isEmpty()) {
            for (const ValidationIssue &issue : m_settings->save(values))
                problems << tr("%1: %2").arg(issue.field, issue.message);
        }
        for (auto it = servers.cbegin(); it != servers.cend() && problems.isEmpty(); ++it) {
            for (const ValidationIssue &issue : m_settings->saveServer(it.key(), it.value()))
                problems << tr("%1: %2").arg(issue.field, issue.message);
        }
        if (!problems.isEmpty()) {
            for (const QString &p : problems)
                *m_err << "cxsync: " << p << '\n';
            *m_err << "cxsync: " << tr("nothing was imported.") << Qt::endl;
            return Usage;
        }
        *m_out << tr("imported %1 settings from %2").arg(imported).arg(file) << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("export")) {
        if (!expectArgs(1, QStringLiteral("export FILE")))
            return Usage;
        const QString file = args.at(1);
        // Never over a FIFO, device or folder (it used to be removed and replaced).
        if (Status s = OwnerOnlyFile::checkTarget(file); !s.ok())
            return fail(s.error().kind == ErrorKind::Storage ? Failed : Usage, s.error().message);
        // Written through a temporary INI so the export is complete or absent, never half-written; created
        // owner-only first, as QSettings keeps the mode of the file it writes.
        const QString temp = file + QStringLiteral(".tmp-export");
        QFile::remove(temp);
        if (Status s = OwnerOnlyFile::createEmpty(temp); !s.ok())
            return fail(Failed, s.error().message);
        {
            QSettings target(temp, QSettings::IniFormat);
            const SettingsValues values = m_settings->values();
            for (const SettingDef &def : SettingsSchema::all())
                target.setValue(def.key, SettingsSchema::toText(def, values.value(def.key)));
            for (const QString &server : m_settings->additionalServers()) {
                const SettingsValues own = m_settings->serverValues(server);
                for (const QString &key : SettingsSchema::serverKeys())
                    target.setValue(SettingsSchema::serverKey(server, key),
                                    SettingsSchema::toText(*SettingsSchema::find(key), own.value(key)));
            }
            target.setValue(ConfigMigration::kVersionKey, ConfigMigration::kCurrentVersion);
            target.sync();
            if (target.status() != QSettings::NoError) {
                QFile::remove(temp);
                return fail(Failed, tr("cannot write '%1'.").arg(file));
            }
        }
        QFile::remove(file);
        if (!QFile::rename(temp, file)) {
            QFile::remove(temp);
            return fail(Failed, tr("cannot write '%1'.").arg(file));
        }
        *m_out << tr("exported settings to %1 (secrets are not exported)").arg(file) << Qt::endl;
        return Ok;
    }
    return fail(Usage, tr("unknown config subcommand '%1'; see cxsync --help").arg(sub));
}

void Cli::removeServerCommand(const QStringList &args, std::function<void(int)> done)
{
    if (args.size() != 1) {
        done(fail(Usage, tr("usage: cxsync config remove-server NAME")));
        return;
    }
    if (!openSettings()) {
        done(Usage);
        return;
    }
    const QString server = args.first();
    if (!m_settings->additionalServers().contains(server)) {
        done(fail(Usage, tr("there is no additional Exchange server '%1' in %2").arg(server, m_settings->location())));
        return;
    }
    m_keychain = std::make_unique<KeychainSecretStore>(m_settings->profileId());
    QPointer<Cli> self(this);
    ConfigSaver::removeServer(*m_settings, *m_keychain, server, [self, server, done](ConfigSaver::ServerRemoval r) {
        if (!self)
            return;
        if (!r.settings.ok()) {
            done(self->fail(Failed, r.settings.error().message));
            return;
        }
        *self->m_out << tr("Exchange server %1 removed from %2").arg(server, self->m_settings->location())
                     << Qt::endl;
        if (!r.secretErrors.isEmpty()) {
            for (const Error &e : r.secretErrors)
                *self->m_err << "cxsync: "
                             << tr("a stored password of Exchange server %1 was not deleted: %2 (delete it from the "
                                   "%3 by hand)")
                                    .arg(server, e.message, self->m_keychain->backendName())
                             << '\n';
            self->m_err->flush();
            done(Failed);
            return;
        }
        done(Ok);
    });
}

void Cli::secretCommand(const QStringList &args, std::function<void(int)> done)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("set") && sub != QLatin1String("status")) {
        done(fail(Usage, tr("usage: cxsync secret set NAME | cxsync secret status")));
        return;
    }
    if (!openSettings()) {
        done(Usage);
        return;
    }
    if (sub == QLatin1String("set")) {
        if (args.size() != 2) {
            done(fail(Usage, tr("usage: cxsync secret set NAME (the value is read from standard input)")));
            return;
        }
        // NAME@SERVER: a secret of an additional Exchange server (exchangeServers/SERVER/...).
        const QString server = args.at(1).contains(QLatin1Char('@')) ? args.at(1).section(QLatin1Char('@'), 1)
                                                                      : QString();
        const auto secret = secretFromName(args.at(1).section(QLatin1Char('@'), 0, 0));
        if (!secret) {
            done(fail(Usage, tr("unknown secret '%1'; see cxsync --help for the names").arg(args.at(1))));
            return;
        }
        if (!server.isEmpty() && !m_settings->additionalServers().contains(server)) {
            done(fail(Usage, tr("there is no additional Exchange server '%1' in %2 (set its "
                                "exchangeServers/%1/... settings first)")
                                 .arg(server, m_settings->location())));
            return;
        }
        if (m_secretsFromStdin) {
            done(fail(Usage, tr("secret set reads the value from standard input; do not combine it with "
                                "--password-stdin")));
            return;
        }
        // The value, its line end and one byte more at most: a longer (or endless) input is refused unread.
        QByteArray data = readInput(SecretsFile::kMaxValueBytes + 2);
        if (data.endsWith('\n'))
            data.chop(1);
        if (data.endsWith('\r'))
            data.chop(1);
        if (data.isEmpty()) {
            done(fail(Usage, tr("no value on standard input for %1").arg(secretName(*secret))));
            return;
        }
        if (data.contains('\n')) {
            done(fail(Usage, tr("the value for %1 has more than one line").arg(secretName(*secret))));
            return;
        }
        if (data.size() > SecretsFile::kMaxValueBytes) {
            done(fail(Usage, tr("the value for %1 is longer than %2 bytes")
                                 .arg(secretName(*secret))
                                 .arg(SecretsFile::kMaxValueBytes)));
            return;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString value = utf8.decode(data);
        if (utf8.hasError()) {
            done(fail(Usage, tr("the value for %1 is not valid UTF-8").arg(secretName(*secret))));
            return;
        }
        m_keychain = std::make_unique<KeychainSecretStore>(m_settings->profileId());
        const Secret which = *secret;
        QPointer<Cli> self(this);
        SecretStore *target = server.isEmpty() ? m_keychain.get() : m_keychain->forServer(server);
        target->write(which, value, [self, which, done](Status status) {
            if (!self)
                return;
            if (!status.ok()) {
                done(self->fail(
                    Failed,
                    tr("%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.")
                        .arg(secretName(which), status.error().message, secretEnvironmentVariable(which))));
                return;
            }
            *self->m_out << tr("%1 stored in the %2").arg(secretName(which), self->m_keychain->backendName())
                         << Qt::endl;
            done(Ok);
        });
        return;
    }

    // status: where each secret comes from, in the order a run would look.
    if (args.size() != 1) {
        done(fail(Usage, tr("usage: cxsync secret status")));
        return;
    }
    QString error;
    if (!prepareSecrets(&error)) {
        done(fail(Usage, error));
        return;
    }
    // The profile's secrets, then each additional Exchange server's ("name@server").
    auto remaining = std::make_shared<QList<QPair<QString, Secret>>>();
    for (Secret s : allSecrets())
        remaining->append({QString(), s});
    for (const QString &server : m_settings->additionalServers()) {
        for (Secret s : Connections::requiredServerSecrets(*m_settings, server))
            remaining->append({server, s});
    }
    auto lines = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<Cli> self(this);
    *next = [self, remaining, lines, next, done]() {
        if (!self)
            return;
        if (remaining->isEmpty()) {
            for (const QString &line : *lines)
                *self->m_out << line << '\n';
            self->m_out->flush();
            auto keepAlive = *next; // this lambda is stored in *next; clearing it breaks the cycle
            *next = nullptr;
            done(Ok);
            return;
        }
        const auto [server, s] = remaining->takeFirst();
        const QString name = server.isEmpty() ? secretName(s) : secretName(s) + QLatin1Char('@') + server;
        if (server.isEmpty() && self->m_secretOrigins.contains(s)) {
            lines->append(QStringLiteral("%1: %2").arg(name, self->m_secretOrigins.value(s)));
            (*next)();
            return;
        }
        if (self->m_serverSecretOrigins.contains(name)) {
            lines->append(QStringLiteral("%1: %2").arg(name, self->m_serverSecretOrigins.value(name)));
            (*next)();
            return;
        }
        SecretStore *store = server.isEmpty() ? self->m_secrets.get() : self->m_secrets->forServer(server);
        store->read(s, [self, name, lines, next](Result<QString> r) {
            if (!self)
                return;
            QString where;
            if (r.ok())
                where = tr("in the %1").arg(self->m_keychain->backendName());
            else if (r.error().kind == ErrorKind::NotFound)
                where = tr("not set");
            else
                where = tr("unknown: %1").arg(r.error().message);
            lines->append(QStringLiteral("%1: %2").arg(name, where));
            (*next)();
        });
    };
    (*next)();
}

} // namespace cxsync
