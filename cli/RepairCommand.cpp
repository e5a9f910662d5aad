#include "RepairCommand.h"

#include "CheckCommand.h"
#include "CliContext.h"

namespace cxsync {

namespace {

class RepairCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::RepairCommand)
public:
    RepairCommandLine()
        : Command(QStringLiteral("repair"), QStringLiteral("repair --dry-run | --yes [--user USER]"),
                  tr("check consistency, then repair what was found by the sync's own rules:\n"
                     "relink twins, drop dead links, re-push drift with the conflict policy, delete\n"
                     "our own duplicates (within the mass-delete safety share); never invites anyone"))
    {
        addOption(Command::dryRunOption());
        addOption(Command::yesOption(tr("Repair (without it nothing is written).")));
        addOption(Command::userOption(tr("Only this user (CRM logon or mailbox).")));
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        const bool dryRun = call.isSet(QStringLiteral("dry-run"));
        if (dryRun == call.isSet(QStringLiteral("yes")) || !call.args.isEmpty()) {
            call.done(cx.fail(ExitUsage, tr("usage: cxsync repair --dry-run | --yes [--user USER]")));
            return;
        }
        if (!cx.openProfile(call.done))
            return;
        ConsistencyRun::Options options;
        options.repair = true;
        options.dryRun = dryRun;
        options.user = call.value(QStringLiteral("user"));
        cx.keep(std::make_unique<ConsistencyRun>(cx.profile(), cx.out(), cx.err(), options))
            ->run(call.done);
    }
};

} // namespace

std::unique_ptr<Command> makeRepairCommand()
{
    return std::make_unique<RepairCommandLine>();
}

} // namespace cxsync
