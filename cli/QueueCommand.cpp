#include "QueueCommand.h"

#include "Journal.h"
#include "SecretStore.h"
#include "Settings.h"
#include "notify/ErrorMailer.h"
#include "notify/ErrorNotifier.h"
#include "queue/FailedMessageQueue.h"
#include "queue/QueueExport.h"
#include "queue/TransactionLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTextStream>
#include <QTimeZone>

#include <utility>

namespace cxsync {

using namespace queue;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QStringLiteral("-");
}

QString oneLine(const QString &text, int max = 80)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width);
}

int exitFor(const Error &error)
{
    return error.kind == ErrorKind::Invalid ? kUsage : kFailed;
}

} // namespace

QueueCommand::QueueCommand(Settings &settings, SecretStore &secrets, QTextStream &out, QTextStream &err,
                           Options options, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_out(out), m_err(err),
      m_options(std::move(options))
{
}

QueueCommand::~QueueCommand() = default;

QString QueueCommand::usage(const QString &command)
{
    if (command == QLatin1String("log"))
        return tr("usage: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | "
                  "log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune");
    if (command == QLatin1String("notify"))
        return tr("usage: cxsync notify test | notify digest");
    return tr("usage: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | "
              "queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | "
              "queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv");
}

QDateTime QueueCommand::parseSince(const QString &text)
{
    const QString t = text.trimmed();
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10)
        return date.startOfDay().toUTC(); // local midnight
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

int QueueCommand::fail(int code, const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return code;
}

void QueueCommand::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(code);
}

bool QueueCommand::openJournal()
{
    auto opened = Journal::open(m_settings.journalPath());
    if (!opened.ok()) {
        fail(kFailed, opened.error().message);
        return false;
    }
    m_journal = std::move(opened).value();
    m_queue =
        std::make_unique<FailedMessageQueue>(*m_journal, m_clock, RetrySchedule::fromSettings(m_settings));
    m_log = std::make_unique<TransactionLog>(*m_journal, m_clock);
    return true;
}

bool QueueCommand::parseFilterOptions()
{
    m_states.clear();
    if (!m_options.state.isEmpty()) {
        for (const QString &name : m_options.state.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = stateFromName(name);
            if (!state) {
                fail(kUsage, tr("--state: '%1' is not one of waiting, retrying, parked, resolved, discarded")
                                 .arg(name.trimmed()));
                return false;
            }
            m_states << int(*state);
        }
    }
    if (!m_options.limit.isEmpty()) {
        bool ok = false;
        m_limit = m_options.limit.toInt(&ok);
        if (!ok || m_limit < 0) {
            fail(kUsage, tr("--limit: '%1' is not a whole number (0 for all)").arg(m_options.limit));
            return false;
        }
    }
    if (!m_options.since.isEmpty()) {
        m_since = parseSince(m_options.since);
        if (!m_since.isValid()) {
            fail(kUsage,
                 tr("--since: '%1' is not a date (2026-01-31) or a time (2026-01-31T14:00, with Z or an "
                    "offset for UTC)")
                     .arg(m_options.since));
            return false;
        }
    }
    return true;
}

std::optional<qint64> QueueCommand::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(kUsage, tr("'%1' is not a failed message id (a number from `cxsync queue list`)").arg(text));
        return std::nullopt;
    }
    return id;
}

