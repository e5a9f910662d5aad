// The notification listener serving HTTPS itself (listener/certificateFile + listener/keyFile) with a
// self-signed certificate made here by the openssl command: Graph's validation handshake and a notification
// over TLS from a client that trusts exactly that certificate; a client that does not trust it gets no
// answer. And the settings validation of those two files: both or neither, readable, a certificate, a key,
// and the key must be the certificate's — each error naming its field.
#include "CoreTestSupport.h"
#include "config/SettingsValidator.h"
#include "hooks/ListenerTls.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "store/Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace cxsync;

class TestListenerTls final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cert, m_key, m_otherKey, m_garbage;
    const QString m_secret = QStringLiteral("tls-client-state-0123456789abcdefghij");
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<NotificationInbox> m_inbox;
    SystemClock m_clock;

    bool openssl(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("openssl %s: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
            return false;
        }
        return true;
    }

#ifdef Q_OS_UNIX
    // Runs one test function of this executable as `nobody` and expects it to pass (not skip).
    static void runAsNobody(const QString &function)
    {
        const struct passwd *nobody = ::getpwnam("nobody");
        QVERIFY2(nobody, "there is no user 'nobody' to run this case as");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is not installed");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXSYNC_TEST_DROPPED_PRIVILEGES"), QStringLiteral("1"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(setpriv, {QStringLiteral("--reuid=%1").arg(nobody->pw_uid),
                              QStringLiteral("--regid=%1").arg(nobody->pw_gid), QStringLiteral("--clear-groups"),
                              QCoreApplication::applicationFilePath(), function});
        QVERIFY2(child.waitForFinished(60000), "the child run as nobody did not finish");
        const QByteArray output = child.readAll();
        qInfo().noquote() << output.trimmed();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestListenerTls::" + function.toUtf8() + "()") &&
                     output.contains(" 0 skipped"),
                 output.constData());
    }
