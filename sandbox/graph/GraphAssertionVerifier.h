#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cxsync::sandbox {

// Checks a client assertion (the signed JWT of a certificate credential) as Microsoft Entra's token endpoint
// does, against the one certificate registered for the app:
// - a compact JWS with a JSON header and claims, alg RS256 and a thumbprint (x5t) - else AADSTS50027;
// - x5t (and x5t#S256 when present) naming the registered certificate, and an RS256 signature that verifies
//   with its public key - else AADSTS700027 (key not found / signature mismatch);
// - aud = the token endpoint (AADSTS50012), iss = sub (AADSTS50048) = client_id (AADSTS700021);
// - nbf <= now < exp, with 5 minutes of clock skew allowed either way - else AADSTS700024.
class GraphAssertionVerifier final {
public:
    struct Failure {
        int status = 401;
        QString error; // OAuth error: invalid_client, invalid_request
        int code = 0;  // the AADSTS number
        QString text;  // the description after "AADSTS<code>: "
    };
    static constexpr qint64 kClockSkewSecs = 300;

    // The registered certificate (PEM). Empty or unreadable: no key is registered, so every assertion fails
    // with AADSTS700027. Returns false for unreadable PEM.
    bool setCertificate(const QByteArray &pem);
    bool hasCertificate() const { return !m_der.isEmpty(); }

    std::optional<Failure> verify(const QString &assertion, const QString &audience, const QString &clientId,
                                  const QDateTime &nowUtc) const;

private:
    QByteArray m_der; // the registered certificate, DER
    QByteArray m_sha1;
    QByteArray m_sha256;
    QDateTime m_notBefore;
    QDateTime m_notAfter;
};

} // namespace cxsync::sandbox
