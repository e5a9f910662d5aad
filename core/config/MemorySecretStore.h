#pragma once

#include "config/SecretStore.h"

#include <QHash>

namespace cxsync {

// Secrets held in this process only, gone when it exits. Used when no keychain is available (the panel
// says so) and for values handed in from stdin, the environment or a secrets file.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr) : SecretStore(parent) {}

    void read(Secret secret, ReadCallback done) override;
    void write(Secret secret, const QString &value, DoneCallback done) override;
    void remove(Secret secret, DoneCallback done) override;
    QString backendName() const override { return tr("session memory (this session only)"); }

    bool contains(Secret secret) const { return m_values.contains(secret); }

protected:
    SecretStore *createForServer(const QString &) override { return new MemorySecretStore(this); }

private:
    QHash<Secret, QString> m_values;
};

} // namespace cxsync
