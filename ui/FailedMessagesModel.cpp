#include "FailedMessagesModel.h"

#include "queue/FailedMessageQueue.h"

namespace cxsync {

using namespace queue;

namespace {

QString shown(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

FailedMessagesModel::FailedMessagesModel(QObject *parent) : QAbstractTableModel(parent) {}

bool FailedMessagesModel::setSource(FailedMessageQueue *queue, const MessageFilter &filter)
{
    beginResetModel();
    m_queue = queue;
    m_filter = filter;
    m_rows.clear();
    m_next = {};
    m_total = 0;
    m_error.clear();
    bool ok = true;
    if (m_queue) {
        auto total = m_queue->count(filter);
        auto page = m_queue->list(filter, PageCursor{}, PageSize);
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

const FailedMessage *FailedMessagesModel::messageAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FailedMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FailedMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FailedMessagesModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_queue && !m_next.isNull();
}

void FailedMessagesModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_queue->list(m_filter, m_next, PageSize);
    if (!page.ok()) {
        // The cursor stays: the next scroll asks again (a busy journal passes), and no page is skipped.
        m_error = page.error().message;
        Q_EMIT fetchFailed(m_error);
        return;
    }
    m_error.clear();
    if (page.value().rows.isEmpty()) {
        m_next = {};
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.value().rows.size()) - 1);
    m_rows += page.value().rows;
    m_next = page.value().next;
    endInsertRows();
}

QVariant FailedMessagesModel::data(const QModelIndex &index, int role) const
{
    const FailedMessage *m = messageAt(index.row());
    if (!m)
        return {};
    if (role == IdRole)
        return m->id;
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn)
        return m->errorMessage;
    if (role == Qt::TextAlignmentRole && (index.column() == IdColumn || index.column() == AttemptsColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return m->id;
    case StateColumn:
        return stateName(m->state);
    case LastFailureColumn:
        return shown(m->lastFailureUtc);
    case DirectionColumn:
        return m->direction == Direction::CrmToExchange ? tr("CRM → Exchange") : tr("Exchange → CRM");
    case UserColumn:
        return !m->mailbox.isEmpty() ? m->mailbox : m->crmUserId;
    case OperationColumn:
        return m->operation;
    case KindColumn:
        return m->errorKind;
    case AttemptsColumn:
        return m->attempts;
    case NextAttemptColumn:
        return m->state == MessageState::Waiting ? shown(m->nextAttemptUtc) : QString();
    case SubjectColumn:
        return m->subject;
    case ErrorColumn:
        return m->errorMessage.simplified();
    default:
        return {};
    }
}

QVariant FailedMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case StateColumn:
        return tr("State");
    case LastFailureColumn:
        return tr("Last Failure");
    case DirectionColumn:
        return tr("Direction");
    case UserColumn:
        return tr("User");
    case OperationColumn:
        return tr("Operation");
    case KindColumn:
        return tr("Error Kind");
    case AttemptsColumn:
        return tr("Attempts");
    case NextAttemptColumn:
        return tr("Next Attempt");
    case SubjectColumn:
        return tr("Subject");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace cxsync
