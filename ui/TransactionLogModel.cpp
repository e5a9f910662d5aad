#include "TransactionLogModel.h"

#include <QJsonDocument>

namespace cxsync {

using namespace queue;

TransactionLogModel::TransactionLogModel(QObject *parent) : QAbstractTableModel(parent) {}

bool TransactionLogModel::setSource(TransactionLog *log, const LogFilter &filter)
{
    beginResetModel();
    m_log = log;
    m_filter = filter;
    m_rows.clear();
    m_next = {};
    m_total = 0;
    m_error.clear();
    bool ok = true;
    if (m_log) {
        auto total = m_log->count(filter);
        auto page = m_log->query(filter, LogCursor{}, PageSize);
        if (total.ok() && page.ok()) {
            m_total = total.value();
            m_rows = page.value().rows;
            m_next = page.value().next;
        } else {
            m_error = !total.ok() ? total.error().message : page.error().message;
            ok = false;
        }
    }
    endResetModel();
    return ok;
}

const LogEntry *TransactionLogModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TransactionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransactionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TransactionLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_log && !m_next.isNull();
}

void TransactionLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_log->query(m_filter, m_next, PageSize);
    if (!page.ok() || page.value().rows.isEmpty()) {
        if (!page.ok())
            m_error = page.error().message;
        m_next = {};
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value().rows.size()) - 1);
    m_rows += page.value().rows;
    m_next = page.value().next;
    endInsertRows();
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
        return e->timeUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case DirectionColumn:
        if (e->direction.isEmpty())
            return QString();
        return directionFromName(e->direction) == Direction::CrmToExchange ? tr("CRM → Exchange")
                                                                           : tr("Exchange → CRM");
    case UserColumn:
        return e->user;
    case ItemColumn:
        return e->item;
    case ActionColumn:
        return e->action;
    case ResultColumn:
        return e->result;
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
