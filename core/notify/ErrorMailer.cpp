#include "ErrorMailer.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsValidator.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <curl/curl.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>

Q_LOGGING_CATEGORY(lcMail, "cxsync.notify.mail", QtInfoMsg)

namespace cxsync::notify {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cxsync::notify::ErrorMailer)
};

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QVariant checked(const Settings &settings, const QString &key)
{
    const SettingDef *def = SettingsSchema::find(key);
    const QVariant v = settings.value(key);
    if (def && SettingsSchema::check(*def, v))
        return QVariant();
    return v;
}

struct Transfer {
    QByteArray payload;
    qsizetype offset = 0;
    QStringList replies;
    std::atomic<bool> *abort = nullptr;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t room = size * count;
    const size_t left = size_t(t->payload.size() - t->offset);
    const size_t n = std::min(room, left);
    memcpy(buffer, t->payload.constData() + t->offset, n);
    t->offset += qsizetype(n);
    return n;
}

// Only what the server sends: our own lines carry AUTH credentials.
int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    if (type != CURLINFO_HEADER_IN)
        return 0;
    auto *t = static_cast<Transfer *>(userdata);
    const QString text = QString::fromUtf8(data, qsizetype(size)).trimmed();
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        t->replies << line.trimmed();
    return 0;
}

int progressCallback(void *userdata, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<Transfer *>(userdata)->abort->load() ? 1 : 0;
}

int codeOf(const QString &reply)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{3})[ -]"));
    const auto m = re.match(reply);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

Error mailError(ErrorKind kind, const QString &message, int code, const QString &field = {})
{
    Error e = makeError(kind, message, field);
    e.serverCode = code != 0 ? QString::number(code) : QString();
    return e;
}

