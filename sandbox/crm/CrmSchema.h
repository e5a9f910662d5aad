#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cxsync::sandbox {

enum class CrmFieldType { Integer, String, Text, DateTime, Checkbox };

// One column of a CRM entity as the REST API exposes it.
//   Integer  - JSON number (ids, foreign keys, *_Deleted 0/1)
//   String   - JSON string up to `length` characters; Text - unlimited JSON string
//   DateTime - "yyyy-MM-ddTHH:mm:ss" in the server time zone ("...ss.zzz" for the precise system stamps)
//   Checkbox - "Y" when ticked, null otherwise (writes also accept "N", true/false, 1/0)
struct CrmField {
    QString name;
    CrmFieldType type = CrmFieldType::String;
    int length = 0;
    bool custom = false;   // added by the legacy Exchange Sync panel; present only when custom fields are on
    bool readOnly = false; // keys and system stamps
    bool precise = false;  // DateTime with milliseconds (Comm_CreatedDate, Comm_UpdatedDate)
};

struct CrmEntity {
    QString name;                                     // resource name: Users, Communication, Comm_Link
    QString keyField;                                 // integer primary key
    QString titleField;                               // source of $title
    QString createdField, updatedField, deletedField; // empty when the entity has none
    bool softDelete = false;
    QList<CrmField> fields;
    // Hidden columns kept in rows but never sent (User_Password).
    QStringList hiddenFields;

    QList<CrmField> visibleFields(bool customPresent) const;
    const CrmField *field(const QString &name, bool customPresent) const; // case-insensitive, visible only
    const CrmField *anyField(const QString &name) const;                  // including absent custom fields
};

const QList<CrmEntity> &crmEntities();
const CrmEntity *crmEntity(const QString &name); // case-insensitive

// The three entities the sandbox serves (always present in the schema).
inline const CrmEntity &usersEntity() { return *crmEntity(QStringLiteral("Users")); }
inline const CrmEntity &commEntity() { return *crmEntity(QStringLiteral("Communication")); }
inline const CrmEntity &linkEntity() { return *crmEntity(QStringLiteral("Comm_Link")); }
QString crmFieldTypeName(CrmFieldType type);

} // namespace cxsync::sandbox
