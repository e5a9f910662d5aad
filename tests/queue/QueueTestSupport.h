#pragma once

// Fixtures for the queue suites: failure records that read like the engine's, and a strict RFC 4180 CSV
// reader (independent of the writer under test). Header-only.
#include "CoreTestSupport.h"
#include "Journal.h"
#include "queue/QueueTypes.h"

#include <QJsonObject>
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
