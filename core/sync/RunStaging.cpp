#include "RunStaging.h"

#include "StringPool.h"
#include "store/Journal.h"

#include <QAtomicInt>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cxsync::sync {

namespace {

QAtomicInt g_runs; // tells apart the tables of two runs on one connection

Error storageError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorKind::Storage, RunStaging::tr("journal: %1: %2").arg(what, error.text()));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

// An item in a mailbox, as the closure walks them.
struct ItemKey {
    QString mailbox;
    QString item;
    QString joined() const { return mailbox + QLatin1Char('|') + item; }
};

// Runs `body` inside one transaction on the journal's connection (the scratch tables are written in bulk).
template <typename Body> Status inTransaction(Journal &journal, const QString &what, Body body)
{
    QSqlDatabase db = journal.database();
    if (!db.transaction())
        return storageError(what, db.lastError());
    const Status status = body(db);
    if (!status.ok()) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(what, error);
    }
    return Status();
}

} // namespace

struct RunStaging::Statements {
    explicit Statements(const QSqlDatabase &db)
        : feedOfUser(db), rowsOfMailbox(db), rowsByItem(db), rowsByUid(db), rowsByTxn(db), linkByItem(db),
          linksBySeries(db), linksByComm(db), linksByUid(db), feedByComm(db), feedByUid(db), action(db)
    {
    }
    QSqlQuery feedOfUser, rowsOfMailbox, rowsByItem, rowsByUid, rowsByTxn, linkByItem, linksBySeries, linksByComm,
        linksByUid, feedByComm, feedByUid, action;
};

RunStaging::RunStaging(Journal &journal) : m_journal(journal)
{
    m_prefix = QStringLiteral("cxsync_run%1_").arg(g_runs.fetchAndAddRelaxed(1));
}

RunStaging::~RunStaging()
{
    close();
}

void RunStaging::close()
{
    m_q.reset(); // no statement holds the tables
    if (!m_open)
        return;
    m_open = false;
    for (const char *name : {"feed", "feed_users", "rows", "plan"})
        (void)exec(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(t(name)));
}

QString RunStaging::t(const char *name) const
{
    return m_prefix + QLatin1String(name);
}

Status RunStaging::exec(const QString &sql) const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(sql))
        return storageError(tr("preparing the run's scratch tables"), q.lastError());
    return Status();
}

