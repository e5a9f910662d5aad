#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace cxsync::exchange {

// The certificate credential of an Entra app registration (PROTOCOLS.md A1): a certificate with its RSA
// private key, which signs client assertions. Token requests then carry
// client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer and client_assertion=<JWT>
// instead of client_secret.
//
// The JWT: header {alg: RS256, typ: JWT, x5t: base64url(SHA-1 of the certificate DER), x5t#S256: base64url
// (SHA-256)}, claims aud = the token endpoint, iss = sub = client id, jti = a random GUID, nbf = iat = now,
// exp = now + 10 minutes.
//
// Files: PEM with certificate and key in one file (the key may be encrypted: PKCS#8 "ENCRYPTED PRIVATE KEY"
// or a traditional key with Proc-Type ENCRYPTED), or PKCS#12 (.pfx/.p12). The format is recognised by
// content. Errors name the setting `graph/certificateFile` or, for password problems, the secret
// `secret/graph-certificate-password`; they never contain the password.
//
// OpenSSL stays inside the .cpp: the rest of core never sees its headers.
class GraphClientAssertion final {
    Q_DECLARE_TR_FUNCTIONS(GraphClientAssertion)
public:
    static constexpr int kLifetimeSecs = 600;

    ~GraphClientAssertion();
    GraphClientAssertion(const GraphClientAssertion &) = delete;
    GraphClientAssertion &operator=(const GraphClientAssertion &) = delete;

    // Reads `path`, decrypts the key with `password` (may be empty) and checks that the key is RSA, that a
    // certificate in the file belongs to it and that this certificate is valid at `nowUtc`.
    static Result<std::shared_ptr<const GraphClientAssertion>>
    load(const QString &path, const QString &password, const QDateTime &nowUtc);
    // The same from bytes; `source` names the origin in messages (usually the file path).
    static Result<std::shared_ptr<const GraphClientAssertion>>
    fromData(const QByteArray &data, const QString &password, const QDateTime &nowUtc, const QString &source);

    // ErrorKind::Auth on graph/certificateFile when the certificate is expired or not yet valid at `nowUtc`.
    Status checkValidity(const QDateTime &nowUtc) const;
    // A signed client assertion (compact JWS) for `audience` (the token endpoint URL).
    Result<QString> create(const QString &audience, const QString &clientId, const QDateTime &nowUtc) const;

    QByteArray certificateDer() const;
    QByteArray certificatePem() const;
    QByteArray thumbprintSha1() const;   // raw digest of the DER
    QByteArray thumbprintSha256() const; // raw digest of the DER
    QString subject() const;
    QDateTime notBeforeUtc() const;
    QDateTime notAfterUtc() const;
    QString source() const;

private:
    struct Private;
    explicit GraphClientAssertion(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace cxsync::exchange
