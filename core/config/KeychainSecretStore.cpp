#include "config/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "cxsync.config.keychain", QtInfoMsg)

namespace cxsync {

const QString KeychainSecretStore::kServiceName = QStringLiteral("CRM Exchange Sync");

namespace {

Error toError(const QKeychain::Job *job, Secret secret)
{
    const QString what = secretLabel(secret);
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return makeError(ErrorKind::NotFound,
                         KeychainSecretStore::tr("no %1 is stored in the keychain.").arg(what),
                         secretName(secret));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorKind::Permission,
                         KeychainSecretStore::tr("the keychain refused access to the %1: %2")
                             .arg(what, job->errorString()),
                         secretName(secret));
    case QKeychain::CouldNotDeleteEntry:
        return makeError(
            ErrorKind::Storage,
            KeychainSecretStore::tr("the keychain could not delete the %1: %2").arg(what, job->errorString()),
            secretName(secret));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing D-Bus session or Secret Service surfaces as OtherError from libsecret.
        break;
    }
    return makeError(ErrorKind::Unavailable,
                     KeychainSecretStore::tr("no keychain is available (%1)").arg(job->errorString()),
                     secretName(secret));
}

// Runs a job with a deadline; calls finish exactly once.
void runJob(QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *, bool timedOut)> finish)
{
    auto called = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, called, finish] {
        if (*called)
            return;
        *called = true;
        finish(job, true);
        job->deleteLater();
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [called, finish](QKeychain::Job *j) {
        if (*called)
            return;
        *called = true;
        finish(j, false);
    });
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    timer->start(timeoutMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &profileId, QObject *parent)
    : SecretStore(parent), m_profileId(profileId)
{
}

SecretStore *KeychainSecretStore::createForServer(const QString &server)
{
    auto *store = new KeychainSecretStore(m_profileId + QStringLiteral("/exchange/") + server, this);
    store->setTimeout(m_timeoutMs);
    return store;
}

QString KeychainSecretStore::entryKey(Secret secret) const
{
    return m_profileId + QLatin1Char('/') + secretName(secret);
}

void KeychainSecretStore::read(Secret secret, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kServiceName, this);
    job->setKey(entryKey(secret));
    runJob(job, m_timeoutMs, [secret, done, this](QKeychain::Job *j, bool timedOut) {
        if (timedOut) {
            done(makeError(ErrorKind::Unavailable,
                           tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000),
                           secretName(secret)));
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCDebug(lcKeychain) << "read failed for" << secretName(secret) << j->error();
            done(toError(j, secret));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
}

void KeychainSecretStore::write(Secret secret, const QString &value, DoneCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kServiceName, this);
    job->setKey(entryKey(secret));
    job->setTextData(value);
    runJob(job, m_timeoutMs, [secret, done, this](QKeychain::Job *j, bool timedOut) {
        if (timedOut) {
            done(makeError(ErrorKind::Unavailable,
                           tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000),
                           secretName(secret)));
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCDebug(lcKeychain) << "write failed for" << secretName(secret) << j->error();
            done(toError(j, secret));
            return;
        }
        done(Status{});
    });
}

void KeychainSecretStore::remove(Secret secret, DoneCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kServiceName, this);
    job->setKey(entryKey(secret));
    runJob(job, m_timeoutMs, [secret, done, this](QKeychain::Job *j, bool timedOut) {
        if (timedOut) {
            done(makeError(ErrorKind::Unavailable,
                           tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000),
                           secretName(secret)));
            return;
        }
        // Removing what is not there is success: the end state is the same.
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(toError(j, secret));
            return;
        }
        done(Status{});
    });
}

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#else
    return tr("Secret Service keychain");
#endif
}

} // namespace cxsync
