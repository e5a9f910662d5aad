#include "GraphStore.h"

#include "GraphEventJson.h"

#include <algorithm>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

QJsonObject GraphUser::toJson() const
{
    QJsonArray proxies{u"SMTP:"_s + mail};
    for (const QString &alias : aliases)
        proxies.append(u"smtp:"_s + alias);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{{"id"_L1, id},
                       {"displayName"_L1, displayName},
                       {"givenName"_L1, orNull(givenName)},
                       {"surname"_L1, orNull(surname)},
                       {"mail"_L1, orNull(mail)},
                       {"userPrincipalName"_L1, userPrincipalName},
                       {"proxyAddresses"_L1, proxies},
                       {"accountEnabled"_L1, accountEnabled},
                       {"businessPhones"_L1, QJsonArray()},
                       {"jobTitle"_L1, QJsonValue::Null},
                       {"mobilePhone"_L1, QJsonValue::Null},
                       {"officeLocation"_L1, QJsonValue::Null},
                       {"preferredLanguage"_L1, QJsonValue::Null}};
}

GraphUser GraphUser::fromJson(const QJsonObject &o)
{
    GraphUser u;
    u.id = o.value("id"_L1).toString();
    u.displayName = o.value("displayName"_L1).toString();
    u.givenName = o.value("givenName"_L1).toString();
    u.surname = o.value("surname"_L1).toString();
    u.mail = o.value("mail"_L1).toString();
    u.userPrincipalName = o.value("userPrincipalName"_L1).toString();
    u.accountEnabled = o.value("accountEnabled"_L1).toBool(true);
    for (const QJsonValue &p : o.value("proxyAddresses"_L1).toArray()) {
        if (p.toString().startsWith("smtp:"_L1))
            u.aliases.append(p.toString().mid(5));
    }
    return u;
}

QJsonObject GraphEvent::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"immutableId"_L1, immutableId},
                       {"data"_L1, data},
                       {"startUtc"_L1, startUtc.toString(Qt::ISODateWithMs)},
                       {"endUtc"_L1, endUtc.toString(Qt::ISODateWithMs)},
                       {"created"_L1, created.toString(Qt::ISODateWithMs)},
                       {"lastModified"_L1, lastModified.toString(Qt::ISODateWithMs)},
                       {"changeKey"_L1, changeKey},
                       {"seq"_L1, seq}};
}

GraphEvent GraphEvent::fromJson(const QJsonObject &o)
{
    GraphEvent e;
    e.id = o.value("id"_L1).toString();
    e.immutableId = o.value("immutableId"_L1).toString(); // states saved before immutable ids: given on load
    e.data = o.value("data"_L1).toObject();
    e.startUtc = QDateTime::fromString(o.value("startUtc"_L1).toString(), Qt::ISODateWithMs).toUTC();
    e.endUtc = QDateTime::fromString(o.value("endUtc"_L1).toString(), Qt::ISODateWithMs).toUTC();
    e.created = QDateTime::fromString(o.value("created"_L1).toString(), Qt::ISODateWithMs).toUTC();
    e.lastModified = QDateTime::fromString(o.value("lastModified"_L1).toString(), Qt::ISODateWithMs).toUTC();
    e.changeKey = o.value("changeKey"_L1).toString();
    e.seq = o.value("seq"_L1).toInteger();
    return e;
}

GraphEvent *GraphMailbox::find(const QString &eventId)
{
    for (GraphEvent &e : events) {
        if (e.id == eventId)
            return &e;
    }
    return nullptr;
}

const GraphEvent *GraphMailbox::find(const QString &eventId) const
{
    return const_cast<GraphMailbox *>(this)->find(eventId);
}

void GraphStore::clear()
{
    m_users.clear();
    m_userByKey.clear();
    m_userById.clear();
    m_mailboxesByICalUId.clear();
    m_mailboxes.clear();
}

void GraphStore::addUser(const GraphUser &user)
{
    const qsizetype index = m_users.size();
    m_users.append(user);
    m_mailboxes[user.id].userId = user.id;
    // The first user wins a shared key, as the scan in users() order that these indexes replace did.
    if (!m_userById.contains(user.id))
        m_userById.insert(user.id, index);
    QStringList keys{user.id, user.userPrincipalName};
    if (!user.mail.isEmpty())
        keys.append(user.mail);
    keys += user.aliases;
    for (const QString &key : keys) {
        const QString folded = key.toCaseFolded(); // what compare(Qt::CaseInsensitive) compares
        if (!m_userByKey.contains(folded))
            m_userByKey.insert(folded, index);
    }
}

const GraphUser *GraphStore::user(const QString &idOrAddress) const
{
    const qsizetype index = m_userByKey.value(idOrAddress.toCaseFolded(), -1);
    return index < 0 ? nullptr : &m_users.at(index);
}