Status RunStaging::open()
{
    const QStringList ddl{
        QStringLiteral("CREATE TEMP TABLE %1 (comm_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, exchange_id TEXT,"
                       " payload TEXT NOT NULL, grp INTEGER)")
            .arg(t("feed")),
        QStringLiteral("CREATE INDEX temp.%1_uid ON %1(exchange_id)").arg(t("feed")),
        QStringLiteral("CREATE INDEX temp.%1_grp ON %1(grp, seq)").arg(t("feed")),
        QStringLiteral("CREATE TEMP TABLE %1 (user_id TEXT NOT NULL, comm_id TEXT NOT NULL)").arg(t("feed_users")),
        QStringLiteral("CREATE INDEX temp.%1_user ON %1(user_id)").arg(t("feed_users")),
        // a communication delivered again replaces its users: without it, each one scanned the whole table
        QStringLiteral("CREATE INDEX temp.%1_comm ON %1(comm_id)").arg(t("feed_users")),
        QStringLiteral("CREATE TEMP TABLE %1 (seq INTEGER PRIMARY KEY, inbox_id INTEGER NOT NULL, mailbox TEXT NOT "
                       "NULL, item TEXT NOT NULL, removed INTEGER NOT NULL, uid TEXT, txn_comm TEXT, subject TEXT,"
                       " payload TEXT, skeletal INTEGER NOT NULL DEFAULT 0, grp INTEGER, planned INTEGER NOT NULL DEFAULT 0,"
                       " settled INTEGER NOT NULL DEFAULT 0)")
            .arg(t("rows")),
        QStringLiteral("CREATE INDEX temp.%1_item ON %1(mailbox, item)").arg(t("rows")),
        QStringLiteral("CREATE INDEX temp.%1_uid ON %1(uid)").arg(t("rows")),
        QStringLiteral("CREATE INDEX temp.%1_txn ON %1(txn_comm)").arg(t("rows")),
        QStringLiteral("CREATE INDEX temp.%1_grp ON %1(grp)").arg(t("rows")),
        QStringLiteral("CREATE INDEX temp.%1_inbox ON %1(inbox_id)").arg(t("rows")),
        QStringLiteral("CREATE INDEX temp.%1_skeletal ON %1(skeletal, seq)").arg(t("rows")),
        QStringLiteral("CREATE TEMP TABLE %1 (seq INTEGER PRIMARY KEY, grp INTEGER NOT NULL, action TEXT NOT NULL,"
                       " inbox_rows TEXT, lane TEXT, target TEXT, mailbox TEXT, link_mailbox TEXT)")
            .arg(t("plan")),
        QStringLiteral("CREATE INDEX temp.%1_grp ON %1(grp, seq)").arg(t("plan")),
    };
    m_open = true;
    for (const QString &sql : ddl) {
        if (Status s = exec(sql); !s.ok())
            return s;
    }
    m_q = std::make_unique<Statements>(m_journal.database());
    // "+grp": the (mostly empty) group is filtered, never searched by (the other keys are selective)
    const QString rowColumns = QStringLiteral("SELECT seq, mailbox, item, removed, uid, txn_comm FROM %1 WHERE "
                                              "+grp IS NULL AND ")
                                   .arg(t("rows"));
    const bool prepared =
        m_q->feedOfUser.prepare(QStringLiteral("SELECT u.comm_id FROM %1 u JOIN %2 f ON f.comm_id = u.comm_id"
                                               " WHERE u.user_id = ? AND +f.grp IS NULL ORDER BY f.seq")
                                    .arg(t("feed_users"), t("feed"))) &&
        m_q->rowsOfMailbox.prepare(
            QStringLiteral("SELECT item FROM %1 WHERE mailbox = ? AND +grp IS NULL ORDER BY seq").arg(t("rows"))) &&
        m_q->rowsByItem.prepare(rowColumns + QStringLiteral("mailbox = ? AND item = ?")) &&
        m_q->rowsByUid.prepare(rowColumns + QStringLiteral("uid = ?")) &&
        m_q->rowsByTxn.prepare(rowColumns + QStringLiteral("txn_comm = ?")) &&
        m_q->linkByItem.prepare(SyncJournal::linkSelect() +
                                QStringLiteral(" WHERE mailbox = ? AND exchange_item_id = ?")) &&
        m_q->linksBySeries.prepare(SyncJournal::linkSelect() +
                                   QStringLiteral(" WHERE mailbox = ? AND series_master_id = ?")) &&
        m_q->linksByComm.prepare(SyncJournal::linkSelect() + QStringLiteral(" WHERE crm_comm_id = ?")) &&
        m_q->linksByUid.prepare(SyncJournal::linkSelect() + QStringLiteral(" WHERE ical_uid = ?")) &&
        m_q->feedByComm.prepare(
            QStringLiteral("SELECT exchange_id FROM %1 WHERE comm_id = ? AND +grp IS NULL").arg(t("feed"))) &&
        m_q->feedByUid.prepare(QStringLiteral("SELECT comm_id FROM %1 WHERE exchange_id = ?").arg(t("feed"))) &&
        m_q->action.prepare(QStringLiteral("SELECT action, inbox_rows FROM %1 WHERE seq = ?").arg(t("plan")));
    if (!prepared)
        return storageError(tr("preparing the run's scratch tables"), m_journal.database().lastError());
    return Status();
}

