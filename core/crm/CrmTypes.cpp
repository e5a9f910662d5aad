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

namespace {

// Every written field of an appointment with its flag, once: the comparison and the copy below both use it.
template <typename Visit>
void forEachField(Visit &&visit)
{
    visit(CrmField::Subject, &CrmAppointment::subject);
    visit(CrmField::Details, &CrmAppointment::details);
    visit(CrmField::Location, &CrmAppointment::location);
    visit(CrmField::Times, &CrmAppointment::startUtc);
    visit(CrmField::Times, &CrmAppointment::endUtc);
    visit(CrmField::Private, &CrmAppointment::isPrivate);
    visit(CrmField::Reminder, &CrmAppointment::notifyMinutes);
    visit(CrmField::Status, &CrmAppointment::status);
    visit(CrmField::Type, &CrmAppointment::type);
    visit(CrmField::Action, &CrmAppointment::action);
    visit(CrmField::Owner, &CrmAppointment::ownerUserId);
    visit(CrmField::ExchangeId, &CrmAppointment::exchangeId);
    visit(CrmField::ExchangeResponses, &CrmAppointment::exchangeResponses);
}

} // namespace

CrmFields differingFields(const CrmAppointment &a, const CrmAppointment &b)
{
    CrmFields fields;
    forEachField([&](CrmField field, auto member) {
        if (a.*member != b.*member)
            fields |= field;
    });
    return fields;
}

CrmAppointment withFieldsOf(CrmAppointment base, const CrmAppointment &from, CrmFields fields)
{
    forEachField([&](CrmField field, auto member) {
        if (fields.testFlag(field))
            base.*member = from.*member;
    });
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
