#pragma once

#include "Result.h"
#include "net/HttpClient.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace cxsync::exchange {

// What POX Autodiscover found for an address.
struct AutodiscoverResult {
    QUrl ewsUrl;        // EwsUrl of the EXCH (internal) protocol, else of EXPR (external)
    QString address;    // the address it answered for (after redirectAddr hops)
    QUrl endpoint;      // the autodiscover.xml that answered
    QStringList trail;  // what was tried, in order, for the log and Test Connection
};

// POX Autodiscover (MS-OXDSCLI; "Autodiscover for Exchange"): POST an outlook request schema 2006 request
// naming the address to each candidate autodiscover.xml in turn; the first answer with settings gives the EWS
// URL. Action redirectAddr asks again with the new address (at the endpoint that answered, then at the new
// domain's candidates); redirectUrl asks again at that URL. At most kMaxHops redirects in all (the protocol
// documents say to stop after 10).
//
// Where the account's credentials go: only to the candidates given (derived from the address's domain and
// the configured Exchange server: candidatesFor), and to a redirectUrl or EWS URL that an authenticated answer
// over https named and that is itself https. Any other redirect is refused with an error naming it; HTTP
// redirects (302) to another origin are not followed by the HttpClient at all. The unauthenticated HTTP
// redirect probe and the DNS SRV look-up of the documents are not done: both let the network name a server
// that receives the password, which needs the admin's confirmation; the admin sets the EWS URL instead.
class EwsAutodiscover final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EwsAutodiscover)
public:
    static constexpr int kMaxHops = 10;
    using Done = std::function<void(Result<AutodiscoverResult>)>;

    // `account` and `password`: the NT Domain\Account that logs on to Exchange (NTLM or Basic).
    EwsAutodiscover(net::HttpClient *http, QString account, QString password, QObject *parent = nullptr);
    ~EwsAutodiscover() override;

    // https://<domain>/autodiscover/autodiscover.xml, https://autodiscover.<domain>/autodiscover/autodiscover.xml
    // for the address's domain, then https://<primaryServer>/autodiscover/autodiscover.xml (the configured
    // Exchange server, when given and not already listed). Empty for an address without a valid domain.
    static QList<QUrl> candidatesFor(const QString &address, const QString &primaryServer = {});

    // Tries `candidates` in order for `address`. Fails with the most telling error of the candidates (a
    // refused logon before a missing server) and every candidate's outcome in the message.
    void discover(const QString &address, const QList<QUrl> &candidates, Done done);

    // One answer, parsed (public for tests).
    struct Answer {
        enum class Kind { Settings, RedirectAddr, RedirectUrl, Error } kind = Kind::Error;
        QUrl ewsUrl;
        QString redirect; // the address or URL of a redirect
        QString message;  // the server's error
    };
    static Result<Answer> parseAnswer(const QByteArray &xml);
    static QByteArray requestFor(const QString &address);

private:
    struct Run;
    void tryNext(const std::shared_ptr<Run> &run);
    void onAnswer(const std::shared_ptr<Run> &run, const QUrl &endpoint, Result<net::HttpResponse> result);
    void fail(const std::shared_ptr<Run> &run, const QString &endpoint, const Error &error);

    net::HttpClient *m_http;
    QString m_account;
    QString m_password;
};

} // namespace cxsync::exchange
