#include "DashboardPage.h"

#include "config/Settings.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace cxsync {

using namespace health;

namespace {

QColor colorOf(Level level)
{
    switch (level) {
    case Level::Green:
        return QColor(0x1b, 0x5e, 0x20);
    case Level::Amber:
        return QColor(0x9a, 0x67, 0x00);
    case Level::Red:
        return QColor(0xb0, 0x00, 0x20);
    }
    return {};
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : DashboardPage::tr("never");
}

QString seconds(qint64 ms)
{
    return ms < 0 ? DashboardPage::tr("—") : DashboardPage::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QStandardItem *cell(const QString &text, const QVariant &sortKey = QVariant())
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), DashboardPage::SortRole);
    return item;
}

QChartView *chartView(const QString &objectName, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis from 0 whose labels are distinct: whole numbers up to a small maximum, else Qt's nice numbers.
QValueAxis *valueAxis(double max, bool fractions)
{
    auto *axis = new QValueAxis;
    if (fractions && max < 10) {
        axis->setRange(0, max > 0 ? max * 1.1 : 1);
        axis->setLabelFormat(QStringLiteral("%.1f"));
        return axis;
    }
    const int top = std::max(1, int(std::ceil(max * 1.1))); // room above the highest point
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setRange(0, top);
    if (top <= 5)
        axis->setTickCount(top + 1);
    else
        axis->applyNiceNumbers();
    return axis;
}

// The period's hours on x (whole hours from the report's start: a tick every 4 hours, or every day) and a
// value axis from 0, attached to `series`.
void timeAxes(QChart *chart, const HealthReport &report, const QList<QAbstractSeries *> &series, double max,
              const QString &unit, bool fractions)
{
    const bool week = report.period == Period::Week;
    auto *x = new QDateTimeAxis;
    x->setFormat(week ? QStringLiteral("ddd dd.MM") : QStringLiteral("HH:mm"));
    x->setTickCount(week ? 8 : 7);
    x->setRange(report.fromUtc.toLocalTime(), report.fromUtc.addSecs(week ? 7 * 86400 : 86400).toLocalTime());
    QValueAxis *y = valueAxis(max, fractions);
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

} // namespace

DashboardPage::DashboardPage(Profile &profile, QWidget *parent) : QWidget(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_level = new QLabel(tr("Reading the journal…"));
    m_level->setObjectName(QStringLiteral("dashboardLevel"));
    QFont big = m_level->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_level->setFont(big);
    m_level->setMinimumWidth(120);
    m_level->setAlignment(Qt::AlignCenter);
    top->addWidget(m_level);
    m_reasons = new QLabel;
    m_reasons->setObjectName(QStringLiteral("dashboardReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_reasons, 1);
    auto *controls = new QVBoxLayout;
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    m_period->addItem(tr("Last 24 hours"), periodName(Period::Day));
    m_period->addItem(tr("Last 7 days"), periodName(Period::Week));
    controls->addWidget(m_period);
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    controls->addWidget(m_refresh);
    controls->addStretch(1);
    top->addLayout(controls);
    layout->addLayout(top);

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("dashboardTotals"));
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);

    auto *charts = new QGridLayout;
    m_writes = chartView(QStringLiteral("dashboardWritesChart"), tr("Writes per hour"));
    m_failures = chartView(QStringLiteral("dashboardFailuresChart"), tr("Failures by error kind"));
    m_latency = chartView(QStringLiteral("dashboardLatencyChart"), tr("Propagation latency per hour"));
    charts->addWidget(m_writes, 0, 0);
    charts->addWidget(m_latency, 0, 1);
    charts->addWidget(m_failures, 0, 2);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 3);
    charts->setColumnStretch(2, 2);
    layout->addLayout(charts, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Mailboxes:")));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("dashboardFilter"));
    m_filter->setPlaceholderText(tr("Filter: any text in a row (mailbox, user, server, red, failed…)"));
    m_filter->setClearButtonEnabled(true);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Health"), tr("Mailbox"), tr("CRM User"), tr("Server"), tr("Link"),
                                        tr("Last Sync"), tr("Subscription"), tr("Failed"), tr("Canary"),
                                        tr("Last Error / Reasons")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LevelColumn, Qt::DescendingOrder); // the worst first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 2);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &DashboardPage::refresh);
}

DashboardPage::~DashboardPage()
{
    m_timer.stop();
    if (m_worker)
        m_worker->wait(); // it owns a journal connection; let it close before the panel goes
}