void QueueCommand::run(const QString &command, const QStringList &args, std::function<void(int)> done)
{
    m_done = std::move(done);
    if (!parseFilterOptions())
        return finish(kUsage);
    if (command == QLatin1String("notify"))
        return notifyCommand(args);
    if (command == QLatin1String("log")) {
        if (args.value(0) == QLatin1String("export") && args.size() == 2) {
            if (auto format = TransactionLog::formatForPath(args.at(1)); !format.ok())
                return finish(fail(kUsage, format.error().message));
        } else if (!(args.isEmpty() || (args.value(0) == QLatin1String("prune") && args.size() == 1))) {
            return finish(fail(kUsage, usage(command)));
        }
        if (!openJournal())
            return finish(kFailed);
        return finish(logCommand(args));
    }
    const QString sub = args.value(0);
    const bool known = (sub == QLatin1String("list") && args.size() == 1) ||
                       (sub == QLatin1String("show") && args.size() == 2) ||
                       (sub == QLatin1String("retry") && (args.size() == 2) != m_options.all) ||
                       (sub == QLatin1String("discard") && args.size() == 2) ||
                       (sub == QLatin1String("export") && args.size() == 2);
    if (!known)
        return finish(fail(kUsage, usage(command)));
    if (sub == QLatin1String("export")) {
        if (auto format = QueueExport::formatForPath(args.at(1)); !format.ok())
            return finish(fail(kUsage, format.error().message));
    }
    if (!openJournal())
        return finish(kFailed);
    finish(queueCommand(args));
}

int QueueCommand::queueCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return list();
    if (sub == QLatin1String("show"))
        return show(args.at(1));
    if (sub == QLatin1String("retry"))
        return retry(args);
    if (sub == QLatin1String("discard"))
        return discard(args);
    return exportQueue(args.at(1));
}

namespace {
MessageFilter filterFrom(const QList<int> &states, const QString &user, const QDateTime &since)
{
    MessageFilter f;
    for (int s : states)
        f.states << MessageState(s);
    f.user = user;
    f.fromUtc = since;
    return f;
}
} // namespace

int QueueCommand::list()
{
    // Printed page by page: `--limit 0` over 100,000 rows holds one page of list rows, never the snapshots.
    const MessageFilter filter = filterFrom(m_states, m_options.user, m_since);
    auto total = m_queue->count(filter);
    if (!total.ok())
        return fail(kFailed, total.error().message);
    const QString gap = QStringLiteral("  ");
    qint64 shown = 0;
    PageCursor cursor;
    do {
        const int want = m_limit == 0 ? 1000 : int(std::min<qint64>(1000, m_limit - shown));
        auto page = m_queue->list(filter, cursor, want);
        if (!page.ok()) {
            if (m_options.json && shown > 0)
                m_out << "\n]}" << Qt::endl; // keep what was printed parseable
            return fail(kFailed, page.error().message);
        }
        const QList<FailedMessage> &rows = page.value().rows;
        if (shown == 0) {
            if (m_options.json) {
                m_out << "{\"total\": " << total.value() << ", \"failedMessages\": [";
            } else if (rows.isEmpty()) {
                m_out << tr("No failed messages%1.")
                             .arg(filter.states.isEmpty() && filter.user.isEmpty() ? QString() : tr(" match"))
                      << Qt::endl;
                return kOk;
            } else {
                m_out << pad(tr("ID"), 7) << gap << pad(tr("STATE"), 9) << gap << pad(tr("LAST FAILURE"), 19)
                      << gap << pad(tr("DIRECTION"), 15) << gap << pad(tr("USER"), 24) << gap
                      << pad(tr("OPERATION"), 9) << gap << pad(tr("ERROR"), 11) << gap
                      << tr("TRIES  SUBJECT  MESSAGE") << '\n';
            }
        }
        for (const FailedMessage &m : rows) {
            if (m_options.json) {
                m_out << (shown > 0 ? ",\n" : "\n")
                      << QString::fromUtf8(
                             QJsonDocument(QueueExport::toJson(m)).toJson(QJsonDocument::Compact));
            } else {
                m_out << pad(QString::number(m.id), 7) << gap << pad(stateName(m.state), 9) << gap
                      << pad(local(m.lastFailureUtc), 19) << gap << pad(directionName(m.direction), 15) << gap
                      << pad(oneLine(!m.mailbox.isEmpty() ? m.mailbox : m.crmUserId, 24), 24) << gap
                      << pad(m.operation, 9) << gap << pad(m.errorKind, 11) << gap
                      << pad(QString::number(m.attempts), 5) << gap << '"' << oneLine(m.subject, 40) << '"'
                      << gap << oneLine(m.errorMessage, 100) << '\n';
            }
            ++shown;
        }
        cursor = page.value().next;
    } while (!cursor.isNull() && (m_limit == 0 || shown < m_limit));
    if (m_options.json) {
        m_out << "\n]}" << Qt::endl;
        return kOk;
    }
    m_out
        << tr("%1 of %2 shown, newest failure first; `cxsync queue show ID` for details, --limit 0 for all.")
               .arg(shown)
               .arg(total.value())
        << Qt::endl;
    return kOk;
}

