#pragma once

#include "Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace cxsync {
class Journal;
}

namespace cxsync::exchange {

class GraphConnector;

// Moves a mailbox's stored Graph ids to immutable ids, once (PROTOCOLS.md A3, E10).
//
// GraphConnector asks for immutable ids on every request (Prefer: IdType="ImmutableId"), so delta pages,
// reads and writes answer with them. A journal written before that holds REST ids, which Outlook changes when
// an item moves to another folder. run() translates the ids the journal holds for the mailbox with
// translateExchangeIds (up to 1000 per request), and when Graph refuses that call to the application
// (learn.microsoft.com now lists no application permission for it) reads each item once with the Prefer
// header instead (GET /users/{mailbox}/events/{id}?$select=id). Then, in one journal transaction, every
// stored copy of a translated id is replaced:
//   item_links.exchange_item_id and .series_master_id, sync_inbox.exchange_item_id and its payload,
//   outbox.target_id and its payload, failed_messages.exchange_item_id, its snapshot and its item_key,
// and the mailbox is marked done (sync_cursors scope "graph:idType:<mailbox>" = "ImmutableId"), so later runs
// return at once. Ids Graph cannot translate (items deleted since) are left as they are and named in the
// outcome. A failure (network, throttling beyond the retries) changes nothing; run() can simply be called
// again.
//
// Call it for a mailbox before the first delta read of that mailbox with the new connector: a delta page read
// first would report the linked items under ids the journal does not know.
class GraphIdMigration final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphIdMigration)
public:
    struct Outcome {
        bool alreadyDone = false; // nothing was asked or changed
        bool byReading = false;   // translateExchangeIds was refused; each item was read instead
        int storedIds = 0;        // distinct ids the journal held for the mailbox
        int translated = 0;       // ids that were REST ids and are immutable ones now
        int rowsChanged = 0;      // journal rows rewritten
        // Ids kept as they were: Graph could not translate them (e.g. the item is gone), or a link under the
        // immutable id existed already; with the reason.
        QHash<QString, QString> notTranslated;
    };
    using Done = std::function<void(Result<Outcome>)>;

    static constexpr const char *kDoneValue = "ImmutableId";
    static QString scope(const QString &mailbox); // "graph:idType:<mailbox>"

    GraphIdMigration(GraphConnector *connector, Journal *journal, QObject *parent = nullptr);
    ~GraphIdMigration() override;

    // The callback runs once, from the event loop. Destroying the migration stops it without calling back and
    // without changing the journal.
    void run(const QString &mailbox, const QDateTime &nowUtc, Done done);

    // The parts, for callers that bring their own translation (and for tests).
    static Result<bool> isDone(Journal &journal, const QString &mailbox);
    // Distinct non-empty Exchange ids stored for `mailbox` in the tables above.
    static Result<QStringList> storedIds(Journal &journal, const QString &mailbox);
    // Replaces every stored copy of each key of `immutableByRestId` with its value and marks the mailbox
    // done, in one transaction. Returns the rows changed; ids whose link could not move because a link under
    // the immutable id exists already are added to `kept`.
    static Result<int> apply(Journal &journal, const QString &mailbox,
                             const QHash<QString, QString> &immutableByRestId, const QDateTime &nowUtc,
                             QHash<QString, QString> *kept = nullptr);

private:
    struct Run;
    void translateNext(quint64 runId);
    void readNext(quint64 runId);
    void finish(quint64 runId, Result<Outcome> result);

    QPointer<GraphConnector> m_connector;
    Journal *m_journal;
    quint64 m_nextRun = 1;
    QHash<quint64, std::shared_ptr<Run>> m_runs;
};

} // namespace cxsync::exchange
