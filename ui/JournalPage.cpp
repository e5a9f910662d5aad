#include "JournalPage.h"

#include "PagedTableModel.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "queue/QueueTypes.h"
#include "store/Journal.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace cxsync {

JournalPage::JournalPage(Profile &profile, QWidget *parent)
    : QWidget(parent), m_profile(profile), m_settings(profile.settings()), m_clock(profile.clock())
{
}

JournalPage::~JournalPage() = default;

bool JournalPage::openJournal()
{
    const QString path = m_profile.journalPath();
    if (m_journal && m_journal->path() == path)
        return true;
    closeSources();
    m_journal.reset();
    auto opened = m_profile.journal();
    if (!opened.ok()) {
        showSummary(tr("The journal cannot be opened: %1").arg(opened.error().message));
        return false;
    }
    m_journal = std::move(opened).value();
    openSources(*m_journal);
    return true;
}

void JournalPage::refresh()
{
    if (openJournal())
        applyFilter();
}

QLineEdit *JournalPage::addUserFilter(QHBoxLayout *filters, const QString &objectName)
{
    auto *user = new QLineEdit;
    user->setObjectName(objectName);
    user->setPlaceholderText(tr("User or mailbox"));
    user->setClearButtonEnabled(true);
    connect(user, &QLineEdit::editingFinished, this, &JournalPage::applyFilter);
    filters->addWidget(user);
    return user;
}

QComboBox *JournalPage::addDirectionFilter(QHBoxLayout *filters, const QString &objectName)
{
    auto *direction = new QComboBox;
    direction->setObjectName(objectName);
    direction->addItem(tr("Both directions"), QString());
    for (queue::Direction d : {queue::Direction::CrmToExchange, queue::Direction::ExchangeToCrm})
        direction->addItem(PagedTableModel::directionText(d), queue::directionName(d));
    reloadOnChange(direction);
    filters->addWidget(direction);
    return direction;
}

QComboBox *JournalPage::addPeriodFilter(QHBoxLayout *filters, const QString &objectName)
{
    auto *period = new QComboBox;
    period->setObjectName(objectName);
    period->addItem(tr("Any time"), 0);
    period->addItem(tr("Last 24 hours"), 1);
    period->addItem(tr("Last 7 days"), 7);
    period->addItem(tr("Last 30 days"), 30);
    reloadOnChange(period);
    filters->addWidget(period);
    return period;
}

void JournalPage::reloadOnChange(QComboBox *combo)
{
    connect(combo, &QComboBox::currentIndexChanged, this, &JournalPage::applyFilter);
}

QDateTime JournalPage::periodStartUtc(const QComboBox *period) const
{
    const int days = period->currentData().toInt();
    return days > 0 ? m_clock.nowUtc().addDays(-days) : QDateTime();
}

QTableView *JournalPage::createTable(const QString &objectName, PagedTableModel *model)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->horizontalHeader()->setStretchLastSection(true);
    connect(model, &PagedTableModel::fetchFailed, this, [this](const QString &message) {
        showSummary(tr("More rows could not be read (scroll to try again): %1").arg(message));
    });
    return table;
}

QLabel *JournalPage::createSummary(const QString &objectName)
{
    m_summary = new QLabel;
    m_summary->setObjectName(objectName);
    m_summary->setWordWrap(true);
    return m_summary;
}

void JournalPage::showLoaded(const PagedTableModel &model, const QString &matching)
{
    if (!model.lastError().isEmpty())
        showSummary(tr("The journal could not be read: %1").arg(model.lastError()));
    else
        showSummary(matching);
}

void JournalPage::showSummary(const QString &text)
{
    if (m_summary)
        m_summary->setText(text);
}

} // namespace cxsync
