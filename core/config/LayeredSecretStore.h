#pragma once

#include "config/MemorySecretStore.h"

#include <QHash>
#include <QSet>

namespace cxsync {

// The secret store the panel and the CLI use:
//  - read: values handed in for this run (stdin, CXSYNC_SECRET_*, --secrets-file) first, then values kept for
//    this session, then the keychain;
//  - write: the keychain; when no keychain is available and session fallback is on (the panel), the value is
//    kept for this session only and keychainUnavailable() says so. The CLI leaves the fallback off and fails.
class LayeredSecretStore final : public SecretStore {
    Q_OBJECT
public:
    LayeredSecretStore(SecretStore *keychain, QObject *parent = nullptr);

    void setOverrides(const QHash<Secret, QString> &values) { m_overrides = values; }
    // Values handed in for additional Exchange servers ("graph-client-secret@emea=..."), by server.
    void setServerOverrides(const QHash<QString, QHash<Secret, QString>> &values) { m_serverOverrides = values; }
    void setSessionFallback(bool enabled) { m_sessionFallback = enabled; }
    bool hasSessionOnlySecrets() const { return !m_sessionOnly.isEmpty(); }

    void read(Secret secret, ReadCallback done) override;
    void write(Secret secret, const QString &value, DoneCallback done) override;
    void remove(Secret secret, DoneCallback done) override;
    QString backendName() const override;

Q_SIGNALS:
    void keychainUnavailable(const QString &reason);

protected:
    SecretStore *createForServer(const QString &server) override;

private:
    SecretStore *m_keychain; // not owned; may be null (no keychain at all)
    MemorySecretStore m_session;
    QHash<Secret, QString> m_overrides;
    QHash<QString, QHash<Secret, QString>> m_serverOverrides;
    QSet<Secret> m_sessionOnly;
    bool m_sessionFallback = false;
};

} // namespace cxsync
