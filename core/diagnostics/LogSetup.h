#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QtGlobal>

namespace cxsync {

class Settings;

// The log level setting (log/level: errors, warnings, info, debug; the legacy "logging level") applied to the
// product's logging categories (cxsync.*) through QLoggingCategory filter rules, and journald priorities for
// the messages when systemd connects standard error to the journal.
class LogSetup final {
public:
    // Filter rules for `level`: errors keeps critical messages only, warnings adds warnings, info (the
    // default) keeps each category's own threshold, debug shows everything. Diagnostic Mode's HTTP trace
    // (cxsync.net.trace) is on exactly when Diagnostic Mode is, whatever the level. QT_LOGGING_RULES still
    // wins.
    static QString filterRules(const QString &level, bool diagnosticMode);
    static void apply(const Settings &settings);

    // True when standard error is the journal stream systemd names in JOURNAL_STREAM ("device:inode"), as
    // sd_journal_stream_fd(3) describes; a redirected or inherited stderr is left alone.
    static bool stderrIsJournal(const QProcessEnvironment &env);
    // The same for any descriptor (a service's standard output shares the stream with its standard error when
    // both go to the journal, systemd's default).
    static bool streamIsJournal(const QProcessEnvironment &env, int fd);
    // Writes Qt's messages to standard error with sd-daemon priority prefixes ("<3>" critical, "<4>" warning,
    // "<6>" info, "<7>" debug), one per line, so journalctl shows their level (journalctl -p warning).
    static void installJournalPriorities();
    // One formatted message as the journal reads it: every line prefixed.
    static QByteArray journalLines(QtMsgType type, const QString &formatted);
};

} // namespace cxsync
