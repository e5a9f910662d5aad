#pragma once

#include "EwsMailbox.h"

namespace cxsync::sandbox {

// GetItem, CreateItem (calendar items, meeting cancellations and responses), UpdateItem and DeleteItem on the
// acting mailbox, written through GraphCalendar so Graph clients, delta and subscriptions see them. Each
// writes its m:<Op>Response (per-item errors inside, HTTP 200) or returns a request-level error (a SOAP
// fault).
class EwsItemOperations final {
public:
    explicit EwsItemOperations(EwsMailbox &mailbox) : m_mailbox(mailbox) {}

    std::optional<EwsError> getItem(const EwsSession &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> createItem(const EwsSession &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> updateItem(const EwsSession &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> deleteItem(const EwsSession &s, const XmlElement &op, EwsWriter &w);

private:
    // A meeting response object of CreateItem: CancelCalendarItem (organizer), AcceptItem,
    // TentativelyAcceptItem, DeclineItem (attendee).
    std::optional<EwsError> respond(const EwsSession &s, const XmlElement &op, const XmlElement &response);

    EwsMailbox &m_mailbox;
};

} // namespace cxsync::sandbox
