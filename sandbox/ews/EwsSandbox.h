#pragma once

#include "EwsCalendarItem.h"
#include "EwsDirectory.h"
#include "EwsFolderOperations.h"
#include "EwsItemOperations.h"
#include "EwsLogon.h"
#include "EwsSchema.h"
#include "HttpSandbox.h"

#include <QHash>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <memory>
#include <optional>

namespace cxsync::sandbox {

class GraphSandbox;
class EwsPush;

// Exchange Web Services (Exchange Server 2016/2019 on-premises) on loopback: a second face on the Graph
// sandbox's organisation, so both protocols read and write the same mailboxes (GraphStore) with the same
// meeting semantics (GraphCalendar). POST /EWS/Exchange.asmx takes SOAP 1.1 requests that must validate
// against the official messages.xsd; NTLMv2 (and optionally Basic) logon per connection;
// ExchangeImpersonation; ResolveNames, FindItem (CalendarView), GetItem, CreateItem (also meeting
// cancellations and responses), UpdateItem, DeleteItem, SyncFolderItems, Subscribe (push) / Unsubscribe;
// fault plans answer ErrorServerBusy as Exchange does.
class EwsSandbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EwsSandbox)
public:
    explicit EwsSandbox(GraphSandbox &graph, QObject *parent = nullptr);
    ~EwsSandbox() override;

    bool start(quint16 port = 0, QString *error = nullptr); // loopback
    HttpSandbox &http() { return *m_http; }
    QUrl baseUrl() const;
    QUrl ewsUrl() const; // .../EWS/Exchange.asmx

    void addAccount(const EwsAccount &account) { m_logon->addAccount(account); }
    const QList<EwsAccount> &accounts() const { return m_logon->accounts(); }
    // Grants or withdraws ApplicationImpersonation (false: every impersonated call answers
    // ErrorImpersonateUserDenied). Returns false for an unknown account.
    bool setImpersonationAllowed(const QString &user, bool allowed)
    {
        return m_logon->setImpersonationAllowed(user, allowed);
    }
    // Narrows the account's impersonation to these mailboxes (a management scope); others answer
    // ErrorImpersonateUserDenied. std::nullopt: the whole organisation. Returns false for an unknown account.
    bool setImpersonationScope(const QString &user, const std::optional<QStringList> &mailboxes)
    {
        return m_logon->setImpersonationScope(user, mailboxes);
    }
    void setNtlmEnabled(bool enabled) { m_logon->setNtlmEnabled(enabled); }
    void setBasicEnabled(bool enabled) { m_logon->setBasicEnabled(enabled); }
    QString netbiosDomain() const { return m_logon->netbiosDomain(); }
    QString dnsDomain() const { return m_logon->dnsDomain(); }
    // The Active Directory domain (NetBIOS and DNS names) of this Exchange server's organisation, e.g. a second
    // organisation's on-premises server beside another's (default CONTOSO, contoso.example).
    void setDomain(const QString &netbios, const QString &dns) { m_logon->setDomain(netbios, dns); }

    // Impersonated requests that came without X-AnchorMailbox (Exchange routes them slowly or fails them).
    int impersonatedWithoutAnchor() const { return m_missingAnchor; }
    // POX Autodiscover for `address` answers Action `action` ("redirectAddr" or "redirectUrl") with `target`
    // instead of the settings, as Exchange does for a mailbox elsewhere; an empty action removes it.
    void setAutodiscoverRedirect(const QString &address, const QString &action, const QString &target);
    int autodiscoverRequests() const { return m_autodiscoverRequests; }
    // Requests that failed schema validation, and NTLM/Basic logons refused.
    int schemaRejections() const { return m_schemaRejections; }
    int logonFailures() const { return m_logon->logonFailures(); }
    int ntlmLogons() const { return m_logon->ntlmLogons(); }
    EwsPush &push() { return *m_push; }

    // Faults for one EWS operation (every operation is a POST to the same URL, which http()'s plan cannot
    // tell apart): each rule's "path" is matched against the operation's name (e.g. "^CreateItem$"), decided
    // after the logon and the schema check. Kinds: "reset" (the connection is aborted before the server acts),
    // "reset-after" (the operation is carried out, then the connection is aborted instead of answering: the
    // client never learns the outcome), "server-busy" and "503". False (with the rule named in `error`) for
    // any other kind.
    bool setOperationFaults(const FaultPlan &plan, QString *error = nullptr);
    FaultPlan &operationFaults() { return m_operationFaults; }

    // SOAP envelopes the sandbox builds, for EwsPush and tests.
    static QByteArray soapFault(const QString &code, const QString &message,
                                const QList<QPair<QString, QString>> &messageXml = {});

private:
    void installRoutes();
    std::optional<QByteArray> autodiscoverRedirect(const QByteArray &request) const;
    void serveExchange(const SandboxRequest &request, const Reply &reply);
    void fault(const Reply &reply, int status, const QString &code, const QString &message,
               const QList<QPair<QString, QString>> &messageXml = {});
    bool answerFault(const FaultDecision &fault, const SandboxRequest &request, const Reply &reply);

    GraphSandbox &m_graph;
    std::unique_ptr<HttpSandbox> m_http;
    std::unique_ptr<EwsPush> m_push;
    const EwsSchema *m_schema = nullptr;
    std::unique_ptr<EwsLogon> m_logon;
    std::unique_ptr<EwsDirectory> m_directory;
    std::unique_ptr<EwsMailbox> m_mailbox;
    std::unique_ptr<EwsItemOperations> m_items;
    std::unique_ptr<EwsFolderOperations> m_folders;
    FaultPlan m_operationFaults;
    int m_missingAnchor = 0;
    QHash<QString, QPair<QString, QString>> m_autodiscoverRedirects; // by lower-case address
    int m_autodiscoverRequests = 0;
    int m_schemaRejections = 0;
};

} // namespace cxsync::sandbox
