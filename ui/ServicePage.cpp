#include "ServicePage.h"

#include "config/Settings.h"
#include "health/HealthReport.h"
#include "hooks/SubscriptionHealth.h"
#include "hooks/SubscriptionManager.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cxsync {

namespace {

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStandardItem *cell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (!text.isEmpty())
        item->setToolTip(text);
    return item;
}

} // namespace

ServicePage::ServicePage(Profile &profile, QWidget *parent)
    : QWidget(parent), m_profile(profile), m_settings(profile.settings())
{
    setObjectName(QStringLiteral("servicePage"));
    auto *layout = new QVBoxLayout(this);

    auto *serviceGroup = new QGroupBox(tr("Service (cxsync serve)"));
    auto *form = new QFormLayout(serviceGroup);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("serviceState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listenUrl = new QLabel;
    m_listenUrl->setObjectName(QStringLiteral("serviceListenUrl"));
    m_listenUrl->setWordWrap(true);
    m_listenUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastRun = new QLabel;
    m_lastRun->setObjectName(QStringLiteral("serviceLastRun"));
    m_lastRun->setWordWrap(true);
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Listening"), m_listenUrl);
    form->addRow(tr("Last run"), m_lastRun);
    layout->addWidget(serviceGroup);

    auto *managerGroup = new QGroupBox(tr("Service Manager"));
    auto *managerLayout = new QVBoxLayout(managerGroup);
    m_managerState = new QLabel;
    m_managerState->setObjectName(QStringLiteral("serviceManagerState"));
    m_managerState->setWordWrap(true);
    m_managerState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    managerLayout->addWidget(m_managerState);
    auto *controlButtons = new QHBoxLayout;
    m_start = new QPushButton(tr("&Start"));
    m_start->setObjectName(QStringLiteral("serviceStart"));
    m_stop = new QPushButton(tr("S&top..."));
    m_stop->setObjectName(QStringLiteral("serviceStop"));
    m_restart = new QPushButton(tr("R&estart"));
    m_restart->setObjectName(QStringLiteral("serviceRestart"));
    m_cancelControl = new QPushButton(tr("Cancel"));
    m_cancelControl->setObjectName(QStringLiteral("serviceCancelControl"));
    m_cancelControl->setEnabled(false);
    controlButtons->addWidget(m_start);
    controlButtons->addWidget(m_stop);
    controlButtons->addWidget(m_restart);
    controlButtons->addWidget(m_cancelControl);
    controlButtons->addStretch(1);
    managerLayout->addLayout(controlButtons);
    m_controlResult = new QLabel;
    m_controlResult->setObjectName(QStringLiteral("serviceControlResult"));
    m_controlResult->setWordWrap(true);
    m_controlResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_controlResult->setProperty("error", enumName(ServiceControlError::None));
    managerLayout->addWidget(m_controlResult);
    m_logLines = new QPlainTextEdit;
    m_logLines->setObjectName(QStringLiteral("serviceLogLines"));
    m_logLines->setReadOnly(true);
    m_logLines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logLines->setMaximumBlockCount(500);
    m_logLines->setPlaceholderText(tr("The service's last log lines appear here."));
    managerLayout->addWidget(new QLabel(tr("Last log lines")));
    managerLayout->addWidget(m_logLines);
    layout->addWidget(managerGroup);

    auto *subscriptionsGroup = new QGroupBox(tr("Change Subscriptions (Install Scripts)"));
    auto *inner = new QVBoxLayout(subscriptionsGroup);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Mailbox"), tr("Expires"), tr("Renewal due"), tr("Health"), tr("Details")});
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("serviceSubscriptions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    inner->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("serviceSummary"));
    m_summary->setWordWrap(true);
    inner->addWidget(m_summary);
    layout->addWidget(subscriptionsGroup, 1);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("serviceRefresh"));
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    layout->addLayout(buttons);

    connect(m_refresh, &QPushButton::clicked, this, &ServicePage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ServicePage::refreshServiceManager);
    connect(m_start, &QPushButton::clicked, this, &ServicePage::startService);
    connect(m_stop, &QPushButton::clicked, this, &ServicePage::stopService);
    connect(m_restart, &QPushButton::clicked, this, &ServicePage::restartService);
    connect(m_cancelControl, &QPushButton::clicked, &m_control, &ServiceControl::cancel);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Service"), question) == QMessageBox::Yes;
    };
    // Windows: the service's own log file (Linux reads the system journal).
    m_control.setLogFile(QDir(m_settings.dataDirectory()).filePath(QStringLiteral("logs/cxsync.log")));
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &ServicePage::refresh);
    refresh();
}

