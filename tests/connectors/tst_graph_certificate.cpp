// The Graph certificate credential: certificate files (PEM, encrypted PEM, PKCS#12), the signed client
// assertion, and token requests with it against the Graph sandbox, which verifies the assertion as Entra
// does. Test certificates are made here with libcrypto, so that validity periods (expired ones too) can be
// chosen.
#include "Clock.h"
#include "FakeClock.h"
#include "GraphSandbox.h"
#include "exchange/graph/GraphClientAssertion.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"
#include "net/HttpTrace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <algorithm>
#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Corr3ct-h0rse"_s;
const QString kFileField = u"graph/certificateFile"_s;
const QString kPasswordField = u"secret/graph-certificate-password"_s;

struct OpenSslFree {
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
template <typename T> using Owned = std::unique_ptr<T, OpenSslFree>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

// A self-signed RSA certificate and its key, valid from `notBefore` to `notAfter`.
struct TestCertificate {
    Owned<EVP_PKEY> key;
    Owned<X509> certificate;

    static TestCertificate make(const char *commonName, const QDateTime &notBefore, const QDateTime &notAfter)
    {
        static int serial = 1;
        TestCertificate t;
        t.key.reset(EVP_RSA_gen(2048));
        t.certificate.reset(X509_new());
        X509 *x = t.certificate.get();
        X509_set_version(x, 2);
        ASN1_INTEGER_set(X509_get_serialNumber(x), serial++);
        ASN1_TIME_set(X509_getm_notBefore(x), static_cast<time_t>(notBefore.toSecsSinceEpoch()));
        ASN1_TIME_set(X509_getm_notAfter(x), static_cast<time_t>(notAfter.toSecsSinceEpoch()));
        X509_set_pubkey(x, t.key.get());
        X509_NAME *name = X509_get_subject_name(x);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
        X509_set_issuer_name(x, name);
        X509_sign(x, t.key.get(), EVP_sha256());
        return t;
    }