Status RunStaging::addFeed(const QList<crm::CrmAppointment> &appointments)
{
    return inTransaction(m_journal, tr("staging the CRM changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery drop(db), feed(db), users(db);
        drop.prepare(QStringLiteral("DELETE FROM %1 WHERE comm_id = ?").arg(t("feed_users")));
        feed.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (comm_id, seq, exchange_id, payload) VALUES (?,?,?,?)")
                         .arg(t("feed")));
        users.prepare(QStringLiteral("INSERT INTO %1 (user_id, comm_id) VALUES (?,?)").arg(t("feed_users")));
        for (const crm::CrmAppointment &a : appointments) {
            drop.addBindValue(a.id); // a repeated communication: its last version's users
            if (!drop.exec())
                return storageError(tr("staging the CRM changes"), drop.lastError());
            feed.addBindValue(a.id);
            feed.addBindValue(++m_feedSeq);
            feed.addBindValue(textOrNull(a.exchangeId));
            feed.addBindValue(compact(SyncJournal::appointmentToJson(a)));
            if (!feed.exec())
                return storageError(tr("staging the CRM changes"), feed.lastError());
            QSet<QString> seen;
            for (const QString &user : QStringList{a.ownerUserId} + a.linkedUserIds) {
                if (user.isEmpty() || seen.contains(user))
                    continue;
                seen.insert(user);
                users.addBindValue(user);
                users.addBindValue(a.id);
                if (!users.exec())
                    return storageError(tr("staging the CRM changes"), users.lastError());
            }
        }
        return Status();
    });
}

namespace {
// What the grouping reads of a staged change: its meeting and our transactionId's communication.
void describeRow(QSqlQuery &insert, qint64 inboxId, const QString &mailbox, const QString &item, bool removed,
                 const exchange::ExchangeEvent *event, const QString &payload)
{
    insert.addBindValue(inboxId);
    insert.addBindValue(mailbox);
    insert.addBindValue(item);
    insert.addBindValue(removed ? 1 : 0);
    insert.addBindValue(textOrNull(event ? event->iCalUId : QString()));
    insert.addBindValue(
        textOrNull(event && !removed ? CalendarPlanner::commIdOf(event->transactionId) : QString()));
    insert.addBindValue(textOrNull(event ? event->subject : QString()));
    insert.addBindValue(textOrNull(payload));
    insert.addBindValue(event && event->skeletal ? 1 : 0);
}
} // namespace

Status RunStaging::addInbox(const QSet<QString> &mailboxes)
{
    return inTransaction(m_journal, tr("staging Exchange changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery read(db);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral(
                "SELECT id, mailbox, exchange_item_id, removed, payload FROM sync_inbox ORDER BY id")))
            return storageError(tr("reading staged Exchange changes"), read.lastError());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (inbox_id, mailbox, item, removed, uid, txn_comm, subject,"
                                      " payload, skeletal) VALUES (?,?,?,?,?,?,?,?,?)")
                           .arg(t("rows")));
        while (read.next()) {
            const QString mailbox = read.value(1).toString();
            if (!mailboxes.contains(mailbox))
                continue;
            const bool removed = read.value(3).toInt() != 0;
            const QString payload = read.value(4).toString();
            exchange::ExchangeEvent event;
            if (!removed)
                event = SyncJournal::eventFromJson(parseObject(payload));
            describeRow(insert, read.value(0).toLongLong(), mailbox, read.value(2).toString(), removed,
                        removed ? nullptr : &event, removed ? QString() : payload);
            if (!insert.exec())
                return storageError(tr("staging Exchange changes"), insert.lastError());
        }
        return Status();
    });
}

