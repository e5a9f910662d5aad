// EWS sandbox: SOAP requests validated against messages.xsd (the documentation's samples included), NTLMv2
// and Basic logons with Qt's own client, impersonation, the calendar operations over the Graph sandbox's
// mailboxes, ChangeKey conflicts, SyncFolderItems, fault plans and push notifications. Every non-fault
// response the tests receive is validated against messages.xsd too.
#include "EwsNtlm.h"
#include "EwsPush.h"
#include "EwsSandbox.h"
#include "EwsSchema.h"
#include "GraphSandbox.h"
#include "GraphStore.h"
#include "SandboxEnvironment.h"

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>
#include <QtEndian>

#include <utility>

using namespace cxsync::sandbox;
using namespace Qt::StringLiterals;

namespace {

const QString kDomain = u"CONTOSO"_s;
const QString kService = u"svc-sync"_s;
const QString kPassword = u"S3rvice!Pass"_s;
const QString kNoRole = u"helpdesk"_s;

int g_invalidResponses = 0; // 200 responses that did not validate against messages.xsd (checked in cleanup())

struct EwsResult {
    int status = 0;
    int networkError = 0;
    QByteArray body;
    std::optional<EwsSchema::Envelope> envelope; // set for schema-valid responses
    QString faultCode;                           // e:ResponseCode of a SOAP fault
    QString faultText;
    QString backOff; // BackOffMilliseconds of a fault

    const XmlElement &op() const
    {
        static const XmlElement none;
        return envelope ? envelope->body : none;
    }
    // The first ResponseMessage (m:*ResponseMessage) of the response.
    const XmlElement &message(int i = 0) const
    {
        static const XmlElement none;
        const XmlElement &messages = op().child("ResponseMessages");
        return i < messages.children.size() ? messages.children.at(i) : none;
    }
    QString code(int i = 0) const { return message(i).childText("ResponseCode"); }
};

// Depth-first search for the first element with this local name.
const XmlElement *findDeep(const XmlElement &e, const char *name)
{
    if (e.is(name))
        return &e;
    for (const XmlElement &c : e.children) {
        if (const XmlElement *hit = findDeep(c, name))
            return hit;
    }
    return nullptr;
}

void findAll(const XmlElement &e, const char *name, QList<const XmlElement *> *out)
{
    if (e.is(name))
        out->append(&e);
    for (const XmlElement &c : e.children)
        findAll(c, name, out);
}

QString envelope(const QString &body, const QString &impersonate = {}, const QString &extraHeader = {},
                 bool version = true)
{
    QString header;
    if (version)
        header += u"<t:RequestServerVersion Version=\"Exchange2016\"/>"_s;
    if (!impersonate.isEmpty())
        header += u"<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>%1</t:PrimarySmtpAddress>"
                  "</t:ConnectingSID></t:ExchangeImpersonation>"_s.arg(impersonate);
    header += extraHeader;
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"\n"
           "  xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\"\n"
           "  xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\">\n"
           "<soap:Header>%1</soap:Header>\n<soap:Body>\n%2\n</soap:Body></soap:Envelope>\n"_s.arg(header,
                                                                                                  body);
}

// A blocking EWS client over Qt's own HTTP stack: NTLM or Basic through QAuthenticator.
class EwsClient {
public:
    EwsClient(const QUrl &url, const QString &user, const QString &password) : m_url(url)
    {
        QObject::connect(&m_network, &QNetworkAccessManager::authenticationRequired, &m_network,
                         [this, user, password](QNetworkReply *, QAuthenticator *auth) {
                             ++m_challenges;
                             m_methods.append(auth->option(u"realm"_s).toString());
                             auth->setUser(user);
                             auth->setPassword(password);
                         });
    }
    int challenges() const { return m_challenges; }

