#include "config/ConfigMigration.h"

#include <QSettings>

namespace cxsync {

namespace {

// 0 → 1: an unversioned store (a hand-written INI file) already uses the version-1 keys; the step only
// stamps the version. Later layout changes add a step here, each covered by a test.
void migrate0to1(QSettings &) {}

} // namespace

Status ConfigMigration::checkImported(const QSettings &source)
{
    if (!source.contains(kVersionKey))
        return {};
    const QString text = source.value(kVersionKey).toString();
    bool ok = false;
    const int version = text.toInt(&ok);
    if (!ok || version < 0)
        return makeError(ErrorKind::Invalid,
                         tr("%1 is '%2', not a version number.").arg(kVersionKey, text.left(40)),
                         kVersionKey);
    if (version > kCurrentVersion)
        return makeError(
            ErrorKind::Invalid,
            tr("configVersion %1 is newer than this version understands (%2); import it with the "
               "version that wrote it.")
                .arg(version)
                .arg(kCurrentVersion),
            kVersionKey);
    return {};
}

Result<int> ConfigMigration::migrate(QSettings &store)
{
    int version = 0;
    if (store.contains(kVersionKey)) {
        bool ok = false;
        version = store.value(kVersionKey).toString().toInt(&ok);
        if (!ok || version < 0)
            return makeError(
                ErrorKind::Invalid,
                tr("%1 is '%2', not a version number.").arg(kVersionKey, store.value(kVersionKey).toString()),
                kVersionKey);
    }
    if (version > kCurrentVersion)
        return makeError(
            ErrorKind::Invalid,
            tr("the configuration was written by a newer version of CRM Exchange Sync (config version %1; "
               "this program understands up to %2).")
                .arg(version)
                .arg(kCurrentVersion),
            kVersionKey);
    if (version == kCurrentVersion || store.allKeys().isEmpty())
        return version;

    using Step = void (*)(QSettings &);
    const Step steps[] = {migrate0to1};
    static_assert(sizeof(steps) / sizeof(steps[0]) == kCurrentVersion, "one migration step per version");
    for (int v = version; v < kCurrentVersion; ++v)
        steps[v](store);
    store.setValue(kVersionKey, kCurrentVersion);
    store.sync();
    if (store.status() != QSettings::NoError)
        return makeError(ErrorKind::Storage,
                         tr("cannot write the migrated configuration to '%1'.").arg(store.fileName()));
    return version;
}

} // namespace cxsync
