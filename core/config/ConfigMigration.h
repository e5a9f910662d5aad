#pragma once

#include "Result.h"

#include <QCoreApplication>

class QSettings;

namespace cxsync {

// Brings a settings store written by an older version up to the current layout. Each step is one function
// from version N to N+1; the version lives in meta/configVersion. A store written by a newer program
// is refused rather than guessed at.
class ConfigMigration final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ConfigMigration)
public:
    static constexpr int kCurrentVersion = 1;
    static inline const QString kVersionKey = QStringLiteral("meta/configVersion");

    // Returns the version the store had before migrating.
    static Result<int> migrate(QSettings &store);
    // The meta/configVersion of a file to import (`config import`): absent or at most kCurrentVersion. Older
    // files are read as they are (version 1 is the only layout so far; a later layout change adds its step
    // here too).
    static Status checkImported(const QSettings &source);
};

} // namespace cxsync
