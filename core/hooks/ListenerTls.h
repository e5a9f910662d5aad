#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace cxsync {

// The notification listener's own TLS certificate and private key (settings listener/certificateFile and
// listener/keyFile, PEM). Without them the listener speaks plain HTTP behind a TLS-terminating proxy.
// One loader for the settings validator (before Save) and the listener (at start), so both say the same
// thing, naming the field at fault: a file that cannot be read, no PEM certificate, no unencrypted RSA or EC
// key, or a key that is not the certificate's.
struct ListenerTls {
    QSslCertificate certificate;
    QSslKey key;

    Q_DECLARE_TR_FUNCTIONS(cxsync::ListenerTls)
public:
    static Result<ListenerTls> load(const QString &certificateFile, const QString &keyFile);
};

} // namespace cxsync