    QByteArray certificatePem() const
    {
        Owned<BIO> out(BIO_new(BIO_s_mem()));
        PEM_write_bio_X509(out.get(), certificate.get());
        return bioBytes(out.get());
    }
    QByteArray der() const
    {
        QByteArray bytes(i2d_X509(certificate.get(), nullptr), '\0');
        auto *out = reinterpret_cast<unsigned char *>(bytes.data());
        i2d_X509(certificate.get(), &out);
        return bytes;
    }
    QByteArray keyPem() const
    {
        Owned<BIO> out(BIO_new(BIO_s_mem()));
        PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        return bioBytes(out.get());
    }
    // PKCS#8 "ENCRYPTED PRIVATE KEY"
    QByteArray encryptedKeyPem(const QString &password) const
    {
        const QByteArray pass = password.toUtf8();
        Owned<BIO> out(BIO_new(BIO_s_mem()));
        PEM_write_bio_PKCS8PrivateKey(out.get(), key.get(), EVP_aes_256_cbc(), pass.constData(),
                                      static_cast<int>(pass.size()), nullptr, nullptr);
        return bioBytes(out.get());
    }
    // "RSA PRIVATE KEY" with Proc-Type: 4,ENCRYPTED (the format `openssl rsa -aes256` writes)
    QByteArray traditionalEncryptedKeyPem(const QString &password) const
    {
        QByteArray pass = password.toUtf8();
        Owned<BIO> out(BIO_new(BIO_s_mem()));
        PEM_write_bio_PrivateKey_traditional(out.get(), key.get(), EVP_aes_128_cbc(),
                                             reinterpret_cast<unsigned char *>(pass.data()),
                                             static_cast<int>(pass.size()), nullptr, nullptr);
        return bioBytes(out.get());
    }
    QByteArray pkcs12(const QString &password) const
    {
        const QByteArray pass = password.toUtf8();
        Owned<PKCS12> p12(
            PKCS12_create(pass.constData(), "cxsync", key.get(), certificate.get(), nullptr, 0, 0, 0, 0, 0));
        Owned<BIO> out(BIO_new(BIO_s_mem()));
        i2d_PKCS12_bio(out.get(), p12.get());
        return bioBytes(out.get());
    }
    bool verifies(const QByteArray &input, const QByteArray &signature) const
    {
        Owned<EVP_MD_CTX> context(EVP_MD_CTX_new());
        return EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
               EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                static_cast<size_t>(signature.size()),
                                reinterpret_cast<const unsigned char *>(input.constData()),
                                static_cast<size_t>(input.size())) == 1;
    }
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject jwtPart(const QString &jwt, int index)
{
    const QByteArray part = jwt.toLatin1().split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

QStringList *g_traceLines = nullptr;
QtMessageHandler g_previousHandler = nullptr;
void captureTrace(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_traceLines && qstrcmp(context.category, "cxsync.net.trace") == 0)
        g_traceLines->append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestGraphCertificate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadCertificateFile_data();
    void loadCertificateFile();
    void assertionHasEntraShape();
    void tokenWithCertificate_data();
    void tokenWithCertificate();
    void unregisteredCertificateIsAuthAadsts700027();
    void expiredCertificateFailsBeforeAnyRequest();
    void wrongPasswordFailsBeforeAnyRequest();
    void assertionClockSkew_data();
    void assertionClockSkew();
    void malformedAssertionIsAadsts50027();
    void assertionIsNeverTraced();

private:
    QString file(const QString &name) const { return m_dir->filePath(name); }
    void writeFile(const QString &name, const QByteArray &data);
    GraphCredentials credentials(const QString &certificateFile, const QString &password = kPassword) const;
    Result<QString> fetchToken(const GraphCredentials &credentials, Clock *clock);
    int tokenRequests(int status = -1) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestCertificate> m_valid;
    std::unique_ptr<TestCertificate> m_other; // valid, but not registered with the app
    std::unique_ptr<TestCertificate> m_expired;
    std::unique_ptr<TestCertificate> m_future;
    std::unique_ptr<sandbox::GraphSandbox> m_graph;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    QList<int> m_tokenStatuses;
};

void TestGraphCertificate::writeFile(const QString &name, const QByteArray &data)
{
    QFile out(file(name));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(data), data.size());
}

void TestGraphCertificate::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_valid = std::make_unique<TestCertificate>(
        TestCertificate::make("cxsync-graph-app", now.addDays(-1), now.addDays(365)));
    m_other = std::make_unique<TestCertificate>(
        TestCertificate::make("cxsync-graph-other", now.addDays(-1), now.addDays(365)));
    m_expired = std::make_unique<TestCertificate>(
        TestCertificate::make("cxsync-graph-expired", now.addDays(-400), now.addDays(-35)));
    m_future = std::make_unique<TestCertificate>(
        TestCertificate::make("cxsync-graph-future", now.addDays(30), now.addDays(400)));
    QVERIFY(m_valid->key && m_other->key && m_expired->key && m_future->key);

    writeFile(u"app.pem"_s, m_valid->certificatePem() + m_valid->keyPem());
    writeFile(u"key-first.pem"_s, m_valid->keyPem() + m_valid->certificatePem());
    writeFile(u"app-pkcs8-encrypted.pem"_s, m_valid->certificatePem() + m_valid->encryptedKeyPem(kPassword));
    writeFile(u"app-rsa-encrypted.pem"_s,
              m_valid->certificatePem() + m_valid->traditionalEncryptedKeyPem(kPassword));
    writeFile(u"app.pfx"_s, m_valid->pkcs12(kPassword));
    writeFile(u"other.pem"_s, m_other->certificatePem() + m_other->keyPem());
    writeFile(u"expired.pem"_s, m_expired->certificatePem() + m_expired->keyPem());
    writeFile(u"future.pem"_s, m_future->certificatePem() + m_future->keyPem());
    writeFile(u"certificate-only.pem"_s, m_valid->certificatePem());
    writeFile(u"key-only.pem"_s, m_valid->keyPem());
    writeFile(u"mismatch.pem"_s, m_valid->certificatePem() + m_other->keyPem());
    writeFile(u"garbage.pfx"_s, QByteArray("this is not a certificate at all\n"));
}