    EwsResult post(const QString &xml, const QString &anchor = {}) { return postRaw(xml.toUtf8(), anchor); }
    EwsResult postRaw(const QByteArray &xml, const QString &anchor = {})
    {
        QNetworkRequest request(m_url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
        if (!anchor.isEmpty())
            request.setRawHeader("X-AnchorMailbox", anchor.toUtf8());
        QNetworkReply *reply = m_network.post(request, xml);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        EwsResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        r.body = reply->readAll();
        reply->deleteLater();
        if (r.status == 200) {
            EwsSchema::Problem problem;
            r.envelope = EwsSchema::instance()->check(r.body, &problem);
            if (!r.envelope) {
                ++g_invalidResponses;
                qWarning("response does not validate: %s\n%s", qPrintable(problem.text()),
                         r.body.constData());
            }
        } else if (r.status == 500) {
            QXmlStreamReader x(r.body);
            while (!x.atEnd()) {
                if (x.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (x.name() == "ResponseCode"_L1)
                    r.faultCode = x.readElementText();
                else if (x.name() == "faultstring"_L1)
                    r.faultText = x.readElementText();
                else if (x.name() == "Value"_L1 &&
                         x.attributes().value("Name"_L1) == "BackOffMilliseconds"_L1)
                    r.backOff = x.readElementText();
            }
        }
        return r;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_url;
    int m_challenges = 0;
    QStringList m_methods;
};

SampleData threeMailboxes()
{
    SampleData data;
    const QList<QPair<QString, QString>> names = {
        {u"Anna"_s, u"Berg"_s}, {u"Ben"_s, u"Berg"_s}, {u"Cleo"_s, u"Stone"_s}};
    for (int i = 0; i < names.size(); ++i) {
        SampleUser u;
        u.key = u"u%1"_s.arg(i);
        u.givenName = names[i].first;
        u.surname = names[i].second;
        u.displayName = names[i].first + u' ' + names[i].second;
        u.mail = names[i].first.toLower() + u"@contoso.test"_s;
        data.users.append(u);
    }
    return data;
}

QString calendarItemXml(const QString &subject, const QString &start, const QString &end,
                        const QString &extra = {}, const QString &zone = u"W. Europe Standard Time"_s)
{
    return u"<t:CalendarItem><t:Subject>%1</t:Subject><t:Body BodyType=\"Text\">Agenda</t:Body>"
           "<t:ReminderIsSet>true</t:ReminderIsSet><t:ReminderMinutesBeforeStart>10</"
           "t:ReminderMinutesBeforeStart>"
           "<t:Start>%2</t:Start><t:End>%3</t:End><t:Location>Room 1</t:Location>%4"
           "<t:StartTimeZone Id=\"%5\"/><t:EndTimeZone Id=\"%5\"/></t:CalendarItem>"_s.arg(subject, start,
                                                                                           end, extra, zone);
}

QString idElement(const QString &id, const QString &changeKey, bool withKey = true)
{
    return withKey ? u"<t:ItemId Id=\"%1\" ChangeKey=\"%2\"/>"_s.arg(id, changeKey)
                   : u"<t:ItemId Id=\"%1\"/>"_s.arg(id);
}

} // namespace

class TestEwsSandbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ntowfv2MatchesSpecVector();
    void ntlmOemClient();
    void ntlmLogonWithQtClient();
    void wrongPasswordIsRefused();
    void parallelConnectionsEachLogOn();
    void basicLogonWhenEnabled();
    void schemaServed();
    void documentationSamples();
    void invalidRequestsAreSchemaFaults_data();
    void invalidRequestsAreSchemaFaults();
    void requestServerVersionRequired();
    void impersonation();
    void resolveNames();
    void createGetUpdateDeleteThroughOneStore();
    void changeKeyRules();
    void sendToNoneLeavesAttendeesAlone();
    void perItemErrors();
    void meetingResponsesAndCancellation();
    void extendedProperties();
    void timeZoneContextReadsNaiveTimes();
    void calendarViewExpandsSeries();
    void syncFolderItems();
    void faultPlanServerBusyAnd503();
    void pushNotifications();
    void pushSubscriptionDiesWhenDeliveriesFail();
    void pushWatermarks();
    void autodiscover();
    void outlivedByTheGraphSandbox();
    void environmentStartsEws();
    void environmentSetsOperationFaults();

private:
    EwsResult call(const QString &body, const QString &mailbox = u"anna@contoso.test"_s);
    QPair<QString, QString> createItem(const QString &mailbox, const QString &item,
                                       const QString &invitations = u"SendToAllAndSaveCopy"_s);
    QString getItemXml(const QString &id, const QString &shape = u"AllProperties"_s) const;

    std::unique_ptr<GraphSandbox> m_graph;
    std::unique_ptr<EwsSandbox> m_ews;
    std::unique_ptr<EwsClient> m_client;
};

void TestEwsSandbox::initTestCase()
{
    QString error;
    QVERIFY2(EwsSchema::instance(&error), qPrintable(error));
}

void TestEwsSandbox::init()
{
    m_graph = std::make_unique<GraphSandbox>();
    m_graph->load(threeMailboxes());
    m_ews = std::make_unique<EwsSandbox>(*m_graph);
    m_ews->addAccount({kDomain, kService, kPassword, u"anna@contoso.test"_s, true, std::nullopt});
    m_ews->addAccount({kDomain, kNoRole, kPassword, u"cleo@contoso.test"_s, false, std::nullopt});
    QString error;
    QVERIFY2(m_ews->start(0, &error), qPrintable(error));
    m_client = std::make_unique<EwsClient>(m_ews->ewsUrl(), kDomain + u'\\' + kService, kPassword);
}

void TestEwsSandbox::cleanup()
{
    const int invalid = std::exchange(g_invalidResponses, 0);
    QCOMPARE(invalid, 0); // every response the test received validated against messages.xsd
    m_client.reset();
    m_ews.reset();
    m_graph.reset();
}

EwsResult TestEwsSandbox::call(const QString &body, const QString &mailbox)
{
    return m_client->post(envelope(body, mailbox), mailbox);
}

QPair<QString, QString> TestEwsSandbox::createItem(const QString &mailbox, const QString &item,
                                                   const QString &invitations)
{
    const EwsResult r =
        call(u"<m:CreateItem SendMeetingInvitations=\"%1\"><m:SavedItemFolderId>"
             "<t:DistinguishedFolderId Id=\"calendar\"/></m:SavedItemFolderId><m:Items>%2</m:Items>"
             "</m:CreateItem>"_s.arg(invitations, item),
             mailbox);
    if (!r.envelope || r.code() != "NoError"_L1) {
        qWarning("CreateItem failed: %d %s %s %s", r.status, qPrintable(r.faultCode), qPrintable(r.code()),
                 qPrintable(r.faultText + r.message().childText("MessageText")));
        return {};
    }
    const XmlElement *id = findDeep(r.op(), "ItemId");
    return id ? qMakePair(id->attribute("Id"), id->attribute("ChangeKey")) : QPair<QString, QString>();
}

QString TestEwsSandbox::getItemXml(const QString &id, const QString &shape) const
{
    return u"<m:GetItem><m:ItemShape><t:BaseShape>%1</t:BaseShape></m:ItemShape><m:ItemIds>"
           "<t:ItemId Id=\"%2\"/></m:ItemIds></m:GetItem>"_s.arg(shape, id);
}

// ---- logon
// --------------------------------------------------------------------------------------------------

void TestEwsSandbox::ntowfv2MatchesSpecVector()
{
    // MS-NLMP 4.2.4.1.1: user "User", domain "Domain", password "Password"
    QCOMPARE(EwsNtlm::ntowfv2(u"Password"_s, u"User"_s, u"Domain"_s).toHex(),
             QByteArray("0c868a403bfd7a93a3001ef22ef02e3f"));
}

void TestEwsSandbox::ntlmOemClient()
{
    // A client that offers the OEM character set only (curl does): the CHALLENGE answers in OEM, the
    // AUTHENTICATE's names come in OEM, NTLMv2 is computed over UTF-16LE as always (MS-NLMP 3.3.2).
    const auto le32 = [](quint32 v) {
        QByteArray b(4, '\0');
        qToLittleEndian(v, b.data());
        return b;
    };
    const QByteArray negotiate =
        QByteArray("NTLMSSP\0", 8) + le32(1) + le32(0x00088206) + QByteArray(16, '\0');
    QByteArray serverChallenge;
    QString error;
    const auto challenge = EwsNtlm::challenge(negotiate, u"CONTOSO"_s, u"contoso.example"_s, u"EXCH01"_s,
                                              &serverChallenge, &error);
    QVERIFY2(challenge, qPrintable(error));
    const quint32 flags = qFromLittleEndian<quint32>(challenge->constData() + 20);
    QVERIFY(flags & 0x2);    // OEM
    QVERIFY(!(flags & 0x1)); // not Unicode
    QCOMPARE(challenge->mid(qFromLittleEndian<quint32>(challenge->constData() + 16),
                            qFromLittleEndian<quint16>(challenge->constData() + 12)),
             QByteArray("CONTOSO"));
    const QByteArray targetInfo = challenge->mid(qFromLittleEndian<quint32>(challenge->constData() + 44),
                                                 qFromLittleEndian<quint16>(challenge->constData() + 40));
    const auto authenticate = [&](const QString &password) {
        const QByteArray clientNonce("\x01\x02\x03\x04\x05\x06\x07\x08", 8);
        const QByteArray blob = QByteArray("\x01\x01\0\0\0\0\0\0", 8) + QByteArray(8, '\0') + clientNonce +
                                QByteArray(4, '\0') + targetInfo + QByteArray(4, '\0');
        const QByteArray key = EwsNtlm::ntowfv2(password, kService, kDomain);
        const QByteArray nt =
            QMessageAuthenticationCode::hash(serverChallenge + blob, key, QCryptographicHash::Md5) + blob;
        const QByteArray domain = kDomain.toLatin1(), user = kService.toLatin1(), host = "WS1";
        QByteArray header = QByteArray("NTLMSSP\0", 8) + le32(3);
        quint32 offset = 72;
        QByteArray payload;
        const auto field = [&](const QByteArray &data) {
            QByteArray f(8, '\0');
            qToLittleEndian(quint16(data.size()), f.data());
            qToLittleEndian(quint16(data.size()), f.data() + 2);
            qToLittleEndian(offset + quint32(payload.size()), f.data() + 4);
            payload += data;
            return f;
        };
        header += field(QByteArray(24, '\0')) + field(nt) + field(domain) + field(user) + field(host) +
                  field(QByteArray()) + le32(0x00088206 & ~0x1u) + QByteArray(8, '\0');
        return header + payload;
    };
    for (const auto &[password, expected] : {qMakePair(kPassword, true), qMakePair(u"wrong"_s, false)}) {
        const auto parsed = EwsNtlm::parseAuthenticate(authenticate(password), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->user, kService);
        QCOMPARE(parsed->domain, kDomain);
        QCOMPARE(EwsNtlm::verify(*parsed, serverChallenge, kPassword), expected);
    }
}

void TestEwsSandbox::ntlmLogonWithQtClient()
{
    const EwsResult r = call(u"<m:ResolveNames ReturnFullContactData=\"false\">"
                             "<m:UnresolvedEntry>ben@contoso.test</m:UnresolvedEntry></m:ResolveNames>"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.envelope);
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(m_client->challenges(), 1); // Qt answered the NTLM challenge once, on one connection
    QCOMPARE(m_ews->logonFailures(), 0);
    // the connection stays logged on: a second request needs no new handshake
    const EwsResult again =
        call(u"<m:ResolveNames ReturnFullContactData=\"false\">"
             "<m:UnresolvedEntry>cleo@contoso.test</m:UnresolvedEntry></m:ResolveNames>"_s);
    QCOMPARE(again.status, 200);
    QCOMPARE(m_client->challenges(), 1);
}

void TestEwsSandbox::wrongPasswordIsRefused()
{
    EwsClient wrong(m_ews->ewsUrl(), kDomain + u'\\' + kService, u"not-the-password"_s);
    const EwsResult r = wrong.post(envelope(u"<m:ResolveNames ReturnFullContactData=\"false\">"
                                            "<m:UnresolvedEntry>ben</m:UnresolvedEntry></m:ResolveNames>"_s));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.networkError, int(QNetworkReply::AuthenticationRequiredError));
    QVERIFY(m_ews->logonFailures() >= 1);
    EwsClient unknown(m_ews->ewsUrl(), kDomain + u"\\nobody"_s, kPassword);
    QCOMPARE(unknown
                 .post(envelope(u"<m:ResolveNames ReturnFullContactData=\"false\">"
                                "<m:UnresolvedEntry>ben</m:UnresolvedEntry></m:ResolveNames>"_s))
                 .status,
             401);
    // Basic is off by default: a Basic header with the right password is not a logon
    QNetworkAccessManager nam;
    QNetworkRequest request(m_ews->ewsUrl());
    request.setRawHeader("Authorization",
                         "Basic " + (kDomain + u'\\' + kService + u':' + kPassword).toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml"));
    QNetworkReply *reply = nam.post(request, QByteArray("<x/>"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QVERIFY(reply->rawHeader("WWW-Authenticate").startsWith("NTLM"));
    reply->deleteLater();
}

void TestEwsSandbox::parallelConnectionsEachLogOn()
{
    // Qt opens up to six connections to one server; each runs its own NTLM handshake (state per connection)
    QNetworkAccessManager nam;
    QObject::connect(&nam, &QNetworkAccessManager::authenticationRequired, &nam,
                     [](QNetworkReply *, QAuthenticator *auth) {
                         auth->setUser(kDomain + u'\\' + kService);
                         auth->setPassword(kPassword);
                     });
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i) {
        QNetworkRequest request(m_ews->ewsUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
        request.setRawHeader("X-AnchorMailbox", "anna@contoso.test");
        replies.append(nam.post(
            request,
            envelope(u"<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items>%1"
                     "</m:Items></m:CreateItem>"_s.arg(calendarItemXml(
                         u"Parallel %1"_s.arg(i), u"2026-11-02T10:00:00"_s, u"2026-11-02T11:00:00"_s)),
                     u"anna@contoso.test"_s)
                .toUtf8()));
    }
    for (QNetworkReply *reply : std::as_const(replies)) {
        if (!reply->isFinished()) {
            QSignalSpy done(reply, &QNetworkReply::finished);
            QVERIFY(done.wait(10000));
        }
        QVERIFY2(reply->error() == QNetworkReply::NoError, qPrintable(reply->errorString()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
    }
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 12);
    QCOMPARE(m_ews->logonFailures(), 0);
}

void TestEwsSandbox::basicLogonWhenEnabled()
{
    m_ews->setBasicEnabled(true);
    m_ews->setNtlmEnabled(false);
    EwsClient basic(m_ews->ewsUrl(), kService + u"@contoso.example"_s, kPassword);
    const EwsResult r = basic.post(envelope(u"<m:ResolveNames ReturnFullContactData=\"false\">"
                                            "<m:UnresolvedEntry>ben@contoso.test</m:UnresolvedEntry>"
                                            "</m:ResolveNames>"_s,
                                            u"anna@contoso.test"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), u"NoError"_s);
    EwsClient wrong(m_ews->ewsUrl(), kService, u"wrong"_s);
    QCOMPARE(wrong
                 .post(envelope(u"<m:ResolveNames ReturnFullContactData=\"false\">"
                                "<m:UnresolvedEntry>ben</m:UnresolvedEntry></m:ResolveNames>"_s))
                 .status,
             401);
}

// ---- schema
// -------------------------------------------------------------------------------------------------

void TestEwsSandbox::schemaServed()
{
    QNetworkAccessManager nam;
    for (const QString &name : {u"Services.wsdl"_s, u"messages.xsd"_s, u"types.xsd"_s}) {
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(m_ews->baseUrl().toString() + u"/EWS/"_s + name)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QByteArray body = reply->readAll();
        QVERIFY2(body.contains("http://schemas.microsoft.com/exchange/services/2006/"), qPrintable(name));
        reply->deleteLater();
    }
}

void TestEwsSandbox::documentationSamples()
{
    const QString dir = QStringLiteral(CXSYNC_SPECS_DIR) + u"/ews-samples"_s;
    QFile index(dir + u"/INDEX.tsv"_s);
    QVERIFY2(index.open(QIODevice::ReadOnly), qPrintable(index.fileName()));
    int accepted = 0, rejected = 0;
    const QList<QByteArray> lines = index.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> cols = line.trimmed().split('\t');
        if (cols.size() < 4 || cols[0] == "file")
            continue;
        QFile f(dir + u'/' + QString::fromUtf8(cols[0]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        // requests only: the Body's element is an operation, not a *Response or a notification
        static const QRegularExpression op(u"<soap:Body>\\s*<(m:)?([A-Za-z]+)"_s);
        const auto m = op.match(QString::fromUtf8(xml));
        if (!m.hasMatch() || m.captured(2).endsWith("Response"_L1) || m.captured(2) == "SendNotification"_L1)
            continue;
        const QByteArray verdict = cols[3].trimmed();
        const EwsResult r = m_client->postRaw(xml);
        if (verdict == "OK") {
            QVERIFY2(r.faultCode != "ErrorSchemaValidation"_L1,
                     qPrintable(QString::fromUtf8(cols[0]) + u": "_s + r.faultText));
            QVERIFY2(r.status == 200 || r.status == 500, qPrintable(QString::fromUtf8(cols[0])));
            if (r.status == 200)
                QVERIFY2(r.envelope, qPrintable(QString::fromUtf8(cols[0]) + u": response invalid"_s));
            ++accepted;
        } else if (verdict == "FAIL" || verdict == "NOT-WELL-FORMED") {
            QCOMPARE(r.status, 500);
            QVERIFY2(r.faultCode == "ErrorSchemaValidation"_L1,
                     qPrintable(QString::fromUtf8(cols[0]) + u" answered "_s + r.faultCode));
            ++rejected;
        }
    }
    QVERIFY2(accepted >= 30, qPrintable(QString::number(accepted)));
    // the documentation's broken requests: deleteitem-calendar-03, subscribe-op-04, getstreamingevents-op-01
    QCOMPARE(rejected, 3);
    QCOMPARE(m_ews->schemaRejections(), rejected);
}

void TestEwsSandbox::invalidRequestsAreSchemaFaults_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("mentions");
    // End before Start: types.xsd orders CalendarItem's elements (PROTOCOLS.md B1)
    QTest::newRow("element order")
        << envelope(u"<m:CreateItem "
                    u"SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem><t:Subject>x</t:Subject>"
                    "<t:End>2026-03-10T11:00:00Z</t:End><t:Start>2026-03-10T10:00:00Z</t:Start></"
                    "t:CalendarItem></m:Items>"
                    "</m:CreateItem>"_s)
        << u"Start"_s;
    QTest::newRow("MaxChangesReturned above 512")
        << envelope(u"<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></"
                    u"m:ItemShape><m:SyncFolderId>"
                    "<t:DistinguishedFolderId "
                    "Id=\"calendar\"/></m:SyncFolderId><m:MaxChangesReturned>600</m:MaxChangesReturned>"
                    "</m:SyncFolderItems>"_s)
        << u"MaxChangesReturned"_s;
    QTest::newRow("DeleteType missing")
        << envelope(u"<m:DeleteItem><m:ItemIds><t:ItemId Id=\"x\"/></m:ItemIds></m:DeleteItem>"_s)
        << u"DeleteType"_s;
    QTest::newRow("unknown operation") << envelope(u"<m:FetchEverything/>"_s) << u"FetchEverything"_s;
    QTest::newRow("bad header") << envelope(
                                       u"<m:ResolveNames ReturnFullContactData=\"true\"><m:UnresolvedEntry>"
                                       "a</m:UnresolvedEntry></m:ResolveNames>"_s,
                                       {}, u"<t:RequestServerVersion Version=\"Exchange1999\"/>"_s)
                                << u"Exchange1999"_s;
    QTest::newRow("not xml") << u"<soap:Envelope><unclosed>"_s << u"well-formed"_s;
    QTest::newRow("DTD")
        << u"<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>"
           "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body/>"
           "</soap:Envelope>"_s
        << u"document type"_s;
}

void TestEwsSandbox::invalidRequestsAreSchemaFaults()
{
    QFETCH(QString, xml);
    QFETCH(QString, mentions);
    const EwsResult r = m_client->post(xml);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorSchemaValidation"_s);
    QVERIFY2(r.faultText.contains(mentions), qPrintable(r.faultText));
    QVERIFY2(r.faultText.contains("Line"_L1), qPrintable(r.faultText));
}

void TestEwsSandbox::requestServerVersionRequired()
{
    const EwsResult r = m_client->post(
        envelope(u"<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>ben</m:UnresolvedEntry>"
                 "</m:ResolveNames>"_s,
                 {}, {}, false));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorInvalidServerVersion"_s);
}

void TestEwsSandbox::impersonation()
{
    const QString resolve = u"<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>ben"
                            "</m:UnresolvedEntry></m:ResolveNames>"_s;
    EwsResult r = m_client->post(envelope(resolve, u"nobody@contoso.test"_s), u"nobody@contoso.test"_s);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorNonExistentMailbox"_s);

    EwsClient noRole(m_ews->ewsUrl(), kDomain + u'\\' + kNoRole, kPassword);
    r = noRole.post(envelope(resolve, u"ben@contoso.test"_s), u"ben@contoso.test"_s);
    QCOMPARE(r.faultCode, u"ErrorImpersonateUserDenied"_s);
    // without impersonation the account reaches its own mailbox
    r = noRole.post(
        envelope(u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                 "</m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/>"
                 "</m:ParentFolderIds></m:FindItem>"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), u"NoError"_s);
    // granting the role lets it impersonate
    QVERIFY(m_ews->setImpersonationAllowed(kNoRole, true));
    r = noRole.post(envelope(resolve, u"ben@contoso.test"_s), u"ben@contoso.test"_s);
    QCOMPARE(r.status, 200);

    // X-AnchorMailbox: counted when an impersonated call lacks it
    const int before = m_ews->impersonatedWithoutAnchor();
    QCOMPARE(m_client->post(envelope(resolve, u"ben@contoso.test"_s)).status, 200);
    QCOMPARE(m_ews->impersonatedWithoutAnchor(), before + 1);
    QCOMPARE(m_client->post(envelope(resolve, u"ben@contoso.test"_s), u"ben@contoso.test"_s).status, 200);
    QCOMPARE(m_ews->impersonatedWithoutAnchor(), before + 1);
}

void TestEwsSandbox::resolveNames()
{
    const auto resolve = [this](const QString &entry) {
        return call(
            u"<m:ResolveNames ReturnFullContactData=\"true\"><m:UnresolvedEntry>%1</m:UnresolvedEntry>"
            "</m:ResolveNames>"_s.arg(entry));
    };
    const auto addresses = [](const EwsResult &r) {
        QList<const XmlElement *> found;
        findAll(r.op(), "Resolution", &found);
        QStringList out;
        for (const XmlElement *e : found)
            out.append(e->child("Mailbox").childText("EmailAddress"));
        return out;
    };
    EwsResult r = resolve(u"SMTP:Cleo@contoso.test"_s);
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(addresses(r), QStringList{u"cleo@contoso.test"_s});
    QVERIFY(findDeep(r.op(), "Contact")); // ReturnFullContactData
    r = resolve(u"ben"_s);                // alias
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(addresses(r), QStringList{u"ben@contoso.test"_s});
    r = resolve(u"Cleo Stone"_s); // display name
    QCOMPARE(addresses(r), QStringList{u"cleo@contoso.test"_s});
    r = resolve(u"Berg"_s); // two people
    QCOMPARE(r.message().attribute("ResponseClass"), u"Warning"_s);
    QCOMPARE(r.code(), u"ErrorNameResolutionMultipleResults"_s);
    QCOMPARE(addresses(r), (QStringList{u"anna@contoso.test"_s, u"ben@contoso.test"_s}));
    r = resolve(u"Zed"_s);
    QCOMPARE(r.message().attribute("ResponseClass"), u"Error"_s);
    QCOMPARE(r.code(), u"ErrorNameResolutionNoResults"_s);
}

// ---- items
// --------------------------------------------------------------------------------------------------

void TestEwsSandbox::createGetUpdateDeleteThroughOneStore()
{
    QStringList seen;
    m_graph->addChangeListener([&seen](const QString &, const GraphEvent &e, const QString &type) {
        seen.append(type + u':' + e.data.value("subject"_L1).toString());
    });
    const QString attendees = u"<t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>ben@contoso.test"
                              "</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees>"_s;
    // naive times in the item's StartTimeZone: 10:00 Berlin = 09:00Z in March
    const auto [id, key] =
        createItem(u"anna@contoso.test"_s, calendarItemXml(u"Budget"_s, u"2026-03-10T10:00:00"_s,
                                                           u"2026-03-10T11:00:00"_s, attendees));
    QVERIFY(!id.isEmpty());
    QVERIFY(seen.contains(u"created:Budget"_s));
    // the Graph face sees the same item, and Ben's calendar got the meeting
    const QJsonArray annas = m_graph->events(u"anna@contoso.test"_s);
    QCOMPARE(annas.size(), 1);
    const QJsonObject graphEvent = annas.first().toObject();
    QCOMPARE(graphEvent.value("subject"_L1).toString(), u"Budget"_s);
    QCOMPARE(m_graph->events(u"ben@contoso.test"_s).size(), 1);

    EwsResult r = call(getItemXml(id));
    QCOMPARE(r.code(), u"NoError"_s);
    const XmlElement *item = findDeep(r.op(), "CalendarItem");
    QVERIFY(item);
    QCOMPARE(item->childText("Subject"), u"Budget"_s);
    QCOMPARE(item->childText("Start"), u"2026-03-10T09:00:00Z"_s);
    QCOMPARE(item->childText("End"), u"2026-03-10T10:00:00Z"_s);
    QCOMPARE(item->child("StartTimeZone").attribute("Id"), u"W. Europe Standard Time"_s);
    QCOMPARE(item->childText("UID"), graphEvent.value("iCalUId"_L1).toString());
    QCOMPARE(item->childText("CalendarItemType"), u"Single"_s);
    QCOMPARE(item->childText("ReminderMinutesBeforeStart"), u"10"_s);
    QCOMPARE(item->childText("Location"), u"Room 1"_s);
    QCOMPARE(item->childText("MyResponseType"), u"Organizer"_s);
    QCOMPARE(item->child("RequiredAttendees").child("Attendee").child("Mailbox").childText("EmailAddress"),
             u"ben@contoso.test"_s);
    QCOMPARE(item->child("RequiredAttendees").child("Attendee").childText("ResponseType"),
             u"NoResponseReceived"_s);
    QCOMPARE(item->child("ItemId").attribute("ChangeKey"), key);

    // Ben accepts through Graph: Anna's organizer copy shows his response over EWS
    const QString bensCopy =
        m_graph->events(u"ben@contoso.test"_s).first().toObject().value("id"_L1).toString();
    QVERIFY(m_graph->respond(u"ben@contoso.test"_s, bensCopy, u"accepted"_s));
    r = call(getItemXml(id));
    item = findDeep(r.op(), "CalendarItem");
    QCOMPARE(item->child("RequiredAttendees").child("Attendee").childText("ResponseType"), u"Accept"_s);
    const QString currentKey = item->child("ItemId").attribute("ChangeKey");
    QVERIFY(currentKey != key); // the response changed the organizer's item

    // UpdateItem with the current ChangeKey: Graph clients see it
    r = call(u"<m:UpdateItem ConflictResolution=\"AutoResolve\" "
             u"SendMeetingInvitationsOrCancellations=\"SendToAllAndSaveCopy\">"
             "<m:ItemChanges><t:ItemChange>%1<t:Updates>"
             "<t:SetItemField><t:FieldURI FieldURI=\"item:Subject\"/><t:CalendarItem><t:Subject>Budget "
             "2027</t:Subject>"
             "</t:CalendarItem></t:SetItemField>"
             "<t:SetItemField><t:FieldURI "
             "FieldURI=\"calendar:Start\"/><t:CalendarItem><t:Start>2026-03-10T09:30:00Z"
             "</t:Start></t:CalendarItem></t:SetItemField>"
             "<t:DeleteItemField><t:FieldURI FieldURI=\"calendar:Location\"/></t:DeleteItemField>"
             "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>"_s.arg(idElement(id, currentKey)));
    QCOMPARE(r.code(), u"NoError"_s);
    const QString newKey = findDeep(r.op(), "ItemId")->attribute("ChangeKey");
    QVERIFY(newKey != currentKey);
    const QJsonObject updated = m_graph->events(u"anna@contoso.test"_s).first().toObject();
    QCOMPARE(updated.value("subject"_L1).toString(), u"Budget 2027"_s);
    QCOMPARE(updated.value("location"_L1).toObject().value("displayName"_L1).toString(), QString());
    QVERIFY(seen.contains(u"updated:Budget 2027"_s));
    // the zone the event was written in stays
    r = call(getItemXml(id));
    item = findDeep(r.op(), "CalendarItem");
    QCOMPARE(item->childText("Start"), u"2026-03-10T09:30:00Z"_s);
    QCOMPARE(item->child("StartTimeZone").attribute("Id"), u"W. Europe Standard Time"_s);
    // the attendee's copy followed (invitations sent)
    QCOMPARE(m_graph->events(u"ben@contoso.test"_s).first().toObject().value("subject"_L1).toString(),
             u"Budget 2027"_s);

    // DeleteItem: gone for Graph too; Ben's copy is cancelled
    r = call(
        u"<m:DeleteItem DeleteType=\"MoveToDeletedItems\" SendMeetingCancellations=\"SendToAllAndSaveCopy\">"
        "<m:ItemIds><t:ItemId Id=\"%1\"/></m:ItemIds></m:DeleteItem>"_s.arg(id));
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 0);
    QVERIFY(m_graph->events(u"ben@contoso.test"_s).first().toObject().value("isCancelled"_L1).toBool());
    r = call(getItemXml(id));
    QCOMPARE(r.code(), u"ErrorItemNotFound"_s);
}

void TestEwsSandbox::changeKeyRules()
{
    const auto [id, key] =
        createItem(u"anna@contoso.test"_s,
                   calendarItemXml(u"Keys"_s, u"2026-04-01T10:00:00"_s, u"2026-04-01T11:00:00"_s));
    QVERIFY(!id.isEmpty());
    const auto update = [this](const QString &idXml, const QString &resolution = u"AutoResolve"_s) {
        return call(
            u"<m:UpdateItem ConflictResolution=\"%1\" SendMeetingInvitationsOrCancellations=\"SendToNone\">"
            "<m:ItemChanges><t:ItemChange>%2<t:Updates><t:SetItemField><t:FieldURI "
            "FieldURI=\"item:Subject\"/>"
            "<t:CalendarItem><t:Subject>Changed</t:Subject></t:CalendarItem></t:SetItemField></t:Updates>"
            "</t:ItemChange></m:ItemChanges></m:UpdateItem>"_s.arg(resolution, idXml));
    };
    // someone else (Outlook through Graph) changes the item: the client's ChangeKey is stale
    const QString graphId =
        m_graph->events(u"anna@contoso.test"_s).first().toObject().value("id"_L1).toString();
    QVERIFY(
        m_graph->updateEvent(u"anna@contoso.test"_s, graphId, QJsonObject{{"subject"_L1, "By Outlook"_L1}}));
    EwsResult r = update(idElement(id, key));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.message().attribute("ResponseClass"), u"Error"_s);
    QCOMPARE(r.code(), u"ErrorIrresolvableConflict"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).first().toObject().value("subject"_L1).toString(),
             u"By Outlook"_s);
    r = update(idElement(id, key), u"AlwaysOverwrite"_s); // a stale key conflicts even then (PROTOCOLS.md B2)
    QCOMPARE(r.code(), u"ErrorIrresolvableConflict"_s);
    r = update(idElement(id, u"%%%not-base64"_s));
    QCOMPARE(r.code(), u"ErrorInvalidChangeKey"_s);
    r = update(idElement(id, {}, false));
    QCOMPARE(r.code(), u"ErrorChangeKeyRequiredForWriteOperations"_s);
    r = update(idElement(id, {}, false), u"AlwaysOverwrite"_s);
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).first().toObject().value("subject"_L1).toString(),
             u"Changed"_s);
    // reread, then update with the current key
    r = call(getItemXml(id, u"IdOnly"_s));
    const QString current = findDeep(r.op(), "ItemId")->attribute("ChangeKey");
    QCOMPARE(update(idElement(id, current)).code(), u"NoError"_s);
}

