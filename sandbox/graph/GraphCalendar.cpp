#include "GraphCalendar.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

const QString kNeverTime = u"0001-01-01T00:00:00Z"_s;

QString newICalUId()
{
    QString tail;
    for (int i = 0; i < 4; ++i)
        tail += u"%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')).toUpper();
    // Exchange's GlobalObjectId: class id, 8 bytes instance date (zero on masters), then the unique part.
    return u"040000008200E00074C5B7101A82E008"_s + u"00000000"_s +
           u"0000000000000000000000000000000010000000"_s + tail;
}

QJsonObject emailOf(const GraphUser &user)
{
    return QJsonObject{{"name"_L1, user.displayName}, {"address"_L1, user.mail}};
}

bool sameAddress(const GraphUser &user, const QString &address)
{
    return user.mail.compare(address, Qt::CaseInsensitive) == 0 ||
           user.userPrincipalName.compare(address, Qt::CaseInsensitive) == 0 ||
           user.aliases.contains(address, Qt::CaseInsensitive);
}

} // namespace

GraphError GraphCalendar::notFound()
{
    return {404, u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
}

std::optional<GraphError> GraphCalendar::checkIfMatch(const GraphEvent &event,
                                                      const QByteArray &ifMatch) const
{
    QString tag = QString::fromUtf8(ifMatch).trimmed();
    if (tag.isEmpty() || tag == "*"_L1)
        return std::nullopt;
    if (tag.startsWith("W/"_L1))
        tag = tag.mid(2);
    if (tag.size() >= 2 && tag.startsWith('"'_L1) && tag.endsWith('"'_L1))
        tag = tag.mid(1, tag.size() - 2);
    if (tag == event.changeKey)
        return std::nullopt;
    return GraphError{
        412, u"ErrorIrresolvableConflict"_s,
        u"The send or update operation could not be performed because the change key passed in the request "
        "does not match the current change key for the item."_s};
}

std::optional<GraphError> GraphCalendar::create(const QString &userId, const QJsonObject &input,
                                                QString *eventId, bool *deduplicated, bool inviteAttendees)
{
    const GraphUser *user = m_store.user(userId);
    GraphMailbox *box = m_store.mailbox(userId);
    if (!user || !box)
        return GraphError{404, u"ErrorInvalidUser"_s, u"The requested user '%1' is invalid."_s.arg(userId)};
    const QString transactionId = input.value("transactionId"_L1).toString();
    if (!transactionId.isEmpty()) {
        const QString existing = box->transactions.value(transactionId);
        if (!existing.isEmpty() && box->find(existing)) {
            *eventId = existing;
            if (deduplicated)
                *deduplicated = true;
            return std::nullopt;
        }
    }
    GraphEvent event;
    event.data = QJsonObject{
        {"subject"_L1, ""_L1},
        {"body"_L1, QJsonObject{{"contentType"_L1, "text"_L1}, {"content"_L1, ""_L1}}},
        {"categories"_L1, QJsonArray()},
        {"reminderMinutesBeforeStart"_L1, 15},
        {"isReminderOn"_L1, true},
        {"hasAttachments"_L1, false},
        {"importance"_L1, "normal"_L1},
        {"sensitivity"_L1, "normal"_L1},
        {"isAllDay"_L1, false},
        {"isCancelled"_L1, false},
        {"isDraft"_L1, false},
        {"responseRequested"_L1, true},
        {"showAs"_L1, "busy"_L1},
        {"location"_L1, QJsonObject{{"displayName"_L1, ""_L1}, {"locationType"_L1, "default"_L1}}},
        {"locations"_L1, QJsonArray()},
        {"attendees"_L1, QJsonArray()},
        {"recurrence"_L1, QJsonValue::Null},
        {"seriesMasterId"_L1, QJsonValue::Null}};
    if (auto error = GraphEventJson::apply(event, input, true))
        return error;
    event.data.insert("organizer"_L1, QJsonObject{{"emailAddress"_L1, emailOf(*user)}});
    event.data.insert("isOrganizer"_L1, true);
    event.data.insert("responseStatus"_L1,
                      QJsonObject{{"response"_L1, "organizer"_L1}, {"time"_L1, kNeverTime}});
    event.data.insert("iCalUId"_L1, newICalUId());
    if (transactionId.isEmpty())
        event.data.remove("transactionId"_L1);
    const GraphEvent &stored = m_store.insert(user->id, event);
    *eventId = stored.id;
    if (deduplicated)
        *deduplicated = false;
    const GraphEvent copy = stored;
    if (inviteAttendees)
        syncAttendeeCopies(user->id, copy);
    return std::nullopt;
}

QStringList GraphCalendar::attendeeMailboxes(const GraphEvent &event, const QString &organizerId) const
{
    QStringList ids;
    for (const QJsonValue &a : event.data.value("attendees"_L1).toArray()) {
        const QString address =
            a.toObject().value("emailAddress"_L1).toObject().value("address"_L1).toString();
        const GraphUser *u = address.isEmpty() ? nullptr : m_store.user(address);
        if (u && u->id != organizerId && !ids.contains(u->id))
            ids.append(u->id);
    }
    return ids;
}

QList<QPair<QString, GraphEvent *>> GraphCalendar::copiesOf(const QString &organizerId,
                                                            const QString &iCalUId)
{
    // Only the mailboxes that hold the meeting (GraphStore's index), in users() order as before.
    QList<QPair<QString, GraphEvent *>> out;
    for (const QString &userId : m_store.mailboxesWith(iCalUId)) {
        if (userId == organizerId)
            continue;
        GraphMailbox *box = m_store.mailbox(userId);
        for (GraphEvent &e : box->events) {
            if (e.iCalUId() == iCalUId && !e.isOrganizer())
                out.append({userId, &e});
        }
    }
    return out;
}

void GraphCalendar::createCopy(const GraphUser &attendee, const GraphEvent &master)
{
    GraphEvent copy;
    copy.data = master.data;
    copy.data.remove("transactionId"_L1);
    copy.data.remove("_ewsExtended"_L1); // the organizer's item's own EWS extended properties
    copy.data.insert("isOrganizer"_L1, false);
    copy.data.insert("responseStatus"_L1, QJsonObject{{"response"_L1, "none"_L1}, {"time"_L1, kNeverTime}});
    copy.startUtc = master.startUtc;
    copy.endUtc = master.endUtc;
    m_store.insert(attendee.id, copy);
}

void GraphCalendar::markCancelled(const QString &userId, GraphEvent &copy, const QString &comment)
{
    if (copy.data.value("isCancelled"_L1).toBool())
        return;
    copy.data.insert("isCancelled"_L1, true);
    copy.data.insert("subject"_L1, u"Canceled: "_s + copy.data.value("subject"_L1).toString());
    if (!comment.isEmpty()) {
        QJsonObject body = copy.data.value("body"_L1).toObject();
        body.insert("content"_L1, comment + u"\n"_s + body.value("content"_L1).toString());
        copy.data.insert("body"_L1, body);
    }
    m_store.touch(userId, copy);
}

void GraphCalendar::syncAttendeeCopies(const QString &organizerId, const GraphEvent &master)
{
    const QStringList wanted = attendeeMailboxes(master, organizerId);
    QStringList have;
    for (auto &[userId, copy] : copiesOf(organizerId, master.iCalUId())) {
        have.append(userId);
        if (!wanted.contains(userId)) {
            markCancelled(userId, *copy, QString());
            continue;
        }
        QJsonObject keep{{"responseStatus"_L1, copy->data.value("responseStatus"_L1)}};
        if (copy->data.contains("_ewsExtended"_L1)) // the attendee's own, set through EWS
            keep.insert("_ewsExtended"_L1, copy->data.value("_ewsExtended"_L1));
        copy->data = master.data;
        copy->data.remove("transactionId"_L1);
        copy->data.remove("_ewsExtended"_L1);
        if (keep.contains("_ewsExtended"_L1))
            copy->data.insert("_ewsExtended"_L1, keep.value("_ewsExtended"_L1));
        copy->data.insert("isOrganizer"_L1, false);
        copy->data.insert("responseStatus"_L1, keep.value("responseStatus"_L1));
        copy->startUtc = master.startUtc;
        copy->endUtc = master.endUtc;
        m_store.touch(userId, *copy);
    }
    for (const QString &id : wanted) {
        if (!have.contains(id))
            createCopy(*m_store.user(id), master);
    }
}

std::optional<GraphError> GraphCalendar::update(const QString &userId, const QString &eventId,
                                                const QJsonObject &patch, const QByteArray &ifMatch,
                                                bool inviteAttendees)
{
    GraphMailbox *box = m_store.mailbox(userId);
    GraphEvent *event = box ? box->find(eventId) : nullptr;
    if (!event)
        return changeOccurrence(userId, eventId, &patch, ifMatch, inviteAttendees);
    if (auto error = checkIfMatch(*event, ifMatch))
        return error;
    GraphEvent changed = *event;
    QHash<QString, QJsonObject> statuses;
    for (const QJsonValue &a : changed.data.value("attendees"_L1).toArray()) {
        const QJsonObject o = a.toObject();
        statuses.insert(o.value("emailAddress"_L1).toObject().value("address"_L1).toString().toLower(),
                        o.value("status"_L1).toObject());
    }
    if (auto error = GraphEventJson::apply(changed, patch, false))
        return error;
    if (patch.contains("attendees"_L1)) {
        QJsonArray attendees;
        const QJsonArray given = patch.value("attendees"_L1).toArray();
        const QJsonArray normalized = changed.data.value("attendees"_L1).toArray();
        for (qsizetype i = 0; i < normalized.size(); ++i) {
            QJsonObject o = normalized.at(i).toObject();
            const QString address =
                o.value("emailAddress"_L1).toObject().value("address"_L1).toString().toLower();
            if (!given.at(i).toObject().contains("status"_L1) && statuses.contains(address))
                o.insert("status"_L1, statuses.value(address));
            attendees.append(o);
        }
        changed.data.insert("attendees"_L1, attendees);
    }
    *event = changed;
    m_store.touch(userId, *event);
    if (event->isOrganizer() && inviteAttendees) {
        const GraphEvent master = *event;
        syncAttendeeCopies(userId, master);
    }
    return std::nullopt;
}

std::optional<GraphError> GraphCalendar::changeOccurrence(const QString &userId, const QString &occurrenceId,
                                                          const QJsonObject *patch, const QByteArray &ifMatch,
                                                          bool inviteAttendees)
{
    const auto occurrence = find(userId, occurrenceId);
    if (!occurrence || occurrence->data.value("seriesMasterId"_L1).toString().isEmpty())
        return notFound();
    GraphEvent *master =
        m_store.mailbox(userId)->find(occurrence->data.value("seriesMasterId"_L1).toString());
    if (auto error = checkIfMatch(*master, ifMatch))
        return error;
    const QString key = occurrenceId.right(8);
    QJsonObject exceptions = master->data.value("_exceptions"_L1).toObject();
    if (!patch) {
        exceptions.insert(key, QJsonObject{{"deleted"_L1, true}});
    } else {
        GraphEvent changed = *occurrence;
        QJsonObject input = *patch;
        input.remove("recurrence"_L1);
        if (auto error = GraphEventJson::apply(changed, input, false))
            return error;
        changed.data.insert("type"_L1, "exception"_L1);
        exceptions.insert(key, QJsonObject{{"data"_L1, changed.data},
                                           {"startUtc"_L1, changed.startUtc.toString(Qt::ISODateWithMs)},
                                           {"endUtc"_L1, changed.endUtc.toString(Qt::ISODateWithMs)}});
    }
    master->data.insert("_exceptions"_L1, exceptions);
    m_store.touch(userId, *master);
    if (master->isOrganizer() && inviteAttendees) {
        const GraphEvent copy = *master;
        syncAttendeeCopies(userId, copy);
    }
    return std::nullopt;
}

std::optional<GraphError> GraphCalendar::remove(const QString &userId, const QString &eventId,
                                                const QByteArray &ifMatch)
{
    GraphMailbox *box = m_store.mailbox(userId);
    GraphEvent *event = box ? box->find(eventId) : nullptr;
    if (!event)
        return changeOccurrence(userId, eventId, nullptr, ifMatch);
    if (auto error = checkIfMatch(*event, ifMatch))
        return error;
    if (event->isOrganizer()) {
        for (auto &[attendeeId, copy] : copiesOf(userId, event->iCalUId()))
            markCancelled(attendeeId, *copy, QString());
    }
    m_store.remove(userId, eventId);
    return std::nullopt;
}

std::optional<GraphError> GraphCalendar::cancel(const QString &userId, const QString &eventId,
                                                const QString &comment)
{
    GraphMailbox *box = m_store.mailbox(userId);
    GraphEvent *event = box ? box->find(eventId) : nullptr;
    if (!event)
        return notFound();
    if (!event->isOrganizer())
        return GraphError{
            400, u"ErrorInvalidRequest"_s,
            u"Your request can't be completed. You can't cancel a meeting that you don't organize."_s};
    for (auto &[attendeeId, copy] : copiesOf(userId, event->iCalUId()))
        markCancelled(attendeeId, *copy, comment);
    m_store.remove(userId, eventId); // the organizer's item moves to Deleted Items
    return std::nullopt;
}

std::optional<GraphError> GraphCalendar::respond(const QString &userId, const QString &eventId,
                                                 const QString &response)
{
    GraphMailbox *box = m_store.mailbox(userId);
    GraphEvent *event = box ? box->find(eventId) : nullptr;
    if (!event)
        return notFound();
    if (event->isOrganizer())
        return GraphError{400, u"ErrorInvalidRequest"_s,
                          u"Your request can't be completed. You can't respond to a meeting you organize."_s};
    if (event->data.value("isCancelled"_L1).toBool())
        return GraphError{400, u"ErrorInvalidRequest"_s,
                          u"Your request can't be completed. The meeting was canceled."_s};
    const QString now = GraphEventJson::graphDateTime(QDateTime::currentDateTimeUtc(), 0);
    const QJsonObject status{{"response"_L1, response}, {"time"_L1, now}};
    event->data.insert("responseStatus"_L1, status);
    if (response == "tentativelyAccepted"_L1)
        event->data.insert("showAs"_L1, "tentative"_L1);
    m_store.touch(userId, *event);

    const GraphUser *me = m_store.user(userId);
    const QString organizerAddress = event->data.value("organizer"_L1)
                                         .toObject()
                                         .value("emailAddress"_L1)
                                         .toObject()
                                         .value("address"_L1)
                                         .toString();
    const GraphUser *organizer = m_store.user(organizerAddress);
    if (!me || !organizer)
        return std::nullopt;
    GraphMailbox *orgBox = m_store.mailbox(organizer->id);
    for (GraphEvent &master : orgBox->events) {
        if (master.iCalUId() != event->iCalUId() || !master.isOrganizer())
            continue;
        QJsonArray attendees = master.data.value("attendees"_L1).toArray();
        for (qsizetype i = 0; i < attendees.size(); ++i) {
            QJsonObject a = attendees.at(i).toObject();
            if (sameAddress(*me, a.value("emailAddress"_L1).toObject().value("address"_L1).toString())) {
                a.insert("status"_L1, status);
                attendees[i] = a;
            }
        }
        master.data.insert("attendees"_L1, attendees);
        m_store.touch(organizer->id, master);
    }
    return std::nullopt;
}

std::optional<GraphEvent> GraphCalendar::find(const QString &userId, const QString &eventId) const
{
    const GraphMailbox *box = m_store.mailbox(userId);
    if (!box)
        return std::nullopt;
    if (const GraphEvent *e = box->find(eventId))
        return *e;
    static const QRegularExpression occurrence(u"^(.+)_OC(\\d{8})$"_s);
    const auto m = occurrence.match(eventId);
    if (!m.hasMatch())
        return std::nullopt;
    const GraphEvent *master = box->find(m.captured(1));
    const QDate date = QDate::fromString(m.captured(2), u"yyyyMMdd"_s);
    if (!master || !date.isValid() || master->type() != "seriesMaster"_L1)
        return std::nullopt;
    const QDateTime from = QDateTime(date.addDays(-2), QTime(0, 0), QTimeZone::utc());
    for (const GraphEvent &o : expand(*master, from, from.addDays(5))) {
        if (o.id == eventId)
            return o;
    }
    return std::nullopt;
}

QList<GraphEvent> GraphCalendar::instances(const QString &userId, const QDateTime &from,
                                           const QDateTime &to) const
{
    QList<GraphEvent> out;
    const GraphMailbox *box = m_store.mailbox(userId);
    if (!box)
        return out;
    for (const GraphEvent &e : box->events) {
        if (e.type() == "seriesMaster"_L1)
            out.append(expand(e, from, to));
        else if (e.startUtc < to && (e.endUtc > from || e.startUtc >= from))
            out.append(e);
    }
    std::stable_sort(out.begin(), out.end(), [](const GraphEvent &a, const GraphEvent &b) {
        return a.startUtc != b.startUtc ? a.startUtc < b.startUtc : a.id < b.id;
    });
    return out;
}

} // namespace cxsync::sandbox
