#include "EwsAutodiscover.h"

#include "exchange/ews/EwsXml.h"
#include "net/HttpTrace.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>
#include <QXmlStreamWriter>

#include <optional>

Q_LOGGING_CATEGORY(lcAutodiscover, "cxsync.exchange.ews.autodiscover", QtInfoMsg)

namespace cxsync::exchange {

namespace {

const QString kRequestNs =
    QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/requestschema/2006");
const QString kResponseSchema =
    QStringLiteral("http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a");

QString domainOf(const QString &address)
{
    const QString trimmed = address.trimmed();
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == trimmed.size() - 1)
        return {};
    const QString domain = trimmed.mid(at + 1).toLower();
    // a host name: letters, digits, hyphens and dots, at least one dot
    for (const QChar c : domain) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return {};
    }
    return domain.contains(QLatin1Char('.')) && !domain.startsWith(QLatin1Char('.')) &&
                   !domain.endsWith(QLatin1Char('.'))
               ? domain
               : QString();
}

QUrl autodiscoverAt(const QString &authority)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setAuthority(authority);
    url.setPath(QStringLiteral("/autodiscover/autodiscover.xml"));
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

// How much an error tells the admin: a refused logon beats a refusal, which beats the rest.
int weight(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Auth:
        return 3;
    case ErrorKind::Permission:
        return 2;
    case ErrorKind::Invalid:
        return 1;
    default:
        return 0;
    }
}

} // namespace

struct EwsAutodiscover::Run {
    QString address;
    QList<QUrl> queue;
    QSet<QString> asked; // endpoint + address pairs already asked
    int hops = 0;
    QStringList trail;
    std::optional<Error> best;
    Done done;
};

EwsAutodiscover::EwsAutodiscover(net::HttpClient *http, QString account, QString password, QObject *parent)
    : QObject(parent), m_http(http), m_account(std::move(account)), m_password(std::move(password))
{
}

EwsAutodiscover::~EwsAutodiscover() = default;

QList<QUrl> EwsAutodiscover::candidatesFor(const QString &address, const QString &primaryServer)
{
    QList<QUrl> out;
    const QString domain = domainOf(address);
    if (domain.isEmpty())
        return out;
    for (const QUrl &url : {autodiscoverAt(domain), autodiscoverAt(QStringLiteral("autodiscover.") + domain),
                            autodiscoverAt(primaryServer.trimmed())}) {
        if (url.isValid() && !out.contains(url))
            out.append(url);
    }
    return out;
}

