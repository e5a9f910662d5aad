#include "CrmAppointmentRetrier.h"

#include "store/JournalSql.h"

#include <QJsonArray>

namespace cxsync::queue {

using crm::CrmAppointment;

namespace {

Error fieldError(const QString &field, const QString &message)
{
    return makeError(ErrorKind::Invalid, message, field);
}

} // namespace

QJsonObject CrmAppointmentChange::toJson() const
{
    const CrmAppointment &a = appointment;
    QJsonObject ap{{QStringLiteral("id"), a.id},
                   {QStringLiteral("subject"), a.subject},
                   {QStringLiteral("details"), a.details},
                   {QStringLiteral("location"), a.location},
                   {QStringLiteral("startUtc"), journalsql::stampOrEmpty(a.startUtc)},
                   {QStringLiteral("endUtc"), journalsql::stampOrEmpty(a.endUtc)},
                   {QStringLiteral("private"), a.isPrivate},
                   {QStringLiteral("status"), a.status},
                   {QStringLiteral("type"), a.type},
                   {QStringLiteral("action"), a.action},
                   {QStringLiteral("ownerUserId"), a.ownerUserId},
                   {QStringLiteral("linkedUserIds"), QJsonArray::fromStringList(a.linkedUserIds)},
                   {QStringLiteral("exchangeId"), a.exchangeId}};
    if (a.notifyMinutes)
        ap.insert(QStringLiteral("notifyMinutes"), *a.notifyMinutes);
    return QJsonObject{{QStringLiteral("kind"), kind()},
                       {QStringLiteral("operation"), operation},
                       {QStringLiteral("changedUtc"), journalsql::stampOrEmpty(changedUtc)},
                       {QStringLiteral("appointment"), ap}};
}

Result<CrmAppointmentChange> CrmAppointmentChange::fromJson(const QJsonObject &snapshot)
{
    if (snapshot.value(QStringLiteral("kind")).toString() != kind())
        return fieldError(QStringLiteral("kind"),
                          CrmAppointmentRetrier::tr("the snapshot is not a CRM appointment change"));
    CrmAppointmentChange c;
    c.operation = snapshot.value(QStringLiteral("operation")).toString();
    if (c.operation != QLatin1String("create") && c.operation != QLatin1String("update") &&
        c.operation != QLatin1String("delete"))
        return fieldError(
            QStringLiteral("operation"),
            CrmAppointmentRetrier::tr("operation '%1' is not create, update or delete").arg(c.operation));
    const QJsonValue changed = snapshot.value(QStringLiteral("changedUtc"));
    if (!changed.isUndefined() && !changed.toString().isEmpty()) {
        c.changedUtc = QDateTime::fromString(changed.toString(), Qt::ISODateWithMs);
        if (!c.changedUtc.isValid())
            return fieldError(QStringLiteral("changedUtc"),
                              CrmAppointmentRetrier::tr("changedUtc is not an ISO 8601 time"));
        c.changedUtc = c.changedUtc.toUTC();
    }
    const QJsonValue apValue = snapshot.value(QStringLiteral("appointment"));
    if (!apValue.isObject())
        return fieldError(QStringLiteral("appointment"),
                          CrmAppointmentRetrier::tr("the snapshot has no appointment"));
    const QJsonObject ap = apValue.toObject();
    CrmAppointment &a = c.appointment;
    const auto text = [&ap](const char *name, QString *out) {
        const QJsonValue v = ap.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isString())
            return false;
        *out = v.toString();
        return true;
    };
    for (auto [name, out] : {std::pair{"id", &a.id},
                             {"subject", &a.subject},
                             {"details", &a.details},
                             {"location", &a.location},
                             {"status", &a.status},
                             {"type", &a.type},
                             {"action", &a.action},
                             {"ownerUserId", &a.ownerUserId},
                             {"exchangeId", &a.exchangeId}}) {
        if (!text(name, out))
            return fieldError(
                QStringLiteral("appointment.") + QLatin1String(name),
                CrmAppointmentRetrier::tr("appointment.%1 must be text").arg(QLatin1String(name)));
    }
    if (c.operation != QLatin1String("create") && a.id.isEmpty())
        return fieldError(QStringLiteral("appointment.id"),
                          CrmAppointmentRetrier::tr("an %1 needs the CRM appointment id").arg(c.operation));
    if (c.operation == QLatin1String("delete"))
        return c;
    for (auto [name, out] : {std::pair{"startUtc", &a.startUtc}, {"endUtc", &a.endUtc}}) {
        *out = QDateTime::fromString(ap.value(QLatin1String(name)).toString(), Qt::ISODateWithMs);
        if (!out->isValid())
            return fieldError(
                QStringLiteral("appointment.") + QLatin1String(name),
                CrmAppointmentRetrier::tr("appointment.%1 is not an ISO 8601 time").arg(QLatin1String(name)));
        *out = out->toUTC();
    }
    if (a.endUtc < a.startUtc)
        return fieldError(QStringLiteral("appointment.endUtc"),
                          CrmAppointmentRetrier::tr("the appointment ends before it starts"));
    const QJsonValue priv = ap.value(QStringLiteral("private"));
    if (!priv.isUndefined() && !priv.isBool())
        return fieldError(QStringLiteral("appointment.private"),
                          CrmAppointmentRetrier::tr("appointment.private must be true or false"));
    a.isPrivate = priv.toBool();
    const QJsonValue notify = ap.value(QStringLiteral("notifyMinutes"));
    if (!notify.isUndefined() && !notify.isNull()) {
        if (!notify.isDouble() || notify.toDouble() < 0 || notify.toDouble() != double(notify.toInt()))
            return fieldError(
                QStringLiteral("appointment.notifyMinutes"),
                CrmAppointmentRetrier::tr("appointment.notifyMinutes must be a whole number of minutes"));
        a.notifyMinutes = notify.toInt();
    }
    const QJsonValue linked = ap.value(QStringLiteral("linkedUserIds"));
    if (!linked.isUndefined()) {
        if (!linked.isArray())
            return fieldError(
                QStringLiteral("appointment.linkedUserIds"),
                CrmAppointmentRetrier::tr("appointment.linkedUserIds must be a list of user ids"));
        for (const QJsonValue &v : linked.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return fieldError(
                    QStringLiteral("appointment.linkedUserIds"),
                    CrmAppointmentRetrier::tr("appointment.linkedUserIds must be a list of user ids"));
            a.linkedUserIds << v.toString();
        }
    }
    return c;
}

