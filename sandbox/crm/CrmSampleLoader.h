#pragma once

#include "CrmStore.h"
#include "SampleData.h"

namespace cxsync::sandbox {

struct CrmSyncAccount {
    QString logon;
    QString password;
};

// Fills a CrmStore from the sample world: one Users row per person with a CRM user (password = logon, the
// synchronization user: SampleData::syncUserPassword and External Logon Allowed), and one Communication
// (Appointment/Meeting) per CRM-origin appointment with a Comm_Link row per linked CRM user. The CRM does not
// support recurrence, so recurring samples become their first occurrence. Exchange-origin items are not
// loaded.
class CrmSampleLoader final {
public:
    // Empty tables plus a default synchronization user (exchsync).
    static CrmSyncAccount loadDefault(CrmStore &store);
    // Replaces the tables; without a CRM sync user in `data` the default one is added.
    static CrmSyncAccount load(CrmStore &store, const SampleData &data);
};

} // namespace cxsync::sandbox
