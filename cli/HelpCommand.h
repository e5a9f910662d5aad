#pragma once

#include "Command.h"

namespace cxsync {

// The options every command takes: --config PATH, --secrets-file PATH, --password-stdin.
QList<QCommandLineOption> globalCommandOptions();
// `cxsync help` / `cxsync --help`: every command with its synopsis, the global options, secrets and exit
// codes.
QString generalHelp(const Command &root);

// `cxsync help [COMMAND [SUBCOMMAND]]`: the list of commands, or one command's usage and options. A child of
// the root command (it reads the others through its parent).
std::unique_ptr<Command> makeHelpCommand();
// `cxsync version`: the product and Qt versions.
std::unique_ptr<Command> makeVersionCommand();

} // namespace cxsync
