#include "CrmSchema.h"

#include <QStringList>

namespace cxsync::sandbox {

namespace {

CrmField f(const char *name, CrmFieldType type, int length = 0)
{
    CrmField field;
    field.name = QString::fromLatin1(name);
    field.type = type;
    field.length = length;
    return field;
}

CrmField readOnly(CrmField field, bool precise = false)
{
    field.readOnly = true;
    field.precise = precise;
    return field;
}

CrmField custom(CrmField field)
{
    field.custom = true;
    return field;
}

QList<CrmEntity> buildEntities()
{
    using T = CrmFieldType;
    CrmEntity users;
    users.name = QStringLiteral("Users");
    users.keyField = QStringLiteral("User_UserId");
    users.titleField = QStringLiteral("User_Logon");
    users.deletedField = QStringLiteral("User_Deleted");
    users.hiddenFields = {QStringLiteral("User_Password")};
    users.fields = {readOnly(f("User_UserId", T::Integer)),
                    f("User_Logon", T::String, 32),
                    f("User_FirstName", T::String, 30),
                    f("User_LastName", T::String, 40),
                    f("User_EmailAddress", T::String, 255),
                    f("User_Resource", T::Checkbox),
                    f("User_Disabled", T::Checkbox),
                    f("User_ExternalLogonAllowed", T::Checkbox),
                    f("User_Deleted", T::Integer),
                    custom(f("User_ExchangeServer", T::String, 255)),
                    custom(f("User_ExchangeUserId", T::String, 255))};

    CrmEntity comm;
    comm.name = QStringLiteral("Communication");
    comm.keyField = QStringLiteral("Comm_CommunicationId");
    comm.titleField = QStringLiteral("Comm_Subject");
    comm.createdField = QStringLiteral("Comm_CreatedDate");
    comm.updatedField = QStringLiteral("Comm_UpdatedDate");
    comm.deletedField = QStringLiteral("Comm_Deleted");
    comm.softDelete = true;
    comm.fields = {readOnly(f("Comm_CommunicationId", T::Integer)),
                   f("Comm_Type", T::String, 40),
                   f("Comm_Action", T::String, 40),
                   f("Comm_Status", T::String, 40),
                   f("Comm_Priority", T::String, 40),
                   f("Comm_DateTime", T::DateTime),
                   f("Comm_ToDateTime", T::DateTime),
                   f("Comm_Subject", T::String, 255),
                   f("Comm_Note", T::Text),
                   f("Comm_Location", T::String, 255),
                   f("Comm_Private", T::Checkbox),
                   f("Comm_NotifyTime", T::DateTime),
                   f("Comm_UserId", T::Integer),
                   readOnly(f("Comm_CreatedDate", T::DateTime), true),
                   readOnly(f("Comm_UpdatedDate", T::DateTime), true),
                   readOnly(f("Comm_Deleted", T::Integer)),
                   custom(f("Comm_ExchangeResponses", T::Text)),
                   custom(f("Comm_ExchangeId", T::String, 255))};

    CrmEntity link;
    link.name = QStringLiteral("Comm_Link");
    link.keyField = QStringLiteral("CmLi_Comm_LinkId");
    link.titleField = QStringLiteral("CmLi_Comm_LinkId");
    link.fields = {readOnly(f("CmLi_Comm_LinkId", T::Integer)), f("CmLi_Comm_CommunicationId", T::Integer),
                   f("CmLi_Comm_UserId", T::Integer), f("CmLi_Comm_PersonId", T::Integer),
                   f("CmLi_Comm_CompanyId", T::Integer)};
    return {users, comm, link};
}

} // namespace

QList<CrmField> CrmEntity::visibleFields(bool customPresent) const
{
    QList<CrmField> result;
    for (const CrmField &field : fields) {
        if (customPresent || !field.custom)
            result.append(field);
    }
    return result;
}

const CrmField *CrmEntity::field(const QString &name, bool customPresent) const
{
    const CrmField *found = anyField(name);
    return found && (customPresent || !found->custom) ? found : nullptr;
}

const CrmField *CrmEntity::anyField(const QString &name) const
{
    for (const CrmField &field : fields) {
        if (field.name.compare(name, Qt::CaseInsensitive) == 0)
            return &field;
    }
    return nullptr;
}

const QList<CrmEntity> &crmEntities()
{
    static const QList<CrmEntity> entities = buildEntities();
    return entities;
}

const CrmEntity *crmEntity(const QString &name)
{
    for (const CrmEntity &entity : crmEntities()) {
        if (entity.name.compare(name, Qt::CaseInsensitive) == 0)
            return &entity;
    }
    return nullptr;
}

QString crmFieldTypeName(CrmFieldType type)
{
    switch (type) {
    case CrmFieldType::Integer:
        return QStringLiteral("integer");
    case CrmFieldType::String:
        return QStringLiteral("string");
    case CrmFieldType::Text:
        return QStringLiteral("text");
    case CrmFieldType::DateTime:
        return QStringLiteral("datetime");
    case CrmFieldType::Checkbox:
        return QStringLiteral("checkbox");
    }
    return QString();
}

} // namespace cxsync::sandbox