bool DashboardPage::loading() const
{
    return m_worker && m_worker->isRunning();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

void DashboardPage::refresh()
{
    if (m_worker) {
        m_again = true;
        return;
    }
    const QString path = m_profile.journalPath();
    const Profile::JournalOpener openJournal = m_profile.journalOpenerForThread();
    // The reader only asks the time (the panel's profile has the system clock, which answers on any thread);
    // the profile outlives this page, which waits for its worker.
    Clock *clock = &m_profile.clock();
    const int poll = m_profile.settings().pollIntervalSeconds();
    const Period period = periodFromName(m_period->currentData().toString()).value_or(Period::Day);
    auto result = std::make_shared<std::optional<Result<HealthReport>>>();
    auto elapsed = std::make_shared<qint64>(0);
    // Its own connection, opened and closed on the worker thread (Qt SQL connections belong to one thread).
    QThread *worker = QThread::create([path, openJournal, clock, poll, period, result, elapsed] {
        QElapsedTimer timer;
        timer.start();
        if (!QFileInfo::exists(path)) { // looking must not create it
            result->emplace(makeError(
                ErrorKind::NotFound,
                DashboardPage::tr("No journal at %1 yet: nothing has been synchronized.").arg(path)));
            return;
        }
        auto journal = openJournal();
        if (!journal.ok()) {
            result->emplace(journal.error());
            return;
        }
        result->emplace(HealthReader(*journal.value(), *clock, poll).read(period));
        *elapsed = timer.elapsed();
    });
    m_worker = worker;
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result, elapsed] {
        m_worker = nullptr;
        if (*result)
            showResult(**result, *elapsed);
        Q_EMIT refreshed();
        if (std::exchange(m_again, false))
            refresh();
    });
    m_status->setText(tr("Reading the journal…"));
    worker->start();
}

void DashboardPage::showResult(const Result<HealthReport> &result, qint64 elapsedMs)
{
    if (!result.ok()) {
        m_report.reset();
        m_level->setText(tr("Unknown"));
        m_level->setProperty("level", QString());
        m_level->setStyleSheet(QString());
        m_reasons->setText(result.error().message);
        m_status->setText(tr("The dashboard could not be read: %1").arg(result.error().message));
        m_model->removeRows(0, m_model->rowCount());
        return;
    }
    m_report = result.value();
    showSummary(*m_report);
    showCharts(*m_report);
    showTable(*m_report);
    m_status->setText(
        tr("Read from the journal at %1 in %2 ms; refreshed every %3 s while this tab is shown.")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))
            .arg(elapsedMs)
            .arg(m_timer.interval() / 1000));
}