QStringList GraphStore::mailboxesWith(const QString &iCalUId) const
{
    const auto it = m_mailboxesByICalUId.constFind(iCalUId);
    if (it == m_mailboxesByICalUId.constEnd())
        return {};
    QList<QPair<qsizetype, QString>> ordered;
    for (const QString &userId : *it) {
        const qsizetype index = m_userById.value(userId, -1);
        if (index >= 0) // a mailbox without a user (a state file's leftover) is not anyone's calendar
            ordered.append({index, userId});
    }
    std::sort(ordered.begin(), ordered.end());
    QStringList out;
    for (const auto &entry : ordered)
        out.append(entry.second);
    return out;
}

void GraphStore::indexEvent(const QString &userId, const GraphEvent &event)
{
    const QString uid = event.iCalUId();
    if (!uid.isEmpty())
        m_mailboxesByICalUId[uid].insert(userId);
}

GraphMailbox *GraphStore::mailbox(const QString &userId)
{
    auto it = m_mailboxes.find(userId);
    return it == m_mailboxes.end() ? nullptr : &it.value();
}

const GraphMailbox *GraphStore::mailbox(const QString &userId) const
{
    auto it = m_mailboxes.constFind(userId);
    return it == m_mailboxes.constEnd() ? nullptr : &it.value();
}

