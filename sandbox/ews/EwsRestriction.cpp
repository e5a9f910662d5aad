#include "EwsRestriction.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

const QStringList &comparisons()
{
    static const QStringList names{u"IsEqualTo"_s,  u"IsNotEqualTo"_s,           u"IsGreaterThan"_s,
                                   u"IsLessThan"_s, u"IsGreaterThanOrEqualTo"_s, u"IsLessThanOrEqualTo"_s};
    return names;
}

const QStringList &fieldPaths()
{
    static const QStringList paths{u"item:Subject"_s,          u"item:Body"_s,
                                   u"item:LastModifiedTime"_s, u"item:DateTimeCreated"_s,
                                   u"calendar:UID"_s,          u"calendar:Start"_s,
                                   u"calendar:End"_s,          u"calendar:Location"_s,
                                   u"calendar:IsCancelled"_s,  u"calendar:CalendarItemType"_s};
    return paths;
}

// The path element (FieldURI / ExtendedFieldURI / IndexedFieldURI) of an expression.
const XmlElement *pathOf(const XmlElement &expression)
{
    for (const XmlElement &c : expression.children) {
        if (c.is("FieldURI") || c.is("ExtendedFieldURI") || c.is("IndexedFieldURI"))
            return &c;
    }
    return nullptr;
}

std::optional<EwsError> checkPath(const XmlElement *path)
{
    if (!path)
        return EwsError{u"ErrorInvalidRestriction"_s, u"The restriction has no property path."_s};
    if (path->is("FieldURI") && fieldPaths().contains(path->attribute("FieldURI")))
        return std::nullopt;
    if (path->is("ExtendedFieldURI"))
        return std::nullopt;
    return EwsError{u"ErrorUnsupportedPathForQuery"_s,
                    u"The sandbox does not search on %1."_s.arg(
                        path->is("FieldURI") ? path->attribute("FieldURI") : path->name)};
}

// The item's value for a path, as EWS writes it; nullopt = the item does not have it.
std::optional<QString> valueOf(const XmlElement &path, const GraphEvent &event)
{
    const QJsonObject &d = event.data;
    if (path.is("ExtendedFieldURI")) {
        const QJsonObject stored = EwsCalendarItem::extendedValue(d, path);
        if (stored.isEmpty())
            return std::nullopt;
        return stored.value("value"_L1).toString();
    }
    const QString uri = path.attribute("FieldURI");
    if (uri == "item:Subject"_L1)
        return d.value("subject"_L1).toString();
    if (uri == "item:Body"_L1)
        return d.value("body"_L1).toObject().value("content"_L1).toString();
    if (uri == "item:LastModifiedTime"_L1)
        return EwsCalendarItem::ewsDateTime(event.lastModified);
    if (uri == "item:DateTimeCreated"_L1)
        return EwsCalendarItem::ewsDateTime(event.created);
    if (uri == "calendar:UID"_L1)
        return event.iCalUId();
    if (uri == "calendar:Start"_L1)
        return EwsCalendarItem::ewsDateTime(event.startUtc);
    if (uri == "calendar:End"_L1)
        return EwsCalendarItem::ewsDateTime(event.endUtc);
    if (uri == "calendar:Location"_L1)
        return d.value("location"_L1).toObject().value("displayName"_L1).toString();
    if (uri == "calendar:IsCancelled"_L1)
        return d.value("isCancelled"_L1).toBool() ? u"true"_s : u"false"_s;
    if (uri == "calendar:CalendarItemType"_L1)
        return d.value("type"_L1).toString() == "seriesMaster"_L1 ? u"RecurringMaster"_s : u"Single"_s;
    return std::nullopt;
}

// <0, 0, >0: dates and times as instants, numbers as numbers, the rest as text ignoring case (as Exchange).
int compare(const QString &a, const QString &b)
{
    const QDateTime da = QDateTime::fromString(a, Qt::ISODateWithMs),
                    db = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (da.isValid() && db.isValid() && a.contains(u'T') && b.contains(u'T'))
        return da < db ? -1 : (da > db ? 1 : 0);
    bool na = false, nb = false;
    const double fa = a.toDouble(&na), fb = b.toDouble(&nb);
    if (na && nb)
        return fa < fb ? -1 : (fa > fb ? 1 : 0);
    return a.compare(b, Qt::CaseInsensitive);
}

} // namespace

std::optional<EwsError> EwsRestriction::check(const XmlElement &restriction)
{
    const auto walk = [](const auto &self, const XmlElement &e) -> std::optional<EwsError> {
        if (e.is("And") || e.is("Or") || e.is("Not")) {
            for (const XmlElement &c : e.children) {
                if (auto error = self(self, c))
                    return error;
            }
            return std::nullopt;
        }
        if (comparisons().contains(e.name)) {
            if (auto error = checkPath(pathOf(e)))
                return error;
            if (!e.child("FieldURIOrConstant").hasChild("Constant"))
                return EwsError{u"ErrorUnsupportedQueryFilter"_s,
                                u"The sandbox compares properties with constants only."_s};
            return std::nullopt;
        }
        if (e.is("Exists") || e.is("Contains"))
            return checkPath(pathOf(e));
        return EwsError{u"ErrorUnsupportedQueryFilter"_s,
                        u"The sandbox does not search with %1."_s.arg(e.name)};
    };
    for (const XmlElement &c : restriction.children) {
        if (auto error = walk(walk, c))
            return error;
    }
    return std::nullopt;
}

bool EwsRestriction::matches(const XmlElement &restriction, const GraphEvent &event)
{
    const auto eval = [&event](const auto &self, const XmlElement &e) -> bool {
        if (e.is("And")) {
            for (const XmlElement &c : e.children) {
                if (!self(self, c))
                    return false;
            }
            return true;
        }
        if (e.is("Or")) {
            for (const XmlElement &c : e.children) {
                if (self(self, c))
                    return true;
            }
            return false;
        }
        if (e.is("Not"))
            return e.children.isEmpty() || !self(self, e.children.first());
        const XmlElement *path = pathOf(e);
        const std::optional<QString> value = path ? valueOf(*path, event) : std::nullopt;
        if (e.is("Exists"))
            return value.has_value();
        if (e.is("Contains")) {
            if (!value)
                return false;
            const QString constant = e.child("Constant").attribute("Value");
            const Qt::CaseSensitivity cs = e.attribute("ContainmentComparison").startsWith("IgnoreCase"_L1)
                                               ? Qt::CaseInsensitive
                                               : Qt::CaseSensitive;
            const QString mode = e.attribute("ContainmentMode", u"Substring"_s);
            if (mode == "FullString"_L1)
                return value->compare(constant, cs) == 0;
            if (mode == "Prefixed"_L1)
                return value->startsWith(constant, cs);
            return value->contains(constant, cs);
        }
        if (!value)
            return e.is("IsNotEqualTo");
        const int c = compare(*value, e.child("FieldURIOrConstant").child("Constant").attribute("Value"));
        if (e.is("IsEqualTo"))
            return c == 0;
        if (e.is("IsNotEqualTo"))
            return c != 0;
        if (e.is("IsGreaterThan"))
            return c > 0;
        if (e.is("IsGreaterThanOrEqualTo"))
            return c >= 0;
        if (e.is("IsLessThan"))
            return c < 0;
        return c <= 0; // IsLessThanOrEqualTo
    };
    for (const XmlElement &c : restriction.children) {
        if (!eval(eval, c))
            return false;
    }
    return true;
}

} // namespace cxsync::sandbox
