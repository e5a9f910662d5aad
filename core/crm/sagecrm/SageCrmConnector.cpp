#include "SageCrmConnector.h"

#include "net/HttpClient.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace cxsync::crm::sagecrm {

namespace {

const QString kUsers = QStringLiteral("Users");
const QString kComm = QStringLiteral("Communication");
const QString kLink = QStringLiteral("Comm_Link");
constexpr int kLinkChunk = 50; // ids per `in (...)` query

Error invalid(const QString &message, const QString &field = {})
{
    return makeError(ErrorKind::Invalid, message, field);
}

// An id from the server or a caller: a positive integer, as a JSON number or text.
std::optional<qint64> idValue(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= 1 && number <= 9007199254740992.0 && number == double(qint64(number)))
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (ok && number >= 1 && !text.startsWith(QLatin1Char('+')))
            return number;
    }
    return std::nullopt;
}

std::optional<qint64> idText(const QString &id)
{
    return idValue(QJsonValue(id));
}

// Reads fields of one record, keeping the first problem.
class FieldReader {
public:
    FieldReader(const QJsonObject &record, QString recordName)
        : m_record(record), m_name(std::move(recordName))
    {
    }

    QString text(const QString &field)
    {
        const QJsonValue value = m_record.value(field);
        if (value.isNull() || value.isUndefined())
            return {};
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        fail(field, QStringLiteral("expected text"));
        return {};
    }
    bool flag(const QString &field)
    {
        const QJsonValue value = m_record.value(field);
        if (value.isNull() || value.isUndefined())
            return false;
        if (value.isBool())
            return value.toBool();
        if (value.isDouble())
            return value.toDouble() != 0;
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("y") || text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (value.isString() && (text.isEmpty() || text == QLatin1String("n") ||
                                 text == QLatin1String("false") || text == QLatin1String("0")))
            return false;
        fail(field, QStringLiteral("expected Y or N"));
        return false;
    }
    // An integer field that may be empty (0).
    qint64 number(const QString &field)
    {
        const QJsonValue value = m_record.value(field);
        if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            return 0;
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())))
            return qint64(value.toDouble());
        bool ok = false;
        const qint64 parsed = value.toString().toLongLong(&ok);
        if (value.isString() && ok)
            return parsed;
        fail(field, QStringLiteral("expected an integer"));
        return 0;
    }
    // A key: required, positive.
    qint64 id(const QString &field, bool required = true)
    {
        const QJsonValue value = m_record.value(field);
        if (!required &&
            (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())))
            return 0;
        if (const auto parsed = idValue(value))
            return *parsed;
        fail(field,
             value.isUndefined() || value.isNull() ? QStringLiteral("missing") : QStringLiteral("not an id"));
        return 0;
    }
    QDateTime date(const QString &field, bool required, const QTimeZone &zone)
    {
        Result<QDateTime> parsed =
            SageCrmConnector::parseWireDate(m_record.value(field), field, m_name, required, zone);
        if (!parsed.ok()) {
            if (!m_error)
                m_error = parsed.error();
            return {};
        }
        return parsed.value();
    }
    void fail(const QString &field, const QString &what)
    {
        if (!m_error)
            m_error = invalid(
                SageCrmConnector::tr("The CRM sent an invalid %1 in %2: %3.").arg(field, m_name, what),
                field);
    }
    const std::optional<Error> &error() const { return m_error; }

private:
    const QJsonObject &m_record;
    QString m_name;
    std::optional<Error> m_error;
};

QString recordName(const QString &entity, const QJsonObject &record, const QString &keyField)
{
    QString key = record.value(QStringLiteral("$key")).toString();
    if (key.isEmpty())
        key = record.value(keyField).toVariant().toString();
    return key.isEmpty() ? QStringLiteral("a %1 record").arg(entity)
                         : QStringLiteral("%1 record %2").arg(entity, key.left(40));
}

Result<QJsonArray> resourcesOf(const QJsonObject &page, const QString &entity, int *total)
{
    const QJsonValue resources = page.value(QStringLiteral("$resources"));
    if (!resources.isArray())
        return invalid(SageCrmConnector::tr("The CRM sent a %1 page without $resources.").arg(entity),
                       QStringLiteral("$resources"));
    const QJsonValue totalValue = page.value(QStringLiteral("$totalResults"));
    if (total) {
        if (!totalValue.isDouble() || totalValue.toDouble() < 0)
            return invalid(
                SageCrmConnector::tr("The CRM sent a %1 page without a valid $totalResults.").arg(entity),
                QStringLiteral("$totalResults"));
        *total = int(totalValue.toDouble());
    }
    for (const QJsonValue &row : resources.toArray()) {
        if (!row.isObject())
            return invalid(
                SageCrmConnector::tr("The CRM sent a %1 page with a row that is not an object.").arg(entity),
                QStringLiteral("$resources"));
    }
    return resources.toArray();
}

const QStringList &customFieldNames()
{
    static const QStringList names{
        QStringLiteral("User_ExchangeServer"), QStringLiteral("User_ExchangeUserId"),
        QStringLiteral("Comm_ExchangeResponses"), QStringLiteral("Comm_ExchangeId")};
    return names;
}

// One row value for ordering: numbers (JSON or numeric text) before text, compared as such.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    auto number = [](const QJsonValue &v, bool *ok) {
        if (v.isDouble()) {
            *ok = true;
            return v.toDouble();
        }
        return v.toString().toDouble(ok);
    };
    bool aNumber = false, bNumber = false;
    const double x = number(a, &aNumber);
    const double y = number(b, &bNumber);
    if (aNumber && bNumber)
        return x < y ? -1 : (x > y ? 1 : 0);
    if (aNumber != bNumber)
        return aNumber ? -1 : 1;
    return a.toVariant().toString().compare(b.toVariant().toString(), Qt::CaseInsensitive);
}

// What `orderBy` asks of the server, done here for a server that does not know it ("F [asc|desc], ...").
void orderRows(QJsonArray &rows, const QString &orderBy)
{
    QList<QPair<QString, bool>> keys; // field, descending
    for (const QString &part : orderBy.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        keys.append(
            {words.value(0), words.value(1).compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0});
    }
    QList<QJsonValue> list(rows.begin(), rows.end());
    std::stable_sort(list.begin(), list.end(), [&keys](const QJsonValue &a, const QJsonValue &b) {
        for (const auto &[field, descending] : keys) {
            const int c = compareValues(a.toObject().value(field), b.toObject().value(field));
            if (c != 0)
                return descending ? c > 0 : c < 0;
        }
        return false;
    });
    rows = QJsonArray();
    for (const QJsonValue &row : list)
        rows.append(row);
}

// The whole second a stamp falls in (stamps may carry milliseconds; the wire format of filters has none).
QDateTime wholeSecond(const QDateTime &utc)
{
    return QDateTime::fromSecsSinceEpoch(utc.toSecsSinceEpoch(), QTimeZone::utc());
}

} // namespace

