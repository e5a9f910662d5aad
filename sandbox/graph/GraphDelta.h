#pragma once

#include "GraphCalendar.h"

namespace cxsync::sandbox {

// calendarView and calendarView/delta: range expansion, paging with $skip / $skiptoken, delta rounds with
// $deltatoken (opaque base64 JSON of range, position, change sequence and the mailbox's sync generation).
class GraphDelta {
public:
    GraphDelta(GraphStore &store, GraphCalendar &calendar) : m_store(store), m_calendar(calendar) {}

    // `linkBase` is the absolute URL of the collection (".../users/{id}/calendarView" or ".../delta").
    std::optional<GraphError> calendarView(const QString &userId, const SandboxRequest &request,
                                           const QString &linkBase, QJsonObject *out) const;
    std::optional<GraphError> delta(const QString &userId, const SandboxRequest &request,
                                    const QString &linkBase, QJsonObject *out) const;

    // Case-insensitive query parameter (Graph accepts startdatetime and startDateTime).
    static QString queryValue(const QUrlQuery &query, const QString &name);
    static QString encodeToken(const QJsonObject &token);
    static QJsonObject decodeToken(const QString &token);

private:
    std::optional<GraphError> range(const SandboxRequest &request, QDateTime *from, QDateTime *to) const;
    // since < 0: the initial round (everything in the window); otherwise the changes in (since, upto].
    QJsonArray roundItems(const QString &userId, const QDateTime &from, const QDateTime &to, qint64 since,
                          qint64 upto, const QString &zone) const;

    GraphStore &m_store;
    GraphCalendar &m_calendar;
};

} // namespace cxsync::sandbox