void TestGraphCertificate::init()
{
    m_graph = std::make_unique<sandbox::GraphSandbox>();
    QVERIFY(m_graph->start());
    m_graph->setClientCertificate(m_valid->certificatePem());
    m_tokenStatuses.clear();
    connect(&m_graph->http(), &sandbox::HttpSandbox::served, this,
            [this](const QString &, const QString &path, int status) {
                if (path.endsWith("/oauth2/v2.0/token"_L1))
                    m_tokenStatuses.append(status);
            });
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
}

void TestGraphCertificate::cleanup()
{
    m_http.reset();
    m_nam.reset();
    m_graph.reset();
}

GraphCredentials TestGraphCertificate::credentials(const QString &certificateFile,
                                                   const QString &password) const
{
    GraphCredentials c;
    c.authority = m_graph->baseUrl();
    c.tenant = m_graph->tenantId();
    c.clientId = m_graph->clientId();
    c.certificateFile = certificateFile.isEmpty() ? QString() : file(certificateFile);
    c.certificatePassword = password;
    return c;
}

Result<QString> TestGraphCertificate::fetchToken(const GraphCredentials &credentials, Clock *clock)
{
    GraphTokenProvider provider(m_http.get(), clock, credentials);
    std::optional<Result<QString>> r;
    bool inside = true;
    provider.token([&](Result<QString> result) {
        if (inside)
            qWarning("the token callback ran inside token()");
        r = std::move(result);
    });
    inside = false;
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

int TestGraphCertificate::tokenRequests(int status) const
{
    return static_cast<int>(std::count_if(m_tokenStatuses.begin(), m_tokenStatuses.end(),
                                          [status](int s) { return status < 0 || s == status; }));
}

// ---- files

void TestGraphCertificate::loadCertificateFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("kind"); // -1: loads
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");

    const int ok = -1;
    const int invalid = int(ErrorKind::Invalid);
    const int auth = int(ErrorKind::Auth);
    QTest::newRow("PEM with certificate then key loads")
        << u"app.pem"_s << QString() << ok << QString() << QString();
    QTest::newRow("PEM with key then certificate loads")
        << u"key-first.pem"_s << QString() << ok << QString() << QString();
    QTest::newRow("PEM with a PKCS#8 encrypted key and its password loads")
        << u"app-pkcs8-encrypted.pem"_s << kPassword << ok << QString() << QString();
    QTest::newRow("PEM with a Proc-Type encrypted RSA key and its password loads")
        << u"app-rsa-encrypted.pem"_s << kPassword << ok << QString() << QString();
    QTest::newRow("PKCS#12 with its password loads")
        << u"app.pfx"_s << kPassword << ok << QString() << QString();
    QTest::newRow("an encrypted PEM key with a wrong password is Auth on the password secret")
        << u"app-pkcs8-encrypted.pem"_s << u"wrong-password"_s << auth << kPasswordField
        << u"does not decrypt"_s;
    QTest::newRow("a Proc-Type encrypted key with a wrong password is Auth on the password secret")
        << u"app-rsa-encrypted.pem"_s << u"wrong-password"_s << auth << kPasswordField
        << u"does not decrypt"_s;
    QTest::newRow("an encrypted PEM key without a stored password is Auth on the password secret")
        << u"app-pkcs8-encrypted.pem"_s << QString() << auth << kPasswordField
        << u"no certificate password"_s;
    QTest::newRow("a PKCS#12 file with a wrong password is Auth on the password secret")
        << u"app.pfx"_s << u"wrong-password"_s << auth << kPasswordField << u"does not open"_s;
    QTest::newRow("a PKCS#12 file without a stored password is Auth on the password secret")
        << u"app.pfx"_s << QString() << auth << kPasswordField << u"no certificate password"_s;
    QTest::newRow("a missing file is Invalid on graph/certificateFile, naming the file")
        << u"nowhere.pem"_s << QString() << invalid << kFileField << u"nowhere.pem"_s;
    QTest::newRow("a certificate without its key is Invalid: no private key")
        << u"certificate-only.pem"_s << QString() << invalid << kFileField << u"no private key"_s;
    QTest::newRow("a key without its certificate is Invalid: no certificate")
        << u"key-only.pem"_s << QString() << invalid << kFileField << u"no certificate"_s;
    QTest::newRow("a key of another pair is Invalid: does not belong to its certificate")
        << u"mismatch.pem"_s << QString() << invalid << kFileField << u"does not belong"_s;
    QTest::newRow("an expired certificate is Auth on graph/certificateFile: expired")
        << u"expired.pem"_s << QString() << auth << kFileField << u"expired on"_s;
    QTest::newRow("a certificate valid only from next month is Auth: not valid before")
        << u"future.pem"_s << QString() << auth << kFileField << u"not valid before"_s;
    QTest::newRow("neither PEM nor PKCS#12 is Invalid on graph/certificateFile")
        << u"garbage.pfx"_s << QString() << invalid << kFileField << u"neither a PEM file nor a PKCS#12"_s;
}