int QueueCommand::show(const QString &idText)
{
    const auto id = parseId(idText);
    if (!id)
        return kUsage;
    auto message = m_queue->get(*id);
    if (!message.ok())
        return fail(kFailed, message.error().message);
    const FailedMessage &m = message.value();
    if (m_options.json) {
        m_out << QJsonDocument(QueueExport::toJson(m)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const auto row = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value) << '\n';
    };
    row(tr("Failed message"), QString::number(m.id));
    row(tr("State"), stateName(m.state));
    row(tr("Note"), m.note);
    row(tr("Direction"), directionName(m.direction));
    row(tr("Operation"), m.operation);
    row(tr("Subject"), m.subject);
    row(tr("CRM user"), m.crmUserId);
    row(tr("Mailbox"), m.mailbox);
    row(tr("CRM item"), m.crmItemId);
    row(tr("Exchange item"), m.exchangeItemId);
    row(tr("Error"), QStringLiteral("%1: %2").arg(m.errorKind, m.errorMessage));
    row(tr("HTTP status"), m.httpStatus != 0 ? QString::number(m.httpStatus) : QString());
    row(tr("Server code"), m.errorCode);
    row(tr("Attempts"), QString::number(m.attempts));
    row(tr("First failure"), local(m.firstFailureUtc));
    row(tr("Last failure"), local(m.lastFailureUtc));
    if (m.state == MessageState::Waiting)
        row(tr("Next attempt"), local(m.nextAttemptUtc));
    m_out << tr("Change:") << '\n' << QJsonDocument(m.snapshot).toJson(QJsonDocument::Indented);
    m_out << tr("History:") << '\n';
    for (const MessageEvent &e : m.history) {
        QString line = QStringLiteral("  %1  %2  #%3").arg(local(e.timeUtc), e.event).arg(e.attempt);
        if (!e.errorKind.isEmpty())
            line += QStringLiteral("  %1: %2").arg(e.errorKind, e.errorMessage);
        if (e.nextAttemptUtc.isValid())
            line += tr("  next %1").arg(local(e.nextAttemptUtc));
        if (!e.note.isEmpty())
            line += QStringLiteral("  (%1)").arg(e.note);
        m_out << line << '\n';
    }
    m_out.flush();
    return kOk;
}

int QueueCommand::retry(const QStringList &args)
{
    if (m_options.all) {
        auto changed = m_queue->retryAll(filterFrom(m_states, m_options.user, m_since));
        if (!changed.ok())
            return fail(kFailed, changed.error().message);
        m_out << tr("%n failed message(s) will be retried by the next `cxsync sync` or the running service.",
                    nullptr, changed.value())
              << Qt::endl;
        return kOk;
    }
    const auto id = parseId(args.at(1));
    if (!id)
        return kUsage;
    if (Status s = m_queue->retryNow(*id); !s.ok())
        return fail(kFailed, s.error().message);
    m_out
        << tr("Failed message %1 will be retried by the next `cxsync sync` or the running service.").arg(*id)
        << Qt::endl;
    return kOk;
}

int QueueCommand::discard(const QStringList &args)
{
    const auto id = parseId(args.at(1));
    if (!id)
        return kUsage;
    if (!m_options.yes)
        return fail(kUsage,
                    tr("discarding message %1 means its change is never applied; repeat with --yes to "
                       "confirm")
                        .arg(*id));
    if (Status s = m_queue->discard(*id, tr("discarded by the administrator (cxsync queue discard)"));
        !s.ok())
        return fail(kFailed, s.error().message);
    m_out << tr("Failed message %1 discarded; `cxsync queue retry %1` brings it back.").arg(*id) << Qt::endl;
    return kOk;
}

