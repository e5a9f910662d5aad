#include "TransactionLogModel.h"

#include <QJsonDocument>

namespace cxsync {

using namespace queue;

TransactionLogModel::TransactionLogModel(QObject *parent) : KeysetTableModel(parent) {}

Result<LogEntryPage> TransactionLogModel::readPage(const LogCursor &after, int limit)
{
    return source()->query(filter(), after, limit);
}

int TransactionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransactionLogModel::data(const QModelIndex &index, int role) const
{
    const LogEntry *e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole) {
        QString tip = e->message;
        if (!e->conflict.isEmpty())
            tip += QLatin1Char('\n') +
                   tr("Conflict: %1").arg(QString::fromUtf8(QJsonDocument(e->conflict).toJson()));
        if (!e->detail.isEmpty())
            tip += QLatin1Char('\n') + e->detail;
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() == DurationColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTime(e->timeUtc);
    case DirectionColumn:
        if (const auto direction = directionFromName(e->direction))
            return directionText(*direction);
        return QString();
    case UserColumn:
        return e->user;
    case ItemColumn:
        return e->item;
    case ActionColumn:
        return e->action;
    case ResultColumn:
        return enumName(e->result);
    case DurationColumn:
        return e->durationMs >= 0 ? tr("%1 ms").arg(e->durationMs) : QString();
    case MessageColumn:
        return e->message.simplified();
    default:
        return {};
    }
}

QVariant TransactionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case UserColumn:
        return tr("User");
    case ItemColumn:
        return tr("Item");
    case ActionColumn:
        return tr("Action");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace cxsync