void TestGraphCertificate::loadCertificateFile()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QString, says);
    const auto loaded = GraphClientAssertion::load(file(name), password, QDateTime::currentDateTimeUtc());
    if (kind < 0) {
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value()->certificateDer(), m_valid->der());
        QCOMPARE(loaded.value()->subject(), u"CN=cxsync-graph-app"_s);
        return;
    }
    QVERIFY(!loaded.ok());
    QCOMPARE(int(loaded.error().kind), kind);
    QCOMPARE(loaded.error().field, field);
    QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
    QVERIFY2(loaded.error().message.contains(name), qPrintable(loaded.error().message));
    if (!password.isEmpty())
        QVERIFY2(!loaded.error().message.contains(password), qPrintable(loaded.error().message));
}

void TestGraphCertificate::assertionHasEntraShape()
{
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, QTimeZone::utc());
    const auto loaded = GraphClientAssertion::load(file(u"app.pfx"_s), kPassword, now);
    QVERIFY(loaded.ok());
    const QString audience = u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token"_s;
    const QString clientId = u"6731de76-14a6-49ae-97bc-6eba6914391e"_s;
    const Result<QString> jwt = loaded.value()->create(audience, clientId, now);
    QVERIFY(jwt.ok());
    const QStringList parts = jwt.value().split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);

    const QJsonObject header = jwtPart(jwt.value(), 0);
    QCOMPARE(header.value("alg"_L1).toString(), u"RS256"_s);
    QCOMPARE(header.value("typ"_L1).toString(), u"JWT"_s);
    const QByteArray der = m_valid->der();
    QCOMPARE(header.value("x5t"_L1).toString().toLatin1(),
             b64url(QCryptographicHash::hash(der, QCryptographicHash::Sha1)));
    QCOMPARE(header.value("x5t#S256"_L1).toString().toLatin1(),
             b64url(QCryptographicHash::hash(der, QCryptographicHash::Sha256)));

    const QJsonObject claims = jwtPart(jwt.value(), 1);
    QCOMPARE(claims.value("aud"_L1).toString(), audience);
    QCOMPARE(claims.value("iss"_L1).toString(), clientId);
    QCOMPARE(claims.value("sub"_L1).toString(), clientId);
    QVERIFY(!QUuid::fromString(claims.value("jti"_L1).toString()).isNull());
    QCOMPARE(claims.value("nbf"_L1).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value("iat"_L1).toInteger(), now.toSecsSinceEpoch());
    QCOMPARE(claims.value("exp"_L1).toInteger(), now.toSecsSinceEpoch() + 600);

    // RS256 over "header.claims", checked with the certificate's key independently of the code under test
    const QByteArray signature = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);
    QCOMPARE(signature.size(), 256); // RSA 2048
    QVERIFY(m_valid->verifies((parts[0] + u'.' + parts[1]).toLatin1(), signature));
    QVERIFY(!m_other->verifies((parts[0] + u'.' + parts[1]).toLatin1(), signature));

    // a fresh jti for every assertion
    const Result<QString> second = loaded.value()->create(audience, clientId, now);
    QVERIFY(second.ok());
    QVERIFY(jwtPart(second.value(), 1).value("jti"_L1) != claims.value("jti"_L1));
}

