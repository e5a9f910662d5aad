#include "CliContext.h"

#include "Command.h"

#include "config/KeychainSecretStore.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "config/SystemdCredentials.h"
#include "diagnostics/LogSetup.h"
#include "profile/Profile.h"

#include <QIODevice>
#include <QTextStream>

namespace cxsync {

CliContext::CliContext(QProcessEnvironment environment, QIODevice *input, QIODevice *output,
                       QIODevice *errors)
    : m_environment(std::move(environment)), m_input(input), m_out(std::make_unique<QTextStream>(output)),
      m_err(std::make_unique<QTextStream>(errors))
{
}

CliContext::~CliContext() = default;

void CliContext::setGlobalOptions(const QString &configPath, const QString &secretsFile,
                                  bool secretsFromStdin)
{
    m_configPath = configPath;
    m_secretsFile = secretsFile;
    m_secretsFromStdin = secretsFromStdin;
}

int CliContext::fail(int code, const QString &message)
{
    *m_err << "cxsync: " << message << Qt::endl;
    return code;
}

bool CliContext::openSettings()
{
    QString path = m_configPath;
    if (path.isEmpty())
        path = m_environment.value(QStringLiteral("CXSYNC_CONFIG"));
    auto opened = Settings::open(path);
    if (!opened.ok()) {
        fail(ExitUsage, opened.error().message);
        return false;
    }
    m_settings = std::move(opened).value();
    // The profile's Logging Level for whatever this command logs (the service: for as long as it runs).
    LogSetup::apply(*m_settings);
    return true;
}

bool CliContext::openSettingsAndSecrets(const std::function<void(int)> &done)
{
    if (!openSettings()) {
        done(ExitUsage);
        return false;
    }
    QString problem;
    if (!prepareSecrets(&problem)) {
        done(fail(ExitUsage, problem));
        return false;
    }
    return true;
}

bool CliContext::openProfile(const std::function<void(int)> &done)
{
    if (!openSettingsAndSecrets(done))
        return false;
    m_profile = std::make_unique<Profile>(*m_settings, *m_secrets);
    return true;
}

bool CliContext::openProfileWithoutSecrets()
{
    if (!openSettings())
        return false;
    m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
    m_profile = std::make_unique<Profile>(*m_settings, *m_secrets);
    return true;
}

KeychainSecretStore &CliContext::openKeychain()
{
    m_keychain = std::make_unique<KeychainSecretStore>(m_settings->profileId());
    return *m_keychain;
}

void CliContext::noteServerOrigins(const QHash<QString, QHash<Secret, QString>> &before,
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

QByteArray CliContext::readInput(qint64 limit)
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

bool CliContext::prepareSecrets(QString *error)
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
    // Under systemd (LoadCredential= / LoadCredentialEncrypted=): after the environment, before the explicit
    // --secrets-file and --password-stdin.
    if (const QString credentials = SystemdCredentials::directory(m_environment); !credentials.isEmpty()) {
        const auto before = serverOverrides;
        auto loaded = SystemdCredentials::load(credentials, &serverOverrides, &servers);
        if (!loaded.ok()) {
            *error = loaded.error().message;
            return false;
        }
        for (auto it = loaded.value().cbegin(); it != loaded.value().cend(); ++it) {
            overrides.insert(it.key(), it.value());
            m_secretOrigins.insert(it.key(), tr("from systemd credential %1").arg(secretName(it.key())));
        }
        noteServerOrigins(before, serverOverrides, tr("from systemd credentials"));
    }
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
    openKeychain();
    m_secrets = std::make_unique<LayeredSecretStore>(m_keychain.get());
    m_secrets->setOverrides(overrides);
    m_secrets->setServerOverrides(serverOverrides);
    return true;
}

} // namespace cxsync
