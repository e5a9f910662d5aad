#include "exchange/graph/GraphClientAssertion.h"

#include "config/Secret.h"
#include "config/SettingsSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
#include <openssl/provider.h>
#endif

#include <algorithm>
#include <cstring>
#include <ctime>
#include <vector>

namespace cxsync::exchange {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024; // certificate files are a few KB

struct OpenSslFree {
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, OpenSslFree>;

// OpenSSL keeps a per-thread error queue that Qt's TLS backend reads as well: leave it empty behind us.
struct ErrorQueueGuard {
    ErrorQueueGuard() { ERR_clear_error(); }
    ~ErrorQueueGuard() { ERR_clear_error(); }
    ErrorQueueGuard(const ErrorQueueGuard &) = delete;
    ErrorQueueGuard &operator=(const ErrorQueueGuard &) = delete;
};

// The password as bytes, wiped when no longer needed.
struct PasswordBytes {
    QByteArray bytes;
    explicit PasswordBytes(const QString &password) : bytes(password.toUtf8()) {}
    ~PasswordBytes()
    {
        if (!bytes.isEmpty())
            OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;
};

// Always given to OpenSSL's PEM readers: without a callback OpenSSL would prompt on the terminal.
int passwordCallback(char *buffer, int size, int /*rwflag*/, void *userdata)
{
    const auto *password = static_cast<const QByteArray *>(userdata);
    if (!password || password->isEmpty() || size <= 0)
        return 0;
    const int length = std::min(size, static_cast<int>(password->size()));
    std::memcpy(buffer, password->constData(), static_cast<size_t>(length));
    return length;
}

QString lastOpenSslReason()
{
    const unsigned long code = ERR_peek_last_error();
    if (code == 0)
        return QString();
    const char *reason = ERR_reason_error_string(code);
    return reason ? QString::fromLatin1(reason) : QStringLiteral("OpenSSL error %1").arg(code, 0, 16);
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QDateTime toUtc(const ASN1_TIME *time)
{
    if (!time)
        return {};
    std::tm tm{};
    if (ASN1_TIME_to_tm(time, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), QTimeZone::utc());
}

Owned<BIO> memoryBio(const QByteArray &data)
{
    return Owned<BIO>(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 && data ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

QString subjectOf(X509 *certificate)
{
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    if (!out || X509_NAME_print_ex(out.get(), X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253) < 0)
        return QString();
    return QString::fromUtf8(bioBytes(out.get()));
}

QString secretField()
{
    return QStringLiteral("secret/") + secretName(Secret::GraphCertificatePassword);
}

} // namespace

struct GraphClientAssertion::Private {
    Owned<EVP_PKEY> key;
    Owned<X509> certificate;
    QByteArray der;
    QString source;
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
};

GraphClientAssertion::GraphClientAssertion(std::unique_ptr<Private> data) : d(std::move(data)) {}

GraphClientAssertion::~GraphClientAssertion() = default;

Result<std::shared_ptr<const GraphClientAssertion>>
GraphClientAssertion::load(const QString &path, const QString &password, const QDateTime &nowUtc)
{
    const QString field = Keys::GraphCertificateFile;
    if (path.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, tr("No client certificate file is set."), field);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Invalid,
            tr("The client certificate file %1 cannot be read: %2.").arg(path, file.errorString()), field);
    if (file.size() > kMaxFileBytes)
        return makeError(ErrorKind::Invalid,
                         tr("The client certificate file %1 is too large to be a certificate (%2 bytes).")
                             .arg(path)
                             .arg(file.size()),
                         field);
    const QByteArray data = file.readAll();
    if (data.isEmpty())
        return makeError(ErrorKind::Invalid, tr("The client certificate file %1 is empty.").arg(path), field);
    return fromData(data, password, nowUtc, path);
}

Result<std::shared_ptr<const GraphClientAssertion>> GraphClientAssertion::fromData(const QByteArray &data,
                                                                                   const QString &password,
                                                                                   const QDateTime &nowUtc,
                                                                                   const QString &source)
{
    const ErrorQueueGuard errors;
    const QString field = Keys::GraphCertificateFile;
    PasswordBytes secret(password);
    Owned<EVP_PKEY> key;
    std::vector<Owned<X509>> certificates;

    if (data.contains("-----BEGIN ")) {
        // PEM: every certificate in the file (a chain may follow the leaf), then the private key.
        Owned<BIO> certBio = memoryBio(data);
        while (X509 *cert = PEM_read_bio_X509(certBio.get(), nullptr, passwordCallback, nullptr))
            certificates.emplace_back(cert);
        ERR_clear_error(); // the loop ends with "no start line"
        if (!data.contains("PRIVATE KEY-----"))
            return makeError(
                ErrorKind::Invalid,
                tr("%1 contains no private key: the file must hold the certificate together with "
                   "its private key (PEM with both, or a .pfx/.p12 file).")
                    .arg(source),
                field);
        const bool encrypted =
            data.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || data.contains("Proc-Type: 4,ENCRYPTED");
        Owned<BIO> keyBio = memoryBio(data);
        key.reset(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passwordCallback, &secret.bytes));
        if (!key) {
            if (encrypted && secret.bytes.isEmpty())
                return makeError(ErrorKind::Auth,
                                 tr("The private key in %1 is encrypted, but no certificate password is "
                                    "stored.")
                                     .arg(source),
                                 secretField());
            if (encrypted)
                return makeError(ErrorKind::Auth,
                                 tr("The certificate password does not decrypt the private key in %1: check "
                                    "the stored certificate password.")
                                     .arg(source),
                                 secretField());
            return makeError(
                ErrorKind::Invalid,
                tr("The private key in %1 cannot be read (%2).").arg(source, lastOpenSslReason()), field);
        }
    } else {
        Owned<BIO> bio = memoryBio(data);
        Owned<PKCS12> p12(d2i_PKCS12_bio(bio.get(), nullptr));
        if (!p12)
            return makeError(ErrorKind::Invalid,
                             tr("%1 is neither a PEM file nor a PKCS#12 (.pfx/.p12) file.").arg(source),
                             field);
        if (PKCS12_mac_present(p12.get())) {
            const bool opens = secret.bytes.isEmpty()
                                   ? PKCS12_verify_mac(p12.get(), "", 0) == 1 ||
                                         PKCS12_verify_mac(p12.get(), nullptr, 0) == 1
                                   : PKCS12_verify_mac(p12.get(), secret.bytes.constData(),
                                                       static_cast<int>(secret.bytes.size())) == 1;
            if (!opens)
                return makeError(ErrorKind::Auth,
                                 secret.bytes.isEmpty()
                                     ? tr("%1 is protected by a password, but no certificate password is "
                                          "stored.")
                                           .arg(source)
                                     : tr("The certificate password does not open %1: check the stored "
                                          "certificate password.")
                                           .arg(source),
                                 secretField());
        }
        const char *pass = secret.bytes.isEmpty() ? nullptr : secret.bytes.constData();
        auto parse = [&]() {
            EVP_PKEY *parsedKey = nullptr;
            X509 *leaf = nullptr;
            STACK_OF(X509) *chain = nullptr;
            if (PKCS12_parse(p12.get(), pass, &parsedKey, &leaf, &chain) != 1)
                return false;
            key.reset(parsedKey);
            if (leaf)
                certificates.emplace_back(leaf);
            while (chain && sk_X509_num(chain) > 0)
                certificates.emplace_back(sk_X509_shift(chain));
            sk_X509_free(chain);
            return true;
        };
        bool parsed = parse();
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
        if (!parsed) {
            // Files exported by older Windows versions encrypt with RC2/3DES-era algorithms that OpenSSL 3
            // keeps in its "legacy" provider. Loading it only adds algorithms; the default ones stay.
            ERR_clear_error();
            if (OSSL_PROVIDER_try_load(nullptr, "legacy", 1))
                parsed = parse();
        }
#endif
        if (!parsed)
            return makeError(ErrorKind::Invalid,
                             tr("%1 cannot be decrypted (%2).").arg(source, lastOpenSslReason()), field);
        if (!key)
            return makeError(
                ErrorKind::Invalid,
                tr("%1 contains no private key: export the certificate together with its private "
                   "key.")
                    .arg(source),
                field);
    }

    if (certificates.empty())
        return makeError(ErrorKind::Invalid,
                         tr("%1 contains no certificate, only a key: put the certificate and its private key "
                            "in one file.")
                             .arg(source),
                         field);
    if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
        return makeError(ErrorKind::Invalid,
                         tr("The private key in %1 is not an RSA key: Microsoft Entra client assertions are "
                            "signed with RS256, which needs an RSA certificate.")
                             .arg(source),
                         field);
    auto match = std::find_if(certificates.begin(), certificates.end(), [&key](const Owned<X509> &cert) {
        return X509_check_private_key(cert.get(), key.get()) == 1;
    });
    ERR_clear_error();
    if (match == certificates.end())
        return makeError(ErrorKind::Invalid,
                         tr("The private key in %1 does not belong to its certificate (%2): the certificate "
                            "and the key come from different key pairs.")
                             .arg(source, subjectOf(certificates.front().get())),
                         field);

    auto d = std::make_unique<Private>();
    d->key = std::move(key);
    d->certificate = std::move(*match);
    d->source = source;
    d->subject = subjectOf(d->certificate.get());
    d->notBefore = toUtc(X509_get0_notBefore(d->certificate.get()));
    d->notAfter = toUtc(X509_get0_notAfter(d->certificate.get()));
    const int length = i2d_X509(d->certificate.get(), nullptr);
    if (length <= 0 || !d->notBefore.isValid() || !d->notAfter.isValid())
        return makeError(ErrorKind::Invalid, tr("The certificate in %1 cannot be read.").arg(source), field);
    d->der.resize(length);
    auto *out = reinterpret_cast<unsigned char *>(d->der.data());
    i2d_X509(d->certificate.get(), &out);

    std::shared_ptr<const GraphClientAssertion> credential(new GraphClientAssertion(std::move(d)));
    if (Status valid = credential->checkValidity(nowUtc); !valid.ok())
        return valid.error();
    return credential;
}

Status GraphClientAssertion::checkValidity(const QDateTime &nowUtc) const
{
    const QString when = QStringLiteral("%1 UTC");
    if (nowUtc >= d->notAfter)
        return makeError(
            ErrorKind::Auth,
            tr("The client certificate in %1 (%2) expired on %3: create a new certificate, add it "
               "to the app registration and replace the file.")
                .arg(d->source, d->subject,
                     when.arg(d->notAfter.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
            Keys::GraphCertificateFile);
    if (nowUtc < d->notBefore)
        return makeError(ErrorKind::Auth,
                         tr("The client certificate in %1 (%2) is not valid before %3: check this computer's "
                            "clock.")
                             .arg(d->source, d->subject,
                                  when.arg(d->notBefore.toString(QStringLiteral("yyyy-MM-dd HH:mm")))),
                         Keys::GraphCertificateFile);
    return {};
}

Result<QString> GraphClientAssertion::create(const QString &audience, const QString &clientId,
                                             const QDateTime &nowUtc) const
{
    if (Status valid = checkValidity(nowUtc); !valid.ok())
        return valid.error();
    const QJsonObject header{
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("typ"), QStringLiteral("JWT")},
        {QStringLiteral("x5t"), QString::fromLatin1(base64Url(thumbprintSha1()))},
        {QStringLiteral("x5t#S256"), QString::fromLatin1(base64Url(thumbprintSha256()))}};
    const qint64 now = nowUtc.toSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("aud"), audience},
                             {QStringLiteral("iss"), clientId},
                             {QStringLiteral("sub"), clientId},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {QStringLiteral("nbf"), now},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + kLifetimeSecs}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                    base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    const ErrorQueueGuard errors;
    Owned<EVP_MD_CTX> context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    const auto inputLength = static_cast<size_t>(signingInput.size());
    QByteArray signature;
    bool signedOk = context &&
                    EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, d->key.get()) == 1 &&
                    EVP_DigestSign(context.get(), nullptr, &length, input, inputLength) == 1 && length > 0;
    if (signedOk) {
        signature.resize(static_cast<qsizetype>(length));
        signedOk = EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                                  input, inputLength) == 1;
        signature.resize(static_cast<qsizetype>(length));
    }
    if (!signedOk)
        return makeError(ErrorKind::Invalid,
                         tr("The private key in %1 could not sign the client assertion (%2).")
                             .arg(d->source, lastOpenSslReason()),
                         Keys::GraphCertificateFile);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

QByteArray GraphClientAssertion::certificateDer() const
{
    return d->der;
}

QByteArray GraphClientAssertion::certificatePem() const
{
    Owned<BIO> out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), d->certificate.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioBytes(out.get());
}

QByteArray GraphClientAssertion::thumbprintSha1() const
{
    return QCryptographicHash::hash(d->der, QCryptographicHash::Sha1);
}

QByteArray GraphClientAssertion::thumbprintSha256() const
{
    return QCryptographicHash::hash(d->der, QCryptographicHash::Sha256);
}

QString GraphClientAssertion::subject() const
{
    return d->subject;
}

QDateTime GraphClientAssertion::notBeforeUtc() const
{
    return d->notBefore;
}

QDateTime GraphClientAssertion::notAfterUtc() const
{
    return d->notAfter;
}

QString GraphClientAssertion::source() const
{
    return d->source;
}

} // namespace cxsync::exchange
