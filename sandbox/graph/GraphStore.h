#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace cxsync::sandbox {

struct GraphUser {
    QString id; // GUID
    QString displayName;
    QString givenName;
    QString surname;
    QString mail; // primary SMTP address, also the userPrincipalName
    QString userPrincipalName;
    QStringList aliases; // further SMTP addresses
    bool accountEnabled = true;

    QJsonObject toJson() const; // every supported property
    static GraphUser fromJson(const QJsonObject &object);
};

// One item in a mailbox's calendar (single instance or series master; occurrences are derived).
struct GraphEvent {
    QString id; // REST id (restId): changes when the item moves to another folder
    // restImmutableEntryId: stays while the item is in this mailbox; what a client that sends
    // Prefer: IdType="ImmutableId" sees as `id` (PROTOCOLS.md A3)
    QString immutableId;
    QJsonObject
        data; // Graph properties except the ones below; start/end stay in the zone they were written in
    QDateTime startUtc;
    QDateTime endUtc;
    QDateTime created;
    QDateTime lastModified;
    QString changeKey;
    qint64 seq = 0; // the mailbox change sequence of the last write

    QString type() const { return data.value(QStringLiteral("type")).toString(); }
    bool isOrganizer() const { return data.value(QStringLiteral("isOrganizer")).toBool(); }
    QString iCalUId() const { return data.value(QStringLiteral("iCalUId")).toString(); }
    QString etag() const { return QStringLiteral("W/\"%1\"").arg(changeKey); }
    QJsonObject toJson() const;
    static GraphEvent fromJson(const QJsonObject &object);
};

struct GraphTombstone {
    QString id;
    qint64 seq = 0;
    QString immutableId;
    bool moved = false; // the item lives on under a new REST id (GraphStore::move)
};

struct GraphMailbox {
    QString userId;
    QList<GraphEvent> events; // in creation order
    QList<GraphTombstone> tombstones;
    QHash<QString, QString> transactions; // transactionId -> event id
    qint64 seq = 0;                       // last change sequence
    int generation = 1;                   // sync state generation (delta tokens of older ones are gone)

    GraphEvent *find(const QString &eventId);
    const GraphEvent *find(const QString &eventId) const;
};

// Users, their calendars and each mailbox's change log. Every write goes through touch()/remove() so that
// changeKeys, change sequences (for delta) and change listeners (for notifications) stay consistent.
class GraphStore {
public:
    // changeType: created | updated | deleted
    using ChangeListener =
        std::function<void(const QString &userId, const GraphEvent &event, const QString &changeType)>;

    void clear();
    void setListener(ChangeListener listener) { m_listener = std::move(listener); }

    void addUser(const GraphUser &user);
    const QList<GraphUser> &users() const { return m_users; }
    // by id, userPrincipalName, mail or alias (case-insensitive); the first user added wins a shared address
    const GraphUser *user(const QString &idOrAddress) const;
    // Ids of the users whose mailbox holds an item with this iCalUId (a meeting's organizer and attendee
    // copies), in users() order. An index kept in step by insert/touch/remove/fromJson, so finding a
    // meeting's copies costs those mailboxes, not the whole organisation.
    QStringList mailboxesWith(const QString &iCalUId) const;

    GraphMailbox *mailbox(const QString &userId);
    const GraphMailbox *mailbox(const QString &userId) const;

    // Assigns id (if empty), changeKey, timestamps and a change sequence; returns the stored event.
    GraphEvent &insert(const QString &userId, GraphEvent event);
    // Marks `event` (already in the mailbox) as changed.
    void touch(const QString &userId, GraphEvent &event);
    bool remove(const QString &userId, const QString &eventId);
    // Outlook moving an item to another folder (and back into the calendar): a new REST id, the same
    // immutable id, a new changeKey; delta reports the old REST id as removed and the item as changed.
    // Returns the new REST id, empty when there is no such item.
    QString move(const QString &userId, const QString &eventId);
    void expireSyncState(const QString &userId);

    // An id in either format (also an occurrence "<master id>_OCyyyyMMdd", also an item deleted or moved
    // away) in the other format; an id the mailbox never had comes back unchanged.
    QString immutableIdOf(const QString &userId, const QString &id) const;
    QString restIdOf(const QString &userId, const QString &id) const;
    // Whether `restId` is the old id of an item that moved (GraphStore::move).
    bool movedAway(const QString &userId, const QString &restId) const;

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &state, QString *error);

private:
    void indexEvent(const QString &userId, const GraphEvent &event);

    QList<GraphUser> m_users;
    QHash<QString, qsizetype> m_userByKey; // case-folded id, UPN, mail and aliases -> index in m_users
    QHash<QString, qsizetype> m_userById;  // exact id -> index in m_users (the order of mailboxesWith)
    QHash<QString, QSet<QString>> m_mailboxesByICalUId;
    QMap<QString, GraphMailbox> m_mailboxes;
    ChangeListener m_listener;
};

} // namespace cxsync::sandbox
