#pragma once

#include "SampleData.h"

#include <QDateTime>

namespace cxsync::sandbox::detail {

// Adds what else a real CRM holds beside appointments (SampleDataGenerator::generate): to-dos, logged calls,
// e-mails and letters of the CRM users, inside the same window, and a few appointments whose action is not
// Meeting (a scheduled call, a demo). Draws from its own seeded stream, so the appointments and users of a
// seed stay exactly what they were before activities existed. Internal to sandbox/data.
class SampleActivityBuilder final {
public:
    SampleActivityBuilder(quint64 seed, SampleData &data, const QDateTime &nowUtc);

    void build(int count);

private:
    quint64 m_seed;
    SampleData &m_data;
    QDateTime m_now;
};

} // namespace cxsync::sandbox::detail