struct SageCrmConnector::ChangeFeed {
    CrmWatermark start;  // as passed in: what earlier runs delivered
    CrmWatermark cursor; // moves past every row taken
    QList<CrmAppointment> appointments;
    QHash<qint64, qsizetype> positions; // id -> index in appointments (a row read again replaces it)
    QList<bool> superseded;             // parallel to appointments
    Callback<CrmChanges> done;
    PageCallback page; // set: paged (changesPaged), nothing is kept past a page
    // 2024 R2: reading the whole second `tieSecond` by id (keyset), or the rows after the cursor's second.
    bool inTieSecond = false;
    QDateTime tieSecond;
    qint64 tieLastId = 0;
    // An older server: every row from the start's second on, page by page in the server's own order.
    int startIndex = 1;
};

struct SageCrmConnector::Collect {
    QString entity;
    QString where;
    QString orderBy;
    QString label;
    QJsonArray rows;
    int startIndex = 1;
    Callback<QJsonArray> done;
};

SageCrmConnector::SageCrmConnector(net::HttpClient &http, const QUrl &restBase, const QString &logon,
                                   const QString &password, const QTimeZone &serverZone)
    : m_http(http), m_base(restBase), m_logon(logon),
      m_authorization("Basic " + (logon + QLatin1Char(':') + password).toUtf8().toBase64()),
      m_zone(serverZone), m_alive(std::make_shared<int>(0))
{
    if (!m_base.path().endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
}

SageCrmConnector::~SageCrmConnector() = default;

void SageCrmConnector::later(std::function<void()> task)
{
    std::weak_ptr<int> alive = m_alive;
    QMetaObject::invokeMethod(
        &m_http,
        [alive, task = std::move(task)]() {
            if (!alive.expired())
                task();
        },
        Qt::QueuedConnection);
}

QString SageCrmConnector::recordPath(const QString &entity, qint64 id)
{
    return QStringLiteral("%1('%2')").arg(entity).arg(id);
}

Result<QDateTime> SageCrmConnector::parseWireDate(const QJsonValue &value, const QString &field,
                                                  const QString &record, bool required, const QTimeZone &zone)
{
    auto bad = [&](const QString &what) -> Result<QDateTime> {
        return invalid(SageCrmConnector::tr("The CRM sent an invalid %1 in %2: %3.").arg(field, record, what),
                       field);
    };
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())) {
        if (required)
            return bad(QStringLiteral("missing"));
        return QDateTime();
    }
    if (!value.isString())
        return bad(QStringLiteral("expected a date/time text"));
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T "
                       "](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QString text = value.toString().trimmed();
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return bad(SageCrmConnector::tr("'%1' is not yyyy-MM-ddTHH:mm:ss").arg(text.left(40)));
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QString millis = match.captured(7).leftJustified(3, QLatin1Char('0'));
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     match.captured(7).isEmpty() ? 0 : millis.toInt());
    if (!date.isValid() || !time.isValid())
        return bad(SageCrmConnector::tr("'%1' is not a valid date/time").arg(text));
    if (!match.captured(8).isEmpty()) {
        const QString offset = match.captured(8);
        int seconds = 0;
        if (offset != QLatin1String("Z")) {
            const QString digits = QString(offset).remove(QLatin1Char(':'));
            seconds = (digits.mid(1, 2).toInt() * 60 + digits.mid(3, 2).toInt()) * 60;
            if (offset.startsWith(QLatin1Char('-')))
                seconds = -seconds;
        }
        return QDateTime(date, time, QTimeZone(seconds)).toUTC();
    }
    return QDateTime(date, time, zone).toUTC();
}

Result<CrmUser> SageCrmConnector::parseUser(const QJsonObject &record)
{
    FieldReader read(record, recordName(kUsers, record, QStringLiteral("User_UserId")));
    CrmUser user;
    user.id = QString::number(read.id(QStringLiteral("User_UserId")));
    user.logon = read.text(QStringLiteral("User_Logon"));
    user.firstName = read.text(QStringLiteral("User_FirstName"));
    user.lastName = read.text(QStringLiteral("User_LastName"));
    user.email = read.text(QStringLiteral("User_EmailAddress"));
    user.resource = read.flag(QStringLiteral("User_Resource"));
    user.disabled = read.flag(QStringLiteral("User_Disabled"));
    user.deleted = read.number(QStringLiteral("User_Deleted")) != 0;
    user.exchangeServer = read.text(QStringLiteral("User_ExchangeServer"));
    user.exchangeUserId = read.text(QStringLiteral("User_ExchangeUserId"));
    if (read.error())
        return *read.error();
    return user;
}

Result<CrmAppointment> SageCrmConnector::parseAppointment(const QJsonObject &record, const QTimeZone &zone)
{
    FieldReader read(record, recordName(kComm, record, QStringLiteral("Comm_CommunicationId")));
    CrmAppointment appointment;
    appointment.id = QString::number(read.id(QStringLiteral("Comm_CommunicationId")));
    appointment.subject = read.text(QStringLiteral("Comm_Subject"));
    appointment.details = read.text(QStringLiteral("Comm_Note"));
    appointment.location = read.text(QStringLiteral("Comm_Location"));
    appointment.startUtc = read.date(QStringLiteral("Comm_DateTime"), true, zone);
    appointment.endUtc = read.date(QStringLiteral("Comm_ToDateTime"), false, zone);
    if (!appointment.endUtc.isValid())
        appointment.endUtc = appointment.startUtc;
    appointment.isPrivate = read.flag(QStringLiteral("Comm_Private"));
    const QDateTime notify = read.date(QStringLiteral("Comm_NotifyTime"), false, zone);
    if (notify.isValid() && appointment.startUtc.isValid())
        appointment.notifyMinutes = int(notify.secsTo(appointment.startUtc) / 60);
    appointment.status = read.text(QStringLiteral("Comm_Status"));
    appointment.type = read.text(QStringLiteral("Comm_Type"));
    appointment.action = read.text(QStringLiteral("Comm_Action"));
    const qint64 owner = read.id(QStringLiteral("Comm_UserId"), false);
    appointment.ownerUserId = owner > 0 ? QString::number(owner) : QString();
    appointment.exchangeId = read.text(QStringLiteral("Comm_ExchangeId"));
    appointment.exchangeResponses = read.text(QStringLiteral("Comm_ExchangeResponses"));
    appointment.updatedUtc = read.date(QStringLiteral("Comm_UpdatedDate"), true, zone);
    appointment.deleted = read.number(QStringLiteral("Comm_Deleted")) != 0;
    if (read.error())
        return *read.error();
    return appointment;
}