QByteArray EwsAutodiscover::requestFor(const QString &address)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    w.writeDefaultNamespace(kRequestNs);
    w.writeStartElement(kRequestNs, QStringLiteral("Autodiscover"));
    w.writeStartElement(kRequestNs, QStringLiteral("Request"));
    w.writeTextElement(kRequestNs, QStringLiteral("EMailAddress"), address);
    w.writeTextElement(kRequestNs, QStringLiteral("AcceptableResponseSchema"), kResponseSchema);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Result<EwsAutodiscover::Answer> EwsAutodiscover::parseAnswer(const QByteArray &xml)
{
    const Result<ews::XmlNode> root = ews::parseXml(xml);
    if (!root.ok())
        return root.error();
    if (root.value().name != QLatin1String("Autodiscover"))
        return makeError(ErrorKind::Invalid, tr("The answer is not an Autodiscover document (<%1>).")
                                                 .arg(root.value().name));
    const ews::XmlNode *response = root.value().child(QStringLiteral("Response"));
    if (!response)
        return makeError(ErrorKind::Invalid, tr("The Autodiscover answer has no Response."));
    Answer answer;
    if (const ews::XmlNode *error = response->child(QStringLiteral("Error"))) {
        answer.kind = Answer::Kind::Error;
        answer.message = error->childText(QStringLiteral("Message")).trimmed();
        const QString code = error->childText(QStringLiteral("ErrorCode")).trimmed();
        if (!code.isEmpty())
            answer.message = QStringLiteral("%1 (%2)").arg(answer.message, code);
        return answer;
    }
    const ews::XmlNode *account = response->child(QStringLiteral("Account"));
    if (!account)
        return makeError(ErrorKind::Invalid, tr("The Autodiscover answer has neither Account nor Error."));
    const QString action = account->childText(QStringLiteral("Action")).trimmed();
    if (action == QLatin1String("redirectAddr") || action == QLatin1String("redirectUrl")) {
        answer.kind = action == QLatin1String("redirectAddr") ? Answer::Kind::RedirectAddr
                                                               : Answer::Kind::RedirectUrl;
        answer.redirect = account->childText(action == QLatin1String("redirectAddr") ? QStringLiteral("RedirectAddr")
                                                                                      : QStringLiteral("RedirectUrl"))
                              .trimmed();
        if (answer.redirect.isEmpty())
            return makeError(ErrorKind::Invalid,
                             tr("The Autodiscover answer says %1 but names no target.").arg(action));
        return answer;
    }
    if (action != QLatin1String("settings"))
        return makeError(ErrorKind::Invalid, tr("The Autodiscover answer has the unknown Action '%1'.").arg(action));
    // EXCH: the internal (Outlook Anywhere off) settings, EXPR: the external ones; a sync service inside the
    // organisation prefers the internal URL.
    for (const char *type : {"EXCH", "EXPR"}) {
        for (const ews::XmlNode *protocol : account->childrenNamed(QStringLiteral("Protocol"))) {
            if (protocol->childText(QStringLiteral("Type")).trimmed() != QLatin1String(type))
                continue;
            const QUrl url(protocol->childText(QStringLiteral("EwsUrl")).trimmed(), QUrl::StrictMode);
            if (url.isValid() && !url.host().isEmpty() &&
                (isHttps(url) || url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)) {
                answer.kind = Answer::Kind::Settings;
                answer.ewsUrl = url;
                return answer;
            }
        }
    }
    return makeError(ErrorKind::NotFound, tr("The Autodiscover answer names no EWS URL (EwsUrl of EXCH or EXPR)."));
}

void EwsAutodiscover::discover(const QString &address, const QList<QUrl> &candidates, Done done)
{
    auto run = std::make_shared<Run>();
    run->address = address.trimmed();
    run->queue = candidates;
    run->done = std::move(done);
    if (run->queue.isEmpty()) {
        run->best = makeError(ErrorKind::Invalid,
                              tr("Autodiscover has nowhere to ask for '%1': the address has no valid domain.")
                                  .arg(run->address));
    }
    // Never answered inside this call: every HttpClient callback comes from the event loop, and so does this.
    QPointer<EwsAutodiscover> self(this);
    QMetaObject::invokeMethod(
        this, [self, run] { if (self) self->tryNext(run); }, Qt::QueuedConnection);
}

void EwsAutodiscover::tryNext(const std::shared_ptr<Run> &run)
{
    while (!run->queue.isEmpty()) {
        const QUrl endpoint = run->queue.takeFirst();
        const QString key = endpoint.toString() + QLatin1Char('|') + run->address.toLower();
        if (run->asked.contains(key))
            continue;
        run->asked.insert(key);
        if (!m_account.isEmpty())
            m_http->setCredentials(endpoint, m_account, m_password);
        net::HttpRequest request;
        request.method = QByteArrayLiteral("POST");
        request.url = endpoint;
        request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml; charset=utf-8")}};
        request.body = requestFor(run->address);
        request.idempotent = true; // a read: asking twice changes nothing
        request.timeoutMs = 15000;
        request.label = QStringLiteral("ews.autodiscover");
        qCInfo(lcAutodiscover).noquote() << "asking" << net::HttpTrace::redactUrl(endpoint) << "for" << run->address;
        QPointer<EwsAutodiscover> self(this);
        m_http->send(request, [self, run, endpoint](Result<net::HttpResponse> result) {
            if (self)
                self->onAnswer(run, endpoint, std::move(result));
        });
        return;
    }
    Error error = run->best.value_or(makeError(ErrorKind::NotFound, tr("No Autodiscover endpoint answered.")));
    error.message = tr("Autodiscover found no EWS URL for %1: %2")
                        .arg(run->address, run->trail.isEmpty() ? error.message
                                                                : run->trail.join(QStringLiteral("; ")));
    run->done(error);
}