CrmAppointmentRetrier::CrmAppointmentRetrier(crm::CrmConnector &crm) : m_crm(crm) {}

CrmAppointmentRetrier::~CrmAppointmentRetrier()
{
    *m_alive = false;
}

bool CrmAppointmentRetrier::handles(const FailedMessage &message) const
{
    return message.direction == Direction::ExchangeToCrm &&
           message.snapshot.value(QStringLiteral("kind")).toString() == CrmAppointmentChange::kind();
}

void CrmAppointmentRetrier::retry(const FailedMessage &message, Done done)
{
    auto change = CrmAppointmentChange::fromJson(message.snapshot);
    if (!change.ok()) {
        Error e = change.error();
        e.message = tr("the stored change cannot be applied: %1").arg(e.message);
        // Answer from the event loop, as promised.
        std::weak_ptr<bool> alive = m_alive;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, done, e] {
                if (!alive.expired())
                    done(RetryOutcome::failed(e));
            },
            Qt::QueuedConnection);
        return;
    }
    const CrmAppointmentChange &c = change.value();
    if (c.operation == QLatin1String("create"))
        create(c, std::move(done));
    else if (c.operation == QLatin1String("update"))
        update(c, std::move(done));
    else
        remove(c, std::move(done));
}

void CrmAppointmentRetrier::create(const CrmAppointmentChange &change, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    const auto createNow = [this, alive, change, done] {
        m_crm.createAppointment(change.appointment, [alive, done](Result<CrmAppointment> created) {
            if (alive.expired())
                return;
            if (!created.ok())
                return done(RetryOutcome::failed(created.error()));
            done(RetryOutcome::resolved(tr("created CRM appointment %1").arg(created.value().id)));
        });
    };
    if (change.appointment.exchangeId.isEmpty()) {
        createNow();
        return;
    }
    m_crm.findAppointmentByExchangeId(
        change.appointment.exchangeId, [alive, done, createNow](Result<std::optional<CrmAppointment>> found) {
            if (alive.expired())
                return;
            if (!found.ok())
                return done(RetryOutcome::failed(found.error()));
            if (found.value())
                return done(RetryOutcome::resolved(
                    tr("already in the CRM as appointment %1 (an earlier attempt got through)")
                        .arg(found.value()->id)));
            createNow();
        });
}

void CrmAppointmentRetrier::update(const CrmAppointmentChange &change, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    m_crm.getAppointment(change.appointment.id, [this, alive, change, done](Result<CrmAppointment> current) {
        if (alive.expired())
            return;
        if (!current.ok()) {
            if (current.error().kind == ErrorKind::NotFound)
                return done(
                    RetryOutcome::superseded(tr("CRM appointment %1 no longer exists; the update is dropped")
                                                 .arg(change.appointment.id)));
            return done(RetryOutcome::failed(current.error()));
        }
        if (current.value().deleted)
            return done(
                RetryOutcome::superseded(tr("CRM appointment %1 was deleted meanwhile; the update is dropped")
                                             .arg(change.appointment.id)));
        if (change.changedUtc.isValid() && current.value().updatedUtc.isValid() &&
            current.value().updatedUtc > change.changedUtc)
            return done(RetryOutcome::superseded(
                tr("CRM appointment %1 was changed in the CRM at %2, after this change (%3); the newer CRM "
                   "version is kept")
                    .arg(change.appointment.id, journalsql::stampOrEmpty(current.value().updatedUtc),
                         journalsql::stampOrEmpty(change.changedUtc))));
        m_crm.updateAppointment(change.appointment, [alive, done](Result<CrmAppointment> updated) {
            if (alive.expired())
                return;
            if (!updated.ok())
                return done(RetryOutcome::failed(updated.error()));
            done(RetryOutcome::resolved(tr("updated CRM appointment %1").arg(updated.value().id)));
        });
    });
}

void CrmAppointmentRetrier::remove(const CrmAppointmentChange &change, Done done)
{
    std::weak_ptr<bool> alive = m_alive;
    m_crm.getAppointment(change.appointment.id, [this, alive, change, done](Result<CrmAppointment> current) {
        if (alive.expired())
            return;
        if ((!current.ok() && current.error().kind == ErrorKind::NotFound) ||
            (current.ok() && current.value().deleted))
            return done(RetryOutcome::resolved(
                tr("CRM appointment %1 is already deleted").arg(change.appointment.id)));
        if (!current.ok())
            return done(RetryOutcome::failed(current.error()));
        m_crm.deleteAppointment(change.appointment.id, [alive, done, change](Status deleted) {
            if (alive.expired())
                return;
            if (!deleted.ok())
                return done(RetryOutcome::failed(deleted.error()));
            done(RetryOutcome::resolved(tr("deleted CRM appointment %1").arg(change.appointment.id)));
        });
    });
}

} // namespace cxsync::queue
