#include "EwsLogon.h"

#include "EwsNtlm.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEwsLogon, "cxsync.sandbox.ews.logon", QtWarningMsg)

namespace cxsync::sandbox {

namespace {
constexpr char kNtlmChallenge[] = "cxsync.ews.ntlmChallenge"; // QTcpSocket properties: the handshake in
constexpr char kLoggedOn[] = "cxsync.ews.account";            // progress and the account it logged on
} // namespace

const EwsAccount *EwsLogon::account(const QString &domainOrEmpty, const QString &user) const
{
    QString name = user, domain = domainOrEmpty;
    if (name.contains(u'@')) { // user@contoso.example
        domain = name.section(u'@', 1);
        name = name.section(u'@', 0, 0);
    }
    if (!domain.isEmpty() && domain.compare(m_domain, Qt::CaseInsensitive) != 0 &&
        domain.compare(m_dnsDomain, Qt::CaseInsensitive) != 0)
        return nullptr;
    for (const EwsAccount &a : m_accounts) {
        if (a.user.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

bool EwsLogon::setImpersonationScope(const QString &user, const std::optional<QStringList> &mailboxes)
{
    for (EwsAccount &a : m_accounts) {
        if (a.user.compare(user, Qt::CaseInsensitive) == 0) {
            a.impersonationScope = mailboxes;
            return true;
        }
    }
    return false;
}

bool EwsLogon::setImpersonationAllowed(const QString &user, bool allowed)
{
    for (EwsAccount &a : m_accounts) {
        if (a.user.compare(user, Qt::CaseInsensitive) == 0) {
            a.impersonation = allowed;
            return true;
        }
    }
    return false;
}

const EwsAccount *EwsLogon::authenticate(const SandboxRequest &request, const Reply &reply)
{
    QTcpSocket *socket = request.connection.data();
    const QByteArray authorization = request.header("Authorization").trimmed();
    const auto challengeHeaders = [this] {
        HeaderList h;
        if (m_ntlm)
            h.append({QByteArray("WWW-Authenticate"), QByteArray("NTLM")});
        if (m_basic)
            h.append({QByteArray("WWW-Authenticate"), "Basic realm=\"" + m_dnsDomain.toUtf8() + '"'});
        return h;
    };
    const auto refuse = [&](bool failedLogon) -> const EwsAccount * {
        if (failedLogon)
            ++m_logonFailures;
        if (socket) {
            socket->setProperty(kNtlmChallenge, QVariant());
            socket->setProperty(kLoggedOn, QVariant());
        }
        reply.send(401, QByteArray(), "text/html", challengeHeaders());
        return nullptr;
    };
    if (authorization.isEmpty()) {
        // NTLM authenticates the connection: later requests on it need no header
        if (socket && socket->property(kLoggedOn).isValid()) {
            const QStringList who = socket->property(kLoggedOn).toStringList();
            if (const EwsAccount *a = account(who.value(0), who.value(1)))
                return a;
        }
        return refuse(false);
    }
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = (space < 0 ? authorization : authorization.left(space)).toLower();
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    if (scheme == "basic" && m_basic) {
        const QString pair = QString::fromUtf8(QByteArray::fromBase64(token));
        const QString login = pair.section(u':', 0, 0), password = pair.section(u':', 1);
        const QString domain = login.contains(u'\\') ? login.section(u'\\', 0, 0) : QString();
        const QString user = login.contains(u'\\') ? login.section(u'\\', 1) : login;
        const EwsAccount *a = account(domain, user);
        if (!a || a->password != password)
            return refuse(true);
        return a;
    }
    if ((scheme == "ntlm" || scheme == "negotiate") && m_ntlm) {
        const QByteArray message = QByteArray::fromBase64(token);
        const int type = EwsNtlm::messageType(message);
        if (type == 1) {
            QByteArray nonce;
            QString error;
            const auto challenge =
                EwsNtlm::challenge(message, m_domain, m_dnsDomain, m_computer, &nonce, &error);
            if (!challenge || !socket) {
                qCInfo(lcEwsLogon) << "NTLM negotiate refused:" << error;
                return refuse(true);
            }
            socket->setProperty(kNtlmChallenge, nonce);
            socket->setProperty(kLoggedOn, QVariant());
            reply.send(
                401, QByteArray(), "text/html",
                {{"WWW-Authenticate", (scheme == "ntlm" ? "NTLM " : "Negotiate ") + challenge->toBase64()}});
            return nullptr;
        }
        if (type == 3 && socket && socket->property(kNtlmChallenge).isValid()) {
            const QByteArray nonce = socket->property(kNtlmChallenge).toByteArray();
            socket->setProperty(kNtlmChallenge, QVariant());
            QString error;
            const auto message3 = EwsNtlm::parseAuthenticate(message, &error);
            const EwsAccount *a = message3 ? account(message3->domain, message3->user) : nullptr;
            if (!a || !EwsNtlm::verify(*message3, nonce, a->password)) {
                qCInfo(lcEwsLogon) << "NTLM logon refused:" << (message3 ? message3->user : error);
                return refuse(true);
            }
            socket->setProperty(kLoggedOn, QStringList{message3->domain, message3->user});
            ++m_ntlmLogons;
            return a;
        }
        return refuse(type == 3);
    }
    return refuse(false);
}

} // namespace cxsync::sandbox
