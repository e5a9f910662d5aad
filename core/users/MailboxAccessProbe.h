#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace cxsync::exchange {
class GraphConnector;
}

namespace cxsync::users {

// "Test mailbox access" for one user: reads the mailbox's calendar (calendarView over the next 7 days, one
// item) the way synchronization will, and says in words what an admin can do about a refusal.
class MailboxAccessProbe final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::users::MailboxAccessProbe)
public:
    // `mailbox`: the Exchange user id or address. On success: a one-line confirmation. Errors keep their
    // kind, with the advice in the message. Calls back once, from the event loop, unless `context` is gone.
    static void test(exchange::GraphConnector &graph, Clock &clock, const QString &mailbox, QObject *context,
                     std::function<void(Result<QString>)> done);
};

} // namespace cxsync::users
