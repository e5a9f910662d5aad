#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace cxsync {

// Settings an organisation enforces (Group Policy): a value here overrides the administrator's own and cannot
// be changed through cxsync (Settings::isPolicyManaged, `cxsync config set` refuses it, `config show` marks
// it). The keys are the settings' own ("crm/server"; in the registry the part before the last '/' is a
// subkey).
//  - Windows: the registry key HKEY_LOCAL_MACHINE\Software\Policies\CRM Exchange Sync, where Group Policy
//    (an ADMX template or Group Policy Preferences) writes; the environment cannot replace it there.
//  - Elsewhere: the INI file named by CXSYNC_POLICY_FILE, else /etc/cxsync/policy.ini (root-owned, as the
//    settings beside it). A missing file means no policy; an unreadable or malformed one is an error, so that
//    a policy is never silently ignored.
class PolicySettings final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::PolicySettings)
public:
    static const char *const kWindowsKey;   // "HKEY_LOCAL_MACHINE\\Software\\Policies\\CRM Exchange Sync"
    static const char *const kLinuxFile;    // "/etc/cxsync/policy.ini"
    static const char *const kFileVariable; // "CXSYNC_POLICY_FILE"

    // This platform's policy source (see above).
    static Result<std::unique_ptr<PolicySettings>> open(const QProcessEnvironment &environment);
    // An INI file as the policy source; a missing file is an empty policy.
    static Result<std::unique_ptr<PolicySettings>> openFile(const QString &path);
    // No policy at all.
    static std::unique_ptr<PolicySettings> none();

    // Where the policy comes from, for messages: the registry key or the file.
    QString location() const { return m_location; }
    bool manages(const QString &key) const;
    QVariant value(const QString &key) const;
    QStringList keys() const;

private:
    PolicySettings(std::unique_ptr<QSettings> store, QString location);

    std::unique_ptr<QSettings> m_store; // null: no policy
    QString m_location;
};

} // namespace cxsync
