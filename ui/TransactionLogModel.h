#pragma once

#include "PagedTableModel.h"
#include "queue/TransactionLog.h"

namespace cxsync {

// The transaction log as a table, newest first, loaded page by page as the view scrolls (PagedTableModel).
class TransactionLogModel final
    : public KeysetTableModel<queue::TransactionLog, queue::LogFilter, queue::LogEntryPage> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionLogModel)
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        UserColumn,
        ItemColumn,
        ActionColumn,
        ResultColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    explicit TransactionLogModel(QObject *parent = nullptr);

    const queue::LogEntry *entryAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Result<queue::LogEntryPage> readPage(const queue::LogCursor &after, int limit) override;
};

} // namespace cxsync