int QueueCommand::exportQueue(const QString &path)
{
    auto rows = QueueExport::exportTo(*m_queue, path, filterFrom(m_states, m_options.user, m_since),
                                      m_clock.nowUtc());
    if (!rows.ok())
        return fail(exitFor(rows.error()), rows.error().message);
    m_out << tr("Exported %n failed message(s) to %1.", nullptr, int(rows.value())).arg(path) << Qt::endl;
    return kOk;
}

int QueueCommand::logCommand(const QStringList &args)
{
    if (args.isEmpty())
        return printLog();
    if (args.at(0) == QLatin1String("export"))
        return exportLog(args.at(1));
    return pruneLog();
}

int QueueCommand::printLog()
{
    LogFilter filter;
    filter.sinceUtc = m_since;
    filter.user = m_options.user;
    const int limit = m_options.limit.isEmpty() ? 100 : m_limit;
    QList<LogEntry> rows;
    LogCursor cursor;
    do {
        auto page =
            m_log->query(filter, cursor, limit == 0 ? 1000 : std::min(1000, limit - int(rows.size())));
        if (!page.ok())
            return fail(kFailed, page.error().message);
        rows += page.value().rows;
        cursor = page.value().next;
    } while (!cursor.isNull() && (limit == 0 || rows.size() < limit));
    if (m_options.json) {
        QJsonArray array;
        for (const LogEntry &e : rows) {
            QJsonObject o{{QStringLiteral("id"), e.id},
                          {QStringLiteral("timeUtc"), e.timeUtc.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("direction"), e.direction},
                          {QStringLiteral("user"), e.user},
                          {QStringLiteral("item"), e.item},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("result"), e.result},
                          {QStringLiteral("message"), e.message}};
            if (e.durationMs >= 0)
                o.insert(QStringLiteral("durationMs"), e.durationMs);
            if (!e.conflict.isEmpty())
                o.insert(QStringLiteral("conflict"), e.conflict);
            if (!e.detail.isEmpty())
                o.insert(QStringLiteral("detail"), e.detail);
            if (e.failedMessageId != 0)
                o.insert(QStringLiteral("failedMessageId"), e.failedMessageId);
            array.append(o);
        }
        m_out
            << QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Indented);
        return kOk;
    }
    if (rows.isEmpty()) {
        m_out << tr("The transaction log has no entries%1.")
                     .arg(filter.sinceUtc.isValid() || !filter.user.isEmpty() ? tr(" that match") : QString())
              << Qt::endl;
        return kOk;
    }
    // Oldest first on screen, like a log file.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const LogEntry &e = *it;
        const QString gap = QStringLiteral("  ");
        m_out << local(e.timeUtc) << gap << pad(e.direction.isEmpty() ? QStringLiteral("-") : e.direction, 15)
              << gap << pad(oneLine(e.user, 24), 24) << gap << pad(e.action, 14) << gap << pad(e.result, 10)
              << gap
              << (e.durationMs >= 0 ? tr("%1 ms").arg(e.durationMs) : QStringLiteral("-")).rightJustified(8)
              << gap << '"' << oneLine(e.item, 40) << '"' << gap << oneLine(e.message, 120) << '\n';
        if (!e.conflict.isEmpty())
            m_out << "    "
                  << tr("conflict: %1")
                         .arg(QString::fromUtf8(QJsonDocument(e.conflict).toJson(QJsonDocument::Compact)))
                  << '\n';
    }
    m_out.flush();
    return kOk;
}

int QueueCommand::exportLog(const QString &path)
{
    LogFilter filter;
    filter.sinceUtc = m_since;
    filter.user = m_options.user;
    auto rows = m_log->exportTo(path, filter);
    if (!rows.ok())
        return fail(exitFor(rows.error()), rows.error().message);
    m_out << tr("Exported %n log entr(y/ies) to %1.", nullptr, int(rows.value())).arg(path) << Qt::endl;
    return kOk;
}

