#include "GraphBatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

GraphResponse batchError(const QString &message)
{
    GraphResponse r;
    r.status = 400;
    r.body = QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, "BadRequest"_L1}, {"message"_L1, message}}}};
    return r;
}

struct Member {
    QString id;
    SandboxRequest request;
    QStringList dependsOn;
    QString mailbox;
    enum { Waiting, Running, Done } state = Waiting;
    int status = 0;
};

struct BatchRun : std::enable_shared_from_this<BatchRun> {
    QList<Member> members;
    QJsonArray responses;
    GraphBatch::Dispatcher dispatch;
    GraphDone done;
    QHash<QString, int> running; // per mailbox
    bool finished = false;

    Member *member(const QString &id)
    {
        for (Member &m : members) {
            if (m.id == id)
                return &m;
        }
        return nullptr;
    }

    void complete(Member &m, const GraphResponse &r)
    {
        m.state = Member::Done;
        m.status = r.status;
        QJsonObject headers;
        for (const auto &[key, value] : r.headers)
            headers.insert(QString::fromLatin1(key), QString::fromLatin1(value));
        QJsonObject out{{"id"_L1, m.id}, {"status"_L1, r.status}};
        if (!r.noBody) {
            if (!r.raw.isEmpty()) {
                headers.insert("Content-Type"_L1, QString::fromLatin1(r.rawContentType));
                out.insert("body"_L1, QString::fromUtf8(r.raw));
            } else {
                headers.insert("Content-Type"_L1, "application/json"_L1);
                out.insert("body"_L1, r.body);
            }
        }
        out.insert("headers"_L1, headers);
        responses.append(out);
    }

    void pump()
    {
        auto self = shared_from_this();
        bool progress = true;
        while (progress) {
            progress = false;
            for (Member &m : members) {
                if (m.state != Member::Waiting)
                    continue;
                bool ready = true, failed = false;
                for (const QString &dep : std::as_const(m.dependsOn)) {
                    const Member *d = member(dep);
                    if (d->state != Member::Done)
                        ready = false;
                    else if (d->status >= 400)
                        failed = true;
                }
                if (failed) {
                    GraphResponse r;
                    r.status = 424;
                    r.body = QJsonObject{
                        {"error"_L1,
                         QJsonObject{{"code"_L1, "FailedDependency"_L1},
                                     {"message"_L1, "A request this request depends on failed."_L1}}}};
                    complete(m, r);
                    progress = true;
                    continue;
                }
                if (!ready || (!m.mailbox.isEmpty() && running.value(m.mailbox) >= GraphBatch::maxPerMailbox))
                    continue;
                m.state = Member::Running;
                running[m.mailbox] += 1;
                const QString id = m.id;
                dispatch(m.request, [self, id](const GraphResponse &r) {
                    Member *done = self->member(id);
                    self->running[done->mailbox] -= 1;
                    self->complete(*done, r);
                    self->pump();
                });
                progress = true;
            }
        }
        if (finished)
            return;
        for (const Member &m : std::as_const(members)) {
            if (m.state != Member::Done)
                return;
        }
        finished = true;
        GraphResponse r;
        r.body = QJsonObject{{"responses"_L1, responses}};
        done(r);
    }
};

} // namespace

void GraphBatch::run(const SandboxRequest &envelope, const Dispatcher &dispatch, const MailboxOf &mailboxOf,
                     const GraphDone &done)
{
    QString parseError;
    const QJsonDocument doc = envelope.json(&parseError);
    if (!doc.isObject() || !doc.object().value("requests"_L1).isArray())
        return done(batchError(u"Invalid batch payload format."_s));
    const QJsonArray requests = doc.object().value("requests"_L1).toArray();
    if (requests.isEmpty())
        return done(batchError(u"Invalid batch payload format."_s));
    if (requests.size() > maxRequests)
        return done(batchError(u"Number of batch requests exceeded the limit of %1."_s.arg(maxRequests)));
    auto run = std::make_shared<BatchRun>();
    run->dispatch = dispatch;
    run->done = done;
    QSet<QString> ids;
    for (const QJsonValue &v : requests) {
        const QJsonObject o = v.toObject();
        Member m;
        m.id = o.value("id"_L1).isDouble() ? QString::number(o.value("id"_L1).toInt())
                                           : o.value("id"_L1).toString();
        if (m.id.isEmpty())
            return done(batchError(u"Batch request is missing the 'id' property."_s));
        if (ids.contains(m.id))
            return done(batchError(u"Batch request contains duplicate ids: '%1'."_s.arg(m.id)));
        ids.insert(m.id);
        const QString method = o.value("method"_L1).toString().toUpper();
        QString url = o.value("url"_L1).toString();
        if (method.isEmpty() || url.isEmpty())
            return done(batchError(u"Batch request '%1' needs 'method' and 'url'."_s.arg(m.id)));
        if (url.startsWith("http:"_L1) || url.startsWith("https:"_L1))
            return done(batchError(u"Batch request '%1': the url must be relative."_s.arg(m.id)));
        if (url.startsWith("/v1.0/"_L1))
            url = url.mid(5);
        if (!url.startsWith('/'_L1))
            url.prepend('/'_L1);
        const QUrl parsed(u"http://localhost/v1.0"_s + url);
        m.request.method = method;
        m.request.url = parsed;
        m.request.path = parsed.path(QUrl::FullyDecoded);
        m.request.query = QUrlQuery(parsed);
        m.request.peer = envelope.peer;
        m.request.headers.append({"Authorization", envelope.header("Authorization")});
        const QJsonObject headers = o.value("headers"_L1).toObject();
        for (auto h = headers.begin(); h != headers.end(); ++h)
            m.request.headers.append({h.key().toLatin1(), h.value().toString().toUtf8()});
        // Members are logged under the envelope's client-request-id (json-batching.md's sample answer: the
        // members' innerErrors repeat one id).
        if (m.request.header("client-request-id").isEmpty() &&
            !envelope.header("client-request-id").isEmpty())
            m.request.headers.append({"client-request-id", envelope.header("client-request-id")});
        if (o.contains("body"_L1)) {
            if (m.request.header("Content-Type").isEmpty())
                return done(batchError(
                    u"Content-Type header must be specified for request '%1' with a body."_s.arg(m.id)));
            const QJsonValue body = o.value("body"_L1);
            m.request.body = body.isObject()  ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                             : body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                              : body.toString().toUtf8();
        }
        for (const QJsonValue &d : o.value("dependsOn"_L1).toArray()) {
            const QString dep = d.isDouble() ? QString::number(d.toInt()) : d.toString();
            if (!ids.contains(dep) || dep == m.id) // only earlier members: no cycles
                return done(batchError(u"Request '%1' depends on an unknown request '%2'."_s.arg(m.id, dep)));
            m.dependsOn.append(dep);
        }
        m.mailbox = mailboxOf(m.request);
        run->members.append(m);
    }
    run->pump();
}

} // namespace cxsync::sandbox
