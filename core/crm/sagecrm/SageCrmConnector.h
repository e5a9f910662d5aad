#pragma once

// Sage CRM over its REST API (sdata/{install}j/sagecrm2/-/, PROTOCOLS C1), with the legacy Exchange Sync
// custom fields. Basic authentication on every request. Date/times travel as local times of the CRM server's
// zone without an offset ("yyyy-MM-ddTHH:mm:ss", milliseconds accepted) and are converted to and from UTC
// with the zone given here. Every field read from the server is checked: a missing or unreadable id or date
// gives ErrorKind::Invalid naming the field and the record.
//
// Requests go through the HttpClient (timeouts, retries of 429/503 etc., traces) under the mailbox key "crm",
// so CRM calls share one concurrency limit (MailboxLimiter::limit(), 4 by default) instead of being
// unlimited: the CRM is one server, and that keeps a large sync from flooding it.
//
// Change feed: Comm_UpdatedDate has whole seconds on the wire, so several writes can share a stamp (a bulk
// import, a workflow or an SQL fix can stamp thousands of communications in one second), and within a second
// the server orders by hidden milliseconds, not by id. The watermark is (updated, id, and the (id, content
// fingerprint) pairs already delivered with that stamp, see CrmWatermark). A run first reads the rest of the
// watermark's second, then the later ones:
//  - 2024 R2: a second is read by keyset, `Comm_UpdatedDate ge '<s>' and Comm_UpdatedDate lt '<s+1>' and
//    Comm_CommunicationId gt '<last id read>'` ordered by id, page after page, so a second of any size is
//    read completely and a row that changes meanwhile (it moves to a later second) shifts no other row out
//    of a page. The later seconds come `ge '<next second>'` ordered by (Comm_UpdatedDate,
//    Comm_CommunicationId): the seconds a page holds before its last one are complete and taken; when a
//    whole page shares one second, that second is read by keyset as above.
//  - Older releases (below): one pass over `ge '<watermark second>'` in the server's own order.
// At most a page of rows is held, plus the appointments to report and the ids of the watermark's second.
// A record read twice in one run (it changed while we paged) is reported once, as last read; it is never
// lost: its new stamp is later than the second being read. Only appointments are delivered
// (CrmConnector::changesSince); the watermark still moves past the other communications.
//
// Older releases. `orderBy` and compound `where` expressions (and, or, between) arrived with Sage CRM 2024
// R2; 2022 R1 - 2024 R1 answer them with 400. Before its first collection read the connector probes once (one
// row of Users with both) and remembers the answer: on an older server it sends single conditions only,
// pages with count/startIndex in the server's own (key) order, and orders the rows itself; the change feed
// then reads every row from the watermark's second on (a `Comm_UpdatedDate eq` cannot stand for a second:
// the stored stamps have milliseconds) and decides what is news against the watermark it was given; the
// filter only ever gains rows while it pages (a write moves a row's stamp forward, never out of the range),
// so paging by position skips none.
//
// Metadata. The custom-field check reads $prototypes/{entity} (the sandbox's `fields` list or the
// `$properties` map Sage's own client reads); when that is missing or shaped otherwise it reads one record
// and looks at its fields, and what it still cannot tell is reported as unknown. A write the CRM refuses
// because a custom field is absent fails with ErrorKind::Invalid naming the field and how to add it.
#include "crm/CrmConnector.h"
#include "crm/sagecrm/SageWhere.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <memory>
#include <optional>

namespace cxsync::net {
class HttpClient;
}

namespace cxsync::crm::sagecrm {

class SageCrmConnector final : public CrmConnector {
    Q_DECLARE_TR_FUNCTIONS(cxsync::crm::sagecrm::SageCrmConnector)
public:
    // `restBase`: e.g. http://host/sdata/crmj/sagecrm2/-/ (a missing trailing slash is added).
    SageCrmConnector(net::HttpClient &http, const QUrl &restBase, const QString &logon,
                     const QString &password, const QTimeZone &serverZone);
    ~SageCrmConnector() override;

    static constexpr int kMaxPageSize = 1000;
    void setPageSize(int size) { m_pageSize = qBound(1, size, kMaxPageSize); }
    int pageSize() const { return m_pageSize; }
    // False: create/update leave out Comm_ExchangeId/Comm_ExchangeResponses (a CRM without the custom
    // fields answers 400 to writes naming them). Default true.
    void setWriteExchangeFields(bool write) { m_writeExchangeFields = write; }
    static QString mailboxKey() { return QStringLiteral("crm"); }

