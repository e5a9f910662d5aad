#pragma once

#include "CrmJson.h"
#include "CrmSchema.h"
#include "CrmStore.h"
#include "HttpSandbox.h"
#include "SampleData.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace cxsync::sandbox {

// A loopback stand-in for the Sage CRM REST API (PROTOCOLS C1) with the legacy Exchange Sync custom fields.
//
//   Base:        http://127.0.0.1:P/sdata/crmj/sagecrm2/-/   (other install names: 404)
//   Auth:        Basic on every call. Unknown logon / wrong password / no header: 401 (WWW-Authenticate:
//   Basic).
//                Valid credentials of a disabled, resource or deleted user, or of a user without
//                External Logon Allowed (User_ExternalLogonAllowed): 403.
//   Resources:   Users, Communication, Comm_Link (names case-insensitive).
//     GET  {R}?where=..&orderBy=F [asc|desc],..&count=N&startIndex=S   collection (count defaults to 100)
//     GET  {R}('43') | {R}(43) | {R}(<where expression>)                record (first match), 404 if none
//     POST {R}                                                          201 + record, Location header
//     PUT  {R}('43')                                                    200 + record (partial update)
//     DELETE {R}('43')                                                  204; Communication: soft delete
//     GET  $prototypes, $prototypes/{R}                                 field names and types
//   Writes naming an unknown field, an absent custom field or a read-only field: 400 naming the field.
//   Users: POST needs User_Logon (400 RequiredField); a logon already used by another user, deleted ones
//   included, compared case-insensitively: 409 DuplicateLogon (POST and PUT).
//   Error envelope: see CrmJson.h.
//
// Older releases (setLegacyApi(true), `cxsync-sandbox --crm-release 2024R1`): Sage CRM 2022 R1 - 2024 R1
// had neither `orderBy` nor combined filters (they came with 2024 R2). A collection GET with orderBy answers
// 400 BadQueryParameter; a `where` (or record selector) with and / or / not / between answers 400
// BadWhereSyntax (SData 1.1 diagnosis codes; a single comparison, like or in is accepted). Rows come in key
// order.
// setPerEntityPrototypes(false): $prototypes/{R} answers 404 ($prototypes itself still lists every entity).
// setPrototypeShape(Properties): $prototypes entries list their fields as a `$properties` map, the shape
// Sage's own REST client reads, instead of the `fields` array.
//
// Loaded users get the password of their logon (the sync user: SampleData::syncUserPassword); setPassword()
// changes it.
class CrmSandbox : public QObject {
    Q_OBJECT
public:
    explicit CrmSandbox(QObject *parent = nullptr);

    bool start(quint16 port = 0);
    HttpSandbox &http() { return *m_http; }
    QString installName() const { return QStringLiteral("crm"); }
    QUrl restBaseUrl() const;
    QString syncUser() const { return m_syncUser; }
    QString syncPassword() const { return m_syncPassword; }

    void setServerTimeZone(const QTimeZone &zone) { m_zone = zone; }
    QTimeZone serverTimeZone() const { return m_zone; }
    void setCustomFieldsPresent(bool present) { m_store.setCustomFieldsPresent(present); }
    bool customFieldsPresent() const { return m_store.customFieldsPresent(); }
    void setPassword(const QString &logon, const QString &password);
    // Comm_CreatedDate/Comm_UpdatedDate on the wire with milliseconds (default) or in the plain seconds
    // format. Stored stamps are always strictly increasing at millisecond resolution.
    void setPreciseStamps(bool precise) { m_preciseStamps = precise; }
    void setLegacyApi(bool legacy) { m_legacyApi = legacy; }
    bool legacyApi() const { return m_legacyApi; }
    void setPerEntityPrototypes(bool served) { m_entityPrototypes = served; }
    bool perEntityPrototypes() const { return m_entityPrototypes; }
    void setPrototypeShape(CrmPrototypeShape shape) { m_prototypeShape = shape; }
    // The most rows one collection page holds, whatever `count` asks (0: as many as asked, the default).
    // SData 2.0 (3.5 Paging Information) lets a provider cap the page size "to avoid excessive memory usage
    // and timeouts"; $itemsPerPage then says the size it used, and only the last page may be shorter. What
    // cap, if any, Sage CRM applies is not in its public documents: tests set one to check that a client
    // pages by $totalResults/$itemsPerPage rather than by the count it asked for.
    void setMaxPageSize(int rows) { m_maxPageSize = qMax(0, rows); }
    int maxPageSize() const { return m_maxPageSize; }

    void load(const SampleData &data);
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state, QString *error);

    // Acting as CRM users do. Fields are wire values (dates in the server zone, or with an explicit offset).
    QJsonObject createCommunication(const QJsonObject &fields, const QStringList &userIds); // {} if invalid
    std::optional<QJsonObject> updateCommunication(const QString &id, const QJsonObject &fields);
    bool deleteCommunication(const QString &id);
    QJsonArray communications(bool includeDeleted) const;
    QJsonArray users() const;
    QJsonArray commLinks() const;

private:
    struct WriteError {
        int status = 400;
        QString code;
        QString message;
    };
    void handle(const SandboxRequest &request, const Reply &reply);
    bool authenticate(const SandboxRequest &request, const Reply &reply);
    void getCollection(const CrmEntity &entity, const SandboxRequest &request, const Reply &reply);
    std::optional<qint64> resolve(const CrmEntity &entity, const QString &selector, WriteError *error) const;
    // `excludeId`: the record being updated (absent for a create).
    std::optional<QJsonObject> storedValues(const CrmEntity &entity, const QJsonObject &wire,
                                            WriteError *error, std::optional<qint64> excludeId = {}) const;
    bool checkLogon(const QJsonObject &values, std::optional<qint64> excludeId, WriteError *error) const;
    std::optional<QJsonObject> create(const CrmEntity &entity, const QJsonObject &wire, WriteError *error);
    std::optional<QJsonObject> modify(const CrmEntity &entity, qint64 id, const QJsonObject &wire,
                                      WriteError *error);
    QJsonObject record(const CrmEntity &entity, const QJsonObject &row) const;
    QJsonArray records(const QString &entityName, bool includeDeleted) const;
    void sendError(const Reply &reply, const WriteError &error) const;
    void resetUsers();

    HttpSandbox *m_http;
    CrmStore m_store;
    QTimeZone m_zone;
    QString m_syncUser;
    QString m_syncPassword;
    int m_maxPageSize = 0; // 0: no cap
    bool m_preciseStamps = false; // Sage CRM sends whole seconds; equal stamps must be handled by the engine
    bool m_legacyApi = false;
    bool m_entityPrototypes = true;
    CrmPrototypeShape m_prototypeShape = CrmPrototypeShape::Fields;
};

} // namespace cxsync::sandbox
