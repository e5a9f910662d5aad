#include "exchange/graph/GraphCalendarProbe.h"

#include "exchange/graph/GraphConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace cxsync::exchange {

net::HttpRequest GraphCalendarProbe::request(const QUrl &mailboxCalendarView, const QString &mailbox,
                                             const QDateTime &fromUtc, const QDateTime &toUtc)
{
    QUrl url = mailboxCalendarView;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("startDateTime"), fromUtc.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("endDateTime"), toUtc.toUTC().toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,subject"));
    url.setQuery(query);
    net::HttpRequest http;
    http.url = url;
    http.mailbox = mailbox;
    http.label = QStringLiteral("graph.probeCalendar");
    http.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    return http;
}

Result<CalendarProbe> GraphCalendarProbe::parse(const net::HttpResponse &response, const QString &mailbox)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !document.object().value(QLatin1String("value")).isArray())
        return makeError(
            ErrorKind::Invalid,
            tr("the calendar of %1 answered with something that is not a calendar view").arg(mailbox),
            QStringLiteral("value"));
    const QJsonArray items = document.object().value(QLatin1String("value")).toArray();
    CalendarProbe probe;
    probe.any = !items.isEmpty();
    probe.more =
        items.size() > 1 || (probe.any && document.object().contains(QLatin1String("@odata.nextLink")));
    if (probe.any)
        probe.firstSubject = items.first().toObject().value(QLatin1String("subject")).toString();
    probe.elapsedMs = response.elapsedMs;
    return probe;
}

Error GraphCalendarProbe::explain(Error error)
{
    const QString code = error.serverCode;
    QString advice;
    if (code == QLatin1String("MailboxNotEnabledForRESTAPI"))
        advice = tr("the mailbox is inactive, soft-deleted or hosted on-premises");
    else if (code == QLatin1String("ErrorAccessDenied"))
        advice = tr("access denied: the app registration needs Calendars.ReadWrite with admin consent, "
                    "and an application access policy must include this mailbox");
    else if (code == QLatin1String("ErrorInvalidUser") || code == QLatin1String("ResourceNotFound") ||
             code == QLatin1String("Request_ResourceNotFound"))
        advice = tr("there is no such mailbox");
    if (!advice.isEmpty())
        error.message = tr("%1 (%2)").arg(advice, error.message);
    return error;
}

// ---- GraphConnector's calendar probe -------------------------------------------------------------------

void GraphConnector::probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                                   Callback<CalendarProbe> done)
{
    if (mailbox.trimmed().isEmpty() || !fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc) {
        const Error error = makeError(
            ErrorKind::Invalid, GraphCalendarProbe::tr("A calendar probe needs a mailbox and a time range."),
            QStringLiteral("mailbox"));
        failLater(done, error);
        return;
    }
    send(GraphCalendarProbe::request(mailboxUrl(mailbox, QStringLiteral("/calendarView")), mailbox, fromUtc,
                                     toUtc),
         [done, mailbox](Result<net::HttpResponse> response) {
             if (!response.ok())
                 return done(GraphCalendarProbe::explain(response.error()));
             done(GraphCalendarProbe::parse(response.value(), mailbox));
         });
}

} // namespace cxsync::exchange
