// The notification listener (issue 7) against the Graph sandbox, which validates subscriptions and delivers
// notifications over HTTP as Graph does: the handshake, clientState checks, durable queueing before 202,
// duplicate collapsing, lifecycle events, and 503 (so Graph retries) when the journal cannot store.
#include "GraphEventJson.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "SampleDataGenerator.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "hooks/SubscriptionManager.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"
#include "store/Journal.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cxsync;
using namespace cxsync::sandbox;

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

class TestListener : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<NotificationInbox> m_inbox;
    std::unique_ptr<NotificationListener> m_listener;
    std::unique_ptr<GraphSandbox> m_graph;
    SystemClock m_clock;
    const QString m_secret = QStringLiteral("s3cr3t-client-state-0123456789abcdef");

    quint16 m_port = 0;
    QString url(const QString &suffix = {}) const
    {
        return QStringLiteral("http://127.0.0.1:%1/cxsync/notifications%2").arg(m_port).arg(suffix);
    }
    QString mailbox(int i) const { return m_graph->users().at(i).toObject().value(QStringLiteral("id")).toString(); }

    GraphResponse subscribe(const QString &userId, const QString &clientState)
    {
        const QJsonObject body{
            {QStringLiteral("changeType"), QStringLiteral("created,updated,deleted")},
            {QStringLiteral("notificationUrl"), url()},
            {QStringLiteral("lifecycleNotificationUrl"), url(QStringLiteral("/lifecycle"))},
            {QStringLiteral("resource"), QStringLiteral("/users/%1/events").arg(userId)},
            {QStringLiteral("expirationDateTime"),
             QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate)},
            {QStringLiteral("clientState"), clientState}};
        std::optional<GraphResponse> response;
        m_graph->subscriptions().create(body, [&](const GraphResponse &r) { response = r; });
        if (!QTest::qWaitFor([&] { return response.has_value(); }, 15000))
            return GraphResponse{0, {}, {}, false, {}, {}};
        return *response;
    }

    QJsonObject event(const QString &subject) const
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
        return QJsonObject{
            {QStringLiteral("subject"), subject},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                                                  {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(1800).toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                                                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
    }

    // `names`: the enum's names in the order its values are declared (0, 1, ...), separated by spaces.
    template <typename E> static void namesGoToTextAndBack(const QString &names)
    {
        const QStringList list = names.split(QLatin1Char(' '));
        QCOMPARE(enumValues<E>().size(), list.size());
        for (int i = 0; i < list.size(); ++i) {
            const E value = static_cast<E>(i);
            QCOMPARE(enumName(value), list.at(i));
            const Result<E> back = enumFromName<E>(list.at(i));
            QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
            QVERIFY(back.value() == value);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(opened.ok());
        m_journal = std::move(opened).value();
        m_inbox = std::make_unique<NotificationInbox>(m_journal.get());
        NotificationListener::Options options;
        options.path = QStringLiteral("/cxsync/notifications");
        options.clientState = m_secret;
        m_listener = std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, options);
        const auto started = m_listener->start();
        QVERIFY(started.ok());
        m_port = started.value();
        m_graph = std::make_unique<GraphSandbox>();
        QVERIFY(m_graph->start());
        m_graph->load(SampleDataGenerator::generate(4, 0, 1, QDateTime::currentDateTimeUtc()));
        m_graph->subscriptions().setDuplicateRate(0.0);
        m_graph->subscriptions().setRetryDelay(100);
    }

    void cleanup()
    {
        m_graph.reset();
        m_listener.reset();
        m_inbox.reset();
        m_journal.reset();
    }

    void handshakeEchoesTheDecodedToken()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(url(QStringLiteral("?validationToken=Validation%3A%20Testing%20client%20application"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain; charset=utf-8"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = network.post(request, QByteArray());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QStringLiteral("text/plain")));
        QCOMPARE(reply->readAll(), QByteArray("Validation: Testing client application"));
        reply->deleteLater();
        // Graph's own handshake, for both URLs, creates the subscription.
        const GraphResponse created = subscribe(mailbox(0), m_secret);
        QCOMPARE(created.status, 201);
    }

    void changesAreQueuedDurablyAndDuplicatesCollapse()
    {
        QCOMPARE(subscribe(mailbox(0), m_secret).status, 201);
        QCOMPARE(subscribe(mailbox(1), m_secret).status, 201);
        QSignalSpy queued(m_listener.get(), &NotificationListener::changeQueued);
        m_graph->createEvent(mailbox(0), event(QStringLiteral("one")));
        m_graph->createEvent(mailbox(0), event(QStringLiteral("two")));
        m_graph->createEvent(mailbox(1), event(QStringLiteral("three")));
        QTRY_VERIFY_WITH_TIMEOUT(queued.count() >= 3, 10000);
        // One pending delta read per mailbox, however many notifications came.
        const auto pending = m_inbox->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 2);
        QSet<QString> mailboxes;
        int collapsed = 0;
        for (const InboxEntry &e : pending.value()) {
            mailboxes.insert(e.mailbox);
            collapsed += e.collapsed;
            QCOMPARE(e.kind, InboxKind::Change);
        }
        QCOMPARE(mailboxes, (QSet<QString>{mailbox(0).toLower(), mailbox(1).toLower()}));
        QCOMPARE(collapsed, 1);
        // The queue is in the journal: a new process (a fresh inbox on the same file) sees it.
        auto reopened = Journal::open(m_journal->path());
        QVERIFY(reopened.ok());
        QCOMPARE(NotificationInbox(reopened.value().get()).pendingCount().value(), 2);
        // Once acted on, the next notification opens a new entry.
        QVERIFY(m_inbox->complete(pending.value().first().id, m_clock.nowUtc()).ok());
        QCOMPARE(m_inbox->pendingCount().value(), 1);
    }

    void duplicatesFromGraphAreCollapsed()
    {
        m_graph->subscriptions().setDuplicateRate(1.0); // every notification delivered twice
        QCOMPARE(subscribe(mailbox(2), m_secret).status, 201);
        QSignalSpy queued(m_listener.get(), &NotificationListener::changeQueued);
        m_graph->createEvent(mailbox(2), event(QStringLiteral("dup")));
        QTRY_VERIFY_WITH_TIMEOUT(queued.count() >= 2, 10000);
        QCOMPARE(m_inbox->pendingCount().value(), 1);
        QCOMPARE(queued.first().at(1).toBool(), true);
        QCOMPARE(queued.last().at(1).toBool(), false);
    }

    void wrongClientStateIsRejected()
    {
        QCOMPARE(subscribe(mailbox(0), QStringLiteral("not-our-secret")).status, 201);
        QSignalSpy rejected(m_listener.get(), &NotificationListener::notificationRejected);
        QSignalSpy delivered(&m_graph->subscriptions(), &GraphSubscriptions::delivered);
        m_graph->createEvent(mailbox(0), event(QStringLiteral("forged?")));
        QTRY_VERIFY_WITH_TIMEOUT(rejected.count() >= 1, 10000);
        QVERIFY(delivered.wait(5000) || delivered.count() > 0);
        QCOMPARE(m_inbox->pendingCount().value(), 0);
        QVERIFY(rejected.first().first().toString().contains(QStringLiteral("clientState")));
        // Nor is a hand-made POST without one.
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(url())};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject forged{{QStringLiteral("value"),
                                  QJsonArray{QJsonObject{{QStringLiteral("subscriptionId"), QStringLiteral("x")},
                                                         {QStringLiteral("changeType"), QStringLiteral("created")},
                                                         {QStringLiteral("resource"), QStringLiteral("Users/abc/Events/1")}}}}};
        QNetworkReply *reply = network.post(request, QJsonDocument(forged).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        QCOMPARE(m_inbox->pendingCount().value(), 0);
        reply->deleteLater();
    }

    void lifecycleEventsAreQueued()
    {
        const GraphResponse created = subscribe(mailbox(1), m_secret);
        QCOMPARE(created.status, 201);
        const QString id = created.body.value(QStringLiteral("id")).toString();
        // Lifecycle notifications name no resource: the service knows its subscriptions' mailboxes.
        m_listener->setSubscriptions({{id, mailbox(1)}});
        QSignalSpy lifecycle(m_listener.get(), &NotificationListener::lifecycleQueued);
        QVERIFY(m_graph->triggerLifecycle(id, QStringLiteral("missed")));
        QVERIFY(m_graph->triggerLifecycle(id, QStringLiteral("reauthorizationRequired")));
        QTRY_VERIFY_WITH_TIMEOUT(lifecycle.count() == 2, 10000);
        const auto pending = m_inbox->pending();
        QCOMPARE(pending.value().size(), 2);
        QCOMPARE(pending.value().at(0).kind, InboxKind::Lifecycle);
        QCOMPARE(pending.value().at(0).subscriptionId, id);
        QStringList events{enumName(*pending.value().at(0).event), enumName(*pending.value().at(1).event)};
        events.sort();
        QCOMPARE(events, (QStringList{QStringLiteral("missed"), QStringLiteral("reauthorizationRequired")}));
    }

    // Rows that earlier versions wrote (kinds and states as text, subscription times without milliseconds,
    // as Qt::ISODate wrote them) read back as the enums and times they stood for.
    void journalRowsOfEarlierVersionsStillRead()
    {
        QSqlQuery q(m_journal->database());
        QVERIFY2(
            q.exec(QStringLiteral(
                "INSERT INTO notification_inbox (mailbox, subscription_id, kind, detail, received_utc, state,"
                " collapsed) VALUES ('anna@contoso.com', 'sub-a', 'change', '', '2026-12-01T10:00:00.250Z',"
                " 'pending', 2), ('bert@contoso.com', 'sub-b', 'lifecycle', 'missed',"
                " '2026-12-01T10:00:01.000Z', 'pending', 0)")),
            qPrintable(q.lastError().text()));
        const auto pending = m_inbox->pending();
        QVERIFY2(pending.ok(), pending.ok() ? "" : qPrintable(pending.error().message));
        QCOMPARE(pending.value().size(), 2);
        QCOMPARE(pending.value().at(0).kind, InboxKind::Change);
        QCOMPARE(pending.value().at(0).collapsed, 2);
        QCOMPARE(pending.value().at(0).receivedUtc,
                 QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 250), Qt::UTC));
        QCOMPARE(pending.value().at(1).kind, InboxKind::Lifecycle);
        QVERIFY(pending.value().at(1).event == LifecycleEvent::Missed);
        QVERIFY(!pending.value().at(0).event);

        QVERIFY2(
            q.exec(QStringLiteral(
                "INSERT INTO subscriptions (id, mailbox, resource, change_type, notification_url,"
                " expiration_utc, created_utc, renewed_utc, state, last_error) VALUES"
                " ('sub-a', 'anna@contoso.com', 'r', 'created,updated,deleted', 'https://x',"
                " '2026-12-08T10:00:00Z', '2026-12-01T10:00:00Z', '2026-12-05T10:00:00Z', 'active', NULL),"
                " ('sub-b', 'bert@contoso.com', 'r', 'created,updated,deleted', 'https://x',"
                " '2026-12-08T10:00:00Z', '2026-12-01T10:00:00Z', NULL, 'failed', 'gone'),"
                " ('sub-c', 'carl@contoso.com', 'r', 'created,updated,deleted', 'https://x',"
                " '2026-12-08T10:00:00Z', '2026-12-01T10:00:00Z', NULL, 'removed', NULL)")),
            qPrintable(q.lastError().text()));
        SubscriptionManager view(nullptr, m_journal.get(), &m_clock, SubscriptionManager::Options{});
        const auto records = view.records(false);
        QVERIFY2(records.ok(), records.ok() ? "" : qPrintable(records.error().message));
        QCOMPARE(records.value().size(), 3);
        const QDateTime day(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        QCOMPARE(records.value().at(0).state, SubscriptionState::Active);
        QCOMPARE(records.value().at(0).expirationUtc, day.addDays(7));
        QCOMPARE(records.value().at(0).createdUtc, day);
        QCOMPARE(records.value().at(0).renewedUtc, day.addDays(4));
        QCOMPARE(records.value().at(1).state, SubscriptionState::Failed);
        QVERIFY(!records.value().at(1).renewedUtc.isValid());
        QCOMPARE(records.value().at(2).state, SubscriptionState::Removed);
        QCOMPARE(view.records(true).value().size(), 1);

        InboxEntry withoutEvent; // a lifecycle entry names its event; a change entry has none
        withoutEvent.mailbox = QStringLiteral("carl@contoso.com");
        withoutEvent.kind = InboxKind::Lifecycle;
        QCOMPARE(m_inbox->add(withoutEvent).error().field, QStringLiteral("event"));
        InboxEntry changeWithEvent = withoutEvent;
        changeWithEvent.kind = InboxKind::Change;
        changeWithEvent.event = LifecycleEvent::Missed;
        QCOMPARE(m_inbox->add(changeWithEvent).error().field, QStringLiteral("event"));
    }

    // Each name goes to text and back; names are exact, and an unknown one is refused naming it.
    void outcomeNamesGoToTextAndBack()
    {
        namesGoToTextAndBack<SubscriptionAction>(
            QStringLiteral("created kept renewed recreated removed failed"));
        namesGoToTextAndBack<SubscriptionState>(QStringLiteral("active failed removed"));
        namesGoToTextAndBack<InboxKind>(QStringLiteral("change lifecycle"));
        namesGoToTextAndBack<LifecycleEvent>(
            QStringLiteral("reauthorizationRequired subscriptionRemoved missed"));

        const auto action = enumFromName<SubscriptionAction>(QStringLiteral("deleted"));
        QVERIFY(!action.ok());
        QCOMPARE(action.error().kind, ErrorKind::Invalid);
        QCOMPARE(action.error().message,
                 QStringLiteral("'deleted' is not a subscription action (created, kept, renewed, recreated, "
                                "removed, failed)"));
        const auto state = enumFromName<SubscriptionState>(QStringLiteral("expired"));
        QVERIFY(!state.ok());
        QVERIFY2(state.error().message.startsWith(QStringLiteral("'expired' is not a subscription state")),
                 qPrintable(state.error().message));
        const auto kind = enumFromName<InboxKind>(QStringLiteral("Change"));
        QVERIFY(!kind.ok());
        QVERIFY2(kind.error().message.startsWith(QStringLiteral("'Change' is not a notification kind")),
                 qPrintable(kind.error().message));
    }

    void journalFailureAnswers503SoGraphRetries()
    {
        QCOMPARE(subscribe(mailbox(0), m_secret).status, 201);
        {
            QSqlQuery drop(m_journal->database());
            QVERIFY(drop.exec(QStringLiteral("ALTER TABLE notification_inbox RENAME TO notification_inbox_away")));
        }
        QSignalSpy delivered(&m_graph->subscriptions(), &GraphSubscriptions::delivered);
        m_graph->createEvent(mailbox(0), event(QStringLiteral("kept")));
        QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), 10000);
        QCOMPARE(delivered.first().at(1).toInt(), 503);
        // The journal is back: Graph's retry is stored, nothing was lost.
        {
            QSqlQuery back(m_journal->database());
            QVERIFY(back.exec(QStringLiteral("ALTER TABLE notification_inbox_away RENAME TO notification_inbox")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_inbox->pendingCount().value() == 1, 10000);
    }

    void subscriptionsInstallKeepRenewRecreateRemove()
    {
        QNetworkAccessManager network;
        SystemClock real;
        net::HttpClient http(&network, &real);
        exchange::GraphCredentials credentials;
        credentials.authority = m_graph->baseUrl();
        credentials.tenant = m_graph->tenantId();
        credentials.clientId = m_graph->clientId();
        credentials.clientSecret = m_graph->clientSecret();
        exchange::GraphTokenProvider tokens(&http, &real, credentials);
        QUrl base = m_graph->baseUrl();
        base.setPath(QStringLiteral("/v1.0"));
        exchange::GraphConnector graph(&http, &tokens, base);
        ShiftedClock clock;
        SubscriptionManager::Options options;
        options.notificationUrl = url();
        options.lifecycleUrl = url(QStringLiteral("/lifecycle"));
        options.clientState = m_secret;
        options.lifetimeMinutes = 4230;
        SubscriptionManager manager(&graph, m_journal.get(), &clock, options);
        auto run = [&](auto call) {
            std::optional<QList<SubscriptionOutcome>> outcomes;
            call([&](QList<SubscriptionOutcome> o) { outcomes = o; });
            if (!QTest::qWaitFor([&] { return outcomes.has_value(); }, 30000))
                qWarning("no outcome within 30 s");
            return outcomes.value_or(QList<SubscriptionOutcome>{});
        };
        auto actions = [](const QList<SubscriptionOutcome> &outcomes) {
            QStringList out;
            for (const SubscriptionOutcome &o : outcomes)
                out.append(
                    enumName(o.action) + (o.resyncNeeded ? QStringLiteral("+resync") : QString()) +
                    (o.error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(o.error.message)));
            return out;
        };
        const QStringList mailboxes{mailbox(0), mailbox(1)};

        // Install: one subscription per mailbox, validated by Graph against our listener.
        QList<SubscriptionOutcome> outcomes = run([&](auto done) { manager.install(mailboxes, done); });
        QCOMPARE(actions(outcomes), (QStringList{QStringLiteral("created"), QStringLiteral("created")}));
        QCOMPARE(m_graph->subscriptions().toJson().size(), 2);
        QCOMPARE(manager.records().value().size(), 2);
        // Renewal is due two thirds into the lifetime.
        const SubscriptionRecord first = manager.records().value().first();
        QVERIFY(qAbs(first.createdUtc.secsTo(manager.renewalDueUtc(first)) - 4230 * 60 * 2 / 3) < 2);

        // Installing again keeps healthy ones.
        outcomes = run([&](auto done) { manager.install(mailboxes, done); });
        QCOMPARE(actions(outcomes), (QStringList{QStringLiteral("kept"), QStringLiteral("kept")}));

        // Graph lost one: the next install recreates it and asks for a full read of that mailbox.
        QVERIFY(m_graph->dropSubscription(first.id));
        outcomes = run([&](auto done) { manager.install(mailboxes, done); });
        QVERIFY2(actions(outcomes).contains(QStringLiteral("recreated+resync")), qPrintable(actions(outcomes).join(u',')));

        // Nothing is due yet; past two thirds of the lifetime both are renewed.
        QCOMPARE(run([&](auto done) { manager.renewDue(done); }).size(), 0);
        clock.advanceSecs(4230 * 60 * 2 / 3 + 60);
        outcomes = run([&](auto done) { manager.renewDue(done); });
        QCOMPARE(actions(outcomes), (QStringList{QStringLiteral("renewed"), QStringLiteral("renewed")}));
        const auto renewed = manager.records();
        for (const SubscriptionRecord &r : renewed.value())
            QVERIFY(r.expirationUtc > clock.nowUtc().addSecs(4000 * 60));

        // Lifecycle: removed by Graph → recreated + resync; missed → resync.
        const QString id = manager.records().value().first().id;
        QVERIFY(m_graph->dropSubscription(id)); // Graph removed it (and says so in a lifecycle notification)
        outcomes =
            run([&](auto done) { manager.handleLifecycle(id, LifecycleEvent::SubscriptionRemoved, done); });
        QCOMPARE(actions(outcomes), QStringList{QStringLiteral("recreated+resync")});
        const QString id2 = manager.records().value().last().id;
        outcomes = run([&](auto done) { manager.handleLifecycle(id2, LifecycleEvent::Missed, done); });
        QCOMPARE(actions(outcomes), QStringList{QStringLiteral("kept+resync")});

        // Remove deletes them at Graph.
        outcomes = run([&](auto done) { manager.removeAll(done); });
        QCOMPARE(actions(outcomes), (QStringList{QStringLiteral("removed"), QStringLiteral("removed")}));
        QCOMPARE(manager.records().value().size(), 0);
    }

    void subscriptionFailsWhenTheListenerIsDown()
    {
        QNetworkAccessManager network;
        SystemClock real;
        net::HttpClient http(&network, &real);
        exchange::GraphCredentials credentials;
        credentials.authority = m_graph->baseUrl();
        credentials.tenant = m_graph->tenantId();
        credentials.clientId = m_graph->clientId();
        credentials.clientSecret = m_graph->clientSecret();
        exchange::GraphTokenProvider tokens(&http, &real, credentials);
        QUrl base = m_graph->baseUrl();
        base.setPath(QStringLiteral("/v1.0"));
        exchange::GraphConnector graph(&http, &tokens, base);
        SubscriptionManager::Options options;
        options.notificationUrl = url();
        options.lifecycleUrl = url(QStringLiteral("/lifecycle"));
        options.clientState = m_secret;
        SubscriptionManager manager(&graph, m_journal.get(), &real, options);
        m_listener.reset(); // nothing answers the validation request now
        m_graph->subscriptions().setValidationTimeout(1000);
        std::optional<QList<SubscriptionOutcome>> outcomes;
        manager.install({mailbox(0)}, [&](QList<SubscriptionOutcome> o) { outcomes = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcomes.has_value(), 30000);
        QCOMPARE(outcomes->size(), 1);
        QCOMPARE(outcomes->first().action, SubscriptionAction::Failed);
        QVERIFY2(outcomes->first().error.message.contains(QStringLiteral("validat"), Qt::CaseInsensitive),
                 qPrintable(outcomes->first().error.message));
        QCOMPARE(manager.records().value().size(), 0);
    }

    void resourceNamesTheMailbox_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("mailbox");
        QTest::newRow("Users/Events") << QStringLiteral("Users/AAA-1/Events/XYZ") << QStringLiteral("aaa-1");
        QTest::newRow("with tenant") << QStringLiteral("users/aaa-1@tid/events/XYZ") << QStringLiteral("aaa-1");
        QTest::newRow("no user") << QStringLiteral("subscriptions/1") << QString();
    }
    void resourceNamesTheMailbox()
    {
        QFETCH(QString, resource);
        QFETCH(QString, mailbox);
        QCOMPARE(NotificationListener::mailboxOfResource(resource), mailbox);
    }
};

QTEST_MAIN(TestListener)
#include "tst_listener.moc"