QJsonObject SageCrmConnector::appointmentFields(const CrmAppointment &appointment, CrmFields wanted) const
{
    auto date = [&](const QDateTime &utc) -> QJsonValue {
        return utc.isValid() ? QJsonValue(SageWhere::formatDate(utc, m_zone)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject fields;
    auto put = [&](CrmField field, const char *name, const QJsonValue &value) {
        if (wanted.testFlag(field))
            fields.insert(QLatin1String(name), value);
    };
    put(CrmField::Type, "Comm_Type", appointment.type.isEmpty() ? QStringLiteral("Appointment") : appointment.type);
    put(CrmField::Action, "Comm_Action",
        appointment.action.isEmpty() ? QStringLiteral("Meeting") : appointment.action);
    put(CrmField::Status, "Comm_Status",
        appointment.status.isEmpty() ? QStringLiteral("Pending") : appointment.status);
    put(CrmField::Subject, "Comm_Subject", appointment.subject);
    put(CrmField::Details, "Comm_Note", appointment.details);
    put(CrmField::Location, "Comm_Location", appointment.location);
    put(CrmField::Private, "Comm_Private", appointment.isPrivate ? QStringLiteral("Y") : QStringLiteral("N"));
    put(CrmField::Times, "Comm_DateTime", date(appointment.startUtc));
    put(CrmField::Times, "Comm_ToDateTime", date(appointment.endUtc));
    // the reminder is a time before the start: it moves with the start
    if (wanted & (CrmFields(CrmField::Reminder) | CrmField::Times))
        fields.insert(QStringLiteral("Comm_NotifyTime"),
                      appointment.notifyMinutes
                          ? date(appointment.startUtc.addSecs(-60LL * *appointment.notifyMinutes))
                          : QJsonValue(QJsonValue::Null));
    const auto owner = idText(appointment.ownerUserId);
    put(CrmField::Owner, "Comm_UserId", owner ? QJsonValue(*owner) : QJsonValue(QJsonValue::Null));
    if (m_writeExchangeFields) {
        put(CrmField::ExchangeId, "Comm_ExchangeId", appointment.exchangeId);
        put(CrmField::ExchangeResponses, "Comm_ExchangeResponses", appointment.exchangeResponses);
    }
    return fields;
}

Error SageCrmConnector::mapError(const Error &error) const
{
    Error mapped = error;
    if (error.httpStatus == 401) {
        mapped.kind = ErrorKind::Auth;
        mapped.message =
            SageCrmConnector::tr("CRM rejected the logon '%1': wrong user name or password (HTTP 401).")
                .arg(m_logon);
    } else if (const QString field = missingCustomField(error); !field.isEmpty()) {
        // The legacy panel added these columns itself; over REST the admin adds them once (admin guide,
        // "Sage CRM custom fields").
        const bool user = field.startsWith(QLatin1String("User_"));
        mapped.kind = ErrorKind::Invalid;
        mapped.field = field;
        mapped.message =
            SageCrmConnector::tr("The CRM has no field %1 (it answered: %2). Add it in Sage CRM under "
                                 "Administration | Customization | %3 | Fields | New: a Text field with the "
                                 "column name %4, length 255; then run Install Scripts again.")
                .arg(field, error.message, user ? QStringLiteral("Users") : QStringLiteral("Communication"),
                     field.toLower());
    } else if (error.httpStatus == 403) {
        mapped.kind = ErrorKind::Permission;
        // Keep the CRM's own words (which of disabled / resource / no External Logon Allowed): Test
        // Connection's hint table picks its fix from them.
        mapped.message =
            SageCrmConnector::tr("CRM user '%1' may not use the REST API: %2").arg(m_logon, error.message);
    }
    return mapped;
}

void SageCrmConnector::call(const QByteArray &method, const QString &path, const Query &query,
                            const QJsonObject *body, const QString &label, JsonCallback done)
{
    net::HttpRequest request;
    request.method = method;
    QUrl url = m_base.resolved(QUrl(path, QUrl::StrictMode));
    if (!query.isEmpty()) {
        QStringList parts;
        for (const auto &item : query)
            parts.append(item.first + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    request.url = url;
    request.headers = {{QByteArrayLiteral("Authorization"), m_authorization},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (body) {
        request.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
        request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    }
    request.mailbox = mailboxKey();
    request.label = QStringLiteral("crm.") + label;
    std::weak_ptr<int> alive = m_alive;
    m_http.send(request, [this, alive, label, method,
                          done = std::move(done)](Result<net::HttpResponse> result) {
        if (alive.expired())
            return;
        if (!result.ok())
            return done(mapError(result.error()));
        const QByteArray &bytes = result.value().body;
        if (bytes.trimmed().isEmpty())
            return done(QJsonObject());
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            Error error =
                invalid(SageCrmConnector::tr("The CRM answered %1 with something that is not a JSON object.")
                            .arg(label));
            error.httpStatus = result.value().status;
            if (method != "GET") {
                // the CRM accepted the write (2xx) but its answer is unreadable: the outcome is unknown, not
                // invalid. Transient, so it is retried, and every write is looked for before it is repeated.
                error.kind = ErrorKind::Network;
                error.message =
                    SageCrmConnector::tr("The CRM accepted %1 but its answer could not be read; the "
                                         "write is checked before it is repeated.")
                        .arg(label);
            }
            return done(error);
        }
        done(document.object());
    });
}

void SageCrmConnector::collect(std::shared_ptr<Collect> state)
{
    Query query;
    if (!state->where.isEmpty())
        query.append({QStringLiteral("where"), state->where});
    const bool serverOrders = !m_legacyApi.value_or(false);
    if (!state->orderBy.isEmpty() && serverOrders)
        query.append({QStringLiteral("orderBy"), state->orderBy});
    query.append({QStringLiteral("count"), QString::number(m_pageSize)});
    query.append({QStringLiteral("startIndex"), QString::number(state->startIndex)});
    call("GET", state->entity, query, nullptr, state->label, [this, state](Result<QJsonObject> page) {
        if (!page.ok())
            return state->done(page.error());
        int total = 0;
        Result<QJsonArray> rows = resourcesOf(page.value(), state->entity, &total);
        if (!rows.ok())
            return state->done(rows.error());
        for (const QJsonValue &row : rows.value())
            state->rows.append(row);
        state->startIndex += int(rows.value().size());
        if (rows.value().isEmpty() || state->startIndex > total) {
            if (!state->orderBy.isEmpty() && m_legacyApi.value_or(false))
                orderRows(state->rows, state->orderBy);
            return state->done(state->rows);
        }
        collect(state);
    });
}

void SageCrmConnector::collectAll(const QString &entity, const SageWhere &where, const QString &orderBy,
                                  const QString &label, Callback<QJsonArray> done)
{
    if (!where.isValid())
        return later(
            [done] { done(invalid(SageCrmConnector::tr("Internal error: an invalid CRM query."))); });
    auto state = std::make_shared<Collect>();
    state->entity = entity;
    state->where = where.toString();
    state->orderBy = orderBy;
    state->label = label;
    state->done = std::move(done);
    if (orderBy.isEmpty())
        return collect(state);
    withApiLevel([this, state](Status known) {
        if (!known.ok())
            return state->done(known.error());
        collect(state);
    });
}

void SageCrmConnector::withApiLevel(std::function<void(Status)> then)
{
    if (m_legacyApi.has_value())
        return later([then] { then(Status()); });
    m_levelWaiters.append(std::move(then));
    if (m_levelWaiters.size() > 1)
        return; // the probe is under way
    // One row of Users, asked for the way 2024 R2 allows: an older release answers 400 (an unknown orderBy
    // parameter, or a where with more than one condition).
    const Query query{
        {QStringLiteral("where"), (SageWhere::ge(QStringLiteral("User_UserId"), QStringLiteral("0")) &&
                                   SageWhere::ge(QStringLiteral("User_UserId"), QStringLiteral("0")))
                                      .toString()},
        {QStringLiteral("orderBy"), QStringLiteral("User_UserId asc")},
        {QStringLiteral("count"), QStringLiteral("1")}};
    call("GET", kUsers, query, nullptr, QStringLiteral("apiLevel"), [this](Result<QJsonObject> page) {
        Status outcome;
        if (page.ok())
            m_legacyApi = false;
        else if (page.error().httpStatus == 400)
            m_legacyApi = true;
        else
            outcome = page.error(); // not known yet: the next read probes again
        const auto waiters = std::exchange(m_levelWaiters, {});
        for (const auto &waiter : waiters)
            waiter(outcome);
    });
}

void SageCrmConnector::apiLevel(Callback<CrmApiLevel> done)
{
    withApiLevel([this, done](Status known) {
        if (!known.ok())
            return done(known.error());
        if (*m_legacyApi)
            return done(
                CrmApiLevel{QStringLiteral("legacy"),
                            SageCrmConnector::tr(
                                "Sage CRM before 2024 R2: single-condition filters; records are ordered and "
                                "paged by the synchronization (count/startIndex).")});
        done(CrmApiLevel{QStringLiteral("2024r2"),
                         SageCrmConnector::tr("Sage CRM 2024 R2 or later: orderBy and combined filters.")});
    });
}

void SageCrmConnector::verifyLogin(Callback<CrmUser> done)
{
    const Query query{
        {QStringLiteral("where"), SageWhere::eq(QStringLiteral("User_Logon"), m_logon).toString()},
        {QStringLiteral("count"), QStringLiteral("1")}};
    call("GET", kUsers, query, nullptr, QStringLiteral("verifyLogin"),
         [this, done](Result<QJsonObject> page) {
             if (!page.ok())
                 return done(page.error());
             Result<QJsonArray> rows = resourcesOf(page.value(), kUsers, nullptr);
             if (!rows.ok())
                 return done(rows.error());
             if (rows.value().isEmpty())
                 return done(
                     makeError(ErrorKind::NotFound,
                               SageCrmConnector::tr("CRM accepted the logon '%1' but lists no user with it.")
                                   .arg(m_logon)));
             done(parseUser(rows.value().at(0).toObject()));
         });
}

void SageCrmConnector::listUsers(Callback<QList<CrmUser>> done)
{
    collectAll(kUsers, {}, QStringLiteral("User_UserId asc"), QStringLiteral("listUsers"),
               [done](Result<QJsonArray> rows) {
                   if (!rows.ok())
                       return done(rows.error());
                   QList<CrmUser> users;
                   for (const QJsonValue &row : rows.value()) {
                       Result<CrmUser> user = parseUser(row.toObject());
                       if (!user.ok())
                           return done(user.error());
                       users.append(std::move(user).value());
                   }
                   done(users);
               });
}

std::optional<QSet<QString>> SageCrmConnector::prototypeFields(const QJsonObject &prototype,
                                                               const QString &entity)
{
    // The sandbox's shape: {"fields": [{"name": ...}, ...]}.
    if (const QJsonValue fields = prototype.value(QStringLiteral("fields")); fields.isArray()) {
        QSet<QString> names;
        for (const QJsonValue &field : fields.toArray()) {
            const QString name = field.toObject().value(QStringLiteral("name")).toString();
            if (name.isEmpty())
                return std::nullopt;
            names.insert(name.toLower());
        }
        return names;
    }
    // Sage's own client reads {"$properties": {"<field>": {"$type": ...}, ...}}.
    if (const QJsonValue properties = prototype.value(QStringLiteral("$properties")); properties.isObject()) {
        QSet<QString> names;
        const QJsonObject map = properties.toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            names.insert(it.key().toLower());
        return names;
    }
    // A collection holding the entity's entry.
    if (const QJsonValue resources = prototype.value(QStringLiteral("$resources")); resources.isArray()) {
        for (const QJsonValue &entry : resources.toArray()) {
            const QJsonObject object = entry.toObject();
            for (const char *key : {"$resourceKind", "$key", "$title", "entity"}) {
                if (object.value(QLatin1String(key)).toString().compare(entity, Qt::CaseInsensitive) == 0)
                    return prototypeFields(object, entity);
            }
        }
    }
    return std::nullopt;
}

void SageCrmConnector::entityFields(const QString &entity,
                                    std::function<void(Result<QSet<QString>>, QString)> done)
{
    call("GET", QStringLiteral("$prototypes/") + entity, {}, nullptr, QStringLiteral("prototypes"),
         [this, entity, done](Result<QJsonObject> prototype) {
             QString why;
             if (prototype.ok()) {
                 if (const auto names = prototypeFields(prototype.value(), entity))
                     return done(*names, QString());
                 why =
                     SageCrmConnector::tr("$prototypes/%1 lists its fields in a shape this version does not "
                                          "know")
                         .arg(entity);
             } else if (prototype.error().httpStatus == 404 || prototype.error().httpStatus == 400 ||
                        prototype.error().httpStatus == 501) {
                 why = SageCrmConnector::tr("the CRM has no $prototypes/%1 (HTTP %2)")
                           .arg(entity)
                           .arg(prototype.error().httpStatus);
             } else {
                 return done(prototype.error(), QString()); // the CRM is not answering: a real failure
             }
             // Fall back to the fields one record shows.
             call("GET", entity, {{QStringLiteral("count"), QStringLiteral("1")}}, nullptr,
                  QStringLiteral("prototypes"), [entity, done, why](Result<QJsonObject> page) {
                      if (!page.ok())
                          return done(page.error(), QString());
                      Result<QJsonArray> rows = resourcesOf(page.value(), entity, nullptr);
                      if (!rows.ok())
                          return done(rows.error(), QString());
                      QSet<QString> names;
                      if (!rows.value().isEmpty()) {
                          const QJsonObject record = rows.value().first().toObject();
                          for (auto it = record.begin(); it != record.end(); ++it)
                              names.insert(it.key().toLower());
                      }
                      const QString note =
                          rows.value().isEmpty()
                              ? SageCrmConnector::tr("%1; no %2 record exists to show its fields")
                                    .arg(why, entity)
                              : SageCrmConnector::tr("%1; checked on a %2 record instead").arg(why, entity);
                      done(names, note);
                  });
         });
}

void SageCrmConnector::customFieldsPresent(Callback<CrmCustomFieldCheck> done)
{
    // Per entity: a field the metadata does not list is missing; when only a record could be read, a field
    // it does not show may still exist (it could be left out when empty), so it is unknown, not missing.
    auto check = std::make_shared<CrmCustomFieldCheck>();
    auto judge = [check](const QStringList &fields, const Result<QSet<QString>> &names, const QString &note) {
        for (const QString &field : fields) {
            if (names.value().contains(field.toLower()))
                continue;
            (note.isEmpty() ? check->missing : check->unknown).append(field);
        }
        if (!note.isEmpty())
            check->notes.append(note);
    };
    entityFields(kUsers, [this, done, check, judge](Result<QSet<QString>> users, QString usersNote) {
        if (!users.ok())
            return done(users.error());
        judge(customFieldNames().mid(0, 2), users, usersNote);
        entityFields(kComm, [done, check, judge](Result<QSet<QString>> comm, QString commNote) {
            if (!comm.ok())
                return done(comm.error());
            judge(customFieldNames().mid(2, 2), comm, commNote);
            done(*check);
        });
    });
}

QString SageCrmConnector::missingCustomField(const Error &error)
{
    if (error.httpStatus != 400)
        return {};
    for (const QString &field : customFieldNames()) {
        if (error.message.contains(field, Qt::CaseInsensitive))
            return field;
    }
    return {};
}

void SageCrmConnector::setUserExchangeLink(const QString &userId, const QString &exchangeServer,
                                           const QString &exchangeUserId, Callback<CrmUser> done)
{
    const auto id = idText(userId);
    if (!id)
        return later([done, userId] {
            done(invalid(SageCrmConnector::tr("'%1' is not a CRM user id.").arg(userId.left(40)),
                         QStringLiteral("userId")));
        });
    const QJsonObject body{{QStringLiteral("User_ExchangeServer"), exchangeServer},
                           {QStringLiteral("User_ExchangeUserId"), exchangeUserId}};
    call("PUT", recordPath(kUsers, *id), {}, &body, QStringLiteral("setUserExchangeLink"),
         [done](Result<QJsonObject> record) {
             if (!record.ok())
                 return done(record.error());
             done(parseUser(record.value()));
         });
}

void SageCrmConnector::createUser(const CrmUser &user, Callback<CrmUser> done)
{
    const QString logon = user.logon.trimmed();
    if (logon.isEmpty())
        return later([done] {
            done(invalid(SageCrmConnector::tr("A CRM user needs a logon."), QStringLiteral("User_Logon")));
        });
    auto textOrNull = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    QJsonObject body{
        {QStringLiteral("User_Logon"), logon},
        {QStringLiteral("User_FirstName"), textOrNull(user.firstName)},
        {QStringLiteral("User_LastName"), textOrNull(user.lastName)},
        {QStringLiteral("User_EmailAddress"), textOrNull(user.email)},
        {QStringLiteral("User_Resource"), user.resource ? QStringLiteral("Y") : QStringLiteral("N")},
        {QStringLiteral("User_Disabled"), user.disabled ? QStringLiteral("Y") : QStringLiteral("N")}};
    if (!user.exchangeUserId.isEmpty()) {
        body.insert(QStringLiteral("User_ExchangeServer"), user.exchangeServer);
        body.insert(QStringLiteral("User_ExchangeUserId"), user.exchangeUserId);
    }
    call("POST", kUsers, {}, &body, QStringLiteral("createUser"), [done, logon](Result<QJsonObject> record) {
        if (!record.ok()) {
            Error error = record.error();
            if (error.httpStatus == 409) {
                error.kind = ErrorKind::Conflict;
                error.message =
                    SageCrmConnector::tr("The CRM already has a user with the logon '%1'.").arg(logon);
                error.field = QStringLiteral("User_Logon");
            }
            return done(error);
        }
        done(parseUser(record.value()));
    });
}

void SageCrmConnector::createAppointment(const CrmAppointment &appointment, Callback<CrmAppointment> done)
{
    if (!appointment.startUtc.isValid() || !appointment.endUtc.isValid() ||
        appointment.endUtc < appointment.startUtc)
        return later([done] {
            done(invalid(SageCrmConnector::tr("An appointment needs a valid start and an end not before it."),
                         QStringLiteral("start")));
        });
    const QJsonObject body = appointmentFields(appointment);
    const QStringList links = appointment.linkedUserIds;
    call("POST", kComm, {}, &body, QStringLiteral("createAppointment"),
         [this, done, links](Result<QJsonObject> record) {
             if (!record.ok())
                 return done(record.error());
             Result<CrmAppointment> created = parseAppointment(record.value(), m_zone);
             if (!created.ok() || links.isEmpty())
                 return done(created);
             CrmAppointment stored = std::move(created).value();
             // the links as they are after adding ours (read once, before adding): no read afterwards
             addLinks(stored.id, links, [done, stored](Result<QStringList> linked) mutable {
                 if (!linked.ok())
                     return done(linked.error());
                 stored.linkedUserIds = linked.value();
                 done(stored);
             });
         });
}

void SageCrmConnector::updateAppointment(const CrmAppointment &appointment, CrmFields fields,
                                         Callback<CrmAppointment> done)
{
    const auto id = idText(appointment.id);
    if (!id || (fields.testFlag(CrmField::Times) &&
                (!appointment.startUtc.isValid() || !appointment.endUtc.isValid())))
        return later([done] {
            done(invalid(SageCrmConnector::tr("An appointment update needs a CRM id, a start and an end."),
                         QStringLiteral("id")));
        });
    if (fields.testFlag(CrmField::Reminder) && appointment.notifyMinutes && !appointment.startUtc.isValid())
        return later([done] {
            done(invalid(SageCrmConnector::tr("A reminder needs the appointment's start."),
                         QStringLiteral("Comm_NotifyTime")));
        });
    const QJsonObject body = appointmentFields(appointment, fields);
    if (body.isEmpty()) // nothing this install stores (e.g. the Exchange fields without their columns)
        return getAppointment(appointment.id, std::move(done));
    call("PUT", recordPath(kComm, *id), {}, &body, QStringLiteral("updateAppointment"),
         [this, done](Result<QJsonObject> record) {
             if (!record.ok())
                 return done(record.error());
             Result<CrmAppointment> updated = parseAppointment(record.value(), m_zone);
             if (!updated.ok())
                 return done(updated.error());
             // the links as they are: the caller's appointment may name users the record does not link (yet)
             withLinks({updated.value()}, [done](Result<QList<CrmAppointment>> withIds) {
                 if (!withIds.ok())
                     return done(withIds.error());
                 done(withIds.value().constFirst());
             });
         });
}

void SageCrmConnector::deleteAppointment(const QString &id, StatusCallback done)
{
    const auto number = idText(id);
    if (!number)
        return later([done, id] {
            done(invalid(SageCrmConnector::tr("'%1' is not a CRM appointment id.").arg(id.left(40)),
                         QStringLiteral("id")));
        });
    // Read first: a communication that is no longer an appointment (a user made it a task) is not ours to
    // delete, whatever its Outlook copy went through.
    call("GET", recordPath(kComm, *number), {}, nullptr, QStringLiteral("deleteAppointment"),
         [this, done, number](Result<QJsonObject> record) {
             if (!record.ok())
                 return done(record.error().httpStatus == 404 ? Status() : Status(record.error()));
             const Result<CrmAppointment> current = parseAppointment(record.value(), m_zone);
             if (!current.ok())
                 return done(current.error());
             if (current.value().deleted || !isAppointmentType(current.value().type))
                 return done(Status());
             call("DELETE", recordPath(kComm, *number), {}, nullptr, QStringLiteral("deleteAppointment"),
                  [done](Result<QJsonObject> result) {
                      if (!result.ok() && result.error().httpStatus != 404)
                          return done(result.error());
                      done(Status());
                  });
         });
}

void SageCrmConnector::getAppointment(const QString &id, Callback<CrmAppointment> done)
{
    const auto number = idText(id);
    if (!number)
        return later([done, id] {
            done(invalid(SageCrmConnector::tr("'%1' is not a CRM appointment id.").arg(id.left(40)),
                         QStringLiteral("id")));
        });
    call("GET", recordPath(kComm, *number), {}, nullptr, QStringLiteral("getAppointment"),
         [this, done](Result<QJsonObject> record) {
             if (!record.ok()) {
                 Error error = record.error();
                 if (error.httpStatus == 404)
                     error.kind = ErrorKind::NotFound;
                 return done(error);
             }
             Result<CrmAppointment> appointment = parseAppointment(record.value(), m_zone);
             if (!appointment.ok())
                 return done(appointment.error());
             if (!isAppointmentType(appointment.value().type))
                 return done(
                     makeError(ErrorKind::NotFound,
                               SageCrmConnector::tr("CRM communication %1 is a %2, not an appointment.")
                                   .arg(appointment.value().id, appointment.value().type)));
             withLinks({appointment.value()}, [done](Result<QList<CrmAppointment>> withIds) {
                 if (!withIds.ok())
                     return done(withIds.error());
                 done(withIds.value().constFirst());
             });
         });
}

// One `in (...)` query per 50 ids (the URL stays short), their links in the same chunks; the chunks go out
// together (the HTTP layer bounds what is in flight) and the answer comes once all are in.
void SageCrmConnector::getAppointments(const QStringList &ids, Callback<QHash<QString, CrmAppointment>> done)
{
    QList<qint64> numbers;
    for (const QString &id : ids) {
        const auto number = idText(id);
        if (!number)
            return later([done, id] {
                done(invalid(SageCrmConnector::tr("'%1' is not a CRM appointment id.").arg(id.left(40)),
                             QStringLiteral("ids")));
            });
        if (!numbers.contains(*number))
            numbers.append(*number);
    }
    if (numbers.isEmpty())
        return later([done] { done(QHash<QString, CrmAppointment>()); });
    struct State {
        int pending = 0;
        bool failed = false;
        QHash<QString, CrmAppointment> found;
    };
    auto state = std::make_shared<State>();
    state->pending = int((numbers.size() + kLinkChunk - 1) / kLinkChunk);
    const auto fail = [state, done](const Error &error) {
        if (state->failed)
            return;
        state->failed = true;
        done(error);
    };
    for (qsizetype start = 0; start < numbers.size(); start += kLinkChunk) {
        collectAll(kComm, SageWhere::in(QStringLiteral("Comm_CommunicationId"), numbers.mid(start, kLinkChunk)),
                   QString(), QStringLiteral("getAppointments"),
                   [this, state, done, fail](Result<QJsonArray> rows) {
                       if (state->failed)
                           return;
                       if (!rows.ok())
                           return fail(rows.error());
                       QList<CrmAppointment> chunk;
                       for (const QJsonValue &row : rows.value()) {
                           Result<CrmAppointment> appointment = parseAppointment(row.toObject(), m_zone);
                           if (!appointment.ok())
                               return fail(appointment.error());
                           if (isAppointmentType(appointment.value().type))
                               chunk.append(appointment.value());
                       }
                       withLinks(chunk, [state, done, fail](Result<QList<CrmAppointment>> withIds) {
                           if (state->failed)
                               return;
                           if (!withIds.ok())
                               return fail(withIds.error());
                           for (const CrmAppointment &a : withIds.value())
                               state->found.insert(a.id, a);
                           if (--state->pending == 0)
                               done(state->found);
                       });
                   });
    }
}

void SageCrmConnector::findAppointmentByExchangeId(const QString &exchangeId,
                                                   Callback<std::optional<CrmAppointment>> done)
{
    if (exchangeId.isEmpty())
        return later([done] {
            done(invalid(SageCrmConnector::tr("No Exchange id to look for."), QStringLiteral("exchangeId")));
        });
    collectAll(kComm, SageWhere::eq(QStringLiteral("Comm_ExchangeId"), exchangeId),
               QStringLiteral("Comm_CommunicationId asc"), QStringLiteral("findAppointmentByExchangeId"),
               [this, done](Result<QJsonArray> rows) {
                   if (!rows.ok())
                       return done(rows.error());
                   for (const QJsonValue &row : rows.value()) {
                       Result<CrmAppointment> appointment = parseAppointment(row.toObject(), m_zone);
                       if (!appointment.ok())
                           return done(appointment.error());
                       if (appointment.value().deleted || !isAppointmentType(appointment.value().type))
                           continue;
                       return withLinks({appointment.value()}, [done](Result<QList<CrmAppointment>> withIds) {
                           if (!withIds.ok())
                               return done(withIds.error());
                           done(std::optional<CrmAppointment>(withIds.value().constFirst()));
                       });
                   }
                   done(std::optional<CrmAppointment>());
               });
}

void SageCrmConnector::fetchLinks(const QStringList &commIds, Callback<QHash<QString, QStringList>> done)
{
    QList<qint64> ids;
    for (const QString &id : commIds) {
        if (const auto number = idText(id); number && !ids.contains(*number))
            ids.append(*number);
    }
    if (ids.isEmpty())
        return later([done] { done(QHash<QString, QStringList>()); });
    struct State {
        int pending = 0;
        bool failed = false;
        QHash<QString, QStringList> links;
    };
    auto state = std::make_shared<State>();
    state->pending = int((ids.size() + kLinkChunk - 1) / kLinkChunk);
    for (qsizetype start = 0; start < ids.size(); start += kLinkChunk) {
        collectAll(
            kLink, SageWhere::in(QStringLiteral("CmLi_Comm_CommunicationId"), ids.mid(start, kLinkChunk)),
            QStringLiteral("CmLi_Comm_LinkId asc"), QStringLiteral("links"),
            [state, done](Result<QJsonArray> rows) {
                if (state->failed)
                    return;
                if (!rows.ok()) {
                    state->failed = true;
                    return done(rows.error());
                }
                for (const QJsonValue &row : rows.value()) {
                    const QJsonObject link = row.toObject();
                    FieldReader read(link, recordName(kLink, link, QStringLiteral("CmLi_Comm_LinkId")));
                    const qint64 comm = read.id(QStringLiteral("CmLi_Comm_CommunicationId"));
                    const qint64 user = read.id(QStringLiteral("CmLi_Comm_UserId"), false);
                    if (read.error()) {
                        state->failed = true;
                        return done(*read.error());
                    }
                    if (user > 0) {
                        QStringList &users = state->links[QString::number(comm)];
                        if (!users.contains(QString::number(user)))
                            users.append(QString::number(user));
                    }
                }
                if (--state->pending == 0)
                    done(state->links);
            });
    }
}

void SageCrmConnector::withLinks(QList<CrmAppointment> appointments, Callback<QList<CrmAppointment>> done)
{
    QStringList ids;
    for (const CrmAppointment &appointment : appointments)
        ids.append(appointment.id);
    fetchLinks(ids, [appointments, done](Result<QHash<QString, QStringList>> links) mutable {
        if (!links.ok())
            return done(links.error());
        for (CrmAppointment &appointment : appointments)
            appointment.linkedUserIds = links.value().value(appointment.id);
        done(appointments);
    });
}

void SageCrmConnector::linkUsers(const QString &appointmentId, const QStringList &userIds,
                                 StatusCallback done)
{
    addLinks(appointmentId, userIds, [done](Result<QStringList> linked) {
        done(linked.ok() ? Status() : Status(linked.error()));
    });
}

// Reads the communication's links once, adds the users not linked yet, and gives every linked user.
void SageCrmConnector::addLinks(const QString &appointmentId, const QStringList &userIds,
                                Callback<QStringList> done)
{
    const auto comm = idText(appointmentId);
    QList<qint64> users;
    for (const QString &user : userIds) {
        const auto number = idText(user);
        if (!number || !comm)
            return later([done, user] {
                done(invalid(SageCrmConnector::tr("'%1' is not a CRM id.").arg(user.left(40)),
                             QStringLiteral("userIds")));
            });
        if (!users.contains(*number))
            users.append(*number);
    }
    if (!comm)
        return later(
            [done] { done(invalid(SageCrmConnector::tr("No CRM appointment id."), QStringLiteral("id"))); });
    fetchLinks({appointmentId}, [this, done, users, comm](Result<QHash<QString, QStringList>> links) {
        if (!links.ok())
            return done(links.error());
        QStringList all = links.value().value(QString::number(*comm));
        QList<qint64> missing;
        for (qint64 user : users) {
            if (!all.contains(QString::number(user))) {
                missing.append(user);
                all.append(QString::number(user));
            }
        }
        postLinks(*comm, missing, [done, all](Status posted) {
            if (!posted.ok())
                return done(posted.error());
            done(all);
        });
    });
}

void SageCrmConnector::postLinks(qint64 commId, QList<qint64> users, StatusCallback done)
{
    if (users.isEmpty())
        return later([done] { done(Status()); });
    const qint64 user = users.takeFirst();
    const QJsonObject body{{QStringLiteral("CmLi_Comm_CommunicationId"), commId},
                           {QStringLiteral("CmLi_Comm_UserId"), user}};
    call("POST", kLink, {}, &body, QStringLiteral("linkUsers"),
         [this, commId, users, done](Result<QJsonObject> r) {
             if (!r.ok())
                 return done(r.error());
             postLinks(commId, users, done);
         });
}

void SageCrmConnector::changesPaged(const CrmWatermark &watermark, PageCallback page, Callback<CrmWatermark> done)
{
    startChanges(
        watermark,
        [done = std::move(done)](Result<CrmChanges> read) {
            if (!read.ok())
                return done(read.error());
            done(read.value().watermark);
        },
        std::move(page));
}

void SageCrmConnector::changesSince(const CrmWatermark &watermark, Callback<CrmChanges> done)
{
    startChanges(watermark, std::move(done), {});
}

void SageCrmConnector::startChanges(const CrmWatermark &watermark, Callback<CrmChanges> done, PageCallback page)
{
    auto feed = std::make_shared<ChangeFeed>();
    feed->page = std::move(page);
    feed->start = watermark;
    feed->start.updatedUtc = watermark.updatedUtc.isValid() ? watermark.updatedUtc.toUTC() : QDateTime();
    feed->cursor = feed->start;
    feed->done = std::move(done);
    if (!feed->cursor.isNull()) {
        // First the rest of the cursor's own second: it may have gained rows since (some with smaller ids).
        feed->inTieSecond = true;
        feed->tieSecond = wholeSecond(feed->cursor.updatedUtc);
    }
    withApiLevel([this, feed](Status known) {
        if (!known.ok())
            return feed->done(known.error());
        if (*m_legacyApi)
            nextLegacyChangePage(feed);
        else
            nextChangePage(feed);
    });
}

Status SageCrmConnector::takeChange(ChangeFeed &feed, const QJsonObject &row, const CrmWatermark &delivered,
                                    bool *fresh)
{
    *fresh = false;
    Result<CrmAppointment> parsed = parseAppointment(row, m_zone);
    if (!parsed.ok())
        return parsed.error();
    CrmAppointment appointment = std::move(parsed).value();
    const qint64 id = appointment.id.toLongLong();
    // The record as sent: a second change within the same whole second differs in content.
    const QString fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(row).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
            .toHex()
            .left(16));
    if (delivered.covers(appointment.updatedUtc, id, fingerprint))
        return Status();
    feed.cursor.advance(appointment.updatedUtc, id, fingerprint);
    *fresh = true;
    // A row read again in the same run (it changed while we paged) is reported once, as last read.
    if (const auto before = feed.positions.constFind(id); before != feed.positions.cend()) {
        feed.superseded[*before] = true;
        feed.positions.erase(before);
    }
    if (!isAppointmentType(appointment.type)) {
        // A task, call, e-mail or letter never surfaces; one that was synchronized as an appointment (it
        // carries the Exchange id) leaves Outlook as a delete would.
        if (appointment.exchangeId.isEmpty())
            return Status();
        appointment.deleted = true;
    }
    feed.positions.insert(id, feed.appointments.size());
    feed.appointments.append(std::move(appointment));
    feed.superseded.append(false);
    return Status();
}

void SageCrmConnector::deliverPage(std::shared_ptr<ChangeFeed> feed, std::function<void()> next)
{
    if (!feed->page || feed->appointments.isEmpty())
        return next();
    QList<CrmAppointment> appointments;
    appointments.reserve(feed->positions.size());
    for (qsizetype i = 0; i < feed->appointments.size(); ++i) {
        if (!feed->superseded.at(i))
            appointments.append(std::move(feed->appointments[i]));
    }
    // nothing is kept past the page: a row read again later is delivered again, and replaces this one
    feed->appointments.clear();
    feed->positions.clear();
    feed->superseded.clear();
    withLinks(std::move(appointments), [feed, next = std::move(next)](Result<QList<CrmAppointment>> withIds) {
        if (!withIds.ok())
            return feed->done(withIds.error());
        if (const Status s = feed->page(std::move(withIds.value())); !s.ok())
            return feed->done(s.error());
        next();
    });
}

void SageCrmConnector::finishChanges(std::shared_ptr<ChangeFeed> feed)
{
    if (feed->page) // paged: the last page, then the watermark
        return deliverPage(feed, [feed] { feed->done(CrmChanges{{}, feed->cursor}); });
    QList<CrmAppointment> appointments;
    appointments.reserve(feed->positions.size());
    for (qsizetype i = 0; i < feed->appointments.size(); ++i) {
        if (!feed->superseded.at(i))
            appointments.append(std::move(feed->appointments[i]));
    }
    feed->appointments.clear();
    feed->positions.clear();
    feed->superseded.clear();
    // An older server sends rows in its own order; 2024 R2 gives them per second in millisecond order.
    std::stable_sort(appointments.begin(), appointments.end(),
                     [](const CrmAppointment &a, const CrmAppointment &b) {
                         if (a.updatedUtc != b.updatedUtc)
                             return a.updatedUtc < b.updatedUtc;
                         return a.id.toLongLong() < b.id.toLongLong();
                     });
    withLinks(appointments, [feed](Result<QList<CrmAppointment>> withIds) {
        if (!withIds.ok())
            return feed->done(withIds.error());
        feed->done(CrmChanges{withIds.value(), feed->cursor});
    });
}

void SageCrmConnector::nextChangePage(std::shared_ptr<ChangeFeed> feed)
{
    const QString updatedField = QStringLiteral("Comm_UpdatedDate");
    const QString idField = QStringLiteral("Comm_CommunicationId");
    Query query;
    if (feed->inTieSecond) {
        // One second, whatever its size, in id order from the last id read: keyset paging, so a row that
        // changes meanwhile (it leaves for a later second, read further on) never shifts another one out.
        SageWhere where =
            SageWhere::compare(updatedField, QStringLiteral("ge"), feed->tieSecond, m_zone) &&
            SageWhere::compare(updatedField, QStringLiteral("lt"), feed->tieSecond.addSecs(1), m_zone);
        if (feed->tieLastId > 0)
            where = where && SageWhere::gt(idField, QString::number(feed->tieLastId));
        query.append({QStringLiteral("where"), where.toString()});
        query.append({QStringLiteral("orderBy"), idField + QStringLiteral(" asc")});
    } else {
        if (!feed->cursor.isNull())
            query.append({QStringLiteral("where"),
                          SageWhere::compare(updatedField, QStringLiteral("ge"),
                                             wholeSecond(feed->cursor.updatedUtc).addSecs(1), m_zone)
                              .toString()});
        query.append({QStringLiteral("orderBy"),
                      updatedField + QStringLiteral(" asc, ") + idField + QStringLiteral(" asc")});
    }
    query.append({QStringLiteral("count"), QString::number(m_pageSize)});
    query.append({QStringLiteral("startIndex"), QStringLiteral("1")});
    call("GET", kComm, query, nullptr, QStringLiteral("changesSince"),
         [this, feed, updatedField, idField](Result<QJsonObject> page) {
             if (!page.ok())
                 return feed->done(page.error());
             int total = 0;
             Result<QJsonArray> read = resourcesOf(page.value(), kComm, &total);
             if (!read.ok())
                 return feed->done(read.error());
             const QJsonArray rows = read.value();
             QList<QDateTime> seconds; // of each row
             QList<qint64> ids;
             for (const QJsonValue &row : rows) {
                 const QJsonObject record = row.toObject();
                 FieldReader field(record, recordName(kComm, record, idField));
                 const qint64 id = field.id(idField);
                 const QDateTime updated = field.date(updatedField, true, m_zone);
                 if (field.error())
                     return feed->done(*field.error());
                 seconds.append(wholeSecond(updated));
                 ids.append(id);
                 if (feed->inTieSecond && seconds.constLast() != feed->tieSecond)
                     return feed->done(makeError(
                         ErrorKind::Invalid,
                         SageCrmConnector::tr("The CRM sent %1 with Comm_UpdatedDate %2 when asked for %3.")
                             .arg(recordName(kComm, record, idField), SageWhere::formatDate(updated, m_zone),
                                  SageWhere::formatDate(feed->tieSecond, m_zone)),
                         updatedField));
             }
             // a server may send fewer rows than asked for (SData lets it cap pages): only $totalResults says
             // whether this page held the rest
             const bool complete = rows.isEmpty() || total <= rows.size();
             if (feed->inTieSecond) {
                 for (const QJsonValue &row : rows) {
                     bool fresh = false;
                     if (const Status taken = takeChange(*feed, row.toObject(), feed->cursor, &fresh);
                         !taken.ok())
                         return feed->done(taken.error());
                 }
                 if (!rows.isEmpty())
                     feed->tieLastId = ids.constLast();
                 if (complete)
                     feed->inTieSecond = false; // the second is read: on to the later ones
                 return deliverPage(feed, [this, feed] { nextChangePage(feed); });
             }
             // Seconds before the page's last one are complete in it; the last one may go on past the page.
             const QDateTime last = seconds.isEmpty() ? QDateTime() : seconds.constLast();
             for (qsizetype i = 0; i < rows.size(); ++i) {
                 if (!complete && seconds.at(i) == last)
                     break;
                 bool fresh = false;
                 if (const Status taken = takeChange(*feed, rows.at(i).toObject(), feed->cursor, &fresh);
                     !taken.ok())
                     return feed->done(taken.error());
             }
             if (complete)
                 return finishChanges(feed);
             if (seconds.constFirst() == last) {
                 // The whole page shares one second: read that second on its own, by id.
                 feed->inTieSecond = true;
                 feed->tieSecond = last;
                 feed->tieLastId = 0;
             }
             deliverPage(feed, [this, feed] { nextChangePage(feed); });
         });
}

void SageCrmConnector::nextLegacyChangePage(std::shared_ptr<ChangeFeed> feed)
{
    // No orderBy and one condition only: every row from the start's second on, in the server's own (key)
    // order, one page at a time. The filter only ever gains rows while it pages (a write moves a row's stamp
    // forward, never out of the range), so none is skipped; one that changed meanwhile may be read twice and
    // is reported once. What is kept: the page, the appointments to report and the ids of the newest second.
    Query query;
    if (!feed->start.isNull())
        query.append({QStringLiteral("where"),
                      SageWhere::compare(QStringLiteral("Comm_UpdatedDate"), QStringLiteral("ge"),
                                         wholeSecond(feed->start.updatedUtc), m_zone)
                          .toString()});
    query.append({QStringLiteral("count"), QString::number(m_pageSize)});
    query.append({QStringLiteral("startIndex"), QString::number(feed->startIndex)});
    call("GET", kComm, query, nullptr, QStringLiteral("changesSince"),
         [this, feed](Result<QJsonObject> page) {
             if (!page.ok())
                 return feed->done(page.error());
             int total = 0;
             Result<QJsonArray> rows = resourcesOf(page.value(), kComm, &total);
             if (!rows.ok())
                 return feed->done(rows.error());
             for (const QJsonValue &row : rows.value()) {
                 bool fresh = false;
                 // Rows come unordered: what is news is decided against the watermark passed in.
                 if (const Status taken = takeChange(*feed, row.toObject(), feed->start, &fresh); !taken.ok())
                     return feed->done(taken.error());
             }
             feed->startIndex += int(rows.value().size());
             if (!rows.value().isEmpty() && feed->startIndex <= total)
                 return deliverPage(feed, [this, feed] { nextLegacyChangePage(feed); });
             finishChanges(feed);
         });
}

} // namespace cxsync::crm::sagecrm
