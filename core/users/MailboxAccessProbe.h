#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace cxsync::exchange {
class ExchangeConnector;
}

namespace cxsync::users {

// "Test mailbox access" for one user: reads the mailbox's calendar (the next 7 days, the first item) through
// the ExchangeConnector the way synchronization will, and says in words what was seen or what went wrong (the
// connector's error names what the admin can do, in its kind's terms).
class MailboxAccessProbe final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::users::MailboxAccessProbe)
public:
    // `mailbox`: the Exchange user id or address; `exchange`: Connections::exchange(), which reaches the
    // mailbox's own server. On success: a one-line confirmation. Errors keep their kind, with the advice in
    // the message. Calls back once, from the event loop, unless `context` is gone.
    static void test(exchange::ExchangeConnector &exchange, Clock &clock, const QString &mailbox,
                     QObject *context, std::function<void(Result<QString>)> done);
};

} // namespace cxsync::users
