#pragma once

#include "queue/TransactionLog.h"

#include <QAbstractTableModel>

namespace cxsync {

// The transaction log as a table, newest first, loaded page by page as the view scrolls (keyset pages).
class TransactionLogModel final : public QAbstractTableModel {
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
    static constexpr int PageSize = 200;

    explicit TransactionLogModel(QObject *parent = nullptr);

    // Loads the first page of `log` (null: an empty table) under `filter`; false (and lastError()) on a
    // journal error.
    bool setSource(queue::TransactionLog *log, const queue::LogFilter &filter);
    const queue::LogFilter &filter() const { return m_filter; }
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    const queue::LogEntry *entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    queue::TransactionLog *m_log = nullptr;
    queue::LogFilter m_filter;
    QList<queue::LogEntry> m_rows;
    queue::LogCursor m_next;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace cxsync
