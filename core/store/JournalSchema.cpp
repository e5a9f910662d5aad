#include "store/Journal.h"

namespace cxsync {

// Numbered migrations. Never edit a released step: add the next one.
const QList<JournalMigration> &Journal::migrations()
{
    static const QList<JournalMigration> list{
        {1,
         "initial tables",
         {
             // One CRM user ↔ one mailbox. excluded = disabled by the admin; user sync must not relink it.
             QStringLiteral("CREATE TABLE user_links ("
                            " crm_user_id TEXT PRIMARY KEY,"
                            " crm_logon TEXT NOT NULL,"
                            " exchange_server TEXT,"
                            " exchange_user_id TEXT,"
                            " mailbox TEXT,"
                            " match_rule TEXT,"
                            " state TEXT NOT NULL DEFAULT 'unlinked'"
                            "   CHECK (state IN ('linked','unlinked','excluded','conflict')),"
                            " last_sync_utc TEXT,"
                            " last_error TEXT,"
                            " updated_utc TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX user_links_mailbox ON user_links(exchange_server, exchange_user_id)"
                 " WHERE exchange_user_id IS NOT NULL"),
             // One CRM communication ↔ the event in each mailbox it appears in (same iCalUId).
             QStringLiteral("CREATE TABLE item_links ("
                            " id INTEGER PRIMARY KEY,"
                            " crm_comm_id TEXT,"
                            " ical_uid TEXT,"
                            " mailbox TEXT NOT NULL,"
                            " exchange_item_id TEXT,"
                            " exchange_change_key TEXT,"
                            " exchange_hash TEXT,"
                            " crm_updated_utc TEXT,"
                            " crm_hash TEXT,"
                            " updated_utc TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX item_links_exchange ON item_links(mailbox, exchange_item_id)"),
             QStringLiteral("CREATE INDEX item_links_crm ON item_links(crm_comm_id)"),
             QStringLiteral("CREATE INDEX item_links_uid ON item_links(ical_uid)"),
             // Delta links per mailbox, the CRM watermark: scope → opaque cursor.
             QStringLiteral("CREATE TABLE sync_cursors ("
                            " scope TEXT PRIMARY KEY,"
                            " cursor TEXT NOT NULL,"
                            " updated_utc TEXT NOT NULL)"),
             // Write-ahead outbox: stored before sending, deleted after confirmation, replayed after a crash.
             QStringLiteral(
                 "CREATE TABLE outbox ("
                 " id INTEGER PRIMARY KEY,"
                 " direction TEXT NOT NULL CHECK (direction IN ('crm_to_exchange','exchange_to_crm')),"
                 " operation TEXT NOT NULL,"
                 " mailbox TEXT,"
                 " target_id TEXT,"
                 " idempotency_key TEXT NOT NULL UNIQUE,"
                 " payload TEXT NOT NULL,"
                 " created_utc TEXT NOT NULL,"
                 " attempts INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral(
                 "CREATE TABLE failed_messages ("
                 " id INTEGER PRIMARY KEY,"
                 " direction TEXT NOT NULL CHECK (direction IN ('crm_to_exchange','exchange_to_crm')),"
                 " crm_user_id TEXT,"
                 " mailbox TEXT,"
                 " crm_item_id TEXT,"
                 " exchange_item_id TEXT,"
                 " snapshot TEXT NOT NULL,"
                 " error_kind TEXT NOT NULL,"
                 " error_message TEXT NOT NULL,"
                 " http_status INTEGER,"
                 " error_code TEXT,"
                 " attempts INTEGER NOT NULL DEFAULT 1,"
                 " first_failure_utc TEXT NOT NULL,"
                 " last_failure_utc TEXT NOT NULL,"
                 " next_attempt_utc TEXT,"
                 " state TEXT NOT NULL DEFAULT 'waiting'"
                 "   CHECK (state IN ('waiting','retrying','parked','resolved','discarded')))"),
             QStringLiteral("CREATE INDEX failed_messages_due ON failed_messages(state, next_attempt_utc)"),
             QStringLiteral("CREATE TABLE transaction_log ("
                            " id INTEGER PRIMARY KEY,"
                            " time_utc TEXT NOT NULL,"
                            " direction TEXT,"
                            " user TEXT,"
                            " item TEXT,"
                            " action TEXT NOT NULL,"
                            " result TEXT NOT NULL,"
                            " duration_ms INTEGER,"
                            " detail TEXT)"),
             QStringLiteral("CREATE INDEX transaction_log_time ON transaction_log(time_utc)"),
         }},
        {2,
         "user sync: CRM user's name, why a user is not linked, when it was excluded",
         {
             // "First Last" as the CRM shows it, so the Users page needs no CRM round trip.
             QStringLiteral("ALTER TABLE user_links ADD COLUMN crm_name TEXT"),
             // Why the user is in its state (skipped, conflict, unlinked): shown beside the state. Write
             // failures stay in last_error.
             QStringLiteral("ALTER TABLE user_links ADD COLUMN note TEXT"),
             // Set while state = 'excluded': when the admin disabled the user.
             QStringLiteral("ALTER TABLE user_links ADD COLUMN excluded_utc TEXT"),
             QStringLiteral("CREATE INDEX user_links_logon ON user_links(crm_logon COLLATE NOCASE)"),
         }},
        {3,
         "failed messages: operation, subject, dedup key, notes, claims, attempt history, paging indexes; "
         "transaction log messages and conflicts; error mails sent",
         {
             // create | update | delete | respond: what the failed write was to do.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN operation TEXT NOT NULL DEFAULT ''"),
             // The appointment's subject, so lists need no snapshot parsing.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN subject TEXT"),
             // direction|mailbox|source item: a newer failure of the same item replaces the open row's
             // snapshot instead of queueing the item twice.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN item_key TEXT"),
             // Why the row is parked, resolved or discarded.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN note TEXT"),
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN state_changed_utc TEXT"),
             // When a retrier took the row (state 'retrying'); a claim older than the lease is due again,
             // so a crash during a retry loses nothing.
             QStringLiteral("ALTER TABLE failed_messages ADD COLUMN claimed_utc TEXT"),
             QStringLiteral("CREATE UNIQUE INDEX failed_messages_open_item ON failed_messages(item_key)"
                            " WHERE item_key IS NOT NULL AND state IN ('waiting','retrying','parked')"),
             // Keyset paging, newest first, with and without the common filters.
             QStringLiteral("CREATE INDEX failed_messages_recent ON failed_messages(last_failure_utc, id)"),
             QStringLiteral(
                 "CREATE INDEX failed_messages_state_recent ON failed_messages(state, last_failure_utc, id)"),
             QStringLiteral(
                 "CREATE INDEX failed_messages_kind_recent ON failed_messages(error_kind, last_failure_utc, id)"),
             QStringLiteral("CREATE INDEX failed_messages_mailbox ON failed_messages(mailbox COLLATE NOCASE)"),
             QStringLiteral("CREATE INDEX failed_messages_user ON failed_messages(crm_user_id)"),
             // Every failure, retry and admin action on a failed message, oldest first.
             QStringLiteral(
                 "CREATE TABLE failed_message_events ("
                 " id INTEGER PRIMARY KEY,"
                 " message_id INTEGER NOT NULL REFERENCES failed_messages(id) ON DELETE CASCADE,"
                 " time_utc TEXT NOT NULL,"
                 " event TEXT NOT NULL CHECK (event IN ('failed','retrying','resolved','superseded',"
                 "   'parked','discarded','requeued','replaced')),"
                 " attempt INTEGER NOT NULL,"
                 " error_kind TEXT,"
                 " error_message TEXT,"
                 " http_status INTEGER,"
                 " error_code TEXT,"
                 " next_attempt_utc TEXT,"
                 " note TEXT)"),
             QStringLiteral(
                 "CREATE INDEX failed_message_events_message ON failed_message_events(message_id, id)"),
             QStringLiteral("ALTER TABLE transaction_log ADD COLUMN message TEXT"),
             // Both versions of a conflict, JSON: {"crm": {...}, "exchange": {...}, "kept": "crm"|"exchange"}.
             QStringLiteral("ALTER TABLE transaction_log ADD COLUMN conflict TEXT"),
             QStringLiteral("ALTER TABLE transaction_log ADD COLUMN failed_message_id INTEGER"),
             QStringLiteral("CREATE INDEX transaction_log_user ON transaction_log(user COLLATE NOCASE, time_utc)"),
             QStringLiteral("CREATE INDEX transaction_log_direction ON transaction_log(direction, time_utc)"),
             // Error e-mails tried: at most one per digest interval; (covered_until_utc, covered_until_id) is
             // the newest failure a sent digest reported (the next one reports what comes after it).
             QStringLiteral("CREATE TABLE error_mails ("
                            " id INTEGER PRIMARY KEY,"
                            " attempted_utc TEXT NOT NULL,"
                            " recipients TEXT NOT NULL,"
                            " subject TEXT NOT NULL,"
                            " failures INTEGER NOT NULL,"
                            " covered_until_utc TEXT,"
                            " covered_until_id INTEGER,"
                            " result TEXT NOT NULL CHECK (result IN ('sent','failed')),"
                            " server_reply TEXT,"
                            " error TEXT)"),
             QStringLiteral("CREATE INDEX error_mails_attempted ON error_mails(attempted_utc)"),
         }},
        {4,
         "calendar sync: item link role, start and owner; staged Exchange changes",
         {
             // 1: the organizer's item (or a private copy we created); 0: an attendee's copy of a meeting,
             // which Exchange keeps in step itself and the engine never writes.
             QStringLiteral("ALTER TABLE item_links ADD COLUMN is_organizer INTEGER NOT NULL DEFAULT 1"),
             // The item's start as last synchronized: a removal reported for an item outside the sync
             // window is the window moving, not a delete.
             QStringLiteral("ALTER TABLE item_links ADD COLUMN start_utc TEXT"),
             QStringLiteral("ALTER TABLE item_links ADD COLUMN crm_user_id TEXT"),
             // An occurrence's series master: Graph reports a deleted series as its master's removal only,
             // and occurrences are linked one by one.
             QStringLiteral("ALTER TABLE item_links ADD COLUMN series_master_id TEXT"),
             // Exchange changes read from a delta page, kept until they are applied: the delta cursor moves
             // on after each page, so what a page said must be durable before it does.
             QStringLiteral("CREATE TABLE sync_inbox ("
                            " id INTEGER PRIMARY KEY,"
                            " mailbox TEXT NOT NULL,"
                            " exchange_item_id TEXT NOT NULL,"
                            " removed INTEGER NOT NULL DEFAULT 0,"
                            " payload TEXT,"
                            " received_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE UNIQUE INDEX sync_inbox_item ON sync_inbox(mailbox, exchange_item_id)"),
         }},
        {5,
         "push: notifications accepted by the listener, Graph subscriptions",
         {
             // What the listener answered 202 for, until the service has acted on it. While a row is
             // pending, duplicates for the same mailbox (and lifecycle event) only raise `collapsed`.
             QStringLiteral("CREATE TABLE notification_inbox ("
                            " id INTEGER PRIMARY KEY,"
                            " mailbox TEXT NOT NULL,"
                            " subscription_id TEXT,"
                            " kind TEXT NOT NULL CHECK (kind IN ('change','lifecycle')),"
                            " detail TEXT NOT NULL DEFAULT '',"
                            " received_utc TEXT NOT NULL,"
                            " state TEXT NOT NULL CHECK (state IN ('pending','done')),"
                            " collapsed INTEGER NOT NULL DEFAULT 0,"
                            " processed_utc TEXT)"),
             QStringLiteral("CREATE UNIQUE INDEX notification_inbox_pending ON notification_inbox(mailbox, kind, "
                            "detail) WHERE state = 'pending'"),
             // One Graph subscription per linked mailbox.
             QStringLiteral("CREATE TABLE subscriptions ("
                            " id TEXT PRIMARY KEY,"
                            " mailbox TEXT NOT NULL,"
                            " resource TEXT NOT NULL,"
                            " change_type TEXT NOT NULL,"
                            " notification_url TEXT NOT NULL,"
                            " expiration_utc TEXT NOT NULL,"
                            " created_utc TEXT NOT NULL,"
                            " renewed_utc TEXT,"
                            " state TEXT NOT NULL CHECK (state IN ('active','failed','removed')),"
                            " last_error TEXT)"),
             QStringLiteral("CREATE UNIQUE INDEX subscriptions_mailbox ON subscriptions(mailbox) WHERE state = 'active'"),
         }},
        {6,
         "service heartbeat",
         {
             // The last `cxsync serve` started on this journal: written at start, every poll and at stop, read by
             // the panel's Service tab (a heartbeat older than two poll intervals means it is not running).
             QStringLiteral("CREATE TABLE service_state ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " pid INTEGER NOT NULL,"
                            " host TEXT NOT NULL,"
                            " started_utc TEXT NOT NULL,"
                            " heartbeat_utc TEXT NOT NULL,"
                            " poll_interval_secs INTEGER NOT NULL,"
                            " listen_url TEXT,"
                            " public_url TEXT,"
                            " last_run_utc TEXT,"
                            " last_run_ok INTEGER,"
                            " last_run_result TEXT,"
                            " stopped_utc TEXT)"),
         }},
        {7,
         "failed messages: list-order indexes for the user and direction filters, filter columns in the "
         "list-order indexes",
         {
             // The user filter (CRM user id, or mailbox ignoring case) is read as two disjoint legs, one per
             // index below (FailedMessageQueue's UserMatch), each walked newest first. They replace migration
             // 3's single-column indexes, whose leading column they keep (with the same collation).
             // The trailing columns let a page or count check the other filters (state, kind, direction, and
             // in the second leg the mailbox it leaves out) in the index, without reading the row.
             QStringLiteral("DROP INDEX failed_messages_mailbox"),
             QStringLiteral(
                 "CREATE INDEX failed_messages_mailbox_recent ON failed_messages(mailbox COLLATE NOCASE,"
                 " last_failure_utc, id, state, error_kind, direction)"),
             QStringLiteral("DROP INDEX failed_messages_user"),
             QStringLiteral("CREATE INDEX failed_messages_user_recent ON failed_messages(crm_user_id,"
                            " last_failure_utc, id, mailbox COLLATE NOCASE, state, error_kind, direction)"),
             QStringLiteral("CREATE INDEX failed_messages_direction_recent ON failed_messages(direction,"
                            " last_failure_utc, id, state, error_kind)"),
             // Migration 3's state and kind indexes, with the other filters' columns: a rare combination
             // (e.g. network errors that are parked) no longer reads every row of the one to test the other.
             QStringLiteral("DROP INDEX failed_messages_state_recent"),
             QStringLiteral(
                 "CREATE INDEX failed_messages_state_recent ON failed_messages(state, last_failure_utc,"
                 " id, error_kind, direction)"),
             QStringLiteral("DROP INDEX failed_messages_kind_recent"),
             QStringLiteral("CREATE INDEX failed_messages_kind_recent ON failed_messages(error_kind,"
                            " last_failure_utc, id, state, direction)"),
         }},
        {8,
         "synthetic canary rounds",
         {
             // One row per canary round (core/canary), written BEFORE the canary item is: a round that never
             // reached 'cleaned' (the service died) is found at the next start and its items are removed from
             // both sides, located by the marker in their subject when their ids were never stored.
             QStringLiteral(
                 "CREATE TABLE canary_rounds ("
                 " id INTEGER PRIMARY KEY,"
                 " started_utc TEXT NOT NULL,"
                 " direction TEXT NOT NULL CHECK (direction IN ('crm_to_exchange','exchange_to_crm')),"
                 " crm_user_id TEXT NOT NULL,"
                 " mailbox TEXT NOT NULL,"
                 " marker TEXT NOT NULL UNIQUE,"
                 " slot_start_utc TEXT NOT NULL,"
                 " slot_end_utc TEXT NOT NULL,"
                 " crm_item_id TEXT,"
                 " exchange_item_id TEXT,"
                 " written_utc TEXT,"
                 " seen_utc TEXT,"
                 " latency_ms INTEGER,"
                 " state TEXT NOT NULL DEFAULT 'writing'"
                 "   CHECK (state IN ('writing','waiting','arrived','late','lost','failed')),"
                 " error TEXT,"
                 " cleaned INTEGER NOT NULL DEFAULT 0,"
                 " reported INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX canary_rounds_started ON canary_rounds(started_utc)"),
             QStringLiteral("CREATE INDEX canary_rounds_open ON canary_rounds(cleaned) WHERE cleaned = 0"),
             QStringLiteral("CREATE INDEX canary_rounds_unreported ON canary_rounds(reported)"
                            " WHERE reported = 0 AND state IN ('late','lost','failed')"),
         }},
        {9,
         "health dashboard: where a logged write's change began and how long it took to cross; indexes for the "
         "dashboard's series",
         {
             // When the change began at its source, by the source's own stamp (a CRM → Exchange write: the CRM
             // record's update stamp), and latency_ms = time_utc - source_utc (never negative: the CRM
             // server's clock may run ahead of ours). NULL when the writer does not know the source's stamp.
             QStringLiteral("ALTER TABLE transaction_log ADD COLUMN source_utc TEXT"),
             QStringLiteral("ALTER TABLE transaction_log ADD COLUMN latency_ms INTEGER"),
             // The dashboard's hourly counts and latency percentiles read a time range from this index alone
             // (covering), so 100,000 rows cost one range scan and no table reads.
             QStringLiteral("CREATE INDEX transaction_log_health ON transaction_log(time_utc, direction, result,"
                            " action, latency_ms)"),
             // Failures by error kind over a period: every failure (first and retried) is a 'failed' event.
             QStringLiteral("CREATE INDEX failed_message_events_time ON failed_message_events(time_utc, event,"
                            " error_kind, message_id)"),
             // Push latency: a change notification from its arrival to the end of the run that read it.
             QStringLiteral("CREATE INDEX notification_inbox_processed ON notification_inbox(processed_utc,"
                            " kind, received_utc, mailbox)"),
         }},
        {10,
         "push: where each subscription's notifications have reached (EWS watermark)",
         {
             // The last watermark an EWS push subscription reported, written once what it notified is in the
             // inbox: a restarted service resubscribes from it and Exchange replays what changed meanwhile.
             // NULL for Graph subscriptions.
             QStringLiteral("ALTER TABLE subscriptions ADD COLUMN resume_point TEXT"),
         }},
    };
    return list;
}

} // namespace cxsync
