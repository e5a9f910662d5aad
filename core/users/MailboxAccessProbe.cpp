#include "users/MailboxAccessProbe.h"

#include "exchange/graph/GraphConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace cxsync::users {

void MailboxAccessProbe::test(exchange::GraphConnector &graph, Clock &clock, const QString &mailbox,
                              QObject *context, std::function<void(Result<QString>)> done)
{
    const QDateTime from = clock.nowUtc();
    const QDateTime to = from.addDays(7);
    QUrl url = graph.mailboxUrl(mailbox, QStringLiteral("/calendarView"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("startDateTime"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("endDateTime"), to.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id,subject"));
    url.setQuery(query);
    net::HttpRequest request;
    request.url = url;
    request.mailbox = mailbox;
    request.label = QStringLiteral("graph.testMailboxAccess");
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    QPointer<QObject> guard(context);
    graph.send(request, [guard, mailbox, done](Result<net::HttpResponse> result) {
        if (!guard)
            return;
        if (!result.ok()) {
            Error error = result.error();
            const QString code = error.serverCode;
            QString advice;
            if (code == QLatin1String("MailboxNotEnabledForRESTAPI"))
                advice = tr("the mailbox is inactive, soft-deleted or hosted on-premises");
            else if (code == QLatin1String("ErrorAccessDenied"))
                advice =
                    tr("access denied: the app registration needs Calendars.ReadWrite with admin consent, "
                       "and an application access policy must include this mailbox");
            else if (code == QLatin1String("ErrorInvalidUser") || code == QLatin1String("ResourceNotFound") ||
                     code == QLatin1String("Request_ResourceNotFound"))
                advice = tr("there is no such mailbox");
            error.message =
                advice.isEmpty()
                    ? tr("cannot read the calendar of %1: %2").arg(mailbox, error.message)
                    : tr("cannot read the calendar of %1: %2 (%3)").arg(mailbox, advice, error.message);
            return done(error);
        }
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(result.value().body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
            !document.object().value(QLatin1String("value")).isArray())
            return done(makeError(
                ErrorKind::Invalid,
                tr("the calendar of %1 answered with something that is not a calendar view").arg(mailbox)));
        const QJsonArray items = document.object().value(QLatin1String("value")).toArray();
        const bool more = document.object().contains(QLatin1String("@odata.nextLink"));
        QString seen;
        if (items.isEmpty())
            seen = tr("no appointments in the next 7 days");
        else if (more)
            seen = tr("several appointments in the next 7 days, the first \"%1\"")
                       .arg(items.first().toObject().value(QLatin1String("subject")).toString());
        else
            seen = tr("one appointment in the next 7 days, \"%1\"")
                       .arg(items.first().toObject().value(QLatin1String("subject")).toString());
        done(tr("the calendar of %1 can be read (%2, in %3 ms)")
                 .arg(mailbox, seen)
                 .arg(result.value().elapsedMs));
    });
}

} // namespace cxsync::users
