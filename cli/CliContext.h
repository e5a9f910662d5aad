#pragma once

#include "config/Secret.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QTextStream;

namespace cxsync {

class Settings;
class Profile;
class KeychainSecretStore;
class LayeredSecretStore;

// What every command of one `cxsync` run shares: its streams and environment, the global options, and the
// profile (its settings, the secrets the run reads, the clock; the journal and the server connections opened
// by the Profile on first use), opened when a command asks for it.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(cxsync::CliContext)
public:
    CliContext(QProcessEnvironment environment, QIODevice *input, QIODevice *output, QIODevice *errors);
    ~CliContext();

    QTextStream &out() { return *m_out; }
    QTextStream &err() { return *m_err; }
    QIODevice *input() const { return m_input; }
    const QProcessEnvironment &environment() const { return m_environment; }

    // --config PATH, --secrets-file PATH, --password-stdin.
    void setGlobalOptions(const QString &configPath, const QString &secretsFile, bool secretsFromStdin);
    bool secretsFromStdin() const { return m_secretsFromStdin; }

    // Writes "cxsync: message" on standard error; returns `code`.
    int fail(int code, const QString &message);

    // The profile's settings (--config, else CXSYNC_CONFIG, else the default); on failure the error is
    // printed.
    bool openSettings();
    // The secrets a run reads: the environment, systemd credentials ($CREDENTIALS_DIRECTORY), --secrets-file,
    // --password-stdin, then the keychain.
    bool prepareSecrets(QString *error);
    // Both, for commands that talk to servers; on failure `done` has been called with the exit code.
    bool openSettingsAndSecrets(const std::function<void(int)> &done);
    // The profile over the settings and the secrets (openSettingsAndSecrets); on failure `done` has been called
    // with the exit code. Every command that reads the journal or talks to servers works through it.
    bool openProfile(const std::function<void(int)> &done);
    // The profile over the settings alone, for commands that read the journal and no secret (`status`): its
    // secret store holds nothing and reads no keychain. On failure the error is printed (exit code 2).
    bool openProfileWithoutSecrets();
    // The keychain alone (after openSettings), for commands that write or delete in it.
    KeychainSecretStore &openKeychain();
    // Standard input: all of it, or `limit` bytes and one more when there is more (never read for ever).
    QByteArray readInput(qint64 limit);

    Settings &settings() { return *m_settings; }
    KeychainSecretStore &keychain() { return *m_keychain; }
    LayeredSecretStore &secrets() { return *m_secrets; }
    // After openProfile() / openProfileWithoutSecrets().
    Profile &profile() { return *m_profile; }
    // Where a secret handed in for this run came from ("from --secrets-file"...), by secret and by
    // "name@server".
    const QHash<Secret, QString> &secretOrigins() const { return m_secretOrigins; }
    const QHash<QString, QString> &serverSecretOrigins() const { return m_serverSecretOrigins; }

    // Destroyed first when the run ends: a QPointer to it tells a late asynchronous answer that nobody waits.
    QObject *lifetime() const { return m_lifetime.get(); }

    // Keeps a command's worker alive until the run ends (the commands answer asynchronously).
    template <typename T> T *keep(std::unique_ptr<T> worker)
    {
        T *raw = worker.get();
        m_workers.push_back(std::move(worker));
        return raw;
    }

private:
    void noteServerOrigins(const QHash<QString, QHash<Secret, QString>> &before,
                           const QHash<QString, QHash<Secret, QString>> &after, const QString &origin);

    QProcessEnvironment m_environment;
    QIODevice *m_input;
    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
    QString m_configPath;
    QString m_secretsFile;
    bool m_secretsFromStdin = false;
    QHash<Secret, QString> m_secretOrigins;
    QHash<QString, QString> m_serverSecretOrigins;
    // Declared before the workers, which hold references to them: destroyed after the workers.
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // over the two above; the workers hold references to it
    std::vector<std::unique_ptr<QObject>> m_workers;
    std::unique_ptr<QObject> m_lifetime = std::make_unique<QObject>();
    Q_DISABLE_COPY_MOVE(CliContext)
};

} // namespace cxsync