    void verifyLogin(Callback<CrmUser> done) override;
    void listUsers(Callback<QList<CrmUser>> done) override;
    void customFieldsPresent(Callback<CrmCustomFieldCheck> done) override;
    void apiLevel(Callback<CrmApiLevel> done) override;
    void setUserExchangeLink(const QString &userId, const QString &exchangeServer,
                             const QString &exchangeUserId, Callback<CrmUser> done) override;
    void createUser(const CrmUser &user, Callback<CrmUser> done) override;
    void createAppointment(const CrmAppointment &appointment, Callback<CrmAppointment> done) override;
    using CrmConnector::updateAppointment;
    void updateAppointment(const CrmAppointment &appointment, CrmFields fields,
                           Callback<CrmAppointment> done) override;
    void deleteAppointment(const QString &id, StatusCallback done) override;
    void getAppointment(const QString &id, Callback<CrmAppointment> done) override;
    void getAppointments(const QStringList &ids, Callback<QHash<QString, CrmAppointment>> done) override;
    void findAppointmentByExchangeId(const QString &exchangeId,
                                     Callback<std::optional<CrmAppointment>> done) override;
    void linkUsers(const QString &appointmentId, const QStringList &userIds, StatusCallback done) override;
    void changesSince(const CrmWatermark &watermark, Callback<CrmChanges> done) override;
    // Each page of the feed with its users' links, delivered before the next page is asked for.
    void changesPaged(const CrmWatermark &watermark, PageCallback page, Callback<CrmWatermark> done) override;

    // Pure conversions (public for tests).
    static Result<CrmUser> parseUser(const QJsonObject &record);
    static Result<CrmAppointment> parseAppointment(const QJsonObject &record, const QTimeZone &zone);
    static Result<QDateTime> parseWireDate(const QJsonValue &value, const QString &field,
                                           const QString &record, bool required, const QTimeZone &zone);
    QJsonObject appointmentFields(const CrmAppointment &appointment, CrmFields fields = allCrmFields()) const;
    // The custom field an error from the CRM is about (a 400 naming it), else empty.
    static QString missingCustomField(const Error &error);
    // A prototype's field names (lower case) in either known shape; nullopt when the shape is not known.
    static std::optional<QSet<QString>> prototypeFields(const QJsonObject &prototype, const QString &entity);

private:
    using Query = QList<QPair<QString, QString>>;
    using JsonCallback = std::function<void(Result<QJsonObject>)>;
    struct ChangeFeed;
    struct Collect;

    void call(const QByteArray &method, const QString &path, const Query &query, const QJsonObject *body,
              const QString &label, JsonCallback done);
    Error mapError(const Error &error) const;
    // Runs `then` once the API level is known (probing it the first time); a failed probe is passed on.
    void withApiLevel(std::function<void(Status)> then);
    // The fields of `entity` that are known present: from $prototypes/{entity}, else one record.
    void entityFields(const QString &entity, std::function<void(Result<QSet<QString>>, QString note)> done);
    void fetchLinks(const QStringList &commIds, Callback<QHash<QString, QStringList>> done);
    void withLinks(QList<CrmAppointment> appointments, Callback<QList<CrmAppointment>> done);
    // Every row of a collection, paging with count/startIndex until $totalResults.
    void collectAll(const QString &entity, const SageWhere &where, const QString &orderBy,
                    const QString &label, Callback<QJsonArray> done);
    void collect(std::shared_ptr<Collect> state);
    void postLinks(qint64 commId, QList<qint64> users, StatusCallback done);
    void addLinks(const QString &appointmentId, const QStringList &userIds, Callback<QStringList> done);
    void nextChangePage(std::shared_ptr<ChangeFeed> feed);
    void nextLegacyChangePage(std::shared_ptr<ChangeFeed> feed);
    // Takes one row of the feed in order: advances the cursor and keeps it when it is news.
    // `delivered`: what decides that a row is not news (the moving cursor when rows come in order).
    Status takeChange(ChangeFeed &feed, const QJsonObject &row, const CrmWatermark &delivered, bool *fresh);
    void startChanges(const CrmWatermark &watermark, Callback<CrmChanges> done, PageCallback page);
    void finishChanges(std::shared_ptr<ChangeFeed> feed);
    // Paged: the appointments taken so far go to the page callback (with their links), then `next`.
    void deliverPage(std::shared_ptr<ChangeFeed> feed, std::function<void()> next);
    void later(std::function<void()> task); // from the event loop, unless destroyed first
    static QString recordPath(const QString &entity, qint64 id);

    net::HttpClient &m_http;
    QUrl m_base;
    QString m_logon;
    QByteArray m_authorization;
    QTimeZone m_zone;
    int m_pageSize = 100;
    bool m_writeExchangeFields = true;
    std::optional<bool> m_legacyApi;                   // set by the probe
    QList<std::function<void(Status)>> m_levelWaiters; // while the probe runs
    std::shared_ptr<int> m_alive; // callbacks check a weak_ptr to it, so none runs after destruction
};

} // namespace cxsync::crm::sagecrm
