#include "CrmSandbox.h"

#include "CrmJson.h"
#include "CrmSampleLoader.h"
#include "CrmWhereParser.h"

#include <QHash>
#include <QRegularExpression>

namespace cxsync::sandbox {

namespace {


constexpr int kDefaultPageSize = 100;

// Query parameters by case-insensitive name.
std::optional<QString> queryValue(const QUrlQuery &query, const QString &name)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

// Success bodies as plain JSON (the base's Reply::json labels them with OData metadata).
void sendJson(const Reply &reply, int status, const QJsonObject &body, const HeaderList &headers = {})
{
    reply.send(status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json; charset=utf-8",
               headers);
}

// What an older release's `where` takes: one condition (a comparison, like, or in), nothing combined.
bool singleCondition(const CrmWhereNode &node)
{
    return node.kind == CrmWhereNode::Kind::Comparison || node.kind == CrmWhereNode::Kind::In;
}

QString combinedKeyword(const CrmWhereNode &node)
{
    switch (node.kind) {
    case CrmWhereNode::Kind::And:
        return QStringLiteral("and");
    case CrmWhereNode::Kind::Or:
        return QStringLiteral("or");
    case CrmWhereNode::Kind::Not:
        return QStringLiteral("not");
    case CrmWhereNode::Kind::Between:
        return QStringLiteral("between");
    default:
        return QString();
    }
}

QString queryErrorCode(const QString &message)
{
    return message.startsWith(QLatin1String("Unknown field")) ? QStringLiteral("UnknownField")
                                                              : QStringLiteral("InvalidQuery");
}

} // namespace

CrmSandbox::CrmSandbox(QObject *parent)
    : QObject(parent), m_http(new HttpSandbox(this)), m_zone(QByteArrayLiteral("Europe/London"))
{
    m_http->setErrorFormatter(&CrmJson::error);
    const QString pattern = QStringLiteral("/sdata/([^/]+)j/sagecrm2/-/(.*)");
    for (const QString &method :
         {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("DELETE")}) {
        m_http->route(method, pattern,
                      [this](const SandboxRequest &request, Reply reply) { handle(request, reply); });
    }
    resetUsers();
}

bool CrmSandbox::start(quint16 port)
{
    return m_http->listenLoopback(port);
}

QUrl CrmSandbox::restBaseUrl() const
{
    QUrl url = m_http->baseUrl();
    url.setPath(QStringLiteral("/sdata/%1j/sagecrm2/-/").arg(installName()));
    return url;
}

void CrmSandbox::resetUsers()
{
    const CrmSyncAccount account = CrmSampleLoader::loadDefault(m_store);
    m_syncUser = account.logon;
    m_syncPassword = account.password;
}

void CrmSandbox::setPassword(const QString &logon, const QString &password)
{
    for (const QJsonObject &row : m_store.rows(usersEntity())) {
        if (row.value(QStringLiteral("User_Logon")).toString().compare(logon, Qt::CaseInsensitive) == 0)
            m_store.update(usersEntity(), row.value(usersEntity().keyField).toInteger(),
                           QJsonObject{{QStringLiteral("User_Password"), password}});
    }
    if (logon.compare(m_syncUser, Qt::CaseInsensitive) == 0)
        m_syncPassword = password;
}

void CrmSandbox::load(const SampleData &data)
{
    const CrmSyncAccount account = CrmSampleLoader::load(m_store, data);
    m_syncUser = account.logon;
    m_syncPassword = account.password;
}

QJsonObject CrmSandbox::saveState() const
{
    return QJsonObject{{QStringLiteral("store"), m_store.toJson()},
                       {QStringLiteral("timeZone"), QString::fromLatin1(m_zone.id())},
                       {QStringLiteral("syncUser"), m_syncUser},
                       {QStringLiteral("syncPassword"), m_syncPassword},
                       {QStringLiteral("preciseStamps"), m_preciseStamps},
                       {QStringLiteral("legacyApi"), m_legacyApi},
                       {QStringLiteral("entityPrototypes"), m_entityPrototypes},
                       {QStringLiteral("prototypeShape"), m_prototypeShape == CrmPrototypeShape::Properties
                                                              ? QStringLiteral("properties")
                                                              : QStringLiteral("fields")}};
}

bool CrmSandbox::restoreState(const QJsonObject &state, QString *error)
{
    const QTimeZone zone(state.value(QStringLiteral("timeZone")).toString().toLatin1());
    if (!zone.isValid()) {
        if (error)
            *error = QStringLiteral("state: invalid timeZone");
        return false;
    }
    if (!m_store.fromJson(state.value(QStringLiteral("store")).toObject(), error))
        return false;
    m_zone = zone;
    m_syncUser = state.value(QStringLiteral("syncUser")).toString();
    m_syncPassword = state.value(QStringLiteral("syncPassword")).toString();
    m_preciseStamps = state.value(QStringLiteral("preciseStamps")).toBool(false);
    m_legacyApi = state.value(QStringLiteral("legacyApi")).toBool(false);
    m_entityPrototypes = state.value(QStringLiteral("entityPrototypes")).toBool(true);
    m_prototypeShape = state.value(QStringLiteral("prototypeShape")).toString() == QLatin1String("properties")
                           ? CrmPrototypeShape::Properties
                           : CrmPrototypeShape::Fields;
    return true;
}

// ---- acting as CRM users -------------------------------------------------------------------------------

QJsonObject CrmSandbox::createCommunication(const QJsonObject &fields, const QStringList &userIds)
{
    QJsonObject wire = fields;
    if (!wire.contains(QStringLiteral("Comm_UserId")) && !userIds.isEmpty())
        wire.insert(QStringLiteral("Comm_UserId"), userIds.constFirst());
    WriteError error;
    const auto created = create(commEntity(), wire, &error);
    if (!created) {
        qWarning("CrmSandbox::createCommunication: %s", qPrintable(error.message));
        return {};
    }
    for (const QString &userId : userIds) {
        create(
            linkEntity(),
            QJsonObject{{QStringLiteral("CmLi_Comm_CommunicationId"), created->value(QStringLiteral("$key"))},
                        {QStringLiteral("CmLi_Comm_UserId"), userId}},
            &error);
    }
    return *created;
}

std::optional<QJsonObject> CrmSandbox::updateCommunication(const QString &id, const QJsonObject &fields)
{
    WriteError error;
    const auto row = m_store.row(commEntity(), id.toLongLong());
    if (!row || row->value(QStringLiteral("Comm_Deleted")).toInteger() == 1)
        return std::nullopt;
    return modify(commEntity(), id.toLongLong(), fields, &error);
}

bool CrmSandbox::deleteCommunication(const QString &id)
{
    return m_store.remove(commEntity(), id.toLongLong());
}

QJsonArray CrmSandbox::records(const QString &entityName, bool includeDeleted) const
{
    const CrmEntity &entity = *crmEntity(entityName);
    QJsonArray result;
    for (const QJsonObject &row : m_store.rows(entity)) {
        if (includeDeleted || entity.deletedField.isEmpty() ||
            row.value(entity.deletedField).toInteger() != 1)
            result.append(record(entity, row));
    }
    return result;
}

QJsonArray CrmSandbox::communications(bool includeDeleted) const
{
    return records(QStringLiteral("Communication"), includeDeleted);
}

QJsonArray CrmSandbox::users() const
{
    return records(QStringLiteral("Users"), true);
}

QJsonArray CrmSandbox::commLinks() const
{
    return records(QStringLiteral("Comm_Link"), true);
}

QJsonObject CrmSandbox::record(const CrmEntity &entity, const QJsonObject &row) const
{
    return CrmJson::record(entity, row, m_store.customFieldsPresent(), m_zone, restBaseUrl(),
                           m_preciseStamps);
}

// ---- writes --------------------------------------------------------------------------------------------

bool CrmSandbox::checkLogon(const QJsonObject &values, std::optional<qint64> excludeId, WriteError *error) const
{
    // As Sage CRM's user administration: a new user needs a logon, and a logon names one user only
    // (compared without regard to case, deleted users included, since their logons stay reserved).
    const QString field = QStringLiteral("User_Logon");
    if (!values.contains(field)) {
        if (excludeId)
            return true; // a partial update that leaves the logon alone
        *error = {400, QStringLiteral("RequiredField"), QStringLiteral("Field 'User_Logon' is required")};
        return false;
    }
    const QString logon = values.value(field).toString().trimmed();
    if (logon.isEmpty()) {
        *error = {400, QStringLiteral("RequiredField"), QStringLiteral("Field 'User_Logon' is required")};
        return false;
    }
    for (const QJsonObject &row : m_store.rows(usersEntity())) {
        if (excludeId && row.value(usersEntity().keyField).toInteger() == *excludeId)
            continue;
        if (row.value(field).toString().compare(logon, Qt::CaseInsensitive) == 0) {
            *error = {409, QStringLiteral("DuplicateLogon"),
                      QStringLiteral("The logon '%1' is already used by user %2")
                          .arg(logon)
                          .arg(row.value(usersEntity().keyField).toInteger())};
            return false;
        }
    }
    return true;
}

std::optional<QJsonObject> CrmSandbox::storedValues(const CrmEntity &entity, const QJsonObject &wire,
                                                    WriteError *error, std::optional<qint64> excludeId) const
{
    QJsonObject values;
    for (auto it = wire.begin(); it != wire.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('$')))
            continue;
        const auto hidden =
            std::find_if(entity.hiddenFields.begin(), entity.hiddenFields.end(),
                         [&](const QString &h) { return h.compare(it.key(), Qt::CaseInsensitive) == 0; });
        if (hidden != entity.hiddenFields.end()) {
            values.insert(*hidden, it.value().toString());
            continue;
        }
        const CrmField *field = entity.anyField(it.key());
        if (!field || (field->custom && !m_store.customFieldsPresent())) {
            *error = {400, QStringLiteral("UnknownField"),
                      QStringLiteral("Field '%1' does not exist on entity %2").arg(it.key(), entity.name)};
            return std::nullopt;
        }
        if (field->readOnly) {
            *error = {400, QStringLiteral("ReadOnlyField"),
                      QStringLiteral("Field '%1' of entity %2 is read-only").arg(field->name, entity.name)};
            return std::nullopt;
        }
        QString message;
        const auto value = CrmJson::fromWire(*field, it.value(), m_zone, &message);
        if (!value) {
            *error = {400, QStringLiteral("InvalidValue"), message};
            return std::nullopt;
        }
        values.insert(field->name, *value);
    }
    if (&entity == &usersEntity() && !checkLogon(values, excludeId, error))
        return std::nullopt;
    if (&entity == &linkEntity()) {
        const QJsonValue commId = values.value(QStringLiteral("CmLi_Comm_CommunicationId"));
        if (!commId.isUndefined() && !commId.isNull() && !m_store.row(commEntity(), commId.toInteger())) {
            *error = {400, QStringLiteral("InvalidValue"),
                      QStringLiteral("Field 'CmLi_Comm_CommunicationId': communication %1 does not exist")
                          .arg(commId.toInteger())};
            return std::nullopt;
        }
    }
    return values;
}

