#pragma once

#include "PagedTableModel.h"
#include "queue/FailedMessageQueue.h"

namespace cxsync {

// The failed-message queue as a table, newest failure first, loaded lazily by keyset pages (PagedTableModel).
// 100,000 rows scroll without loading them all, and rows hold the list columns only (no change snapshot: the
// details pane reads the one message it shows).
class FailedMessagesModel final
    : public KeysetTableModel<queue::FailedMessageQueue, queue::MessageFilter, queue::MessagePage> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedMessagesModel)
public:
    enum Column {
        IdColumn,
        StateColumn,
        LastFailureColumn,
        DirectionColumn,
        UserColumn,
        OperationColumn,
        KindColumn,
        AttemptsColumn,
        NextAttemptColumn,
        SubjectColumn,
        ErrorColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit FailedMessagesModel(QObject *parent = nullptr);

    const queue::FailedMessage *messageAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Result<queue::MessagePage> readPage(const queue::PageCursor &after, int limit) override;
};

} // namespace cxsync
