#include "config/PolicySettings.h"

#include <QFileInfo>

namespace cxsync {

const char *const PolicySettings::kWindowsKey = "HKEY_LOCAL_MACHINE\\Software\\Policies\\CRM Exchange Sync";
const char *const PolicySettings::kLinuxFile = "/etc/cxsync/policy.ini";
const char *const PolicySettings::kFileVariable = "CXSYNC_POLICY_FILE";

PolicySettings::PolicySettings(std::unique_ptr<QSettings> store, QString location)
    : m_store(std::move(store)), m_location(std::move(location))
{
}

std::unique_ptr<PolicySettings> PolicySettings::none()
{
    return std::unique_ptr<PolicySettings>(new PolicySettings(nullptr, QString()));
}

Result<std::unique_ptr<PolicySettings>> PolicySettings::open(const QProcessEnvironment &environment)
{
#ifdef Q_OS_WIN
    Q_UNUSED(environment);
    const QString key = QString::fromLatin1(kWindowsKey);
    auto store = std::make_unique<QSettings>(key, QSettings::NativeFormat);
    return std::unique_ptr<PolicySettings>(new PolicySettings(std::move(store), key));
#else
    const QString configured = environment.value(QString::fromLatin1(kFileVariable));
    return openFile(configured.isEmpty() ? QString::fromLatin1(kLinuxFile) : configured);
#endif
}

Result<std::unique_ptr<PolicySettings>> PolicySettings::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return none();
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return makeError(ErrorKind::Invalid, tr("the policy file '%1' is a folder.").arg(absolute),
                         QString::fromLatin1(kFileVariable));
    // QSettings would read an unreadable file as empty, and the policy would silently not apply.
    if (!info.isReadable())
        return makeError(ErrorKind::Permission,
                         tr("the policy file '%1' cannot be read by this user; policies must apply to every "
                            "program that reads the settings (make it readable, e.g. mode 0644).")
                             .arg(absolute),
                         QString::fromLatin1(kFileVariable));
    auto store = std::make_unique<QSettings>(absolute, QSettings::IniFormat);
    if (store->status() != QSettings::NoError)
        return makeError(ErrorKind::Invalid,
                         tr("the policy file '%1' is not a valid INI file.").arg(absolute),
                         QString::fromLatin1(kFileVariable));
    return std::unique_ptr<PolicySettings>(new PolicySettings(std::move(store), absolute));
}

bool PolicySettings::manages(const QString &key) const
{
    return m_store && m_store->contains(key);
}

QVariant PolicySettings::value(const QString &key) const
{
    return m_store ? m_store->value(key) : QVariant();
}

QStringList PolicySettings::keys() const
{
    return m_store ? m_store->allKeys() : QStringList();
}

} // namespace cxsync