Status RunStaging::addPage(const QString &mailbox, const QList<exchange::ExchangeEvent> &changed,
                           const QStringList &removed)
{
    return inTransaction(m_journal, tr("staging Exchange changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (inbox_id, mailbox, item, removed, uid, txn_comm, subject,"
                                      " payload, skeletal) VALUES (0,?,?,?,?,?,?,?,?)")
                           .arg(t("rows")));
        for (const exchange::ExchangeEvent &e : changed) {
            insert.addBindValue(mailbox);
            insert.addBindValue(e.id);
            insert.addBindValue(0);
            insert.addBindValue(textOrNull(e.iCalUId));
            insert.addBindValue(textOrNull(CalendarPlanner::commIdOf(e.transactionId)));
            insert.addBindValue(textOrNull(e.subject));
            insert.addBindValue(compact(SyncJournal::eventToJson(e)));
            insert.addBindValue(e.skeletal ? 1 : 0);
            if (!insert.exec())
                return storageError(tr("staging Exchange changes"), insert.lastError());
        }
        for (const QString &id : removed) {
            insert.addBindValue(mailbox);
            insert.addBindValue(id);
            insert.addBindValue(1);
            for (int i = 0; i < 4; ++i)
                insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            insert.addBindValue(0);
            if (!insert.exec())
                return storageError(tr("staging Exchange changes"), insert.lastError());
        }
        return Status();
    });
}

Status RunStaging::addMailbox(Group &group, const QString &mailbox, const QString &crmUserId)
{
    QStringList comms;
    if (!crmUserId.isEmpty()) {
        QSqlQuery &q = m_q->feedOfUser;
        q.addBindValue(crmUserId);
        if (!q.exec())
            return storageError(tr("grouping the run's changes"), q.lastError());
        while (q.next())
            comms.append(q.value(0).toString());
    }
    // the mailbox's own changes come in by their items (the closure reads each one's rows)
    QStringList keys;
    QSqlQuery &q = m_q->rowsOfMailbox;
    q.addBindValue(mailbox);
    if (!q.exec())
        return storageError(tr("grouping the run's changes"), q.lastError());
    while (q.next())
        keys.append(mailbox + QLatin1Char('|') + q.value(0).toString());
    if (comms.isEmpty() && keys.isEmpty())
        return Status();
    return closure(group, comms, {}, keys);
}

Result<bool> RunStaging::addUnplannedFeed(Group &group, int limit)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT comm_id FROM %1 WHERE grp IS NULL ORDER BY seq LIMIT ?").arg(t("feed")));
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(tr("grouping the run's changes"), q.lastError());
    QStringList comms;
    while (q.next())
        comms.append(q.value(0).toString());
    if (comms.isEmpty())
        return false;
    if (Status s = closure(group, comms, {}, {}); !s.ok())
        return s.error();
    return true;
}

