#include "QueueExport.h"

#include "queue/Csv.h"
#include "queue/FailedMessageQueue.h"
#include "store/JournalSql.h"
#include "store/OwnerOnlyFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace cxsync::queue {

using journalsql::stamp;
using journalsql::stampOrEmpty;

namespace {

constexpr int kExportPage = 200;

QJsonObject eventJson(const MessageEvent &e)
{
    QJsonObject o{{QStringLiteral("timeUtc"), stamp(e.timeUtc)},
                  {QStringLiteral("event"), enumName(e.event)},
                  {QStringLiteral("attempt"), e.attempt}};
    if (e.errorKind)
        o.insert(QStringLiteral("errorKind"), enumName(*e.errorKind));
    if (!e.errorMessage.isEmpty())
        o.insert(QStringLiteral("errorMessage"), e.errorMessage);
    if (e.httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), e.httpStatus);
    if (!e.errorCode.isEmpty())
        o.insert(QStringLiteral("errorCode"), e.errorCode);
    if (e.nextAttemptUtc.isValid())
        o.insert(QStringLiteral("nextAttemptUtc"), stamp(e.nextAttemptUtc));
    if (!e.note.isEmpty())
        o.insert(QStringLiteral("note"), e.note);
    return o;
}

// XML 1.0 allows no control characters but tab and line breaks; a subject may carry any of them.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 ? (u != 0xFFFE && u != 0xFFFF) : (u == 0x9 || u == 0xA || u == 0xD))
            out.append(c);
        else
            out.append(QChar(0xFFFD));
    }
    return out;
}

void writeText(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeTextElement(name, xmlSafe(value));
}

void writeXml(QXmlStreamWriter &xml, const FailedMessage &m)
{
    xml.writeStartElement(QStringLiteral("FailedMessage"));
    xml.writeAttribute(QStringLiteral("id"), QString::number(m.id));
    xml.writeAttribute(QStringLiteral("direction"), directionName(m.direction));
    xml.writeAttribute(QStringLiteral("state"), stateName(m.state));
    xml.writeAttribute(QStringLiteral("operation"), xmlSafe(m.operation));
    xml.writeAttribute(QStringLiteral("attempts"), QString::number(m.attempts));
    writeText(xml, QStringLiteral("CrmUserId"), m.crmUserId);
    writeText(xml, QStringLiteral("Mailbox"), m.mailbox);
    writeText(xml, QStringLiteral("CrmItemId"), m.crmItemId);
    writeText(xml, QStringLiteral("ExchangeItemId"), m.exchangeItemId);
    writeText(xml, QStringLiteral("Subject"), m.subject);
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeAttribute(QStringLiteral("kind"), enumName(m.errorKind));
    if (m.httpStatus != 0)
        xml.writeAttribute(QStringLiteral("httpStatus"), QString::number(m.httpStatus));
    if (!m.errorCode.isEmpty())
        xml.writeAttribute(QStringLiteral("code"), xmlSafe(m.errorCode));
    xml.writeCharacters(xmlSafe(m.errorMessage));
    xml.writeEndElement();
    writeText(xml, QStringLiteral("FirstFailureUtc"), stampOrEmpty(m.firstFailureUtc));
    writeText(xml, QStringLiteral("LastFailureUtc"), stampOrEmpty(m.lastFailureUtc));
    writeText(xml, QStringLiteral("NextAttemptUtc"), stampOrEmpty(m.nextAttemptUtc));
    writeText(xml, QStringLiteral("Note"), m.note);
    xml.writeStartElement(QStringLiteral("Snapshot"));
    xml.writeAttribute(QStringLiteral("format"), QStringLiteral("json"));
    xml.writeCharacters(xmlSafe(QString::fromUtf8(QJsonDocument(m.snapshot).toJson(QJsonDocument::Compact))));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("History"));
    for (const MessageEvent &e : m.history) {
        xml.writeStartElement(QStringLiteral("Event"));
        xml.writeAttribute(QStringLiteral("time"), stamp(e.timeUtc));
        xml.writeAttribute(QStringLiteral("event"), enumName(e.event));
        xml.writeAttribute(QStringLiteral("attempt"), QString::number(e.attempt));
        if (e.errorKind)
            xml.writeAttribute(QStringLiteral("kind"), enumName(*e.errorKind));
        if (e.httpStatus != 0)
            xml.writeAttribute(QStringLiteral("httpStatus"), QString::number(e.httpStatus));
        if (!e.errorCode.isEmpty())
            xml.writeAttribute(QStringLiteral("code"), xmlSafe(e.errorCode));
        if (e.nextAttemptUtc.isValid())
            xml.writeAttribute(QStringLiteral("nextAttempt"), stamp(e.nextAttemptUtc));
        writeText(xml, QStringLiteral("Message"), e.errorMessage);
        writeText(xml, QStringLiteral("Note"), e.note);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // History
    xml.writeEndElement(); // FailedMessage
}

} // namespace

