// EwsConnector's users: EWS has no directory listing; ResolveNames finds one user at a time (PROTOCOLS.md
// B2).
#include "exchange/ews/EwsConnector.h"

#include <QPointer>
#include <QSet>
#include <QRegularExpression>

namespace cxsync::exchange {

using ews::EwsEnvelope;
using ews::EwsMessage;
using ews::EwsResponse;
using ews::XmlNode;
using E = EwsEnvelope;

void EwsConnector::listUsers(Callback<QList<ExchangeUser>> done)
{
    Error error =
        makeError(ErrorKind::Unavailable,
                  tr("Exchange Server (EWS) has no directory listing: its users are resolved one by one "
                     "(by e-mail address, alias, then name) when CRM users are linked."));
    error.serverCode = QStringLiteral("NotSupported");
    failLater(done, error);
}

namespace {

// The SMTP addresses of a resolution: the mailbox's, then the contact's "SMTP:"/"smtp:" entries.
ExchangeUser userOf(const XmlNode &resolution)
{
    ExchangeUser user;
    const XmlNode *mailbox = resolution.child(QStringLiteral("Mailbox"));
    if (mailbox) {
        user.mail = mailbox->childText(QStringLiteral("EmailAddress")).trimmed();
        user.displayName = mailbox->childText(QStringLiteral("Name")).trimmed();
    }
    if (const XmlNode *contact = resolution.child(QStringLiteral("Contact"))) {
        user.givenName = contact->childText(QStringLiteral("GivenName")).trimmed();
        user.surname = contact->childText(QStringLiteral("Surname")).trimmed();
        if (user.displayName.isEmpty())
            user.displayName = contact->childText(QStringLiteral("DisplayName")).trimmed();
        if (const XmlNode *addresses = contact->child(QStringLiteral("EmailAddresses"))) {
            for (const XmlNode &entry : addresses->children) {
                QString address = entry.text.trimmed();
                if (address.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive))
                    address = address.mid(5);
                if (!address.isEmpty() && address.contains(QLatin1Char('@')) &&
                    address.compare(user.mail, Qt::CaseInsensitive) != 0 &&
                    !user.aliases.contains(address, Qt::CaseInsensitive))
                    user.aliases.append(address);
            }
        }
    }
    user.id = user.mail; // EWS names mailboxes by their primary SMTP address
    user.upn = user.mail;
    return user;
}

} // namespace

void EwsConnector::resolveUser(const EwsUserQuery &query, Callback<ExchangeUser> done)
{
    if (query.smtp.trimmed().isEmpty() && query.alias.trimmed().isEmpty() &&
        (query.firstName.trimmed().isEmpty() || query.lastName.trimmed().isEmpty()))
        return failLater(done,
                         makeError(ErrorKind::Invalid,
                                   tr("A user is resolved by e-mail address, alias or first and last name; "
                                      "none was given."),
                                   QStringLiteral("query")));
    resolveStep(query, 0, [query, done = std::move(done)](Result<QList<ExchangeUser>> found) {
        if (!found.ok())
            return done(found.error());
        const QList<ExchangeUser> &users = found.value();
        if (users.size() == 1)
            return done(users.first());
        QStringList names;
        for (const ExchangeUser &user : users)
            names.append(QStringLiteral("%1 <%2>").arg(user.displayName, user.mail));
        Error conflict = makeError(ErrorKind::Conflict,
                                   EwsConnector::tr("\"%1\" matches %n Exchange mailboxes: %2.", nullptr,
                                                    int(users.size()))
                                       .arg(QStringList{query.smtp.trimmed(), query.alias.trimmed(),
                                                        (query.firstName.trimmed() + QLatin1Char(' ') +
                                                         query.lastName.trimmed())
                                                            .trimmed()}
                                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                                .join(QStringLiteral(" / ")),
                                            names.join(QStringLiteral("; "))));
        conflict.serverCode = QStringLiteral("ErrorNameResolutionMultipleResults");
        done(conflict);
    });
}

struct EwsConnector::DirectoryLookup {
    QList<DirectoryQuery> pending;
    int running = 0;
    bool failed = false;
    QList<ExchangeUser> found;
    QSet<QString> seen; // primary SMTP addresses, case folded
    Callback<QList<ExchangeUser>> done;
};

void EwsConnector::findUsers(const QList<DirectoryQuery> &wanted, Callback<QList<ExchangeUser>> done)
{
    auto lookup = std::make_shared<DirectoryLookup>();
    for (const DirectoryQuery &q : wanted) {
        // a query resolveUser would refuse (nothing to look for) finds nobody
        if (!q.email.trimmed().isEmpty() || !q.logon.trimmed().isEmpty() ||
            (!q.firstName.trimmed().isEmpty() && !q.lastName.trimmed().isEmpty()))
            lookup->pending.append(q);
    }
    lookup->done = std::move(done);
    if (lookup->pending.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [lookup] { lookup->done(QList<ExchangeUser>()); }, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < kResolveAtOnce; ++i)
        lookupNext(lookup);
}