// ---- token requests against the sandbox

void TestGraphCertificate::tokenWithCertificate_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::newRow("PEM certificate and key") << u"app.pem"_s << QString();
    QTest::newRow("PEM with an encrypted key") << u"app-pkcs8-encrypted.pem"_s << kPassword;
    QTest::newRow("PKCS#12") << u"app.pfx"_s << kPassword;
    QTest::newRow("a client secret still works beside the registered certificate") << QString() << QString();
}

void TestGraphCertificate::tokenWithCertificate()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    GraphCredentials c = credentials(name, password);
    if (name.isEmpty())
        c.clientSecret = m_graph->clientSecret();
    QCOMPARE(c.usesCertificate(), !name.isEmpty());
    const Result<QString> token = fetchToken(c, &m_clock);
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
    QCOMPARE(token.value().count(QLatin1Char('.')), 2);
    QCOMPARE(tokenRequests(), 1);
    QCOMPARE(tokenRequests(200), 1);
    // issued to the app
    QCOMPARE(jwtPart(token.value(), 1).value("appid"_L1).toString(), m_graph->clientId());
}

void TestGraphCertificate::unregisteredCertificateIsAuthAadsts700027()
{
    const Result<QString> token = fetchToken(credentials(u"other.pem"_s, QString()), &m_clock);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind, ErrorKind::Auth);
    QCOMPARE(token.error().serverCode, u"AADSTS700027"_s);
    QCOMPARE(token.error().field, kFileField);
    QCOMPARE(token.error().httpStatus, 401);
    QVERIFY2(token.error().message.contains("AADSTS700027"_L1) &&
                 token.error().message.contains("invalid signature"_L1),
             qPrintable(token.error().message));
    QCOMPARE(tokenRequests(401), 1);

    // registered now: the same file works
    m_graph->setClientCertificate(m_other->certificatePem());
    const Result<QString> again = fetchToken(credentials(u"other.pem"_s, QString()), &m_clock);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
}

void TestGraphCertificate::expiredCertificateFailsBeforeAnyRequest()
{
    m_graph->setClientCertificate(m_expired->certificatePem());
    const Result<QString> token = fetchToken(credentials(u"expired.pem"_s, QString()), &m_clock);
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind, ErrorKind::Auth);
    QCOMPARE(token.error().field, kFileField);
    QVERIFY2(token.error().message.contains("expired on"_L1), qPrintable(token.error().message));
    QCOMPARE(tokenRequests(), 0);

    // The provider's clock decides: a certificate that is valid today has expired in two years.
    testsupport::FakeClock later(QDateTime::currentDateTimeUtc().addYears(2));
    const Result<QString> future = fetchToken(credentials(u"app.pem"_s, QString()), &later);
    QVERIFY(!future.ok());
    QCOMPARE(future.error().field, kFileField);
    QVERIFY2(future.error().message.contains("expired on"_L1), qPrintable(future.error().message));
    QCOMPARE(tokenRequests(), 0);
}

void TestGraphCertificate::wrongPasswordFailsBeforeAnyRequest()
{
    for (const QString &name : {u"app.pfx"_s, u"app-pkcs8-encrypted.pem"_s}) {
        const Result<QString> token = fetchToken(credentials(name, u"not-the-password"_s), &m_clock);
        QVERIFY(!token.ok());
        QCOMPARE(token.error().kind, ErrorKind::Auth);
        QCOMPARE(token.error().field, kPasswordField);
        QVERIFY2(!token.error().message.contains("not-the-password"_L1), qPrintable(token.error().message));
    }
    QCOMPARE(tokenRequests(), 0);
}

