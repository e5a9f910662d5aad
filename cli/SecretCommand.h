#pragma once

#include "Command.h"

namespace cxsync {

// `cxsync secret set NAME[@SERVER]` (the value on standard input) | `secret status` (where each secret would
// come from, never its value). Exit codes: 0 done, 1 the keychain failed, 2 usage.
std::unique_ptr<Command> makeSecretCommand();

} // namespace cxsync