void TestEwsSandbox::sendToNoneLeavesAttendeesAlone()
{
    const QString attendees = u"<t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>cleo@contoso.test"
                              "</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees>"_s;
    const auto [id, key] =
        createItem(u"anna@contoso.test"_s,
                   calendarItemXml(u"Quiet"_s, u"2026-05-01T10:00:00"_s, u"2026-05-01T11:00:00"_s, attendees),
                   u"SendToNone"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_graph->events(u"cleo@contoso.test"_s).size(), 0); // no invitation storm
    EwsResult r = call(u"<m:CreateItem><m:Items>%1</m:Items></m:CreateItem>"_s.arg(
        calendarItemXml(u"No flag"_s, u"2026-05-02T10:00:00"_s, u"2026-05-02T11:00:00"_s)));
    QCOMPARE(r.code(), u"ErrorSendMeetingInvitationsRequired"_s);
    r = call(u"<m:DeleteItem DeleteType=\"HardDelete\"><m:ItemIds><t:ItemId Id=\"%1\"/></m:ItemIds>"
             "</m:DeleteItem>"_s.arg(id));
    QCOMPARE(r.code(), u"ErrorSendMeetingCancellationsRequired"_s);
    r = call(u"<m:DeleteItem DeleteType=\"HardDelete\" SendMeetingCancellations=\"SendToNone\"><m:ItemIds>"
             "<t:ItemId Id=\"%1\"/></m:ItemIds></m:DeleteItem>"_s.arg(id));
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 0);
}