int QueueCommand::pruneLog()
{
    const SettingDef *def = SettingsSchema::find(Keys::LogRetentionDays);
    QVariant days = m_settings.value(Keys::LogRetentionDays);
    if (!def || SettingsSchema::check(*def, days))
        return fail(kUsage, tr("%1 is not valid; see cxsync config validate").arg(Keys::LogRetentionDays));
    auto removed = m_log->prune(days.toInt());
    if (!removed.ok())
        return fail(kFailed, removed.error().message);
    m_out << tr("Removed %1 log entries older than %2 days.").arg(removed.value()).arg(days.toInt())
          << Qt::endl;
    return kOk;
}

void QueueCommand::notifyCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("test") && sub != QLatin1String("digest")))
        return finish(fail(kUsage, usage(QStringLiteral("notify"))));
    if (sub == QLatin1String("digest") && !openJournal())
        return finish(kFailed);
    m_mailer = std::make_unique<notify::ErrorMailer>();
    QPointer<QueueCommand> self(this);
    notify::SmtpConfig::load(m_settings, m_secrets, [self, sub](Result<notify::SmtpConfig> config) {
        if (!self)
            return;
        if (!config.ok()) {
            const Error &e = config.error();
            return self->finish(self->fail(
                e.kind == ErrorKind::Invalid || e.kind == ErrorKind::NotFound ? kUsage : kFailed, e.message));
        }
        if (sub == QLatin1String("test")) {
            // The test mail does not need the journal: a queue over nothing is never read.
            auto printReceipt = [self](Result<notify::MailReceipt> sent) {
                if (!self)
                    return;
                if (!sent.ok())
                    return self->finish(self->fail(sent.error().kind == ErrorKind::Invalid ? kUsage : kFailed,
                                                   sent.error().message));
                for (const QString &line : sent.value().transcript)
                    self->m_out << tr("server: %1").arg(line) << '\n';
                self->m_out << tr("Test mail accepted by the server: %1").arg(sent.value().lastReply)
                            << Qt::endl;
                self->finish(kOk);
            };
            const QString to = self->m_settings.value(Keys::ErrorEmail).toString().trimmed();
            if (to.isEmpty())
                return self->finish(self->fail(kUsage, tr("%1 is not set: nobody to send the test mail to")
                                                           .arg(SettingsSchema::label(Keys::ErrorEmail))));
            // ErrorNotifier composes the mail; it needs a queue only for digests.
            if (!self->m_journal && !self->openJournal())
                return self->finish(kFailed);
            self->m_notifier =
                std::make_unique<notify::ErrorNotifier>(*self->m_queue, self->m_clock, *self->m_mailer);
            self->m_notifier->configure(self->m_settings);
            self->m_out << tr("Sending a test mail to %1 through %2:%3…")
                               .arg(to, config.value().host)
                               .arg(config.value().port)
                        << Qt::endl;
            self->m_notifier->sendTest(config.value(), printReceipt);
            return;
        }
        self->m_notifier =
            std::make_unique<notify::ErrorNotifier>(*self->m_queue, self->m_clock, *self->m_mailer);
        self->m_notifier->configure(self->m_settings);
        self->m_notifier->maybeSend(config.value(), [self](Result<notify::DigestOutcome> outcome) {
            if (!self)
                return;
            if (!outcome.ok())
                return self->finish(self->fail(outcome.error().kind == ErrorKind::Invalid ? kUsage : kFailed,
                                               outcome.error().message));
            const notify::DigestOutcome &o = outcome.value();
            switch (o.kind) {
            case notify::DigestOutcome::Kind::Sent:
                self->m_out << tr("Digest of %n failure(s) sent: %1", nullptr, int(o.failures))
                                   .arg(o.receipt.lastReply)
                            << Qt::endl;
                break;
            case notify::DigestOutcome::Kind::NothingToReport:
                self->m_out << tr("Nothing new to report.") << Qt::endl;
                break;
            case notify::DigestOutcome::Kind::NotYet:
                self->m_out
                    << tr("The last error mail was sent less than the interval ago; the next may go at %1.")
                           .arg(local(o.notBeforeUtc))
                    << Qt::endl;
                break;
            }
            self->finish(kOk);
        });
    });
}

} // namespace cxsync
