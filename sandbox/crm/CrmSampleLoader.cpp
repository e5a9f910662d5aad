#include "CrmSampleLoader.h"

#include "CrmJson.h"

#include <QHash>

namespace cxsync::sandbox {

CrmSyncAccount CrmSampleLoader::loadDefault(CrmStore &store)
{
    const CrmSyncAccount account{QStringLiteral("exchsync"), QStringLiteral("Sync-2026!")};
    store.clear();
    store.insert(usersEntity(),
                 QJsonObject{{QStringLiteral("User_Logon"), account.logon},
                             {QStringLiteral("User_FirstName"), QStringLiteral("Exchange")},
                             {QStringLiteral("User_LastName"), QStringLiteral("Synchronization")},
                             {QStringLiteral("User_ExternalLogonAllowed"), QStringLiteral("Y")},
                             {QStringLiteral("User_Password"), account.password}});
    return account;
}

CrmSyncAccount CrmSampleLoader::load(CrmStore &store, const SampleData &data)
{
    CrmSyncAccount account;
    const SampleUser *syncUser = data.user(data.syncUserKey);
    if (!syncUser || !syncUser->hasCrmUser) {
        account = loadDefault(store);
    } else {
        store.clear();
        account = {syncUser->crmLogon, data.syncUserPassword};
    }
    auto flag = [](bool on) { return on ? QJsonValue(QStringLiteral("Y")) : QJsonValue(QJsonValue::Null); };
    auto text = [](const QString &value) {
        return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
    };
    QHash<QString, qint64> userIds;
    for (const SampleUser &user : data.users) {
        if (!user.hasCrmUser)
            continue;
        const bool isSync = &user == syncUser;
        const QJsonObject row = store.insert(
            usersEntity(),
            QJsonObject{{QStringLiteral("User_Logon"), user.crmLogon},
                        {QStringLiteral("User_FirstName"), text(user.crmFirstName)},
                        {QStringLiteral("User_LastName"), text(user.crmLastName)},
                        {QStringLiteral("User_EmailAddress"), text(user.crmEmail)},
                        {QStringLiteral("User_Resource"), flag(user.crmResource)},
                        {QStringLiteral("User_Disabled"), flag(user.crmDisabled)},
                        {QStringLiteral("User_ExternalLogonAllowed"), flag(user.crmExternalLogon || isSync)},
                        {QStringLiteral("User_Password"), isSync ? data.syncUserPassword : user.crmLogon}});
        userIds.insert(user.key, row.value(usersEntity().keyField).toInteger());
    }
    for (const SampleAppointment &appointment : data.appointments) {
        if (appointment.origin != SampleAppointment::Origin::Crm)
            continue;
        QList<qint64> linked;
        for (const QString &key : QStringList{appointment.organizerKey} + appointment.attendeeKeys) {
            if (userIds.contains(key) && !linked.contains(userIds.value(key)))
                linked.append(userIds.value(key));
        }
        QJsonObject values{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                           {QStringLiteral("Comm_Action"), appointment.crmAction},
                           {QStringLiteral("Comm_Status"), appointment.crmStatus},
                           {QStringLiteral("Comm_Priority"), QStringLiteral("Normal")},
                           {QStringLiteral("Comm_DateTime"), CrmJson::storedDate(appointment.start.toUTC())},
                           {QStringLiteral("Comm_ToDateTime"), CrmJson::storedDate(appointment.end.toUTC())},
                           {QStringLiteral("Comm_Subject"), text(appointment.subject)},
                           {QStringLiteral("Comm_Note"), text(appointment.body)},
                           {QStringLiteral("Comm_Location"), text(appointment.location)},
                           {QStringLiteral("Comm_Private"), flag(appointment.isPrivate)}};
        if (appointment.reminderOn)
            values.insert(
                QStringLiteral("Comm_NotifyTime"),
                CrmJson::storedDate(appointment.start.toUTC().addSecs(-60 * appointment.reminderMinutes)));
        if (userIds.contains(appointment.organizerKey))
            values.insert(QStringLiteral("Comm_UserId"), userIds.value(appointment.organizerKey));
        const QJsonObject comm = store.insert(commEntity(), values);
        for (qint64 userId : linked) {
            store.insert(linkEntity(), QJsonObject{{QStringLiteral("CmLi_Comm_CommunicationId"),
                                                    comm.value(commEntity().keyField)},
                                                   {QStringLiteral("CmLi_Comm_UserId"), userId}});
        }
    }
    // Tasks, calls, e-mails and letters: same table, another Comm_Type; linked to their owner like any
    // communication.
    for (const SampleActivity &activity : data.crmActivities) {
        if (!userIds.contains(activity.ownerKey))
            continue;
        const qint64 owner = userIds.value(activity.ownerKey);
        const QJsonObject comm = store.insert(
            commEntity(), QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Task")},
                                      {QStringLiteral("Comm_Action"), activity.action},
                                      {QStringLiteral("Comm_Status"), activity.status},
                                      {QStringLiteral("Comm_Priority"), activity.priority},
                                      {QStringLiteral("Comm_DateTime"), CrmJson::storedDate(activity.start)},
                                      {QStringLiteral("Comm_ToDateTime"), CrmJson::storedDate(activity.end)},
                                      {QStringLiteral("Comm_Subject"), text(activity.subject)},
                                      {QStringLiteral("Comm_Note"), text(activity.note)},
                                      {QStringLiteral("Comm_UserId"), owner}});
        store.insert(linkEntity(), QJsonObject{{QStringLiteral("CmLi_Comm_CommunicationId"),
                                                comm.value(commEntity().keyField)},
                                               {QStringLiteral("CmLi_Comm_UserId"), owner}});
    }
    return account;
}

} // namespace cxsync::sandbox
