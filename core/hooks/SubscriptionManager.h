#pragma once

#include "Clock.h"
#include "Result.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QStringList>

#include <functional>
#include <memory>

namespace cxsync {

class Journal;
namespace exchange {
class GraphConnector;
}

// One Graph subscription as the journal keeps it.
struct SubscriptionRecord {
    QString id;
    QString mailbox;
    QString resource;
    QString notificationUrl;
    QDateTime expirationUtc;
    QDateTime createdUtc;
    QDateTime renewedUtc;
    QString state; // active | failed | removed
    QString lastError;
};

// What happened to one mailbox during install / renew / remove.
struct SubscriptionOutcome {
    QString mailbox;
    QString action; // created | kept | renewed | recreated | removed | failed
    SubscriptionRecord record;
    Error error; // when action == failed
    bool resyncNeeded = false; // changes may have been missed: read the mailbox's delta in full
};

// The Exchange side of Install Scripts (issue 7): one Graph subscription per linked mailbox on
// /users/{id}/events (created, updated, deleted) with our clientState and a lifecycle URL, kept in the
// journal (table `subscriptions`), renewed at about two thirds of its lifetime, recreated when Graph removed
// it, and deleted on remove. Mailboxes are handled one after another (subscription creation makes Graph call
// the listener, which must answer within 10 s).
class SubscriptionManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionManager)
public:
    struct Options {
        QString notificationUrl;      // the listener's public URL
        QString lifecycleUrl;         // notificationUrl + "/lifecycle"
        QString clientState;          // at most 128 characters
        int lifetimeMinutes = 10020;  // Outlook events allow 10,080 (just under 7 days)
    };
    using Done = std::function<void(QList<SubscriptionOutcome>)>;
    // The Graph connection of a mailbox's Exchange server or tenant (Connections::graphFor()).
    using GraphFor = std::function<exchange::GraphConnector *(const QString &mailbox)>;

    SubscriptionManager(exchange::GraphConnector *graph, Journal *journal, Clock *clock, Options options,
                        QObject *parent = nullptr);
    // Several Exchange servers or tenants: each mailbox's subscription lives on its own server.
    SubscriptionManager(GraphFor graphFor, Journal *journal, Clock *clock, Options options,
                        QObject *parent = nullptr);
    ~SubscriptionManager() override;

    // Creates what is missing, keeps what is healthy, recreates what Graph no longer has.
    void install(const QStringList &mailboxes, Done done);
    // Renews subscriptions past two thirds of their lifetime (or already expired: recreated).
    void renewDue(Done done);
    // Deletes every active subscription (a 404 counts as deleted).
    void removeAll(Done done);
    // A lifecycle notification: reauthorizationRequired → renew (which reauthorizes); subscriptionRemoved →
    // recreate, resync; missed → resync.
    void handleLifecycle(const QString &subscriptionId, const QString &event, Done done);

    Result<QList<SubscriptionRecord>> records(bool activeOnly = true) const;
    // When the next renewal is due (invalid when there is nothing to renew).
    QDateTime nextRenewalUtc() const;
    QDateTime renewalDueUtc(const SubscriptionRecord &record) const;

Q_SIGNALS:
    void progress(int done, int total, const QString &mailbox);

private:
    struct Run;
    void step(std::shared_ptr<Run> run);
    void create(const QString &mailbox, std::function<void(SubscriptionOutcome)> done);
    void renew(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done);
    void remove(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done);
    Status store(const SubscriptionRecord &record);
    Status markState(const QString &id, const QString &state, const QString &error);
    SubscriptionOutcome failure(const QString &mailbox, const Error &error) const;
    // {graph}/subscriptions[/{id}] on the mailbox's server; invalid when it has no Graph connection.
    QUrl subscriptionsUrl(const QString &mailbox, const QString &id) const;
    // Sends `request` to the mailbox's server (an error when it has none).
    void send(const QString &mailbox, const net::HttpRequest &request,
              std::function<void(Result<net::HttpResponse>)> done);

    GraphFor m_graphFor;
    Journal *m_journal;
    Clock *m_clock;
    Options m_options;
    std::shared_ptr<int> m_alive;
};

} // namespace cxsync
