#pragma once

// One copy of a text that many records repeat (a mailbox, a user id, an attendee's address, the body of a
// meeting seen in each attendee's mailbox) instead of one per record. Qt's strings are shared on copy: the
// pool hands out the copy it saw first, so the repeats are freed. For a run that holds every mailbox's changes
// and the CRM feed at once.
#include <QSet>
#include <QString>

namespace cxsync::sync {

class StringPool final {
public:
    QString operator()(const QString &text)
    {
        if (text.isEmpty())
            return text;
        const auto found = m_seen.constFind(text);
        if (found != m_seen.cend())
            return *found;
        m_seen.insert(text);
        return text;
    }

private:
    QSet<QString> m_seen;
};

} // namespace cxsync::sync
