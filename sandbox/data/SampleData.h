#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxsync::sandbox {

// The sample world both sandboxes are filled from. A person may exist in Exchange, in the CRM or in both;
// `key` is stable for a given seed and ties the two sides together (it is never sent over the wire).
struct SampleUser {
    QString key; // "u0007"
    QString givenName;
    QString surname;
    QString displayName;

    // Exchange side
    bool hasMailbox = true;
    QString mail;        // primary SMTP address (also the userPrincipalName)
    QStringList aliases; // further SMTP addresses, without the "smtp:" prefix
    bool accountEnabled = true;

    // CRM side
    bool hasCrmUser = true;
    QString crmLogon;
    QString crmEmail;   // may differ from mail (then only first + last name can match), or be empty
    QString crmFirstName; // usually givenName; may differ in case/accents for name-matching tests
    QString crmLastName;
    bool crmResource = false;
    bool crmDisabled = false;
    bool crmExternalLogon = false; // true for the synchronization user only
};

struct SampleRecurrence {
    QString pattern = QStringLiteral("weekly"); // "daily" | "weekly" (Graph patternedRecurrence types)
    int interval = 1;
    QList<Qt::DayOfWeek> daysOfWeek; // weekly only
    int occurrences = 5;             // numbered range
};

struct SampleAppointment {
    QString key; // "a0042"
    enum class Origin { Exchange, Crm } origin = Origin::Exchange;
    QString organizerKey;      // the owner / organizer (a SampleUser key)
    QStringList attendeeKeys;  // other SampleUser keys (Exchange mailboxes and/or CRM users)
    QStringList externalAttendees; // e-mail addresses of people in neither system
    QString subject;           // may be empty for CRM-origin items (then details carry the text)
    QString body;              // plain text
    QString location;
    QDateTime start;           // in timeZone (a QDateTime with that zone)
    QDateTime end;
    QString timeZone;          // Windows zone name as Exchange uses it, e.g. "W. Europe Standard Time"
    bool isAllDay = false;     // start/end at local midnight
    bool isPrivate = false;
    bool reminderOn = true;
    int reminderMinutes = 15;
    QString crmStatus = QStringLiteral("Pending"); // CRM-origin: Pending | In Progress | Complete | Canceled
    QString crmAction = QStringLiteral("Meeting"); // CRM-origin: also PhoneOut (a scheduled call), Demo
    std::optional<SampleRecurrence> recurrence;
};

// A CRM communication that is not an appointment (Comm_Type Task): a to-do, a logged phone call, an e-mail or
// a letter filed against a user. Sage CRM keeps them in the Communication table beside the appointments;
// they never reach Outlook.
struct SampleActivity {
    QString key;      // "t0042"
    QString ownerKey; // a SampleUser key (a CRM user)
    QString action;   // ToDo | PhoneOut | PhoneIn | EmailOut | EmailIn | LetterOut
    QString subject;
    QString note;
    QDateTime start;  // UTC; due date for a to-do, when it happened for the others
    QDateTime end;    // UTC; a call's end, else equal to start
    QString status;   // Pending | In Progress | Complete
    QString priority; // Low | Normal | High
};

struct SampleData {
    QList<SampleUser> users;
    QList<SampleAppointment> appointments;
    QList<SampleActivity> crmActivities; // about one per two appointments
    QString syncUserKey; // the CRM user for synchronization (External Logon Allowed)
    QString syncUserPassword;

    // By key, through an index built on first use (a scan per lookup made loading an organisation
    // quadratic). A hit is checked against the list and a miss rebuilds the index, so users added or
    // re-keyed after a lookup are still found.
    const SampleUser *user(const QString &key) const
    {
        auto hit = m_userIndex.constFind(key);
        if (hit == m_userIndex.constEnd() || *hit >= users.size() || users.at(*hit).key != key) {
            m_userIndex.clear();
            for (qsizetype i = 0; i < users.size(); ++i) {
                if (!m_userIndex.contains(users.at(i).key)) // the first of a repeated key, as a scan finds
                    m_userIndex.insert(users.at(i).key, i);
            }
            hit = m_userIndex.constFind(key);
            if (hit == m_userIndex.constEnd())
                return nullptr;
        }
        return &users.at(*hit);
    }

private:
    mutable QHash<QString, qsizetype> m_userIndex;
};

} // namespace cxsync::sandbox
