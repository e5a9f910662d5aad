#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Settings;
class SecretStore;
class Journal;

namespace queue {
class FailedMessageQueue;
class TransactionLog;
} // namespace queue
namespace notify {
class ErrorMailer;
class ErrorNotifier;
} // namespace notify

// The failed-message queue, the transaction log and the error e-mail on the command line:
//   queue list [--json] [--state S[,S]] [--user U] [--limit N] | queue show ID [--json] |
//   queue retry ID | queue retry --all [--state S] [--user U] | queue discard ID --yes | queue export FILE
//   log [--since DATE] [--user U] [--json] [--limit N] | log export FILE [--since] [--user] | log prune
//   notify test | notify digest
// Exit codes: 0 done, 1 the operation failed (unknown id, journal or mail error), 2 usage or settings.
class QueueCommand final : public QObject {
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

    QueueCommand(Settings &settings, SecretStore &secrets, QTextStream &out, QTextStream &err,
                 Options options, QObject *parent = nullptr);
    ~QueueCommand() override;

    // `command`: queue, log or notify; `args`: what follows it.
    void run(const QString &command, const QStringList &args, std::function<void(int)> done);

    static QString usage(const QString &command);
    // "2026-01-05" (local midnight), "2026-01-05T09:30" (local) or with Z / an offset; invalid if none.
    static QDateTime parseSince(const QString &text);

private:
    int queueCommand(const QStringList &args);
    int logCommand(const QStringList &args);
    void notifyCommand(const QStringList &args);
    int list();
    int show(const QString &id);
    int retry(const QStringList &args);
    int discard(const QStringList &args);
    int exportQueue(const QString &path);
    int printLog();
    int exportLog(const QString &path);
    int pruneLog();
    bool openJournal();
    bool parseFilterOptions();
    std::optional<qint64> parseId(const QString &text);
    void finish(int code);
    int fail(int code, const QString &message);

    Settings &m_settings;
    SecretStore &m_secrets;
    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    SystemClock m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<queue::FailedMessageQueue> m_queue;
    std::unique_ptr<queue::TransactionLog> m_log;
    std::unique_ptr<notify::ErrorMailer> m_mailer;
    std::unique_ptr<notify::ErrorNotifier> m_notifier;
    QList<int> m_states; // MessageState values from --state
    int m_limit = 50;
    QDateTime m_since;
    std::function<void(int)> m_done;
};

} // namespace cxsync
