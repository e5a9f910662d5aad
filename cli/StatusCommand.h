#pragma once

#include "Command.h"
#include "health/HealthReport.h"

#include <QObject>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Profile;

// `cxsync status [--json] [--user USER] [--period 24h|7d]`: the health dashboard's summary and per-mailbox
// table (core/health), read from the journal only, for people and monitoring systems.
// Exit codes: 0 green, 3 amber, 1 red (or the journal could not be read), 2 usage.
class StatusCommand final : public QObject {
    Q_OBJECT
public:
    static constexpr int ExitAmber = 3;

    StatusCommand(Profile &profile, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    // `period`: the --period value (empty: 24h).
    int run(bool json, const QString &user, const QString &period);

    static int exitCodeFor(health::Level level);

private:
    void printText(const health::HealthReport &report);
    int fail(int code, const QString &message);

    Profile &m_profile;
    QTextStream &m_out;
    QTextStream &m_err;
};

std::unique_ptr<Command> makeStatusCommand();

} // namespace cxsync
