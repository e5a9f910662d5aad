// `cxsync hooks ...` end to end on the profile cxsync-sandbox writes: user sync links the users, install
// creates one Graph subscription per linked mailbox (Graph validating the listener the command runs while the
// service is not running), status lists them with expiry and health, remove deletes them at Graph.
#include "Cli.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "SandboxEnvironment.h"
#include "SandboxProfileSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestHooksCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    QString m_profile;
    QString m_secrets;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run cxsync(const QStringList &args)
    {
        QBuffer input, output, errors;
        input.open(QIODevice::ReadOnly);
        output.open(QIODevice::WriteOnly);
        errors.open(QIODevice::WriteOnly);
        QStringList argv{QStringLiteral("cxsync"), QStringLiteral("--config"), m_profile,
                         QStringLiteral("--secrets-file"), m_secrets};
        argv += args;
        Cli cli(argv, QProcessEnvironment(), &input, &output, &errors);
        Run run;
        cli.run([&run](int code) { run.code = code; });
        if (!QTest::qWaitFor([&run] { return run.code != -1; }, 60000))
            run.code = -2;
        run.out = QString::fromUtf8(output.data());
        run.err = QString::fromUtf8(errors.data());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxProfilePaths paths;
        const QString error = startWithProfile(*m_env, 8, m_dir.path(), &paths);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = paths.profile;
        m_secrets = paths.secrets;
    }

    void beforeUserSyncThereIsNothingToSubscribe()
    {
        const Run install = cxsync({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(install.code, 0);
        QVERIFY2(install.out.contains(QStringLiteral("custom fields present")), qPrintable(install.out));
        QVERIFY(install.out.contains(QStringLiteral("no linked users yet")));
    }

    void installStatusRemove()
    {
        const Run users = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QVERIFY2(users.code == 0, qPrintable(users.err));
        const Run install = cxsync({QStringLiteral("hooks"), QStringLiteral("install")});
        QVERIFY2(install.code == 0, qPrintable(install.err + install.out));
        QVERIFY(install.out.contains(QStringLiteral("answers Graph's validation itself")));
        const int created = int(install.out.count(QStringLiteral("  created ")));
        QVERIFY2(created >= 3, qPrintable(install.out));
        QCOMPARE(int(m_env->graph()->subscriptions().toJson().size()), created);
        // The client state went to the secret store (here: the run's secrets; with a keychain, the keychain),
        // and every subscription carries it.
        for (const QJsonValue &s : m_env->graph()->subscriptions().toJson())
            QVERIFY(s.toObject().value(QStringLiteral("notificationUrl")).toString().endsWith(
                QStringLiteral("/cxsync/notifications")));

        const Run status = cxsync({QStringLiteral("hooks"), QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(status.out.toUtf8()).array();
        QCOMPARE(int(rows.size()), created);
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("healthy"));

        // Again: nothing new.
        const Run again = cxsync({QStringLiteral("hooks"), QStringLiteral("install")});
        QCOMPARE(again.code, 0);
        QCOMPARE(int(again.out.count(QStringLiteral("  kept "))), created);
        QCOMPARE(int(m_env->graph()->subscriptions().toJson().size()), created);

        const Run remove = cxsync({QStringLiteral("hooks"), QStringLiteral("remove")});
        QCOMPARE(remove.code, 0);
        QCOMPARE(int(remove.out.count(QStringLiteral("  removed "))), created);
        QCOMPARE(int(m_env->graph()->subscriptions().toJson().size()), 0);
        QVERIFY(cxsync({QStringLiteral("hooks"), QStringLiteral("status")}).out.contains(QStringLiteral("No change subscriptions")));
    }

    void usageErrors()
    {
        QCOMPARE(cxsync({QStringLiteral("hooks")}).code, 2);
        QCOMPARE(cxsync({QStringLiteral("hooks"), QStringLiteral("frobnicate")}).code, 2);
    }
};

QTEST_MAIN(TestHooksCli)
#include "tst_hooks_cli.moc"
