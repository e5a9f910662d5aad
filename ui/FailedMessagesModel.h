#pragma once

#include "queue/QueueTypes.h"

#include <QAbstractTableModel>

namespace cxsync::queue {
class FailedMessageQueue;
}

namespace cxsync {

// The failed-message queue as a table, loaded lazily: the first page on setSource(), the next ones when the
// view scrolls near the end (canFetchMore / fetchMore), by keyset so page n costs what page 1 costs. 100,000
// rows scroll without loading them all, and rows hold the list columns only (no change snapshot: the details
// pane reads the one message it shows). Keyset pages continue after the last row shown, so failures recorded
// while the admin scrolls neither shift nor repeat the rows still to come; they appear on top after a reload.
class FailedMessagesModel final : public QAbstractTableModel {
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
    static constexpr int PageSize = 200;

    explicit FailedMessagesModel(QObject *parent = nullptr);

    // Loads the first page of `queue` (null: an empty table) under `filter`; false (and lastError()) when the
    // journal could not be read.
    bool setSource(queue::FailedMessageQueue *queue, const queue::MessageFilter &filter);
    const queue::MessageFilter &filter() const { return m_filter; }
    bool reload() { return setSource(m_queue, m_filter); }
    qint64 totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    const queue::FailedMessage *messageAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page could not be read; the next fetchMore() tries the same page again.
    void fetchFailed(const QString &message);

private:
    queue::FailedMessageQueue *m_queue = nullptr;
    queue::MessageFilter m_filter;
    QList<queue::FailedMessage> m_rows;
    queue::PageCursor m_next;
    qint64 m_total = 0;
    QString m_error;
};

} // namespace cxsync