void TestEwsSandbox::perItemErrors()
{
    const auto [id, key] =
        createItem(u"anna@contoso.test"_s,
                   calendarItemXml(u"Mine"_s, u"2026-06-01T10:00:00"_s, u"2026-06-01T11:00:00"_s));
    const QString gone = QString::fromLatin1(QByteArray("CXEWS1\0x\0y", 10).toBase64());
    const EwsResult r =
        call(u"<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:ItemIds>"
             "<t:ItemId Id=\"%1\"/><t:ItemId Id=\"%2\"/><t:ItemId Id=\"not base64!\"/></m:ItemIds>"
             "</m:GetItem>"_s.arg(id, gone));
    QCOMPARE(r.status, 200); // per-item errors come with HTTP 200
    QCOMPARE(r.code(0), u"NoError"_s);
    QCOMPARE(r.code(1), u"ErrorItemNotFound"_s);
    QCOMPARE(r.code(2), u"ErrorInvalidIdMalformed"_s);
    // another mailbox's item is not found when acting for Ben
    QCOMPARE(call(getItemXml(id), u"ben@contoso.test"_s).code(), u"ErrorItemNotFound"_s);
}

void TestEwsSandbox::meetingResponsesAndCancellation()
{
    const QString attendees = u"<t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>ben@contoso.test"
                              "</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees>"_s;
    const auto [id, key] =
        createItem(u"anna@contoso.test"_s, calendarItemXml(u"Review"_s, u"2026-06-02T10:00:00"_s,
                                                           u"2026-06-02T11:00:00"_s, attendees));
    QVERIFY(!id.isEmpty());
    const auto response = [this](const QString &mailbox, const QString &kind, const QString &itemId,
                                 const QString &changeKey,
                                 const QString &disposition = u"SendAndSaveCopy"_s) {
        const QString keyAttribute = changeKey.isEmpty() ? QString() : u" ChangeKey=\"%1\""_s.arg(changeKey);
        return call(u"<m:CreateItem%1><m:Items><t:%2><t:ReferenceItemId Id=\"%3\"%4/></t:%2></m:Items>"
                    "</m:CreateItem>"_s.arg(
                        disposition.isEmpty() ? QString() : u" MessageDisposition=\"%1\""_s.arg(disposition),
                        kind, itemId, keyAttribute),
                    mailbox);
    };
    // Ben finds his copy over EWS and accepts it; Anna sees the response
    EwsResult r = call(u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
                       "</m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/>"
                       "</m:ParentFolderIds></m:FindItem>"_s,
                       u"ben@contoso.test"_s);
    const QString bensId = findDeep(r.op(), "ItemId")->attribute("Id");
    QCOMPARE(response(u"ben@contoso.test"_s, u"AcceptItem"_s, bensId, {}, {}).code(),
             u"ErrorMessageDispositionRequired"_s);
    QCOMPARE(response(u"ben@contoso.test"_s, u"AcceptItem"_s, bensId, {}).code(), u"NoError"_s);
    r = call(getItemXml(id));
    QCOMPARE(findDeep(r.op(), "RequiredAttendees")->child("Attendee").childText("ResponseType"), u"Accept"_s);
    QCOMPARE(response(u"anna@contoso.test"_s, u"DeclineItem"_s, id, {}).code(),
             u"ErrorCalendarIsOrganizerForDecline"_s);
    QCOMPARE(response(u"ben@contoso.test"_s, u"CancelCalendarItem"_s, bensId, {}).code(),
             u"ErrorCalendarIsNotOrganizer"_s);
    // the organizer cancels (with a stale key first): Ben's copy is cancelled, Anna's item is gone
    QCOMPARE(response(u"anna@contoso.test"_s, u"CancelCalendarItem"_s, id, key).code(),
             u"ErrorIrresolvableConflict"_s);
    const QString current = findDeep(r.op(), "ItemId")->attribute("ChangeKey");
    QCOMPARE(response(u"anna@contoso.test"_s, u"CancelCalendarItem"_s, id, current).code(), u"NoError"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 0);
    r = call(getItemXml(bensId), u"ben@contoso.test"_s);
    QCOMPARE(findDeep(r.op(), "IsCancelled")->text, u"true"_s);
    QCOMPARE(response(u"ben@contoso.test"_s, u"TentativelyAcceptItem"_s, bensId, {}).code(),
             u"ErrorCalendarIsCancelledForTentative"_s);
}

