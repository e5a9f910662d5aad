#include "exchange/ews/EwsConnector.h"

#include "exchange/ews/EwsCalendarItem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcEws, "cxsync.exchange.ews", QtInfoMsg)

namespace cxsync::exchange {

using ews::EwsCalendarItem;
using ews::EwsEnvelope;
using ews::EwsMessage;
using ews::EwsResponse;
using ews::XmlNode;
using E = EwsEnvelope;

namespace {

Error invalid(const QString &message, const QString &field)
{
    return makeError(ErrorKind::Invalid, message, field);
}

// The first item element (t:CalendarItem, t:Message, ...) of a message's m:Items, or nullptr.
const XmlNode *firstItem(const EwsMessage &message)
{
    const XmlNode *items = message.node.child(QStringLiteral("Items"));
    return items && !items->children.isEmpty() ? &items->children.first() : nullptr;
}

bool overlaps(const ExchangeEvent &e, const QDateTime &from, const QDateTime &to)
{
    if (e.startUtc == e.endUtc)
        return e.startUtc >= from && e.startUtc < to;
    return e.startUtc < to && e.endUtc > from;
}

QString iso(const QDateTime &utc)
{
    return EwsCalendarItem::formatUtc(utc);
}

struct ItemRef {
    enum Kind { Item, RecurringMaster } kind = Item;
    QString id;
};

void writeItemIds(QXmlStreamWriter &w, const QList<ItemRef> &refs)
{
    E::startM(w, QStringLiteral("ItemIds"));
    for (const ItemRef &ref : refs) {
        if (ref.kind == ItemRef::Item) {
            E::startT(w, QStringLiteral("ItemId"));
            w.writeAttribute(QStringLiteral("Id"), ref.id);
        } else {
            E::startT(w, QStringLiteral("RecurringMasterItemId"));
            w.writeAttribute(QStringLiteral("OccurrenceId"), ref.id);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

} // namespace

struct EwsConnector::ReadState {
    QString mailbox;
    QDateTime windowStart;
    QDateTime windowEnd;
    Callback<ChangePage> done;
    QString syncState;
    bool syncComplete = false;
    QList<QPair<QString, QString>> pending; // item id, its series master's id (when known)
    // The occurrences last reported per series master (in the window): when a changed master is expanded
    // again, those no longer there were deleted from the series (or moved out of the window) and are reported
    // removed, which SyncFolderItems (masters only) never says.
    QHash<QString, QStringList> series;
    ChangePage page;

    QString encode() const
    {
        QJsonArray items;
        for (const auto &[id, master] : pending)
            items.append(QJsonArray{id, master});
        QJsonObject occurrences;
        for (auto it = series.cbegin(); it != series.cend(); ++it)
            occurrences.insert(it.key(), QJsonArray::fromStringList(it.value()));
        const QJsonObject o{{QStringLiteral("v"), 1},
                            {QStringLiteral("o"), occurrences},
                            {QStringLiteral("ws"), iso(windowStart)},
                            {QStringLiteral("we"), iso(windowEnd)},
                            {QStringLiteral("s"), syncState},
                            {QStringLiteral("c"), syncComplete},
                            {QStringLiteral("p"), items}};
        return QString::fromLatin1(QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64());
    }
    // False when the cursor is not one of ours (or of another version).
    bool decode(const QString &cursor, bool *sameWindow)
    {
        const QByteArray json = QByteArray::fromBase64(cursor.toLatin1());
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
        if (error.error != QJsonParseError::NoError || o.value(QLatin1String("v")).toInt() != 1 ||
            !o.value(QLatin1String("s")).isString() || !o.value(QLatin1String("p")).isArray())
            return false;
        *sameWindow = o.value(QLatin1String("ws")).toString() == iso(windowStart) &&
                      o.value(QLatin1String("we")).toString() == iso(windowEnd);
        syncState = o.value(QLatin1String("s")).toString();
        syncComplete = o.value(QLatin1String("c")).toBool();
        for (const QJsonValue &item : o.value(QLatin1String("p")).toArray()) {
            const QJsonArray pair = item.toArray();
            if (pair.size() != 2 || pair.at(0).toString().isEmpty())
                return false;
            pending.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        const QJsonObject occurrences = o.value(QLatin1String("o")).toObject();
        for (auto it = occurrences.constBegin(); it != occurrences.constEnd(); ++it) {
            QStringList ids;
            for (const QJsonValue &id : it.value().toArray())
                ids.append(id.toString());
            series.insert(it.key(), ids);
        }
        return true;
    }
};

EwsConnector::EwsConnector(net::HttpClient *http, Clock *clock, EwsSettings settings, QObject *parent)
    : QObject(parent), m_http(http), m_clock(clock), m_settings(std::move(settings))
{
    if (!m_settings.account.isEmpty())
        m_http->setCredentials(m_settings.url, m_settings.account, m_settings.password);
}

EwsConnector::~EwsConnector() = default;

QUrl EwsConnector::defaultUrl(const QString &primaryServer)
{
    const QString host = primaryServer.trimmed();
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' ')))
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setAuthority(host);
    url.setPath(QStringLiteral("/EWS/Exchange.asmx"));
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

// ---- SOAP calls

void EwsConnector::resolveUrl(std::function<void(Result<AutodiscoverResult>)> done)
{
    if (m_settings.autodiscoverAddress.isEmpty()) {
        AutodiscoverResult configured;
        configured.ewsUrl = m_settings.url;
        QMetaObject::invokeMethod(this, [done, configured] { done(configured); }, Qt::QueuedConnection);
        return;
    }
    if (m_discovered) {
        const Result<AutodiscoverResult> known = *m_discovered;
        QMetaObject::invokeMethod(this, [done, known] { done(known); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return; // under way
    if (!m_autodiscover)
        m_autodiscover =
            std::make_unique<EwsAutodiscover>(m_http, m_settings.account, m_settings.password);
    QPointer<EwsConnector> self(this);
    m_autodiscover->discover(
        m_settings.autodiscoverAddress, m_settings.autodiscoverUrls, [self](Result<AutodiscoverResult> found) {
            if (!self)
                return;
            // A failure is kept when there is a fallback URL (one run per connector, not one per call);
            // without one the next call asks again.
            if (found.ok() || self->m_settings.url.isValid())
                self->m_discovered = found;
            if (found.ok()) {
                self->m_settings.url = found.value().ewsUrl;
                if (!self->m_settings.account.isEmpty())
                    self->m_http->setCredentials(found.value().ewsUrl, self->m_settings.account,
                                                 self->m_settings.password);
            } else if (self->m_settings.url.isValid()) {
                qCWarning(lcEws).noquote() << found.error().message << "- using"
                                           << net::HttpTrace::redactUrl(self->m_settings.url);
            }
            const auto waiting = std::exchange(self->m_waiting, {});
            for (const auto &done : waiting)
                done(found);
        });
}

void EwsConnector::call(const QString &mailbox, const QString &operation, const EwsEnvelope::BodyWriter &body,
                        bool idempotent, std::function<void(Result<EwsResponse>)> done)
{
    if (!m_settings.autodiscoverAddress.isEmpty() && !m_discovered) {
        // Autodiscover first (once), then this call to what it found, or to the Primary Exchange Server's
        // default URL when it found nothing.
        QPointer<EwsConnector> self(this);
        resolveUrl([self, mailbox, operation, body, idempotent,
                    done = std::move(done)](Result<AutodiscoverResult> found) mutable {
            if (!self)
                return;
            if (!found.ok() && !self->m_settings.url.isValid())
                return done(found.error());
            const QByteArray envelope =
                EwsEnvelope::build(self->m_settings.impersonation ? mailbox : QString(), body);
            self->send(mailbox, operation, envelope, idempotent, 0, std::move(done));
        });
        return;
    }
    const QByteArray envelope = EwsEnvelope::build(m_settings.impersonation ? mailbox : QString(), body);
    send(mailbox, operation, envelope, idempotent, 0, std::move(done));
}

void EwsConnector::send(const QString &mailbox, const QString &operation, const QByteArray &envelope,
                        bool idempotent, int busyRetries, std::function<void(Result<EwsResponse>)> done)
{
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_settings.url;
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=utf-8")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("text/xml")},
                       {QByteArrayLiteral("SOAPAction"), EwsEnvelope::soapAction(operation)}};
    // Routes the request to the mailbox's server at once (without it: slower, 500/503, timeouts; B1).
    if (m_settings.impersonation && !mailbox.isEmpty())
        request.headers.append({QByteArrayLiteral("X-AnchorMailbox"), mailbox.toUtf8()});
    request.body = envelope;
    request.mailbox = mailbox;
    request.idempotent = idempotent;
    request.answerErrorStatuses = true;
    request.label = QStringLiteral("ews.") + operation;
    QPointer<EwsConnector> self(this);
    m_http->send(request, [self, mailbox, operation, envelope, idempotent, busyRetries,
                           done = std::move(done)](Result<net::HttpResponse> result) mutable {
        if (!self)
            return;
        if (!result.ok())
            return done(result.error());
        const net::HttpResponse &response = result.value();
        if (response.status == 401 || response.status == 403) {
            Error error = makeError(
                response.status == 401 ? ErrorKind::Auth : ErrorKind::Permission,
                response.status == 401
                    ? tr("The Exchange server %1 refused the account %2 (HTTP 401): check the NT "
                         "Domain\\Account "
                         "and its password; the account may also be locked or its password expired.")
                          .arg(self->m_settings.url.host(), self->m_settings.account)
                    : tr("The Exchange server %1 refused the account %2 access to EWS (HTTP 403).")
                          .arg(self->m_settings.url.host(), self->m_settings.account));
            error.httpStatus = response.status;
            return done(error);
        }
        if (response.status < 400 &&
            response.header(QByteArrayLiteral("Content-Type")).toLower().contains("text/html")) {
            // The client access front end's error page: it answers a request the mailbox server behind it
            // failed with a redirect to /owa/auth/errorFE.aspx or /ews/genericerrorpage.htm, which Qt
            // follows on the same server (PROTOCOLS.md B3). Transient; a reading request is tried again here.
            Error page = makeError(
                ErrorKind::Network,
                tr("The Exchange server %1 answered %2 with its error page instead of EWS (the front end "
                   "redirects there when the mailbox server behind it fails); it is tried again later.")
                    .arg(self->m_settings.url.host(), operation));
            page.httpStatus = response.status;
            page.serverCode = QStringLiteral("ErrorPage");
            if (!idempotent || busyRetries >= kMaxBusyRetries)
                return done(page);
            const qint64 wait = self->m_http->retryPolicy().backoffMs(busyRetries + 1, 0);
            qCInfo(lcEws).noquote() << QStringLiteral("%1 for %2: the front end's error page, retrying in %3 ms")
                                           .arg(operation, mailbox)
                                           .arg(wait);
            self->m_clock->schedule(
                wait, self,
                [self, mailbox, operation, envelope, idempotent, busyRetries, done = std::move(done)]() mutable {
                    if (self)
                        self->send(mailbox, operation, envelope, idempotent, busyRetries + 1, std::move(done));
                });
            return;
        }
        std::optional<qint64> backOff;
        Result<EwsResponse> parsed = EwsResponse::parse(response.body, response.status, operation, &backOff);
        bool busy = !parsed.ok() && parsed.error().serverCode == QLatin1String("ErrorServerBusy");
        if (parsed.ok()) {
            for (const EwsMessage &message : parsed.value().messages()) {
                if (message.code == QLatin1String("ErrorServerBusy")) {
                    busy = true;
                    backOff = message.backOffMs;
                }
            }
        }
        if (!busy)
            return done(std::move(parsed));
        const Error busyError = parsed.ok()
                                    ? EwsResponse::errorFor(QStringLiteral("ErrorServerBusy"), QString(),
                                                            backOff, operation, response.status)
                                    : parsed.error();
        const qint64 wait = backOff.value_or(qint64(1000) << busyRetries);
        const qint64 cap = self->m_http->retryPolicy().options().maxRetryAfterMs;
        if (busyRetries >= kMaxBusyRetries || wait > cap) {
            Error error = busyError;
            if (busyRetries > 0)
                error.message +=
                    QLatin1Char(' ') + tr("(gave up after %n attempts)", nullptr, busyRetries + 1);
            return done(error);
        }
        qCInfo(lcEws).noquote() << QStringLiteral("%1 for %2: ErrorServerBusy, retrying in %3 ms")
                                       .arg(operation, mailbox)
                                       .arg(wait);
        self->m_clock->schedule(
            wait, self,
            [self, mailbox, operation, envelope, idempotent, busyRetries, done = std::move(done)]() mutable {
                if (self)
                    self->send(mailbox, operation, envelope, idempotent, busyRetries + 1, std::move(done));
            });
    });
}

void EwsConnector::writeCalendarFolder(QXmlStreamWriter &w, const QString &mailbox, const QString &) const
{
    E::startT(w, QStringLiteral("DistinguishedFolderId"));
    w.writeAttribute(QStringLiteral("Id"), QStringLiteral("calendar"));
    // Impersonating, the folder is the impersonated mailbox's own; otherwise the account opens the mailbox's
    // calendar with its delegate rights (its own calendar needs no name, but naming it does no harm).
    if (!m_settings.impersonation && !mailbox.isEmpty()) {
        E::startT(w, QStringLiteral("Mailbox"));
        E::t(w, QStringLiteral("EmailAddress"), mailbox);
        w.writeEndElement();
    }
    w.writeEndElement();
}

// ---- reading items

void EwsConnector::getItems(const QString &mailbox, const QStringList &ids,
                            std::function<void(Result<QList<Result<ExchangeEvent>>>)> done)
{
    // Every batch at once: the HttpClient's limiter keeps the mailbox at its 4 requests in flight.
    struct Gather {
        QList<std::optional<Result<ExchangeEvent>>> got;
        int open = 0;
        bool failed = false;
        std::function<void(Result<QList<Result<ExchangeEvent>>>)> done;
    };
    auto gather = std::make_shared<Gather>();
    gather->got.resize(ids.size());
    gather->open = int((ids.size() + kGetItemBatch - 1) / kGetItemBatch);
    gather->done = std::move(done);
    if (ids.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [gather] { gather->done(QList<Result<ExchangeEvent>>()); }, Qt::QueuedConnection);
        return;
    }
    QPointer<EwsConnector> self(this);
    for (int first = 0; first < ids.size(); first += kGetItemBatch) {
        const QStringList batch = ids.mid(first, kGetItemBatch);
        QList<ItemRef> refs;
        for (const QString &id : batch)
            refs.append({ItemRef::Item, id});
        call(
            mailbox, QStringLiteral("GetItem"),
            [refs](QXmlStreamWriter &w) {
                E::startM(w, QStringLiteral("GetItem"));
                E::startM(w, QStringLiteral("ItemShape"));
                E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
                E::t(w, QStringLiteral("BodyType"), QStringLiteral("Text"));
                EwsCalendarItem::writeReadShape(w);
                w.writeEndElement();
                writeItemIds(w, refs);
                w.writeEndElement();
            },
            true,
            [self, gather, first, batch](Result<EwsResponse> answer) {
                if (!self || gather->failed)
                    return;
                auto fail = [&gather](const Error &error) {
                    gather->failed = true; // the other batches' answers are dropped
                    gather->done(error);
                };
                if (!answer.ok())
                    return fail(answer.error());
                const QList<EwsMessage> &messages = answer.value().messages();
                if (messages.size() != batch.size())
                    return fail(invalid(tr("EWS answered GetItem for %1 items with %2 response messages.")
                                            .arg(batch.size())
                                            .arg(messages.size()),
                                        QStringLiteral("ResponseMessages")));
                for (int i = 0; i < batch.size(); ++i) {
                    const EwsMessage &message = messages.at(i);
                    std::optional<Result<ExchangeEvent>> &slot = gather->got[first + i];
                    if (!message.ok()) {
                        Error error = EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                            QStringLiteral("GetItem"));
                        error.field = batch.at(i);
                        slot = error;
                        continue;
                    }
                    const XmlNode *item = firstItem(message);
                    if (!item)
                        slot =
                            invalid(tr("EWS answered GetItem for item %1 without the item.").arg(batch.at(i)),
                                    QStringLiteral("Items"));
                    else if (item->name != QLatin1String("CalendarItem"))
                        slot = invalid(
                            tr("EWS item %1 is a %2, not a calendar item.").arg(batch.at(i), item->name),
                            QStringLiteral("CalendarItem"));
                    else
                        slot = EwsCalendarItem::parse(*item);
                }
                if (--gather->open > 0)
                    return;
                QList<Result<ExchangeEvent>> out;
                for (const std::optional<Result<ExchangeEvent>> &slot : gather->got)
                    out.append(*slot);
                gather->done(out);
            });
    }
}

void EwsConnector::resolveMasters(const QString &mailbox, QList<ExchangeEvent> events,
                                  std::function<void(Result<QList<ExchangeEvent>>)> done)
{
    // One lookup per series (occurrences of one series share the UID), ten series per GetItem.
    QHash<QString, QString> occurrenceBySeries; // series key -> one occurrence id
    auto seriesKey = [](const ExchangeEvent &e) { return e.iCalUId.isEmpty() ? e.id : e.iCalUId; };
    for (const ExchangeEvent &e : events) {
        if ((e.type == QLatin1String("occurrence") || e.type == QLatin1String("exception")) &&
            e.seriesMasterId.isEmpty() && !occurrenceBySeries.contains(seriesKey(e)))
            occurrenceBySeries.insert(seriesKey(e), e.id);
    }
    if (occurrenceBySeries.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, events] { done(events); }, Qt::QueuedConnection);
        return;
    }
    const QStringList keys = occurrenceBySeries.keys().mid(0, kGetItemBatch);
    QList<ItemRef> refs;
    for (const QString &key : keys)
        refs.append({ItemRef::RecurringMaster, occurrenceBySeries.value(key)});
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("GetItem"),
        [refs](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("GetItem"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            w.writeEndElement();
            writeItemIds(w, refs);
            w.writeEndElement();
        },
        true,
        [self, mailbox, keys, seriesKey, events = std::move(events),
         done = std::move(done)](Result<EwsResponse> answer) mutable {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            const QList<EwsMessage> &messages = answer.value().messages();
            if (messages.size() != keys.size())
                return done(
                    invalid(tr("EWS answered GetItem for %1 recurring masters with %2 response messages.")
                                .arg(keys.size())
                                .arg(messages.size()),
                            QStringLiteral("ResponseMessages")));
            QHash<QString, QString> masterBySeries;
            for (int i = 0; i < keys.size(); ++i) {
                const XmlNode *item = messages.at(i).ok() ? firstItem(messages.at(i)) : nullptr;
                const XmlNode *id = item ? item->child(QStringLiteral("ItemId")) : nullptr;
                // A series whose master cannot be read keeps its occurrences without master: they are
                // reported invalid by the caller (naming the item) and read again in the next round.
                masterBySeries.insert(keys.at(i), id ? id->attribute(QStringLiteral("Id")).trimmed()
                                                     : QStringLiteral("-"));
            }
            for (ExchangeEvent &e : events) {
                if ((e.type == QLatin1String("occurrence") || e.type == QLatin1String("exception")) &&
                    e.seriesMasterId.isEmpty() && masterBySeries.contains(seriesKey(e)))
                    e.seriesMasterId = masterBySeries.value(seriesKey(e));
            }
            self->resolveMasters(mailbox, std::move(events), std::move(done));
        });
}

void EwsConnector::readEventWithMaster(const QString &mailbox, const QString &id,
                                       Callback<ExchangeEvent> done)
{
    QPointer<EwsConnector> self(this);
    getItems(
        mailbox, {id}, [self, mailbox, done = std::move(done)](Result<QList<Result<ExchangeEvent>>> got) {
            if (!self)
                return;
            if (!got.ok())
                return done(got.error());
            const Result<ExchangeEvent> &event = got.value().first();
            if (!event.ok())
                return done(event.error());
            self->resolveMasters(mailbox, {event.value()}, [done](Result<QList<ExchangeEvent>> events) {
                if (!events.ok())
                    return done(events.error());
                ExchangeEvent e = events.value().first();
                if (e.seriesMasterId == QLatin1String("-"))
                    return done(
                        invalid(tr("The series master of EWS occurrence %1 could not be read.").arg(e.id),
                                QStringLiteral("seriesMasterId")));
                done(e);
            });
        });
}

void EwsConnector::getEvent(const QString &mailbox, const QString &eventId, Callback<ExchangeEvent> done)
{
    if (eventId.isEmpty())
        return failLater(done, invalid(tr("No event id given."), QStringLiteral("id")));
    readEventWithMaster(mailbox, eventId, std::move(done));
}

void EwsConnector::currentChangeKey(const QString &mailbox, const QString &id, Callback<QString> done)
{
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("GetItem"),
        [id](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("GetItem"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            w.writeEndElement();
            writeItemIds(w, {{ItemRef::Item, id}});
            w.writeEndElement();
        },
        true,
        [id, done = std::move(done)](Result<EwsResponse> answer) {
            if (!answer.ok())
                return done(answer.error());
            if (answer.value().messages().size() != 1)
                return done(invalid(tr("EWS answered GetItem for one item with %1 response messages.")
                                        .arg(answer.value().messages().size()),
                                    QStringLiteral("ResponseMessages")));
            const EwsMessage &message = answer.value().messages().first();
            if (!message.ok())
                return done(EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                  QStringLiteral("GetItem")));
            const XmlNode *item = firstItem(message);
            const XmlNode *itemId = item ? item->child(QStringLiteral("ItemId")) : nullptr;
            const QString changeKey =
                itemId ? itemId->attribute(QStringLiteral("ChangeKey")).trimmed() : QString();
            if (changeKey.isEmpty())
                return done(invalid(tr("EWS returned item %1 without ChangeKey.").arg(id),
                                    QStringLiteral("ChangeKey")));
            done(changeKey);
        });
}

