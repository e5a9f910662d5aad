#pragma once

#include "Result.h"
#include "exchange/ExchangeTypes.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QUrl>

namespace cxsync::exchange {

// GraphConnector::probeCalendar (defined in GraphCalendarProbe.cpp): GET /users/{mailbox}/calendarView for a
// range with $top=1, the read synchronization depends on, and what Graph's refusals mean for an admin.
class GraphCalendarProbe final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::exchange::GraphCalendarProbe)
public:
    static net::HttpRequest request(const QUrl &mailboxCalendarView, const QString &mailbox,
                                    const QDateTime &fromUtc, const QDateTime &toUtc);
    // The answer: a `value` list is required (Invalid otherwise); `@odata.nextLink` means more than one item.
    static Result<CalendarProbe> parse(const net::HttpResponse &response, const QString &mailbox);
    // Graph's refusal with, for the codes an admin can act on, what to do first in the message (status and
    // code stay for ConnectionHints): "access denied: the app registration needs Calendars.ReadWrite ...
    // (Graph's own words)".
    static Error explain(Error error);
};

} // namespace cxsync::exchange
