#include "LogPage.h"

#include "TransactionLogModel.h"
#include "queue/TransactionLog.h"
#include "store/Journal.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cxsync {

LogPage::LogPage(Profile &profile, QWidget *parent) : JournalPage(profile, parent)
{
    m_chooseFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export Transaction Log"),
                                            QStringLiteral("cxsync-log.csv"),
                                            tr("CSV (*.csv);;JSON (*.json)"));
    };
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = addUserFilter(filters, QStringLiteral("logUser"));
    m_direction = addDirectionFilter(filters, QStringLiteral("logDirection"));
    m_result = new QComboBox;
    m_result->setObjectName(QStringLiteral("logResult"));
    m_result->addItem(tr("Any result"), QString());
    for (queue::LogResult r : enumValues<queue::LogResult>())
        m_result->addItem(enumName(r), enumName(r));
    reloadOnChange(m_result);
    filters->addWidget(m_result);
    m_period = addPeriodFilter(filters, QStringLiteral("logPeriod"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("logRefresh"));
    filters->addWidget(refreshButton);
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("logExport"));
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_model = new TransactionLogModel(this);
    layout->addWidget(createTable(QStringLiteral("logTable"), m_model), 1);
    layout->addWidget(createSummary(QStringLiteral("logSummary")));

    connect(refreshButton, &QPushButton::clicked, this, &LogPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &LogPage::exportMatching);
    refresh();
}

LogPage::~LogPage()
{
    m_model->setSource(nullptr, {});
}

void LogPage::openSources(Journal &journal)
{
    m_log = std::make_unique<queue::TransactionLog>(journal, m_clock);
}

void LogPage::closeSources()
{
    m_model->setSource(nullptr, m_model->filter());
    m_log.reset();
}

void LogPage::applyFilter()
{
    if (!ensureOpen())
        return;
    queue::LogFilter f;
    f.user = m_user->text().trimmed();
    f.direction = queue::directionFromName(m_direction->currentData().toString());
    if (const auto result = enumFromName<queue::LogResult>(m_result->currentData().toString()); result.ok())
        f.result = result.value(); // "Any result" has no name
    f.sinceUtc = periodStartUtc(m_period);
    m_model->setSource(m_log.get(), f);
    showLoaded(*m_model, tr("%n entr(y/ies) match, newest first.", nullptr, int(m_model->totalCount())));
}

void LogPage::exportMatching()
{
    if (!m_log)
        return;
    const QString path = m_chooseFile();
    if (path.isEmpty())
        return;
    auto rows = m_log->exportTo(path, m_model->filter());
    if (!rows.ok()) {
        Q_EMIT statusMessage(tr("Export failed: %1").arg(rows.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n log entr(y/ies) to %1.", nullptr, int(rows.value())).arg(path));
}

} // namespace cxsync
