#include "EwsItemOperations.h"

#include "EwsCalendarItem.h"
#include "GraphCalendar.h"
#include "GraphSandbox.h"

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

std::optional<EwsError> EwsItemOperations::getItem(const EwsSession &s, const XmlElement &op, EwsWriter &w)
{
    const EwsShape shape = EwsShape::parse(op.child("ItemShape"));
    w.startM("GetItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &id : op.child("ItemIds").children) {
        EwsItem item;
        const auto error = m_mailbox.find(s, id, &item);
        w.startMessage("GetItemResponseMessage", error);
        w.startM("Items");
        if (!error)
            EwsCalendarItem::write(w, s.userId, item.event, item.master ? &*item.master : nullptr,
                                   m_mailbox.graph().store(), shape);
        w.end();
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsItemOperations::createItem(const EwsSession &s, const XmlElement &op, EwsWriter &w)
{
    const QString invitations = op.attribute("SendMeetingInvitations");
    if (const XmlElement &saved = op.child("SavedItemFolderId"); !saved.isNull()) {
        QString userId;
        bool calendar = false;
        const XmlElement &target = saved.children.isEmpty() ? saved : saved.children.first();
        if (auto e = m_mailbox.folder(s, target, &userId, &calendar))
            return e;
        if (!calendar)
            return EwsError{u"ErrorInvalidRequest"_s,
                            u"The sandbox saves calendar items in the calendar only."_s};
    }
    w.startM("CreateItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &element : op.child("Items").children) {
        if (element.is("CancelCalendarItem") || element.is("AcceptItem") || element.is("DeclineItem") ||
            element.is("TentativelyAcceptItem")) {
            const auto error = respond(s, op, element);
            w.startMessage("CreateItemResponseMessage", error);
            w.startM("Items");
            w.end();
            w.end();
            continue;
        }
        std::optional<EwsError> error;
        QString eventId;
        if (!element.is("CalendarItem"))
            error = EwsError{u"ErrorInvalidRequest"_s,
                             u"The sandbox creates calendar items and meeting responses only, not %1."_s.arg(
                                 element.name)};
        else if (invitations.isEmpty())
            error = EwsError{u"ErrorSendMeetingInvitationsRequired"_s,
                             u"SendMeetingInvitations attribute is required for calendar items."_s};
        else if (s.userId.isEmpty())
            error = EwsError{u"ErrorMissingEmailAddress"_s,
                             u"The account has no mailbox; use ExchangeImpersonation."_s};
        if (!error) {
            EwsError conversion;
            const auto input = EwsCalendarItem::toGraphInput(element, {s.timeZoneContext}, &conversion);
            if (!input)
                error = conversion;
            // extended properties are checked before anything is written
            QJsonObject extended;
            for (const XmlElement *p : element.childrenNamed("ExtendedProperty")) {
                if (!error)
                    error = EwsCalendarItem::setExtended(&extended, *p);
            }
            if (!error) {
                if (auto graphError = m_mailbox.graph().calendar().create(s.userId, *input, &eventId, nullptr,
                                                                          invitations != "SendToNone"_L1))
                    error = EwsMailbox::fromGraph(*graphError);
            }
            GraphMailbox *box = m_mailbox.graph().store().mailbox(s.userId);
            if (GraphEvent *stored = !error && box ? box->find(eventId) : nullptr;
                stored && !extended.isEmpty())
                stored->data.insert("_ewsExtended"_L1,
                                    extended.value("_ewsExtended"_L1)); // part of the create
        }
        w.startMessage("CreateItemResponseMessage", error);
        w.startM("Items");
        if (!error) {
            const GraphMailbox *box = m_mailbox.graph().store().mailbox(s.userId);
            if (const GraphEvent *e = box ? box->find(eventId) : nullptr)
                EwsCalendarItem::write(w, s.userId, *e, nullptr, m_mailbox.graph().store(),
                                       EwsShape::idOnly());
        }
        w.end();
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsItemOperations::respond(const EwsSession &s, const XmlElement &op,
                                                   const XmlElement &response)
{
    if (op.attribute("MessageDisposition").isEmpty())
        return EwsError{u"ErrorMessageDispositionRequired"_s,
                        u"MessageDisposition is required for %1."_s.arg(response.name)};
    const XmlElement &reference = response.child("ReferenceItemId");
    if (reference.isNull())
        return EwsError{u"ErrorInvalidRequest"_s, u"%1 needs a ReferenceItemId."_s.arg(response.name)};
    XmlElement asItemId = reference;
    asItemId.name = u"ItemId"_s;
    EwsItem item;
    if (auto e = m_mailbox.find(s, asItemId, &item))
        return e;
    if (item.master)
        return EwsError{u"ErrorInvalidRequest"_s,
                        u"The sandbox answers and cancels whole meetings, not single occurrences."_s};
    if (reference.hasAttribute("ChangeKey")) {
        const auto key = EwsIds::parseChangeKey(reference.attribute("ChangeKey"));
        if (!key)
            return EwsError{u"ErrorInvalidChangeKey"_s, u"The change key is invalid."_s};
        if (*key != item.event.changeKey)
            return EwsError{u"ErrorIrresolvableConflict"_s,
                            u"The change key passed in the request does not match the current change key for "
                            "the item."_s};
    }
    const bool organizer = item.event.isOrganizer();
    if (response.is("CancelCalendarItem")) {
        if (!organizer)
            return EwsError{u"ErrorCalendarIsNotOrganizer"_s, u"Only the organizer can cancel a meeting."_s};
        const QString comment = response.childText("NewBodyContent", response.childText("Body"));
        if (auto e = m_mailbox.graph().calendar().cancel(s.userId, item.restId, comment))
            return EwsMailbox::fromGraph(*e);
        return std::nullopt;
    }
    const QString kind = response.is("AcceptItem")    ? u"Accept"_s
                         : response.is("DeclineItem") ? u"Decline"_s
                                                      : u"Tentative"_s;
    if (organizer)
        return EwsError{u"ErrorCalendarIsOrganizerFor"_s + kind,
                        u"The organizer cannot respond to their own meeting."_s};
    if (item.event.data.value("isCancelled"_L1).toBool())
        return EwsError{u"ErrorCalendarIsCancelledFor"_s + kind, u"The meeting was cancelled."_s};
    const QString graphResponse = kind == "Accept"_L1    ? u"accepted"_s
                                  : kind == "Decline"_L1 ? u"declined"_s
                                                         : u"tentativelyAccepted"_s;
    if (auto e = m_mailbox.graph().calendar().respond(s.userId, item.restId, graphResponse))
        return EwsMailbox::fromGraph(*e);
    return std::nullopt;
}

std::optional<EwsError> EwsItemOperations::updateItem(const EwsSession &s, const XmlElement &op, EwsWriter &w)
{
    const QString resolution = op.attribute("ConflictResolution", u"AutoResolve"_s);
    const QString invitations = op.attribute("SendMeetingInvitationsOrCancellations");
    w.startM("UpdateItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement *change : op.child("ItemChanges").childrenNamed("ItemChange")) {
        std::optional<EwsError> error;
        EwsItem item;
        const XmlElement *idElement = nullptr;
        for (const XmlElement &c : change->children) {
            if (c.is("ItemId") || c.is("OccurrenceItemId") || c.is("RecurringMasterItemId")) {
                idElement = &c;
                break;
            }
        }
        if (!idElement)
            error = EwsError{u"ErrorInvalidIdMalformed"_s, u"The ItemChange names no item."_s};
        else
            error = m_mailbox.find(s, *idElement, &item);
        // ChangeKey: unparseable -> ErrorInvalidChangeKey; missing -> required unless AlwaysOverwrite;
        // not the current one -> ErrorIrresolvableConflict (PROTOCOLS.md B2: a current ChangeKey is needed
        // even with AlwaysOverwrite).
        const GraphEvent &stored = item.master ? *item.master : item.event;
        if (!error && idElement->hasAttribute("ChangeKey")) {
            const auto key = EwsIds::parseChangeKey(idElement->attribute("ChangeKey"));
            if (!key)
                error = EwsError{u"ErrorInvalidChangeKey"_s, u"The change key is invalid."_s};
            else if (*key != stored.changeKey)
                error =
                    EwsError{u"ErrorIrresolvableConflict"_s,
                             u"The send or update operation could not be performed because the change key "
                             "passed in the request does not match the current change key for the item."_s};
        } else if (!error && idElement->is("ItemId") && resolution != "AlwaysOverwrite"_L1) {
            error = EwsError{u"ErrorChangeKeyRequiredForWriteOperations"_s,
                             u"When making a request that changes an item, the ChangeKey is required unless "
                             "ConflictResolution is AlwaysOverwrite."_s};
        }
        if (!error && invitations.isEmpty())
            error = EwsError{
                u"ErrorSendMeetingInvitationsOrCancellationsRequired"_s,
                u"SendMeetingInvitationsOrCancellations attribute is required for calendar items."_s};
        QJsonObject patch;
        QJsonObject extended{{"_ewsExtended"_L1, stored.data.value("_ewsExtended"_L1)}};
        bool extendedChanged = false;
        if (!error) {
            const EwsCalendarItem::Context context{s.timeZoneContext};
            for (const XmlElement &update : change->child("Updates").children) {
                if (update.is("AppendToItemField")) {
                    error = EwsError{u"ErrorInvalidPropertyAppend"_s,
                                     u"The sandbox does not append to calendar item properties."_s};
                    break;
                }
                const bool set = update.is("SetItemField");
                if (update.hasChild("ExtendedFieldURI")) {
                    if (item.master) {
                        error = EwsError{u"ErrorInvalidPropertySet"_s,
                                         u"The sandbox keeps extended properties on whole items, not on "
                                         "occurrences."_s};
                        break;
                    }
                    const XmlElement &holder = update.child("CalendarItem").isNull()
                                                   ? update.child("Item")
                                                   : update.child("CalendarItem");
                    if (set && !holder.hasChild("ExtendedProperty")) {
                        error =
                            EwsError{u"ErrorInvalidPropertySet"_s,
                                     u"SetItemField for an extended property carries no ExtendedProperty."_s};
                        break;
                    }
                    if ((error =
                             set ? EwsCalendarItem::setExtended(&extended, holder.child("ExtendedProperty"))
                                 : EwsCalendarItem::removeExtended(&extended,
                                                                   update.child("ExtendedFieldURI"))))
                        break;
                    extendedChanged = true;
                    continue;
                }
                if ((error = EwsCalendarItem::applyChange(update, set, item.event, context, &patch)))
                    break;
            }
        }
        if (!error && !patch.isEmpty()) {
            if (auto graphError = m_mailbox.graph().calendar().update(
                    s.userId, item.restId, patch, stored.changeKey.toUtf8(), invitations != "SendToNone"_L1))
                error = EwsMailbox::fromGraph(*graphError);
        }
        if (!error && extendedChanged) {
            GraphMailbox *box = m_mailbox.graph().store().mailbox(s.userId);
            if (GraphEvent *event = box ? box->find(item.restId) : nullptr) {
                if (extended.contains("_ewsExtended"_L1) && !extended.value("_ewsExtended"_L1).isNull())
                    event->data.insert("_ewsExtended"_L1, extended.value("_ewsExtended"_L1));
                else
                    event->data.remove("_ewsExtended"_L1);
                if (patch.isEmpty())
                    m_mailbox.graph().store().touch(s.userId,
                                                    *event); // a change of its own: new ChangeKey, sequence
            }
        }
        w.startMessage("UpdateItemResponseMessage", error);
        w.startM("Items");
        if (!error) {
            EwsItem updated;
            if (!m_mailbox.find(s, *idElement, &updated))
                EwsCalendarItem::write(w, s.userId, updated.event,
                                       updated.master ? &*updated.master : nullptr, m_mailbox.graph().store(),
                                       EwsShape::idOnly());
        }
        w.end();
        if (!error) {
            w.startM("ConflictResults");
            w.textT("Count", u"0"_s);
            w.end();
        }
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

std::optional<EwsError> EwsItemOperations::deleteItem(const EwsSession &s, const XmlElement &op, EwsWriter &w)
{
    const QString cancellations = op.attribute("SendMeetingCancellations");
    w.startM("DeleteItemResponse");
    w.startM("ResponseMessages");
    for (const XmlElement &id : op.child("ItemIds").children) {
        EwsItem item;
        std::optional<EwsError> error = m_mailbox.find(s, id, &item);
        if (!error && cancellations.isEmpty())
            error = EwsError{u"ErrorSendMeetingCancellationsRequired"_s,
                             u"SendMeetingCancellations attribute is required for calendar items."_s};
        if (!error) {
            const bool occurrence = item.master.has_value();
            const bool notify = cancellations != "SendToNone"_L1;
            if (occurrence || notify) {
                if (auto graphError = m_mailbox.graph().calendar().remove(s.userId, item.restId))
                    error = EwsMailbox::fromGraph(*graphError);
            } else if (!m_mailbox.graph().store().remove(s.userId, item.restId)) {
                error =
                    EwsError{u"ErrorItemNotFound"_s, u"The specified object was not found in the store."_s};
            }
        }
        w.startMessage("DeleteItemResponseMessage", error);
        w.end();
    }
    w.end();
    w.end();
    return std::nullopt;
}

} // namespace cxsync::sandbox
