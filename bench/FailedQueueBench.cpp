// bench_failed_queue (issue 8): the failed-message queue at 100,000 rows.
//
// Seeds a fresh journal with the same 100,000 rows the queue tests use (QueueTestSupport's seed: a long
// outage, four mailboxes, every tenth row a parked CRM → Exchange update), then times:
//  - FailedMessageQueue::count and the first keyset page under each of the panel's filters;
//  - keyset paging from the first page to the last (unfiltered and filtered), every page;
//  - offset paging at growing depths (what a caller that jumps pays);
//  - the panel's FailedMessagesModel in a QTableView (offscreen): the first page (count included) and every
//    fetchMore while the view is scrolled to its end, the way a user drags the scroll bar, paint included;
// and prints the process's resident memory before and after and its peak.
// Targets: every page within 50 ms (queue: count, first page and keyset page under every filter; model: the
// first page with its count and each fetchMore); resident memory grows by at most kRssBudgetPerRowBytes per
// row the model holds (the rows shown, without their change snapshots) plus kRssBudgetFixedMiB. The view's
// scroll step (fetch + paint) is printed, not judged: painting is not the page.
#include "BenchSupport.h"
#include "FailedMessagesModel.h"
#include "QueueTestSupport.h"
#include "queue/FailedMessageQueue.h"
#include "store/Journal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace cxsync;
using namespace cxsync::bench;
using namespace cxsync::queue;

namespace {

constexpr int kRows = 100000;
constexpr int kPage = 200;
constexpr double kPageBudgetMs = 50;
// A list row holds the list columns only (a dozen short strings, three timestamps): about half a KiB in
// QString/QDateTime form. 1.5 KiB per row leaves room for allocator slack and the view's own bookkeeping, and
// still fails when rows carry their change snapshots (a real snapshot is several KiB).
constexpr double kRssBudgetPerRowBytes = 1536;
constexpr double kRssBudgetFixedMiB = 32;

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

struct Filters {
    QString name;
    MessageFilter filter;
};

QList<Filters> filters()
{
    QList<Filters> out;
    out.append({u"none"_s, {}});
    MessageFilter direction;
    direction.direction = Direction::CrmToExchange;
    out.append({u"direction"_s, direction});
    MessageFilter user;
    user.user = u"DORA@contoso.com"_s;
    out.append({u"user"_s, user});
    MessageFilter kind;
    kind.errorKind = ErrorKind::Network;
    out.append({u"error_kind"_s, kind});
    MessageFilter state;
    state.states = {MessageState::Parked};
    out.append({u"state"_s, state});
    MessageFilter period;
    period.fromUtc = QDateTime(QDate(2026, 1, 4), QTime(9, 0), QTimeZone::utc());
    period.toUtc = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    out.append({u"period"_s, period});
    MessageFilter combined;
    combined.user = u"anna@contoso.com"_s;
    combined.states = {MessageState::Waiting};
    combined.errorKind = ErrorKind::Network;
    out.append({u"combined"_s, combined});
    return out;
}

void pageLine(const QString &what, const QList<double> &values, const QStringList &extra = {})
{
    const Summary s = Summary::of(values);
    line(u"failed_queue"_s,
         QStringList{u"op=%1"_s.arg(what), u"pages=%1"_s.arg(s.count), u"p50_ms=%1"_s.arg(ms(s.p50)),
                     u"p99_ms=%1"_s.arg(ms(s.p99)), u"max_ms=%1"_s.arg(ms(s.max))} +
             extra);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const long rssAtStart = currentRssKib();
    QTemporaryDir dir;
    auto opened = Journal::open(dir.filePath(u"journal.sqlite"_s));
    if (!opened.ok()) {
        note(u"cannot open a journal: %1"_s.arg(opened.error().message));
        return 2;
    }
    std::unique_ptr<Journal> journal = std::move(opened).value();
    QElapsedTimer t;
    t.start();
    if (const QString error = testsupport::seedFailedMessages(*journal, 0, kRows - 1); !error.isEmpty()) {
        note(u"seeding failed: %1"_s.arg(error));
        return 2;
    }
    line(u"failed_queue"_s, {u"op=seed"_s, u"rows=%1"_s.arg(kRows), u"ms=%1"_s.arg(ms(elapsedMs(t)))});
    SystemClock clock;
    FailedMessageQueue queue(*journal, clock, RetrySchedule{}, 1);
    bool passed = true;
    double worstQueuePage = 0;

    // ---- count and first page per filter (each five times: the first is a cold statement)
    QList<double> counts, firsts;
    for (const Filters &f : filters()) {
        QList<double> c, p;
        qint64 total = -1;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            const auto n = queue.count(f.filter);
            c.append(elapsedMs(t));
            total = n.ok() ? n.value() : -1;
            t.restart();
            const auto page = queue.list(f.filter, PageCursor{}, kPage);
            p.append(elapsedMs(t));
            if (!n.ok() || !page.ok()) {
                note(u"filter %1: %2"_s.arg(f.name, !n.ok() ? n.error().message : page.error().message));
                passed = false;
            }
        }
        pageLine(u"count filter=%1"_s.arg(f.name), c, {u"rows=%1"_s.arg(total)});
        pageLine(u"first_page filter=%1"_s.arg(f.name), p);
        counts += c;
        firsts += p;
    }
    worstQueuePage = qMax(Summary::of(counts).max, Summary::of(firsts).max);

