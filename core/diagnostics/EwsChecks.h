#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace cxsync {

struct ExchangeServerConnection;

// The Test Connection checks that only an on-premises Exchange (EWS) server has, beside GraphChecks for
// Exchange Online: where its EWS endpoint is (the EWS URL setting, or POX Autodiscover for the Exchange
// Account). ConnectionTest runs them for servers whose kind is EWS (ExchangeServerConnection::ews); what every
// kind shares goes through the ExchangeConnector seam.
class EwsChecks final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::EwsChecks)
public:
    struct Endpoint {
        QUrl ewsUrl;      // the URL the connector uses
        QString address;  // the address Autodiscover answered for (empty: from the settings)
        QUrl answeredBy;  // the autodiscover.xml that answered (empty: from the settings)
    };
    // The EWS URL `server` (an EWS server) uses: the setting, else what Autodiscover finds.
    static void endpoint(const ExchangeServerConnection &server, std::function<void(Result<Endpoint>)> done);
    // The URL the connector falls back to when Autodiscover finds nothing (the Primary Exchange Server's
    // default EWS path).
    static QUrl fallbackUrl(const ExchangeServerConnection &server);
};

} // namespace cxsync
