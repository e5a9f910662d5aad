#include "LogSetup.h"

#include "config/Settings.h"
#include "config/SettingsSchema.h"

#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

#ifndef Q_OS_WIN
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace cxsync {

QString LogSetup::filterRules(const QString &level, bool diagnosticMode)
{
    QStringList rules;
    if (level == Choices::LogErrors)
        rules << QStringLiteral("cxsync.*.warning=false") << QStringLiteral("cxsync.*.info=false")
              << QStringLiteral("cxsync.*.debug=false");
    else if (level == Choices::LogWarnings)
        rules << QStringLiteral("cxsync.*.info=false") << QStringLiteral("cxsync.*.debug=false");
    else if (level == Choices::LogDebug)
        rules << QStringLiteral("cxsync.*.info=true") << QStringLiteral("cxsync.*.debug=true");
    // Last, so that it wins over the wildcards above: the HTTP trace is Diagnostic Mode's, not the level's.
    rules << QStringLiteral("cxsync.net.trace.debug=%1")
                 .arg(diagnosticMode ? QStringLiteral("true") : QStringLiteral("false"));
    return rules.join(QLatin1Char('\n'));
}

void LogSetup::apply(const Settings &settings)
{
    QLoggingCategory::setFilterRules(
        filterRules(settings.value(Keys::LogLevel).toString(), settings.diagnosticMode()));
}

bool LogSetup::stderrIsJournal(const QProcessEnvironment &env)
{
#ifdef Q_OS_WIN
    return streamIsJournal(env, 2);
#else
    return streamIsJournal(env, STDERR_FILENO);
#endif
}

bool LogSetup::streamIsJournal(const QProcessEnvironment &env, int fd)
{
#ifdef Q_OS_WIN
    Q_UNUSED(env)
    Q_UNUSED(fd)
    return false;
#else
    const QStringList parts = env.value(QStringLiteral("JOURNAL_STREAM")).split(QLatin1Char(':'));
    if (parts.size() != 2)
        return false;
    bool deviceOk = false;
    bool inodeOk = false;
    const qulonglong device = parts.at(0).toULongLong(&deviceOk);
    const qulonglong inode = parts.at(1).toULongLong(&inodeOk);
    struct stat st {};
    if (!deviceOk || !inodeOk || ::fstat(fd, &st) != 0)
        return false;
    return qulonglong(st.st_dev) == device && qulonglong(st.st_ino) == inode;
#endif
}

QByteArray LogSetup::journalLines(QtMsgType type, const QString &formatted)
{
    const char *priority = "<6>";
    switch (type) {
    case QtDebugMsg:
        priority = "<7>";
        break;
    case QtInfoMsg:
        priority = "<6>";
        break;
    case QtWarningMsg:
        priority = "<4>";
        break;
    case QtCriticalMsg:
        priority = "<3>";
        break;
    case QtFatalMsg:
        priority = "<2>";
        break;
    }
    QByteArray out;
    const QList<QByteArray> lines = formatted.toUtf8().split('\n');
    for (const QByteArray &line : lines) {
        out += priority;
        out += line;
        out += '\n';
    }
    return out;
}

namespace {

void journalHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray lines = LogSetup::journalLines(type, qFormatLogMessage(type, context, message));
    std::fwrite(lines.constData(), 1, size_t(lines.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void LogSetup::installJournalPriorities()
{
    qInstallMessageHandler(journalHandler);
}

} // namespace cxsync
