#pragma once

#include "EwsCalendarItem.h"
#include "EwsSchema.h"
#include "HttpSandbox.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

namespace cxsync::sandbox {

class GraphSandbox;
class EwsPush;

// An account the EWS sandbox logs on (NTLM or Basic): DOMAIN\user with its password, the mailbox it owns (may
// be empty: a service account without a mailbox) and whether it holds the ApplicationImpersonation role.
struct EwsAccount {
    QString domain; // NetBIOS domain, e.g. CONTOSO
    QString user;   // sAMAccountName
    QString password;
    QString mailbox;
    bool impersonation = true;
};

// Exchange Web Services (Exchange Server 2016/2019 on-premises) on loopback: a second face on the Graph
// sandbox's organisation, so both protocols read and write the same mailboxes (GraphStore) with the same
// meeting semantics (GraphCalendar). POST /EWS/Exchange.asmx takes SOAP 1.1 requests that must validate
// against the official messages.xsd; NTLMv2 (and optionally Basic) logon per connection; ExchangeImpersonation;
// ResolveNames, FindItem (CalendarView), GetItem, CreateItem (also meeting cancellations and responses),
// UpdateItem, DeleteItem, SyncFolderItems,
// Subscribe (push) / Unsubscribe; fault plans answer ErrorServerBusy as Exchange does.
class EwsSandbox : public QObject {
    Q_OBJECT
public:
    explicit EwsSandbox(GraphSandbox &graph, QObject *parent = nullptr);
    ~EwsSandbox() override;

    bool start(quint16 port = 0, QString *error = nullptr); // loopback
    HttpSandbox &http() { return *m_http; }
    QUrl baseUrl() const;
    QUrl ewsUrl() const; // .../EWS/Exchange.asmx

    void addAccount(const EwsAccount &account);
    const QList<EwsAccount> &accounts() const { return m_accounts; }
    // Grants or withdraws ApplicationImpersonation (false: every impersonated call answers
    // ErrorImpersonateUserDenied). Returns false for an unknown account.
    bool setImpersonationAllowed(const QString &user, bool allowed);
    void setNtlmEnabled(bool enabled) { m_ntlm = enabled; }
    void setBasicEnabled(bool enabled) { m_basic = enabled; }
    QString netbiosDomain() const { return m_domain; }
    QString dnsDomain() const { return m_dnsDomain; }

    // Impersonated requests that came without X-AnchorMailbox (Exchange routes them slowly or fails them).
    int impersonatedWithoutAnchor() const { return m_missingAnchor; }
    // Requests that failed schema validation, and NTLM/Basic logons refused.
    int schemaRejections() const { return m_schemaRejections; }
    int logonFailures() const { return m_logonFailures; }
    EwsPush &push() { return *m_push; }

    // SOAP envelopes the sandbox builds, for EwsPush and tests.
    static QByteArray soapFault(const QString &code, const QString &message,
                                const QList<QPair<QString, QString>> &messageXml = {});

private:
    struct Session {
        const EwsAccount *account = nullptr;
        QString userId; // the mailbox the request acts for (impersonated or the account's own)
        bool impersonated = false;
        QString timeZoneContext;
        SandboxRequest request;
    };
    struct Item {
        GraphEvent event;
        std::optional<GraphEvent> master; // for occurrences and exceptions
        QString restId;
    };

    void installRoutes();
    void serveExchange(const SandboxRequest &request, const Reply &reply);
    // The logged-on account; null when the reply (401) has been sent.
    const EwsAccount *authenticate(const SandboxRequest &request, const Reply &reply);
    const EwsAccount *account(const QString &domainOrEmpty, const QString &user) const;
    void fault(const Reply &reply, int status, const QString &code, const QString &message,
               const QList<QPair<QString, QString>> &messageXml = {});
    bool answerFault(const FaultDecision &fault, const SandboxRequest &request, const Reply &reply);

    // Operations: each writes its m:<Op>Response into `w` or returns a request-level error (sent as a fault).
    std::optional<EwsError> resolveNames(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> findItem(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> getItem(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> createItem(const Session &s, const XmlElement &op, EwsWriter &w);
    // A meeting response object of CreateItem: CancelCalendarItem (organizer), AcceptItem,
    // TentativelyAcceptItem, DeclineItem (attendee).
    std::optional<EwsError> respond(const Session &s, const XmlElement &op, const XmlElement &response);
    std::optional<EwsError> updateItem(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> deleteItem(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> syncFolderItems(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> subscribe(const Session &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> unsubscribe(const Session &s, const XmlElement &op, EwsWriter &w);

    // The mailbox (user id) and whether it is the calendar, for a DistinguishedFolderId / FolderId.
    std::optional<EwsError> folder(const Session &s, const XmlElement &folderId, QString *userId,
                                   bool *calendar) const;
    // An ItemId / OccurrenceItemId / RecurringMasterItemId element of the acting mailbox.
    std::optional<EwsError> findItem(const Session &s, const XmlElement &id, Item *item) const;
    static void startMessage(EwsWriter &w, const char *element, const std::optional<EwsError> &error,
                             bool warning = false);
    static EwsError fromGraph(const GraphError &error);
    qint64 creationSeq(const QString &userId, const QString &immutableId) const;

    GraphSandbox &m_graph;
    std::unique_ptr<HttpSandbox> m_http;
    std::unique_ptr<EwsPush> m_push;
    const EwsSchema *m_schema = nullptr;
    QList<EwsAccount> m_accounts;
    QString m_domain = QStringLiteral("CONTOSO");
    QString m_dnsDomain = QStringLiteral("contoso.example");
    QString m_computer = QStringLiteral("EXCH01");
    bool m_ntlm = true;
    bool m_basic = false;
    int m_missingAnchor = 0;
    int m_schemaRejections = 0;
    int m_logonFailures = 0;
    // The change sequence at which each item was created (change listener), so SyncFolderItems tells
    // Create from Update; items from before the listener count as created at 0.
    QHash<QString, qint64> m_createdAt; // userId + '/' + immutableId
};

} // namespace cxsync::sandbox