// Everything a rule applied to one member of the group looks at, followed to the end: a staged change → its
// item's link (and the links of a series it is the master of) → their communications → every link of those
// (in any mailbox) → the staged changes of those items; a meeting (iCalUId) → its links, its staged copies
// in every mailbox and the feed's communications carrying it as their Exchange id; our transactionId → its
// communication. Only staged changes and feed communications no earlier group took are added; links are
// context (read-only until the writes), so they may be in several groups.
Status RunStaging::closure(Group &g, QStringList comms, QStringList uids, QStringList keys)
{
    const QString what = tr("grouping the run's changes");
    QSqlQuery &rowsByItem = m_q->rowsByItem, &rowsByUid = m_q->rowsByUid, &rowsByTxn = m_q->rowsByTxn,
              &linkByItem = m_q->linkByItem, &linksBySeries = m_q->linksBySeries, &linksByComm = m_q->linksByComm,
              &linksByUid = m_q->linksByUid, &feedByComm = m_q->feedByComm, &feedByUid = m_q->feedByUid;
    auto takeRows = [&](QSqlQuery &q) {
        while (q.next()) {
            const qint64 seq = q.value(0).toLongLong();
            if (g.seenRows.contains(seq))
                continue;
            g.seenRows.insert(seq);
            g.rows.append(seq);
            keys.append(q.value(1).toString() + QLatin1Char('|') + q.value(2).toString());
            if (const QString uid = q.value(4).toString(); !uid.isEmpty())
                uids.append(uid);
            if (const QString comm = q.value(5).toString(); !comm.isEmpty())
                comms.append(comm);
        }
    };
    auto takeLinks = [&](QSqlQuery &q) {
        for (const ItemLink &l : SyncJournal::readLinks(q)) {
            if (g.links.contains(l.rowId))
                continue;
            g.links.insert(l.rowId, l);
            if (!l.crmCommId.isEmpty())
                comms.append(l.crmCommId);
            keys.append(l.mailbox + QLatin1Char('|') + l.exchangeItemId);
            if (!l.iCalUId.isEmpty())
                uids.append(l.iCalUId);
            if (!l.seriesMasterId.isEmpty())
                keys.append(l.mailbox + QLatin1Char('|') + l.seriesMasterId);
        }
    };
    auto run = [&](QSqlQuery &q, const QVariantList &values) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        return q.exec();
    };

    while (!comms.isEmpty() || !uids.isEmpty() || !keys.isEmpty()) {
        while (!keys.isEmpty()) {
            const QString key = keys.takeLast();
            if (g.seenKeys.contains(key))
                continue;
            g.seenKeys.insert(key);
            const qsizetype bar = key.indexOf(QLatin1Char('|')); // an address has none; an item id may
            const QString mailbox = key.left(bar), item = key.mid(bar + 1);
            if (!run(rowsByItem, {mailbox, item}))
                return storageError(what, rowsByItem.lastError());
            takeRows(rowsByItem);
            if (!run(linkByItem, {mailbox, item}))
                return storageError(what, linkByItem.lastError());
            takeLinks(linkByItem);
            if (!run(linksBySeries, {mailbox, item}))
                return storageError(what, linksBySeries.lastError());
            takeLinks(linksBySeries);
        }
        while (!uids.isEmpty()) {
            const QString uid = uids.takeLast();
            if (g.seenUids.contains(uid))
                continue;
            g.seenUids.insert(uid);
            if (!run(linksByUid, {uid}))
                return storageError(what, linksByUid.lastError());
            takeLinks(linksByUid);
            if (!run(rowsByUid, {uid}))
                return storageError(what, rowsByUid.lastError());
            takeRows(rowsByUid);
            if (!run(feedByUid, {uid}))
                return storageError(what, feedByUid.lastError());
            while (feedByUid.next())
                comms.append(feedByUid.value(0).toString());
        }
        while (!comms.isEmpty()) {
            const QString comm = comms.takeLast();
            if (g.seenComms.contains(comm))
                continue;
            g.seenComms.insert(comm);
            if (!run(feedByComm, {comm}))
                return storageError(what, feedByComm.lastError());
            if (feedByComm.next()) {
                g.feedComms.append(comm);
                if (const QString uid = feedByComm.value(0).toString(); !uid.isEmpty())
                    uids.append(uid);
            }
            // never left mid-row: a statement under way keeps the connection's read transaction open, and the
            // journal's WAL could not be checkpointed for the rest of the run (it grew past 1 GB at 20,000)
            feedByComm.finish();
            if (!run(linksByComm, {comm}))
                return storageError(what, linksByComm.lastError());
            takeLinks(linksByComm);
            if (!run(rowsByTxn, {comm}))
                return storageError(what, rowsByTxn.lastError());
            takeRows(rowsByTxn);
        }
    }
    return Status();
}