void TestEwsSandbox::extendedProperties()
{
    const QString uri = u"<t:ExtendedFieldURI PropertySetId=\"C11FF724-AA03-4555-9952-8FA248A11C3E\" "
                        "PropertyName=\"CxsyncKey\" PropertyType=\"String\"/>"_s;
    const QString attendees = u"<t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>ben@contoso.test"
                              "</t:EmailAddress></t:Mailbox></t:Attendee></t:RequiredAttendees>"_s;
    // ExtendedProperty sits between ReminderMinutesBeforeStart and Start in a CalendarItem (types.xsd order)
    const QString item = u"<t:CalendarItem><t:Subject>Tagged</t:Subject><t:ExtendedProperty>%1<t:Value>crm-42"
                         "</t:Value></t:ExtendedProperty><t:Start>2026-06-03T10:00:00Z</t:Start>"
                         "<t:End>2026-06-03T11:00:00Z</t:End>%2</t:CalendarItem>"_s.arg(uri, attendees);
    const auto [id, key] = createItem(u"anna@contoso.test"_s, item);
    QVERIFY(!id.isEmpty());
    const auto read = [&](const QString &mailbox, const QString &itemId) {
        const EwsResult r =
            call(u"<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
                 "%1</t:AdditionalProperties></m:ItemShape><m:ItemIds><t:ItemId Id=\"%2\"/>"
                 "</m:ItemIds></m:GetItem>"_s.arg(uri, itemId),
                 mailbox);
        const XmlElement *value = findDeep(r.op(), "ExtendedProperty");
        return value ? value->childText("Value") : QString();
    };
    QCOMPARE(read(u"anna@contoso.test"_s, id), u"crm-42"_s);
    // AllProperties does not include them, Graph does not show them, the attendee's copy does not inherit
    // them
    QVERIFY(!findDeep(call(getItemXml(id)).op(), "ExtendedProperty"));
    QVERIFY(!m_graph->events(u"anna@contoso.test"_s).first().toObject().contains("_ewsExtended"_L1));
    const EwsResult bens = call(u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly"
                                "</t:BaseShape></m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId "
                                "Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>"_s,
                                u"ben@contoso.test"_s);
    QCOMPARE(read(u"ben@contoso.test"_s, findDeep(bens.op(), "ItemId")->attribute("Id")), QString());
    // set and delete through UpdateItem: each is a change (new ChangeKey)
    EwsResult r =
        call(u"<m:UpdateItem ConflictResolution=\"AutoResolve\" SendMeetingInvitationsOrCancellations="
             "\"SendToNone\"><m:ItemChanges><t:ItemChange>%1<t:Updates><t:SetItemField>%2<t:CalendarItem>"
             "<t:ExtendedProperty>%2<t:Value>crm-43</t:Value></t:ExtendedProperty></t:CalendarItem>"
             "</t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>"_s.arg(
                 idElement(id, key), uri));
    QCOMPARE(r.code(), u"NoError"_s);
    const QString key2 = findDeep(r.op(), "ItemId")->attribute("ChangeKey");
    QVERIFY(key2 != key);
    QCOMPARE(read(u"anna@contoso.test"_s, id), u"crm-43"_s);
    r = call(
        u"<m:UpdateItem ConflictResolution=\"AutoResolve\" SendMeetingInvitationsOrCancellations="
        "\"SendToNone\"><m:ItemChanges><t:ItemChange>%1<t:Updates><t:DeleteItemField>%2</t:DeleteItemField>"
        "</t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>"_s.arg(idElement(id, key2), uri));
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(read(u"anna@contoso.test"_s, id), QString());
    // FindItem with a restriction finds an item by its key (how a client looks for a create it may have made)
    QVERIFY(
        !createItem(
             u"anna@contoso.test"_s,
             u"<t:CalendarItem><t:Subject>Other</t:Subject><t:ExtendedProperty>%1<t:Value>crm-99</t:Value>"
             "</t:ExtendedProperty><t:Start>2026-06-04T10:00:00Z</t:Start><t:End>2026-06-04T11:00:00Z"
             "</t:End></t:CalendarItem>"_s.arg(uri))
             .first.isEmpty());
    const auto find = [&](const QString &restriction) {
        return call(
            u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
            "<t:AdditionalProperties><t:FieldURI FieldURI=\"item:Subject\"/></t:AdditionalProperties>"
            "</m:ItemShape><m:Restriction>%1</m:Restriction><m:ParentFolderIds><t:DistinguishedFolderId "
            "Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>"_s.arg(restriction));
    };
    const auto subjects = [](const EwsResult &found) {
        QList<const XmlElement *> items;
        findAll(found.op(), "Subject", &items);
        QStringList out;
        for (const XmlElement *i : items)
            out.append(i->text);
        return out;
    };
    r = find(u"<t:IsEqualTo>%1<t:FieldURIOrConstant><t:Constant Value=\"crm-99\"/></t:FieldURIOrConstant>"
             "</t:IsEqualTo>"_s.arg(uri));
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(subjects(r), QStringList{u"Other"_s});
    r = find(u"<t:Or><t:Exists>%1</t:Exists><t:Contains ContainmentMode=\"Prefixed\" ContainmentComparison="
             "\"IgnoreCase\"><t:FieldURI FieldURI=\"item:Subject\"/><t:Constant Value=\"tag\"/></t:Contains>"
             "</t:Or>"_s.arg(uri));
    QCOMPARE(subjects(r), (QStringList{u"Tagged"_s, u"Other"_s}));
    r = find(u"<t:IsGreaterThan><t:FieldURI FieldURI=\"calendar:Start\"/><t:FieldURIOrConstant><t:Constant "
             "Value=\"2026-06-03T12:00:00Z\"/></t:FieldURIOrConstant></t:IsGreaterThan>"_s);
    QCOMPARE(subjects(r), QStringList{u"Other"_s});
    // what the sandbox cannot search on is refused, not ignored
    r = find(u"<t:IsEqualTo><t:FieldURI FieldURI=\"item:Importance\"/><t:FieldURIOrConstant><t:Constant "
             "Value=\"High\"/></t:FieldURIOrConstant></t:IsEqualTo>"_s);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorUnsupportedPathForQuery"_s);
    // a URI that names no property
    r = call(u"<m:CreateItem "
             u"SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem><t:Subject>x</t:Subject>"
             "<t:ExtendedProperty><t:ExtendedFieldURI PropertyType=\"String\"/><t:Value>v</t:Value>"
             "</t:ExtendedProperty><t:Start>2026-06-03T10:00:00Z</t:Start><t:End>2026-06-03T11:00:00Z</t:End>"
             "</t:CalendarItem></m:Items></m:CreateItem>"_s);
    QCOMPARE(r.code(), u"ErrorInvalidExtendedProperty"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 2); // nothing written
}

