#pragma once

#include "EwsMailbox.h"

#include <QHash>

namespace cxsync::sandbox {

class EwsPush;

// FindItem (CalendarView expansion, paging, restrictions), SyncFolderItems (opaque SyncState of the mailbox's
// sync generation and change sequence) and push Subscribe / Unsubscribe on the acting mailbox's calendar.
class EwsFolderOperations final {
public:
    EwsFolderOperations(EwsMailbox &mailbox, EwsPush &push) : m_mailbox(mailbox), m_push(push) {}

    std::optional<EwsError> findItem(const EwsSession &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> syncFolderItems(const EwsSession &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> subscribe(const EwsSession &s, const XmlElement &op, EwsWriter &w);
    std::optional<EwsError> unsubscribe(const EwsSession &s, const XmlElement &op, EwsWriter &w);

    // The change sequence at which an item was created (the store's change listener tells), so
    // SyncFolderItems tells Create from Update; items from before count as created at 0.
    void noteCreated(const QString &userId, const QString &immutableId, qint64 seq)
    {
        m_createdAt.insert(userId + u'/' + immutableId, seq);
    }

private:
    qint64 creationSeq(const QString &userId, const QString &immutableId) const;

    EwsMailbox &m_mailbox;
    EwsPush &m_push;
    QHash<QString, qint64> m_createdAt; // userId + '/' + immutableId
};

} // namespace cxsync::sandbox
