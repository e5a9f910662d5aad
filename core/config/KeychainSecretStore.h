#pragma once

#include "config/SecretStore.h"

namespace cxsync {

// Secrets in the OS keychain through QtKeychain: Secret Service (gnome-keyring, KWallet) on Linux,
// Credential Manager on Windows. The insecure plain-text fallback is always off. Entries are keyed by the
// settings profile id so two configurations on one machine keep separate secrets.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
public:
    static const QString kServiceName;

    explicit KeychainSecretStore(const QString &profileId, QObject *parent = nullptr);

    void read(Secret secret, ReadCallback done) override;
    void write(Secret secret, const QString &value, DoneCallback done) override;
    void remove(Secret secret, DoneCallback done) override;
    QString backendName() const override;

    // A keychain that does not answer (a hung prompt, a dead D-Bus peer) fails after this long.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

protected:
    // Entries "<profile id>/exchange/<server>/<secret>".
    SecretStore *createForServer(const QString &server) override;

private:
    QString entryKey(Secret secret) const;

    QString m_profileId;
    int m_timeoutMs = 20000;
};

} // namespace cxsync
