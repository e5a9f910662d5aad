#pragma once

#include <QObject>
#include <QString>

namespace cxsync {

// Diagnostic Mode's extra lines for the Status pane, as the legacy panel showed debugging information there:
// one line per HTTP answer the engine receives (or gives up on), with its status and duration, taken from the
// one redacted HTTP trace (category cxsync.net.trace, switched on by Diagnostic Mode when an action opens its
// connections). Secrets never reach it: the trace redacts credentials, tokens and passwords before logging.
//
// Qt routes log messages through one process-wide handler, so the feed installs its own in front of the
// previous one (which still gets every message) and puts the previous one back when destroyed. Only one feed
// is active at a time; a second one replaces the first until it is destroyed.
class DiagnosticStatusFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticStatusFeed)
public:
    explicit DiagnosticStatusFeed(QObject *parent = nullptr);
    ~DiagnosticStatusFeed() override;

    // The Status pane's line for one trace message, or empty when it is not an answer (requests, headers and
    // bodies stay in the log): "<-- [label] 200 GET url in 12 ms" becomes "HTTP 200 in 12 ms: GET url
    // (label)".
    static QString statusLine(const QString &traceMessage);

Q_SIGNALS:
    // Always delivered from the event loop of the feed's thread.
    void line(const QString &text);
};

} // namespace cxsync
