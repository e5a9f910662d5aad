#pragma once

#include "Command.h"

namespace cxsync {

// `cxsync config show [--json] | set KEY VALUE | validate | import FILE | export FILE | remove-server NAME`:
// the profile's settings (never its secrets). Exit codes: 0 done, 1 a file or the keychain failed, 2 usage or
// an invalid value or configuration.
std::unique_ptr<Command> makeConfigCommand();

} // namespace cxsync
