#pragma once

#include <QObject>
#include <QTimer>

namespace cxsync {

// SIGINT (Ctrl+C) and SIGTERM for the commands that run for a while (serve, sync, users sync). The handler
// only records the signal; a 100 ms timer on the event loop turns it into stopRequested(), so a command
// stops between writes and never inside one. With `forceOnSecond`, a second signal before the command has
// finished ends the process at once (the default action), for the admin who does not want to wait.
// One instance at a time: the handlers are process-wide.
class StopSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    void install(bool forceOnSecond);
    void uninstall(); // the default handlers again
    // The signal that asked to stop (0: none yet).
    int signalNumber() const { return m_signal; }
    // The shell's convention for "ended by signal N": 128 + N, so 130 after SIGINT and 143 after SIGTERM.
    static int exitCodeFor(int signalNumber) { return 128 + signalNumber; }
    static QString signalName(int signalNumber); // "SIGINT", "SIGTERM"

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    QTimer m_poll;
    int m_signal = 0;
    bool m_installed = false;
};

} // namespace cxsync
