#include "JournalCommand.h"

#include "Command.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "queue/FailedMessageQueue.h"
#include "queue/TransactionLog.h"
#include "store/Journal.h"

#include <QTextStream>

#include <utility>

namespace cxsync {

using namespace queue;

JournalCommand::JournalCommand(Profile &profile, QTextStream &out, QTextStream &err, Options options,
                               QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_secrets(profile.secrets()),
      m_out(out), m_err(err), m_options(std::move(options)), m_clock(profile.clock())
{
}

JournalCommand::~JournalCommand() = default;

JournalCommand::Options JournalCommand::optionsFrom(const CommandCall &call)
{
    return Options{call.isSet(QStringLiteral("json")), call.isSet(QStringLiteral("all")),
                   call.isSet(QStringLiteral("yes")),  call.value(QStringLiteral("since")),
                   call.value(QStringLiteral("user")), call.value(QStringLiteral("state")),
                   call.value(QStringLiteral("limit"))};
}

QDateTime JournalCommand::parseSince(const QString &text)
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

QString JournalCommand::local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QStringLiteral("-");
}

QString JournalCommand::oneLine(const QString &text, int max)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QChar(0x2026);
    return s;
}

QString JournalCommand::pad(const QString &text, int width)
{
    return text.leftJustified(width);
}

int JournalCommand::exitFor(const Error &error)
{
    return error.kind == ErrorKind::Invalid ? ExitUsage : ExitFailed;
}

int JournalCommand::fail(int code, const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return code;
}

void JournalCommand::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(code);
}

bool JournalCommand::openJournal()
{
    auto opened = m_profile.journal();
    if (!opened.ok()) {
        fail(ExitFailed, opened.error().message);
        return false;
    }
    m_journal = std::move(opened).value();
    m_queue =
        std::make_unique<FailedMessageQueue>(*m_journal, m_clock, RetrySchedule::fromSettings(m_settings));
    m_log = std::make_unique<TransactionLog>(*m_journal, m_clock);
    return true;
}

bool JournalCommand::parseFilterOptions()
{
    m_states.clear();
    if (!m_options.state.isEmpty()) {
        for (const QString &name : m_options.state.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto state = stateFromName(name);
            if (!state) {
                fail(ExitUsage,
                     tr("--state: '%1' is not one of waiting, retrying, parked, resolved, discarded")
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
            fail(ExitUsage, tr("--limit: '%1' is not a whole number (0 for all)").arg(m_options.limit));
            return false;
        }
    }
    if (!m_options.since.isEmpty()) {
        m_since = parseSince(m_options.since);
        if (!m_since.isValid()) {
            fail(ExitUsage,
                 tr("--since: '%1' is not a date (2026-01-31) or a time (2026-01-31T14:00, with Z or an "
                    "offset for UTC)")
                     .arg(m_options.since));
            return false;
        }
    }
    return true;
}

} // namespace cxsync
