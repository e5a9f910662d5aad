#include "exchange/ExchangeConnector.h"

#include <QTimer>

namespace cxsync::exchange {

void ExchangeConnector::prepareMailbox(const QString &mailbox, Journal &journal, const QDateTime &nowUtc,
                                       StatusCallback done)
{
    Q_UNUSED(mailbox)
    Q_UNUSED(journal)
    Q_UNUSED(nowUtc)
    // Nothing to do, but the contract holds: never called back inside the call.
    QTimer::singleShot(0, [done = std::move(done)] {
        if (done)
            done(Status());
    });
}

void ExchangeConnector::findUsers(const QList<DirectoryQuery> &wanted, Callback<QList<ExchangeUser>> done)
{
    Q_UNUSED(wanted)
    listUsers(std::move(done));
}

} // namespace cxsync::exchange
