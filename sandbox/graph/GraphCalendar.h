#pragma once

#include "GraphEventJson.h"
#include "GraphRecurrence.h"
#include "GraphStore.h"

#include <optional>

namespace cxsync::sandbox {

// Calendar operations with Exchange's meeting semantics: attendee copies in sandbox mailboxes (same iCalUId,
// own id), propagation of organizer updates, cancellation, responses and recurrence expansion.
class GraphCalendar {
public:
    explicit GraphCalendar(GraphStore &store) : m_store(store) {}

    // On success `eventId` is the stored (or, for a repeated transactionId, the earlier) event.
    // `inviteAttendees` false: the attendees' calendars are left alone (EWS SendMeetingInvitations="SendToNone").
    std::optional<GraphError> create(const QString &userId, const QJsonObject &input, QString *eventId,
                                     bool *deduplicated = nullptr, bool inviteAttendees = true);
    std::optional<GraphError> update(const QString &userId, const QString &eventId, const QJsonObject &patch,
                                     const QByteArray &ifMatch = {}, bool inviteAttendees = true);
    std::optional<GraphError> remove(const QString &userId, const QString &eventId,
                                     const QByteArray &ifMatch = {});
    std::optional<GraphError> cancel(const QString &userId, const QString &eventId, const QString &comment);
    // response: accepted | declined | tentativelyAccepted
    std::optional<GraphError> respond(const QString &userId, const QString &eventId, const QString &response);

    // A stored event or an occurrence of a series master.
    std::optional<GraphEvent> find(const QString &userId, const QString &eventId) const;
    // Singles and occurrences overlapping [from, to), ordered by start.
    QList<GraphEvent> instances(const QString &userId, const QDateTime &from, const QDateTime &to) const;
    static QList<GraphEvent> expand(const GraphEvent &master, const QDateTime &from, const QDateTime &to)
    {
        return GraphRecurrence::expand(master, from, to);
    }

    static GraphError notFound();

private:
    // PATCH (patch set) or DELETE (null) of one occurrence: stored as an exception on the series master.
    std::optional<GraphError> changeOccurrence(const QString &userId, const QString &occurrenceId,
                                               const QJsonObject *patch, const QByteArray &ifMatch,
                                               bool inviteAttendees = true);
    std::optional<GraphError> checkIfMatch(const GraphEvent &event, const QByteArray &ifMatch) const;
    void syncAttendeeCopies(const QString &organizerId, const GraphEvent &master);
    void createCopy(const GraphUser &attendee, const GraphEvent &master);
    QList<QPair<QString, GraphEvent *>> copiesOf(const QString &organizerId, const QString &iCalUId);
    void markCancelled(const QString &userId, GraphEvent &copy, const QString &comment);
    QStringList attendeeMailboxes(const GraphEvent &event, const QString &organizerId) const;

    GraphStore &m_store;
};

} // namespace cxsync::sandbox
