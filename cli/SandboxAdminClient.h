#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace cxsync {

// The loopback admin endpoint of a cxsync-sandbox process (sandbox/admin/AdminEndpoint.h), as the demo uses
// it: what Outlook and the CRM hold, read as a person would see it, and the changes a user makes there. Every
// answer is checked before the demo reads it: the expected status, a JSON object, and in each item the
// fields the demo prints (an id, a subject, a start); anything else is an Invalid error naming the request.
class SandboxAdminClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxAdminClient)
public:
    using Items = QList<QJsonObject>;

    // `adminUrl`: the ready line's "admin", e.g. http://127.0.0.1:40123/admin.
    explicit SandboxAdminClient(QUrl adminUrl, QObject *parent = nullptr);

    // The mailbox's Outlook events (each with id, subject, start {dateTime, timeZone}).
    void events(const QString &mailbox, std::function<void(Result<Items>)> done);
    // Every mailbox's events in one request, by address (mail and userPrincipalName, lower case).
    void allEvents(std::function<void(Result<QHash<QString, Items>>)> done);
    // The CRM's live communications (each with $key, Comm_Subject, Comm_DateTime, Comm_UserId).
    void communications(std::function<void(Result<Items>)> done);
    // The CRM's users (each with $key).
    void crmUsers(std::function<void(Result<Items>)> done);
    // The user creates an event in Outlook / a communication in the CRM; the created item comes back.
    void createEvent(const QString &mailbox, const QJsonObject &event,
                     std::function<void(Result<QJsonObject>)> done);
    void createCommunication(const QJsonObject &fields, const QStringList &userIds,
                             std::function<void(Result<QJsonObject>)> done);

    // What the demo reads from an item, checked: empty when it is fine, else what is wrong.
    static QString eventProblem(const QJsonObject &event);
    static QString communicationProblem(const QJsonObject &communication);

private:
    using Check = QString (*)(const QJsonObject &);
    void send(const QByteArray &verb, const QString &path, const QJsonObject *body, int expectedStatus,
              std::function<void(Result<QJsonObject>)> done);
    void list(const QString &path, Check check, std::function<void(Result<Items>)> done);
    void create(const QString &path, const QJsonObject &body, Check check,
                std::function<void(Result<QJsonObject>)> done);

    QNetworkAccessManager m_network;
    QUrl m_base;
};

} // namespace cxsync
