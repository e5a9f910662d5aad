#pragma once
// The Windows Application Event Log under our own source (RegisterEventSource / ReportEvent). No Qt here (see
// WinService.h). The installer registers the source: the key
// HKLM\SYSTEM\CurrentControlSet\Services\EventLog\Application\CRM Exchange Sync with EventMessageFile = the
// .NET Framework's EventLogMessages.dll, whose every event id's message is the inserted text itself ("%1"),
// so Event Viewer shows our text as it is.

#include <string>

namespace cxsync::win {

inline constexpr const wchar_t *kEventSource = L"CRM Exchange Sync";
// The event id used for every entry (EventLogMessages.dll: any id from 0 to 65535 is "%1").
inline constexpr unsigned kEventId = 1000;

enum class EventKind { Error, Warning, Information };

class EventLog {
public:
    EventLog(); // RegisterEventSourceW(kEventSource); without it (no right, no source) report() does nothing
    ~EventLog();
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    bool isOpen() const { return m_handle != nullptr; }
    // One entry; `utf8Text` is cut to the Event Log's limit of 31,839 characters per string.
    bool report(EventKind kind, const std::string &utf8Text);

private:
    void *m_handle = nullptr;
};

} // namespace cxsync::win
