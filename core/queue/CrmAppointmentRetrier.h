#pragma once

#include "crm/CrmConnector.h"
#include "queue/FailedMessageRetrier.h"

#include <QCoreApplication>

#include <memory>

namespace cxsync::queue {

// The snapshot of an Exchange→CRM appointment write, as stored in a failed message (snapshot kind
// "crm.appointment"). The engine builds it when a CRM write fails; CrmAppointmentRetrier applies it later.
//   {"kind": "crm.appointment", "operation": "create|update|delete", "changedUtc": "...",
//    "appointment": {"id", "subject", "details", "location", "startUtc", "endUtc", "private",
//    "notifyMinutes",
//                    "status", "type", "action", "ownerUserId", "linkedUserIds": [...], "exchangeId"}}
struct CrmAppointmentChange {
    QString operation;               // create | update | delete
    crm::CrmAppointment appointment; // delete needs only id
    QDateTime changedUtc;            // when the change happened on the Exchange side

    static QString kind() { return QStringLiteral("crm.appointment"); }
    QJsonObject toJson() const;
    // Every field is checked; the error names it ("appointment.startUtc").
    static Result<CrmAppointmentChange> fromJson(const QJsonObject &snapshot);
};

// Re-applies Exchange→CRM appointment writes against the CRM's current state:
//   create: search by Exchange id first; found means an earlier attempt got through (resolved), else create;
//   update: gone or soft-deleted in the CRM → superseded; changed in the CRM after the Exchange change → the
//           newer CRM version is kept (superseded); else written;
//   delete: already gone → resolved; else soft-deleted.
// Connector errors come back as FailedAgain with their kind, so the queue decides between waiting and
// parking.
class CrmAppointmentRetrier final : public FailedMessageRetrier {
    Q_DECLARE_TR_FUNCTIONS(cxsync::queue::CrmAppointmentRetrier)
public:
    explicit CrmAppointmentRetrier(crm::CrmConnector &crm);
    ~CrmAppointmentRetrier() override;
    Q_DISABLE_COPY_MOVE(CrmAppointmentRetrier)

    bool handles(const FailedMessage &message) const override;
    void retry(const FailedMessage &message, Done done) override;

private:
    void create(const CrmAppointmentChange &change, Done done);
    void update(const CrmAppointmentChange &change, Done done);
    void remove(const CrmAppointmentChange &change, Done done);

    crm::CrmConnector &m_crm;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace cxsync::queue
