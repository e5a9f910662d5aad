#include "hooks/ListenerTls.h"

#include "config/SettingsSchema.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace cxsync {

namespace {

struct OpenSslFree {
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, OpenSslFree>;

// Qt cannot tell whether a private key belongs to a certificate; libcrypto can.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    Owned<BIO> certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Owned<BIO> keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    if (!certBio || !keyBio)
        return false;
    Owned<X509> certificate(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    // An empty passphrase: an encrypted key fails here (and was already refused by QSslKey).
    Owned<EVP_PKEY> key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, const_cast<char *>("")));
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace

Result<ListenerTls> ListenerTls::load(const QString &certificateFile, const QString &keyFile)
{
    const QString certField = Keys::ListenerCertificateFile;
    const QString keyField = Keys::ListenerKeyFile;
    if (certificateFile.isEmpty() != keyFile.isEmpty()) {
        return certificateFile.isEmpty()
                   ? makeError(ErrorKind::Invalid,
                               tr("%1 is required when %2 is set (both or neither).")
                                   .arg(SettingsSchema::label(certField), SettingsSchema::label(keyField)),
                               certField)
                   : makeError(ErrorKind::Invalid,
                               tr("%1 is required when %2 is set (both or neither).")
                                   .arg(SettingsSchema::label(keyField), SettingsSchema::label(certField)),
                               keyField);
    }
    QFile certFile(certificateFile), keyIn(keyFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Invalid,
                         tr("The listener certificate %1 cannot be read (%2).")
                             .arg(certificateFile, certFile.errorString()),
                         certField);
    if (!keyIn.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Invalid,
                         tr("The listener key %1 cannot be read (%2).").arg(keyFile, keyIn.errorString()),
                         keyField);
    const QByteArray certPem = certFile.readAll();
    const QByteArray keyPem = keyIn.readAll();
    ListenerTls tls;
    tls.certificate = QSslCertificate(certPem, QSsl::Pem);
    if (tls.certificate.isNull())
        return makeError(ErrorKind::Invalid, tr("%1 holds no PEM certificate.").arg(certificateFile),
                         certField);
    tls.key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (tls.key.isNull())
        tls.key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (tls.key.isNull() || tls.key.type() != QSsl::PrivateKey)
        return makeError(ErrorKind::Invalid,
                         tr("%1 holds no unencrypted PEM private key (RSA or EC).").arg(keyFile), keyField);
    if (!keyMatchesCertificate(certPem, keyPem))
        return makeError(ErrorKind::Invalid,
                         tr("The private key in %1 does not belong to the certificate in %2.")
                             .arg(keyFile, certificateFile),
                         keyField);
    return tls;
}

} // namespace cxsync
