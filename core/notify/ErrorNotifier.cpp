#include "ErrorNotifier.h"

#include "config/Settings.h"
#include "net/HttpTrace.h"
#include "queue/FailedMessageQueue.h"
#include "store/Journal.h"
#include "store/JournalSql.h"

#include <QPointer>
#include <QSqlQuery>
#include <QSysInfo>

namespace cxsync::notify {

using namespace queue;
using namespace journalsql;

namespace {

QString shown(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

// Error texts come from servers: never let a token or password they echo reach a mailbox.
QString clean(const QString &text)
{
    return QString::fromUtf8(net::HttpTrace::redact(text.toUtf8())).simplified();
}

} // namespace

ErrorNotifier::ErrorNotifier(FailedMessageQueue &queue, Clock &clock, ErrorMailer &mailer, QObject *parent)
    : QObject(parent), m_queue(queue), m_clock(clock), m_mailer(mailer)
{
}

void ErrorNotifier::configure(const Settings &settings)
{
    const QString to = settings.value(Keys::ErrorEmail).toString().trimmed();
    m_recipients = to.isEmpty() ? QStringList() : QStringList{to};
    const SettingDef *def = SettingsSchema::find(Keys::DigestIntervalMinutes);
    QVariant minutes = settings.value(Keys::DigestIntervalMinutes);
    if (!def || SettingsSchema::check(*def, minutes))
        minutes = def ? def->defaultValue : QVariant(60);
    setIntervalMs(qint64(minutes.toInt()) * 60 * 1000);
}

Result<QDateTime> ErrorNotifier::lastAttemptUtc()
{
    QSqlQuery q(m_queue.journal().database());
    if (Status s = execOrError(q, QStringLiteral("SELECT max(attempted_utc) FROM error_mails")); !s.ok())
        return s.error();
    return q.next() ? fromStamp(q.value(0)) : QDateTime();
}

Result<PageCursor> ErrorNotifier::coveredUntil()
{
    QSqlQuery q(m_queue.journal().database());
    if (Status s =
            execOrError(q, QStringLiteral("SELECT covered_until_utc, covered_until_id FROM error_mails WHERE"
                                          " result = 'sent' AND covered_until_id IS NOT NULL ORDER BY"
                                          " covered_until_utc DESC, covered_until_id DESC LIMIT 1"));
        !s.ok())
        return s.error();
    if (!q.next())
        return PageCursor{};
    return PageCursor{fromStamp(q.value(0)), q.value(1).toLongLong()};
}

Result<DigestContent> ErrorNotifier::collect()
{
    DigestContent c;
    c.hostName = QSysInfo::machineHostName();
    c.journalPath = m_queue.journal().path();
    auto covered = coveredUntil();
    if (!covered.ok())
        return covered.error();
    c.sinceUtc = covered.value().lastFailureUtc;
    c.coveredUntil = covered.value();
    MessageFilter open;
    open.states = {MessageState::Waiting, MessageState::Retrying, MessageState::Parked};
    MessageFilter fresh = open;
    fresh.newerThan = covered.value();
    auto failures = m_queue.count(fresh);
    if (!failures.ok())
        return failures.error();
    c.failures = failures.value();
    auto byKind = m_queue.countByKind(fresh);
    if (!byKind.ok())
        return byKind.error();
    c.byKind = byKind.value();
    auto byState = m_queue.countByState(fresh);
    if (!byState.ok())
        return byState.error();
    c.byState = byState.value();
    auto newest = m_queue.list(fresh, PageCursor{}, m_newest);
    if (!newest.ok())
        return newest.error();
    c.newest = newest.value().rows;
    auto total = m_queue.countByState(open);
    if (!total.ok())
        return total.error();
    for (auto it = total.value().cbegin(); it != total.value().cend(); ++it)
        c.openTotal += it.value();
    c.parkedTotal = total.value().value(stateName(MessageState::Parked));
    auto canary = canary::CanaryJournal(m_queue.journal()).unreportedProblems(m_newest);
    if (!canary.ok())
        return canary.error();
    c.canary = canary.value();
    return c;
}

MailMessage ErrorNotifier::digestMail(const DigestContent &c, const QString &sender) const
{
    MailMessage mail;
    mail.fromAddress = sender;
    mail.to = m_recipients;
    mail.dateUtc = m_clock.nowUtc();
    const qint64 parked = c.byState.value(stateName(MessageState::Parked));
    mail.subject = c.failures == 0 && !c.canary.isEmpty()
                       ? tr("[CRM Exchange Sync] the synthetic canary was late or lost on %1").arg(c.hostName)
                   : parked > 0
                       ? tr("[CRM Exchange Sync] %1 failed message(s), %2 parked, on %3")
                             .arg(c.failures)
                             .arg(parked)
                             .arg(c.hostName)
                       : tr("[CRM Exchange Sync] %1 failed message(s) on %2").arg(c.failures).arg(c.hostName);
    QStringList b;
    if (c.failures == 0) {
        // Only the canary has news: no failed-message sections with zeros.
        b << tr("CRM Exchange Sync on %1 applied every change, but its synthetic canary was late or lost: "
                "changes are slow to cross, or do not cross at all.")
                 .arg(c.hostName);
    } else {
        b << (c.sinceUtc.isValid()
                  ? tr("CRM Exchange Sync on %1 could not apply %2 change(s) since the last report (%3).")
                        .arg(c.hostName)
                        .arg(c.failures)
                        .arg(shown(c.sinceUtc))
                  : tr("CRM Exchange Sync on %1 could not apply %2 change(s).").arg(c.hostName).arg(c.failures));
        b << QString();
        b << tr("By error kind:");
        for (auto it = c.byKind.cbegin(); it != c.byKind.cend(); ++it)
            b << QStringLiteral("  %1 %2").arg(it.key(), -14).arg(it.value());
        b << QString();
        b << tr("By state:");
        for (auto it = c.byState.cbegin(); it != c.byState.cend(); ++it) {
            QString meaning;
            if (it.key() == stateName(MessageState::Parked))
                meaning = tr("parked: waits for you");
            else if (it.key() == stateName(MessageState::Waiting))
                meaning = tr("waiting: retried automatically");
            else
                meaning = tr("being retried now");
            b << QStringLiteral("  %1 %2  (%3)").arg(it.key(), -14).arg(it.value()).arg(meaning);
        }
        b << QString();
        b << tr("Newest errors:");
        for (const FailedMessage &m : c.newest) {
            b << QStringLiteral("  #%1  %2  %3  %4  %5 \"%6\"")
                     .arg(m.id)
                     .arg(shown(m.lastFailureUtc), directionName(m.direction),
                          !m.mailbox.isEmpty() ? m.mailbox : m.crmUserId, m.operation, clean(m.subject));
            b << QStringLiteral("      %1: %2").arg(errorKindName(m.errorKind), clean(m.errorMessage));
            if (m.state == MessageState::Waiting)
                b << tr("      waiting, attempt %1, next attempt %2")
                         .arg(m.attempts)
                         .arg(shown(m.nextAttemptUtc));
            else
                b << QStringLiteral("      %1, %2").arg(stateName(m.state), clean(m.note));
        }
        if (c.failures > c.newest.size())
            b << tr("  ... and %1 more").arg(c.failures - c.newest.size());
    }
    if (!c.canary.isEmpty()) {
        // A canary round proves the whole path; late or lost means changes are slow or not crossing at all.
        b << QString();
        b << tr("Synthetic canary (a private test appointment written on one side and looked for on the other):");
        for (const canary::CanaryRound &r : c.canary) {
            const QString direction = r.direction == canary::CanaryDirection::CrmToExchange
                                          ? tr("CRM -> Exchange")
                                          : tr("Exchange -> CRM");
            if (r.state == canary::CanaryState::Late)
                b << tr("  %1  %2  %3  late: arrived after %4 s").arg(shown(r.startedUtc), direction, r.mailbox)
                         .arg(double(r.latencyMs) / 1000.0, 0, 'f', 1);
            else
                b << QStringLiteral("  %1  %2  %3  %4: %5")
                         .arg(shown(r.startedUtc), direction, r.mailbox, canary::stateName(r.state), clean(r.error));
        }
    }
    b << QString();
    b << tr("Open messages in total: %1 (%2 parked).").arg(c.openTotal).arg(c.parkedTotal);
    b << QString();
    b << tr("What to do:");
    b << tr("  cxsync queue list            every failed message, newest first");
    b << tr("  cxsync queue show ID         one message: the change, the error, every attempt");
    b << tr("  cxsync queue retry --all     retry what is waiting or parked, after fixing the cause");
    b << tr("  cxsync log --since %1   what was applied")
             .arg((c.sinceUtc.isValid() ? c.sinceUtc : m_clock.nowUtc().addDays(-1))
                      .toString(QStringLiteral("yyyy-MM-dd")));
    b << tr("Journal: %1").arg(c.journalPath);
    b << QString();
    b << tr("At most one such mail is sent every %n minute(s).", nullptr, int(m_intervalMs / 60000));
    mail.body = b.join(QLatin1Char('\n'));
    return mail;
}

MailMessage ErrorNotifier::testMail(const QString &sender) const
{
    MailMessage mail;
    mail.fromAddress = sender;
    mail.to = m_recipients;
    mail.dateUtc = m_clock.nowUtc();
    mail.subject = tr("[CRM Exchange Sync] Test mail from %1").arg(QSysInfo::machineHostName());
    mail.body = tr("This is a test of the error e-mail of CRM Exchange Sync on %1, sent at %2.\n"
                   "When changes cannot be applied, a digest like this one arrives here, at most once every "
                   "%n minute(s).",
                   nullptr, int(m_intervalMs / 60000))
                    .arg(QSysInfo::machineHostName(), shown(mail.dateUtc));
    return mail;
}

Status ErrorNotifier::remember(const MailMessage &mail, qint64 failures, const PageCursor &coveredUntil,
                               const Result<MailReceipt> &result)
{
    QSqlQuery q(m_queue.journal().database());
    q.prepare(QStringLiteral("INSERT INTO error_mails (attempted_utc, recipients, subject, failures,"
                             " covered_until_utc, covered_until_id, result, server_reply, error)"
                             " VALUES (?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(stamp(m_clock.nowUtc()));
    q.addBindValue(mail.to.join(QStringLiteral(", ")));
    q.addBindValue(mail.subject);
    q.addBindValue(failures);
    const bool covers = result.ok() && !coveredUntil.isNull();
    q.addBindValue(covers ? stampOrNull(coveredUntil.lastFailureUtc)
                          : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(covers ? QVariant(coveredUntil.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(result.ok() ? QStringLiteral("sent") : QStringLiteral("failed"));
    q.addBindValue(result.ok() ? result.value().lastReply : QString());
    q.addBindValue(result.ok() ? QString() : result.error().message);
    return execOrError(q);
}

void ErrorNotifier::maybeSend(const SmtpConfig &config, std::function<void(Result<DigestOutcome>)> done)
{
    if (m_recipients.isEmpty()) {
        done(makeError(ErrorKind::Invalid,
                       tr("%1 is not set: nobody to notify").arg(SettingsSchema::label(Keys::ErrorEmail)),
                       Keys::ErrorEmail));
        return;
    }
    const QDateTime now = m_clock.nowUtc();
    auto last = lastAttemptUtc();
    if (!last.ok()) {
        done(last.error());
        return;
    }
    if (m_sending || (last.value().isValid() && last.value().msecsTo(now) < m_intervalMs)) {
        DigestOutcome notYet;
        notYet.kind = DigestOutcome::Kind::NotYet;
        notYet.notBeforeUtc = last.value().isValid() ? last.value().addMSecs(m_intervalMs) : now;
        done(notYet);
        return;
    }
    auto content = collect();
    if (!content.ok()) {
        done(content.error());
        return;
    }
    if (content.value().failures == 0 && content.value().canary.isEmpty()) {
        done(DigestOutcome{});
        return;
    }
    QList<qint64> canaryRounds;
    for (const canary::CanaryRound &r : content.value().canary)
        canaryRounds.append(r.id);
    const MailMessage mail = digestMail(content.value(), config.sender);
    const qint64 failures = content.value().failures;
    // The newest reported failure; the next digest starts after it.
    const PageCursor covered =
        content.value().newest.isEmpty()
            ? PageCursor{}
            : PageCursor{content.value().newest.first().lastFailureUtc, content.value().newest.first().id};
    m_sending = true;
    QPointer<ErrorNotifier> self(this);
    m_mailer.send(config, mail, [self, mail, failures, covered, canaryRounds, done](Result<MailReceipt> result) {
        if (!self)
            return;
        self->m_sending = false;
        Status stored = self->remember(mail, failures, covered, result);
        if (result.ok() && stored.ok())
            stored = canary::CanaryJournal(self->m_queue.journal()).markReported(canaryRounds);
        if (!result.ok()) {
            done(result.error());
            return;
        }
        if (!stored.ok()) {
            // Sent, but not remembered: the next digest repeats these failures rather than miss any.
            done(stored.error());
            return;
        }
        DigestOutcome sent;
        sent.kind = DigestOutcome::Kind::Sent;
        sent.failures = failures;
        sent.subject = mail.subject;
        sent.receipt = result.value();
        done(sent);
    });
}

void ErrorNotifier::sendTest(const SmtpConfig &config, std::function<void(Result<MailReceipt>)> done)
{
    if (m_recipients.isEmpty()) {
        done(makeError(
            ErrorKind::Invalid,
            tr("%1 is not set: nobody to send the test mail to").arg(SettingsSchema::label(Keys::ErrorEmail)),
            Keys::ErrorEmail));
        return;
    }
    m_mailer.send(config, testMail(config.sender), std::move(done));
}

} // namespace cxsync::notify
