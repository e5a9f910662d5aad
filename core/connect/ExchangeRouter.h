#pragma once

#include "exchange/ExchangeConnector.h"

#include <QCoreApplication>

#include <memory>

namespace cxsync {

class Connections;

// The Exchange side of a profile with several Exchange servers or tenants (seed chapter 5): each mailbox's
// calls (items, change reads, calendar probes, subscriptions) go to the server the mailbox is linked to
// (Connections::serverOf()); listUsers() and findUsers() ask every server's directory, one after another, and
// tag each mailbox with its server. A directory that cannot be read fails the whole listing, naming the server: user
// sync must never take a missing directory for mailboxes that are gone.
class ExchangeRouter final : public exchange::ExchangeConnector {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ExchangeRouter)
public:
    explicit ExchangeRouter(Connections &connections);
    ~ExchangeRouter() override;

    void listUsers(Callback<QList<exchange::ExchangeUser>> done) override;
    void findUsers(const QList<exchange::DirectoryQuery> &wanted,
                   Callback<QList<exchange::ExchangeUser>> done) override;
    // The first server whose connector holds the subscription answers; a subscription none holds is answered
    // by a connector that reads this form (so that the server stops calling); none reads it: the error.
    Result<exchange::PushReceipt> receivePush(const QByteArray &body) override;
    void getEvent(const QString &mailbox, const QString &eventId, Callback<exchange::ExchangeEvent> done) override;
    void readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                     const QDateTime &windowEndUtc, Callback<exchange::ChangePage> done) override;
    void prepareMailbox(const QString &mailbox, Journal &journal, const QDateTime &nowUtc,
                        StatusCallback done) override;
    void createEvent(const QString &mailbox, const exchange::ExchangeEvent &event, const QString &transactionId,
                     Callback<exchange::ExchangeEvent> done) override;
    void updateEvent(const QString &mailbox, const exchange::ExchangeEvent &event,
                     Callback<exchange::ExchangeEvent> done) override;
    void deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                     StatusCallback done) override;
    void cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                     StatusCallback done) override;
    void probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                       Callback<exchange::CalendarProbe> done) override;
    void subscribe(const exchange::SubscriptionRequest &request,
                   Callback<exchange::ChangeSubscription> done) override;
    void getSubscription(const QString &mailbox, const QString &id,
                         Callback<exchange::ChangeSubscription> done) override;
    void renewSubscription(const QString &mailbox, const QString &id, const QDateTime &expirationUtc,
                           Callback<exchange::ChangeSubscription> done) override;
    void unsubscribe(const QString &mailbox, const QString &id, StatusCallback done) override;

private:
    exchange::ExchangeConnector &route(const QString &mailbox);

    Connections &m_connections;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace cxsync
