#pragma once

#include "Command.h"

#include <memory>

namespace cxsync {

// `cxsync repair --dry-run | --yes [--user USER]` on the command line: a consistency check, then the repair
// of what it found (ConsistencyRun in CheckCommand.h does both).
std::unique_ptr<Command> makeRepairCommand();

} // namespace cxsync
