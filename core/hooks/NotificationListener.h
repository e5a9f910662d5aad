#pragma once

#include "Clock.h"
#include "Result.h"
#include "exchange/ExchangeTypes.h"
#include "hooks/BoundedHttpServer.h"

#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace cxsync {

class NotificationInbox;

// The HTTP endpoint Graph calls (PROTOCOLS.md A5): the validation handshake (POST ?validationToken=... →
// 200 text/plain with the decoded token), change notifications and lifecycle notifications (POST with a
// changeNotificationCollection). On-premises Exchange (EWS) calls the same URL with a SOAP SendNotification
// (PROTOCOLS.md B2, push): its clientState travels as a query item, the body goes to Options::push and the
// answer (SendNotificationResult OK or Unsubscribe) back to Exchange. Every notification's clientState is compared with ours; a mismatch is
// logged and never processed. Accepted ones are stored in the durable inbox before the answer (202), so a
// crash after answering loses nothing; if the journal cannot store them the answer is 503 and Graph retries.
// Nothing slow happens here: the answer goes out in milliseconds, well inside Graph's 3 s.
//
// The endpoint is public and unauthenticated until the clientState is checked, so it is bounded
// (BoundedHttpServer): at most Limits::maxConnections connections (beyond: 503), bodies up to maxBodyBytes
// (beyond: 413, judged from Content-Length before the body is read), header fields up to maxHeaderBytes
// (431), headers within headerTimeoutMs and the body within bodyTimeoutMs (408), idle kept-alive connections
// closed after idleTimeoutMs. Rejections are logged without letting a client flood the log: the first of an
// interval in full, the rest as one summary line per rejectionLogIntervalMs with counts by reason.
class NotificationListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationListener)
public:
    struct Options {
        QHostAddress bindAddress = QHostAddress::LocalHost;
        quint16 port = 0; // 0: any free port
        // The public URL's path; lifecycle notifications use path + "/lifecycle".
        QString path = QStringLiteral("/");
        QString clientState;     // the shared secret every notification must carry
        QString certificateFile; // PEM; with keyFile: serve HTTPS
        QString keyFile;
        BoundedHttpServer::Limits limits;
        int rejectionLogIntervalMs = 60000;
        // Servers that push in their own format (EWS: Exchange calls SendNotification with a SOAP body, at the
        // public URL with ?clientState=...): the Exchange side reads the body and says what to answer
        // (ExchangeConnector::receivePush). Unset: such bodies are refused.
        std::function<Result<exchange::PushReceipt>(const QByteArray &)> push;
    };

    NotificationListener(NotificationInbox *inbox, Clock *clock, Options options, QObject *parent = nullptr);
    ~NotificationListener() override;

    // Binds; errors name the setting (listener/port, listener/certificateFile, listener/keyFile).
    Result<quint16> start();
    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }
    // Subscription id → mailbox, for notifications whose resource names the user by another form.
    void setSubscriptions(const QHash<QString, QString> &mailboxBySubscription)
    {
        m_mailboxes = mailboxBySubscription;
    }

    int accepted() const { return m_accepted; }
    int rejected() const { return m_rejected; } // notifications and requests
    int openConnections() const { return m_server->openConnections(); }

    // The mailbox (user id) a notification's resource names: "Users/{id}/Events/{eid}" or
    // "users/{id}@{tenant}/events/{eid}"; empty if none.
    static QString mailboxOfResource(const QString &resource);

Q_SIGNALS:
    void changeQueued(const QString &mailbox, bool newEntry);
    void lifecycleQueued(const QString &subscriptionId, const QString &mailbox, const QString &event);
    void notificationRejected(const QString &reason);

private:
    BoundedHttpServer::Response handle(const HttpRequestReader::Request &request);
    BoundedHttpServer::Response handlePush(const HttpRequestReader::Request &request);
    // `what` groups the summary line (no variable parts); `detail` only shows in the first line.
    void reject(const QString &what, const QString &detail = {});
    void flushRejectionLog();

    NotificationInbox *m_inbox;
    Clock *m_clock;
    Options m_options;
    std::unique_ptr<BoundedHttpServer> m_server;
    std::unique_ptr<QObject> m_logWindow; // while set, rejections are counted instead of logged
    QMap<QString, int> m_unlogged;
    QHash<QString, QString> m_mailboxes;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_accepted = 0;
    int m_rejected = 0;
};

} // namespace cxsync
