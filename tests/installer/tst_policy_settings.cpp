// Group Policy (issue 17): values in the policy source override the administrator's, are reported as
// policy-managed, cannot be set, and `cxsync config show` marks them. On Linux the policy is an INI file
// (CXSYNC_POLICY_FILE here; /etc/cxsync/policy.ini by default); on Windows the same code reads the registry
// key HKLM\Software\Policies\CRM Exchange Sync. Also: `cxsync service` outside Windows is a usage error.
#include "config/PolicySettings.h"
#include "config/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cxsync;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(file.errorString()));
    file.write(data);
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestPolicySettings final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_policy;

    // `asNobody`: as the account nobody (setpriv), when this test runs as root, for whom every file is
    // readable.
    Run cxsync(const QStringList &args, bool asNobody = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u("CXSYNC_POLICY_FILE"), m_policy);
        env.remove(u("CXSYNC_CONFIG"));
        process.setProcessEnvironment(env);
        const QString program = qEnvironmentVariable("CXSYNC_BUILD_DIR") + u("/app/cxsync");
        if (asNobody)
            process.start(u("setpriv"), QStringList{u("--reuid=nobody"), u("--regid=nogroup"),
                                                    u("--clear-groups"), u("--"), program} +
                                            args);
        else
            process.start(program, args);
        Run run;
        if (!process.waitForFinished(20000)) {
            process.kill();
            return run;
        }
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(u("cxsync.ini"));
        m_policy = m_dir->filePath(u("policy.ini"));
        writeFile(m_ini, "[crm]\nserver=crm.admin.example\n[sync]\npollIntervalSeconds=600\n");
        qputenv("CXSYNC_POLICY_FILE", m_policy.toUtf8());
    }

    void cleanup() { qunsetenv("CXSYNC_POLICY_FILE"); }

    void noPolicyFileMeansNoPolicy()
    {
        auto opened = Settings::open(m_ini);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Settings &s = *opened.value();
        QVERIFY(!s.isPolicyManaged(Keys::CrmServer));
        QCOMPARE(s.value(Keys::CrmServer).toString(), u("crm.admin.example"));
        QVERIFY(s.set(Keys::CrmServer, u("crm2.example")).ok());
    }

    void policyOverridesAndIsReported()
    {
        writeFile(m_policy, "[crm]\nserver=crm.policy.example\n[sync]\npollIntervalSeconds=120\n");
        auto opened = Settings::open(m_ini);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        Settings &s = *opened.value();
        QVERIFY(s.isPolicyManaged(Keys::CrmServer));
        QVERIFY(s.isPolicyManaged(Keys::PollInterval));
        QVERIFY(!s.isPolicyManaged(Keys::DiagnosticMode));
        QCOMPARE(s.policyLocation(), m_policy);
        // value(), values() and the typed accessors all see the policy's value, typed as the setting is
        QCOMPARE(s.value(Keys::CrmServer).toString(), u("crm.policy.example"));
        QCOMPARE(s.values().value(Keys::CrmServer).toString(), u("crm.policy.example"));
        QCOMPARE(s.value(Keys::PollInterval).typeId(), QMetaType::Int);
        QCOMPARE(s.pollIntervalSeconds(), 120);

        // set() refuses, naming the key and the policy; nothing is written
        const Status refused = s.set(Keys::CrmServer, u("crm3.example"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(Keys::CrmServer), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(m_policy), qPrintable(refused.error().message));
        QSettings raw(m_ini, QSettings::IniFormat);
        QCOMPARE(raw.value(Keys::CrmServer).toString(), u("crm.admin.example"));

        // a whole save (the panel) keeps the policy's values and leaves the admin's own underneath alone
        SettingsValues values = s.values();
        values.insert(Keys::CrmServer, u("crm4.example"));
        values.insert(Keys::DiagnosticMode, true);
        s.save(values);
        QSettings after(m_ini, QSettings::IniFormat);
        QCOMPARE(after.value(Keys::CrmServer).toString(), u("crm.admin.example"));
        QCOMPARE(s.value(Keys::CrmServer).toString(), u("crm.policy.example"));
    }

    void unknownPolicyKeyIsAnIssue()
    {
        writeFile(m_policy, "[crm]\nserverr=typo.example\n");
        auto opened = Settings::open(m_ini);
        QVERIFY(opened.ok());
        bool named = false;
        for (const ValidationIssue &issue : opened.value()->validate())
            named = named || (issue.field == u("crm/serverr") && issue.message.contains(m_policy));
        QVERIFY(named);
    }

    // A policy that cannot be read is an error for every command, not an empty policy.
    void unreadablePolicyIsAnError()
    {
        {
            // a current settings file, which nothing needs to migrate (the account nobody could not write it)
            auto opened = Settings::open(m_ini);
            QVERIFY(opened.ok());
            QVERIFY(opened.value()->set(Keys::DiagnosticMode, u("false")).ok());
        }
        writeFile(m_policy, "[crm]\nserver=crm.policy.example\n");
        QVERIFY(QFile::setPermissions(m_policy, QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(m_ini, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadOther | QFileDevice::ReadGroup));
        // the folder open to the account that runs cxsync
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                         QFileDevice::ExeOther));
        const bool root = QFileInfo(m_policy).isReadable();
        if (!root) {
            auto opened = Settings::open(m_ini);
            QVERIFY(!opened.ok());
            QVERIFY2(opened.error().message.contains(m_policy), qPrintable(opened.error().message));
        }
        const Run show = cxsync({u("--config"), m_ini, u("config"), u("show")}, root);
        QCOMPARE(show.code, 2);
        QVERIFY2(show.err.contains(m_policy) && show.err.contains(u("cannot be read")), qPrintable(show.err));
        QVERIFY(show.out.isEmpty());
    }

    void cliSetRefusesAndShowMarks()
    {
        writeFile(m_policy, "[crm]\nserver=crm.policy.example\n");
        const Run set =
            cxsync({u("--config"), m_ini, u("config"), u("set"), Keys::CrmServer, u("x.example")});
        QCOMPARE(set.code, 2);
        QVERIFY2(set.err.contains(Keys::CrmServer) && set.err.contains(u("policy")) &&
                     set.err.contains(m_policy),
                 qPrintable(set.err));
        const Run other =
            cxsync({u("--config"), m_ini, u("config"), u("set"), Keys::DiagnosticMode, u("true")});
        QCOMPARE(other.code, 0);

        // an import takes what the policy does not set and says what it left to the policy (over the demo
        // profile, so that the result is a valid configuration)
        QFile::remove(m_ini);
        QVERIFY(QFile::copy(
            qEnvironmentVariable("CXSYNC_SOURCE_DIR") + u("/resources/sample/demo-profile.ini"), m_ini));
        QVERIFY(QFile::setPermissions(m_ini, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString adminServer = QSettings(m_ini, QSettings::IniFormat).value(Keys::CrmServer).toString();
        const QString import = m_dir->filePath(u("import.ini"));
        writeFile(import, "[crm]\nserver=imported.example\npath=crm2\n");
        const Run imported = cxsync({u("--config"), m_ini, u("config"), u("import"), import});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(u("not imported: crm/server is managed by policy (%1)").arg(m_policy)),
                 qPrintable(imported.out));
        QSettings raw(m_ini, QSettings::IniFormat);
        QCOMPARE(raw.value(Keys::CrmPath).toString(), u("crm2"));
        QCOMPARE(raw.value(Keys::CrmServer).toString(), adminServer);

        const Run show = cxsync({u("--config"), m_ini, u("config"), u("show")});
        QCOMPARE(show.code, 0);
        bool marked = false;
        for (const QString &line : show.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(Keys::CrmServer + u(" ")))
                marked = line.contains(u("crm.policy.example")) && line.contains(u("policy")) &&
                         line.contains(m_policy);
            if (line.startsWith(Keys::DiagnosticMode + u(" ")))
                QVERIFY2(!line.contains(u("policy")), qPrintable(line));
        }
        QVERIFY2(marked, qPrintable(show.out));

        const Run json = cxsync({u("--config"), m_ini, u("config"), u("show"), u("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(root.value(u("policyManaged")).toArray(), QJsonArray{Keys::CrmServer});
        QCOMPARE(root.value(u("policy")).toString(), m_policy);
        QCOMPARE(root.value(u("settings")).toObject().value(Keys::CrmServer).toString(),
                 u("crm.policy.example"));
    }

    // The service commands exist on Windows only; elsewhere they name Windows and the systemd unit.
    void serviceIsWindowsOnly()
    {
        const Run run = cxsync({u("service"), u("run")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(u("Windows")) && run.err.contains(u("cxsync.service")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPolicySettings)
#include "tst_policy_settings.moc"
