// The sandbox HTTP base over real loopback: routing, asynchronous replies, and every fault a plan can inject,
// deterministic for a given seed.
#include "FaultPlan.h"
#include "HttpSandbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cxsync::sandbox;

namespace {

struct Result {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray retryAfter;
    qint64 elapsedMs = 0;
};

Result get(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &verb = "GET")
{
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = nam.sendCustomRequest(QNetworkRequest(url), verb);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Result r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error(),
             reply->readAll(), reply->rawHeader("Retry-After"), timer.elapsed()};
    reply->deleteLater();
    return r;
}

FaultPlan plan(const QByteArray &json)
{
    QString error;
    auto p = FaultPlan::parse(json, &error);
    if (!p)
        qFatal("bad plan in test: %s", qPrintable(error));
    return *p;
}

} // namespace

class TestHttpSandbox final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<HttpSandbox> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QUrl url(const QString &path) const { return QUrl(m_server->baseUrl().toString() + path); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<HttpSandbox>();
        m_server->route(
            QStringLiteral("GET"), QStringLiteral("/items/([0-9]+)"),
            [](const SandboxRequest &req, Reply reply) {
                reply.json(200, QJsonObject{{QStringLiteral("id"), req.captures.at(0)},
                                            {QStringLiteral("padding"), QString(200, QLatin1Char('x'))}});
            });
        m_server->route(QStringLiteral("GET"), QStringLiteral("/later"),
                        [this](const SandboxRequest &, Reply reply) {
                            QTimer::singleShot(50, m_server.get(), [reply] {
                                reply.json(200, QJsonObject{{QStringLiteral("late"), true}});
                            });
                        });
        QVERIFY(m_server->listenLoopback());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }
    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void routesCaptureAndAnswer()
    {
        const Result r = get(*m_nam, url(QStringLiteral("/items/42")));
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("id")).toString(),
                 QStringLiteral("42"));
        // keep-alive: a second request on the same connection works
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/43"))).status, 200);
    }

    void unknownPathIs404AndWrongMethod405()
    {
        Result r = get(*m_nam, url(QStringLiteral("/nothing")));
        QCOMPARE(r.status, 404);
        QVERIFY(QJsonDocument::fromJson(r.body).object().contains(QStringLiteral("error")));
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/1")), "DELETE").status, 405);
    }

    void repliesCanBeSentLater()
    {
        const Result r = get(*m_nam, url(QStringLiteral("/later")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.elapsedMs >= 40);
    }

    void throttlingCarriesRetryAfter_data()
    {
        QTest::addColumn<QString>("retryAfter");
        QTest::newRow("integer seconds") << QStringLiteral("2");
        QTest::newRow("fractional seconds") << QStringLiteral("1.5");
    }
    void throttlingCarriesRetryAfter()
    {
        QFETCH(QString, retryAfter);
        m_server->setFaultPlan(plan(
            QStringLiteral(
                "{\"rules\":[{\"path\":\"^/items/\",\"fault\":\"429\",\"retryAfter\":\"%1\",\"times\":1}]}")
                .arg(retryAfter)
                .toUtf8()));
        const Result r = get(*m_nam, url(QStringLiteral("/items/1")));
        QCOMPARE(r.status, 429);
        QCOMPARE(QString::fromLatin1(r.retryAfter), retryAfter);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("TooManyRequests"));
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/1"))).status, 200); // times: 1
    }

    void serverErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::newRow("503 service unavailable") << QStringLiteral("503") << 503;
        QTest::newRow("504 gateway timeout") << QStringLiteral("504") << 504;
    }
    void serverErrors()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        m_server->setFaultPlan(plan(QStringLiteral("{\"rules\":[{\"fault\":\"%1\"}]}").arg(fault).toUtf8()));
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/1"))).status, status);
    }

    void connectionResetGivesNoResponse()
    {
        // Every attempt is reset: QNetworkAccessManager retries a reset GET on its own, so one reset alone
        // would be invisible to the client (as on a real network).
        m_server->setFaultPlan(plan("{\"rules\":[{\"fault\":\"reset\"}]}"));
        const Result r = get(*m_nam, url(QStringLiteral("/items/1")));
        QCOMPARE(r.status, 0);
        QVERIFY(r.error != QNetworkReply::NoError);
        m_server->faultPlan().clear();
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/1"))).status, 200);
    }

    void stallDelaysTheResponse()
    {
        m_server->setFaultPlan(plan("{\"rules\":[{\"fault\":\"stall\",\"seconds\":0.4,\"times\":1}]}"));
        const Result r = get(*m_nam, url(QStringLiteral("/items/1")));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
    }

    void malformedBodyIsNotJson()
    {
        m_server->setFaultPlan(plan("{\"rules\":[{\"fault\":\"malformed\"}]}"));
        const Result r = get(*m_nam, url(QStringLiteral("/items/1")));
        QCOMPARE(r.status, 200);
        QJsonParseError e;
        QVERIFY(QJsonDocument::fromJson(r.body, &e).isNull());
    }

    void truncatedBodyIsAnError()
    {
        m_server->setFaultPlan(plan("{\"rules\":[{\"fault\":\"truncated\"}]}"));
        const Result r = get(*m_nam, url(QStringLiteral("/items/1")));
        QVERIFY2(r.error != QNetworkReply::NoError || QJsonDocument::fromJson(r.body).isNull(),
                 r.body.constData());
    }

    void afterAndMethodAndPathNarrowARule()
    {
        m_server->setFaultPlan(plan("{\"rules\":[{\"method\":\"GET\",\"path\":\"^/items/"
                                    "7$\",\"after\":2,\"times\":1,\"fault\":\"503\"}]}"));
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/8"))).status, 200); // other path
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/7"))).status, 200); // 1st match let through
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/7"))).status, 200); // 2nd
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/7"))).status, 503); // 3rd fires
        QCOMPARE(get(*m_nam, url(QStringLiteral("/items/7"))).status, 200); // times exhausted
    }

    void sameSeedSameFaults()
    {
        const QByteArray json = "{\"seed\": 42, \"rules\":[{\"rate\":0.3,\"fault\":\"503\"}]}";
        auto run = [&json] {
            FaultPlan p = plan(json);
            QString pattern;
            for (int i = 0; i < 200; ++i)
                pattern.append(p.decide(QStringLiteral("GET"), QStringLiteral("/x")) ? QLatin1Char('F')
                                                                                     : QLatin1Char('.'));
            return pattern;
        };
        const QString first = run();
        QCOMPARE(run(), first);
        const int fired = first.count(QLatin1Char('F'));
        QVERIFY2(fired > 30 && fired < 90, qPrintable(first)); // about 30 % of 200
        FaultPlan other = plan("{\"seed\": 43, \"rules\":[{\"rate\":0.3,\"fault\":\"503\"}]}");
        QString otherPattern;
        for (int i = 0; i < 200; ++i)
            otherPattern.append(other.decide(QStringLiteral("GET"), QStringLiteral("/x")) ? QLatin1Char('F')
                                                                                          : QLatin1Char('.'));
        QVERIFY(otherPattern != first);
    }

    void badPlansAreRefusedWithTheRuleNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("rules: none") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown fault") << QByteArray("{\"rules\":[{\"fault\":\"gremlins\"}]}")
                                       << QStringLiteral("rule 0: unknown fault 'gremlins'");
        QTest::newRow("rate above 1")
            << QByteArray("{\"rules\":[{\"fault\":\"503\"},{\"fault\":\"503\",\"rate\":2}]}")
            << QStringLiteral("rule 1: rate");
        QTest::newRow("bad path regex") << QByteArray("{\"rules\":[{\"fault\":\"503\",\"path\":\"(\"}]}")
                                        << QStringLiteral("rule 0: path");
        QTest::newRow("stall without seconds")
            << QByteArray("{\"rules\":[{\"fault\":\"stall\"}]}") << QStringLiteral("seconds");
    }
    void badPlansAreRefusedWithTheRuleNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!FaultPlan::parse(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHttpSandbox)
#include "tst_httpsandbox.moc"
