#pragma once

#include "EwsLogon.h"
#include "EwsXml.h"
#include "GraphEventJson.h"
#include "GraphStore.h"

#include <optional>

namespace cxsync::sandbox {

class GraphSandbox;

// Who a request acts for: the logged-on account and the mailbox (impersonated, or the account's own).
struct EwsSession {
    const EwsAccount *account = nullptr;
    QString userId; // the acting mailbox's user id; empty for an account without mailbox and no impersonation
    bool impersonated = false;
    QString timeZoneContext; // the TimeZoneContext header's zone id, empty = UTC
};

// An item an id names: a stored event, or an occurrence/exception with its series master.
struct EwsItem {
    GraphEvent event;
    std::optional<GraphEvent> master;
    QString restId; // the Graph store's id (occurrences: "<master id>_OCyyyyMMdd")
};

// The acting mailbox's folders and items as EWS names them, over the Graph sandbox: what every operation
// needs to resolve a FolderId / DistinguishedFolderId or an ItemId / OccurrenceItemId /
// RecurringMasterItemId.
class EwsMailbox final {
public:
    explicit EwsMailbox(GraphSandbox &graph) : m_graph(graph) {}
    GraphSandbox &graph() { return m_graph; }
    const GraphStore &store() const;

    // The mailbox (user id) and whether the folder is its calendar (other distinguished folders exist,
    // empty).
    std::optional<EwsError> folder(const EwsSession &s, const XmlElement &folderId, QString *userId,
                                   bool *calendar) const;
    std::optional<EwsError> find(const EwsSession &s, const XmlElement &id, EwsItem *item) const;
    // A GraphCalendar error as the EWS response code Exchange uses for it.
    static EwsError fromGraph(const GraphError &error);

private:
    GraphSandbox &m_graph;
};

} // namespace cxsync::sandbox
