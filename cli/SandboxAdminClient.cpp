#include "SandboxAdminClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

namespace cxsync {

namespace {
constexpr int kRequestTimeoutMs = 30000;
constexpr qint64 kAnswerMax = 256 * 1024 * 1024; // a million sample appointments fit

QString keyProblem(const QJsonObject &item, const char *key)
{
    const QJsonValue value = item.value(QLatin1String(key));
    if (!value.isString() || value.toString().isEmpty())
        return QCoreApplication::translate("cxsync::SandboxAdminClient", "'%1' is missing or not text")
            .arg(QLatin1String(key));
    return {};
}
} // namespace

SandboxAdminClient::SandboxAdminClient(QUrl adminUrl, QObject *parent)
    : QObject(parent), m_base(std::move(adminUrl))
{
    // Loopback only: no proxy may stand between the demo and its own child.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QString SandboxAdminClient::eventProblem(const QJsonObject &event)
{
    if (QString problem = keyProblem(event, "id"); !problem.isEmpty())
        return problem;
    if (!event.value(QStringLiteral("subject")).isString())
        return tr("'subject' is not text");
    const QJsonObject start = event.value(QStringLiteral("start")).toObject();
    if (!start.value(QStringLiteral("dateTime")).isString() ||
        !start.value(QStringLiteral("timeZone")).isString())
        return tr("'start' has no dateTime and timeZone");
    return {};
}

QString SandboxAdminClient::communicationProblem(const QJsonObject &communication)
{
    if (QString problem = keyProblem(communication, "$key"); !problem.isEmpty())
        return problem;
    // A communication without a subject or a start renders them as null or leaves them out.
    for (const char *key : {"Comm_Subject", "Comm_DateTime"}) {
        const QJsonValue value = communication.value(QLatin1String(key));
        if (!value.isString() && !value.isNull() && !value.isUndefined())
            return tr("'%1' is not text").arg(QLatin1String(key));
    }
    const QJsonValue user = communication.value(QStringLiteral("Comm_UserId"));
    if (!user.isDouble() && !user.isString() && !user.isNull() && !user.isUndefined())
        return tr("'Comm_UserId' is neither a number nor text");
    return {};
}

void SandboxAdminClient::events(const QString &mailbox, std::function<void(Result<Items>)> done)
{
    list(QStringLiteral("/outlook/%1/events").arg(QString::fromLatin1(QUrl::toPercentEncoding(mailbox))),
         &SandboxAdminClient::eventProblem, std::move(done));
}

void SandboxAdminClient::allEvents(std::function<void(Result<QHash<QString, Items>>)> done)
{
    const QString path = QStringLiteral("/outlook/events");
    const auto mailboxProblem = [](const QJsonObject &mailbox) {
        if (QString problem = keyProblem(mailbox, "id"); !problem.isEmpty())
            return problem;
        if (!mailbox.value(QStringLiteral("events")).isArray())
            return tr("'events' is not a list");
        for (const QJsonValue &event : mailbox.value(QStringLiteral("events")).toArray()) {
            const QString problem =
                event.isObject() ? eventProblem(event.toObject()) : tr("an event is not a JSON object");
            if (!problem.isEmpty())
                return tr("an event of %1: %2").arg(mailbox.value(QStringLiteral("id")).toString(), problem);
        }
        return QString();
    };
    list(path, mailboxProblem, [done = std::move(done)](Result<Items> mailboxes) {
        if (!mailboxes.ok())
            return done(mailboxes.error());
        QHash<QString, Items> byAddress;
        for (const QJsonObject &mailbox : std::as_const(mailboxes.value())) {
            Items events;
            for (const QJsonValue &event : mailbox.value(QStringLiteral("events")).toArray())
                events.append(event.toObject());
            for (const char *key : {"mail", "userPrincipalName"}) {
                const QString address = mailbox.value(QLatin1String(key)).toString().toLower();
                if (!address.isEmpty())
                    byAddress.insert(address, events);
            }
        }
        done(std::move(byAddress));
    });
}

void SandboxAdminClient::communications(std::function<void(Result<Items>)> done)
{
    list(QStringLiteral("/crm/communications"), &SandboxAdminClient::communicationProblem, std::move(done));
}

void SandboxAdminClient::crmUsers(std::function<void(Result<Items>)> done)
{
    list(
        QStringLiteral("/crm/users"), [](const QJsonObject &user) { return keyProblem(user, "$key"); },
        std::move(done));
}

void SandboxAdminClient::createEvent(const QString &mailbox, const QJsonObject &event,
                                     std::function<void(Result<QJsonObject>)> done)
{
    create(QStringLiteral("/outlook/%1/events").arg(QString::fromLatin1(QUrl::toPercentEncoding(mailbox))),
           event, &SandboxAdminClient::eventProblem, std::move(done));
}

void SandboxAdminClient::createCommunication(const QJsonObject &fields, const QStringList &userIds,
                                             std::function<void(Result<QJsonObject>)> done)
{
    create(QStringLiteral("/crm/communications"),
           QJsonObject{{QStringLiteral("fields"), fields},
                       {QStringLiteral("userIds"), QJsonArray::fromStringList(userIds)}},
           &SandboxAdminClient::communicationProblem, std::move(done));
}

void SandboxAdminClient::create(const QString &path, const QJsonObject &body, Check check,
                                std::function<void(Result<QJsonObject>)> done)
{
    send("POST", path, &body, 201, [path, check, done = std::move(done)](Result<QJsonObject> created) {
        if (created.ok()) {
            if (const QString problem = check(created.value()); !problem.isEmpty())
                return done(makeError(ErrorKind::Invalid,
                                      tr("the sandbox's answer to POST %1: %2").arg(path, problem)));
        }
        done(std::move(created));
    });
}

void SandboxAdminClient::list(const QString &path, Check check, std::function<void(Result<Items>)> done)
{
    send("GET", path, nullptr, 200, [path, check, done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer.ok())
            return done(answer.error());
        const QJsonValue value = answer.value().value(QStringLiteral("value"));
        if (!value.isArray())
            return done(makeError(ErrorKind::Invalid,
                                  tr("the sandbox's answer to GET %1 has no 'value' list").arg(path)));
        Items items;
        const QJsonArray array = value.toArray();
        items.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject item = array.at(i).toObject();
            const QString problem = array.at(i).isObject() ? check(item) : tr("not a JSON object");
            if (!problem.isEmpty())
                return done(makeError(
                    ErrorKind::Invalid,
                    tr("the sandbox's answer to GET %1, item %2: %3").arg(path).arg(i).arg(problem)));
            items.append(item);
        }
        done(std::move(items));
    });
}

