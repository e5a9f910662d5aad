#pragma once

#include "EwsCalendarItem.h"

#include <optional>

namespace cxsync::sandbox {

// A FindItem t:Restriction evaluated against calendar items: IsEqualTo, IsNotEqualTo, IsGreaterThan,
// IsGreaterThanOrEqualTo, IsLessThan, IsLessThanOrEqualTo (a path against a constant), Exists, Contains
// (substring / prefix / full string, case-insensitive or not), And, Or, Not. Paths: item:Subject,
// item:Body, item:LastModifiedTime, item:DateTimeCreated, calendar:UID, calendar:Start, calendar:End,
// calendar:Location, calendar:IsCancelled, calendar:CalendarItemType and extended properties
// (ExtendedFieldURI). Anything else is refused (never silently ignored, which would answer more than was
// asked).
class EwsRestriction {
public:
    // Checks the whole expression once; nullopt = usable.
    static std::optional<EwsError> check(const XmlElement &restriction);
    static bool matches(const XmlElement &restriction, const GraphEvent &event);
};

} // namespace cxsync::sandbox
