#pragma once

#include "Result.h"
#include "Secret.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>

namespace cxsync {

// Secrets for headless runs, as "name=value" lines ('#' starts a comment; names as in `cxsync secret set`,
// e.g. crm-password). A file is refused unless only its owner may read it (mode 0600 or stricter).
class SecretsFile final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SecretsFile)
public:
    using Values = QHash<Secret, QString>;
    // An additional Exchange server's secrets, by server name: lines "graph-client-secret@emea=...".
    using ServerValues = QHash<QString, Values>;

    // With `servers` null a "name@server" line is an error.
    static Result<Values> load(const QString &path, ServerValues *servers = nullptr);
    static Result<Values> parse(const QByteArray &data, const QString &origin, ServerValues *servers = nullptr);
    static Status save(const QString &path, const Values &values); // written with mode 0600
    // CXSYNC_SECRET_<NAME> variables.
    static Values fromEnvironment(const QProcessEnvironment &env);
};

} // namespace cxsync
