#include "EwsDirectory.h"

#include "GraphStore.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

bool sameAddress(const GraphUser &u, const QString &address)
{
    return u.mail.compare(address, Qt::CaseInsensitive) == 0 ||
           u.userPrincipalName.compare(address, Qt::CaseInsensitive) == 0 ||
           u.aliases.contains(address, Qt::CaseInsensitive);
}

} // namespace

void EwsDirectory::resolveNames(const XmlElement &op, EwsWriter &w) const
{
    QString entry = op.childText("UnresolvedEntry").trimmed();
    if (entry.startsWith("smtp:"_L1, Qt::CaseInsensitive))
        entry = entry.mid(5).trimmed();
    const bool fullContact =
        op.attribute("ReturnFullContactData") == "true"_L1 || op.attribute("ReturnFullContactData") == "1"_L1;
    QList<const GraphUser *> found;
    const GraphStore &store = m_store;
    if (entry.isEmpty()) {
        // nothing to resolve: no candidates (an empty prefix would match everyone)
    } else if (const GraphUser *byAddress = store.user(entry); byAddress && entry.contains(u'@')) {
        found.append(byAddress);
    } else {
        // ambiguous name resolution: alias, display name, first or last name, "First Last"
        for (const GraphUser &u : store.users()) {
            const QString alias = u.mail.section(u'@', 0, 0);
            const bool hit = alias.compare(entry, Qt::CaseInsensitive) == 0 ||
                             u.displayName.startsWith(entry, Qt::CaseInsensitive) ||
                             (!u.givenName.isEmpty() && u.givenName.startsWith(entry, Qt::CaseInsensitive)) ||
                             (!u.surname.isEmpty() && u.surname.startsWith(entry, Qt::CaseInsensitive)) ||
                             (u.givenName + u' ' + u.surname).compare(entry, Qt::CaseInsensitive) == 0 ||
                             sameAddress(u, entry);
            if (hit)
                found.append(&u);
        }
        // an exact alias or full-name match wins over prefix matches, as Exchange's ANR does
        QList<const GraphUser *> exact;
        for (const GraphUser *u : std::as_const(found)) {
            if (u->mail.section(u'@', 0, 0).compare(entry, Qt::CaseInsensitive) == 0)
                exact.append(u);
        }
        if (exact.size() == 1)
            found = exact;
    }
    w.startM("ResolveNamesResponse");
    w.startM("ResponseMessages");
    if (found.isEmpty()) {
        w.startMessage("ResolveNamesResponseMessage",
                       EwsError{u"ErrorNameResolutionNoResults"_s, u"No results were found."_s});
        w.end();
    } else {
        const bool several = found.size() > 1;
        w.startMessage("ResolveNamesResponseMessage",
                       several ? std::optional<EwsError>(EwsError{u"ErrorNameResolutionMultipleResults"_s,
                                                                  u"Multiple results were found."_s})
                               : std::nullopt,
                       several);
        const qsizetype shown = qMin<qsizetype>(found.size(), 100);
        w.startM("ResolutionSet");
        w.attribute("TotalItemsInView", QString::number(shown));
        w.attribute("IncludesLastItemInRange", shown == found.size() ? u"true"_s : u"false"_s);
        for (qsizetype i = 0; i < shown; ++i) {
            const GraphUser *u = found.at(i);
            w.startT("Resolution");
            w.startT("Mailbox");
            w.textT("Name", u->displayName);
            w.textT("EmailAddress", u->mail);
            w.textT("RoutingType", u"SMTP"_s);
            w.textT("MailboxType", u"Mailbox"_s);
            w.end();
            if (fullContact) {
                w.startT("Contact");
                w.textT("DisplayName", u->displayName);
                if (!u->givenName.isEmpty())
                    w.textT("GivenName", u->givenName);
                w.startT("EmailAddresses");
                w.startT("Entry");
                w.attribute("Key", u"EmailAddress1"_s);
                w.xml().writeCharacters(u"SMTP:"_s + u->mail);
                w.end();
                w.end();
                w.textT("ContactSource", u"ActiveDirectory"_s);
                if (!u->surname.isEmpty())
                    w.textT("Surname", u->surname);
                w.textT("Alias", u->mail.section(u'@', 0, 0));
                w.end();
            }
            w.end();
        }
        w.end(); // ResolutionSet
        w.end(); // message
    }
    w.end();
    w.end();
}

QPair<int, QByteArray> EwsDirectory::autodiscover(const QByteArray &request, const QUrl &ewsUrl,
                                                  const QString &serverName) const
{
    QXmlStreamReader xml(request);
    QString address;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "EMailAddress"_L1) {
            address = xml.readElementText().trimmed();
            break;
        }
    }
    if (address.isEmpty())
        return {400, QByteArray("The request names no EMailAddress.")};
    // written by hand: Exchange puts the outlook response schema in a default namespace
    const GraphUser *u = m_store.user(address);
    QString out = u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Autodiscover xmlns=\""
                  "http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"_s;
    if (!u) {
        out += u"<Response><Error><ErrorCode>500</ErrorCode><Message>The e-mail address cannot "
               "be found.</Message></Error></Response>"_s;
    } else {
        const QString url = ewsUrl.toString().toHtmlEscaped();
        out += u"<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
               "responseschema/2006a\"><User><DisplayName>%1</DisplayName>"
               "<AutoDiscoverSMTPAddress>%2</AutoDiscoverSMTPAddress></User><Account>"
               "<AccountType>email</AccountType><Action>settings</Action>"_s.arg(
                   u->displayName.toHtmlEscaped(), u->mail.toHtmlEscaped());
        for (const char *type : {"EXCH", "EXPR"})
            out += u"<Protocol><Type>%1</Type><Server>%2</Server><ASUrl>%3</ASUrl>"
                   "<EwsUrl>%3</EwsUrl><EwsPartnerUrl>%3</EwsPartnerUrl></Protocol>"_s.arg(
                       QLatin1String(type), serverName.toHtmlEscaped(), url);
        out += u"</Account></Response>"_s;
    }
    out += u"</Autodiscover>\n"_s;
    return {200, out.toUtf8()};
}

} // namespace cxsync::sandbox
