#pragma once

#include "Result.h"
#include "config/Secret.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cxsync {

// Where secrets are kept. Asynchronous: keychains answer over D-Bus (or their OS API) and may prompt.
// Callbacks run on the store's thread, exactly once.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadCallback = std::function<void(Result<QString>)>; // NotFound when no value is stored
    using DoneCallback = std::function<void(Status)>;

    explicit SecretStore(QObject *parent = nullptr) : QObject(parent) {}
    ~SecretStore() override = default;

    virtual void read(Secret secret, ReadCallback done) = 0;
    virtual void write(Secret secret, const QString &value, DoneCallback done) = 0;
    virtual void remove(Secret secret, DoneCallback done) = 0;
    virtual QString backendName() const = 0; // for the Status pane and diagnostics

    // The secrets of an additional Exchange server (seed chapter 5: its client secret or certificate
    // password), kept apart from the primary's under the same profile. Owned by this store and created on
    // first use; null when this kind of store cannot keep them.
    SecretStore *forServer(const QString &server)
    {
        if (SecretStore *known = m_servers.value(server))
            return known;
        SecretStore *created = createForServer(server);
        if (created)
            m_servers.insert(server, created);
        return created;
    }

protected:
    // A new store for forServer(), parented to this one.
    virtual SecretStore *createForServer(const QString &server) = 0;

private:
    Q_DISABLE_COPY_MOVE(SecretStore)
    QHash<QString, SecretStore *> m_servers;
};

} // namespace cxsync
