#include "users/MailboxAccessProbe.h"

#include "exchange/ExchangeConnector.h"

#include <QPointer>

namespace cxsync::users {

void MailboxAccessProbe::test(exchange::ExchangeConnector &exchange, Clock &clock, const QString &mailbox,
                              QObject *context, std::function<void(Result<QString>)> done)
{
    const QDateTime from = clock.nowUtc();
    const QDateTime to = from.addDays(7);
    QPointer<QObject> guard(context);
    exchange.probeCalendar(mailbox, from, to, [guard, mailbox, done](Result<exchange::CalendarProbe> result) {
        if (!guard)
            return;
        if (!result.ok()) {
            Error error = result.error();
            error.message = tr("cannot read the calendar of %1: %2").arg(mailbox, error.message);
            return done(error);
        }
        const exchange::CalendarProbe &probe = result.value();
        QString seen;
        if (!probe.any)
            seen = tr("no appointments in the next 7 days");
        else if (probe.more)
            seen = tr("several appointments in the next 7 days, the first \"%1\"").arg(probe.firstSubject);
        else
            seen = tr("one appointment in the next 7 days, \"%1\"").arg(probe.firstSubject);
        done(tr("the calendar of %1 can be read (%2, in %3 ms)").arg(mailbox, seen).arg(probe.elapsedMs));
    });
}

} // namespace cxsync::users
