#pragma once
// Win32 glue for `cxsync service` (Windows only; no Qt here, so that it compiles with any Windows toolchain
// and can be syntax-checked with mingw-w64 on Linux). The Qt side (cli/ServiceCommand.cpp) decides what
// running means; this file speaks to the Service Control Manager.

#include <functional>
#include <string>

namespace cxsync::win {

inline constexpr const wchar_t *kServiceName = L"cxsync";
inline constexpr const wchar_t *kServiceDisplayName = L"CRM Exchange Sync";
// The virtual service account: its own SID (ACLs can name it), no password to manage, the computer's identity
// on the network (which cxsync does not use: it signs in to CRM and Exchange with its own credentials).
inline constexpr const wchar_t *kServiceAccount = L"NT SERVICE\\cxsync";

// What the Service Control Manager asks of the running service. Both are called on the dispatcher's thread,
// never on the caller's: `start` must hand the work to the caller's thread and return at once; `stop`
// (SERVICE_CONTROL_STOP or SERVICE_CONTROL_SHUTDOWN, once) likewise.
struct ServiceHooks {
    std::function<void()> start;
    std::function<void()> stop;
};

// Connects to the SCM and runs the service (StartServiceCtrlDispatcher): blocks until the service has
// reported SERVICE_STOPPED (reportStopped). Returns 0, or the Win32 error:
// ERROR_FAILED_SERVICE_CONTROLLER_CONNECT (1063) when the process was not started by the SCM (someone typed
// `cxsync service run`).
unsigned long runServiceDispatcher(ServiceHooks hooks);

// Status reports, from any thread, once runServiceDispatcher's service main has registered its handler:
// START_PENDING is reported by the service main itself (wait hint 30 s).
void reportRunning(); // RUNNING, accepting STOP and SHUTDOWN
void reportStopPending(
    unsigned waitHintMs); // STOP_PENDING; call again while stopping to advance the checkpoint
// STOPPED. A non-zero `exitCode` is reported as a service-specific error, which the recovery actions count as
// a failure (SERVICE_CONFIG_FAILURE_ACTIONS_FLAG).
void reportStopped(int exitCode);

// The system's message for a Win32 error code, e.g. "Access is denied." (UTF-8, no trailing line break).
std::string errorText(unsigned long error);

struct InstallOptions {
    std::wstring commandLine; // the full binary path with arguments: "\"C:\\...\\cxsync.exe\" service run"
    std::wstring description;
};

// OpenSCManager + CreateService (own process, automatic start, normal error control, kServiceAccount), then
// delayed automatic start, the description, and recovery: restart after 60 s twice, then nothing; the count
// resets after a day; a stop with a non-zero exit code counts as a failure. Returns 0 or the Win32 error
// (ERROR_ACCESS_DENIED without elevation, ERROR_SERVICE_EXISTS).
unsigned long installService(const InstallOptions &options);
// The same delayed start and recovery on an existing service (the MSI's ServiceInstall cannot set them; its
// custom action runs `cxsync service configure`). Returns 0 or the Win32 error.
unsigned long configureService();
// Stops the service if it runs (waits up to `stopTimeoutMs`) and deletes it. Returns 0 or the Win32 error
// (ERROR_SERVICE_DOES_NOT_EXIST, ERROR_ACCESS_DENIED).
unsigned long uninstallService(unsigned stopTimeoutMs);

// For the panel's Service tab. Each returns 0 or the Win32 error (ERROR_ACCESS_DENIED without the right to
// control the service, ERROR_SERVICE_DOES_NOT_EXIST when it is not installed, ERROR_SERVICE_ALREADY_RUNNING,
// ERROR_SERVICE_NOT_ACTIVE, ERROR_SERVICE_REQUEST_TIMEOUT when it did not reach the state in `timeoutMs`).
// startService and stopService wait until the service is running / stopped, or `timeoutMs` passed.
unsigned long startService(unsigned timeoutMs);
unsigned long stopService(unsigned timeoutMs);
// The service's current state (SERVICE_RUNNING, SERVICE_STOPPED, ...) in `state`.
unsigned long queryService(unsigned long *state);

// The path of this executable (GetModuleFileNameW).
std::wstring currentExecutable();

} // namespace cxsync::win
