#include "WinEventLog.h"

#include <windows.h>

namespace cxsync::win {

EventLog::EventLog() : m_handle(RegisterEventSourceW(nullptr, kEventSource)) {}

EventLog::~EventLog()
{
    if (m_handle)
        DeregisterEventSource(static_cast<HANDLE>(m_handle));
}

bool EventLog::report(EventKind kind, const std::string &utf8Text)
{
    if (!m_handle)
        return false;
    const int length = MultiByteToWideChar(CP_UTF8, 0, utf8Text.data(), int(utf8Text.size()), nullptr, 0);
    std::wstring text(size_t(length), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8Text.data(), int(utf8Text.size()), text.data(), length);
    constexpr size_t kLimit = 31839; // ReportEvent's limit for one insertion string
    if (text.size() > kLimit)
        text.resize(kLimit);
    WORD type = EVENTLOG_INFORMATION_TYPE;
    switch (kind) {
    case EventKind::Error:
        type = EVENTLOG_ERROR_TYPE;
        break;
    case EventKind::Warning:
        type = EVENTLOG_WARNING_TYPE;
        break;
    case EventKind::Information:
        break;
    }
    LPCWSTR strings[] = {text.c_str()};
    return ReportEventW(static_cast<HANDLE>(m_handle), type, 0, kEventId, nullptr, 1, 0, strings, nullptr) !=
           FALSE;
}

} // namespace cxsync::win
