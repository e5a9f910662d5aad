#include "Journal.h"

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
    };
    return list;
}

} // namespace cxsync