void EwsAutodiscover::fail(const std::shared_ptr<Run> &run, const QString &endpoint, const Error &error)
{
    run->trail.append(QStringLiteral("%1: %2").arg(endpoint, error.message));
    if (!run->best || weight(error.kind) > weight(run->best->kind))
        run->best = error;
}

void EwsAutodiscover::onAnswer(const std::shared_ptr<Run> &run, const QUrl &endpoint, Result<net::HttpResponse> result)
{
    const QString where = net::HttpTrace::redactUrl(endpoint);
    if (!result.ok()) {
        fail(run, where, result.error());
        return tryNext(run);
    }
    const Result<Answer> parsed = parseAnswer(result.value().body);
    if (!parsed.ok()) {
        fail(run, where, parsed.error());
        return tryNext(run);
    }
    const Answer &answer = parsed.value();
    // An answer over https from a candidate we logged on to is trusted to name https servers for the password.
    const bool trusted = isHttps(endpoint);
    switch (answer.kind) {
    case Answer::Kind::Error:
        fail(run, where, makeError(ErrorKind::NotFound, tr("the server answered: %1").arg(answer.message)));
        return tryNext(run);
    case Answer::Kind::Settings: {
        if (!(trusted && isHttps(answer.ewsUrl)) && !sameOrigin(answer.ewsUrl, endpoint)) {
            fail(run, where,
                 makeError(ErrorKind::Permission,
                           tr("it names the EWS URL %1, which is not reached over https from an https answer; the "
                              "password is not sent there (set the EWS URL if it is right)")
                               .arg(net::HttpTrace::redactUrl(answer.ewsUrl))));
            return tryNext(run);
        }
        run->trail.append(QStringLiteral("%1: %2").arg(where, net::HttpTrace::redactUrl(answer.ewsUrl)));
        AutodiscoverResult found;
        found.ewsUrl = answer.ewsUrl;
        found.address = run->address;
        found.endpoint = endpoint;
        found.trail = run->trail;
        qCInfo(lcAutodiscover).noquote() << "EWS URL for" << run->address << "is"
                                         << net::HttpTrace::redactUrl(answer.ewsUrl) << "(from" << where << ')';
        return run->done(found);
    }
    case Answer::Kind::RedirectAddr:
    case Answer::Kind::RedirectUrl:
        break;
    }
    if (++run->hops > kMaxHops) {
        fail(run, where,
             makeError(ErrorKind::Invalid,
                       tr("more than %1 Autodiscover redirects; not followed further").arg(kMaxHops)));
        run->queue.clear();
        return tryNext(run);
    }
    if (answer.kind == Answer::Kind::RedirectAddr) {
        if (domainOf(answer.redirect).isEmpty()) {
            fail(run, where, makeError(ErrorKind::Invalid,
                                       tr("it redirects to '%1', which is not an e-mail address").arg(answer.redirect)));
            return tryNext(run);
        }
        run->trail.append(QStringLiteral("%1: redirectAddr %2").arg(where, answer.redirect));
        run->address = answer.redirect;
        // the server that answered first; the new domain's own endpoints only on an https answer's word
        run->queue = {endpoint};
        if (trusted)
            run->queue += candidatesFor(answer.redirect);
        return tryNext(run);
    }
    const QUrl target(answer.redirect, QUrl::StrictMode);
    if (!target.isValid() || !isHttps(target) || !trusted) {
        fail(run, where,
             makeError(ErrorKind::Permission,
                       tr("it redirects to %1, which is not an https URL named by an https answer; not followed, so "
                          "that the password stays in the organisation")
                           .arg(answer.redirect)));
        return tryNext(run);
    }
    run->trail.append(QStringLiteral("%1: redirectUrl %2").arg(where, net::HttpTrace::redactUrl(target)));
    run->queue = {target};
    tryNext(run);
}

} // namespace cxsync::exchange