Result<QList<RunStaging::RowRef>> RunStaging::skeletalRows(qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, mailbox, item FROM %1 WHERE skeletal = 1 AND seq > ? ORDER BY seq LIMIT ?")
                  .arg(t("rows")));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    if (!q.exec())
        return storageError(tr("reading staged Exchange changes"), q.lastError());
    QList<RowRef> out;
    while (q.next())
        out.append(RowRef{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Status RunStaging::updateRow(qint64 seq, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_journal.database());
    q.prepare(sql.arg(t("rows")));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(seq);
    if (!q.exec())
        return storageError(tr("staging Exchange changes"), q.lastError());
    return Status();
}

Status RunStaging::fillRow(qint64 seq, const exchange::ExchangeEvent &e)
{
    return updateRow(seq,
                     QStringLiteral("UPDATE %1 SET skeletal = 0, uid = ?, txn_comm = ?, subject = ?, payload = ?"
                                    " WHERE seq = ?"),
                     {textOrNull(e.iCalUId), textOrNull(CalendarPlanner::commIdOf(e.transactionId)),
                      textOrNull(e.subject), compact(SyncJournal::eventToJson(e))});
}

Status RunStaging::removeRow(qint64 seq)
{
    return updateRow(seq,
                     QStringLiteral("UPDATE %1 SET skeletal = 0, removed = 1, uid = NULL, txn_comm = NULL, payload ="
                                    " NULL WHERE seq = ?"),
                     {});
}

Status RunStaging::dropRow(qint64 seq)
{
    // group -1: no group takes it
    return updateRow(seq, QStringLiteral("UPDATE %1 SET skeletal = 0, grp = -1 WHERE seq = ?"), {});
}

Status RunStaging::seal(const Group &g, int index)
{
    return inTransaction(m_journal, tr("grouping the run's changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery rows(db), feed(db);
        rows.prepare(QStringLiteral("UPDATE %1 SET grp = ? WHERE seq = ?").arg(t("rows")));
        feed.prepare(QStringLiteral("UPDATE %1 SET grp = ? WHERE comm_id = ?").arg(t("feed")));
        for (qint64 seq : g.rows) {
            rows.addBindValue(index);
            rows.addBindValue(seq);
            if (!rows.exec())
                return storageError(tr("grouping the run's changes"), rows.lastError());
        }
        for (const QString &comm : g.feedComms) {
            feed.addBindValue(index);
            feed.addBindValue(comm);
            if (!feed.exec())
                return storageError(tr("grouping the run's changes"), feed.lastError());
        }
        return Status();
    });
}

Result<QList<ExchangeChange>> RunStaging::changesOf(const Group &g) const
{
    QList<qint64> seqs = g.rows;
    std::sort(seqs.begin(), seqs.end()); // the order they were staged in
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT inbox_id, mailbox, item, removed, payload FROM %1 WHERE seq = ?").arg(t("rows")));
    QList<ExchangeChange> out;
    out.reserve(seqs.size());
    StringPool pool;
    for (qint64 seq : std::as_const(seqs)) {
        q.addBindValue(seq);
        if (!q.exec() || !q.next())
            return storageError(tr("reading staged Exchange changes"), q.lastError());
        ExchangeChange c;
        c.inboxRowId = q.value(0).toLongLong();
        c.mailbox = pool(q.value(1).toString());
        c.removed = q.value(3).toInt() != 0;
        if (!c.removed) {
            c.event = SyncJournal::eventFromJson(parseObject(q.value(4).toString()));
            // a meeting's copies in its attendees' mailboxes carry the same texts: each held once
            exchange::ExchangeEvent &e = c.event;
            for (QString *text : {&e.iCalUId, &e.subject, &e.bodyText, &e.location, &e.organizer.address,
                                  &e.organizer.name, &e.timeZone, &e.type, &e.seriesMasterId})
                *text = pool(*text);
            for (exchange::ExchangeAttendee &a : e.attendees) {
                a.address = pool(a.address);
                a.name = pool(a.name);
                a.type = pool(a.type);
                a.response = pool(a.response);
            }
        }
        c.event.id = q.value(2).toString();
        c.event.removed = c.removed;
        q.finish();
        out.append(std::move(c));
    }
    return out;
}

Result<QList<crm::CrmAppointment>> RunStaging::feedOf(const Group &g) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT seq, payload FROM %1 WHERE comm_id = ?").arg(t("feed")));
    QList<QPair<qint64, crm::CrmAppointment>> read;
    for (const QString &comm : g.feedComms) {
        q.addBindValue(comm);
        if (!q.exec() || !q.next())
            return storageError(tr("reading the staged CRM changes"), q.lastError());
        read.append({q.value(0).toLongLong(), SyncJournal::appointmentFromJson(parseObject(q.value(1).toString()))});
        q.finish();
    }
    std::sort(read.begin(), read.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<crm::CrmAppointment> out;
    out.reserve(read.size());
    for (auto &pair : read)
        out.append(std::move(pair.second));
    return out;
}

Status RunStaging::markPlanned(const QList<ExchangeChange> &changes, const QHash<qint64, QString> &settled)
{
    return inTransaction(m_journal, tr("grouping the run's changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE %1 SET planned = 1, settled = ? WHERE inbox_id = ?").arg(t("rows")));
        for (const ExchangeChange &c : changes) {
            if (!c.inboxRowId)
                continue;
            q.addBindValue(settled.contains(c.inboxRowId) ? 1 : 0);
            q.addBindValue(c.inboxRowId);
            if (!q.exec())
                return storageError(tr("grouping the run's changes"), q.lastError());
        }
        return Status();
    });
}

