#pragma once

#include "HttpSandbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace cxsync::sandbox {

struct GraphEvent;

// A response of a Graph handler: JSON (or raw bytes when `raw` is set), status and extra headers.
struct GraphResponse {
    int status = 200;
    QJsonObject body;
    HeaderList headers;
    bool noBody = false; // 202/204
    QByteArray raw;
    QByteArray rawContentType;
};
using GraphDone = std::function<void(const GraphResponse &)>;

// An error a Graph handler reports: HTTP status plus the Graph error code and message.
struct GraphError {
    int status = 400;
    QString code;
    QString message;
};

// Event <-> JSON as Microsoft Graph shapes it: dateTimeTimeZone with 7 fractional digits, Windows and IANA
// zone names, input validation of the writable event properties and the Prefer header's outlook.timezone.
class GraphEventJson {
public:
    // A Windows zone name ("W. Europe Standard Time"), an IANA id ("Europe/Berlin") or "UTC".
    static std::optional<QTimeZone> zone(const QString &name);
    static GraphError unsupportedZone(const QString &name);

    // "2017-04-15T12:00:00.0000000" (wall time of `dateTime` in its own zone)
    static QString wallTime(const QDateTime &dateTime);
    // "2017-04-15T03:00:50.7570000Z"
    static QString utcStamp(const QDateTime &dateTime);
    static QString graphDateTime(const QDateTime &utc, int digits = 7); // "...Z" with `digits` fractions
    // Parses "2017-04-15T12:00:00[.fffffff][Z|+01:00]"; no offset = `zoneIfNaive`.
    static QDateTime parseDateTime(const QString &text, const QTimeZone &zoneIfNaive);

    // Parses a dateTimeTimeZone object into a UTC instant and the zone name as given.
    static std::optional<QDateTime> parseDateTimeTimeZone(const QJsonValue &value, const QString &field,
                                                          QString *zoneName, GraphError *error);
    static QJsonObject dateTimeTimeZone(const QDateTime &utc, const QString &zoneName);

    // Validates and applies writable properties of `input` to `event` (create: `creating` = true).
    static std::optional<GraphError> apply(GraphEvent &event, const QJsonObject &input, bool creating);

    // The event as Graph returns it; start/end in `zoneName` (empty = UTC).
    static QJsonObject render(const GraphEvent &event, const QString &zoneName);
    // The skeleton Graph sends for occurrences in delta responses.
    static QJsonObject skeleton(const GraphEvent &event, const QString &zoneName);

    // outlook.timezone="X" from (possibly repeated or comma-separated) Prefer headers; empty if absent or
    // unknown.
    static QString preferredTimeZone(const SandboxRequest &request);
    static int preferredPageSize(const SandboxRequest &request, int fallback);

    static QString newId(const QString &prefix = QStringLiteral("AAMkAG"));
    static QString newChangeKey();
};

} // namespace cxsync::sandbox
