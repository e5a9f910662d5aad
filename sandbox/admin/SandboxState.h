#pragma once

#include <QJsonObject>
#include <QString>

namespace cxsync::sandbox {

// Persists the sandboxes' state to a SQLite file (one row per part, JSON) so a demo can be stopped and
// resumed. Written in one transaction: a crash leaves the previous state, never half of each.
class SandboxState final {
public:
    static bool save(const QString &path, const QJsonObject &parts, QString *error);
    static bool load(const QString &path, QJsonObject *parts,
                     QString *error); // false + empty error: no file yet
};

} // namespace cxsync::sandbox
