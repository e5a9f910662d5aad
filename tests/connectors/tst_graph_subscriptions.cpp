// Change subscriptions and the calendar probe through the ExchangeConnector seam (issue 20, item 1), with the
// Graph connector behind it, against the Graph sandbox (which validates each new subscription against our
// listener, as Graph does). Also SubscriptionManager's recreate path when a renewal finds nothing.
#include "Clock.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h" // the sandbox's (cxsync::sandbox::GraphSubscriptions)
#include "SampleDataGenerator.h"
#include "exchange/ExchangeConnector.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphSubscriptions.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "hooks/SubscriptionManager.h"
#include "net/HttpClient.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace Qt::StringLiterals;

namespace {

template <typename T> std::optional<T> await(const std::function<void(std::function<void(T)>)> &call)
{
    std::optional<T> out;
    call([&out](T value) { out.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qWarning("no answer within 30 s");
    return out;
}

// The real clock, moved forward on demand (renewal timing without waiting days).
class ShiftedClock final : public Clock {
public:
    QDateTime nowUtc() const override { return m_real.nowUtc().addSecs(m_shiftSecs); }
    qint64 elapsedMs() const override { return m_real.elapsedMs(); }
    void schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override
    {
        m_real.schedule(delayMs, context, std::move(callback));
    }
    void advanceSecs(qint64 secs) { m_shiftSecs += secs; }

private:
    SystemClock m_real;
    qint64 m_shiftSecs = 0;
};

} // namespace

class TestGraphSubscriptions : public QObject {
    Q_OBJECT

private:
    const QString m_secret = u"client-state-for-the-seam-test-0123456789"_s;
    SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<NotificationInbox> m_inbox;
    std::unique_ptr<NotificationListener> m_listener;
    std::unique_ptr<sandbox::GraphSandbox> m_graph;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<GraphTokenProvider> m_tokens;
    std::unique_ptr<GraphConnector> m_connector;
    quint16 m_port = 0;

    // Only the interface: what SubscriptionManager, MailboxAccessProbe and Test Connection see.
    ExchangeConnector &seam() { return *m_connector; }
    QString url(const QString &suffix = {}) const
    {
        return u"http://127.0.0.1:%1/cxsync/notifications%2"_s.arg(m_port).arg(suffix);
    }
    QString mailbox(int i) const { return m_graph->users().at(i).toObject().value(u"id"_s).toString(); }
    QString mail(int i) const { return m_graph->users().at(i).toObject().value(u"mail"_s).toString(); }
    SubscriptionRequest request(const QString &mailbox, int minutes = 4230) const
    {
        SubscriptionRequest r;
        r.mailbox = mailbox;
        r.notificationUrl = url();
        r.lifecycleUrl = url(u"/lifecycle"_s);
        r.clientState = m_secret;
        r.expirationUtc = QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60);
        return r;
    }
    std::optional<Result<ChangeSubscription>> subscribe(const SubscriptionRequest &r)
    {
        return await<Result<ChangeSubscription>>([&](auto done) { seam().subscribe(r, done); });
    }
    std::optional<Result<ChangeSubscription>> get(const QString &mailbox, const QString &id)
    {
        return await<Result<ChangeSubscription>>(
            [&](auto done) { seam().getSubscription(mailbox, id, done); });
    }
    std::optional<Result<ChangeSubscription>> renew(const QString &mailbox, const QString &id,
                                                    const QDateTime &to)
    {
        return await<Result<ChangeSubscription>>(
            [&](auto done) { seam().renewSubscription(mailbox, id, to, done); });
    }
    std::optional<Status> unsubscribe(const QString &mailbox, const QString &id)
    {
        return await<Status>([&](auto done) { seam().unsubscribe(mailbox, id, done); });
    }
    static QByteArray why(const Error &e)
    {
        return QStringLiteral("%1 (%2, HTTP %3)")
            .arg(e.message, errorKindName(e.kind))
            .arg(e.httpStatus)
            .toUtf8();
    }
    // QVERIFY2 builds its message before it checks: only read the error of a failed result.
    template <typename R> static QByteArray why(const std::optional<R> &r)
    {
        if (!r)
            return "no answer";
        return r->ok() ? QByteArray("ok") : why(r->error());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
        QVERIFY(opened.ok());
        m_journal = std::move(opened).value();
        m_inbox = std::make_unique<NotificationInbox>(m_journal.get());
        NotificationListener::Options options;
        options.path = u"/cxsync/notifications"_s;
        options.clientState = m_secret;
        m_listener = std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, options);
        const auto started = m_listener->start();
        QVERIFY(started.ok());
        m_port = started.value();
        m_graph = std::make_unique<sandbox::GraphSandbox>();
        QVERIFY(m_graph->start());
        m_graph->load(sandbox::SampleDataGenerator::generate(3, 0, 7, QDateTime::currentDateTimeUtc()));
        m_graph->subscriptions().setValidationTimeout(2000);
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
        GraphCredentials credentials;
        credentials.authority = m_graph->baseUrl();
        credentials.tenant = m_graph->tenantId();
        credentials.clientId = m_graph->clientId();
        credentials.clientSecret = m_graph->clientSecret();
        m_tokens = std::make_unique<GraphTokenProvider>(m_http.get(), &m_clock, credentials);
        QUrl base = m_graph->baseUrl();
        base.setPath(u"/v1.0"_s);
        m_connector = std::make_unique<GraphConnector>(m_http.get(), m_tokens.get(), base);
    }

