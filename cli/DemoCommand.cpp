#include "DemoCommand.h"

#include "LayeredSecretStore.h"
#include "TestConnectionCommand.h"

#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "SecretsFile.h"
#include "Settings.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTextStream>

namespace cxsync {

DemoCommand::DemoCommand(Options options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_out(out), m_err(err)
{
}

DemoCommand::~DemoCommand()
{
    if (!m_tempDir.isEmpty())
        QDir(m_tempDir).removeRecursively();
}

int DemoCommand::fail(const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return 1;
}

void DemoCommand::run(std::function<void(int)> done)
{
    QString dir = m_options.directory;
    if (dir.isEmpty()) {
        QTemporaryDir temp;
        temp.setAutoRemove(false);
        if (!temp.isValid()) {
            done(fail(tr("cannot create a temporary folder for the demo")));
            return;
        }
        dir = m_tempDir = temp.path();
    } else if (!QDir().mkpath(dir)) {
        done(fail(tr("cannot create the folder '%1'").arg(dir)));
        return;
    }

    m_out
        << tr("1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…")
               .arg(m_options.users)
               .arg(m_options.appointments)
               .arg(m_options.seed)
        << Qt::endl;
    sandbox::SandboxOptions options;
    options.users = m_options.users;
    options.appointments = m_options.appointments;
    options.seed = m_options.seed;
    m_env = std::make_unique<sandbox::SandboxEnvironment>();
    QString error;
    if (!m_env->start(options, &error)) {
        done(fail(tr("the sandboxes did not start: %1").arg(error)));
        return;
    }
    const QJsonObject line = m_env->describe();
    m_out << "   " << tr("Graph: %1").arg(line.value(QStringLiteral("graph")).toString()) << '\n'
          << "   " << tr("Sage CRM: %1").arg(line.value(QStringLiteral("crm")).toString()) << '\n'
          << "   " << tr("Admin endpoint: %1").arg(line.value(QStringLiteral("admin")).toString())
          << Qt::endl;

    const QString profile = dir + QStringLiteral("/demo-profile.ini");
    const QString secrets = dir + QStringLiteral("/demo-secrets");
    m_out << tr("2. Writing a profile for them: %1 (secrets: %2, mode 0600)").arg(profile, secrets)
          << Qt::endl;
    if (const Status s = sandbox::SandboxProfile::write(line, profile, secrets); !s.ok()) {
        done(fail(s.error().message));
        return;
    }

    m_out << tr("3. Validating the profile as the panel's Save would…") << Qt::endl;
    auto opened = Settings::open(profile);
    if (!opened.ok()) {
        done(fail(opened.error().message));
        return;
    }
    const ValidationIssues issues = opened.value()->validate();
    for (const ValidationIssue &issue : issues)
        m_err << "cxsync: " << issue.field << ": " << issue.message << '\n';
    if (!issues.isEmpty()) {
        done(fail(tr("the demo profile is not valid")));
        return;
    }
    auto loaded = SecretsFile::load(secrets);
    if (!loaded.ok()) {
        done(fail(loaded.error().message));
        return;
    }
    m_out << "   " << tr("valid; %1 secrets ready for --secrets-file").arg(loaded.value().size()) << Qt::endl;

    m_out << tr("4. Test Connection, step by step (the listener step fails until the service runs):") << Qt::endl;
    m_settings = std::move(opened).value();
    m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
    m_secrets->setOverrides(loaded.value());
    m_test = std::make_unique<TestConnectionCommand>(*m_settings, *m_secrets, ConnectionTestOptions{}, false, m_out);
    m_test->run([this, line, profile, secrets, done](int) { showWorld(line, profile, secrets, done); });
}

void DemoCommand::showWorld(const QJsonObject &line, const QString &profile, const QString &secrets,
                            std::function<void(int)> done)
{
    m_out << tr("5. What the sandboxes hold:") << Qt::endl;
    const QString mailbox = line.value(QStringLiteral("mailbox")).toString();
    m_out << "   "
          << tr("CRM users: %1; CRM communications: %2")
                 .arg(m_env->crm()->users().size())
                 .arg(m_env->crm()->communications(false).size())
          << '\n'
          << "   "
          << tr("events in %1's mailbox: %2").arg(mailbox).arg(m_env->graph()->events(mailbox).size())
          << Qt::endl;

    m_out << tr("6. Acting as users do (through the sandboxes' user-action API):") << Qt::endl;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    const QJsonObject event{
        {QStringLiteral("subject"), tr("Demo: project kick-off")},
        {QStringLiteral("start"),
         QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"),
                      start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
    const QJsonObject created = m_env->graph()->createEvent(mailbox, event);
    m_out << "   "
          << tr("%1 created \"%2\" in Outlook (id %3…); the mailbox now holds %4 events")
                 .arg(mailbox, created.value(QStringLiteral("subject")).toString(),
                      created.value(QStringLiteral("id")).toString().left(12))
                 .arg(m_env->graph()->events(mailbox).size())
          << Qt::endl;
    const QJsonObject comm = m_env->crm()->createCommunication(
        QJsonObject{
            {QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
            {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
            {QStringLiteral("Comm_Subject"), tr("Demo: customer call")},
            {QStringLiteral("Comm_DateTime"), start.toString(QStringLiteral("yyyy-MM-ddT14:00:00"))},
            {QStringLiteral("Comm_ToDateTime"), start.toString(QStringLiteral("yyyy-MM-ddT14:30:00"))}},
        {});
    m_out << "   "
          << tr("a CRM user created \"%1\" (Comm_CommunicationId %2)")
                 .arg(comm.value(QStringLiteral("Comm_Subject")).toString(),
                      comm.value(QStringLiteral("$key")).toString())
          << Qt::endl;
    // The engine's steps (test connection, user sync, hooks, sync rounds that carry these two changes across)
    // join here as they are built; until then the demo says so rather than pretending.
    m_out << tr("7. Synchronization: not part of this version yet; the two changes above stay on their own "
                "side.")
          << Qt::endl;
    if (m_tempDir.isEmpty() || m_options.serve)
        m_out << tr("Try it: cxsync --config %1 --secrets-file %2 test-connection").arg(profile, secrets)
              << Qt::endl;
    else
        m_out << tr("The profile is removed when the demo ends; keep it with --dir DIR.") << Qt::endl;
    if (m_options.serve) {
        m_out << tr("Serving until interrupted (Ctrl+C).") << Qt::endl;
        return; // done is never called: the process runs until a signal ends it
    }
    done(0);
}

} // namespace cxsync
