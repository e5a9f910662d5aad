#include "connect/ExchangeRouter.h"

#include "connect/Connections.h"

#include <optional>

namespace cxsync {

using exchange::CalendarProbe;
using exchange::ChangePage;
using exchange::ChangeSubscription;
using exchange::ExchangeEvent;
using exchange::ExchangeUser;

namespace {

struct DirectoryReading {
    QList<ExchangeServerConnection> servers;
    int next = 0;
    // findUsers: the CRM users looked for; listUsers: none (every server lists its whole directory)
    std::optional<QList<exchange::DirectoryQuery>> wanted;
    QList<ExchangeUser> users;
    exchange::ExchangeConnector::Callback<QList<ExchangeUser>> done;
};

void readNextDirectory(const std::shared_ptr<DirectoryReading> &state, const std::weak_ptr<int> &alive)
{
    if (state->next >= state->servers.size()) {
        auto finish = std::move(state->done);
        finish(state->users);
        return;
    }
    const ExchangeServerConnection server = state->servers.at(state->next++);
    auto answered = [state, alive, server](Result<QList<ExchangeUser>> listed) {
        if (alive.expired())
            return;
        if (!listed.ok()) {
            Error error = listed.error();
            error.message = ExchangeRouter::tr("Exchange server %1: %2").arg(server.displayName(), error.message);
            auto finish = std::move(state->done);
            finish(error);
            return;
        }
        for (ExchangeUser user : listed.value()) {
            user.server = server.identity;
            state->users.append(user);
        }
        readNextDirectory(state, alive);
    };
    if (state->wanted)
        server.exchangeConnector()->findUsers(*state->wanted, std::move(answered));
    else
        server.exchangeConnector()->listUsers(std::move(answered));
}

} // namespace

ExchangeRouter::ExchangeRouter(Connections &connections) : m_connections(connections) {}

ExchangeRouter::~ExchangeRouter() = default;

exchange::ExchangeConnector &ExchangeRouter::route(const QString &mailbox)
{
    // Connections::create() only builds a router when every server has a connector.
    return *m_connections.serverOf(mailbox).exchangeConnector();
}

void ExchangeRouter::listUsers(Callback<QList<ExchangeUser>> done)
{
    auto state = std::make_shared<DirectoryReading>();
    state->servers = m_connections.servers();
    state->done = std::move(done);
    readNextDirectory(state, m_alive);
}

Result<exchange::PushReceipt> ExchangeRouter::receivePush(const QByteArray &body)
{
    std::optional<Result<exchange::PushReceipt>> unknown;
    std::optional<Error> failure;
    for (const ExchangeServerConnection &server : m_connections.servers()) {
        Result<exchange::PushReceipt> receipt = server.exchangeConnector()->receivePush(body);
        if (receipt.ok() && receipt.value().known)
            return receipt;
        if (receipt.ok()) {
            if (!unknown)
                unknown = std::move(receipt);
        } else if (receipt.error().kind != ErrorKind::Unavailable || !failure) {
            failure = receipt.error();
        }
    }
    if (unknown)
        return *unknown;
    return *failure;
}

void ExchangeRouter::findUsers(const QList<exchange::DirectoryQuery> &wanted,
                               Callback<QList<ExchangeUser>> done)
{
    auto state = std::make_shared<DirectoryReading>();
    state->servers = m_connections.servers();
    state->wanted = wanted;
    state->done = std::move(done);
    readNextDirectory(state, m_alive);
}

void ExchangeRouter::getEvent(const QString &mailbox, const QString &eventId, Callback<ExchangeEvent> done)
{
    route(mailbox).getEvent(mailbox, eventId, std::move(done));
}

void ExchangeRouter::readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                                 const QDateTime &windowEndUtc, Callback<ChangePage> done)
{
    route(mailbox).readChanges(mailbox, cursor, windowStartUtc, windowEndUtc, std::move(done));
}

void ExchangeRouter::prepareMailbox(const QString &mailbox, Journal &journal, const QDateTime &nowUtc,
                                    StatusCallback done)
{
    route(mailbox).prepareMailbox(mailbox, journal, nowUtc, std::move(done));
}

void ExchangeRouter::createEvent(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                                 Callback<ExchangeEvent> done)
{
    route(mailbox).createEvent(mailbox, event, transactionId, std::move(done));
}

void ExchangeRouter::updateEvent(const QString &mailbox, const ExchangeEvent &event, Callback<ExchangeEvent> done)
{
    route(mailbox).updateEvent(mailbox, event, std::move(done));
}

void ExchangeRouter::deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                                 StatusCallback done)
{
    route(mailbox).deleteEvent(mailbox, eventId, changeKey, std::move(done));
}

void ExchangeRouter::cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                                 StatusCallback done)
{
    route(mailbox).cancelEvent(mailbox, eventId, comment, std::move(done));
}

void ExchangeRouter::probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                                   Callback<CalendarProbe> done)
{
    route(mailbox).probeCalendar(mailbox, fromUtc, toUtc, std::move(done));
}

void ExchangeRouter::subscribe(const exchange::SubscriptionRequest &request,
                               Callback<ChangeSubscription> done)
{
    route(request.mailbox).subscribe(request, std::move(done));
}

void ExchangeRouter::getSubscription(const QString &mailbox, const QString &id,
                                     Callback<ChangeSubscription> done)
{
    route(mailbox).getSubscription(mailbox, id, std::move(done));
}

void ExchangeRouter::renewSubscription(const QString &mailbox, const QString &id,
                                       const QDateTime &expirationUtc, Callback<ChangeSubscription> done)
{
    route(mailbox).renewSubscription(mailbox, id, expirationUtc, std::move(done));
}

void ExchangeRouter::unsubscribe(const QString &mailbox, const QString &id, StatusCallback done)
{
    route(mailbox).unsubscribe(mailbox, id, std::move(done));
}

} // namespace cxsync