std::optional<QJsonObject> CrmSandbox::create(const CrmEntity &entity, const QJsonObject &wire,
                                              WriteError *error)
{
    const auto values = storedValues(entity, wire, error);
    if (!values)
        return std::nullopt;
    return record(entity, m_store.insert(entity, *values));
}

std::optional<QJsonObject> CrmSandbox::modify(const CrmEntity &entity, qint64 id, const QJsonObject &wire,
                                              WriteError *error)
{
    const auto values = storedValues(entity, wire, error, id);
    if (!values)
        return std::nullopt;
    const auto row = m_store.update(entity, id, *values);
    if (!row) {
        *error = {404, QStringLiteral("NotFound"),
                  QStringLiteral("%1('%2') does not exist").arg(entity.name).arg(id)};
        return std::nullopt;
    }
    return record(entity, *row);
}

// ---- HTTP ----------------------------------------------------------------------------------------------

void CrmSandbox::sendError(const Reply &reply, const WriteError &error) const
{
    m_http->sendError(reply, error.status, error.code, error.message);
}

bool CrmSandbox::authenticate(const SandboxRequest &request, const Reply &reply)
{
    const HeaderList challenge{{"WWW-Authenticate", "Basic realm=\"Sage CRM\""}};
    const QByteArray header = request.header("Authorization").trimmed();
    if (!header.startsWith("Basic ") && !header.startsWith("basic ")) {
        m_http->sendError(reply, 401, QStringLiteral("Unauthorized"),
                          QStringLiteral("Authentication required (HTTP Basic)"), challenge);
        return false;
    }
    const QString credentials = QString::fromUtf8(QByteArray::fromBase64(header.mid(6).trimmed()));
    const qsizetype colon = credentials.indexOf(QLatin1Char(':'));
    const QString logon = credentials.left(colon);
    const QString password = colon < 0 ? QString() : credentials.mid(colon + 1);
    for (const QJsonObject &row : m_store.rows(usersEntity())) {
        if (row.value(QStringLiteral("User_Logon")).toString().compare(logon, Qt::CaseInsensitive) != 0 ||
            logon.isEmpty() || row.value(QStringLiteral("User_Password")).toString() != password)
            continue;
        auto ticked = [&](const char *field) {
            return row.value(QLatin1String(field)).toString() == QLatin1String("Y");
        };
        QString reason;
        if (row.value(QStringLiteral("User_Deleted")).toInteger() == 1)
            reason = QStringLiteral("the user has been deleted");
        else if (ticked("User_Disabled"))
            reason = QStringLiteral("the user is disabled");
        else if (ticked("User_Resource"))
            reason = QStringLiteral("resource users cannot log on");
        else if (!ticked("User_ExternalLogonAllowed"))
            reason = QStringLiteral("External Logon Allowed is not set for the user");
        if (reason.isEmpty())
            return true;
        m_http->sendError(reply, 403, QStringLiteral("Forbidden"),
                          QStringLiteral("User '%1' has no API access: %2").arg(logon, reason));
        return false;
    }
    m_http->sendError(reply, 401, QStringLiteral("Unauthorized"),
                      QStringLiteral("Invalid user name or password"), challenge);
    return false;
}

