#include "exchange/ExchangeConnector.h"

#include <QCoreApplication>
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

Result<PushReceipt> ExchangeConnector::receivePush(const QByteArray &body)
{
    Q_UNUSED(body)
    Error error = makeError(ErrorKind::Unavailable,
                            QCoreApplication::translate("cxsync::exchange::ExchangeConnector",
                                                        "this Exchange server does not push notifications in "
                                                        "this form"));
    error.serverCode = QStringLiteral("NotSupported");
    return error;
}

} // namespace cxsync::exchange
