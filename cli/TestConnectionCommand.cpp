#include "TestConnectionCommand.h"

#include "CliContext.h"
#include "profile/Profile.h"

#include <QJsonDocument>
#include <QTextStream>

namespace cxsync {

TestConnectionCommand::TestConnectionCommand(Profile &profile, ConnectionTestOptions options, bool json,
                                             QTextStream &out, QObject *parent)
    : QObject(parent),
      m_test(std::make_unique<ConnectionTest>(profile.settings(), profile.secrets(), &profile.clock(),
                                              std::move(options))),
      m_json(json), m_out(out)
{
}

TestConnectionCommand::~TestConnectionCommand() = default;

void TestConnectionCommand::run(std::function<void(int)> done)
{
    connect(m_test.get(), &ConnectionTest::stepFinished, this, &TestConnectionCommand::print);
    connect(m_test.get(), &ConnectionTest::finished, this, [this, done](bool passed) {
        int failed = 0, skipped = 0;
        bool settingsBroken = false;
        for (const StepResult &r : m_test->results()) {
            failed += r.outcome == StepOutcome::Failed ? 1 : 0;
            skipped += r.outcome == StepOutcome::Skipped ? 1 : 0;
            settingsBroken = settingsBroken || (r.id == QLatin1String("settings") && r.outcome == StepOutcome::Failed);
        }
        if (!m_json) {
            const int total = int(m_test->results().size());
            m_out << (passed ? tr("Test Connection passed: %1 of %2 steps passed, %3 skipped.")
                                   .arg(total - failed - skipped)
                                   .arg(total)
                                   .arg(skipped)
                             : tr("Test Connection failed: %1 of %2 steps failed.").arg(failed).arg(total))
                  << Qt::endl;
        }
        m_out.flush();
        done(passed ? 0 : settingsBroken ? 2 : 1);
    });
    m_test->start();
}

void TestConnectionCommand::print(const StepResult &result)
{
    if (m_json) {
        m_out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    QString mark;
    switch (result.outcome) {
    case StepOutcome::Passed:
        mark = tr("pass");
        break;
    case StepOutcome::Failed:
        mark = tr("FAIL");
        break;
    case StepOutcome::Skipped:
        mark = tr("skip");
        break;
    case StepOutcome::Warning:
        mark = tr("warn");
        break;
    }
    m_out << QStringLiteral("[%1] %2").arg(mark, result.title);
    if (result.outcome != StepOutcome::Skipped)
        m_out << QStringLiteral(" (%1 ms)").arg(result.durationMs);
    m_out << '\n';
    const QString indent = QStringLiteral("       ");
    for (const QString &line : result.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_out << indent << line << '\n';
    if (!result.hint.isEmpty() &&
        (result.outcome == StepOutcome::Failed || result.outcome == StepOutcome::Warning)) {
        m_out << indent << tr("Cause: %1").arg(result.hint.cause) << '\n';
        m_out << indent << tr("Fix: %1").arg(result.hint.fix) << '\n';
    }
    m_out.flush();
}

namespace {

class TestConnectionCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::TestConnectionCommand)
public:
    TestConnectionCommandLine()
        : Command(QStringLiteral("test-connection"),
                  QStringLiteral("test-connection [--json] [--mailbox ADDRESS] [--write-probe]"),
                  tr("check each step from settings to listener and say what to fix;\n"
                     "--write-probe also creates and deletes a test event in the mailbox"))
    {
        addOption(Command::jsonOption());
        addOption(QCommandLineOption(QStringLiteral("mailbox"),
                                     tr("The mailbox to test with (default: the first linked one)."),
                                     QStringLiteral("ADDRESS")));
        addOption(QCommandLineOption(QStringLiteral("write-probe"),
                                     tr("Also create and delete a test event in that mailbox.")));
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        if (!call.args.isEmpty()) {
            call.done(cx.fail(
                ExitUsage, tr("usage: cxsync test-connection [--json] [--mailbox ADDRESS] [--write-probe]")));
            return;
        }
        if (!cx.openProfile(call.done))
            return;
        ConnectionTestOptions options;
        options.mailbox = call.value(QStringLiteral("mailbox"));
        options.writeProbe = call.isSet(QStringLiteral("write-probe"));
        cx.keep(std::make_unique<TestConnectionCommand>(cx.profile(), options, call.isSet(QStringLiteral("json")),
                                                        cx.out()))
            ->run(call.done);
    }
};

} // namespace

std::unique_ptr<Command> makeTestConnectionCommand()
{
    return std::make_unique<TestConnectionCommandLine>();
}

} // namespace cxsync