Result<QueueExport::Format> QueueExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xml"))
        return Format::Xml;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return makeError(
        ErrorKind::Invalid,
        tr("'%1': failed messages are exported as .xml, .json or .csv; name the file accordingly").arg(path));
}

QJsonObject QueueExport::toJson(const FailedMessage &m)
{
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("direction"), directionName(m.direction)},
                  {QStringLiteral("state"), stateName(m.state)},
                  {QStringLiteral("operation"), m.operation},
                  {QStringLiteral("crmUserId"), m.crmUserId},
                  {QStringLiteral("mailbox"), m.mailbox},
                  {QStringLiteral("subject"), m.subject},
                  {QStringLiteral("errorKind"), enumName(m.errorKind)},
                  {QStringLiteral("errorMessage"), m.errorMessage},
                  {QStringLiteral("attempts"), m.attempts},
                  {QStringLiteral("firstFailureUtc"), stampOrEmpty(m.firstFailureUtc)},
                  {QStringLiteral("lastFailureUtc"), stampOrEmpty(m.lastFailureUtc)}};
    if (m.hasDetails) {
        o.insert(QStringLiteral("crmItemId"), m.crmItemId);
        o.insert(QStringLiteral("exchangeItemId"), m.exchangeItemId);
        o.insert(QStringLiteral("snapshot"), m.snapshot);
    } else {
        // A list row: the change itself is left in the journal (`cxsync queue show ID`), only its size here.
        o.insert(QStringLiteral("snapshotBytes"), m.snapshotBytes);
    }
    if (m.httpStatus != 0)
        o.insert(QStringLiteral("httpStatus"), m.httpStatus);
    if (!m.errorCode.isEmpty())
        o.insert(QStringLiteral("errorCode"), m.errorCode);
    if (m.nextAttemptUtc.isValid())
        o.insert(QStringLiteral("nextAttemptUtc"), stamp(m.nextAttemptUtc));
    if (!m.note.isEmpty())
        o.insert(QStringLiteral("note"), m.note);
    if (!m.history.isEmpty()) {
        QJsonArray history;
        for (const MessageEvent &e : m.history)
            history.append(eventJson(e));
        o.insert(QStringLiteral("history"), history);
    }
    return o;
}

QStringList QueueExport::csvColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("direction"),
            QStringLiteral("state"),
            QStringLiteral("operation"),
            QStringLiteral("crm_user_id"),
            QStringLiteral("mailbox"),
            QStringLiteral("crm_item_id"),
            QStringLiteral("exchange_item_id"),
            QStringLiteral("subject"),
            QStringLiteral("error_kind"),
            QStringLiteral("error_message"),
            QStringLiteral("http_status"),
            QStringLiteral("error_code"),
            QStringLiteral("attempts"),
            QStringLiteral("first_failure_utc"),
            QStringLiteral("last_failure_utc"),
            QStringLiteral("next_attempt_utc"),
            QStringLiteral("note"),
            QStringLiteral("snapshot")};
}

