#pragma once

// A real SMTP server for tests: Debian's python3-aiosmtpd (tests/support/smtp_test_server.py) on 127.0.0.1 and
// a free port. Each received message is a JSON file (envelope, raw data, and the fields Python's e-mail
// parser decoded). Header-only.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cxsync::testsupport {

class SmtpTestServer {
public:
    struct Options {
        QString authUser; // with authPassword: a login is required, others get 535
        QString authPassword;
        QString tlsCert; // with tlsKey: STARTTLS offered and required
        QString tlsKey;
    };

    ~SmtpTestServer() { stop(); }

    static QString python()
    {
        // Debian's interpreter is the one that has python3-aiosmtpd, whatever else is on PATH.
        return QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                     : QStringLiteral("python3");
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    bool start(const Options &options = {}, QString *error = nullptr)
    {
        m_out = std::make_unique<QTemporaryDir>();
        m_port = freePort();
        QStringList args{QStringLiteral(CXSYNC_SMTP_SERVER_SCRIPT), QStringLiteral("--port"),
                         QString::number(m_port), QStringLiteral("--out"), m_out->path()};
        if (!options.authUser.isEmpty())
            args << QStringLiteral("--auth") << options.authUser + QLatin1Char(':') + options.authPassword;
        if (!options.tlsCert.isEmpty())
            args << QStringLiteral("--tls-cert") << options.tlsCert << QStringLiteral("--tls-key")
                 << options.tlsKey;
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(python(), args);
        if (!m_process->waitForStarted(10000)) {
            if (error)
                *error = QStringLiteral("cannot start %1: %2").arg(python(), m_process->errorString());
            return false;
        }
        QByteArray seen;
        QElapsedTimer timer;
        timer.start();
        while (!seen.contains("READY") && timer.elapsed() < 15000) {
            if (m_process->state() != QProcess::Running)
                break;
            m_process->waitForReadyRead(200);
            seen += m_process->readAllStandardOutput();
        }
        if (!seen.contains("READY")) {
            if (error)
                *error =
                    QStringLiteral(
                        "the SMTP test server did not start (is python3-aiosmtpd installed?): %1 %2")
                        .arg(QString::fromUtf8(seen), QString::fromUtf8(m_process->readAllStandardError()));
            return false;
        }
        return true;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->closeWriteChannel(); // the script stops when its stdin closes
        if (!m_process->waitForFinished(5000)) {
            m_process->terminate();
            if (!m_process->waitForFinished(3000))
                m_process->kill();
            m_process->waitForFinished(1000);
        }
        m_process.reset();
    }

    quint16 port() const { return m_port; }

    QList<QJsonObject> messages() const
    {
        QList<QJsonObject> out;
        if (!m_out)
            return out;
        QDir dir(m_out->path());
        QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
            return a.section(QLatin1Char('.'), 0, 0).toInt() < b.section(QLatin1Char('.'), 0, 0).toInt();
        });
        for (const QString &name : names) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                out << QJsonDocument::fromJson(f.readAll()).object();
        }
        return out;
    }

    bool waitForMessages(int count, int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([&] { return messages().size() >= count; }, timeoutMs);
    }

private:
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace cxsync::testsupport