void CrmSandbox::handle(const SandboxRequest &request, const Reply &reply)
{
    if (request.captures.value(0).compare(installName(), Qt::CaseInsensitive) != 0) {
        sendError(reply, {404, QStringLiteral("NotFound"),
                          QStringLiteral("Unknown install '%1'").arg(request.captures.value(0))});
        return;
    }
    if (!authenticate(request, reply))
        return;
    const QString resource = request.captures.value(1);
    static const QRegularExpression prototypesPattern(QStringLiteral("^\\$prototypes(?:/([^/]+))?/?$"),
                                                      QRegularExpression::CaseInsensitiveOption);
    if (const auto match = prototypesPattern.match(resource); match.hasMatch()) {
        if (request.method != QLatin1String("GET")) {
            sendError(reply,
                      {405, QStringLiteral("MethodNotAllowed"), QStringLiteral("$prototypes are read-only")});
            return;
        }
        const bool custom = m_store.customFieldsPresent();
        if (match.captured(1).isEmpty()) {
            sendJson(reply, 200, CrmJson::prototypes(custom, restBaseUrl(), m_prototypeShape));
        } else if (!m_entityPrototypes) {
            sendError(reply, {404, QStringLiteral("NotFound"),
                              QStringLiteral("Unknown resource '%1'").arg(resource)});
        } else if (const CrmEntity *entity = crmEntity(match.captured(1))) {
            sendJson(reply, 200, CrmJson::prototype(*entity, custom, restBaseUrl(), m_prototypeShape));
        } else {
            sendError(reply, {404, QStringLiteral("NotFound"),
                              QStringLiteral("Unknown entity '%1'").arg(match.captured(1))});
        }
        return;
    }
    static const QRegularExpression resourcePattern(QStringLiteral("^(\\w+)(?:\\((.*)\\))?/?$"),
                                                    QRegularExpression::DotMatchesEverythingOption);
    const auto match = resourcePattern.match(resource);
    const CrmEntity *entity = match.hasMatch() ? crmEntity(match.captured(1)) : nullptr;
    if (!entity) {
        sendError(reply,
                  {404, QStringLiteral("NotFound"), QStringLiteral("Unknown resource '%1'").arg(resource)});
        return;
    }
    const bool hasSelector = match.capturedLength(2) > 0;
    WriteError error;
    if (request.method == QLatin1String("GET") && !hasSelector) {
        getCollection(*entity, request, reply);
        return;
    }
    if (request.method == QLatin1String("POST")) {
        if (hasSelector) {
            sendError(reply, {405, QStringLiteral("MethodNotAllowed"),
                              QStringLiteral("POST creates on a collection")});
            return;
        }
        QString parseError;
        const QJsonDocument body = request.json(&parseError);
        if (!body.isObject()) {
            sendError(reply,
                      {400, QStringLiteral("InvalidJson"), QStringLiteral("Body is not a JSON object")});
            return;
        }
        const auto created = create(*entity, body.object(), &error);
        if (!created)
            return sendError(reply, error);
        sendJson(reply, 201, *created,
                 {{"Location", created->value(QStringLiteral("$url")).toString().toUtf8()}});
        return;
    }
    if (!hasSelector) {
        sendError(reply, {405, QStringLiteral("MethodNotAllowed"),
                          QStringLiteral("%1 needs a record: %2('id')").arg(request.method, entity->name)});
        return;
    }
    const auto id = resolve(*entity, match.captured(2), &error);
    if (!id)
        return sendError(reply, error);
    const auto row = m_store.row(*entity, *id);
    const bool deleted = !entity->deletedField.isEmpty() && row->value(entity->deletedField).toInteger() == 1;
    if (request.method == QLatin1String("GET")) {
        sendJson(reply, 200, record(*entity, *row));
        return;
    }
    if (deleted) {
        sendError(reply, {404, QStringLiteral("NotFound"),
                          QStringLiteral("%1('%2') has been deleted").arg(entity->name).arg(*id)});
        return;
    }
    if (request.method == QLatin1String("PUT")) {
        const QJsonDocument body = request.json();
        if (!body.isObject()) {
            sendError(reply,
                      {400, QStringLiteral("InvalidJson"), QStringLiteral("Body is not a JSON object")});
            return;
        }
        const auto updated = modify(*entity, *id, body.object(), &error);
        if (!updated)
            return sendError(reply, error);
        sendJson(reply, 200, *updated);
        return;
    }
    m_store.remove(*entity, *id); // DELETE
    reply.empty(204);
}

