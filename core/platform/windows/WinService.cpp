#include "WinService.h"

#include <windows.h>

#include <atomic>
#include <mutex>
#include <utility>
#include <vector>

namespace cxsync::win {

namespace {

// The one service of this process (SERVICE_WIN32_OWN_PROCESS).
std::mutex g_mutex; // guards g_status and g_handle
SERVICE_STATUS_HANDLE g_handle = nullptr;
SERVICE_STATUS g_status{};
ServiceHooks g_hooks;
std::atomic<bool> g_stopDelivered{false};

void setStatus(DWORD state, DWORD waitHint, DWORD win32Exit = NO_ERROR, DWORD specificExit = 0)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_handle)
        return;
    g_status.dwServiceType = SERVICE_WIN32_OWN_PROCESS;
    const bool pending = state == SERVICE_START_PENDING || state == SERVICE_STOP_PENDING;
    // Advance the checkpoint while pending in the same state; reset it otherwise.
    g_status.dwCheckPoint =
        pending && g_status.dwCurrentState == state ? g_status.dwCheckPoint + 1 : (pending ? 1 : 0);
    g_status.dwCurrentState = state;
    g_status.dwWaitHint = pending ? waitHint : 0;
    g_status.dwControlsAccepted =
        state == SERVICE_RUNNING ? SERVICE_ACCEPT_STOP | SERVICE_ACCEPT_SHUTDOWN : 0;
    g_status.dwWin32ExitCode = win32Exit;
    g_status.dwServiceSpecificExitCode = specificExit;
    SetServiceStatus(g_handle, &g_status);
}

DWORD WINAPI controlHandler(DWORD control, DWORD, LPVOID, LPVOID)
{
    switch (control) {
    case SERVICE_CONTROL_STOP:
    case SERVICE_CONTROL_SHUTDOWN:
        setStatus(SERVICE_STOP_PENDING, 30000);
        if (!g_stopDelivered.exchange(true) && g_hooks.stop)
            g_hooks.stop();
        return NO_ERROR;
    case SERVICE_CONTROL_INTERROGATE:
        return NO_ERROR;
    default:
        return ERROR_CALL_NOT_IMPLEMENTED;
    }
}

void WINAPI serviceMain(DWORD, LPWSTR *)
{
    SERVICE_STATUS_HANDLE handle = RegisterServiceCtrlHandlerExW(kServiceName, controlHandler, nullptr);
    if (!handle)
        return; // the SCM gives up on the service after its start timeout
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        g_handle = handle;
        g_status = SERVICE_STATUS{};
    }
    setStatus(SERVICE_START_PENDING, 30000);
    // The service main may return while the service runs: the process stays a service until it reports
    // SERVICE_STOPPED, after which StartServiceCtrlDispatcher returns.
    if (g_hooks.start)
        g_hooks.start();
}

class ScHandle {
public:
    explicit ScHandle(SC_HANDLE handle) : m_handle(handle) {}
    ~ScHandle()
    {
        if (m_handle)
            CloseServiceHandle(m_handle);
    }
    ScHandle(const ScHandle &) = delete;
    ScHandle &operator=(const ScHandle &) = delete;
    SC_HANDLE get() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }

private:
    SC_HANDLE m_handle;
};

// Delayed automatic start, recovery (restart after 60 s twice, reset after a day, non-crash failures count)
// and, unless empty, the description.
DWORD applyConfig(SC_HANDLE service, const std::wstring &descriptionText)
{
    std::wstring description = descriptionText;
    SERVICE_DESCRIPTIONW describe{description.data()};
    SERVICE_DELAYED_AUTO_START_INFO delayed{TRUE};
    SC_ACTION actions[] = {{SC_ACTION_RESTART, 60000}, {SC_ACTION_RESTART, 60000}, {SC_ACTION_NONE, 0}};
    SERVICE_FAILURE_ACTIONSW failure{};
    failure.dwResetPeriod = 24 * 60 * 60;
    failure.cActions = DWORD(sizeof actions / sizeof actions[0]);
    failure.lpsaActions = actions;
    SERVICE_FAILURE_ACTIONS_FLAG onNonCrash{TRUE};
    if ((!description.empty() && !ChangeServiceConfig2W(service, SERVICE_CONFIG_DESCRIPTION, &describe)) ||
        !ChangeServiceConfig2W(service, SERVICE_CONFIG_DELAYED_AUTO_START_INFO, &delayed) ||
        !ChangeServiceConfig2W(service, SERVICE_CONFIG_FAILURE_ACTIONS, &failure) ||
        !ChangeServiceConfig2W(service, SERVICE_CONFIG_FAILURE_ACTIONS_FLAG, &onNonCrash))
        return GetLastError();
    return 0;
}

} // namespace

unsigned long configureService()
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return GetLastError();
    // SERVICE_START: SC_ACTION_RESTART in the failure actions needs it.
    ScHandle service(OpenServiceW(manager.get(), kServiceName, SERVICE_CHANGE_CONFIG | SERVICE_START));
    if (!service)
        return GetLastError();
    return applyConfig(service.get(), std::wstring());
}

unsigned long runServiceDispatcher(ServiceHooks hooks)
{
    g_hooks = std::move(hooks);
    g_stopDelivered.store(false);
    std::wstring name(kServiceName);
    SERVICE_TABLE_ENTRYW table[] = {{name.data(), serviceMain}, {nullptr, nullptr}};
    if (!StartServiceCtrlDispatcherW(table))
        return GetLastError();
    return 0;
}

void reportRunning()
{
    setStatus(SERVICE_RUNNING, 0);
}

