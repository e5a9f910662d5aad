#pragma once

#include "Clock.h"
#include "Result.h"
#include "exchange/ExchangeTypes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

namespace cxsync {
class Journal;
}

namespace cxsync::exchange {

class GraphConnector;

// One page of a calendarView/delta round.
struct GraphDeltaPage {
    int index = 0;                // 1-based within this run
    QList<ExchangeEvent> changed; // added or updated (occurrences may be skeletal)
    QStringList removed;  // ids reported "@removed" (also changes outside the window: filter by range)
    QList<Error> invalid; // items that failed validation (skipped, each naming field and item)
    bool last = false;    // the round is complete after this page (a deltaLink came)
};

// What sync_cursors keeps for a mailbox: the newest link and the window of the round it belongs to.
struct GraphDeltaCursor {
    QString link;
    QDateTime windowStartUtc; // invalid for a link stored without its window
    QDateTime windowEndUtc;
};

struct GraphDeltaOutcome {
    bool resyncRequired =
        false;            // the stored link expired (410 SyncStateNotFound): cursor cleared, run a full round
    bool resumed = false; // this run started from a stored link
    bool windowChanged = false; // a stored link belonged to another window: this was a new full round
    int pages = 0;
    QString deltaLink; // the link stored for the next round
};

// Reads calendarView/delta for one mailbox and window (PROTOCOLS.md A4, E1). Pages are requested with
// Prefer: odata.maxpagesize; links are followed verbatim. After EACH page the caller accepted, the newest
// link (nextLink mid-round, deltaLink at the end) is stored in the journal's sync_cursors under
// "graph:delta:<mailbox>", so a run that stops or crashes continues where it was. 410 SyncStateNotFound
// clears the cursor and reports resyncRequired.
class GraphDeltaReader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphDeltaReader)
public:
    // Return false to stop the run before this page is recorded (done() then gets ErrorKind::Cancelled).
    using PageCallback = std::function<bool(const GraphDeltaPage &)>;
    using DoneCallback = std::function<void(Result<GraphDeltaOutcome>)>;

    GraphDeltaReader(GraphConnector *connector, Journal *journal, Clock *clock, QString mailbox,
                     QDateTime windowStartUtc, QDateTime windowEndUtc, QObject *parent = nullptr);
    ~GraphDeltaReader() override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // Reads from the stored cursor but never moves or clears it (a dry run leaves the journal as it was, even
    // when it is killed half way).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    QString scope() const;
    // One round from the stored link (or from the window when there is none) to the next deltaLink.
    // Destroying the reader stops it without calling back.
    void run(PageCallback onPage, DoneCallback done);
    bool isRunning() const { return m_running; }

    static Result<GraphDeltaCursor> storedCursorRecord(Journal *journal, const QString &scope);
    static Result<QString> storedCursor(Journal *journal, const QString &scope); // the link only
    static Status storeCursor(Journal *journal, const QString &scope, const QString &cursor,
                              const QDateTime &nowUtc, const QDateTime &windowStartUtc = {},
                              const QDateTime &windowEndUtc = {});
    static Status clearCursor(Journal *journal, const QString &scope);

private:
    void fetch(const QUrl &url);
    void finish(Result<GraphDeltaOutcome> result);
    QUrl firstUrl() const;

    GraphConnector *m_connector;
    Journal *m_journal;
    Clock *m_clock;
    QString m_mailbox;
    QDateTime m_start;
    QDateTime m_end;
    int m_pageSize = 50;
    bool m_running = false;
    bool m_readOnly = false;
    PageCallback m_onPage;
    DoneCallback m_done;
    GraphDeltaOutcome m_outcome;
};

} // namespace cxsync::exchange
