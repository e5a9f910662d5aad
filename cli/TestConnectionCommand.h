#pragma once

#include "Command.h"

#include "diagnostics/ConnectionTest.h"

#include <QObject>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Profile;

// `cxsync test-connection [--json] [--write-probe] [--mailbox ADDRESS]`: runs ConnectionTest and prints each
// step as it completes (text, or with --json one JSON object per line). Exit code 0 when nothing failed,
// 2 when the settings themselves are unusable, 1 otherwise.
class TestConnectionCommand final : public QObject {
    Q_OBJECT
public:
    // The test reads the profile's settings and secrets and builds each server connection itself, step by
    // step (that is what it tests).
    TestConnectionCommand(Profile &profile, ConnectionTestOptions options, bool json, QTextStream &out,
                          QObject *parent = nullptr);
    ~TestConnectionCommand() override;

    void run(std::function<void(int)> done);

private:
    void print(const StepResult &result);

    std::unique_ptr<ConnectionTest> m_test;
    bool m_json;
    QTextStream &m_out;
};

// `cxsync test-connection` on the command line.
std::unique_ptr<Command> makeTestConnectionCommand();

} // namespace cxsync