    void cleanup()
    {
        m_connector.reset();
        m_tokens.reset();
        m_http.reset();
        m_nam.reset();
        m_graph.reset();
        m_listener.reset();
        m_inbox.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void subscribeGetRenewUnsubscribe()
    {
        const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(4230 * 60);
        SubscriptionRequest r = request(mailbox(0));
        r.expirationUtc = asked;
        const auto made = subscribe(r);
        QVERIFY(made);
        QVERIFY2(made->ok(), why(made).constData());
        const ChangeSubscription s = made->value();
        QVERIFY(!s.id.isEmpty());
        QCOMPARE(s.mailbox, mailbox(0));
        QVERIFY2(s.resource.contains(mailbox(0), Qt::CaseInsensitive), qPrintable(s.resource));
        QVERIFY2(qAbs(s.expirationUtc.secsTo(asked)) <= 1, qPrintable(s.expirationUtc.toString(Qt::ISODate)));
        // Graph holds exactly what was asked for: our listener, clientState and the mailbox's events.
        const QJsonArray atGraph = m_graph->subscriptions().toJson();
        QCOMPARE(atGraph.size(), 1);
        const QJsonObject held = atGraph.first().toObject();
        QCOMPARE(held.value(u"id"_s).toString(), s.id);
        QCOMPARE(held.value(u"notificationUrl"_s).toString(), url());
        QCOMPARE(held.value(u"lifecycleNotificationUrl"_s).toString(), url(u"/lifecycle"_s));
        QCOMPARE(held.value(u"clientState"_s).toString(), m_secret);
        QStringList changeTypes = held.value(u"changeType"_s).toString().split(u',');
        changeTypes.sort();
        QCOMPARE(changeTypes, (QStringList{u"created"_s, u"deleted"_s, u"updated"_s}));

        const auto found = get(mailbox(0), s.id);
        QVERIFY(found && found->ok());
        QCOMPARE(found->value().id, s.id);

        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(10000 * 60);
        const auto renewed = renew(mailbox(0), s.id, later);
        QVERIFY(renewed);
        QVERIFY2(renewed->ok(), why(renewed).constData());
        QCOMPARE(renewed->value().id, s.id); // Graph keeps the id
        QVERIFY2(qAbs(renewed->value().expirationUtc.secsTo(later)) <= 1,
                 qPrintable(renewed->value().expirationUtc.toString(Qt::ISODate)));

        const auto removed = unsubscribe(mailbox(0), s.id);
        QVERIFY(removed);
        QVERIFY2(removed->ok(), why(removed).constData());
        QCOMPARE(m_graph->subscriptions().toJson().size(), 0);
    }

    // What SubscriptionManager branches on: a subscription the server no longer has is NotFound on every
    // call.
    void goneIsNotFound_data()
    {
        QTest::addColumn<QString>("call");
        QTest::newRow("get of a subscription Graph dropped → NotFound") << u"get"_s;
        QTest::newRow("renew of a subscription Graph dropped → NotFound (recreate)") << u"renew"_s;
        QTest::newRow("unsubscribe of a subscription Graph dropped → NotFound (counts as removed)")
            << u"unsubscribe"_s;
    }
    void goneIsNotFound()
    {
        QFETCH(QString, call);
        const auto made = subscribe(request(mailbox(1)));
        QVERIFY(made && made->ok());
        const QString id = made->value().id;
        QVERIFY(m_graph->dropSubscription(id));
        std::optional<Error> error;
        if (call == u"get"_s) {
            const auto r = get(mailbox(1), id);
            QVERIFY(r);
            QVERIFY(!r->ok());
            error = r->error();
        } else if (call == u"renew"_s) {
            const auto r = renew(mailbox(1), id, QDateTime::currentDateTimeUtc().addDays(2));
            QVERIFY(r);
            QVERIFY(!r->ok());
            error = r->error();
        } else {
            const auto r = unsubscribe(mailbox(1), id);
            QVERIFY(r);
            QVERIFY(!r->ok());
            error = r->error();
        }
        QVERIFY2(error->kind == ErrorKind::NotFound, why(*error).constData());
    }

    void refusalsAreValues_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("listener down → Graph's validation failure names the listener URL")
            << u"listener-down"_s << int(ErrorKind::Invalid) << u"could not reach the listener"_s;
        QTest::newRow("clientState over 128 characters → Invalid, nothing sent")
            << u"long-client-state"_s << int(ErrorKind::Invalid) << u"128"_s;
        QTest::newRow("expiration beyond Graph's limit → Graph's refusal")
            << u"too-long"_s << int(ErrorKind::Invalid) << u"minutes in the future"_s;
        QTest::newRow("no such mailbox → Graph refuses, never a subscription")
            << u"no-mailbox"_s << int(ErrorKind::Invalid) << u"does not exist"_s;
    }
    void refusalsAreValues()
    {
        QFETCH(QString, what);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        SubscriptionRequest r = request(mailbox(0));
        if (what == u"listener-down"_s)
            m_listener.reset();
        else if (what == u"long-client-state"_s)
            r.clientState = QString(129, u'x');
        else if (what == u"too-long"_s)
            r.expirationUtc = QDateTime::currentDateTimeUtc().addSecs(
                qint64(GraphSubscriptions::kMaxLifetimeMinutes + 60) * 60);
        else
            r.mailbox = u"00000000-0000-0000-0000-00000000dead"_s;
        const auto made = subscribe(r);
        QVERIFY(made);
        QVERIFY2(!made->ok(), qPrintable(made->ok() ? made->value().id : QString()));
        if (kind >= 0)
            QVERIFY2(made->error().kind == ErrorKind(kind), why(made).constData());
        if (!mentions.isEmpty())
            QVERIFY2(made->error().message.contains(mentions, Qt::CaseInsensitive), why(made).constData());
        if (what == u"listener-down"_s)
            QVERIFY2(made->error().message.contains(url()), why(made).constData());
        QCOMPARE(m_graph->subscriptions().toJson().size(), 0);
    }

