#pragma once

#include "HttpSandbox.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxsync::sandbox {

// An account the EWS sandbox logs on (NTLM or Basic): DOMAIN\user with its password, the mailbox it owns (may
// be empty: a service account without a mailbox) and whether it holds the ApplicationImpersonation role.
struct EwsAccount {
    QString domain; // NetBIOS domain, e.g. CONTOSO
    QString user;   // sAMAccountName
    QString password;
    QString mailbox;
    bool impersonation = true;
    // The management scope of its ApplicationImpersonation assignment (New-ManagementScope with a recipient
    // filter): the mailboxes (primary SMTP addresses) it may impersonate; none = the whole organisation.
    std::optional<QStringList> impersonationScope;
};

// Windows authentication as IIS does it for /EWS: NTLM (NEGOTIATE -> CHALLENGE -> AUTHENTICATE verified as
// NTLMv2, EwsNtlm) authenticates the TCP connection, so its state lives on the request's socket; Basic (off
// by default) authenticates each request. Accounts are DOMAIN\user, user@dns-domain or a bare user name.
class EwsLogon final {
public:
    void addAccount(const EwsAccount &account) { m_accounts.append(account); }
    const QList<EwsAccount> &accounts() const { return m_accounts; }
    // false for an unknown account
    bool setImpersonationAllowed(const QString &user, bool allowed);
    // false for an unknown account; std::nullopt: organisation-wide again
    bool setImpersonationScope(const QString &user, const std::optional<QStringList> &mailboxes);
    void setNtlmEnabled(bool enabled) { m_ntlm = enabled; }
    void setBasicEnabled(bool enabled) { m_basic = enabled; }
    QString netbiosDomain() const { return m_domain; }
    QString dnsDomain() const { return m_dnsDomain; }
    // The Active Directory domain the server is in (default CONTOSO, contoso.example).
    void setDomain(const QString &netbios, const QString &dns)
    {
        m_domain = netbios;
        m_dnsDomain = dns;
    }
    QString serverName() const { return m_computer.toLower() + u'.' + m_dnsDomain; }
    int logonFailures() const { return m_logonFailures; }
    // NTLM handshakes completed (one per connection that logged on)
    int ntlmLogons() const { return m_ntlmLogons; }

    // The account the request is logged on as; null when `reply` has been answered (401 with the schemes
    // offered, or the NTLM CHALLENGE).
    const EwsAccount *authenticate(const SandboxRequest &request, const Reply &reply);
    // By domain (NetBIOS or DNS, or none) and user name (also user@domain).
    const EwsAccount *account(const QString &domainOrEmpty, const QString &user) const;

private:
    QList<EwsAccount> m_accounts;
    QString m_domain = QStringLiteral("CONTOSO");
    QString m_dnsDomain = QStringLiteral("contoso.example");
    QString m_computer = QStringLiteral("EXCH01");
    bool m_ntlm = true;
    bool m_basic = false;
    int m_logonFailures = 0;
    int m_ntlmLogons = 0;
};

} // namespace cxsync::sandbox
