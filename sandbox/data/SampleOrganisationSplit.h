#pragma once

#include "SampleData.h"

#include <QSet>
#include <QString>

namespace cxsync::sandbox {

// One sample world whose mailboxes live on two Exchange servers of one organisation (seed chapter 5): a
// second Exchange Online tenant, or on-premises Exchange beside Exchange Online (a hybrid organisation). The
// CRM keeps every user; each server's store holds only its own mailboxes.
struct SampleOrganisationSplit {
    SampleData crm;         // every user (the CRM's view), with the second server's addresses already moved
    SampleData first;       // mailboxes on the first server only (the others have hasMailbox false)
    SampleData second;      // mailboxes on the second server only
    QSet<QString> onSecond; // keys of the users whose mailbox is on the second server

    // Every second mailbox owner in sample order (the 2nd, 4th, ...) goes to the second server, with its
    // primary address, its aliases and the CRM e-mail that points at them moved from `firstDomain` to
    // `secondDomain` (as a second organisation's addresses would be). The synchronization user (CRM only)
    // never moves. Appointments stay in all three: each store loads only those organized by its own
    // mailboxes. Deterministic for the same `data`.
    static SampleOrganisationSplit split(const SampleData &data,
                                         const QString &firstDomain = QStringLiteral("contoso.example"),
                                         const QString &secondDomain = QStringLiteral("fabrikam.example"));
};

} // namespace cxsync::sandbox