void TestGraphCertificate::assertionClockSkew_data()
{
    QTest::addColumn<int>("offsetMinutes");  // of this computer's clock against the sandbox (real time)
    QTest::addColumn<QString>("serverCode"); // empty: token obtained
    QTest::newRow("3 minutes behind: within Entra's 5 minutes of skew") << -3 << QString();
    QTest::newRow("3 minutes ahead: within Entra's 5 minutes of skew") << 3 << QString();
    QTest::newRow("20 minutes behind: the assertion expired 10 minutes ago, AADSTS700024")
        << -20 << u"AADSTS700024"_s;
    QTest::newRow("20 minutes ahead: the assertion is not valid yet, AADSTS700024")
        << 20 << u"AADSTS700024"_s;
}

void TestGraphCertificate::assertionClockSkew()
{
    QFETCH(int, offsetMinutes);
    QFETCH(QString, serverCode);
    testsupport::FakeClock skewed(QDateTime::currentDateTimeUtc().addSecs(offsetMinutes * 60));
    const Result<QString> token = fetchToken(credentials(u"app.pem"_s, QString()), &skewed);
    QCOMPARE(tokenRequests(), 1);
    if (serverCode.isEmpty()) {
        QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));
        return;
    }
    QVERIFY(!token.ok());
    QCOMPARE(token.error().kind, ErrorKind::Auth);
    QCOMPARE(token.error().serverCode, serverCode);
    QVERIFY2(token.error().message.contains("not within its valid time range"_L1),
             qPrintable(token.error().message));
}

void TestGraphCertificate::malformedAssertionIsAadsts50027()
{
    // what a client that forgot to sign, or sent a bare token, would send
    net::HttpRequest request;
    request.method = "POST";
    request.url = credentials(QString()).tokenEndpoint();
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = "client_id=" + m_graph->clientId().toLatin1() +
                   "&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials"
                   "&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
                   "&client_assertion=not.a-jwt";
    std::optional<Result<net::HttpResponse>> r;
    m_http->send(request, [&](Result<net::HttpResponse> result) { r = std::move(result); });
    QVERIFY(QTest::qWaitFor([&] { return r.has_value(); }, 20000));
    QVERIFY(!r->ok());
    const Error error = GraphTokenProvider::tokenError(r->error(), true);
    QCOMPARE(error.serverCode, u"AADSTS50027"_s);
    QCOMPARE(error.kind, ErrorKind::Auth);
    QCOMPARE(error.httpStatus, 400);
}

void TestGraphCertificate::assertionIsNeverTraced()
{
    QStringList lines;
    g_traceLines = &lines;
    g_previousHandler = qInstallMessageHandler(captureTrace);
    net::HttpTrace::setEnabled(true);
    const Result<QString> token = fetchToken(credentials(u"app.pfx"_s), &m_clock);
    net::HttpTrace::setEnabled(false);
    qInstallMessageHandler(g_previousHandler);
    g_traceLines = nullptr;
    QVERIFY2(token.ok(), qPrintable(token.ok() ? QString() : token.error().message));

    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 2, qPrintable(all)); // the request and the answer
    QVERIFY2(all.contains("client_assertion=***"_L1), qPrintable(all));
    QVERIFY2(all.contains("client_assertion_type=urn"_L1), qPrintable(all)); // not a secret: stays readable
    // Neither the assertion nor the access token appear: every JWT starts with "eyJ" ('{"' in base64url).
    QVERIFY2(!all.contains("eyJ"_L1), qPrintable(all));
    QVERIFY2(!all.contains(token.value()), qPrintable(all));
    QVERIFY2(!all.contains(kPassword), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestGraphCertificate)
#include "tst_graph_certificate.moc"