ServicePage::~ServicePage() = default;

void ServicePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    refreshServiceManager();
    m_timer.start();
}

void ServicePage::startService()
{
    control(ServiceAction::Start);
}

void ServicePage::stopService()
{
    if (!m_confirm(tr("Stop the service? Until it runs again, changes are not synchronised, push notifications "
                      "are not received and failed messages are not retried.")))
        return;
    control(ServiceAction::Stop);
}

void ServicePage::restartService()
{
    control(ServiceAction::Restart);
}

void ServicePage::setControlBusy(bool busy, const QString &text)
{
    m_start->setEnabled(!busy);
    m_stop->setEnabled(!busy);
    m_restart->setEnabled(!busy);
    m_cancelControl->setEnabled(busy);
    if (busy) {
        m_controlResult->setStyleSheet(QString());
        m_controlResult->setText(text);
    }
}

void ServicePage::control(ServiceAction action)
{
    if (m_control.busy())
        return;
    const QString waiting = action == ServiceAction::Start  ? tr("Starting the service...")
                            : action == ServiceAction::Stop ? tr("Stopping the service...")
                                                            : tr("Restarting the service...");
    setControlBusy(true, waiting);
    m_control.run(action, [this](const ServiceControlOutcome &outcome) {
        setControlBusy(false);
        m_controlResult->setProperty("error", enumName(outcome.error));
        QString text = outcome.message;
        if (!outcome.ok() && !outcome.details.isEmpty())
            text += QLatin1Char('\n') + tr("The service manager said: %1").arg(outcome.details);
        m_controlResult->setText(text);
        m_controlResult->setStyleSheet(outcome.ok() ? QStringLiteral("QLabel { color: #1b5e20; }")
                                                    : QStringLiteral("QLabel { color: #b00020; }"));
        Q_EMIT controlFinished(outcome);
        refresh();
        refreshServiceManager();
    });
}

void ServicePage::refreshServiceManager()
{
    if (m_control.busy())
        return;
    m_control.status([this](const ServiceManagerStatus &status) {
        if (!status.known)
            m_managerState->setText(status.message);
        else if (!status.installed)
            m_managerState->setText(tr("The service %1 is not installed on this machine.")
                                        .arg(QLatin1String(ServiceControl::kUnit)));
        else
            m_managerState->setText(status.enabled ? tr("Installed, starts with the machine; now %1.").arg(status.state)
                                                   : tr("Installed, does not start with the machine; now %1.")
                                                         .arg(status.state));
        loadLogLines();
    });
}

void ServicePage::loadLogLines()
{
    m_control.lastLogLines(50, [this](const Result<QStringList> &lines) {
        if (!lines.ok())
            m_logLines->setPlainText(lines.error().message);
        else if (lines.value().isEmpty())
            m_logLines->setPlainText(tr("The service has not logged anything yet."));
        else
            m_logLines->setPlainText(lines.value().join(QLatin1Char('\n')));
        Q_EMIT serviceManagerRefreshed();
    });
}

void ServicePage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

