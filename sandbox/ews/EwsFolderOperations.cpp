#include "EwsFolderOperations.h"

#include "EwsCalendarItem.h"
#include "EwsPush.h"
#include "EwsRestriction.h"
#include "GraphCalendar.h"
#include "GraphSandbox.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

constexpr int kMaxCalendarViewDays = 2 * 366; // Exchange: a CalendarView spans two years at most
constexpr int kFindCountLimit = 1000;         // EWSFindCountLimit

QString syncState(const QString &userId, int generation, qint64 seq)
{
    return QString::fromLatin1((QByteArray("CXSYNC1") + '\0' + userId.toUtf8() + '\0' +
                                QByteArray::number(generation) + '\0' + QByteArray::number(seq))
                                   .toBase64());
}

struct ParsedSyncState {
    QString userId;
    int generation = 0;
    qint64 seq = 0;
};

std::optional<ParsedSyncState> parseSyncState(const QString &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('\0');
    if (parts.size() != 4 || parts[0] != "CXSYNC1")
        return std::nullopt;
    bool okGen = false, okSeq = false;
    ParsedSyncState out{QString::fromUtf8(parts[1]), parts[2].toInt(&okGen), parts[3].toLongLong(&okSeq)};
    if (!okGen || !okSeq || out.seq < 0)
        return std::nullopt;
    return out;
}

} // namespace

qint64 EwsFolderOperations::creationSeq(const QString &userId, const QString &immutableId) const
{
    return m_createdAt.value(userId + u'/' + immutableId, 0);
}

