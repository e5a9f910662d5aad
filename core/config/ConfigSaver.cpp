#include "config/ConfigSaver.h"

#include "config/SecretStore.h"
#include "config/Settings.h"

#include <QPointer>

#include <memory>

namespace cxsync {

namespace {

struct SecretWrites {
    QPointer<SecretStore> store;
    QList<QPair<Secret, QString>> pending;
    SaveOutcome outcome;
    std::function<void(SaveOutcome)> done;
};

void writeNext(std::shared_ptr<SecretWrites> state)
{
    if (state->pending.isEmpty() || !state->store) {
        state->done(std::move(state->outcome));
        return;
    }
    const auto [secret, value] = state->pending.takeFirst();
    state->store->write(secret, value, [state, secret = secret](Status status) {
        if (status.ok())
            state->outcome.secretsWritten.append(secret);
        else
            state->outcome.secretErrors.append(status.error());
        writeNext(state);
    });
}

} // namespace

void ConfigSaver::save(Settings &settings, SecretStore &secrets, const SettingsValues &values,
                       const SecretInputs &inputs, std::function<void(SaveOutcome)> done)
{
    SaveOutcome outcome;
    outcome.issues = SettingsValidator::validate(values, inputs);
    if (outcome.issues.isEmpty())
        outcome.issues = settings.save(values);
    if (!outcome.issues.isEmpty()) {
        done(std::move(outcome));
        return;
    }
    auto state = std::make_shared<SecretWrites>();
    state->store = &secrets;
    state->outcome = std::move(outcome);
    state->done = std::move(done);
    for (Secret s : allSecrets()) {
        const QString value = inputs.values.value(s);
        if (!value.isEmpty())
            state->pending.append({s, value});
    }
    writeNext(state);
}

void ConfigSaver::removeServer(Settings &settings, SecretStore &secrets, const QString &server,
                               std::function<void(ServerRemoval)> done)
{
    auto outcome = std::make_shared<ServerRemoval>();
    outcome->settings = settings.removeServer(server);
    QPointer<SecretStore> store = outcome->settings.ok() ? secrets.forServer(server) : nullptr;
    if (!store) {
        done(*outcome);
        return;
    }
    auto pending = std::make_shared<QList<Secret>>(
        QList<Secret>{Secret::GraphClientSecret, Secret::GraphCertificatePassword});
    auto next = std::make_shared<std::function<void()>>();
    *next = [store, pending, outcome, next, done]() {
        if (pending->isEmpty() || !store) {
            const std::function<void()> keep = std::move(*next); // break the cycle; alive until we return
            *next = nullptr;
            done(*outcome);
            return;
        }
        store->remove(pending->takeFirst(), [outcome, next](Status removed) {
            if (!removed.ok() && removed.error().kind != ErrorKind::NotFound)
                outcome->secretErrors.append(removed.error());
            (*next)();
        });
    };
    (*next)();
}

} // namespace cxsync
