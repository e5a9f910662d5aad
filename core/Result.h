#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cxsync {

// What went wrong, as far as retry logic and the admin care. Kinds drive decisions; messages reach people.
enum class ErrorKind {
    Invalid,     // bad input: settings, arguments, a malformed response
    Storage,     // the journal or a file could not be read or written
    Unavailable, // a service (keychain, server) is not there
    Permission,  // the service refused us
    NotFound,
    Auth,
    Network,
    Throttled,
    Conflict,
    Cancelled,
};

QString errorKindName(ErrorKind kind);

struct Error {
    ErrorKind kind = ErrorKind::Invalid;
    QString message; // one line, for the admin
    QString field;   // the setting, secret or argument concerned, if any
    // Filled by the HTTP layer (core/net) when a server answered: the status and the server's own error code
    // (Graph `error.code`, Sage CRM `$diagnoses[0].$sdataCode`), so callers can branch on codes, not
    // messages.
    int httpStatus = 0;
    QString serverCode;
};

// A value or an Error. No exceptions cross the event loop.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: `for (auto &x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorKind kind, QString message, QString field = {})
{
    return Error{kind, std::move(message), std::move(field), 0, QString()};
}

} // namespace cxsync