void reportStopPending(unsigned waitHintMs)
{
    setStatus(SERVICE_STOP_PENDING, waitHintMs);
}

void reportStopped(int exitCode)
{
    if (exitCode == 0)
        setStatus(SERVICE_STOPPED, 0);
    else
        setStatus(SERVICE_STOPPED, 0, ERROR_SERVICE_SPECIFIC_ERROR, DWORD(exitCode));
}

std::string errorText(unsigned long error)
{
    wchar_t *buffer = nullptr;
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                            FORMAT_MESSAGE_IGNORE_INSERTS,
                                        nullptr, error, 0, reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
    std::wstring text = length ? std::wstring(buffer, length) : std::wstring();
    if (buffer)
        LocalFree(buffer);
    while (!text.empty() && (text.back() == L'\n' || text.back() == L'\r' || text.back() == L' '))
        text.pop_back();
    if (text.empty())
        return "Windows error " + std::to_string(error);
    const int bytes =
        WideCharToMultiByte(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0, nullptr, nullptr);
    std::string out(size_t(bytes), '\0');
    WideCharToMultiByte(CP_UTF8, 0, text.data(), int(text.size()), out.data(), bytes, nullptr, nullptr);
    return out;
}

unsigned long installService(const InstallOptions &options)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT | SC_MANAGER_CREATE_SERVICE));
    if (!manager)
        return GetLastError();
    ScHandle service(CreateServiceW(manager.get(), kServiceName, kServiceDisplayName,
                                    SERVICE_CHANGE_CONFIG | SERVICE_QUERY_STATUS | SERVICE_START,
                                    SERVICE_WIN32_OWN_PROCESS, SERVICE_AUTO_START, SERVICE_ERROR_NORMAL,
                                    options.commandLine.c_str(), nullptr, nullptr, nullptr, kServiceAccount,
                                    nullptr));
    if (!service)
        return GetLastError();

    if (const DWORD error = applyConfig(service.get(), options.description); error != 0) {
        // Half a service is worse than none: the admin runs install again after fixing the cause.
        ScHandle again(OpenServiceW(manager.get(), kServiceName, DELETE));
        if (again)
            DeleteService(again.get());
        return error;
    }
    return 0;
}

unsigned long uninstallService(unsigned stopTimeoutMs)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return GetLastError();
    ScHandle service(OpenServiceW(manager.get(), kServiceName, SERVICE_STOP | SERVICE_QUERY_STATUS | DELETE));
    if (!service)
        return GetLastError();
    SERVICE_STATUS status{};
    if (ControlService(service.get(), SERVICE_CONTROL_STOP, &status)) {
        for (unsigned waited = 0; waited < stopTimeoutMs; waited += 250) {
            if (!QueryServiceStatus(service.get(), &status) || status.dwCurrentState == SERVICE_STOPPED)
                break;
            Sleep(250);
        }
    }
    // Deleting a running service marks it for deletion when it stops; that is what the admin asked for.
    if (!DeleteService(service.get()))
        return GetLastError();
    return 0;
}

namespace {

// Polls the service until it reports `wanted` or `timeoutMs` passed (the SCM has no wait call before Vista's
// notifications, and these waits are short).
unsigned long waitForState(SC_HANDLE service, DWORD wanted, unsigned timeoutMs)
{
    SERVICE_STATUS status{};
    for (unsigned waited = 0;; waited += 250) {
        if (!QueryServiceStatus(service, &status))
            return GetLastError();
        if (status.dwCurrentState == wanted)
            return 0;
        if (wanted == SERVICE_RUNNING && status.dwCurrentState == SERVICE_STOPPED && waited > 0)
            return status.dwWin32ExitCode == ERROR_SERVICE_SPECIFIC_ERROR ? ERROR_SERVICE_SPECIFIC_ERROR
                                                                           : status.dwWin32ExitCode;
        if (waited >= timeoutMs)
            return ERROR_SERVICE_REQUEST_TIMEOUT;
        Sleep(250);
    }
}

} // namespace

unsigned long startService(unsigned timeoutMs)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return GetLastError();
    ScHandle service(OpenServiceW(manager.get(), kServiceName, SERVICE_START | SERVICE_QUERY_STATUS));
    if (!service)
        return GetLastError();
    if (!StartServiceW(service.get(), 0, nullptr))
        return GetLastError();
    return waitForState(service.get(), SERVICE_RUNNING, timeoutMs);
}

unsigned long stopService(unsigned timeoutMs)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return GetLastError();
    ScHandle service(OpenServiceW(manager.get(), kServiceName, SERVICE_STOP | SERVICE_QUERY_STATUS));
    if (!service)
        return GetLastError();
    SERVICE_STATUS status{};
    if (!ControlService(service.get(), SERVICE_CONTROL_STOP, &status))
        return GetLastError();
    return waitForState(service.get(), SERVICE_STOPPED, timeoutMs);
}

unsigned long queryService(unsigned long *state)
{
    ScHandle manager(OpenSCManagerW(nullptr, nullptr, SC_MANAGER_CONNECT));
    if (!manager)
        return GetLastError();
    ScHandle service(OpenServiceW(manager.get(), kServiceName, SERVICE_QUERY_STATUS));
    if (!service)
        return GetLastError();
    SERVICE_STATUS status{};
    if (!QueryServiceStatus(service.get(), &status))
        return GetLastError();
    *state = status.dwCurrentState;
    return 0;
}

std::wstring currentExecutable()
{
    std::vector<wchar_t> buffer(MAX_PATH);
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
        if (length == 0)
            return {};
        if (length < buffer.size())
            return std::wstring(buffer.data(), length);
        buffer.resize(buffer.size() * 2);
    }
}

} // namespace cxsync::win