void TestEwsSandbox::timeZoneContextReadsNaiveTimes()
{
    // no StartTimeZone: naive times are read in the TimeZoneContext zone, which the item keeps
    const QString body = u"<m:CreateItem SendMeetingInvitations=\"SendToNone\"><m:Items><t:CalendarItem>"
                         "<t:Subject>Pacific</t:Subject><t:Start>2026-01-15T09:00:00</t:Start>"
                         "<t:End>2026-01-15T10:00:00</t:End></t:CalendarItem></m:Items></m:CreateItem>"_s;
    EwsResult r = m_client->post(
        envelope(
            body, u"anna@contoso.test"_s,
            u"<t:TimeZoneContext><t:TimeZoneDefinition Id=\"Pacific Standard Time\"/></t:TimeZoneContext>"_s),
        u"anna@contoso.test"_s);
    QCOMPARE(r.code(), u"NoError"_s);
    const QString id = findDeep(r.op(), "ItemId")->attribute("Id");
    r = call(getItemXml(id));
    const XmlElement *item = findDeep(r.op(), "CalendarItem");
    QCOMPARE(item->childText("Start"), u"2026-01-15T17:00:00Z"_s);
    QCOMPARE(item->child("StartTimeZone").attribute("Id"), u"Pacific Standard Time"_s);
    // an unknown zone is refused
    r = m_client->post(envelope(body, u"anna@contoso.test"_s,
                                u"<t:TimeZoneContext><t:TimeZoneDefinition Id=\"Mars Standard Time\"/>"
                                "</t:TimeZoneContext>"_s),
                       u"anna@contoso.test"_s);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorTimeZone"_s);
}

void TestEwsSandbox::calendarViewExpandsSeries()
{
    QJsonObject series{
        {"subject"_L1, "Standup"_L1},
        {"start"_L1,
         QJsonObject{{"dateTime"_L1, "2026-03-02T09:00:00"_L1}, {"timeZone"_L1, "Europe/Berlin"_L1}}},
        {"end"_L1,
         QJsonObject{{"dateTime"_L1, "2026-03-02T09:15:00"_L1}, {"timeZone"_L1, "Europe/Berlin"_L1}}},
        {"recurrence"_L1,
         QJsonObject{{"pattern"_L1, QJsonObject{{"type"_L1, "weekly"_L1},
                                                {"interval"_L1, 1},
                                                {"daysOfWeek"_L1, QJsonArray{"monday"_L1, "wednesday"_L1}}}},
                     {"range"_L1, QJsonObject{{"type"_L1, "numbered"_L1},
                                              {"startDate"_L1, "2026-03-02"_L1},
                                              {"numberOfOccurrences"_L1, 6}}}}}};
    const QJsonObject master = m_graph->createEvent(u"anna@contoso.test"_s, series);
    QVERIFY2(!master.contains("error"_L1), QJsonDocument(master).toJson().constData());
    const QJsonObject single = m_graph->createEvent(
        u"anna@contoso.test"_s,
        QJsonObject{
            {"subject"_L1, "Lunch"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-03-04T12:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-03-04T13:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    QVERIFY(!single.contains("error"_L1));
    // move the second occurrence (Wed 4 March) through Graph: an exception
    QVERIFY(m_graph->updateEvent(u"anna@contoso.test"_s, master.value("id"_L1).toString() + u"_OC20260304"_s,
                                 QJsonObject{{"subject"_L1, "Standup (moved)"_L1}}));
    const auto view = [this](const QString &from, const QString &to, const QString &max = {}) {
        return call(
            u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape>"
            "<t:AdditionalProperties><t:FieldURI FieldURI=\"calendar:UID\"/></t:AdditionalProperties>"
            "</m:ItemShape><m:CalendarView %1StartDate=\"%2\" EndDate=\"%3\"/><m:ParentFolderIds>"
            "<t:DistinguishedFolderId Id=\"calendar\"><t:Mailbox><t:EmailAddress>anna@contoso.test"
            "</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId></m:ParentFolderIds></m:FindItem>"_s.arg(
                max.isEmpty() ? QString() : u"MaxEntriesReturned=\"%1\" "_s.arg(max), from, to));
    };
    EwsResult r = view(u"2026-03-01T00:00:00Z"_s, u"2026-03-08T00:00:00Z"_s);
    QCOMPARE(r.code(), u"NoError"_s);
    QList<const XmlElement *> items;
    findAll(r.op(), "CalendarItem", &items);
    QStringList kinds;
    for (const XmlElement *i : items)
        kinds.append(i->childText("Subject") + u'/' + i->childText("CalendarItemType"));
    QCOMPARE(kinds,
             (QStringList{u"Standup/Occurrence"_s, u"Standup (moved)/Exception"_s, u"Lunch/Single"_s}));
    QCOMPARE(items.first()->childText("Start"), u"2026-03-02T08:00:00Z"_s);
    QCOMPARE(items.first()->childText("UID"), items.at(1)->childText("UID")); // one series, one UID
    const XmlElement &root = r.message().child("RootFolder");
    QCOMPARE(root.attribute("TotalItemsInView"), u"3"_s);
    QCOMPARE(root.attribute("IncludesLastItemInRange"), u"true"_s);
    // window edges: an item ending exactly at StartDate is out, one starting at EndDate is out
    r = view(u"2026-03-02T08:15:00Z"_s, u"2026-03-04T08:00:00Z"_s);
    items.clear();
    findAll(r.op(), "CalendarItem", &items);
    QCOMPARE(items.size(), 0);
    // MaxEntriesReturned truncates and says so
    r = view(u"2026-03-01T00:00:00Z"_s, u"2026-04-01T00:00:00Z"_s, u"2"_s);
    items.clear();
    findAll(r.op(), "CalendarItem", &items);
    QCOMPARE(items.size(), 2);
    QCOMPARE(r.message().child("RootFolder").attribute("IncludesLastItemInRange"), u"false"_s);
    QCOMPARE(r.message().child("RootFolder").attribute("TotalItemsInView"), u"7"_s);
    // GetItem of an occurrence by OccurrenceItemId, and back to its master
    const QString masterId = items.first()->child("ItemId").attribute("Id");
    r = call(getItemXml(masterId, u"IdOnly"_s));
    QCOMPARE(r.code(), u"NoError"_s);
    r = view(u"2026-03-01T00:00:00Z"_s, u"2026-03-03T00:00:00Z"_s);
    const QString occurrenceId = findDeep(r.op(), "ItemId")->attribute("Id");
    r = call(u"<m:GetItem><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape></m:ItemShape><m:ItemIds>"
             "<t:RecurringMasterItemId OccurrenceId=\"%1\"/></m:ItemIds></m:GetItem>"_s.arg(occurrenceId));
    QCOMPARE(r.code(), u"NoError"_s);
    const XmlElement *masterItem = findDeep(r.op(), "CalendarItem");
    QCOMPARE(masterItem->childText("CalendarItemType"), u"RecurringMaster"_s);
    QVERIFY(masterItem->child("Recurrence").hasChild("WeeklyRecurrence"));
    QCOMPARE(masterItem->child("Recurrence").child("NumberedRecurrence").childText("NumberOfOccurrences"),
             u"6"_s);
    const QString seriesId = masterItem->child("ItemId").attribute("Id");
    r = call(
        u"<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
        "<t:FieldURI FieldURI=\"calendar:Start\"/></t:AdditionalProperties></m:ItemShape><m:ItemIds>"
        "<t:OccurrenceItemId RecurringMasterId=\"%1\" InstanceIndex=\"3\"/>"
        "<t:OccurrenceItemId RecurringMasterId=\"%1\" InstanceIndex=\"7\"/></m:ItemIds></m:GetItem>"_s.arg(
            seriesId));
    QCOMPARE(r.code(0), u"NoError"_s);
    QCOMPARE(findDeep(r.message(0), "Start")->text, u"2026-03-09T08:00:00Z"_s);
    QCOMPARE(r.code(1), u"ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange"_s);
    // CalendarView on another folder, and a reversed window
    r = call(u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
             "<m:CalendarView StartDate=\"2026-03-01T00:00:00Z\" EndDate=\"2026-04-01T00:00:00Z\"/>"
             "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>"_s);
    QCOMPARE(r.code(), u"ErrorCalendarFolderIsInvalidForCalendarView"_s);
    QCOMPARE(view(u"2026-04-01T00:00:00Z"_s, u"2026-03-01T00:00:00Z"_s).code(),
             u"ErrorCalendarEndDateIsEarlierThanStartDate"_s);
}

void TestEwsSandbox::syncFolderItems()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!createItem(u"anna@contoso.test"_s,
                            calendarItemXml(u"Item %1"_s.arg(i), u"2026-07-0%1T10:00:00"_s.arg(i + 1),
                                            u"2026-07-0%1T11:00:00"_s.arg(i + 1)))
                     .first.isEmpty());
    const auto sync = [this](const QString &state, int max) {
        return call(
            u"<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties>"
            "<t:FieldURI FieldURI=\"item:Subject\"/></t:AdditionalProperties></m:ItemShape><m:SyncFolderId>"
            "<t:DistinguishedFolderId Id=\"calendar\"/></m:SyncFolderId>%1<m:MaxChangesReturned>%2"
            "</m:MaxChangesReturned></m:SyncFolderItems>"_s.arg(
                state.isEmpty() ? QString() : u"<m:SyncState>%1</m:SyncState>"_s.arg(state),
                QString::number(max)));
    };
    // first sync in pages of 2: loop while IncludesLastItemInRange is false
    QString state;
    QStringList created;
    int pages = 0;
    for (;;) {
        const EwsResult r = sync(state, 2);
        QCOMPARE(r.code(), u"NoError"_s);
        ++pages;
        for (const XmlElement &c : r.message().child("Changes").children) {
            QCOMPARE(c.name, u"Create"_s);
            created.append(c.child("CalendarItem").childText("Subject"));
        }
        state = r.message().childText("SyncState");
        if (r.message().childText("IncludesLastItemInRange") == "true"_L1)
            break;
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(created.size(), 5);
    // nothing new
    EwsResult r = sync(state, 512);
    QCOMPARE(r.message().child("Changes").children.size(), 0);
    QCOMPARE(r.message().childText("SyncState"), state);
    // changes through Graph: an update, a delete, a create
    const QJsonArray events = m_graph->events(u"anna@contoso.test"_s);
    QVERIFY(m_graph->updateEvent(u"anna@contoso.test"_s, events.at(0).toObject().value("id"_L1).toString(),
                                 QJsonObject{{"subject"_L1, "Item 0 renamed"_L1}}));
    QVERIFY(m_graph->deleteEvent(u"anna@contoso.test"_s, events.at(1).toObject().value("id"_L1).toString()));
    QVERIFY(!createItem(u"anna@contoso.test"_s,
                        calendarItemXml(u"Item 5"_s, u"2026-07-09T10:00:00"_s, u"2026-07-09T11:00:00"_s))
                 .first.isEmpty());
    r = sync(state, 512);
    QStringList changes;
    for (const XmlElement &c : r.message().child("Changes").children)
        changes.append(c.name + u':' + c.child("CalendarItem").childText("Subject"));
    QCOMPARE(changes, (QStringList{u"Update:Item 0 renamed"_s, u"Delete:"_s, u"Create:Item 5"_s}));
    QCOMPARE(r.message().childText("IncludesLastItemInRange"), u"true"_s);
    // a state from an older generation is refused
    m_graph->expireDeltaTokens(u"anna@contoso.test"_s);
    r = sync(r.message().childText("SyncState"), 10);
    QCOMPARE(r.message().attribute("ResponseClass"), u"Error"_s);
    QCOMPARE(r.code(), u"ErrorInvalidSyncStateData"_s);
    QCOMPARE(sync(u"AAAA"_s, 10).code(), u"ErrorInvalidSyncStateData"_s);
}

// ---- faults and push
// ----------------------------------------------------------------------------------------

void TestEwsSandbox::faultPlanServerBusyAnd503()
{
    QString error;
    const auto plan = FaultPlan::parse(R"({"rules": [
        {"path": "(?i)^/EWS/Exchange.asmx$", "times": 1, "fault": "server-busy", "backOffMilliseconds": 2500},
        {"path": "(?i)^/EWS/Exchange.asmx$", "times": 1, "fault": "503", "retryAfter": "3"}]})",
                                       &error);
    QVERIFY2(plan, qPrintable(error));
    m_ews->http().setFaultPlan(*plan);
    const QString resolve = u"<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>ben"
                            "</m:UnresolvedEntry></m:ResolveNames>"_s;
    EwsResult r = m_client->post(envelope(resolve));
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorServerBusy"_s);
    QCOMPARE(r.backOff, u"2500"_s);
    QVERIFY(r.body.contains("a:ErrorServerBusy"));
    r = m_client->post(envelope(resolve));
    QCOMPARE(r.status, 503);
    r = m_client->post(envelope(resolve));
    QCOMPARE(r.status, 200);
}

