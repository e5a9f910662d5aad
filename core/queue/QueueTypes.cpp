#include "QueueTypes.h"

namespace cxsync::queue {

QString directionName(Direction direction)
{
    return direction == Direction::CrmToExchange ? QStringLiteral("crm_to_exchange")
                                                 : QStringLiteral("exchange_to_crm");
}

std::optional<Direction> directionFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("crm_to_exchange") || n == QLatin1String("crm-to-exchange"))
        return Direction::CrmToExchange;
    if (n == QLatin1String("exchange_to_crm") || n == QLatin1String("exchange-to-crm"))
        return Direction::ExchangeToCrm;
    return std::nullopt;
}

QString stateName(MessageState state)
{
    switch (state) {
    case MessageState::Waiting:
        return QStringLiteral("waiting");
    case MessageState::Retrying:
        return QStringLiteral("retrying");
    case MessageState::Parked:
        return QStringLiteral("parked");
    case MessageState::Resolved:
        return QStringLiteral("resolved");
    case MessageState::Discarded:
        return QStringLiteral("discarded");
    }
    return QStringLiteral("waiting");
}

std::optional<MessageState> stateFromName(const QString &name)
{
    for (MessageState s : {MessageState::Waiting, MessageState::Retrying, MessageState::Parked,
                           MessageState::Resolved, MessageState::Discarded}) {
        if (stateName(s) == name.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

bool isOpen(MessageState state)
{
    return state == MessageState::Waiting || state == MessageState::Retrying || state == MessageState::Parked;
}

std::optional<ErrorKind> errorKindFromName(const QString &name)
{
    const auto kind = enumFromName<ErrorKind>(name.trimmed().toLower());
    return kind.ok() ? std::optional<ErrorKind>(kind.value()) : std::nullopt;
}

} // namespace cxsync::queue
