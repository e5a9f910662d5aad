#pragma once

#include "Secret.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QTextStream;

namespace cxsync {

class Settings;
class SecretStore;
class LayeredSecretStore;
class DemoCommand;
class TestConnectionCommand;
class HooksCommand;
class ServeCommand;
class UsersCommand;
class QueueCommand;
class SyncCommand;

// The `cxsync` command line: parses arguments, runs one command against core, reports one line per problem.
// Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
class Cli final : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    Cli(QStringList arguments, QProcessEnvironment environment, QIODevice *input, QIODevice *output,
        QIODevice *errors, QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command; `done` gets the exit code (possibly later: the keychain answers asynchronously).
    void run(std::function<void(int)> done);

private:
    int configCommand(const QStringList &args, bool json);
    void removeServerCommand(const QStringList &args, std::function<void(int)> done);
    void secretCommand(const QStringList &args, std::function<void(int)> done);
    int fail(int code, const QString &message);
    bool openSettings();
    bool prepareSecrets(QString *error);
    // Standard input: all of it, or `limit` bytes and one more when there is more (never read for ever).
    QByteArray readInput(qint64 limit);
    // Both, for commands that talk to servers; on failure `done` has been called with the exit code.
    bool openSettingsAndSecrets(const std::function<void(int)> &done);

    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QIODevice *m_input;
    std::unique_ptr<QTextStream> m_out;
    std::unique_ptr<QTextStream> m_err;
    QString m_configPath;
    QString m_secretsFile;
    bool m_secretsFromStdin = false;
    QHash<Secret, QString> m_secretOrigins; // where a secret handed in for this run came from
    QHash<QString, QString> m_serverSecretOrigins; // the same for "name@server"
    void noteServerOrigins(const QHash<QString, QHash<Secret, QString>> &before,
                           const QHash<QString, QHash<Secret, QString>> &after, const QString &origin);
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<DemoCommand> m_demo;
    std::unique_ptr<TestConnectionCommand> m_testConnection;
    std::unique_ptr<HooksCommand> m_hooks;
    std::unique_ptr<ServeCommand> m_serve;
    std::unique_ptr<UsersCommand> m_users;
    std::unique_ptr<QueueCommand> m_queue;
    std::unique_ptr<SyncCommand> m_sync;
    Q_DISABLE_COPY_MOVE(Cli)
};

} // namespace cxsync