QStringList QueueExport::csvFields(const FailedMessage &m)
{
    return {QString::number(m.id),
            directionName(m.direction),
            stateName(m.state),
            m.operation,
            m.crmUserId,
            m.mailbox,
            m.crmItemId,
            m.exchangeItemId,
            m.subject,
            enumName(m.errorKind),
            m.errorMessage,
            m.httpStatus != 0 ? QString::number(m.httpStatus) : QString(),
            m.errorCode,
            QString::number(m.attempts),
            stampOrEmpty(m.firstFailureUtc),
            stampOrEmpty(m.lastFailureUtc),
            stampOrEmpty(m.nextAttemptUtc),
            m.note,
            QString::fromUtf8(QJsonDocument(m.snapshot).toJson(QJsonDocument::Compact))};
}

Result<qint64> QueueExport::write(FailedMessageQueue &queue, QIODevice *device, Format format,
                                  const MessageFilter &filter, const QDateTime &nowUtc)
{
    QXmlStreamWriter xml(device);
    if (format == Format::Xml) {
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeComment(QStringLiteral(" Failed messages of CRM Exchange Sync: the successor of the legacy "
                                        "Event Data file. "));
        xml.writeStartElement(QStringLiteral("EventData"));
        xml.writeAttribute(QStringLiteral("product"), QStringLiteral("CRM Exchange Sync"));
        xml.writeAttribute(QStringLiteral("exportedUtc"), stamp(nowUtc));
    } else if (format == Format::Json) {
        const QJsonObject head{{QStringLiteral("product"), QStringLiteral("CRM Exchange Sync")},
                               {QStringLiteral("kind"), QStringLiteral("failed-messages")},
                               {QStringLiteral("exportedUtc"), stamp(nowUtc)}};
        QByteArray opening = QJsonDocument(head).toJson(QJsonDocument::Compact);
        opening.chop(1);
        device->write(opening + ",\"failedMessages\":[\n");
    } else {
        device->write(csv::line(csvColumns()).toUtf8());
    }
    qint64 rows = 0;
    PageCursor cursor;
    do {
        // The list gives the page's ids; the whole messages (snapshot, and history except for CSV) are read
        // for that page only, so memory stays at one page whatever the export's size.
        auto page = queue.list(filter, cursor, kExportPage);
        if (!page.ok())
            return page.error();
        QList<qint64> ids;
        ids.reserve(page.value().rows.size());
        for (const FailedMessage &m : page.value().rows)
            ids << m.id;
        auto batch = queue.getMany(ids, format != Format::Csv);
        if (!batch.ok())
            return batch.error();
        for (const FailedMessage &m : batch.value()) {
            if (format == Format::Xml) {
                writeXml(xml, m);
            } else if (format == Format::Json) {
                if (rows > 0)
                    device->write(",\n");
                device->write(QJsonDocument(toJson(m)).toJson(QJsonDocument::Compact));
            } else {
                device->write(csv::line(csvFields(m)).toUtf8());
            }
            ++rows;
        }
        cursor = page.value().next;
    } while (!cursor.isNull());
    if (format == Format::Xml) {
        xml.writeEndElement();
        xml.writeEndDocument();
        if (xml.hasError())
            return makeError(ErrorKind::Storage, tr("the XML export could not be written"));
    } else if (format == Format::Json) {
        device->write("\n]}\n");
    }
    return rows;
}

Result<qint64> QueueExport::exportTo(FailedMessageQueue &queue, const QString &path,
                                     const MessageFilter &filter, const QDateTime &nowUtc)
{
    auto format = formatForPath(path);
    if (!format.ok())
        return format.error();
    // Owner-only, like the journal it comes from; never over a FIFO, device or folder.
    QSaveFile file(path);
    if (Status s = OwnerOnlyFile::open(file); !s.ok())
        return s.error();
    auto rows = write(queue, &file, format.value(), filter, nowUtc);
    if (!rows.ok()) {
        file.cancelWriting();
        return rows.error();
    }
    if (!file.commit())
        return makeError(ErrorKind::Storage, tr("cannot write '%1': %2").arg(path, file.errorString()));
    return rows.value();
}

} // namespace cxsync::queue
