#include "CrmTypes.h"

#include <array>
#include <utility>

namespace cxsync::crm {

namespace {

constexpr std::array<std::pair<CrmField, const char *>, 12> kFieldNames{{
    {CrmField::Subject, "subject"},
    {CrmField::Details, "details"},
    {CrmField::Location, "location"},
    {CrmField::Times, "times"},
    {CrmField::Private, "private"},
    {CrmField::Reminder, "reminder"},
    {CrmField::Status, "status"},
    {CrmField::Type, "type"},
    {CrmField::Action, "action"},
    {CrmField::Owner, "owner"},
    {CrmField::ExchangeId, "exchangeId"},
    {CrmField::ExchangeResponses, "exchangeResponses"},
}};

} // namespace

CrmFields allCrmFields()
{
    CrmFields all;
    for (const auto &field : kFieldNames)
        all |= field.first;
    return all;
}

CrmFields differingFields(const CrmAppointment &a, const CrmAppointment &b)
{
    CrmFields fields;
    fields.setFlag(CrmField::Subject, a.subject != b.subject);
    fields.setFlag(CrmField::Details, a.details != b.details);
    fields.setFlag(CrmField::Location, a.location != b.location);
    fields.setFlag(CrmField::Times, a.startUtc != b.startUtc || a.endUtc != b.endUtc);
    fields.setFlag(CrmField::Private, a.isPrivate != b.isPrivate);
    fields.setFlag(CrmField::Reminder, a.notifyMinutes != b.notifyMinutes);
    fields.setFlag(CrmField::Status, a.status != b.status);
    fields.setFlag(CrmField::Type, a.type != b.type);
    fields.setFlag(CrmField::Action, a.action != b.action);
    fields.setFlag(CrmField::Owner, a.ownerUserId != b.ownerUserId);
    fields.setFlag(CrmField::ExchangeId, a.exchangeId != b.exchangeId);
    fields.setFlag(CrmField::ExchangeResponses, a.exchangeResponses != b.exchangeResponses);
    return fields;
}

CrmAppointment withFieldsOf(CrmAppointment base, const CrmAppointment &from, CrmFields fields)
{
    if (fields.testFlag(CrmField::Subject))
        base.subject = from.subject;
    if (fields.testFlag(CrmField::Details))
        base.details = from.details;
    if (fields.testFlag(CrmField::Location))
        base.location = from.location;
    if (fields.testFlag(CrmField::Times)) {
        base.startUtc = from.startUtc;
        base.endUtc = from.endUtc;
    }
    if (fields.testFlag(CrmField::Private))
        base.isPrivate = from.isPrivate;
    if (fields.testFlag(CrmField::Reminder))
        base.notifyMinutes = from.notifyMinutes;
    if (fields.testFlag(CrmField::Status))
        base.status = from.status;
    if (fields.testFlag(CrmField::Type))
        base.type = from.type;
    if (fields.testFlag(CrmField::Action))
        base.action = from.action;
    if (fields.testFlag(CrmField::Owner))
        base.ownerUserId = from.ownerUserId;
    if (fields.testFlag(CrmField::ExchangeId))
        base.exchangeId = from.exchangeId;
    if (fields.testFlag(CrmField::ExchangeResponses))
        base.exchangeResponses = from.exchangeResponses;
    return base;
}

QStringList crmFieldNames(CrmFields fields)
{
    QStringList names;
    for (const auto &field : kFieldNames) {
        if (fields.testFlag(field.first))
            names.append(QLatin1String(field.second));
    }
    return names;
}

std::optional<CrmFields> crmFieldsFromNames(const QStringList &names, QString *unknown)
{
    CrmFields fields;
    for (const QString &name : names) {
        bool found = false;
        for (const auto &field : kFieldNames) {
            if (name == QLatin1String(field.second)) {
                fields |= field.first;
                found = true;
                break;
            }
        }
        if (!found) {
            if (unknown)
                *unknown = name;
            return std::nullopt;
        }
    }
    return fields;
}

} // namespace cxsync::crm