Result<MailReceipt> transfer(const SmtpConfig &config, const MailMessage &message, std::atomic<bool> *abort)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return makeError(ErrorKind::Unavailable, Tr::tr("libcurl could not start a transfer"));
    Transfer t;
    t.payload = message.toRfc5322();
    t.abort = abort;
    const QString host = config.host.contains(QLatin1Char(':')) && !config.host.startsWith(QLatin1Char('['))
                             ? QLatin1Char('[') + config.host + QLatin1Char(']')
                             : config.host;
    const QByteArray url =
        QStringLiteral("%1://%2:%3")
            .arg(config.tls == SmtpConfig::Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"),
                 host)
            .arg(config.port)
            .toUtf8();
    const QByteArray from = '<' + config.sender.toUtf8() + '>';
    curl_slist *recipients = nullptr;
    for (const QString &to : message.to)
        recipients = curl_slist_append(recipients, ('<' + to.toUtf8() + '>').constData());
    const QByteArray user = config.user.toUtf8();
    const QByteArray password = config.password.toUtf8();
    const QByteArray ca = config.extraCaFile.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     config.tls == SmtpConfig::Tls::None ? long(CURLUSESSL_NONE) : long(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &t);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(t.payload.size()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(config.timeoutMs, 20000)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(config.timeoutMs));
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progressCallback);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    if (!ca.isEmpty()) {
        // In addition to the system's store (CAINFO alone would replace it).
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
#ifdef Q_OS_LINUX
        curl_easy_setopt(curl, CURLOPT_CAPATH, "/etc/ssl/certs");
#endif
    }
    const CURLcode rc = curl_easy_perform(curl);
    long responseCode = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &responseCode);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);

    MailReceipt receipt;
    receipt.transcript = t.replies;
    receipt.lastReply = t.replies.isEmpty() ? QString() : t.replies.last();
    receipt.lastCode = responseCode != 0 ? int(responseCode) : codeOf(receipt.lastReply);
    if (rc == CURLE_OK)
        return receipt;

    const QString where = QStringLiteral("%1:%2").arg(config.host).arg(config.port);
    const int code = receipt.lastCode;
    const QString said =
        receipt.lastReply.isEmpty() ? QString::fromUtf8(curl_easy_strerror(rc)) : receipt.lastReply;
    switch (rc) {
    case CURLE_ABORTED_BY_CALLBACK:
        return mailError(ErrorKind::Cancelled, Tr::tr("sending the mail was cancelled"), code);
    case CURLE_LOGIN_DENIED:
        return mailError(
            ErrorKind::Auth,
            Tr::tr("the SMTP server %1 refused the login of '%2': %3").arg(where, config.user, said), code,
            secretField(Secret::SmtpPassword));
    case CURLE_COULDNT_RESOLVE_HOST:
        return mailError(ErrorKind::Network, Tr::tr("the SMTP server '%1' was not found").arg(config.host),
                         code, Keys::SmtpHost);
    case CURLE_COULDNT_CONNECT:
        return mailError(ErrorKind::Network,
                         Tr::tr("cannot connect to the SMTP server %1: %2").arg(where, said), code,
                         Keys::SmtpHost);
    case CURLE_OPERATION_TIMEDOUT:
        return mailError(ErrorKind::Network,
                         Tr::tr("the SMTP server %1 did not answer within %2 seconds")
                             .arg(where)
                             .arg(config.timeoutMs / 1000),
                         code, Keys::SmtpHost);
    case CURLE_USE_SSL_FAILED:
        return mailError(
            ErrorKind::Invalid,
            Tr::tr("the SMTP server %1 does not offer STARTTLS; choose 'tls' (port 465) or ask for "
                   "STARTTLS to be enabled")
                .arg(where),
            code, Keys::SmtpTlsMode);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CERTPROBLEM:
        return mailError(ErrorKind::Network,
                         Tr::tr("TLS with the SMTP server %1 failed: %2 (trust its CA with tls/extraCaFile)")
                             .arg(where, QString::fromUtf8(curl_easy_strerror(rc))),
                         code, Keys::SmtpTlsMode);
    default:
        break;
    }
    if (code == 530 || code == 534 || code == 535 || code == 538)
        return mailError(
            ErrorKind::Auth,
            config.user.isEmpty()
                ? Tr::tr("the SMTP server %1 requires a login: set smtp/user and the smtp-password "
                         "secret (%2)")
                      .arg(where, said)
                : Tr::tr("the SMTP server %1 refused the login of '%2': %3").arg(where, config.user, said),
            code, config.user.isEmpty() ? Keys::SmtpUser : secretField(Secret::SmtpPassword));
    if (code >= 400 && code < 500)
        return mailError(ErrorKind::Unavailable,
                         Tr::tr("the SMTP server %1 asks to try later: %2").arg(where, said), code);
    if (code >= 500)
        return mailError(ErrorKind::Permission,
                         Tr::tr("the SMTP server %1 refused the mail: %2").arg(where, said), code);
    return mailError(
        ErrorKind::Network,
        Tr::tr("sending mail through %1 failed: %2").arg(where, QString::fromUtf8(curl_easy_strerror(rc))),
        code);
}

} // namespace

Result<SmtpConfig> SmtpConfig::fromSettings(const Settings &settings)
{
    SmtpConfig c;
    QString host = checked(settings, Keys::SmtpHost).toString().trimmed();
    if (host.isEmpty())
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 is not set: error e-mail cannot be sent").arg(SettingsSchema::label(Keys::SmtpHost)),
            Keys::SmtpHost);
    c.port = checked(settings, Keys::SmtpPort).isValid() ? checked(settings, Keys::SmtpPort).toInt() : 587;
    // "host:port" in the server field wins over the port field, as admins type it.
    static const QRegularExpression withPort(QStringLiteral("^(.*[^:]):(\\d{1,5})$"));
    if (const auto m = withPort.match(host); m.hasMatch() && !host.startsWith(QLatin1Char('['))) {
        host = m.captured(1);
        c.port = m.captured(2).toInt();
    } else if (host.startsWith(QLatin1Char('['))) {
        const int close = host.indexOf(QLatin1Char(']'));
        if (close > 0 && host.mid(close + 1).startsWith(QLatin1Char(':')))
            c.port = host.mid(close + 2).toInt();
        host = host.mid(1, close > 0 ? close - 1 : -1);
    }
    if (c.port < 1 || c.port > 65535)
        return makeError(ErrorKind::Invalid, Tr::tr("SMTP port %1 is out of range").arg(c.port),
                         Keys::SmtpPort);
    c.host = host;
    const QString tls = checked(settings, Keys::SmtpTlsMode).toString();
    c.tls = tls == QLatin1String("tls")    ? Tls::Implicit
            : tls == QLatin1String("none") ? Tls::None
                                           : Tls::StartTls;
    c.sender = checked(settings, Keys::SmtpSender).toString().trimmed();
    if (c.sender.isEmpty())
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("%1 is not set: error e-mail needs a sender").arg(SettingsSchema::label(Keys::SmtpSender)),
            Keys::SmtpSender);
    c.user = checked(settings, Keys::SmtpUser).toString();
    c.extraCaFile = checked(settings, Keys::TlsExtraCaFile).toString();
    if (!c.user.isEmpty() && c.tls == Tls::None && !isLoopback(c.host))
        return makeError(
            ErrorKind::Invalid,
            Tr::tr("the SMTP password would cross the network unencrypted: choose starttls or tls for "
                   "%1, or remove the SMTP user")
                .arg(c.host),
            Keys::SmtpTlsMode);
    return c;
}

