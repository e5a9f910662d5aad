#pragma once

#include "Result.h"
#include "queue/QueueTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace cxsync {

// A journal table shown page by page: the first page when the source is set, the next ones when the view
// scrolls near the end (canFetchMore / fetchMore), by keyset, so page n costs what page 1 costs and rows
// recorded while the admin scrolls neither shift nor repeat the rows still to come (they appear on top after
// a reload). This part holds what does not depend on the row type; KeysetTableModel holds the rows.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
public:
    static constexpr int PageSize = 200;

    // Rows that match the filter (counted when the source was set), not the rows loaded so far.
    qint64 totalCount() const { return m_total; }
    // Why the last load or page failed; empty after a success.
    QString lastError() const { return m_error; }

    // How the pages show times and directions.
    static QString localTime(const QDateTime &utc);
    static QString directionText(queue::Direction direction);

Q_SIGNALS:
    // A further page could not be read. The paging position stays where it was, so the next fetchMore()
    // (the next scroll) asks for the same page again and no row is skipped.
    void fetchFailed(const QString &message);

protected:
    explicit PagedTableModel(QObject *parent) : QAbstractTableModel(parent) {}

    void setTotal(qint64 total) { m_total = total; }
    void setError(const QString &message) { m_error = message; }

private:
    qint64 m_total = 0;
    QString m_error;
};

// The rows of a keyset-paged table over a journal source (FailedMessageQueue, TransactionLog) and its filter.
// `Source` counts the rows a `Filter` matches (count(filter)); `Page` is its page type, { QList<Row> rows;
// Cursor next; } where a null `next` (isNull()) marks the last page. A subclass reads a page (readPage) and
// names its columns (columnCount, data, headerData).
template <typename Source, typename Filter, typename Page> class KeysetTableModel : public PagedTableModel {
public:
    using Row = typename decltype(Page::rows)::value_type;
    using Cursor = decltype(Page::next);

    // Loads the first page of `source` (null: an empty table) under `filter`; false (and lastError()) when
    // the journal could not be read, and the table is empty.
    bool setSource(Source *source, const Filter &filter)
    {
        beginResetModel();
        m_source = source;
        m_filter = filter;
        m_rows.clear();
        m_next = {};
        setTotal(0);
        setError({});
        bool ok = true;
        if (m_source) {
            auto total = m_source->count(m_filter);
            auto page = readPage(Cursor{}, PageSize);
            if (total.ok() && page.ok()) {
                setTotal(total.value());
                m_rows = std::move(page.value().rows);
                m_next = page.value().next;
            } else {
                setError(!total.ok() ? total.error().message : page.error().message);
                ok = false;
            }
        }
        endResetModel();
        return ok;
    }
    const Filter &filter() const { return m_filter; }
    bool reload() { return setSource(m_source, Filter(m_filter)); }

    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_source && !m_next.isNull();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        auto page = readPage(m_next, PageSize);
        if (!page.ok()) {
            // The cursor stays: the next scroll asks again (a busy journal passes), and no page is skipped.
            setError(page.error().message);
            Q_EMIT fetchFailed(lastError());
            return;
        }
        setError({});
        Page &p = page.value();
        if (p.rows.isEmpty()) {
            m_next = {};
            return;
        }
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(p.rows.size()) - 1);
        m_rows += std::move(p.rows);
        m_next = p.next;
        endInsertRows();
    }

protected:
    using PagedTableModel::PagedTableModel;

    Source *source() const { return m_source; }
    // The rows after `after` (null: the first page) under filter(); only called while there is a source.
    virtual Result<Page> readPage(const Cursor &after, int limit) = 0;

private:
    Source *m_source = nullptr;
    Filter m_filter;
    QList<Row> m_rows;
    Cursor m_next;
};

} // namespace cxsync