void SandboxAdminClient::send(const QByteArray &verb, const QString &path, const QJsonObject *body,
                              int expectedStatus, std::function<void(Result<QJsonObject>)> done)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + path, QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(kRequestTimeoutMs);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = body ? m_network.sendCustomRequest(request, verb, payload)
                                : m_network.sendCustomRequest(request, verb);
    const QString what = QString::fromLatin1(verb) + QLatin1Char(' ') + path;
    connect(reply, &QNetworkReply::finished, this, [reply, what, expectedStatus, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0)
            return done(makeError(
                ErrorKind::Network,
                tr("the sandbox's admin endpoint did not answer %1: %2").arg(what, reply->errorString())));
        if (reply->bytesAvailable() > kAnswerMax)
            return done(
                makeError(ErrorKind::Invalid, tr("the sandbox's answer to %1 is too large").arg(what)));
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (status != expectedStatus) {
            const QString message = doc.object()
                                        .value(QStringLiteral("error"))
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toString();
            Error error = makeError(ErrorKind::Invalid,
                                    tr("the sandbox answered %1 with HTTP %2%3")
                                        .arg(what)
                                        .arg(status)
                                        .arg(message.isEmpty() ? QString() : QStringLiteral(": ") + message));
            error.httpStatus = status;
            return done(error);
        }
        if (!doc.isObject())
            return done(
                makeError(ErrorKind::Invalid, tr("the sandbox's answer to %1 is not a JSON object: %2")
                                                  .arg(what, parseError.errorString())));
        done(doc.object());
    });
}

} // namespace cxsync
