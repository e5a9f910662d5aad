#pragma once

#include "Result.h"
#include "config/SecretsFile.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace cxsync {

// Secrets handed to the service by systemd (LoadCredential= / LoadCredentialEncrypted=): systemd decrypts
// them at start into a private folder, $CREDENTIALS_DIRECTORY, one file per credential. A credential's name
// is the secret's name as in `cxsync secret set` (crm-password, or graph-client-secret@emea for an additional
// Exchange server); its content is the value, with one trailing line break ignored (`echo secret |` leaves
// one). Every problem names the credential, never the value:
//  - every file in the folder must be a known secret (a misspelt name would otherwise leave the secret
//    silently missing), at most kMaxEntries of them;
//  - each is a regular file owned by the user running cxsync or by root, not open to group or others (systemd
//    makes them 0400), at most SecretsFile::kMaxValueBytes of UTF-8 without NUL or line breaks.
class SystemdCredentials final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SystemdCredentials)
public:
    static constexpr int kMaxEntries = 64; // far more than the secrets of one profile

    // $CREDENTIALS_DIRECTORY, or empty when systemd passed no credentials.
    static QString directory(const QProcessEnvironment &env);
    // The secrets in `directory`. As SecretsFile::load: with `servers` null a name@server credential is an
    // error; with `knownServers` given, a server not in it is an error.
    static Result<SecretsFile::Values> load(const QString &directory,
                                            SecretsFile::ServerValues *servers = nullptr,
                                            const QStringList *knownServers = nullptr);
};

} // namespace cxsync
