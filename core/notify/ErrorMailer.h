#pragma once

#include "Result.h"
#include "notify/MailMessage.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace cxsync {

class Settings;
class SecretStore;

namespace notify {

// Where and how error mail is sent, from the settings (smtp/*) and the keychain (smtp-password).
struct SmtpConfig {
    enum class Tls { StartTls, Implicit, None };
    QString host;
    int port = 587;
    Tls tls = Tls::StartTls;
    QString sender;
    QString user;        // empty: no login
    QString password;    // from the SecretStore; never logged
    QString extraCaFile; // tls/extraCaFile: also trusted for the SMTP server's certificate
    int timeoutMs = 60000;

    // Settings only (no password); Invalid naming the setting when the server or sender is missing or bad.
    static Result<SmtpConfig> fromSettings(const Settings &settings);
    // fromSettings() plus the password when a user is set (NotFound naming secret/smtp-password if none is
    // stored). `done` runs once, from the store's answer.
    static void load(const Settings &settings, SecretStore &secrets,
                     std::function<void(Result<SmtpConfig>)> done);
};

// What the server said.
struct MailReceipt {
    int lastCode = 0;       // the last SMTP reply code (250 after the message was accepted)
    QString lastReply;      // that reply's text, e.g. "250 2.0.0 Ok: queued as 4F1A2"
    QStringList transcript; // every reply line from the server, in order (never what we sent: it holds AUTH)
};

// Sends mail with libcurl's SMTP support, off the calling thread, with a time limit. Errors are typed: Auth
// (535 and other refused logins, 530 authentication required), Network (cannot connect, resolve, time out,
// TLS handshake or certificate), Unavailable (4xx: the server asks to try later), Permission (sender or
// recipient refused), Invalid (bad settings or message). The password is never sent without TLS except to a
// loopback server. Destroying the mailer aborts transfers in flight; their callbacks are not called.
class ErrorMailer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorMailer)
public:
    using Done = std::function<void(Result<MailReceipt>)>;

    explicit ErrorMailer(QObject *parent = nullptr);
    ~ErrorMailer() override;

    void send(const SmtpConfig &config, const MailMessage &message, Done done);
    int inFlight() const;

    static QString curlVersion();

private:
    struct Job;
    void finished(Job *job);
    std::vector<std::unique_ptr<Job>> m_jobs;
};

} // namespace notify
} // namespace cxsync
