#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace cxsync::sandbox {

// Writes a ready cxsync settings file (and, optionally, a mode-0600 secrets file for `cxsync --secrets-file`)
// pointing at running sandboxes, from SandboxEnvironment::describe(). The profile goes through the same
// validation as the panel's Save, so it is a profile an admin could have typed.
class SandboxProfile final {
public:
    static Status write(const QJsonObject &sandbox, const QString &profilePath, const QString &secretsPath);
};

} // namespace cxsync::sandbox