namespace {
// A push listener: answers SendNotification with `status` (or HTTP `httpStatus`), records every delivery.
struct Listener {
    HttpSandbox http;
    QList<EwsSchema::Envelope> received;
    QString status = u"OK"_s;
    int httpStatus = 200;
    int invalid = 0;
    Listener()
    {
        http.route(u"POST"_s, u"/cxsync/ews"_s, [this](const SandboxRequest &r, const Reply &reply) {
            EwsSchema::Problem problem;
            auto envelope = EwsSchema::instance()->check(r.body, &problem);
            if (!envelope) {
                ++invalid;
                qWarning("notification does not validate: %s", qPrintable(problem.text()));
            } else {
                received.append(*envelope);
            }
            if (httpStatus != 200) {
                reply.send(httpStatus, "nope", "text/plain");
                return;
            }
            reply.send(200,
                       (u"<?xml version=\"1.0\"?><soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/"
                        "envelope/\"><soap:Body><SendNotificationResult xmlns=\"http://schemas.microsoft.com/"
                        "exchange/services/2006/messages\"><SubscriptionStatus>%1</SubscriptionStatus>"
                        "</SendNotificationResult></soap:Body></soap:Envelope>"_s.arg(status))
                           .toUtf8(),
                       "text/xml; charset=utf-8");
        });
        http.listenLoopback();
    }
    QString url() const { return http.baseUrl().toString() + u"/cxsync/ews"_s; }
    QStringList kinds() const
    {
        QStringList out;
        for (const auto &e : received) {
            for (const XmlElement &c : e.body.child("ResponseMessages")
                                           .child("SendNotificationResponseMessage")
                                           .child("Notification")
                                           .children) {
                if (c.name.endsWith("Event"_L1))
                    out.append(c.name);
            }
        }
        return out;
    }
};

QString subscribeXml(const QString &url, int frequency, const QString &watermark = {})
{
    return u"<m:Subscribe><m:PushSubscriptionRequest><t:FolderIds><t:DistinguishedFolderId Id=\"calendar\"/>"
           "</t:FolderIds><t:EventTypes><t:EventType>CreatedEvent</t:EventType><t:EventType>ModifiedEvent"
           "</t:EventType><t:EventType>DeletedEvent</t:EventType></t:EventTypes>%3<t:StatusFrequency>%2"
           "</t:StatusFrequency><t:URL>%1</t:URL></m:PushSubscriptionRequest></m:Subscribe>"_s.arg(
               url, QString::number(frequency),
               watermark.isEmpty() ? QString() : u"<t:Watermark>%1</t:Watermark>"_s.arg(watermark));
}
} // namespace

