#pragma once

#include "Clock.h"
#include "canary/CanaryJournal.h"
#include "notify/ErrorMailer.h"
#include "queue/QueueTypes.h"

#include <QMap>
#include <QObject>

namespace cxsync {

namespace queue {
class FailedMessageQueue;
}

namespace notify {

// What a digest reports: the failures recorded since the last sent digest that are still open.
struct DigestContent {
    QString hostName;
    QDateTime sinceUtc;                 // the previous digest's newest failure (invalid: none sent yet)
    queue::PageCursor coveredUntil;     // that failure as a position in the list
    qint64 failures = 0;                // new open failures
    QMap<QString, qint64> byKind;       // error kind → count, of the new failures
    QMap<QString, qint64> byState;      // waiting / retrying / parked → count, of the new failures
    QList<queue::FailedMessage> newest; // the newest few, newest first
    qint64 openTotal = 0;               // every open message, new or not
    qint64 parkedTotal = 0;
    QString journalPath;
    // Synthetic canary rounds that were late, lost or failed and no digest has reported yet, newest first.
    QList<canary::CanaryRound> canary;
};

struct DigestOutcome {
    enum class Kind { Sent, NothingToReport, NotYet };
    Kind kind = Kind::NothingToReport;
    qint64 failures = 0;
    QDateTime notBeforeUtc; // NotYet: the earliest time the next digest may go
    QString subject;
    MailReceipt receipt;
};

// The error e-mail: at most one digest per interval, to the address(es) to notify, with counts by error kind
// and state, the newest errors and where to look next (`cxsync queue list`, `cxsync log`, the journal).
// Every attempt is kept in the journal's error_mails table; a digest that could not be sent is tried again at
// the next interval and still covers its failures.
class ErrorNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorNotifier)
public:
    ErrorNotifier(queue::FailedMessageQueue &queue, Clock &clock, ErrorMailer &mailer,
                  QObject *parent = nullptr);

    void setRecipients(const QStringList &addresses) { m_recipients = addresses; }
    void setIntervalMs(qint64 ms) { m_intervalMs = std::max<qint64>(1000, ms); }
    void setNewestCount(int rows) { m_newest = std::max(1, rows); }
    // Errors by kind from Settings: recipients (notify/errorEmail), interval (notify/digestIntervalMinutes).
    void configure(const Settings &settings);

    // Sends a digest if there is something new to report and the interval since the last attempt has passed.
    void maybeSend(const SmtpConfig &config, std::function<void(Result<DigestOutcome>)> done);
    // A test mail to the recipients, now, whatever the interval; not counted as a digest.
    void sendTest(const SmtpConfig &config, std::function<void(Result<MailReceipt>)> done);

    Result<DigestContent> collect();
    MailMessage digestMail(const DigestContent &content, const QString &sender) const;
    MailMessage testMail(const QString &sender) const;

private:
    Result<QDateTime> lastAttemptUtc();
    Result<queue::PageCursor> coveredUntil();
    Status remember(const MailMessage &mail, qint64 failures, const queue::PageCursor &coveredUntil,
                    const Result<MailReceipt> &result);

    queue::FailedMessageQueue &m_queue;
    Clock &m_clock;
    ErrorMailer &m_mailer;
    QStringList m_recipients;
    qint64 m_intervalMs = 60 * 60 * 1000;
    int m_newest = 10;
    bool m_sending = false;
};

} // namespace notify
} // namespace cxsync
