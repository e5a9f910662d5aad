#include "GraphAssertionVerifier.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

struct OpenSslFree {
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, OpenSslFree>;

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &text)
{
    const auto bytes = fromBase64Url(text);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QDateTime toUtc(const ASN1_TIME *time)
{
    std::tm tm{};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

// Entra's own rendering: 7 fractional digits and Z.
QString entraTime(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"0000Z"_s;
}

QString thumbprintHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex().toUpper());
}

GraphAssertionVerifier::Failure malformed(const QString &text)
{
    return {400, u"invalid_request"_s, 50027, text};
}

} // namespace

bool GraphAssertionVerifier::setCertificate(const QByteArray &pem)
{
    m_der.clear();
    m_sha1.clear();
    m_sha256.clear();
    m_notBefore = m_notAfter = QDateTime();
    if (pem.isEmpty())
        return true;
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    Owned<X509> certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    const int length = certificate ? i2d_X509(certificate.get(), nullptr) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return false;
    }
    m_der.resize(length);
    auto *out = reinterpret_cast<unsigned char *>(m_der.data());
    i2d_X509(certificate.get(), &out);
    m_sha1 = QCryptographicHash::hash(m_der, QCryptographicHash::Sha1);
    m_sha256 = QCryptographicHash::hash(m_der, QCryptographicHash::Sha256);
    m_notBefore = toUtc(X509_get0_notBefore(certificate.get()));
    m_notAfter = toUtc(X509_get0_notAfter(certificate.get()));
    return true;
}

std::optional<GraphAssertionVerifier::Failure> GraphAssertionVerifier::verify(const QString &assertion,
                                                                              const QString &audience,
                                                                              const QString &clientId,
                                                                              const QDateTime &nowUtc) const
{
    const QByteArray jwt = assertion.toLatin1();
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() || parts[2].isEmpty())
        return malformed(u"JWT token is invalid or malformed."_s);
    const auto header = jsonPart(parts[0]);
    const auto claims = jsonPart(parts[1]);
    const auto signature = fromBase64Url(parts[2]);
    if (!header || !claims || !signature || signature->isEmpty())
        return malformed(u"JWT token is invalid or malformed."_s);
    if (header->value("alg"_L1).toString() != "RS256"_L1)
        return malformed(u"Invalid JWT token. The signing algorithm '%1' is not supported."_s.arg(
            header->value("alg"_L1).toString()));
    const QString x5t = header->value("x5t"_L1).toString();
    if (x5t.isEmpty())
        return malformed(u"Invalid JWT token. No certificate thumbprint specified in token header."_s);
    const auto sha1 = fromBase64Url(x5t.toLatin1());
    if (!sha1 || sha1->size() != 20)
        return malformed(
            u"Invalid JWT token. The certificate thumbprint in the token header is malformed."_s);

    const auto invalidSignature = [&](const QString &reason, const QString &found) {
        return Failure{
            401, u"invalid_client"_s, 700027,
            u"Client assertion contains an invalid signature. [Reason - %1, Thumbprint of key used by "
            u"client: '%2'%3, Please visit the Azure Portal, Graph Explorer or directly use MS Graph "
            u"to see configured keys for app Id '%4'.]"_s.arg(reason, thumbprintHex(*sha1), found, clientId)};
    };
    bool known = hasCertificate() && *sha1 == m_sha1;
    if (known && header->contains("x5t#S256"_L1)) {
        const auto sha256 = fromBase64Url(header->value("x5t#S256"_L1).toString().toLatin1());
        known = sha256 && *sha256 == m_sha256;
    }
    if (!known)
        return invalidSignature(u"The key was not found."_s, QString());

    const auto *der = reinterpret_cast<const unsigned char *>(m_der.constData());
    Owned<X509> certificate(d2i_X509(nullptr, &der, static_cast<long>(m_der.size())));
    EVP_PKEY *publicKey = certificate ? X509_get0_pubkey(certificate.get()) : nullptr;
    Owned<EVP_MD_CTX> context(EVP_MD_CTX_new());
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const bool verified =
        publicKey && context &&
        EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey) == 1 &&
        EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature->constData()),
                         static_cast<size_t>(signature->size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         static_cast<size_t>(signingInput.size())) == 1;
    ERR_clear_error();
    if (!verified)
        return invalidSignature(
            u"The provided signature value did not match the expected signature value."_s,
            u", Found key 'Start=%1, End=%2'"_s.arg(m_notBefore.toString(u"MM/dd/yyyy HH:mm:ss"_s),
                                                    m_notAfter.toString(u"MM/dd/yyyy HH:mm:ss"_s)));

    auto trimmed = [](QString url) {
        while (url.endsWith('/'_L1))
            url.chop(1);
        return url;
    };
    if (trimmed(claims->value("aud"_L1).toString()).compare(trimmed(audience), Qt::CaseInsensitive) != 0)
        return Failure{401, u"invalid_client"_s, 50012,
                       u"Client assertion audience claim does not match Realm issuer."_s};
    const QString issuer = claims->value("iss"_L1).toString();
    if (issuer != claims->value("sub"_L1).toString())
        return Failure{401, u"invalid_client"_s, 50048,
                       u"Subject must match the issuer claim in the client assertion."_s};
    if (issuer != clientId)
        return Failure{401, u"invalid_client"_s, 700021,
                       u"Client assertion application identifier doesn't match 'client_id' parameter."_s};

    const QJsonValue nbf = claims->value("nbf"_L1);
    const QJsonValue exp = claims->value("exp"_L1);
    if (!exp.isDouble() || (!nbf.isUndefined() && !nbf.isDouble()))
        return malformed(u"JWT token is invalid or malformed. The 'exp' or 'nbf' claim is not a number."_s);
    const QDateTime notBefore = QDateTime::fromSecsSinceEpoch(nbf.toInteger(0), QTimeZone::utc());
    const QDateTime expires = QDateTime::fromSecsSinceEpoch(exp.toInteger(), QTimeZone::utc());
    if (nowUtc.addSecs(kClockSkewSecs) < notBefore || nowUtc.addSecs(-kClockSkewSecs) >= expires)
        return Failure{401, u"invalid_client"_s, 700024,
                       u"Client assertion is not within its valid time range. Current time: %1, assertion "
                       u"valid from %2, expiry time of assertion %3. Review the documentation at "
                       u"https://learn.microsoft.com/entra/identity-platform/certificate-credentials ."_s.arg(
                           entraTime(nowUtc), entraTime(notBefore), entraTime(expires))};
    return std::nullopt;
}

} // namespace cxsync::sandbox
