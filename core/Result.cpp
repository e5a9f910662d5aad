#include "Result.h"

namespace cxsync {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return QStringLiteral("invalid");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    case ErrorKind::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorKind::Permission:
        return QStringLiteral("permission");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Throttled:
        return QStringLiteral("throttled");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace cxsync