// ---- change source

void EwsConnector::syncToEnd(const QString &mailbox, const QString &state,
                             std::function<void(Result<QString>)> done)
{
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("SyncFolderItems"),
        [this, mailbox, state](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("SyncFolderItems"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            w.writeEndElement();
            E::startM(w, QStringLiteral("SyncFolderId"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            if (!state.isEmpty())
                E::m(w, QStringLiteral("SyncState"), state);
            E::m(w, QStringLiteral("MaxChangesReturned"), QString::number(kMaxSyncChanges));
            E::m(w, QStringLiteral("SyncScope"), QStringLiteral("NormalItems"));
            w.writeEndElement();
        },
        true,
        [self, mailbox, done = std::move(done)](Result<EwsResponse> answer) mutable {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            if (answer.value().messages().size() != 1)
                return done(invalid(tr("EWS answered SyncFolderItems with %1 response messages.")
                                        .arg(answer.value().messages().size()),
                                    QStringLiteral("ResponseMessages")));
            const EwsMessage &message = answer.value().messages().first();
            if (!message.ok())
                return done(EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                  QStringLiteral("SyncFolderItems")));
            const QString next = message.node.childText(QStringLiteral("SyncState")).trimmed();
            const QString last = message.node.childText(QStringLiteral("IncludesLastItemInRange")).trimmed();
            if (next.isEmpty() || (last != QLatin1String("true") && last != QLatin1String("false")))
                return done(invalid(tr("EWS answered SyncFolderItems for %1 without SyncState or "
                                       "IncludesLastItemInRange.")
                                        .arg(mailbox),
                                    QStringLiteral("SyncState")));
            if (last == QLatin1String("true"))
                return done(next);
            self->syncToEnd(mailbox, next, std::move(done));
        });
}

void EwsConnector::calendarView(const QString &mailbox, QList<QPair<QDateTime, QDateTime>> ranges,
                                QList<QPair<QString, QString>> found,
                                std::function<void(Result<QList<QPair<QString, QString>>>)> done)
{
    if (ranges.isEmpty())
        return done(std::move(found));
    const QPair<QDateTime, QDateTime> range = ranges.takeFirst();
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("FindItem"),
        [this, mailbox, range](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("FindItem"));
            w.writeAttribute(QStringLiteral("Traversal"), QStringLiteral("Shallow"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            E::startT(w, QStringLiteral("AdditionalProperties"));
            for (const char *uri : {"calendar:UID", "calendar:CalendarItemType"}) {
                E::startT(w, QStringLiteral("FieldURI"));
                w.writeAttribute(QStringLiteral("FieldURI"), QLatin1String(uri));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            E::startM(w, QStringLiteral("CalendarView"));
            w.writeAttribute(QStringLiteral("MaxEntriesReturned"), QStringLiteral("1000"));
            w.writeAttribute(QStringLiteral("StartDate"), iso(range.first));
            w.writeAttribute(QStringLiteral("EndDate"), iso(range.second));
            w.writeEndElement();
            E::startM(w, QStringLiteral("ParentFolderIds"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            w.writeEndElement();
        },
        true,
        [self, mailbox, range, ranges = std::move(ranges), found = std::move(found),
         done = std::move(done)](Result<EwsResponse> answer) mutable {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            if (answer.value().messages().size() != 1)
                return done(invalid(tr("EWS answered FindItem with %1 response messages.")
                                        .arg(answer.value().messages().size()),
                                    QStringLiteral("ResponseMessages")));
            const EwsMessage &message = answer.value().messages().first();
            if (!message.ok())
                return done(EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                  QStringLiteral("FindItem")));
            const XmlNode *root = message.node.child(QStringLiteral("RootFolder"));
            if (!root)
                return done(invalid(tr("EWS answered FindItem for %1 without RootFolder.").arg(mailbox),
                                    QStringLiteral("RootFolder")));
            // A view larger than the server's limit (EWSFindCountLimit) is cut: read it in two halves.
            if (root->attribute(QStringLiteral("IncludesLastItemInRange")) == QLatin1String("false")) {
                const qint64 span = range.first.secsTo(range.second);
                if (span < 2 * 3600)
                    return done(
                        invalid(tr("The calendar of %1 holds more items in one hour (from %2) than EWS "
                                   "returns at once.")
                                    .arg(mailbox, iso(range.first)),
                                QStringLiteral("CalendarView")));
                const QDateTime middle = range.first.addSecs(span / 2);
                ranges.prepend({middle, range.second});
                ranges.prepend({range.first, middle});
                return self->calendarView(mailbox, std::move(ranges), std::move(found), std::move(done));
            }
            const XmlNode *items = root->child(QStringLiteral("Items"));
            QSet<QString> seen;
            for (const auto &entry : found)
                seen.insert(entry.first);
            if (items) {
                for (const XmlNode &item : items->children) {
                    const XmlNode *itemId = item.child(QStringLiteral("ItemId"));
                    const QString id = itemId ? itemId->attribute(QStringLiteral("Id")).trimmed() : QString();
                    if (id.isEmpty())
                        return done(invalid(
                            tr("EWS answered FindItem for %1 with an item without ItemId.").arg(mailbox),
                            QStringLiteral("ItemId")));
                    if (!seen.contains(id)) { // an item spanning two halves comes twice
                        seen.insert(id);
                        found.append({id, item.childText(QStringLiteral("UID")).trimmed()});
                    }
                }
            }
            self->calendarView(mailbox, std::move(ranges), std::move(found), std::move(done));
        });
}

void EwsConnector::readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                               const QDateTime &windowEndUtc, Callback<ChangePage> done)
{
    if (!windowStartUtc.isValid() || !windowEndUtc.isValid() || windowEndUtc <= windowStartUtc)
        return failLater(done, invalid(tr("The sync window is empty."), QStringLiteral("window")));
    if (mailbox.isEmpty())
        return failLater(done, invalid(tr("No mailbox given."), QStringLiteral("mailbox")));
    auto state = std::make_shared<ReadState>();
    state->mailbox = mailbox;
    state->windowStart = windowStartUtc.toUTC();
    state->windowEnd = windowEndUtc.toUTC();
    state->done = std::move(done);
    bool sameWindow = false;
    if (!cursor.isEmpty() && !state->decode(cursor, &sameWindow)) {
        qCInfo(lcEws).noquote() << QStringLiteral(
                                       "%1: the stored cursor is not an EWS cursor of this version; "
                                       "reading the window in full")
                                       .arg(mailbox);
        ChangePage page;
        page.cursorExpired = true;
        QMetaObject::invokeMethod(
            this, [done = state->done, page] { done(page); }, Qt::QueuedConnection);
        return;
    }
    if (cursor.isEmpty() || !sameWindow) {
        // A new round: the SyncState of "now" first, then every item in the window, so that nothing changed
        // in between is missed (it comes again with the next SyncFolderItems, which is harmless).
        state->pending.clear();
        state->series.clear();
        QPointer<EwsConnector> self(this);
        syncToEnd(mailbox, QString(), [self, state](Result<QString> syncState) {
            if (!self)
                return;
            if (!syncState.ok())
                return state->done(syncState.error());
            state->syncState = syncState.value();
            state->syncComplete = true;
            self->calendarView(state->mailbox, {{state->windowStart, state->windowEnd}}, {},
                               [self, state](Result<QList<QPair<QString, QString>>> items) {
                                   if (!self)
                                       return;
                                   if (!items.ok())
                                       return state->done(items.error());
                                   for (const auto &item : items.value())
                                       state->pending.append({item.first, QString()});
                                   self->fetchPage(state);
                               });
        });
        return;
    }
    continueRead(state);
}

void EwsConnector::continueRead(std::shared_ptr<ReadState> state)
{
    if (!state->pending.isEmpty())
        return fetchPage(state);
    QPointer<EwsConnector> self(this);
    const QString mailbox = state->mailbox;
    const QString syncState = state->syncState;
    call(
        mailbox, QStringLiteral("SyncFolderItems"),
        [this, mailbox, syncState](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("SyncFolderItems"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            w.writeEndElement();
            E::startM(w, QStringLiteral("SyncFolderId"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            if (!syncState.isEmpty())
                E::m(w, QStringLiteral("SyncState"), syncState);
            E::m(w, QStringLiteral("MaxChangesReturned"), QString::number(kMaxSyncChanges));
            E::m(w, QStringLiteral("SyncScope"), QStringLiteral("NormalItems"));
            w.writeEndElement();
        },
        true,
        [self, state](Result<EwsResponse> answer) {
            if (!self)
                return;
            if (!answer.ok())
                return state->done(answer.error());
            if (answer.value().messages().size() != 1)
                return state->done(invalid(tr("EWS answered SyncFolderItems with %1 response messages.")
                                               .arg(answer.value().messages().size()),
                                           QStringLiteral("ResponseMessages")));
            const EwsMessage &message = answer.value().messages().first();
            if (!message.ok()) {
                if (message.code == QLatin1String("ErrorInvalidSyncStateData") ||
                    message.code == QLatin1String("ErrorSyncFolderNotFound")) {
                    ChangePage page;
                    page.cursorExpired = true;
                    return state->done(page);
                }
                return state->done(EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                         QStringLiteral("SyncFolderItems")));
            }
            const QString next = message.node.childText(QStringLiteral("SyncState")).trimmed();
            const QString last = message.node.childText(QStringLiteral("IncludesLastItemInRange")).trimmed();
            if (next.isEmpty() || (last != QLatin1String("true") && last != QLatin1String("false")))
                return state->done(invalid(tr("EWS answered SyncFolderItems for %1 without SyncState or "
                                              "IncludesLastItemInRange.")
                                               .arg(state->mailbox),
                                           QStringLiteral("SyncState")));
            state->syncState = next;
            state->syncComplete = last == QLatin1String("true");
            QSet<QString> changed;
            if (const XmlNode *changes = message.node.child(QStringLiteral("Changes"))) {
                for (const XmlNode &change : changes->children) {
                    const XmlNode *itemId =
                        change.name == QLatin1String("Delete")
                            ? change.child(QStringLiteral("ItemId"))
                            : (change.children.isEmpty()
                                   ? nullptr
                                   : change.children.first().child(QStringLiteral("ItemId")));
                    if (change.name == QLatin1String("ReadFlagChange"))
                        continue;
                    const QString id = itemId ? itemId->attribute(QStringLiteral("Id")).trimmed() : QString();
                    if (id.isEmpty()) {
                        state->page.invalid.append(
                            invalid(tr("EWS reported a %1 change in the calendar of %2 without ItemId.")
                                        .arg(change.name, state->mailbox),
                                    QStringLiteral("ItemId")));
                        continue;
                    }
                    if (change.name == QLatin1String("Delete")) {
                        state->page.removed.append(id);
                        state->series.remove(id); // a deleted master: the engine removes its occurrences
                    } else if (!changed.contains(id)) {
                        changed.insert(id);
                        state->pending.append({id, QString()});
                    }
                }
            }
            self->fetchPage(state);
        });
}

void EwsConnector::fetchPage(std::shared_ptr<ReadState> state)
{
    if (state->pending.isEmpty())
        return finishRead(state);
    const QList<QPair<QString, QString>> batch = state->pending.mid(0, m_pageSize);
    QStringList ids;
    QHash<QString, QString> masterOf;
    for (const auto &[id, master] : batch) {
        ids.append(id);
        if (!master.isEmpty())
            masterOf.insert(id, master);
    }
    QPointer<EwsConnector> self(this);
    getItems(state->mailbox, ids, [self, state, ids, masterOf](Result<QList<Result<ExchangeEvent>>> got) {
        if (!self)
            return;
        if (!got.ok())
            return state->done(got.error()); // the cursor handed in stays valid: the caller retries
        state->pending = state->pending.mid(ids.size());
        QList<ExchangeEvent> events;
        for (int i = 0; i < ids.size(); ++i) {
            const Result<ExchangeEvent> &event = got.value().at(i);
            if (!event.ok()) {
                if (event.error().kind == ErrorKind::NotFound)
                    state->page.removed.append(ids.at(i)); // gone since it was listed: the engine confirms
                else
                    state->page.invalid.append(event.error());
                continue;
            }
            ExchangeEvent e = event.value();
            if (masterOf.contains(e.id))
                e.seriesMasterId = masterOf.value(e.id);
            events.append(e);
        }
        self->resolveMasters(state->mailbox, events, [self, state](Result<QList<ExchangeEvent>> resolved) {
            if (!self)
                return;
            if (!resolved.ok())
                return state->done(resolved.error());
            QHash<QString, QString> masterByUid; // changed series -> master id
            for (const ExchangeEvent &e : resolved.value()) {
                if (e.type == QLatin1String("seriesMaster")) {
                    // reported (the engine settles masters) and expanded into its occurrences below
                    state->page.changed.append(e);
                    if (e.iCalUId.isEmpty())
                        state->page.invalid.append(invalid(tr("EWS returned recurring master %1 without UID: "
                                                              "its occurrences cannot be found.")
                                                               .arg(e.id),
                                                           QStringLiteral("UID")));
                    else
                        masterByUid.insert(e.iCalUId, e.id);
                    continue;
                }
                if ((e.type == QLatin1String("occurrence") || e.type == QLatin1String("exception")) &&
                    (e.seriesMasterId.isEmpty() || e.seriesMasterId == QLatin1String("-"))) {
                    state->page.invalid.append(
                        invalid(tr("The series master of EWS %1 %2 could not be read.").arg(e.type, e.id),
                                QStringLiteral("seriesMasterId")));
                    continue;
                }
                const bool inSeries =
                    e.type == QLatin1String("occurrence") || e.type == QLatin1String("exception");
                if (overlaps(e, state->windowStart, state->windowEnd)) {
                    state->page.changed.append(e);
                    if (inSeries && !state->series.value(e.seriesMasterId).contains(e.id))
                        state->series[e.seriesMasterId].append(e.id);
                } else {
                    state->page.removed.append(e.id); // outside the window: the engine checks, never deletes
                    if (inSeries)
                        state->series[e.seriesMasterId].removeAll(e.id);
                }
            }
            if (masterByUid.isEmpty())
                return self->finishRead(state);
            // SyncFolderItems reports masters only: their occurrences in the window are the changes.
            self->calendarView(state->mailbox, {{state->windowStart, state->windowEnd}}, {},
                               [self, state, masterByUid](Result<QList<QPair<QString, QString>>> items) {
                                   if (!self)
                                       return;
                                   if (!items.ok())
                                       return state->done(items.error());
                                   QList<QPair<QString, QString>> occurrences;
                                   QHash<QString, QStringList> found; // master -> its occurrences now
                                   for (const auto &[id, uid] : items.value()) {
                                       const QString master = masterByUid.value(uid);
                                       if (!master.isEmpty() && master != id) {
                                           occurrences.append({id, master});
                                           found[master].append(id);
                                       }
                                   }
                                   for (const QString &master : masterByUid) {
                                       for (const QString &old : state->series.value(master)) {
                                           if (!found.value(master).contains(old))
                                               state->page.removed.append(old);
                                       }
                                       state->series.insert(master, found.value(master));
                                   }
                                   state->pending = occurrences + state->pending;
                                   self->finishRead(state);
                               });
        });
    });
}

void EwsConnector::finishRead(std::shared_ptr<ReadState> state)
{
    state->page.cursor = state->encode();
    state->page.last = state->pending.isEmpty() && state->syncComplete;
    state->done(state->page);
}

// ---- writes

void EwsConnector::createEvent(const QString &mailbox, const ExchangeEvent &event,
                               const QString &transactionId, Callback<ExchangeEvent> done)
{
    // Checked before anything is sent, so that a bad event never half-writes.
    {
        QByteArray scratch;
        QXmlStreamWriter w(&scratch);
        if (Status ok = EwsCalendarItem::writeForCreate(w, event, transactionId); !ok.ok())
            return failLater(done, ok.error());
    }
    if (transactionId.isEmpty())
        return sendCreate(mailbox, event, transactionId, 1, std::move(done));
    // EWS has no idempotency key: the transaction id is an extended property of the item, looked for before
    // every create that carries one. The connector cannot tell a first create from a retry: the engine
    // retries a create whose answer was lost from the failed-message queue or, after a crash, from the
    // outbox, usually in another process than the one that sent it.
    lookThenCreate(mailbox, event, transactionId, 1, std::move(done));
}

void EwsConnector::lookThenCreate(const QString &mailbox, const ExchangeEvent &event,
                                  const QString &transactionId, int attempt, Callback<ExchangeEvent> done)
{
    QPointer<EwsConnector> self(this);
    findCreated(mailbox, transactionId,
                [self, mailbox, event, transactionId, attempt,
                 done = std::move(done)](Result<std::optional<CreatedItem>> found) mutable {
                    if (!self)
                        return;
                    // Without an answer to the look-up a create could make a second item: fail instead (the
                    // error is transient when the look-up's was).
                    if (!found.ok())
                        return done(found.error());
                    if (!found.value())
                        return self->sendCreate(mailbox, event, transactionId, attempt, std::move(done));
                    // Made by an earlier attempt whose answer was lost: that item is the create's answer.
                    const CreatedItem item = *found.value();
                    qCInfo(lcEws).noquote()
                        << QStringLiteral("CreateItem for %1: transaction %2 already made item %3; not sent again")
                               .arg(mailbox, transactionId, item.id);
                    ExchangeEvent written = event;
                    written.id = item.id;
                    written.changeKey = item.changeKey;
                    written.transactionId = transactionId;
                    self->readEventWithMaster(mailbox, item.id, [written, done](Result<ExchangeEvent> read) {
                        done(read.ok() ? read : Result<ExchangeEvent>(written));
                    });
                });
}

void EwsConnector::findCreated(const QString &mailbox, const QString &transactionId,
                               std::function<void(Result<std::optional<CreatedItem>>)> done)
{
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("FindItem"),
        [this, mailbox, transactionId](QXmlStreamWriter &w) {
            // Singles and series masters (no CalendarView) whose transaction property equals the id.
            E::startM(w, QStringLiteral("FindItem"));
            w.writeAttribute(QStringLiteral("Traversal"), QStringLiteral("Shallow"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            w.writeEndElement();
            E::startM(w, QStringLiteral("IndexedPageItemView"));
            w.writeAttribute(QStringLiteral("MaxEntriesReturned"), QStringLiteral("2"));
            w.writeAttribute(QStringLiteral("Offset"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("BasePoint"), QStringLiteral("Beginning"));
            w.writeEndElement();
            E::startM(w, QStringLiteral("Restriction"));
            E::startT(w, QStringLiteral("IsEqualTo"));
            EwsCalendarItem::writeTransactionPath(w);
            E::startT(w, QStringLiteral("FieldURIOrConstant"));
            E::startT(w, QStringLiteral("Constant"));
            w.writeAttribute(QStringLiteral("Value"), transactionId);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            E::startM(w, QStringLiteral("ParentFolderIds"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            w.writeEndElement();
        },
        true,
        [self, mailbox, transactionId, done = std::move(done)](Result<EwsResponse> answer) {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            const Result<EwsMessage> message = answer.value().onlySuccess(QStringLiteral("FindItem"));
            if (!message.ok())
                return done(message.error());
            const XmlNode *root = message.value().node.child(QStringLiteral("RootFolder"));
            const XmlNode *items = root ? root->child(QStringLiteral("Items")) : nullptr;
            if (!items)
                return done(invalid(tr("EWS answered the search for transaction %1 in %2 without the items.")
                                        .arg(transactionId, mailbox),
                                    QStringLiteral("RootFolder")));
            std::optional<CreatedItem> found;
            for (const XmlNode &item : items->children) {
                const XmlNode *id = item.child(QStringLiteral("ItemId"));
                const QString itemId = id ? id->attribute(QStringLiteral("Id")).trimmed() : QString();
                if (itemId.isEmpty())
                    return done(invalid(tr("EWS answered the search for transaction %1 in %2 with an item "
                                           "without ItemId.")
                                            .arg(transactionId, mailbox),
                                        QStringLiteral("ItemId")));
                if (!found)
                    found = CreatedItem{itemId, id->attribute(QStringLiteral("ChangeKey")).trimmed()};
                else // made twice before this look-up existed: the first is the create's item
                    qCWarning(lcEws).noquote()
                        << QStringLiteral("%1 holds more than one item of transaction %2 (%3, %4)")
                               .arg(mailbox, transactionId, found->id, itemId);
            }
            done(found);
        });
}

void EwsConnector::sendCreate(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                              int attempt, Callback<ExchangeEvent> done)
{
    const bool invite = event.writeAttendees && !event.attendees.isEmpty();
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("CreateItem"),
        [this, mailbox, event, transactionId, invite](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("CreateItem"));
            w.writeAttribute(QStringLiteral("SendMeetingInvitations"),
                             invite ? QStringLiteral("SendToAllAndSaveCopy") : QStringLiteral("SendToNone"));
            E::startM(w, QStringLiteral("SavedItemFolderId"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            E::startM(w, QStringLiteral("Items"));
            (void)EwsCalendarItem::writeForCreate(w, event, transactionId);
            w.writeEndElement();
            w.writeEndElement();
        },
        false, // the HttpClient does not resend it after a reset or a timeout: see below
        [self, mailbox, event, transactionId, attempt, done = std::move(done)](Result<EwsResponse> answer) mutable {
            if (!self)
                return;
            Result<EwsMessage> message = answer.ok() ? answer.value().onlySuccess(QStringLiteral("CreateItem"))
                                                     : Result<EwsMessage>(answer.error());
            const XmlNode *item = message.ok() ? firstItem(message.value()) : nullptr;
            const XmlNode *itemId = item ? item->child(QStringLiteral("ItemId")) : nullptr;
            const QString id = itemId ? itemId->attribute(QStringLiteral("Id")).trimmed() : QString();
            if (message.ok() && id.isEmpty()) {
                // Created, but we cannot tell which item: the look-up by transaction id finds it.
                Error unknown = makeError(ErrorKind::Network,
                                          tr("EWS created the event but answered without its ItemId; it is "
                                             "looked for before it is created again."));
                unknown.serverCode = QStringLiteral("ItemId");
                message = unknown;
            }
            if (!message.ok()) {
                // A reset, a timeout, an error page (Network): the server may have made the item. With a
                // transaction id the next attempt looks for it first, so it is safe to try again here.
                const Error &error = message.error();
                if (transactionId.isEmpty() || error.kind != ErrorKind::Network || attempt >= kCreateAttempts)
                    return done(error);
                const qint64 wait = self->m_http->retryPolicy().backoffMs(attempt, 0);
                qCInfo(lcEws).noquote()
                    << QStringLiteral("CreateItem for %1 (transaction %2) ended unknown (%3); looking for it in "
                                      "%4 ms before creating it again")
                           .arg(mailbox, transactionId, error.message)
                           .arg(wait);
                self->m_clock->schedule(wait, self,
                                        [self, mailbox, event, transactionId, attempt, done]() mutable {
                                            if (self)
                                                self->lookThenCreate(mailbox, event, transactionId,
                                                                     attempt + 1, std::move(done));
                                        });
                return;
            }
            // The server's view of the new item (UID, organizer, ChangeKey); if that read fails, what was
            // written, with the id and ChangeKey the create answered.
            ExchangeEvent written = event;
            written.id = id;
            written.changeKey = itemId->attribute(QStringLiteral("ChangeKey")).trimmed();
            written.transactionId = transactionId;
            self->readEventWithMaster(mailbox, id, [written, done](Result<ExchangeEvent> read) {
                done(read.ok() ? read : Result<ExchangeEvent>(written));
            });
        });
}

void EwsConnector::updateEvent(const QString &mailbox, const ExchangeEvent &event,
                               Callback<ExchangeEvent> done)
{
    if (event.id.isEmpty())
        return failLater(done, invalid(tr("No event id given."), QStringLiteral("id")));
    {
        QByteArray scratch;
        QXmlStreamWriter w(&scratch);
        if (Status ok = EwsCalendarItem::writeUpdates(w, event); !ok.ok())
            return failLater(done, ok.error());
    }
    QPointer<EwsConnector> self(this);
    if (event.changeKey.isEmpty()) {
        // UpdateItem needs the current ChangeKey even to overwrite (B2): read it, then write over it.
        currentChangeKey(mailbox, event.id,
                         [self, mailbox, event, done = std::move(done)](Result<QString> key) {
                             if (!self)
                                 return;
                             if (!key.ok())
                                 return done(key.error());
                             ExchangeEvent withKey = event;
                             withKey.changeKey = key.value();
                             self->updateEvent(mailbox, withKey, done);
                         });
        return;
    }
    const QString conflict = QStringLiteral("NeverOverwrite");
    const bool notify = !event.attendees.isEmpty();
    call(
        mailbox, QStringLiteral("UpdateItem"),
        [event, conflict, notify](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("UpdateItem"));
            w.writeAttribute(QStringLiteral("ConflictResolution"), conflict);
            w.writeAttribute(QStringLiteral("SendMeetingInvitationsOrCancellations"),
                             notify ? QStringLiteral("SendToAllAndSaveCopy") : QStringLiteral("SendToNone"));
            E::startM(w, QStringLiteral("ItemChanges"));
            E::startT(w, QStringLiteral("ItemChange"));
            E::startT(w, QStringLiteral("ItemId"));
            w.writeAttribute(QStringLiteral("Id"), event.id);
            w.writeAttribute(QStringLiteral("ChangeKey"), event.changeKey);
            w.writeEndElement();
            (void)EwsCalendarItem::writeUpdates(w, event);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        },
        true, // with a ChangeKey and NeverOverwrite, a repeated write fails on the key instead of writing
              // twice
        [self, mailbox, event, done = std::move(done)](Result<EwsResponse> answer) {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            const Result<EwsMessage> message = answer.value().onlySuccess(QStringLiteral("UpdateItem"));
            if (!message.ok())
                return done(message.error());
            const XmlNode *item = firstItem(message.value());
            const XmlNode *itemId = item ? item->child(QStringLiteral("ItemId")) : nullptr;
            ExchangeEvent written = event;
            if (itemId && !itemId->attribute(QStringLiteral("ChangeKey")).isEmpty())
                written.changeKey = itemId->attribute(QStringLiteral("ChangeKey")).trimmed();
            self->readEventWithMaster(mailbox, event.id, [written, done](Result<ExchangeEvent> read) {
                done(read.ok() ? read : Result<ExchangeEvent>(written));
            });
        });
}

void EwsConnector::deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                               StatusCallback done)
{
    if (eventId.isEmpty())
        return failLater(done, invalid(tr("No event id given."), QStringLiteral("id")));
    QPointer<EwsConnector> self(this);
    auto remove = [self, mailbox, eventId](StatusCallback done) {
        self->call(
            mailbox, QStringLiteral("DeleteItem"),
            [eventId](QXmlStreamWriter &w) {
                E::startM(w, QStringLiteral("DeleteItem"));
                w.writeAttribute(QStringLiteral("DeleteType"), QStringLiteral("MoveToDeletedItems"));
                w.writeAttribute(QStringLiteral("SendMeetingCancellations"),
                                 QStringLiteral("SendToAllAndSaveCopy"));
                writeItemIds(w, {{ItemRef::Item, eventId}});
                w.writeEndElement();
            },
            true, // deleting twice: ErrorItemNotFound
            [done = std::move(done)](Result<EwsResponse> answer) {
                if (!answer.ok())
                    return done(answer.error());
                const Result<EwsMessage> message = answer.value().onlySuccess(QStringLiteral("DeleteItem"));
                done(message.ok() ? Status() : Status(message.error()));
            });
    };
    if (changeKey.isEmpty())
        return remove(std::move(done));
    // DeleteItem has no precondition: compare first, so a delete never removes an edit it has not seen. The
    // window between the two calls remains: a fence (UpdateItem with the ChangeKey and NeverOverwrite, then the
    // delete) would not narrow it, the delete after it being just as unconditional, and would itself be a
    // change (new ChangeKey, LastModifiedTime) that Outlook, other clients and our own change feed see.
    // MoveToDeletedItems keeps an edit lost in that window restorable.
    currentChangeKey(
        mailbox, eventId,
        [self, eventId, changeKey, remove, done = std::move(done)](Result<QString> current) mutable {
            if (!self)
                return;
            if (!current.ok())
                return done(current.error());
            if (current.value() != changeKey) {
                Error conflict = makeError(
                    ErrorKind::Conflict,
                    tr("Event %1 changed in Exchange since it was read; it is not deleted.").arg(eventId));
                conflict.serverCode = QStringLiteral("ErrorIrresolvableConflict");
                return done(conflict);
            }
            remove(std::move(done));
        });
}

void EwsConnector::cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                               StatusCallback done)
{
    if (eventId.isEmpty())
        return failLater(done, invalid(tr("No event id given."), QStringLiteral("id")));
    QPointer<EwsConnector> self(this);
    currentChangeKey(
        mailbox, eventId, [self, mailbox, eventId, comment, done = std::move(done)](Result<QString> key) {
            if (!self)
                return;
            if (!key.ok())
                return done(key.error());
            self->call(
                mailbox, QStringLiteral("CreateItem"),
                [eventId, comment, changeKey = key.value()](QXmlStreamWriter &w) {
                    E::startM(w, QStringLiteral("CreateItem"));
                    w.writeAttribute(QStringLiteral("MessageDisposition"), QStringLiteral("SendAndSaveCopy"));
                    E::startM(w, QStringLiteral("Items"));
                    E::startT(w, QStringLiteral("CancelCalendarItem"));
                    E::startT(w, QStringLiteral("ReferenceItemId"));
                    w.writeAttribute(QStringLiteral("Id"), eventId);
                    w.writeAttribute(QStringLiteral("ChangeKey"), changeKey);
                    w.writeEndElement();
                    E::startT(w, QStringLiteral("NewBodyContent"));
                    w.writeAttribute(QStringLiteral("BodyType"), QStringLiteral("Text"));
                    w.writeCharacters(comment);
                    w.writeEndElement();
                    w.writeEndElement();
                    w.writeEndElement();
                    w.writeEndElement();
                },
                true, // cancelling twice leaves the meeting cancelled
                [done](Result<EwsResponse> answer) {
                    if (!answer.ok())
                        return done(answer.error());
                    const QList<EwsMessage> &messages = answer.value().messages();
                    if (messages.size() != 1)
                        return done(invalid(tr("EWS answered CreateItem (cancel) with %1 response messages.")
                                                .arg(messages.size()),
                                            QStringLiteral("ResponseMessages")));
                    if (!messages.first().ok())
                        return done(EwsResponse::errorFor(messages.first().code, messages.first().text,
                                                          messages.first().backOffMs,
                                                          QStringLiteral("CancelCalendarItem")));
                    done(Status());
                });
        });
}

void EwsConnector::probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                                 Callback<CalendarProbe> done)
{
    if (!fromUtc.isValid() || !toUtc.isValid() || toUtc <= fromUtc)
        return failLater(done, invalid(tr("The range to look at is empty."), QStringLiteral("window")));
    const qint64 started = m_clock->elapsedMs();
    QPointer<EwsConnector> self(this);
    call(
        mailbox, QStringLiteral("FindItem"),
        [this, mailbox, fromUtc, toUtc](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("FindItem"));
            w.writeAttribute(QStringLiteral("Traversal"), QStringLiteral("Shallow"));
            E::startM(w, QStringLiteral("ItemShape"));
            E::t(w, QStringLiteral("BaseShape"), QStringLiteral("IdOnly"));
            E::startT(w, QStringLiteral("AdditionalProperties"));
            E::startT(w, QStringLiteral("FieldURI"));
            w.writeAttribute(QStringLiteral("FieldURI"), QStringLiteral("item:Subject"));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            E::startM(w, QStringLiteral("CalendarView"));
            w.writeAttribute(QStringLiteral("MaxEntriesReturned"), QStringLiteral("2"));
            w.writeAttribute(QStringLiteral("StartDate"), iso(fromUtc));
            w.writeAttribute(QStringLiteral("EndDate"), iso(toUtc));
            w.writeEndElement();
            E::startM(w, QStringLiteral("ParentFolderIds"));
            writeCalendarFolder(w, mailbox, {});
            w.writeEndElement();
            w.writeEndElement();
        },
        true,
        [self, mailbox, started, done = std::move(done)](Result<EwsResponse> answer) {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            const Result<EwsMessage> only = answer.value().onlyMessage(QStringLiteral("FindItem"));
            if (!only.ok())
                return done(only.error());
            const EwsMessage &message = only.value();
            if (!message.ok()) {
                Error error = EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                    QStringLiteral("FindItem"));
                if (message.code == QLatin1String("ErrorAccessDenied") ||
                    message.code == QLatin1String("ErrorNonExistentMailbox"))
                    error.message +=
                        QLatin1Char(' ') +
                        tr("Check that %1 is a mailbox on this server and that the account may open "
                           "its calendar (impersonation, or delegate rights when impersonation is "
                           "off).")
                            .arg(mailbox);
                return done(error);
            }
            const XmlNode *root = message.node.child(QStringLiteral("RootFolder"));
            if (!root)
                return done(invalid(tr("EWS answered FindItem for %1 without RootFolder.").arg(mailbox),
                                    QStringLiteral("RootFolder")));
            CalendarProbe probe;
            const XmlNode *items = root->child(QStringLiteral("Items"));
            const int count = items ? int(items->children.size()) : 0;
            probe.any = count > 0;
            probe.more = count > 1 ||
                         root->attribute(QStringLiteral("IncludesLastItemInRange")) == QLatin1String("false");
            if (probe.any)
                probe.firstSubject = items->children.first().childText(QStringLiteral("Subject"));
            probe.elapsedMs = self->m_clock->elapsedMs() - started;
            done(probe);
        });
}

} // namespace cxsync::exchange