std::optional<EwsError> EwsFolderOperations::findItem(const EwsSession &s, const XmlElement &op, EwsWriter &w)
{
    const EwsShape shape = EwsShape::parse(op.child("ItemShape"));
    const XmlElement &view = op.child("CalendarView");
    const XmlElement &paged = op.child("IndexedPageItemView");
    const XmlElement &restriction = op.child("Restriction");
    if (!restriction.isNull()) {
        if (!view.isNull())
            return EwsError{u"ErrorInvalidRestriction"_s,
                            u"Restrictions are not allowed with a CalendarView."_s};
        if (auto error = EwsRestriction::check(restriction))
            return error;
    }
    if (!op.child("SortOrder").isNull() || !op.child("GroupBy").isNull() ||
        !op.child("DistinguishedGroupBy").isNull())
        return EwsError{u"ErrorInvalidRequest"_s,
                        u"The sandbox returns items by start time and does not sort or group otherwise."_s};
    w.startM("FindItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &parent : op.child("ParentFolderIds").children) {
        QString userId;
        bool calendar = false;
        std::optional<EwsError> error = m_mailbox.folder(s, parent, &userId, &calendar);
        QList<GraphEvent> items;
        bool last = true;
        int total = 0;
        int offset = 0;
        if (!error && !view.isNull()) {
            const QDateTime from =
                GraphEventJson::parseDateTime(view.attribute("StartDate"), QTimeZone::utc());
            const QDateTime to = GraphEventJson::parseDateTime(view.attribute("EndDate"), QTimeZone::utc());
            if (!calendar)
                error = EwsError{u"ErrorCalendarFolderIsInvalidForCalendarView"_s,
                                 u"CalendarView is only allowed on a calendar folder."_s};
            else if (!from.isValid() || !to.isValid())
                error =
                    EwsError{u"ErrorInvalidRequest"_s, u"StartDate and EndDate must be dates and times."_s};
            else if (to < from)
                error = EwsError{u"ErrorCalendarEndDateIsEarlierThanStartDate"_s,
                                 u"EndDate is earlier than StartDate."_s};
            else if (from.daysTo(to) > kMaxCalendarViewDays)
                error = EwsError{u"ErrorCalendarDurationIsTooLong"_s,
                                 u"A calendar view may span two years at most."_s};
            else
                items = m_mailbox.graph().calendar().instances(userId, from.toUTC(), to.toUTC());
            total = int(items.size());
            const int max = view.hasAttribute("MaxEntriesReturned")
                                ? view.attribute("MaxEntriesReturned").toInt()
                                : kFindCountLimit;
            if (max < 1 && !error)
                error = EwsError{u"ErrorInvalidRequest"_s, u"MaxEntriesReturned must be at least 1."_s};
            if (items.size() > qMin(max, kFindCountLimit)) {
                items = items.mid(0, qMin(max, kFindCountLimit));
                last = false;
            }
        } else if (!error) {
            if (calendar) {
                if (const GraphMailbox *box = m_mailbox.graph().store().mailbox(userId)) {
                    for (const GraphEvent &e : box->events) { // singles and series masters
                        if (restriction.isNull() || EwsRestriction::matches(restriction, e))
                            items.append(e);
                    }
                }
                std::stable_sort(items.begin(), items.end(), [](const GraphEvent &a, const GraphEvent &b) {
                    return a.startUtc < b.startUtc;
                });
            }
            total = int(items.size());
            int max = kFindCountLimit;
            if (!paged.isNull()) {
                offset = qMax(0, paged.attribute("Offset").toInt());
                if (paged.hasAttribute("MaxEntriesReturned"))
                    max = qBound(1, paged.attribute("MaxEntriesReturned").toInt(), kFindCountLimit);
                if (paged.attribute("BasePoint") == "End"_L1)
                    offset = qMax(0, total - offset - max);
            }
            items = items.mid(qMin(offset, total), max);
            last = offset + items.size() >= total;
        }
        w.startMessage("FindItemResponseMessage", error);
        if (!error) {
            w.startM("RootFolder");
            if (view.isNull())
                w.attribute("IndexedPagingOffset", QString::number(offset + items.size()));
            w.attribute("TotalItemsInView", QString::number(total));
            w.attribute("IncludesLastItemInRange", last ? u"true"_s : u"false"_s);
            w.startT("Items");
            const GraphMailbox *box = m_mailbox.graph().store().mailbox(userId);
            for (const GraphEvent &e : std::as_const(items)) {
                const GraphEvent *master = nullptr;
                const QString masterId = e.data.value("seriesMasterId"_L1).toString();
                if (!masterId.isEmpty() && masterId != e.id && box)
                    master = box->find(masterId);
                EwsCalendarItem::write(w, userId, e, master, m_mailbox.graph().store(), shape);
            }
            w.end();
            w.end();
        }
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsFolderOperations::syncFolderItems(const EwsSession &s, const XmlElement &op,
                                                             EwsWriter &w)
{
    const EwsShape shape = EwsShape::parse(op.child("ItemShape"));
    QString userId;
    bool calendar = false;
    const XmlElement &target = op.child("SyncFolderId");
    std::optional<EwsError> error =
        m_mailbox.folder(s, target.children.isEmpty() ? target : target.children.first(), &userId, &calendar);
    const int max = op.childText("MaxChangesReturned").toInt();
    if (!error && (max < 1 || max > 512))
        error = EwsError{u"ErrorInvalidRequest"_s, u"MaxChangesReturned must be between 1 and 512."_s};
    const GraphMailbox *box = error ? nullptr : m_mailbox.graph().store().mailbox(userId);
    qint64 since = 0;
    if (!error && !op.childText("SyncState").trimmed().isEmpty()) {
        const auto state = parseSyncState(op.childText("SyncState"));
        if (!state || state->userId != userId || !box || state->generation != box->generation ||
            state->seq > box->seq)
            error = EwsError{u"ErrorInvalidSyncStateData"_s,
                             u"Synchronization state data is corrupt or otherwise invalid."_s};
        else
            since = state->seq;
    }
    QSet<QString> ignored;
    for (const XmlElement &i : op.child("Ignore").children)
        ignored.insert(i.attribute("Id"));
    struct Change {
        qint64 seq;
        const GraphEvent *event; // null for a delete
        QString deletedKey;
        bool create;
    };
    QList<Change> changes;
    if (!error && calendar && box) {
        for (const GraphEvent &e : box->events) {
            if (e.seq > since)
                changes.append({e.seq, &e, {}, since == 0 || creationSeq(userId, e.immutableId) > since});
        }
        QSet<QString> live;
        for (const GraphEvent &e : box->events)
            live.insert(e.immutableId);
        for (const GraphTombstone &t : box->tombstones) {
            // a move keeps the item (same immutable id); an item born and gone since the state is no news
            if (since > 0 && t.seq > since && !t.moved && !live.contains(t.immutableId) &&
                creationSeq(userId, t.immutableId) <= since)
                changes.append({t.seq, nullptr, t.immutableId, false});
        }
        std::sort(changes.begin(), changes.end(),
                  [](const Change &a, const Change &b) { return a.seq < b.seq; });
    }
    w.startM("SyncFolderItemsResponse");
    w.startM("ResponseMessages");
    w.startMessage("SyncFolderItemsResponseMessage", error);
    if (!error) {
        const bool all = changes.size() <= max;
        if (!all)
            changes = changes.mid(0, max);
        const qint64 reached = all ? (box ? box->seq : 0) : changes.last().seq;
        w.textM("SyncState", syncState(userId, box ? box->generation : 1, reached));
        w.textM("IncludesLastItemInRange", all ? u"true"_s : u"false"_s);
        w.startM("Changes");
        for (const Change &c : std::as_const(changes)) {
            if (!c.event) {
                const QString id = EwsIds::itemId(userId, c.deletedKey);
                if (ignored.contains(id))
                    continue;
                w.startT("Delete");
                w.startT("ItemId");
                w.attribute("Id", id);
                w.end();
                w.end();
                continue;
            }
            if (ignored.contains(EwsIds::itemId(userId, c.event->immutableId)))
                continue;
            w.startT(c.create ? "Create" : "Update");
            EwsCalendarItem::write(w, userId, *c.event, nullptr, m_mailbox.graph().store(), shape);
            w.end();
        }
        w.end();
    }
    w.end();
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsFolderOperations::subscribe(const EwsSession &s, const XmlElement &op,
                                                       EwsWriter &w)
{
    std::optional<EwsError> error;
    const XmlElement &push = op.child("PushSubscriptionRequest");
    EwsPush::Request request;
    if (push.isNull()) {
        error = EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                         u"The sandbox supports push subscriptions (PushSubscriptionRequest) only."_s};
    } else {
        request.userId = s.userId;
        for (const XmlElement &f : push.child("FolderIds").children) {
            QString userId;
            bool calendar = false;
            if ((error = m_mailbox.folder(s, f, &userId, &calendar)))
                break;
            if (!calendar) {
                error = EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                                 u"The sandbox notifies about the calendar folder only."_s};
                break;
            }
        }
        if (!error && push.child("FolderIds").isNull() &&
            push.attribute("SubscribeToAllFolders") != "true"_L1)
            error = EwsError{u"ErrorInvalidSubscriptionRequest"_s,
                             u"Name the calendar in FolderIds or set SubscribeToAllFolders."_s};
        if (!error && s.userId.isEmpty())
            error = EwsError{u"ErrorMissingEmailAddress"_s, u"The account has no mailbox."_s};
        for (const XmlElement &t : push.child("EventTypes").children)
            request.eventTypes.insert(t.text.trimmed());
        request.statusFrequency = push.childText("StatusFrequency").toInt();
        request.url = QUrl(push.childText("URL").trimmed(), QUrl::StrictMode);
        request.watermark = push.childText("Watermark").trimmed();
        request.callerData = push.childText("CallerData");
    }
    QString id, watermark;
    if (!error)
        error = m_push.subscribe(request, &id, &watermark);
    w.startM("SubscribeResponse");
    w.startM("ResponseMessages");
    w.startMessage("SubscribeResponseMessage", error);
    if (!error) {
        w.textM("SubscriptionId", id);
        w.textM("Watermark", watermark);
    }
    w.end();
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsFolderOperations::unsubscribe(const EwsSession &s, const XmlElement &op,
                                                         EwsWriter &w)
{
    const auto error = m_push.unsubscribe(s.userId, op.childText("SubscriptionId").trimmed());
    w.startM("UnsubscribeResponse");
    w.startM("ResponseMessages");
    w.startMessage("UnsubscribeResponseMessage", error);
    w.end();
    w.end();
    w.end();
    return std::nullopt;
}

} // namespace cxsync::sandbox