void DashboardPage::showSummary(const HealthReport &r)
{
    m_level->setText(levelLabel(r.level));
    m_level->setProperty("level", levelName(r.level));
    m_level->setStyleSheet(
        QStringLiteral("QLabel { color: white; background: %1; border-radius: 6px; padding: 8px; }")
            .arg(colorOf(r.level).name()));
    QStringList lines;
    for (const Reason &reason : r.reasons)
        lines << QStringLiteral("%1: %2").arg(levelLabel(reason.level), reason.message);
    if (lines.isEmpty())
        lines << tr(
            "Everything is in step: the service runs, every mailbox was read recently, nothing waits in "
            "the failed-message queue.");
    m_reasons->setText(lines.join(QLatin1Char('\n')));
    QStringList kinds;
    for (auto it = r.failuresByKind.cbegin(); it != r.failuresByKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    m_totals->setText(
        tr("%1: %2 writes CRM → Exchange, %3 Exchange → CRM, %4 conflict(s), %5 failure(s)%6. "
           "Latency CRM → Exchange p50 %7, p99 %8; Exchange → CRM (notification to write) p50 %9, "
           "p99 %10.")
            .arg(r.period == Period::Week ? tr("Last 7 days") : tr("Last 24 hours"))
            .arg(r.writesToExchange)
            .arg(r.writesToCrm)
            .arg(r.conflicts)
            .arg(r.failures)
            .arg(kinds.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(kinds.join(QStringLiteral(", "))))
            .arg(seconds(r.toExchange.p50Ms), seconds(r.toExchange.p99Ms), seconds(r.toCrm.p50Ms),
                 seconds(r.toCrm.p99Ms)));
}

void DashboardPage::showCharts(const HealthReport &r)
{
    {
        QChart *chart = m_writes->chart();
        clearChart(chart);
        auto *toExchange = new QLineSeries;
        toExchange->setName(tr("CRM → Exchange"));
        auto *toCrm = new QLineSeries;
        toCrm->setName(tr("Exchange → CRM"));
        auto *conflicts = new QLineSeries;
        conflicts->setName(tr("Conflicts"));
        double max = 0;
        for (const HourBucket &h : r.hours) {
            const qreal x = qreal(h.hourUtc.toMSecsSinceEpoch());
            toExchange->append(x, qreal(h.writesToExchange));
            toCrm->append(x, qreal(h.writesToCrm));
            conflicts->append(x, qreal(h.conflicts));
            max = std::max({max, double(h.writesToExchange), double(h.writesToCrm), double(h.conflicts)});
        }
        for (QLineSeries *s : {toExchange, toCrm, conflicts})
            chart->addSeries(s);
        timeAxes(chart, r, {toExchange, toCrm, conflicts}, max, tr("writes"), false);
    }
    {
        QChart *chart = m_latency->chart();
        clearChart(chart);
        const QList<std::pair<QString, std::function<qint64(const HourBucket &)>>> lines{
            {tr("→ Exchange p50"), [](const HourBucket &h) { return h.toExchange.p50Ms; }},
            {tr("→ Exchange p99"), [](const HourBucket &h) { return h.toExchange.p99Ms; }},
            {tr("→ CRM p50"), [](const HourBucket &h) { return h.toCrm.p50Ms; }},
            {tr("→ CRM p99"), [](const HourBucket &h) { return h.toCrm.p99Ms; }}};
        QList<QAbstractSeries *> all;
        double max = 0;
        for (const auto &line : lines) {
            auto *series = new QLineSeries;
            series->setName(line.first);
            series->setPointsVisible(true);
            for (const HourBucket &h : r.hours) {
                const qint64 ms = line.second(h);
                if (ms < 0)
                    continue; // no sample that hour: no point, rather than a false zero
                series->append(qreal(h.hourUtc.toMSecsSinceEpoch()), double(ms) / 1000.0);
                max = std::max(max, double(ms) / 1000.0);
            }
            chart->addSeries(series);
            all << series;
        }
        timeAxes(chart, r, all, max, tr("seconds"), true);
    }
    {
        QChart *chart = m_failures->chart();
        clearChart(chart);
        auto *set = new QBarSet(tr("Failures"));
        set->setColor(colorOf(Level::Red));
        QStringList kinds;
        double max = 0;
        for (auto it = r.failuresByKind.cbegin(); it != r.failuresByKind.cend(); ++it) {
            kinds << it.key();
            *set << qreal(it.value());
            max = std::max(max, double(it.value()));
        }
        if (kinds.isEmpty()) {
            kinds << tr("none");
            *set << 0;
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *y = new QBarCategoryAxis;
        y->append(kinds);
        QValueAxis *x = valueAxis(max, false);
        chart->addAxis(y, Qt::AlignLeft);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
    }
}

void DashboardPage::showTable(const HealthReport &r)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const MailboxHealth &m : r.mailboxes) {
        QStandardItem *level = cell(levelLabel(m.level), int(m.level));
        level->setData(levelName(m.level), LevelRole);
        level->setForeground(colorOf(m.level));
        QFont bold = level->font();
        bold.setBold(true);
        level->setFont(bold);
        QStringList why;
        for (const Reason &reason : m.reasons)
            why << reason.message;
        QString detail = m.lastError.simplified();
        if (!why.isEmpty())
            detail = why.join(QStringLiteral("; ")) +
                     (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        const QString canary = !m.canaryState ? tr("—")
                                              : (m.canaryLatencyMs >= 0 ? seconds(m.canaryLatencyMs)
                                                                        : canaryName(m.canaryState));
        QList<QStandardItem *> row{
            level,
            cell(m.mailbox),
            cell(m.crmName.isEmpty() ? m.crmLogon : QStringLiteral("%1 (%2)").arg(m.crmName, m.crmLogon)),
            cell(m.server.isEmpty() ? tr("primary") : m.server),
            cell(users::stateName(m.linkState)),
            cell(when(m.lastSyncUtc),
                 m.lastSyncUtc.isValid() ? m.lastSyncUtc.toMSecsSinceEpoch() : qint64(0)),
            cell(m.subscriptionDetail.isEmpty()
                     ? subscriptionName(m.subscription)
                     : QStringLiteral("%1: %2").arg(subscriptionName(m.subscription), m.subscriptionDetail),
                 subscriptionName(m.subscription)),
            cell(m.failedParked > 0 ? tr("%1 (%2 parked)").arg(m.failedOpen).arg(m.failedParked)
                                    : QString::number(m.failedOpen),
                 m.failedOpen),
            cell(canary, m.canaryLatencyMs),
            cell(detail)};
        row.at(LastErrorColumn)->setToolTip(detail);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace cxsync
