#include "EwsMailbox.h"

#include "EwsCalendarItem.h"
#include "GraphCalendar.h"
#include "GraphSandbox.h"

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

const GraphStore &EwsMailbox::store() const
{
    return m_graph.store();
}

EwsError EwsMailbox::fromGraph(const GraphError &error)
{
    if (error.code == "ErrorIrresolvableConflict"_L1)
        return {u"ErrorIrresolvableConflict"_s, error.message};
    if (error.status == 404)
        return {u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
    if (error.message.contains("end time"_L1, Qt::CaseInsensitive))
        return {u"ErrorCalendarEndDateIsEarlierThanStartDate"_s, error.message};
    if (error.message.contains("time zone"_L1, Qt::CaseInsensitive))
        return {u"ErrorTimeZone"_s, error.message};
    if (error.message.contains("ecurrence"_L1))
        return {u"ErrorCalendarInvalidRecurrence"_s, error.message};
    return {u"ErrorInvalidValueForProperty"_s, error.message};
}

std::optional<EwsError> EwsMailbox::folder(const EwsSession &s, const XmlElement &id, QString *userId,
                                           bool *calendar) const
{
    *userId = s.userId;
    if (id.is("DistinguishedFolderId")) {
        *calendar = id.attribute("Id") == "calendar"_L1;
        const QString address = id.child("Mailbox").childText("EmailAddress").trimmed();
        if (!address.isEmpty()) {
            const GraphUser *u = m_graph.store().user(address);
            if (!u)
                return EwsError{u"ErrorNonExistentMailbox"_s,
                                u"No mailbox with such guid or the SMTP address '%1'."_s.arg(address)};
            if (u->id != s.userId)
                return EwsError{u"ErrorAccessDenied"_s,
                                u"Access is denied. Check credentials and try again (the sandbox grants "
                                "delegate access through impersonation only)."_s};
        }
    } else if (id.is("FolderId")) {
        const auto ref = EwsIds::parseItemId(id.attribute("Id"));
        if (!ref)
            return EwsError{u"ErrorInvalidIdMalformed"_s, u"Id is malformed."_s};
        if (ref->userId != s.userId || ref->key != "calendar"_L1)
            return EwsError{u"ErrorFolderNotFound"_s,
                            u"The specified folder could not be found in the store."_s};
        *calendar = true;
    } else {
        return EwsError{u"ErrorFolderNotFound"_s,
                        u"The sandbox knows distinguished folders and its calendar."_s};
    }
    if (userId->isEmpty())
        return EwsError{u"ErrorMissingEmailAddress"_s,
                        u"The account has no mailbox; use ExchangeImpersonation to act for a mailbox."_s};
    return std::nullopt;
}

std::optional<EwsError> EwsMailbox::find(const EwsSession &s, const XmlElement &id, EwsItem *item) const
{
    const GraphStore &store = m_graph.store();
    const GraphCalendar &calendar = m_graph.calendar();
    const auto load = [&](const QString &userId, const QString &key) -> std::optional<EwsError> {
        if (userId != s.userId || s.userId.isEmpty())
            return EwsError{u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
        const QString restId = store.restIdOf(userId, key);
        const auto event = calendar.find(userId, restId);
        if (!event)
            return EwsError{u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
        item->event = *event;
        item->restId = restId;
        item->master.reset();
        const QString masterId = event->data.value("seriesMasterId"_L1).toString();
        if (!masterId.isEmpty() && masterId != event->id) {
            const GraphMailbox *box = store.mailbox(userId);
            if (const GraphEvent *m = box ? box->find(masterId) : nullptr)
                item->master = *m;
        }
        return std::nullopt;
    };
    if (id.is("ItemId") || id.is("RecurringMasterItemId")) {
        const auto ref = EwsIds::parseItemId(id.attribute(id.is("ItemId") ? "Id" : "OccurrenceId"));
        if (!ref)
            return EwsError{u"ErrorInvalidIdMalformed"_s, u"Id is malformed."_s};
        if (auto e = load(ref->userId, ref->key))
            return e;
        if (id.is("RecurringMasterItemId")) {
            if (!item->master)
                return EwsError{u"ErrorItemNotFound"_s, u"The item is not an occurrence of a series."_s};
            const GraphEvent master = *item->master;
            item->event = master;
            item->restId = master.id;
            item->master.reset();
        }
        return std::nullopt;
    }
    if (id.is("OccurrenceItemId")) {
        const auto ref = EwsIds::parseItemId(id.attribute("RecurringMasterId"));
        if (!ref)
            return EwsError{u"ErrorInvalidIdMalformed"_s, u"Id is malformed."_s};
        if (auto e = load(ref->userId, ref->key))
            return e;
        if (item->event.type() != "seriesMaster"_L1)
            return EwsError{u"ErrorItemNotFound"_s, u"RecurringMasterId does not name a series."_s};
        const int index = id.attribute("InstanceIndex").toInt();
        const GraphEvent master = item->event;
        const QList<GraphEvent> occurrences =
            GraphCalendar::expand(master, master.startUtc, master.startUtc.addYears(10));
        if (index < 1 || index > occurrences.size())
            return EwsError{u"ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange"_s,
                            u"The occurrence index is out of the recurrence range."_s};
        item->event = occurrences.at(index - 1);
        item->restId = item->event.id;
        item->master = master;
        return std::nullopt;
    }
    return EwsError{u"ErrorInvalidIdMalformed"_s, u"Unsupported item id '%1'."_s.arg(id.name)};
}

} // namespace cxsync::sandbox