void TestEwsSandbox::pushNotifications()
{
    Listener listener;
    m_ews->push().setMinuteMs(200); // StatusFrequency 1 = a status ping every 200 ms while idle
    EwsResult r = call(subscribeXml(listener.url(), 1));
    QCOMPARE(r.code(), u"NoError"_s);
    const QString subscriptionId = r.message().childText("SubscriptionId");
    QVERIFY(!subscriptionId.isEmpty());
    QVERIFY(!r.message().childText("Watermark").isEmpty());

    // a change through Graph reaches the subscriber as CreatedEvent with the EWS ItemId
    const QJsonObject created = m_graph->createEvent(
        u"anna@contoso.test"_s,
        QJsonObject{
            {"subject"_L1, "Pushed"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-08-01T10:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-08-01T11:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    QTRY_VERIFY_WITH_TIMEOUT(listener.kinds().contains(u"CreatedEvent"_s), 5000);
    QCOMPARE(listener.invalid, 0);
    const XmlElement &notification = listener.received.first()
                                         .body.child("ResponseMessages")
                                         .child("SendNotificationResponseMessage")
                                         .child("Notification");
    QCOMPARE(notification.childText("SubscriptionId"), subscriptionId);
    const QString pushedId = notification.child("CreatedEvent").child("ItemId").attribute("Id");
    r = call(getItemXml(pushedId, u"Default"_s));
    QCOMPARE(r.code(), u"NoError"_s);
    QCOMPARE(findDeep(r.op(), "Subject")->text, u"Pushed"_s);
    // idle: status pings
    QTRY_VERIFY_WITH_TIMEOUT(listener.kinds().contains(u"StatusEvent"_s), 3000);
    // the subscriber answers Unsubscribe: the subscription ends
    QSignalSpy ended(&m_ews->push(), &EwsPush::ended);
    listener.status = u"Unsubscribe"_s;
    QVERIFY(m_graph->deleteEvent(u"anna@contoso.test"_s, created.value("id"_L1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 3000);
    QCOMPARE(ended.first().at(1).toString(), u"declined"_s);
    QVERIFY(!m_ews->push().isAlive(subscriptionId));
    QVERIFY(listener.kinds().contains(u"DeletedEvent"_s));

    // the Unsubscribe operation
    listener.status = u"OK"_s;
    r = call(subscribeXml(listener.url(), 30));
    const QString second = r.message().childText("SubscriptionId");
    QVERIFY(m_ews->push().isAlive(second));
    r = call(u"<m:Unsubscribe><m:SubscriptionId>%1</m:SubscriptionId></m:Unsubscribe>"_s.arg(second));
    QCOMPARE(r.code(), u"NoError"_s);
    QVERIFY(!m_ews->push().isAlive(second));
    r = call(u"<m:Unsubscribe><m:SubscriptionId>%1</m:SubscriptionId></m:Unsubscribe>"_s.arg(second));
    QCOMPARE(r.code(), u"ErrorSubscriptionNotFound"_s);
    // a bad URL
    QCOMPARE(call(subscribeXml(u"not a url"_s, 1)).code(), u"ErrorInvalidPushSubscriptionUrl"_s);
}

void TestEwsSandbox::pushSubscriptionDiesWhenDeliveriesFail()
{
    Listener listener;
    listener.httpStatus = 500;
    m_ews->push().setMinuteMs(
        100); // retries at 50, 100, 200 ms ... until StatusFrequency (2 = 200 ms) passed
    QSignalSpy ended(&m_ews->push(), &EwsPush::ended);
    EwsResult r = call(subscribeXml(listener.url(), 2));
    QCOMPARE(r.code(), u"NoError"_s);
    QVERIFY(m_graph
                ->createEvent(u"anna@contoso.test"_s,
                              QJsonObject{{"subject"_L1, "Undeliverable"_L1},
                                          {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-08-02T10:00:00"_L1},
                                                                   {"timeZone"_L1, "UTC"_L1}}},
                                          {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-08-02T11:00:00"_L1},
                                                                 {"timeZone"_L1, "UTC"_L1}}}})
                .contains("id"_L1));
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 5000);
    QCOMPARE(ended.first().at(1).toString(), u"expired"_s);
    QVERIFY2(listener.received.size() >= 2, "retried before giving up");
    QVERIFY(m_ews->push().failedDeliveries() >= 2);
    // the same event each time: retries resend, they do not drop
    for (const auto &e : listener.received)
        QVERIFY(findDeep(e.body, "CreatedEvent"));
}

void TestEwsSandbox::pushWatermarks()
{
    Listener listener;
    EwsResult r = call(subscribeXml(listener.url(), 30));
    const QString watermark = r.message().childText("Watermark");
    QVERIFY(!watermark.isEmpty());
    QCOMPARE(call(u"<m:Unsubscribe><m:SubscriptionId>%1</m:SubscriptionId></m:Unsubscribe>"_s.arg(
                      r.message().childText("SubscriptionId")))
                 .code(),
             u"NoError"_s);
    // changes while unsubscribed are replayed to a subscription resumed from the watermark
    QVERIFY(!createItem(u"anna@contoso.test"_s,
                        calendarItemXml(u"Missed"_s, u"2026-09-01T10:00:00"_s, u"2026-09-01T11:00:00"_s))
                 .first.isEmpty());
    r = call(subscribeXml(listener.url(), 30, watermark));
    QCOMPARE(r.code(), u"NoError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!listener.received.isEmpty(), 3000);
    QVERIFY(listener.kinds().contains(u"ModifiedEvent"_s));
    // unknown and expired watermarks: one issued 31 days ago (its issue time rewritten, white box), one of an
    // expired sync generation
    QCOMPARE(call(subscribeXml(listener.url(), 30, u"AAAA"_s)).code(), u"ErrorInvalidWatermark"_s);
    QList<QByteArray> parts = QByteArray::fromBase64(watermark.toLatin1()).split('\0');
    QCOMPARE(parts.size(), 5);
    parts[4] = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 31LL * 24 * 3600 * 1000);
    QCOMPARE(call(subscribeXml(listener.url(), 30, QString::fromLatin1(parts.join('\0').toBase64()))).code(),
             u"ErrorInvalidWatermark"_s);
    parts[4] = QByteArray::number(QDateTime::currentMSecsSinceEpoch() - 29LL * 24 * 3600 * 1000);
    QCOMPARE(call(subscribeXml(listener.url(), 30, QString::fromLatin1(parts.join('\0').toBase64()))).code(),
             u"NoError"_s);
    m_graph->expireDeltaTokens(u"anna@contoso.test"_s);
    QCOMPARE(call(subscribeXml(listener.url(), 30, watermark)).code(), u"ErrorInvalidWatermark"_s);
}

void TestEwsSandbox::autodiscover()
{
    QNetworkAccessManager nam;
    QObject::connect(&nam, &QNetworkAccessManager::authenticationRequired, &nam,
                     [](QNetworkReply *, QAuthenticator *auth) {
                         auth->setUser(kDomain + u'\\' + kService);
                         auth->setPassword(kPassword);
                     });
    QNetworkRequest request(QUrl(m_ews->baseUrl().toString() + u"/autodiscover/autodiscover.xml"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml"));
    QNetworkReply *reply = nam.post(
        request,
        QByteArray("<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                   "requestschema/2006\"><Request><EMailAddress>ben@contoso.test</EMailAddress>"
                   "<AcceptableResponseSchema>http://schemas.microsoft.com/exchange/autodiscover/outlook/"
                   "responseschema/2006a</AcceptableResponseSchema></Request></Autodiscover>"));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QByteArray body = reply->readAll();
    QVERIFY2(body.contains("<EwsUrl>" + m_ews->ewsUrl().toString().toUtf8() + "</EwsUrl>"), body.constData());
    reply->deleteLater();
}

void TestEwsSandbox::outlivedByTheGraphSandbox()
{
    Listener listener;
    QCOMPARE(call(subscribeXml(listener.url(), 30)).code(), u"NoError"_s);
    m_client.reset();
    m_ews.reset();
    // the Graph sandbox keeps changing after its EWS face is gone
    const QJsonObject created = m_graph->createEvent(
        u"anna@contoso.test"_s,
        QJsonObject{
            {"subject"_L1, "Later"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-10-01T10:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-10-01T11:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    QVERIFY(created.contains("id"_L1));
    QTest::qWait(50);
    QVERIFY(listener.received.isEmpty());
}

void TestEwsSandbox::environmentStartsEws()
{
    SandboxEnvironment env;
    SandboxOptions options;
    options.users = 5;
    options.appointments = 20;
    options.crm = false;
    options.graph = false; // EWS alone still serves the sample world
    options.ewsPort = 0;
    QString error;
    QVERIFY2(env.start(options, &error), qPrintable(error));
    QVERIFY(env.ews());
    const QJsonObject line = env.describe();
    QVERIFY(!line.contains("graph"_L1));
    const QString url = line.value("ews"_L1).toString();
    QVERIFY2(url.endsWith("/EWS/Exchange.asmx"_L1), qPrintable(url));
    const QString mailbox = line.value("ewsMailbox"_L1).toString();
    QVERIFY(!mailbox.isEmpty());
    EwsClient client(QUrl(url), line.value("ewsUser"_L1).toString(), line.value("ewsPassword"_L1).toString());
    const EwsResult r = client.post(envelope(
        u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
        "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.code(), u"NoError"_s);
    // the account's own mailbox holds the sample world's appointments
    QCOMPARE(r.message().child("RootFolder").attribute("TotalItemsInView").toInt(),
             env.graph()->events(mailbox).size());
}

void TestEwsSandbox::environmentSetsOperationFaults()
{
    // --ews-faults (SandboxOptions::ewsOperationFaults) at start, PUT /admin/faults/ews-operations later,
    // GET to read how often each rule fired; a kind that is not an operation fault is refused both ways.
    SandboxOptions options;
    options.users = 5;
    options.appointments = 5;
    options.crm = false;
    options.graph = false;
    options.ewsPort = 0;
    options.ewsOperationFaults = u"{\"rules\": [{\"path\": \"^FindItem$\", \"fault\": \"stall\", \"seconds\": 1}]}"_s;
    QString error;
    {
        SandboxEnvironment refused;
        QVERIFY(!refused.start(options, &error));
        QVERIFY2(error.contains("not an operation fault"_L1), qPrintable(error));
    }
    options.ewsOperationFaults =
        u"{\"rules\": [{\"path\": \"^FindItem$\", \"fault\": \"server-busy\", \"backOffMilliseconds\": 70, "
        "\"times\": 1}]}"_s;
    SandboxEnvironment env;
    error.clear();
    QVERIFY2(env.start(options, &error), qPrintable(error));
    const QJsonObject line = env.describe();
    EwsClient client(QUrl(line.value("ews"_L1).toString()), line.value("ewsUser"_L1).toString(),
                     line.value("ewsPassword"_L1).toString());
    const QString findItem = envelope(
        u"<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape>"
        "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"calendar\"/></m:ParentFolderIds></m:FindItem>"_s);
    EwsResult r = client.post(findItem);
    QCOMPARE(r.status, 500);
    QCOMPARE(r.faultCode, u"ErrorServerBusy"_s);
    QCOMPARE(r.backOff, u"70"_s);
    QCOMPARE(client.post(findItem).status, 200);

    QNetworkAccessManager nam;
    const QString admin = line.value("admin"_L1).toString() + u"/faults/ews-operations"_s;
    const auto adminCall = [&nam](const QByteArray &verb, const QString &url, const QByteArray &body) {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        const QPair<int, QByteArray> out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                         reply->readAll()};
        reply->deleteLater();
        return out;
    };
    auto got = adminCall("GET", admin, {});
    QCOMPARE(got.first, 200);
    QCOMPARE(QJsonDocument::fromJson(got.second)["rules"_L1][0]["applied"_L1].toInt(), 1);
    got = adminCall("PUT", admin, R"({"rules": [{"path": "^FindItem$", "fault": "truncated"}]})");
    QCOMPARE(got.first, 400);
    QVERIFY2(got.second.contains("not an operation fault"), got.second.constData());
    QCOMPARE(adminCall("PUT", admin, R"({"rules": [{"path": "^FindItem$", "fault": "503", "times": 1}]})").first,
             204);
    QCOMPARE(client.post(findItem).status, 503);
    QCOMPARE(client.post(findItem).status, 200);
    // the HTTP-level plan of the EWS sandbox, as for Graph and the CRM
    QCOMPARE(adminCall("PUT", line.value("admin"_L1).toString() + u"/faults/ews"_s,
                       R"({"rules": [{"path": "(?i)^/EWS/Exchange.asmx$", "fault": "503", "times": 1}]})")
                 .first,
             204);
    QCOMPARE(client.post(findItem).status, 503);
    QCOMPARE(env.ews()->http().faultPlan().toJson()["rules"_L1][0]["applied"_L1].toInt(), 1);
}

QTEST_GUILESS_MAIN(TestEwsSandbox)
#include "tst_ews_sandbox.moc"