void ServicePage::showHeartbeat(const std::optional<ServiceHeartbeat> &heartbeat, const QDateTime &now)
{
    m_liveness = ServiceState::liveness(heartbeat, now, m_settings.pollIntervalSeconds());
    m_state->setProperty("liveness", enumName(m_liveness));
    QString color = QStringLiteral("#b00020");
    switch (m_liveness) {
    case ServiceLiveness::NeverStarted:
        m_state->setText(
            tr("Not running: the service has never run on this journal. Start it with 'cxsync serve' "
               "(or its system service)."));
        break;
    case ServiceLiveness::Running:
        color = QStringLiteral("#1b5e20");
        m_state->setText(
            tr("Running on %1 (process %2) since %3; last heartbeat %4 ago.")
                .arg(heartbeat->host)
                .arg(heartbeat->pid)
                .arg(when(heartbeat->startedUtc), health::durationText(heartbeat->heartbeatUtc.secsTo(now))));
        break;
    case ServiceLiveness::Stopped:
        m_state->setText(
            tr("Not running: stopped on %1 at %2.").arg(heartbeat->host, when(heartbeat->stoppedUtc)));
        break;
    case ServiceLiveness::NotResponding: {
        const int interval =
            heartbeat->pollIntervalSecs > 0 ? heartbeat->pollIntervalSecs : m_settings.pollIntervalSeconds();
        m_state->setText(
            tr("Not running: the last heartbeat from %1 (process %2) was %3 ago, more than twice the "
               "poll interval (%4). It did not stop cleanly: it crashed, was killed or hangs.")
                .arg(heartbeat->host)
                .arg(heartbeat->pid)
                .arg(health::durationText(heartbeat->heartbeatUtc.secsTo(now)),
                     health::durationText(interval)));
        break;
    }
    }
    m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    if (!heartbeat) {
        m_listenUrl->setText(tr("—"));
        m_lastRun->setText(tr("—"));
        return;
    }
    if (heartbeat->listenUrl.isEmpty())
        m_listenUrl->setText(
            tr("Not listening: push is not configured, changes are found by polling every %1.")
                .arg(health::durationText(heartbeat->pollIntervalSecs)));
    else
        m_listenUrl->setText(tr("%1 (public URL: %2)").arg(heartbeat->listenUrl, heartbeat->publicUrl));
    if (!heartbeat->lastRunUtc.isValid())
        m_lastRun->setText(tr("None yet."));
    else
        m_lastRun->setText(tr("%1 at %2").arg(heartbeat->lastRunResult, when(heartbeat->lastRunUtc)));
}

void ServicePage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!QFileInfo::exists(m_settings.journalPath())) { // not created just by looking
        showHeartbeat(std::nullopt, now);
        m_summary->setText(tr("No change subscriptions: Install Scripts (Actions) creates them."));
        Q_EMIT refreshed();
        return;
    }
    auto journal = m_profile.journal();
    if (!journal.ok()) {
        showHeartbeat(std::nullopt, now);
        m_state->setText(tr("The journal cannot be read: %1").arg(journal.error().message));
        m_summary->clear();
        Q_EMIT refreshed();
        return;
    }
    const auto heartbeat = ServiceState::read(*journal.value());
    if (heartbeat.ok()) {
        showHeartbeat(heartbeat.value(), now);
    } else {
        showHeartbeat(std::nullopt, now);
        m_state->setText(heartbeat.error().message);
    }

    // The journal's view of the subscriptions; no network needed.
    SubscriptionManager view(nullptr, journal.value().get(), &m_profile.clock(),
                             SubscriptionManager::Options());
    const auto records = view.records(false);
    if (!records.ok()) {
        m_summary->setText(records.error().message);
        Q_EMIT refreshed();
        return;
    }
    int counts[3] = {0, 0, 0};
    for (const SubscriptionRecord &r : records.value()) {
        if (r.state == SubscriptionState::Removed)
            continue;
        const SubscriptionAssessment a = SubscriptionAssessment::of(r, now);
        counts[int(a.health)] += 1;
        QStandardItem *health = cell(SubscriptionAssessment::label(a.health));
        health->setData(SubscriptionAssessment::name(a.health), HealthRole);
        if (a.health == SubscriptionHealth::Failed)
            health->setForeground(QColor(0xb0, 0x20, 0x20));
        else if (a.health == SubscriptionHealth::Expiring)
            health->setForeground(QColor(0x9a, 0x67, 0x00));
        else
            health->setForeground(QColor(0x1b, 0x5e, 0x20));
        m_model->appendRow({cell(r.mailbox), cell(when(r.expirationUtc)), cell(when(view.renewalDueUtc(r))),
                            health, cell(a.reason)});
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int total = counts[0] + counts[1] + counts[2];
    if (total == 0)
        m_summary->setText(
            tr("No change subscriptions: Install Scripts (Actions) creates them; until then changes "
               "are found by polling."));
    else
        m_summary->setText(tr("%n subscription(s): %1 healthy, %2 expiring, %3 failed.", nullptr, total)
                               .arg(counts[int(SubscriptionHealth::Healthy)])
                               .arg(counts[int(SubscriptionHealth::Expiring)])
                               .arg(counts[int(SubscriptionHealth::Failed)]));
    Q_EMIT refreshed();
}

} // namespace cxsync
