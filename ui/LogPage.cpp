#include "LogPage.h"

#include "Journal.h"
#include "Settings.h"
#include "TransactionLogModel.h"
#include "queue/TransactionLog.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cxsync {

LogPage::LogPage(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    m_chooseFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export Transaction Log"),
                                            QStringLiteral("cxsync-log.csv"),
                                            tr("CSV (*.csv);;JSON (*.json)"));
    };
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("logUser"));
    m_user->setPlaceholderText(tr("User or mailbox"));
    m_user->setClearButtonEnabled(true);
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("logDirection"));
    m_direction->addItem(tr("Both directions"), QString());
    m_direction->addItem(tr("CRM → Exchange"), queue::directionName(queue::Direction::CrmToExchange));
    m_direction->addItem(tr("Exchange → CRM"), queue::directionName(queue::Direction::ExchangeToCrm));
    m_result = new QComboBox;
    m_result->setObjectName(QStringLiteral("logResult"));
    m_result->addItem(tr("Any result"), QString());
    for (const char *r : {"ok", "failed", "conflict", "skipped", "resolved", "superseded", "parked"})
        m_result->addItem(QString::fromLatin1(r), QString::fromLatin1(r));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("logPeriod"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 24 hours"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    filters->addWidget(m_user);
    filters->addWidget(m_direction);
    filters->addWidget(m_result);
    filters->addWidget(m_period);
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("logRefresh"));
    filters->addWidget(refreshButton);
    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("logExport"));
    filters->addWidget(exportButton);
    layout->addLayout(filters);

    m_model = new TransactionLogModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    connect(refreshButton, &QPushButton::clicked, this, &LogPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, &LogPage::exportMatching);
    for (QComboBox *combo : {m_direction, m_result, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, &LogPage::applyFilter);
    connect(m_user, &QLineEdit::editingFinished, this, &LogPage::applyFilter);
    refresh();
}

LogPage::~LogPage()
{
    m_model->setSource(nullptr, {});
}

bool LogPage::openJournal()
{
    const QString path = m_settings.journalPath();
    if (m_journal && m_journal->path() == path)
        return true;
    m_model->setSource(nullptr, m_model->filter());
    m_log.reset();
    m_journal.reset();
    auto opened = Journal::open(path);
    if (!opened.ok()) {
        m_summary->setText(tr("The journal cannot be opened: %1").arg(opened.error().message));
        return false;
    }
    m_journal = std::move(opened).value();
    m_log = std::make_unique<queue::TransactionLog>(*m_journal, m_clock);
    return true;
}

void LogPage::refresh()
{
    if (openJournal())
        applyFilter();
}

void LogPage::applyFilter()
{
    if (!m_log && !openJournal())
        return;
    queue::LogFilter f;
    f.user = m_user->text().trimmed();
    f.direction = queue::directionFromName(m_direction->currentData().toString());
    f.result = m_result->currentData().toString();
    if (const int days = m_period->currentData().toInt(); days > 0)
        f.sinceUtc = m_clock.nowUtc().addDays(-days);
    m_model->setSource(m_log.get(), f);
    if (!m_model->lastError().isEmpty()) {
        m_summary->setText(tr("The journal could not be read: %1").arg(m_model->lastError()));
        return;
    }
    m_summary->setText(tr("%n entr(y/ies) match, newest first.", nullptr, int(m_model->totalCount())));
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
