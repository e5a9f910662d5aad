#pragma once

// The engine's view of a CRM. Every operation is asynchronous: it returns at once and calls `done` exactly
// once, later, from the event loop (never inside the call). No nested event loops. Destroying the connector
// drops outstanding callbacks (they are never called).
#include "CrmTypes.h"
#include "Result.h"

#include <functional>
#include <optional>

namespace cxsync::crm {

class CrmConnector {
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;
    using StatusCallback = std::function<void(Status)>;

    virtual ~CrmConnector() = default;

    // Checks the credentials with a tiny read; gives the synchronization user's own record.
    // ErrorKind::Auth: wrong logon or password. ErrorKind::Permission: the account may not use the API.
    virtual void verifyLogin(Callback<CrmUser> done) = 0;
    // Every user, deleted and disabled ones included (flags set), across all pages.
    virtual void listUsers(Callback<QList<CrmUser>> done) = 0;
    // Which legacy Exchange custom fields the CRM lacks (and which it could not tell, see
    // CrmCustomFieldCheck::unknown).
    virtual void customFieldsPresent(Callback<CrmCustomFieldCheck> done) = 0;
    // What the CRM's API accepts, probed once and remembered by the connector.
    virtual void apiLevel(Callback<CrmApiLevel> done) = 0;
    virtual void setUserExchangeLink(const QString &userId, const QString &exchangeServer,
                                     const QString &exchangeUserId, Callback<CrmUser> done) = 0;
    // Creates a user (logon, names, e-mail, resource flag, and the Exchange fields when exchangeUserId is
    // set, so a new user is linked in the same write); gives it as stored, with its id. A logon already in
    // use is ErrorKind::Conflict.
    virtual void createUser(const CrmUser &user, Callback<CrmUser> done) = 0;

    // Creates the appointment and its links (linkedUserIds); gives it as stored, with every user linked.
    virtual void createAppointment(const CrmAppointment &appointment, Callback<CrmAppointment> done) = 0;
    // Writes the `fields` of `appointment` (by id) and no other, so an edit made in the CRM meanwhile to another
    // field stays; gives the record as stored. Links are not touched (see linkUsers).
    virtual void updateAppointment(const CrmAppointment &appointment, CrmFields fields,
                                   Callback<CrmAppointment> done) = 0;
    // Every field: for a caller that means to replace the whole record.
    void updateAppointment(const CrmAppointment &appointment, Callback<CrmAppointment> done)
    {
        updateAppointment(appointment, allCrmFields(), std::move(done));
    }
    // Soft delete. Deleting what is already gone (404), or what is no longer an appointment (left alone),
    // succeeds.
    virtual void deleteAppointment(const QString &id, StatusCallback done) = 0;
    // ErrorKind::NotFound when there is no such appointment, or the communication is not an appointment (any
    // more); soft-deleted ones are returned, deleted = true.
    virtual void getAppointment(const QString &id, Callback<CrmAppointment> done) = 0;
    // Several appointments at once (a sync run reads every record its Exchange changes touch): by id, the
    // ones that exist and are appointments, soft-deleted ones included (deleted = true). An id missing from
    // the answer is not there (or no longer an appointment). Any failure fails the whole read.
    virtual void getAppointments(const QStringList &ids, Callback<QHash<QString, CrmAppointment>> done) = 0;
    // Search before create (idempotency): the appointment carrying this Exchange id, if any. Soft-deleted
    // ones and other communication types are ignored.
    virtual void findAppointmentByExchangeId(const QString &exchangeId,
                                             Callback<std::optional<CrmAppointment>> done) = 0;
    // Adds the users that are not linked yet (already linked ones are left alone, so it can be repeated).
    virtual void linkUsers(const QString &appointmentId, const QStringList &userIds, StatusCallback done) = 0;
    // Appointments created, changed or soft-deleted after `watermark`, and the watermark to use next time.
    // Only appointments: another communication type never appears, except one that carries an Exchange id
    // (it was an appointment once and was synchronized), which is reported as deleted.
    virtual void changesSince(const CrmWatermark &watermark, Callback<CrmChanges> done) = 0;
    // The same feed a page at a time, so that nobody holds all of it (issue 20: a bulk change of the whole CRM
    // is tens of thousands of records): `page` gets each page's appointments as they are read, and may stop the
    // read by failing; one read again later in the same read comes again, as read last (the later delivery
    // replaces the earlier). `done` gets the watermark past everything delivered, or the error that ended the
    // read (what the pages delivered is then not to be used). This default delivers the whole feed as one page.
    using PageCallback = std::function<Status(QList<CrmAppointment> appointments)>;
    virtual void changesPaged(const CrmWatermark &watermark, PageCallback page, Callback<CrmWatermark> done)
    {
        changesSince(watermark, [page = std::move(page), done = std::move(done)](Result<CrmChanges> read) {
            if (!read.ok())
                return done(read.error());
            if (const Status s = page(std::move(read.value().appointments)); !s.ok())
                return done(s.error());
            done(read.value().watermark);
        });
    }
};

} // namespace cxsync::crm
