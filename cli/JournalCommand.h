#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTextStream;

namespace cxsync {

class Settings;
class SecretStore;
class Journal;
class Profile;
struct CommandCall;

namespace queue {
class FailedMessageQueue;
class TransactionLog;
} // namespace queue

// What `cxsync queue`, `log` and `notify` share: the journal with its failed-message queue and transaction
// log, the filter options (--state, --user, --since, --limit), the exit paths and how times and cells are
// printed. Exit codes: 0 done, 1 the operation failed (unknown id, journal or mail error), 2 usage or
// settings.
class JournalCommand : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool json = false;
        bool all = false;
        bool yes = false;
        QString since;
        QString user;
        QString state;
        QString limit;
    };

    JournalCommand(Profile &profile, QTextStream &out, QTextStream &err, Options options,
                   QObject *parent = nullptr);
    ~JournalCommand() override;

    // The options of the command named in `call` (those it does not take stay unset).
    static Options optionsFrom(const CommandCall &call);
    // "2026-01-05" (local midnight), "2026-01-05T09:30" (local) or with Z / an offset; invalid if none.
    static QDateTime parseSince(const QString &text);

protected:
    // The profile's journal, with the queue and the log over it.
    bool openJournal();
    // --state, --limit and --since into m_states, m_limit and m_since; a bad value is reported (usage).
    bool parseFilterOptions();
    void finish(int code);
    int fail(int code, const QString &message);

    // A UTC time in local time, "-" if invalid; one line of at most `max` characters; a left-justified cell.
    static QString local(const QDateTime &utc);
    static QString oneLine(const QString &text, int max = 80);
    static QString pad(const QString &text, int width);
    // Usage for invalid input, failure for everything else.
    static int exitFor(const Error &error);

    Profile &m_profile;
    Settings &m_settings;
    SecretStore &m_secrets;
    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    Clock &m_clock;
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<queue::FailedMessageQueue> m_queue;
    std::unique_ptr<queue::TransactionLog> m_log;
    QList<int> m_states; // MessageState values from --state
    int m_limit = 50;
    QDateTime m_since;
    std::function<void(int)> m_done;
};

} // namespace cxsync
