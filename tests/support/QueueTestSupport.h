#pragma once

// Fixtures for the queue suites: failure records that read like the engine's, and a strict RFC 4180 CSV
// reader (independent of the writer under test). Header-only.
#include "CoreTestSupport.h"
#include "queue/QueueTypes.h"
#include "store/Journal.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cxsync::testsupport {

inline queue::FailureRecord failure(queue::Direction direction, const QString &mailbox,
                                    const QString &sourceId, const QString &operation, ErrorKind kind,
                                    const QString &message,
                                    const QString &subject = QStringLiteral("Board meeting"))
{
    queue::FailureRecord f;
    f.direction = direction;
    f.mailbox = mailbox;
    f.crmUserId = QStringLiteral("crm-") + mailbox.section(QLatin1Char('@'), 0, 0);
    if (direction == queue::Direction::ExchangeToCrm)
        f.exchangeItemId = sourceId;
    else
        f.crmItemId = sourceId;
    f.operation = operation;
    f.subject = subject;
    f.snapshot = QJsonObject{{QStringLiteral("kind"), QStringLiteral("test.change")},
                             {QStringLiteral("operation"), operation},
                             {QStringLiteral("source"), sourceId},
                             {QStringLiteral("subject"), subject}};
    f.error = makeError(kind, message);
    return f;
}

inline queue::FailureRecord networkFailure(const QString &mailbox, const QString &sourceId,
                                           const QString &operation = QStringLiteral("create"))
{
    return failure(queue::Direction::ExchangeToCrm, mailbox, sourceId, operation, ErrorKind::Network,
                   QStringLiteral("Connection to crm.example.com failed: Connection refused"));
}

// Rows i = first..last as a long outage leaves them, in one statement: every tenth a parked CRM→Exchange
// update (400), the others waiting Exchange→CRM creates (network); mailboxes anna, bert, carl, dora in runs
// of ten; last failures one second apart before 2026-01-05 09:00 UTC; one history event each. Empty on
// success.
inline QString seedFailedMessages(Journal &journal, int first, int last)
{
    QSqlDatabase db = journal.database();
    QSqlQuery seed(db);
    if (!db.transaction())
        return db.lastError().text();
    const QString sql =
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2),"
            " r AS (SELECT i, CASE (i / 10) % 4 WHEN 0 THEN 'anna@contoso.com' WHEN 1 THEN"
            " 'bert@contoso.com' WHEN 2 THEN 'carl@contoso.com' ELSE 'dora@contoso.com' END AS mailbox,"
            " strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-05 09:00:00', '-' || i || ' seconds') AS t FROM n)"
            " INSERT INTO failed_messages (direction, crm_user_id, mailbox, crm_item_id, exchange_item_id,"
            " operation, subject, snapshot, error_kind, error_message, http_status, attempts,"
            " first_failure_utc, last_failure_utc, next_attempt_utc, state, note, item_key,"
            " state_changed_utc) SELECT CASE WHEN i % 10 = 0 THEN 'crm_to_exchange' ELSE"
            " 'exchange_to_crm' END, 'crm-' || substr(mailbox, 1, 4), mailbox, CASE WHEN i % 10 = 0"
            " THEN i END, CASE WHEN i % 10 <> 0 THEN 'AAMk-' || i END, CASE WHEN i % 10 = 0 THEN"
            " 'update' ELSE 'create' END, 'Board meeting ' || i, '{\"kind\":\"test.change\",\"n\":' || i || "
            "'}',"
            " CASE WHEN i % 10 = 0 THEN 'invalid' ELSE 'network' END, CASE WHEN i % 10 = 0 THEN '400 Bad "
            "Request'"
            " ELSE 'Connection refused' END, CASE WHEN i % 10 = 0 THEN 400 END, 3, t, t, CASE WHEN"
            " i % 10 <> 0 THEN strftime('%Y-%m-%dT%H:%M:%fZ', t, '+1 hour') END, CASE WHEN i % 10 = 0"
            " THEN 'parked' ELSE 'waiting' END, NULL, CASE WHEN i % 10 = 0 THEN 'crm_to_exchange|' ||"
            " mailbox || '|' || i ELSE 'exchange_to_crm|' || mailbox || '|AAMk-' || i END, t FROM r")
            .arg(first)
            .arg(last);
    if (!seed.exec(sql)) {
        const QString error = seed.lastError().text();
        db.rollback();
        return error;
    }
    if (!seed.exec(
            QStringLiteral("INSERT INTO failed_message_events (message_id, time_utc, event, attempt)"
                           " SELECT id, last_failure_utc, 'failed', attempts FROM failed_messages m WHERE NOT"
                           " EXISTS (SELECT 1 FROM failed_message_events e WHERE e.message_id = m.id)"))) {
        const QString error = seed.lastError().text();
        db.rollback();
        return error;
    }
    return db.commit() ? QString() : db.lastError().text();
}

// RFC 4180: fields separated by commas, records by CRLF; quoted fields may hold commas, CRLF and doubled
// quotes. Anything else (a bare quote inside an unquoted field, text after a closing quote, an open quote at
// the end) is an error.
inline QList<QStringList> parseCsv(const QByteArray &data, QString *error)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    int i = 0;
    const int n = int(text.size());
    bool fieldStarted = false;
    while (i < n) {
        const QChar c = text.at(i);
        if (!fieldStarted && c == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field in row %1").arg(rows.size() + 1);
                    return {};
                }
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            fieldStarted = true;
            if (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                *error = QStringLiteral("text after a closing quote in row %1").arg(rows.size() + 1);
                return {};
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r')) {
            if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n')) {
                *error = QStringLiteral("a bare CR in row %1").arg(rows.size() + 1);
                return {};
            }
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\n')) {
            *error = QStringLiteral("a quote or line break inside an unquoted field in row %1")
                         .arg(rows.size() + 1);
            return {};
        }
        field += c;
        fieldStarted = true;
        ++i;
    }
    if (fieldStarted || !row.isEmpty()) {
        *error = QStringLiteral("the last record does not end with CRLF");
        return {};
    }
    return rows;
}

} // namespace cxsync::testsupport
