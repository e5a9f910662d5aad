#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

namespace sandbox {
class SandboxEnvironment;
}
class Settings;
class LayeredSecretStore;
class TestConnectionCommand;

// `cxsync demo`: starts the Graph and Sage CRM sandboxes in this process with sample data, writes a
// throw-away profile and secrets file for them, and runs as much of the main job as exists, printing each
// step.
class DemoCommand final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString directory; // where the profile, secrets and journal go; empty = a temporary folder
        int users = 50;
        int appointments = 200;
        quint64 seed = 1;
        bool serve = false; // keep the sandboxes running until interrupted
    };

    DemoCommand(Options options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DemoCommand() override;

    void run(std::function<void(int)> done);

private:
    int fail(const QString &message);
    void showWorld(const QJsonObject &line, const QString &profile, const QString &secrets,
                   std::function<void(int)> done);

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<sandbox::SandboxEnvironment> m_env;
    QString m_tempDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<TestConnectionCommand> m_test;
};

} // namespace cxsync
