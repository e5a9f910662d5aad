#pragma once

#include "CrmSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace cxsync::sandbox {

// How $prototypes entries list their fields: {"fields": [{"name", "type", ...}]} or, as Sage's own REST
// client models it, {"$properties": {"<name>": {"$title", "$type", "$isMandatory", "$isHidden",
// "$isReadOnly"}}}.
enum class CrmPrototypeShape { Fields, Properties };

// The JSON shapes of the Sage CRM REST sandbox and the conversion between stored and wire values.
//
// Stored rows keep date/times as UTC ("yyyy-MM-ddTHH:mm:ss.zzzZ"); on the wire they are local times of the
// server time zone without an offset ("yyyy-MM-ddTHH:mm:ss"), the system stamps Comm_CreatedDate and
// Comm_UpdatedDate included, so several writes in one second share a stamp on the wire (the engine's watermark
// must break ties by id). CrmSandbox::setPreciseStamps(true) sends the stamps with milliseconds instead.
// Incoming date/times without an offset are read in the server time zone; a trailing "Z" or "+hh:mm" is
// honoured.
//
// Error envelope (every non-2xx answer, fault plan errors included):
//   {"$httpStatus": 400,
//    "$diagnoses": [{"$severity": "error", "$sdataCode": "BadWhereSyntax", "$message": "Syntax error at
//    position 17: ..."}]}
// Codes: Unauthorized (401), Forbidden (403), NotFound (404), MethodNotAllowed (405), BadWhereSyntax,
// UnknownField, InvalidValue, ReadOnlyField, InvalidJson, InvalidPaging (400), serviceNotAvailable (503) ...
class CrmJson final {
public:
    static QString formatDate(const QDateTime &utc, const QTimeZone &zone, bool precise);
    static std::optional<QDateTime> parseDate(const QString &text, const QTimeZone &zone); // returns UTC
    static QString storedDate(const QDateTime &utc);
    static QDateTime fromStoredDate(const QString &stored);

    static QJsonValue toWire(const CrmField &field, const QJsonValue &stored, const QTimeZone &zone,
                             bool preciseStamps = true);
    static std::optional<QJsonValue> fromWire(const CrmField &field, const QJsonValue &wire,
                                              const QTimeZone &zone, QString *error);

    static QJsonObject record(const CrmEntity &entity, const QJsonObject &row, bool customPresent,
                              const QTimeZone &zone, const QUrl &restBase, bool preciseStamps = true);
    static QJsonObject collection(const QJsonArray &resources, int total, int startIndex, int itemsPerPage);
    static QJsonObject prototype(const CrmEntity &entity, bool customPresent, const QUrl &restBase,
                                 CrmPrototypeShape shape = CrmPrototypeShape::Fields);
    static QJsonObject prototypes(bool customPresent, const QUrl &restBase,
                                  CrmPrototypeShape shape = CrmPrototypeShape::Fields);
    static QJsonObject error(int status, const QString &code, const QString &message);
};

} // namespace cxsync::sandbox
