#pragma once

#include "GraphStore.h"

namespace cxsync::sandbox {

// Expands a series master (patternedRecurrence daily/weekly, range numbered/endDate/noEnd, in the recurrence
// time zone) into occurrences with their own id and iCalUId; modified and deleted occurrences are kept as
// exceptions on the master (`_exceptions`, keyed by the original date yyyyMMdd).
class GraphRecurrence {
public:
    // Occurrences (and exceptions) overlapping [from, to), in order.
    static QList<GraphEvent> expand(const GraphEvent &master, const QDateTime &from, const QDateTime &to);
};

} // namespace cxsync::sandbox
