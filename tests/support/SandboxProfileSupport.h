#pragma once

// Test support: both sandboxes started with sample users and no appointments, and a profile plus a secrets
// file for them (as `cxsync-sandbox --profile --secrets` writes), with the journal beside them. Header-only.
#include "Result.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"

#include <QDir>
#include <QSettings>
#include <QString>

namespace cxsync::sandbox {

struct SandboxProfilePaths {
    QString profile; // dir/profile.ini
    QString secrets; // dir/secrets (mode 0600)
};

// Empty on success, else what went wrong.
inline QString startWithProfile(SandboxEnvironment &env, int users, const QString &dir, SandboxProfilePaths *paths)
{
    SandboxOptions options;
    options.users = users;
    options.appointments = 0;
    QString error;
    if (!env.start(options, &error))
        return error;
    const QDir folder(dir);
    paths->profile = folder.filePath(QStringLiteral("profile.ini"));
    paths->secrets = folder.filePath(QStringLiteral("secrets"));
    if (const Status written = SandboxProfile::write(env.describe(), paths->profile, paths->secrets); !written.ok())
        return written.error().message;
    QSettings ini(paths->profile, QSettings::IniFormat);
    ini.setValue(QStringLiteral("store/journalPath"), folder.filePath(QStringLiteral("journal.sqlite")));
    ini.sync();
    return ini.status() == QSettings::NoError ? QString() : QStringLiteral("cannot write %1").arg(paths->profile);
}

} // namespace cxsync::sandbox