    // SubscriptionManager through the seam: a renewal that finds nothing at the server recreates the
    // subscription and asks for a full read of the mailbox; the journal keeps the new id only as active.
    void renewalFindingNothingRecreates()
    {
        ShiftedClock clock;
        SubscriptionManager::Options options;
        options.notificationUrl = url();
        options.lifecycleUrl = url(u"/lifecycle"_s);
        options.clientState = m_secret;
        options.lifetimeMinutes = 4230;
        SubscriptionManager manager(&seam(), m_journal.get(), &clock, options);
        auto run = [&](auto call) {
            return await<QList<SubscriptionOutcome>>([&](auto done) { call(done); })
                .value_or(QList<SubscriptionOutcome>{});
        };
        QList<SubscriptionOutcome> outcomes = run([&](auto done) { manager.install({mailbox(0)}, done); });
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().action, SubscriptionAction::Created);
        const QString first = outcomes.first().record.id;
        QVERIFY(m_graph->dropSubscription(first));

        clock.advanceSecs(4230 * 60 * 2 / 3 + 60);
        outcomes = run([&](auto done) { manager.renewDue(done); });
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().action, SubscriptionAction::Recreated);
        QVERIFY(outcomes.first().resyncNeeded);
        const QString second = outcomes.first().record.id;
        QVERIFY(!second.isEmpty() && second != first);
        const auto active = manager.records();
        QVERIFY(active.ok());
        QCOMPARE(active.value().size(), 1);
        QCOMPARE(active.value().first().id, second);
        const QJsonArray atGraph = m_graph->subscriptions().toJson();
        QCOMPARE(atGraph.size(), 1);
        QCOMPARE(atGraph.first().toObject().value(u"id"_s).toString(), second);
        QSqlQuery old(m_journal->database());
        QVERIFY(old.exec(u"SELECT state FROM subscriptions WHERE id = '%1'"_s.arg(first)));
        QVERIFY(old.next());
        QCOMPARE(old.value(0).toString(), u"removed"_s);

        // Remove: the subscription Graph still has is deleted; the journal keeps none active.
        outcomes = run([&](auto done) { manager.removeAll(done); });
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().action, SubscriptionAction::Removed);
        QCOMPARE(m_graph->subscriptions().toJson().size(), 0);
    }

    void probeCalendar_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("empty calendar → nothing seen") << u"empty"_s;
        QTest::newRow("one appointment → its subject") << u"one"_s;
        QTest::newRow("two appointments → more, the first's subject") << u"two"_s;
        QTest::newRow("inactive mailbox → Graph's code kept, advice in the message") << u"inactive"_s;
    }
    void probeCalendar()
    {
        QFETCH(QString, state);
        const QDateTime from = QDateTime::currentDateTimeUtc();
        const QDateTime start = from.addDays(1);
        auto event = [&](const QString &subject, int hours) {
            const QDateTime at = start.addSecs(hours * 3600);
            return QJsonObject{
                {u"subject"_s, subject},
                {u"start"_s, QJsonObject{{u"dateTime"_s, at.toString(u"yyyy-MM-ddTHH:00:00"_s)},
                                         {u"timeZone"_s, u"UTC"_s}}},
                {u"end"_s, QJsonObject{{u"dateTime"_s, at.addSecs(3600).toString(u"yyyy-MM-ddTHH:00:00"_s)},
                                       {u"timeZone"_s, u"UTC"_s}}}};
        };
        const QString who = mail(0);
        if (state == u"one"_s || state == u"two"_s)
            QVERIFY(m_graph->createEvent(who, event(u"Quarterly review"_s, 0)).contains(u"id"_s));
        if (state == u"two"_s)
            QVERIFY(m_graph->createEvent(who, event(u"Budget"_s, 3)).contains(u"id"_s));
        if (state == u"inactive"_s)
            m_graph->setMailboxInactive(who, true);
        const auto probed = await<Result<CalendarProbe>>(
            [&](auto done) { seam().probeCalendar(who, from, from.addDays(7), done); });
        QVERIFY(probed);
        if (state == u"inactive"_s) {
            QVERIFY(!probed->ok());
            QCOMPARE(probed->error().serverCode, u"MailboxNotEnabledForRESTAPI"_s);
            QVERIFY2(probed->error().message.contains(u"inactive"_s), why(probed).constData());
            return;
        }
        QVERIFY2(probed->ok(), why(probed).constData());
        QCOMPARE(probed->value().any, state != u"empty"_s);
        QCOMPARE(probed->value().more, state == u"two"_s);
        QCOMPARE(probed->value().firstSubject, state == u"empty"_s ? QString() : u"Quarterly review"_s);
    }
};

QTEST_GUILESS_MAIN(TestGraphSubscriptions)
#include "tst_graph_subscriptions.moc"
