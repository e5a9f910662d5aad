#pragma once

#include "Result.h"
#include "Secret.h"

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

private:
    Q_DISABLE_COPY_MOVE(SecretStore)
};

} // namespace cxsync