std::optional<qint64> CrmSandbox::resolve(const CrmEntity &entity, const QString &selector,
                                          WriteError *error) const
{
    static const QRegularExpression keyPattern(QStringLiteral("^\\s*'?(\\d+)'?\\s*$"));
    if (const auto key = keyPattern.match(selector); key.hasMatch()) {
        const qint64 id = key.captured(1).toLongLong();
        if (m_store.row(entity, id))
            return id;
        *error = {404, QStringLiteral("NotFound"),
                  QStringLiteral("%1('%2') does not exist").arg(entity.name).arg(id)};
        return std::nullopt;
    }
    QString message;
    const auto where = CrmWhereParser::parse(selector, &message);
    if (!where) {
        *error = {400, QStringLiteral("BadWhereSyntax"), message};
        return std::nullopt;
    }
    if (m_legacyApi && !singleCondition(*where)) {
        *error = {400, QStringLiteral("BadWhereSyntax"),
                  QStringLiteral("Invalid query syntax: '%1' is not supported").arg(combinedKeyword(*where))};
        return std::nullopt;
    }
    const auto rows = m_store.select(entity, &*where, {}, m_zone, &message);
    if (!rows) {
        *error = {400, queryErrorCode(message), message};
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        *error = {404, QStringLiteral("NotFound"),
                  QStringLiteral("No %1 matches (%2)").arg(entity.name, selector)};
        return std::nullopt;
    }
    return rows->constFirst().value(entity.keyField).toInteger();
}

