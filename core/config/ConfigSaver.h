#pragma once

#include "config/SettingsValidator.h"

#include <functional>

namespace cxsync {

class Settings;
class SecretStore;

struct SaveOutcome {
    ValidationIssues issues;      // non-empty: nothing was written
    QList<Secret> secretsWritten; // secrets stored on this Save
    QList<Error> secretErrors;    // settings were saved, but these secrets were not
    bool saved() const { return issues.isEmpty(); }
};

// The Save button: validate the whole form (settings and typed passwords) and write nothing unless all is
// well; then the settings, then each typed secret to the secret store. Empty password inputs leave the stored
// secret unchanged. The re-entered password is compared, never stored.
class ConfigSaver final {
public:
    static void save(Settings &settings, SecretStore &secrets, const SettingsValues &values,
                     const SecretInputs &inputs, std::function<void(SaveOutcome)> done);

    // Removes an additional Exchange server: its settings first (nothing else happens if that fails), then
    // its client secret and certificate password, so that a server added again under the name does not
    // inherit them. For the panel's Remove and `cxsync config remove-server`.
    struct ServerRemoval {
        Status settings;
        QList<Error> secretErrors; // the settings are gone, but these secrets were not deleted
    };
    static void removeServer(Settings &settings, SecretStore &secrets, const QString &server,
                             std::function<void(ServerRemoval)> done);
};

} // namespace cxsync