void EwsConnector::lookupNext(const std::shared_ptr<DirectoryLookup> &lookup)
{
    if (lookup->failed)
        return;
    if (lookup->pending.isEmpty()) {
        if (lookup->running == 0) {
            auto finish = std::move(lookup->done);
            lookup->failed = true; // answered: nothing more
            finish(lookup->found);
        }
        return;
    }
    const DirectoryQuery q = lookup->pending.takeFirst();
    ++lookup->running;
    QPointer<EwsConnector> self(this);
    const EwsUserQuery query{q.email, q.logon, q.firstName, q.lastName};
    resolveStep(query, 0, [self, lookup](Result<QList<ExchangeUser>> found) {
        --lookup->running;
        if (!self || lookup->failed)
            return;
        if (!found.ok() && found.error().kind != ErrorKind::NotFound) {
            lookup->failed = true;
            auto finish = std::move(lookup->done);
            return finish(found.error());
        }
        if (found.ok()) {
            for (const ExchangeUser &user : found.value()) {
                const QString key = user.mail.toCaseFolded();
                if (!lookup->seen.contains(key)) {
                    lookup->seen.insert(key);
                    lookup->found.append(user);
                }
            }
        }
        self->lookupNext(lookup);
    });
}

void EwsConnector::resolveStep(const EwsUserQuery &query, int step, Callback<QList<ExchangeUser>> done)
{
    QString entry;
    for (; step < 3 && entry.isEmpty(); ++step) {
        if (step == 0)
            entry = query.smtp.trimmed();
        else if (step == 1)
            entry = query.alias.trimmed();
        else if (!query.firstName.trimmed().isEmpty() && !query.lastName.trimmed().isEmpty())
            entry = query.firstName.trimmed() + QLatin1Char(' ') + query.lastName.trimmed();
    }
    if (entry.isEmpty()) {
        Error error =
            makeError(ErrorKind::NotFound,
                      tr("No Exchange mailbox matches %1.")
                          .arg(QStringList{query.smtp, query.alias,
                                           (query.firstName + QLatin1Char(' ') + query.lastName).trimmed()}
                                   .filter(QRegularExpression(QStringLiteral("\\S")))
                                   .join(QStringLiteral(", "))));
        error.serverCode = QStringLiteral("ErrorNameResolutionNoResults");
        return failLater(done, error);
    }
    const bool exactAddress = step == 1; // the SMTP step: several candidates may include the exact one
    QPointer<EwsConnector> self(this);
    call(
        QString(), QStringLiteral("ResolveNames"),
        [entry](QXmlStreamWriter &w) {
            E::startM(w, QStringLiteral("ResolveNames"));
            w.writeAttribute(QStringLiteral("ReturnFullContactData"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("SearchScope"), QStringLiteral("ActiveDirectory"));
            E::m(w, QStringLiteral("UnresolvedEntry"), entry);
            w.writeEndElement();
        },
        true,
        [self, query, step, entry, exactAddress, done = std::move(done)](Result<EwsResponse> answer) {
            if (!self)
                return;
            if (!answer.ok())
                return done(answer.error());
            const Result<EwsMessage> only = answer.value().onlyMessage(QStringLiteral("ResolveNames"));
            if (!only.ok())
                return done(only.error());
            const EwsMessage &message = only.value();
            if (message.code == QLatin1String("ErrorNameResolutionNoResults"))
                return self->resolveStep(query, step, done);
            if (!message.ok())
                return done(EwsResponse::errorFor(message.code, message.text, message.backOffMs,
                                                  QStringLiteral("ResolveNames")));
            QList<ExchangeUser> users;
            if (const XmlNode *set = message.node.child(QStringLiteral("ResolutionSet"))) {
                for (const XmlNode *resolution : set->childrenNamed(QStringLiteral("Resolution"))) {
                    ExchangeUser user = userOf(*resolution);
                    // Contacts without a mailbox address (personal contacts, distribution lists) are no
                    // users.
                    if (!user.mail.isEmpty())
                        users.append(user);
                }
            }
            if (exactAddress) {
                for (const ExchangeUser &user : users) {
                    if (user.mail.compare(entry, Qt::CaseInsensitive) == 0)
                        return done(QList<ExchangeUser>{user});
                }
            }
            if (users.isEmpty())
                return self->resolveStep(query, step, done);
            done(users);
        });
}

} // namespace cxsync::exchange
