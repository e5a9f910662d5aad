#include "DiagnosticStatusFeed.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>

namespace cxsync {

namespace {

// The handler is process-wide; so is what it forwards to.
QMutex g_mutex;
QPointer<DiagnosticStatusFeed> g_feed;
QtMessageHandler g_previous = nullptr;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        QMutexLocker lock(&g_mutex);
        previous = g_previous;
        if (g_feed && context.category && qstrcmp(context.category, "cxsync.net.trace") == 0) {
            const QString text = DiagnosticStatusFeed::statusLine(message);
            if (!text.isEmpty())
                QMetaObject::invokeMethod(
                    g_feed.data(),
                    [feed = g_feed, text] {
                        if (feed)
                            Q_EMIT feed->line(text);
                    },
                    Qt::QueuedConnection);
        }
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

DiagnosticStatusFeed::DiagnosticStatusFeed(QObject *parent) : QObject(parent)
{
    QMutexLocker lock(&g_mutex);
    const bool installed = g_feed != nullptr;
    g_feed = this;
    if (!installed)
        g_previous = qInstallMessageHandler(handle);
}

DiagnosticStatusFeed::~DiagnosticStatusFeed()
{
    QMutexLocker lock(&g_mutex);
    if (g_feed != this)
        return;
    g_feed = nullptr;
    qInstallMessageHandler(g_previous);
    g_previous = nullptr;
}

QString DiagnosticStatusFeed::statusLine(const QString &traceMessage)
{
    // HttpTrace::logResponse / logFailure, first line only (headers and bodies follow on further lines).
    static const QRegularExpression answer(
        QStringLiteral("^<-- \\[([^\\]]*)\\] (\\d{3}) (\\S+) (\\S+) in (\\d+) ms"));
    static const QRegularExpression failure(
        QStringLiteral("^<-- \\[([^\\]]*)\\] (\\S+) (\\S+) failed after (\\d+) ms: (.*)$"));
    const QString first = traceMessage.section(QLatin1Char('\n'), 0, 0);
    if (const auto m = answer.match(first); m.hasMatch())
        return tr("HTTP %1 in %2 ms: %3 %4 (%5)")
            .arg(m.captured(2), m.captured(5), m.captured(3), m.captured(4), m.captured(1));
    if (const auto m = failure.match(first); m.hasMatch())
        return tr("HTTP failed after %1 ms: %2 %3 (%4): %5")
            .arg(m.captured(4), m.captured(2), m.captured(3), m.captured(1), m.captured(5));
    return {};
}

} // namespace cxsync
