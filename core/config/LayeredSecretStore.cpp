#include "config/LayeredSecretStore.h"

#include <QPointer>

namespace cxsync {

LayeredSecretStore::LayeredSecretStore(SecretStore *keychain, QObject *parent)
    : SecretStore(parent), m_keychain(keychain)
{
}

void LayeredSecretStore::read(Secret secret, ReadCallback done)
{
    if (const auto it = m_overrides.constFind(secret); it != m_overrides.cend()) {
        done(it.value());
        return;
    }
    if (m_session.contains(secret)) {
        m_session.read(secret, std::move(done));
        return;
    }
    if (!m_keychain) {
        done(
            makeError(ErrorKind::NotFound, tr("no %1 is set.").arg(secretLabel(secret)), secretName(secret)));
        return;
    }
    m_keychain->read(secret, std::move(done));
}

void LayeredSecretStore::write(Secret secret, const QString &value, DoneCallback done)
{
    auto keepForSession = [this, secret, value, done](const QString &reason) {
        m_session.write(secret, value, [](Status) {});
        m_sessionOnly.insert(secret);
        Q_EMIT keychainUnavailable(reason);
        done(Status{});
    };
    if (!m_keychain) {
        if (m_sessionFallback)
            keepForSession(tr("no keychain is configured"));
        else
            done(makeError(ErrorKind::Unavailable, tr("no keychain is available"), secretName(secret)));
        return;
    }
    QPointer<LayeredSecretStore> self(this);
    m_keychain->write(secret, value, [self, secret, done, keepForSession](Status status) {
        if (!self)
            return;
        if (status.ok()) {
            // A value now safely in the keychain no longer needs the session copy.
            self->m_session.remove(secret, [](Status) {});
            self->m_sessionOnly.remove(secret);
            done(status);
            return;
        }
        if (status.error().kind == ErrorKind::Unavailable && self->m_sessionFallback) {
            keepForSession(status.error().message);
            return;
        }
        done(status);
    });
}

void LayeredSecretStore::remove(Secret secret, DoneCallback done)
{
    m_session.remove(secret, [](Status) {});
    m_sessionOnly.remove(secret);
    if (!m_keychain) {
        done(Status{});
        return;
    }
    m_keychain->remove(secret, std::move(done));
}

SecretStore *LayeredSecretStore::createForServer(const QString &server)
{
    auto *store = new LayeredSecretStore(m_keychain ? m_keychain->forServer(server) : nullptr, this);
    store->setOverrides(m_serverOverrides.value(server));
    store->setSessionFallback(m_sessionFallback);
    connect(store, &LayeredSecretStore::keychainUnavailable, this, &LayeredSecretStore::keychainUnavailable);
    return store;
}

QString LayeredSecretStore::backendName() const
{
    if (!m_keychain)
        return m_session.backendName();
    if (m_sessionOnly.isEmpty())
        return m_keychain->backendName();
    return tr("%1 (some secrets for this session only)").arg(m_keychain->backendName());
}

} // namespace cxsync