    // ---- keyset paging to the end
    for (const Filters &f : filters()) {
        if (f.name != u"none"_s && f.name != u"user"_s && f.name != u"state"_s)
            continue;
        QList<double> pages;
        PageCursor cursor;
        qint64 rows = 0;
        do {
            t.restart();
            const auto page = queue.list(f.filter, cursor, kPage);
            pages.append(elapsedMs(t));
            if (!page.ok()) {
                note(page.error().message);
                passed = false;
                break;
            }
            rows += page.value().rows.size();
            cursor = page.value().next;
        } while (!cursor.isNull());
        pageLine(u"keyset_to_end filter=%1"_s.arg(f.name), pages, {u"rows=%1"_s.arg(rows)});
        worstQueuePage = qMax(worstQueuePage, Summary::of(pages).max);
    }

    // ---- offset paging at depth (informative: the panel scrolls by keyset)
    for (int offset : {0, 10000, 50000, 99800}) {
        QList<double> pages;
        for (int i = 0; i < 3; ++i) {
            t.restart();
            (void)queue.list(MessageFilter{}, offset, kPage);
            pages.append(elapsedMs(t));
        }
        pageLine(u"offset_page offset=%1"_s.arg(offset), pages);
    }

    // ---- the panel's model on its own: the first page (count included) and every fetchMore to the end
    QList<double> modelPages;
    {
        FailedMessagesModel bare;
        t.restart();
        if (!bare.setSource(&queue, MessageFilter{})) {
            note(bare.lastError());
            passed = false;
        }
        const double firstPage = elapsedMs(t);
        modelPages.append(firstPage);
        while (bare.canFetchMore({})) {
            t.restart();
            bare.fetchMore({});
            modelPages.append(elapsedMs(t));
        }
        line(u"failed_queue"_s,
             {u"op=model_first_page"_s, u"ms=%1"_s.arg(ms(firstPage)), u"total=%1"_s.arg(bare.totalCount())});
        pageLine(u"model_fetch"_s, modelPages, {u"rows=%1"_s.arg(bare.rowCount())});
    }

    // ---- the model in a view, scrolled to the end the way a user drags the scroll bar (paint included)
    const long rssBeforeModel = currentRssKib();
    QList<double> viewSteps;
    int modelRows = 0;
    long rssAfterScroll = 0;
    {
        FailedMessagesModel model;
        QTableView view;
        view.setModel(&model);
        view.resize(1200, 800);
        view.show();
        model.setSource(&queue, MessageFilter{});
        QCoreApplication::processEvents();
        int steps = 0;
        while (model.canFetchMore({}) && steps < 5000) {
            const int before = model.rowCount();
            t.restart();
            view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
            QCoreApplication::processEvents(); // the view fetches more and repaints
            const double step = elapsedMs(t);
            ++steps;
            if (model.rowCount() == before)
                model.fetchMore(
                    {}); // the view did not ask (its scroll bar already at the end): ask as it would
            else
                viewSteps.append(step);
        }
        modelRows = model.rowCount();
        rssAfterScroll = currentRssKib();
    }
    pageLine(u"view_scroll_step"_s, viewSteps, {u"rows=%1"_s.arg(modelRows), u"paint=included"_s});
    const double growthMiB = double(rssAfterScroll - rssBeforeModel) / 1024.0;
    const double budgetMiB = kRssBudgetFixedMiB + kRssBudgetPerRowBytes * modelRows / (1024.0 * 1024.0);
    line(u"failed_queue"_s,
         {u"op=memory"_s, u"rss_start_kib=%1"_s.arg(rssAtStart),
          u"rss_before_view_kib=%1"_s.arg(rssBeforeModel), u"rss_after_scroll_kib=%1"_s.arg(rssAfterScroll),
          u"growth_mib=%1"_s.arg(growthMiB, 0, 'f', 1),
          u"growth_per_row_bytes=%1"_s.arg(
              modelRows ? (rssAfterScroll - rssBeforeModel) * 1024.0 / modelRows : 0, 0, 'f', 0),
          u"budget_mib=%1"_s.arg(budgetMiB, 0, 'f', 1), u"peak_rss_kib=%1"_s.arg(peakRssKib())});

    passed = verdict(modelRows == kRows, u"the view scrolls through every row"_s,
                     u"rows=%1 of %2"_s.arg(modelRows).arg(kRows)) &&
             passed;
    passed = verdict(worstQueuePage <= kPageBudgetMs,
                     u"queue page (count, first page, keyset page; every filter) <= 50 ms"_s,
                     u"max_ms=%1"_s.arg(ms(worstQueuePage))) &&
             passed;
    passed = verdict(Summary::of(modelPages).max <= kPageBudgetMs,
                     u"model page (first page with its count, each fetchMore) <= 50 ms"_s,
                     u"max_ms=%1 p99_ms=%2"_s.arg(ms(Summary::of(modelPages).max),
                                                  ms(Summary::of(modelPages).p99))) &&
             passed;
    passed = verdict(growthMiB <= budgetMiB, u"resident memory growth within budget"_s,
                     u"growth_mib=%1 budget_mib=%2 (%3 MiB + %4 bytes x %5 rows)"_s.arg(growthMiB, 0, 'f', 1)
                         .arg(budgetMiB, 0, 'f', 1)
                         .arg(kRssBudgetFixedMiB)
                         .arg(kRssBudgetPerRowBytes)
                         .arg(modelRows)) &&
             passed;
    line(u"failed_queue"_s, {u"op=peak"_s, u"peak_rss_kib=%1"_s.arg(peakRssKib())});
    return passed ? 0 : 1;
}
