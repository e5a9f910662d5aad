#pragma once

#include "Clock.h"
#include "Result.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QString>

namespace cxsync {

class NotificationInbox;

// The HTTP endpoint Graph calls (PROTOCOLS.md A5): the validation handshake (POST ?validationToken=... →
// 200 text/plain with the decoded token), change notifications and lifecycle notifications (POST with a
// changeNotificationCollection). Every notification's clientState is compared with ours; a mismatch is
// logged and never processed. Accepted ones are stored in the durable inbox before the answer (202), so a
// crash after answering loses nothing; if the journal cannot store them the answer is 503 and Graph retries.
// Nothing slow happens here: the answer goes out in milliseconds, well inside Graph's 3 s.
class NotificationListener final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationListener)
public:
    struct Options {
        QHostAddress bindAddress = QHostAddress::LocalHost;
        quint16 port = 0;             // 0: any free port
        QString path = QStringLiteral("/"); // the public URL's path; lifecycle notifications use path + "/lifecycle"
        QString clientState;          // the shared secret every notification must carry
        QString certificateFile;      // PEM; with keyFile: serve HTTPS
        QString keyFile;
    };

    NotificationListener(NotificationInbox *inbox, Clock *clock, Options options, QObject *parent = nullptr);
    ~NotificationListener() override;

    // Binds; errors name the setting (listener/port, listener/certificateFile, listener/keyFile).
    Result<quint16> start();
    quint16 port() const { return m_port; }
    bool isTls() const { return m_tls; }
    // Subscription id → mailbox, for notifications whose resource names the user by another form.
    void setSubscriptions(const QHash<QString, QString> &mailboxBySubscription) { m_mailboxes = mailboxBySubscription; }

    int accepted() const { return m_accepted; }
    int rejected() const { return m_rejected; }

    // The mailbox (user id) a notification's resource names: "Users/{id}/Events/{eid}" or
    // "users/{id}@{tenant}/events/{eid}"; empty if none.
    static QString mailboxOfResource(const QString &resource);

Q_SIGNALS:
    void changeQueued(const QString &mailbox, bool newEntry);
    void lifecycleQueued(const QString &subscriptionId, const QString &mailbox, const QString &event);
    void notificationRejected(const QString &reason);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void reject(const QString &reason);

    NotificationInbox *m_inbox;
    Clock *m_clock;
    Options m_options;
    QHash<QString, QString> m_mailboxes;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_accepted = 0;
    int m_rejected = 0;
};

} // namespace cxsync