#endif

    static QNetworkReply *waitFor(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        return reply;
    }

    QNetworkRequest request(quint16 port, const QString &query, bool trust) const
    {
        QNetworkRequest r(
            QUrl(QStringLiteral("https://127.0.0.1:%1/cxsync/notifications%2").arg(port).arg(query)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Only the self-signed certificate is trusted (not the system's CAs), or nothing at all.
        QFile f(m_cert);
        tls.setCaCertificates(trust && f.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(f.readAll())
                                                                   : QList<QSslCertificate>());
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        r.setSslConfiguration(tls);
        return r;
    }

    std::unique_ptr<NotificationListener> listener(const QString &cert, const QString &key,
                                                   const BoundedHttpServer::Limits &limits = {})
    {
        NotificationListener::Options options;
        options.limits = limits;
        options.path = QStringLiteral("/cxsync/notifications");
        options.clientState = m_secret;
        options.certificateFile = cert;
        options.keyFile = key;
        return std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, options);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        m_cert = m_dir.filePath(QStringLiteral("listener.crt"));
        m_key = m_dir.filePath(QStringLiteral("listener.key"));
        m_otherKey = m_dir.filePath(QStringLiteral("other.key"));
        m_garbage = m_dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         m_key, QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                         QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")}));
        QVERIFY(openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                         QStringLiteral("-out"), m_otherKey}));
        QFile garbage(m_garbage);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a certificate\n");
    }

    void init()
    {
        const QString path = m_dir.filePath(
            QStringLiteral("journal-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        auto opened = Journal::open(path);
        QVERIFY(opened.ok());
        m_journal = std::move(opened).value();
        m_inbox = std::make_unique<NotificationInbox>(m_journal.get());
    }

    void cleanup()
    {
        m_inbox.reset();
        m_journal.reset();
    }

    void handshakeAndNotificationOverHttps()
    {
        auto server = listener(m_cert, m_key);
        const auto started = server->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(server->isTls());
        const quint16 port = started.value();
        QNetworkAccessManager network;

        // Graph's validation handshake: the decoded token back as text/plain, over TLS.
        std::unique_ptr<QNetworkReply> handshake(waitFor(network.post(
            request(port, QStringLiteral("?validationToken=Validation%3A%20Testing%20client%20application"),
                    true),
            QByteArray())));
        QCOMPARE(handshake->error(), QNetworkReply::NoError);
        QCOMPARE(handshake->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(handshake->readAll(), QByteArray("Validation: Testing client application"));
        QVERIFY(handshake->sslConfiguration().peerCertificate() ==
                QSslCertificate::fromPath(m_cert).value(0));

        // A change notification: stored in the journal's inbox before the 202.
        const QJsonObject notification{
            {QStringLiteral("subscriptionId"), QStringLiteral("sub-tls-1")},
            {QStringLiteral("clientState"), m_secret},
            {QStringLiteral("changeType"), QStringLiteral("updated")},
            {QStringLiteral("resource"), QStringLiteral("Users/anna-id/Events/AAMkAD1")}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("value"), QJsonArray{notification}}})
                .toJson(QJsonDocument::Compact);
        QSignalSpy queued(server.get(), &NotificationListener::changeQueued);
        std::unique_ptr<QNetworkReply> posted(waitFor(network.post(request(port, {}, true), body)));
        QCOMPARE(posted->error(), QNetworkReply::NoError);
        QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        QCOMPARE(queued.size(), 1);
        const auto pending = m_inbox->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 1);
        QCOMPARE(pending.value().first().mailbox, QStringLiteral("anna-id"));
        QCOMPARE(pending.value().first().subscriptionId, QStringLiteral("sub-tls-1"));
    }

    void aClientThatDoesNotTrustTheCertificateGetsNoAnswer()
    {
        auto server = listener(m_cert, m_key);
        const auto started = server->start();
        QVERIFY(started.ok());
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(waitFor(network.post(
            request(started.value(), QStringLiteral("?validationToken=x"), false), QByteArray())));
        QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
        // And plain HTTP to the TLS port is not served either.
        QNetworkRequest plain(
            QUrl(QStringLiteral("http://127.0.0.1:%1/cxsync/notifications?validationToken=x")
                     .arg(started.value())));
        plain.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        plain.setTransferTimeout(5000);
        std::unique_ptr<QNetworkReply> clear(waitFor(network.post(plain, QByteArray())));
        QVERIFY(clear->error() != QNetworkReply::NoError);
        QVERIFY(clear->readAll() != QByteArray("x"));
    }

    void aHandshakeThatNeverComesIsClosedAfterTheHeaderTimeout()
    {
        BoundedHttpServer::Limits limits;
        limits.headerTimeoutMs = 300;
        auto server = listener(m_cert, m_key, limits);
        const auto started = server->start();
        QVERIFY(started.ok());
        QTcpSocket silent; // connects to the TLS port and never says hello
        silent.connectToHost(QHostAddress::LocalHost, started.value());
        QVERIFY(silent.waitForConnected(5000));
        QElapsedTimer timer;
        timer.start();
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server->openConnections(), 0);
    }

    void beyondTheConnectionLimitTlsIsClosedWithoutAHandshake()
    {
        BoundedHttpServer::Limits limits;
        limits.maxConnections = 1;
        auto server = listener(m_cert, m_key, limits);
        const auto started = server->start();
        QVERIFY(started.ok());
        QTcpSocket first;
        first.connectToHost(QHostAddress::LocalHost, started.value());
        QVERIFY(first.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), 1, 5000);
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> refused(waitFor(network.post(
            request(started.value(), QStringLiteral("?validationToken=x"), true), QByteArray())));
        QVERIFY(refused->error() != QNetworkReply::NoError);
        QCOMPARE(refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        // Once the first goes, the next is served over TLS as usual.
        first.disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(server->openConnections(), 0, 5000);
        std::unique_ptr<QNetworkReply> served(waitFor(network.post(
            request(started.value(), QStringLiteral("?validationToken=x"), true), QByteArray())));
        QCOMPARE(served->error(), QNetworkReply::NoError);
        QCOMPARE(served->readAll(), QByteArray("x"));
    }

    void aKeyOfAnotherCertificateDoesNotStart()
    {
        auto server = listener(m_cert, m_otherKey);
        const auto started = server->start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().field, Keys::ListenerKeyFile);
        QVERIFY2(started.error().message.contains(QStringLiteral("does not belong to the certificate")),
                 qPrintable(started.error().message));
        QCOMPARE(server->port(), quint16(0));
    }

    void settingsValidation_data()
    {
        QTest::addColumn<QString>("cert"); // file names in the test folder; "" = empty setting
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field"); // "" = valid
        QTest::addColumn<QString>("fragment");

        QTest::newRow("neither: plain HTTP behind a proxy, valid") << ""
                                                                   << ""
                                                                   << ""
                                                                   << "";
        QTest::newRow("a matching certificate and key: valid") << "listener.crt"
                                                               << "listener.key"
                                                               << ""
                                                               << "";
        QTest::newRow("certificate without key → listener/keyFile, both or neither")
            << "listener.crt"
            << "" << Keys::ListenerKeyFile << "both or neither";
        QTest::newRow("key without certificate → listener/certificateFile, both or neither")
            << ""
            << "listener.key" << Keys::ListenerCertificateFile << "both or neither";
        QTest::newRow("certificate file missing → listener/certificateFile, does not exist")
            << "missing.crt"
            << "listener.key" << Keys::ListenerCertificateFile << "does not exist";
        QTest::newRow("key file missing → listener/keyFile, does not exist")
            << "listener.crt"
            << "missing.key" << Keys::ListenerKeyFile << "does not exist";
        QTest::newRow("the key of another certificate → listener/keyFile, does not belong")
            << "listener.crt"
            << "other.key" << Keys::ListenerKeyFile << "does not belong to the certificate";
        QTest::newRow("no certificate in the certificate file → listener/certificateFile")
            << "notes.txt"
            << "listener.key" << Keys::ListenerCertificateFile << "no PEM certificate";
        QTest::newRow("the certificate given as key → listener/keyFile, no private key")
            << "listener.crt"
            << "listener.crt" << Keys::ListenerKeyFile << "no unencrypted PEM private key";
    }

    void settingsValidation()
    {
        QFETCH(QString, cert);
        QFETCH(QString, key);
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        SettingsValues values = testsupport::validConfig();
        values[Keys::ListenerCertificateFile] = cert.isEmpty() ? QString() : m_dir.filePath(cert);
        values[Keys::ListenerKeyFile] = key.isEmpty() ? QString() : m_dir.filePath(key);
        const ValidationIssues issues = SettingsValidator::validate(values);
        if (field.isEmpty()) {
            QVERIFY2(issues.isEmpty(),
                     qPrintable(issues.value(0).field + QStringLiteral(": ") + issues.value(0).message));
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, field);
        QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
    }

    // Root reads every file, and CI runs as root: there this case runs again in a child of this test as the
    // unprivileged user `nobody` (setpriv, util-linux), and fails if it cannot.
    void anUnreadableKeyIsNamed()
    {
#ifdef Q_OS_UNIX
        if (::geteuid() == 0) {
            QVERIFY2(qEnvironmentVariableIsEmpty("CXSYNC_TEST_DROPPED_PRIVILEGES"),
                     "still root after setpriv --reuid");
            runAsNobody(QStringLiteral("anUnreadableKeyIsNamed"));
            return;
        }
#else
        QSKIP("file permissions are checked on POSIX systems");
#endif
        const QString locked = m_dir.filePath(QStringLiteral("locked.key"));
        QVERIFY(QFile::copy(m_key, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        SettingsValues values = testsupport::validConfig();
        values[Keys::ListenerCertificateFile] = m_cert;
        values[Keys::ListenerKeyFile] = locked;
        const ValidationIssues issues = SettingsValidator::validate(values);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, Keys::ListenerKeyFile);
        QVERIFY2(issues.first().message.contains(QStringLiteral("not a readable file")),
                 qPrintable(issues.first().message));
    }
};

QTEST_GUILESS_MAIN(TestListenerTls)
#include "tst_listener_tls.moc"
