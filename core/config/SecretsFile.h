#pragma once

#include "Result.h"
#include "config/Secret.h"

#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QStringList>

#include <optional>

namespace cxsync {

// Secrets for headless runs, as "name=value" lines ('#' starts a comment; names as in `cxsync secret set`,
// e.g. crm-password). Every problem names the file (or "standard input") and the line, never the value:
//  - a file is read only if it is a regular file (opened without waiting, so a FIFO is refused, not waited
//    on), at most kMaxFileBytes long, owned by the user running cxsync or by root, and not open to group or
//    others (mode 0600 or stricter);
//  - a value is at most kMaxValueBytes of UTF-8; an empty value ("crm-password=") counts as not given;
//  - a name (or name@server) may appear once.
class SecretsFile final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SecretsFile)
public:
    using Values = QHash<Secret, QString>;
    // An additional Exchange server's secrets, by server name: lines "graph-client-secret@emea=...".
    using ServerValues = QHash<QString, Values>;

    // The secrets are passwords and client secrets: a kilobyte is far more than any, and what the Windows
    // Credential Manager can hold (2,560 bytes) as UTF-16.
    static constexpr int kMaxValueBytes = 1024;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024; // a secrets file, or --password-stdin

    // With `servers` null a "name@server" line is an error. With `knownServers` given, a server not in it
    // is an error naming it (the profile's additional Exchange servers).
    static Result<Values> load(const QString &path, ServerValues *servers = nullptr,
                               const QStringList *knownServers = nullptr);
    static Result<Values> parse(const QByteArray &data, const QString &origin,
                                ServerValues *servers = nullptr, const QStringList *knownServers = nullptr);
    static Status save(const QString &path, const Values &values); // written with mode 0600
    // CXSYNC_SECRET_<NAME> variables; empty ones count as not set.
    static Values fromEnvironment(const QProcessEnvironment &env);
    // Why a value may not be used as a secret (too long), or nothing.
    static std::optional<QString> checkValue(const QString &value);
#ifndef Q_OS_WIN
    // Up to `maxBytes` from an open file (a read interrupted by a signal is repeated); nothing, and the errno in
    // `*error`, when a read fails. Shared with the other secret sources that read files (SystemdCredentials).
    static std::optional<QByteArray> readAtMost(int fd, qint64 maxBytes, int *error);
#endif
};

} // namespace cxsync
