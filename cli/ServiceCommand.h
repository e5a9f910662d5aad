#pragma once

#include "Command.h"

#include <memory>

namespace cxsync {

// `cxsync service run|install|configure|uninstall`: cxsync serve as a Windows service (Service Control
// Manager). Windows only; elsewhere every form is a usage error that names Windows and points at
// cxsync.service.
//  - run: what the SCM starts (StartServiceCtrlDispatcher); the serve loop of `cxsync serve`, stopped by
//    SERVICE_CONTROL_STOP / SHUTDOWN the way SIGTERM stops it; output and Qt messages go to
//    <data folder>/logs/cxsync.log (rotating), errors and warnings also to the Application Event Log.
//  - install [--config FILE] [--secrets-file FILE]: creates the service "cxsync" (NT SERVICE\cxsync, delayed
//    automatic start, restart on failure) running this executable with those options, and the Event Log
//    source.
//  - configure: delayed automatic start and the recovery actions on the installed service (the MSI runs it:
//    its ServiceInstall cannot set them).
//  - uninstall: stops and deletes it, and removes the Event Log source.
std::unique_ptr<Command> makeServiceCommand();

} // namespace cxsync
