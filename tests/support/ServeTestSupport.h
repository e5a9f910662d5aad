#pragma once

// Shared by the service suites: runs one `cxsync` command in this process on a test profile.
#include "Cli.h"

#include <QBuffer>
#include <QProcessEnvironment>
#include <QTest>

namespace cxsync::testsupport {

// The command's exit code; -2 when it did not end within a minute. Its error output is logged on failure.
inline int runCli(const QString &profile, const QString &secretsFile, const QStringList &args)
{
    QBuffer input, output, errors;
    input.open(QIODevice::ReadOnly);
    output.open(QIODevice::WriteOnly);
    errors.open(QIODevice::WriteOnly);
    const QStringList argv{QStringLiteral("cxsync"), QStringLiteral("--config"), profile,
                           QStringLiteral("--secrets-file"), secretsFile};
    Cli c(argv + args, QProcessEnvironment(), &input, &output, &errors);
    int code = -1;
    c.run([&code](int r) { code = r; });
    if (!QTest::qWaitFor([&code] { return code != -1; }, 60000))
        return -2;
    if (code != 0)
        qWarning("%s", errors.data().constData());
    return code;
}

} // namespace cxsync::testsupport
