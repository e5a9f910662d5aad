#include "diagnostics/EwsChecks.h"

#include "connect/Connections.h"
#include "exchange/ews/EwsAutodiscover.h"
#include "exchange/ews/EwsConnector.h"

namespace cxsync {

void EwsChecks::endpoint(const ExchangeServerConnection &server, std::function<void(Result<Endpoint>)> done)
{
    if (!server.ews) {
        done(makeError(ErrorKind::Invalid, tr("This Exchange server is not an on-premises (EWS) server.")));
        return;
    }
    server.ews->resolveUrl([done](Result<exchange::AutodiscoverResult> found) {
        if (!found.ok()) {
            done(found.error());
            return;
        }
        done(Endpoint{found.value().ewsUrl, found.value().endpoint.isEmpty() ? QString() : found.value().address,
                      found.value().endpoint});
    });
}

QUrl EwsChecks::fallbackUrl(const ExchangeServerConnection &server)
{
    return server.ews ? server.ews->url() : QUrl();
}

} // namespace cxsync
