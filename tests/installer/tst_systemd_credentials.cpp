// Secrets the service gets from systemd (LoadCredential= / LoadCredentialEncrypted=): one file per secret in
// $CREDENTIALS_DIRECTORY, as systemd writes them (0400, owned by the service's user). What may be read, and
// how each problem is named without showing the value.
#include "config/SystemdCredentials.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace cxsync;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestSystemdCredentials final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    // A credential as systemd leaves it: mode 0400, owned by us.
    void put(const QString &name, const QByteArray &data, int mode = 0400)
    {
        QFile file(path(name));
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        file.write(data);
        file.close();
        QCOMPARE(::chmod(QFile::encodeName(path(name)).constData(), mode_t(mode)), 0);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void directoryComesFromTheEnvironment()
    {
        QProcessEnvironment env;
        QCOMPARE(SystemdCredentials::directory(env), QString());
        env.insert(u("CREDENTIALS_DIRECTORY"), u("/run/credentials/cxsync.service"));
        QCOMPARE(SystemdCredentials::directory(env), u("/run/credentials/cxsync.service"));
    }

    void readsEachSecretByItsName()
    {
        put(u("crm-password"), "Crm pass w0rd\n");        // `echo ... |` leaves a line break: not part of it
        put(u("nt-password"), QByteArray("Ünïcode\r\n")); // as does a Windows editor
        put(u("smtp-password"), " spaced ");              // spaces are the password's own
        put(u("graph-client-secret@emea"), "emea-secret");
        put(u("listener-client-state"), ""); // empty: not given, looked up elsewhere
        SecretsFile::ServerValues servers;
        const QStringList known{u("emea")};
        const auto loaded = SystemdCredentials::load(m_dir->path(), &servers, &known);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().size(), 3);
        QCOMPARE(loaded.value().value(Secret::CrmPassword), u("Crm pass w0rd"));
        QCOMPARE(loaded.value().value(Secret::NtPassword), u("Ünïcode"));
        QCOMPARE(loaded.value().value(Secret::SmtpPassword), u(" spaced "));
        QVERIFY(!loaded.value().contains(Secret::ListenerClientState));
        QCOMPARE(servers.value(u("emea")).value(Secret::GraphClientSecret), u("emea-secret"));
    }

    void anEmptyFolderGivesNothing()
    {
        const auto loaded = SystemdCredentials::load(m_dir->path());
        QVERIFY(loaded.ok());
        QVERIFY(loaded.value().isEmpty());
    }

    void refusesWhatSystemdWouldNotHaveWritten_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const QByteArray longest(SecretsFile::kMaxValueBytes, 'x');
        QTest::newRow("a misspelt name: refused, not silently missing")
            << u("crm-pasword") << QByteArray("x") << 0400 << int(ErrorKind::Invalid)
            << u("'crm-pasword' is not a secret cxsync knows");
        QTest::newRow("readable by the group: refused, naming the mode")
            << u("crm-password") << QByteArray("x") << 0440 << int(ErrorKind::Permission) << u("mode 0440");
        QTest::newRow("readable by others") << u("crm-password") << QByteArray("x") << 0604
                                            << int(ErrorKind::Permission) << u("may be read by other users");
        QTest::newRow("1,024 bytes and a line break are fine; one byte more is too long")
            << u("crm-password") << longest + 'x' << 0400 << int(ErrorKind::Invalid)
            << u("longer than 1024 bytes");
        QTest::newRow("a line break inside: a secrets file given as a credential")
            << u("crm-password") << QByteArray("hunter2\nnt-password=y\n") << 0400 << int(ErrorKind::Invalid)
            << u("line break inside the value");
        QTest::newRow("a NUL byte") << u("crm-password") << QByteArray("ab\0cd", 5) << 0400
                                    << int(ErrorKind::Invalid) << u("NUL byte");
        QTest::newRow("not UTF-8") << u("crm-password") << QByteArray("\xff\xfe") << 0400
                                   << int(ErrorKind::Invalid) << u("not valid UTF-8");
        QTest::newRow("a server this profile does not have")
            << u("graph-client-secret@apac") << QByteArray("x") << 0400 << int(ErrorKind::Invalid)
            << u("no additional Exchange server 'apac'");
    }

    void refusesWhatSystemdWouldNotHaveWritten()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(int, mode);
        QFETCH(int, kind);
        QFETCH(QString, says);
        put(name, data, mode);
        SecretsFile::ServerValues servers;
        const QStringList known{u("emea")};
        const auto loaded = SystemdCredentials::load(m_dir->path(), &servers, &known);
        QVERIFY(!loaded.ok());
        QCOMPARE(int(loaded.error().kind), kind);
        QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(name), qPrintable(loaded.error().message));
        // The value never appears in the message.
        if (data.size() > 1)
            QVERIFY(!loaded.error().message.contains(QString::fromLatin1(data.left(5))));
    }

    void theLongestValueIsAccepted()
    {
        const QByteArray longest(SecretsFile::kMaxValueBytes, 'x');
        put(u("crm-password"), longest + '\n');
        const auto loaded = SystemdCredentials::load(m_dir->path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(loaded.value().value(Secret::CrmPassword).size(), SecretsFile::kMaxValueBytes);
    }

    void theSameSecretTwiceIsRefused()
    {
        put(u("crm-password"), "one");
        put(u("CRM_PASSWORD"), "two");
        const auto loaded = SystemdCredentials::load(m_dir->path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(u("give each secret once")),
                 qPrintable(loaded.error().message));
    }

    void serverSecretsOnlyWhereAccepted()
    {
        put(u("graph-client-secret@emea"), "x");
        const auto loaded = SystemdCredentials::load(m_dir->path()); // no server map: a plain secrets source
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(u("not accepted here")), qPrintable(loaded.error().message));
    }

    void refusesLinksFoldersAndFifosWithoutWaiting_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("says");
        QTest::newRow("symbolic link") << u("link") << u("symbolic link");
        QTest::newRow("folder") << u("folder") << u("not a regular file");
        QTest::newRow("FIFO, which would block a reader for ever") << u("fifo") << u("not a regular file");
    }

    void refusesLinksFoldersAndFifosWithoutWaiting()
    {
        QFETCH(QString, what);
        QFETCH(QString, says);
        const QByteArray target = QFile::encodeName(path(u("crm-password")));
        if (what == u("link")) {
            put(u("elsewhere"), "x");
            QVERIFY(QFile::link(path(u("elsewhere")), path(u("crm-password"))));
            QVERIFY(QFile::remove(path(u("elsewhere")))); // dangling: O_NOFOLLOW refuses it either way
        } else if (what == u("folder")) {
            QVERIFY(QDir().mkdir(path(u("crm-password"))));
        } else {
            QCOMPARE(::mkfifo(target.constData(), 0400), 0);
        }
        const auto loaded = SystemdCredentials::load(m_dir->path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.contains(says), qPrintable(loaded.error().message));
    }

    void refusesAnotherUsersFile()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to give a file to another user");
        put(u("crm-password"), "x");
        QCOMPARE(::chown(QFile::encodeName(path(u("crm-password"))).constData(), 4242, 4242), 0);
        const auto loaded = SystemdCredentials::load(m_dir->path());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::Permission);
        QVERIFY2(loaded.error().message.contains(u("owned by user 4242")),
                 qPrintable(loaded.error().message));
    }

    void aMissingOrOverfullFolderIsAnError()
    {
        const auto missing = SystemdCredentials::load(path(u("nope")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QVERIFY2(missing.error().message.contains(u("does not exist")), qPrintable(missing.error().message));

        for (int i = 0; i <= SystemdCredentials::kMaxEntries; ++i)
            put(u("crm-password-%1").arg(i), "x");
        const auto overfull = SystemdCredentials::load(m_dir->path());
        QVERIFY(!overfull.ok());
        QVERIFY2(overfull.error().message.contains(u("more than 64 files")),
                 qPrintable(overfull.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSystemdCredentials)
#include "tst_systemd_credentials.moc"
