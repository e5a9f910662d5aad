#include "FailedMessagesModel.h"

#include "queue/FailedMessageQueue.h"

namespace cxsync {

using namespace queue;

FailedMessagesModel::FailedMessagesModel(QObject *parent) : KeysetTableModel(parent) {}

Result<MessagePage> FailedMessagesModel::readPage(const PageCursor &after, int limit)
{
    return source()->list(filter(), after, limit);
}

int FailedMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
        return localTime(m->lastFailureUtc);
    case DirectionColumn:
        return directionText(m->direction);
    case UserColumn:
        return !m->mailbox.isEmpty() ? m->mailbox : m->crmUserId;
    case OperationColumn:
        return m->operation;
    case KindColumn:
        return errorKindName(m->errorKind);
    case AttemptsColumn:
        return m->attempts;
    case NextAttemptColumn:
        return m->state == MessageState::Waiting ? localTime(m->nextAttemptUtc) : QString();
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