void SmtpConfig::load(const Settings &settings, SecretStore &secrets,
                      std::function<void(Result<SmtpConfig>)> done)
{
    auto config = fromSettings(settings);
    if (!config.ok() || config.value().user.isEmpty()) {
        done(std::move(config));
        return;
    }
    SmtpConfig c = config.value();
    secrets.read(Secret::SmtpPassword, [c, done](Result<QString> password) mutable {
        if (!password.ok()) {
            Error e = password.error();
            if (e.kind == ErrorKind::NotFound)
                e.message =
                    Tr::tr("the SMTP user '%1' is set but no %2 is stored (cxsync secret set %3)")
                        .arg(c.user, secretLabel(Secret::SmtpPassword), secretName(Secret::SmtpPassword));
            e.field = secretField(Secret::SmtpPassword);
            done(e);
            return;
        }
        c.password = password.value();
        done(c);
    });
}

struct ErrorMailer::Job {
    std::thread thread;
    std::atomic<bool> abort{false};
    std::optional<Result<MailReceipt>> result;
    Done done;
};

ErrorMailer::ErrorMailer(QObject *parent) : QObject(parent)
{
    // Once per process, before any thread uses libcurl.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

ErrorMailer::~ErrorMailer()
{
    for (auto &job : m_jobs)
        job->abort = true;
    for (auto &job : m_jobs) {
        if (job->thread.joinable())
            job->thread.join();
    }
}

int ErrorMailer::inFlight() const
{
    return static_cast<int>(m_jobs.size());
}

QString ErrorMailer::curlVersion()
{
    return QString::fromLatin1(curl_version_info(CURLVERSION_NOW)->version);
}

void ErrorMailer::send(const SmtpConfig &config, const MailMessage &message, Done done)
{
    auto job = std::make_unique<Job>();
    job->done = std::move(done);
    Job *raw = job.get();
    m_jobs.push_back(std::move(job));
    if (Status valid = message.validate(); !valid.ok()) {
        raw->result = valid.error();
        QMetaObject::invokeMethod(
            this, [this, raw] { finished(raw); }, Qt::QueuedConnection);
        return;
    }
    raw->thread = std::thread([this, raw, config, message] {
        Result<MailReceipt> result = transfer(config, message, &raw->abort);
        raw->result = std::move(result);
        // Back to the mailer's thread. If the mailer is being destroyed, its destructor joins this thread
        // first and the queued call is dropped with it.
        QMetaObject::invokeMethod(
            this, [this, raw] { finished(raw); }, Qt::QueuedConnection);
    });
    qCInfo(lcMail) << "sending mail to" << message.to << "through" << config.host << config.port;
}

void ErrorMailer::finished(Job *job)
{
    const auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [job](const auto &j) { return j.get() == job; });
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> owned = std::move(*it);
    m_jobs.erase(it);
    if (owned->thread.joinable())
        owned->thread.join();
    Result<MailReceipt> result = owned->result
                                     ? std::move(*owned->result)
                                     : Result<MailReceipt>(makeError(ErrorKind::Cancelled, QString()));
    if (result.ok())
        qCInfo(lcMail) << "mail accepted:" << result.value().lastReply;
    else
        qCWarning(lcMail) << "mail failed:" << result.error().message;
    if (owned->done)
        owned->done(std::move(result));
}

} // namespace cxsync::notify