GraphEvent &GraphStore::insert(const QString &userId, GraphEvent event)
{
    GraphMailbox &box = m_mailboxes[userId];
    box.userId = userId;
    if (event.id.isEmpty())
        event.id = GraphEventJson::newId();
    if (event.immutableId.isEmpty())
        event.immutableId = GraphEventJson::newId(u"AAkALgAA"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    event.created = now;
    event.lastModified = now;
    event.changeKey = GraphEventJson::newChangeKey();
    event.seq = ++box.seq;
    const QString transactionId = event.data.value("transactionId"_L1).toString();
    if (!transactionId.isEmpty())
        box.transactions.insert(transactionId, event.id);
    box.events.append(event);
    GraphEvent &stored = box.events.last();
    indexEvent(userId, stored);
    if (m_listener)
        m_listener(userId, stored, u"created"_s);
    return stored;
}

void GraphStore::touch(const QString &userId, GraphEvent &event)
{
    GraphMailbox &box = m_mailboxes[userId];
    event.lastModified = QDateTime::currentDateTimeUtc();
    event.changeKey = GraphEventJson::newChangeKey();
    event.seq = ++box.seq;
    indexEvent(userId, event); // an iCalUId never changes after creation; cheap to keep certain
    if (m_listener)
        m_listener(userId, event, u"updated"_s);
}

bool GraphStore::remove(const QString &userId, const QString &eventId)
{
    GraphMailbox *box = mailbox(userId);
    if (!box)
        return false;
    for (qsizetype i = 0; i < box->events.size(); ++i) {
        if (box->events[i].id != eventId)
            continue;
        const GraphEvent removed = box->events.takeAt(i);
        const QString uid = removed.iCalUId();
        const bool uidStays = std::any_of(box->events.cbegin(), box->events.cend(),
                                          [&uid](const GraphEvent &e) { return e.iCalUId() == uid; });
        auto indexed = m_mailboxesByICalUId.find(uid);
        if (!uidStays && indexed != m_mailboxesByICalUId.end()) {
            indexed->remove(userId);
            if (indexed->isEmpty())
                m_mailboxesByICalUId.erase(indexed);
        }
        box->tombstones.append({removed.id, ++box->seq, removed.immutableId, false});
        if (m_listener)
            m_listener(userId, removed, u"deleted"_s);
        return true;
    }
    return false;
}

QString GraphStore::move(const QString &userId, const QString &eventId)
{
    GraphMailbox *box = mailbox(userId);
    GraphEvent *event = box ? box->find(eventId) : nullptr;
    if (!event)
        return {};
    box->tombstones.append({event->id, ++box->seq, event->immutableId, true});
    event->id = GraphEventJson::newId();
    for (auto t = box->transactions.begin(); t != box->transactions.end(); ++t) {
        if (t.value() == eventId)
            t.value() = event->id;
    }
    // occurrences name their master: exceptions stored on the master keep their keys (dates)
    touch(userId, *event);
    return event->id;
}

namespace {

// "<master id>_OCyyyyMMdd" -> {master id, "_OCyyyyMMdd"}; otherwise {id, ""}.
QPair<QString, QString> splitOccurrence(const QString &id)
{
    static const QRegularExpression occurrence(u"^(.+)(_OC\\d{8})$"_s);
    const auto m = occurrence.match(id);
    return m.hasMatch() ? qMakePair(m.captured(1), m.captured(2)) : qMakePair(id, QString());
}

} // namespace

QString GraphStore::immutableIdOf(const QString &userId, const QString &id) const
{
    const GraphMailbox *box = mailbox(userId);
    if (!box)
        return id;
    const auto [base, suffix] = splitOccurrence(id);
    for (const GraphEvent &e : box->events) {
        if (e.id == base || e.immutableId == base)
            return e.immutableId + suffix;
    }
    for (const GraphTombstone &t : box->tombstones) {
        if ((t.id == base || t.immutableId == base) && !t.immutableId.isEmpty())
            return t.immutableId + suffix;
    }
    return id;
}

QString GraphStore::restIdOf(const QString &userId, const QString &id) const
{
    const GraphMailbox *box = mailbox(userId);
    if (!box)
        return id;
    const auto [base, suffix] = splitOccurrence(id);
    for (const GraphEvent &e : box->events) {
        if (e.id == base || e.immutableId == base)
            return e.id + suffix;
    }
    for (auto t = box->tombstones.crbegin(); t != box->tombstones.crend(); ++t) {
        if (t->id == base || (!t->immutableId.isEmpty() && t->immutableId == base))
            return t->id + suffix;
    }
    return id;
}

bool GraphStore::movedAway(const QString &userId, const QString &restId) const
{
    const GraphMailbox *box = mailbox(userId);
    if (!box)
        return false;
    for (const GraphTombstone &t : box->tombstones) {
        if (t.id == restId)
            return t.moved;
    }
    return false;
}

void GraphStore::expireSyncState(const QString &userId)
{
    if (GraphMailbox *box = mailbox(userId))
        ++box->generation;
}

QJsonObject GraphStore::toJson() const
{
    QJsonArray users;
    for (const GraphUser &u : m_users)
        users.append(u.toJson());
    QJsonObject mailboxes;
    for (auto it = m_mailboxes.begin(); it != m_mailboxes.end(); ++it) {
        QJsonArray events, tombstones;
        for (const GraphEvent &e : it->events)
            events.append(e.toJson());
        for (const GraphTombstone &t : it->tombstones)
            tombstones.append(QJsonObject{{"id"_L1, t.id},
                                          {"seq"_L1, t.seq},
                                          {"immutableId"_L1, t.immutableId},
                                          {"moved"_L1, t.moved}});
        QJsonObject transactions;
        for (auto t = it->transactions.begin(); t != it->transactions.end(); ++t)
            transactions.insert(t.key(), t.value());
        mailboxes.insert(it.key(), QJsonObject{{"events"_L1, events},
                                               {"tombstones"_L1, tombstones},
                                               {"transactions"_L1, transactions},
                                               {"seq"_L1, it->seq},
                                               {"generation"_L1, it->generation}});
    }
    return QJsonObject{{"users"_L1, users}, {"mailboxes"_L1, mailboxes}};
}

bool GraphStore::fromJson(const QJsonObject &state, QString *error)
{
    if (!state.value("users"_L1).isArray() || !state.value("mailboxes"_L1).isObject()) {
        if (error)
            *error = u"graph state: 'users' (array) and 'mailboxes' (object) are required"_s;
        return false;
    }
    clear();
    for (const QJsonValue &u : state.value("users"_L1).toArray())
        addUser(GraphUser::fromJson(u.toObject()));
    const QJsonObject mailboxes = state.value("mailboxes"_L1).toObject();
    for (auto it = mailboxes.begin(); it != mailboxes.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        GraphMailbox &box = m_mailboxes[it.key()];
        box.userId = it.key();
        for (const QJsonValue &e : o.value("events"_L1).toArray()) {
            GraphEvent event = GraphEvent::fromJson(e.toObject());
            if (event.immutableId.isEmpty())
                event.immutableId = GraphEventJson::newId(u"AAkALgAA"_s);
            box.events.append(event);
        }
        for (const QJsonValue &t : o.value("tombstones"_L1).toArray())
            box.tombstones.append(
                {t.toObject().value("id"_L1).toString(), t.toObject().value("seq"_L1).toInteger(),
                 t.toObject().value("immutableId"_L1).toString(), t.toObject().value("moved"_L1).toBool()});
        const QJsonObject transactions = o.value("transactions"_L1).toObject();
        for (auto t = transactions.begin(); t != transactions.end(); ++t)
            box.transactions.insert(t.key(), t.value().toString());
        box.seq = o.value("seq"_L1).toInteger();
        box.generation = o.value("generation"_L1).toInt(1);
    }
    for (auto box = m_mailboxes.cbegin(); box != m_mailboxes.cend(); ++box) {
        for (const GraphEvent &e : box->events)
            indexEvent(box.key(), e);
    }
    return true;
}

} // namespace cxsync::sandbox