void CrmSandbox::getCollection(const CrmEntity &entity, const SandboxRequest &request, const Reply &reply)
{
    auto pagingValue = [&](const QString &name, int fallback, int minimum, bool *ok) {
        const auto text = queryValue(request.query, name);
        if (!text)
            return fallback;
        const int value = text->trimmed().toInt(ok);
        *ok = *ok && value >= minimum;
        if (!*ok)
            sendError(reply, {400, QStringLiteral("InvalidPaging"),
                              QStringLiteral("'%1' must be an integer >= %2, got '%3'")
                                  .arg(name)
                                  .arg(minimum)
                                  .arg(*text)});
        return value;
    };
    bool ok = true;
    int count = pagingValue(QStringLiteral("count"), kDefaultPageSize, 0, &ok);
    if (!ok)
        return;
    if (m_maxPageSize > 0)
        count = qMin(count, m_maxPageSize); // the page size used, reported as $itemsPerPage
    const int startIndex = pagingValue(QStringLiteral("startIndex"), 1, 1, &ok);
    if (!ok)
        return;

    std::optional<CrmWhereNode> where;
    if (const auto text = queryValue(request.query, QStringLiteral("where"));
        text && !text->trimmed().isEmpty()) {
        QString message;
        where = CrmWhereParser::parse(*text, &message);
        if (!where)
            return sendError(reply,
                             {400, QStringLiteral("BadWhereSyntax"), QStringLiteral("where: ") + message});
        if (m_legacyApi && !singleCondition(*where))
            return sendError(reply, {400, QStringLiteral("BadWhereSyntax"),
                                     QStringLiteral("where: invalid query syntax: '%1' is not supported")
                                         .arg(combinedKeyword(*where))});
    }
    QList<CrmOrderKey> order;
    if (m_legacyApi && queryValue(request.query, QStringLiteral("orderBy")))
        return sendError(reply, {400, QStringLiteral("BadQueryParameter"),
                                 QStringLiteral("Invalid query parameter: orderBy")});
    if (const auto text = queryValue(request.query, QStringLiteral("orderBy"))) {
        for (const QString &part : text->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList words = part.simplified().split(QLatin1Char(' '));
            const QString direction = words.value(1).toLower();
            if (words.size() > 2 || (words.size() == 2 && direction != QLatin1String("asc") &&
                                     direction != QLatin1String("desc"))) {
                return sendError(
                    reply,
                    {400, QStringLiteral("BadOrderBy"),
                     QStringLiteral("orderBy: expected 'Field [asc|desc]', got '%1'").arg(part.trimmed())});
            }
            order.append({words.constFirst(), direction == QLatin1String("desc")});
        }
    }
    QString message;
    const auto rows = m_store.select(entity, where ? &*where : nullptr, order, m_zone, &message);
    if (!rows)
        return sendError(reply, {400, queryErrorCode(message), message});
    QJsonArray resources;
    for (qsizetype i = startIndex - 1; i < rows->size() && resources.size() < count; ++i)
        resources.append(record(entity, rows->at(i)));
    sendJson(reply, 200, CrmJson::collection(resources, int(rows->size()), startIndex, count));
}

} // namespace cxsync::sandbox