namespace {
QString joinRows(const QList<qint64> &rows)
{
    QStringList out;
    for (qint64 row : rows)
        out.append(QString::number(row));
    return out.join(QLatin1Char(','));
}

QList<qint64> splitRows(const QString &text)
{
    QList<qint64> out;
    for (const QString &row : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(row.toLongLong());
    return out;
}
} // namespace

Status RunStaging::addActions(int index, const QList<SyncAction> &actions, ActionKey laneOf, ActionKey targetOf)
{
    return inTransaction(m_journal, tr("keeping the run's plan"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO %1 (grp, action, inbox_rows, lane, target, mailbox, link_mailbox)"
                                 " VALUES (?,?,?,?,?,?,?)")
                      .arg(t("plan")));
        for (const SyncAction &a : actions) {
            q.addBindValue(index);
            q.addBindValue(compact(a.toJson()));
            q.addBindValue(joinRows(a.inboxRows));
            q.addBindValue(laneOf(a));
            q.addBindValue(targetOf(a));
            q.addBindValue(a.mailbox);
            q.addBindValue(a.link.mailbox);
            if (!q.exec())
                return storageError(tr("keeping the run's plan"), q.lastError());
        }
        return Status();
    });
}

Result<QList<RunStaging::ActionRef>> RunStaging::actionRefsOf(int index) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, lane, target, mailbox, link_mailbox, inbox_rows FROM %1 WHERE grp = ?"
                             " ORDER BY seq")
                  .arg(t("plan")));
    q.addBindValue(index);
    if (!q.exec())
        return storageError(tr("reading the run's plan"), q.lastError());
    QList<ActionRef> out;
    StringPool pool; // a mailbox's actions name it once
    while (q.next())
        out.append(ActionRef{q.value(0).toLongLong(), q.value(1).toString(), pool(q.value(2).toString()),
                             pool(q.value(3).toString()), pool(q.value(4).toString()),
                             splitRows(q.value(5).toString())});
    return out;
}

Result<SyncAction> RunStaging::action(qint64 seq) const
{
    QSqlQuery &q = m_q->action;
    q.addBindValue(seq);
    if (!q.exec())
        return storageError(tr("reading the run's plan"), q.lastError());
    if (!q.next())
        return makeError(ErrorKind::Storage, tr("journal: reading the run's plan: action %1 is missing").arg(seq));
    SyncAction a = SyncAction::fromJson(parseObject(q.value(0).toString()));
    a.inboxRows = splitRows(q.value(1).toString());
    q.finish(); // never left mid-row (see closure)
    return a;
}

Result<QList<RunStaging::PlannedRow>> RunStaging::plannedRowsOf(int index) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT inbox_id, mailbox, subject, settled FROM %1 WHERE grp = ? AND planned = 1 AND"
                             " inbox_id <> 0 ORDER BY seq")
                  .arg(t("rows")));
    q.addBindValue(index);
    if (!q.exec())
        return storageError(tr("reading staged Exchange changes"), q.lastError());
    QList<PlannedRow> out;
    while (q.next())
        out.append(PlannedRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toInt() != 0});
    return out;
}

} // namespace cxsync::sync
