#pragma once

// Fixtures shared by the engine suites (settings, secrets, journal): a complete valid configuration,
// waiting for asynchronous secret-store answers, and small file helpers. Header-only.
#include "Result.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QString>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace cxsync {

// QCOMPARE prints error kinds by name.
inline char *toString(ErrorKind kind)
{
    return qstrdup(errorKindName(kind).toUtf8().constData());
}

} // namespace cxsync

// Opens the INI file at `path` as `var` (a std::unique_ptr<Settings>), failing the test if it cannot.
#define OPEN_SETTINGS(var, path)                                                                             \
    auto var##Opened = ::cxsync::Settings::open(path);                                                       \
    QVERIFY2(var##Opened.ok(), qPrintable(::cxsync::testsupport::messageOf(var##Opened)));                   \
    std::unique_ptr<::cxsync::Settings> var = std::move(var##Opened).value()

namespace cxsync::testsupport {

// Runs one asynchronous operation to its callback (tests only: the product never waits like this).
template <typename T, typename Start> Result<T> await(Start start, int timeoutMs = 30000)
{
    std::optional<Result<T>> result;
    start([&result](Result<T> value) { result.emplace(std::move(value)); });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    if (!result)
        return makeError(ErrorKind::Cancelled, QStringLiteral("the test timed out"));
    return std::move(*result);
}

inline QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// The error message of a failed Status or Result, empty when it succeeded: for QVERIFY2.
template <typename T> QString messageOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

// An asynchronous answer (a secret store's or ConfigSaver's callback). The state is shared so that an answer
// arriving after the test gave up is harmless. Wait with QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), ...).
template <typename T> class Reply {
public:
    std::function<void(T)> callback()
    {
        auto state = m_state;
        return [state](T value) {
            ++state->calls;
            state->value.emplace(std::move(value));
        };
    }
    bool arrived() const { return m_state->value.has_value(); }
    const T &get() const { return *m_state->value; }
    int calls() const { return m_state->calls; }

private:
    struct State {
        std::optional<T> value;
        int calls = 0;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

inline const QString kClientId = QStringLiteral("6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");

// A complete, valid configuration: CRM-server role, Exchange Online (Graph) with a client secret. Tests
// change one thing at a time from here.
inline SettingsValues validConfig()
{
    SettingsValues v;
    for (const SettingDef &def : SettingsSchema::all())
        v.insert(def.key, def.defaultValue);
    v[Keys::Role] = Choices::RoleCrm;
    v[Keys::CrmServer] = u("crm.example.com");
    v[Keys::CrmPath] = u("CRM");
    v[Keys::CrmUser] = u("admin");
    v[Keys::ExchangeKind] = Choices::KindGraph;
    v[Keys::ExchangeAccount] = u("crm-sync@contoso.com");
    v[Keys::TimeZone] = u("Europe/London");
    v[Keys::ErrorEmail] = u("crm-admin@contoso.com");
    v[Keys::GraphTenant] = u("contoso.onmicrosoft.com");
    v[Keys::GraphClientId] = kClientId;
    v[Keys::GraphCredentialKind] = Choices::CredentialSecret;
    return v;
}

// The whole file, or nothing if it cannot be read.
inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Replaces the file's contents with `data`.
inline bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// Replaces the file's contents with `data`, then gives it exactly `permissions`.
inline bool writeBytes(const QString &path, const QByteArray &data, QFile::Permissions permissions)
{
    return writeBytes(path, data) && QFile::setPermissions(path, permissions);
}

// Validation issues as one line ("field: message | ..."), for failure messages.
inline QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.field + QStringLiteral(": ") + issue.message);
    return lines.isEmpty() ? QStringLiteral("(no issues)") : lines.join(QStringLiteral(" | "));
}

// The fields the issues name, sorted, each once.
inline QStringList fieldsOf(const ValidationIssues &issues)
{
    QStringList fields;
    for (const ValidationIssue &issue : issues)
        fields.append(issue.field);
    fields.sort();
    fields.removeDuplicates();
    return fields;
}

} // namespace cxsync::testsupport
