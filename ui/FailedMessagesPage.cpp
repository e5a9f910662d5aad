#include "FailedMessagesPage.h"

#include "FailedMessagesModel.h"
#include "PagedTableModel.h"
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "notify/ErrorMailer.h"
#include "notify/ErrorNotifier.h"
#include "profile/Profile.h"
#include "queue/FailedMessageQueue.h"
#include "queue/QueueExport.h"
#include "store/Journal.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace cxsync {

using namespace queue;

FailedMessagesPage::FailedMessagesPage(Profile &profile, QWidget *parent)
    : JournalPage(profile, parent), m_secrets(profile.secrets())
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Failed Messages"), question) == QMessageBox::Yes;
    };
    m_chooseFile = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export Failed Messages"),
                                            QStringLiteral("EventData.xml"),
                                            tr("Event Data XML (*.xml);;JSON (*.json);;CSV (*.csv)"));
    };

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_direction = addDirectionFilter(filters, QStringLiteral("failedDirection"));
    m_user = addUserFilter(filters, QStringLiteral("failedUser"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("failedKind"));
    m_kind->addItem(tr("Any error"), QString());
    for (ErrorKind k : {ErrorKind::Network, ErrorKind::Throttled, ErrorKind::Unavailable, ErrorKind::Auth,
                        ErrorKind::Permission, ErrorKind::Invalid, ErrorKind::NotFound, ErrorKind::Conflict,
                        ErrorKind::Storage, ErrorKind::Cancelled})
        m_kind->addItem(errorKindName(k), errorKindName(k));
    reloadOnChange(m_kind);
    filters->addWidget(m_kind);
    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("failedState"));
    m_state->addItem(tr("Open (waiting, retrying, parked)"), QStringLiteral("open"));
    m_state->addItem(tr("Any state"), QString());
    for (MessageState s : {MessageState::Waiting, MessageState::Retrying, MessageState::Parked,
                           MessageState::Resolved, MessageState::Discarded})
        m_state->addItem(stateName(s), stateName(s));
    reloadOnChange(m_state);
    filters->addWidget(m_state);
    m_period = addPeriodFilter(filters, QStringLiteral("failedPeriod"));
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("failedRefresh"));
    filters->addWidget(refreshButton);
    layout->addLayout(filters);

    m_model = new FailedMessagesModel(this);
    m_table = createTable(QStringLiteral("failedTable"), m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("failedDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a message to see the change, the error and every attempt."));
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    layout->addWidget(createSummary(QStringLiteral("failedSummary")));

    auto *actions = new QHBoxLayout;
    const auto button = [&](const QString &text, const char *name, void (FailedMessagesPage::*slot)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    button(tr("Retry Now"), "failedRetry", &FailedMessagesPage::retrySelected);
    button(tr("Retry All Matching"), "failedRetryAll", &FailedMessagesPage::retryAllMatching);
    button(tr("Discard…"), "failedDiscard", &FailedMessagesPage::discardSelected);
    button(tr("Export…"), "failedExport", &FailedMessagesPage::exportMatching);
    actions->addStretch(1);
    m_testMail = button(tr("Send Test Mail"), "failedTestMail", &FailedMessagesPage::sendTestMail);
    layout->addLayout(actions);

    connect(refreshButton, &QPushButton::clicked, this, &FailedMessagesPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailedMessagesPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FailedMessagesPage::showDetails);
    refresh();
}

FailedMessagesPage::~FailedMessagesPage()
{
    m_model->setSource(nullptr, {});
}

void FailedMessagesPage::openSources(Journal &journal)
{
    m_queue = std::make_unique<FailedMessageQueue>(journal, m_clock, RetrySchedule::fromSettings(m_settings));
}

void FailedMessagesPage::closeSources()
{
    m_model->setSource(nullptr, m_model->filter());
    m_notifier.reset();
    m_queue.reset();
}

void FailedMessagesPage::applyFilter()
{
    if (!ensureOpen())
        return;
    MessageFilter f;
    f.direction = directionFromName(m_direction->currentData().toString());
    f.user = m_user->text().trimmed();
    f.errorKind = errorKindFromName(m_kind->currentData().toString());
    const QString state = m_state->currentData().toString();
    if (state == QLatin1String("open"))
        f.states = {MessageState::Waiting, MessageState::Retrying, MessageState::Parked};
    else if (const auto s = stateFromName(state))
        f.states = {*s};
    f.fromUtc = periodStartUtc(m_period);
    m_model->setSource(m_queue.get(), f);
    showLoaded(*m_model,
               tr("%n message(s) match, newest failure first.", nullptr, int(m_model->totalCount())));
}

qint64 FailedMessagesPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(FailedMessagesModel::IdRole).toLongLong();
}

void FailedMessagesPage::showDetails()
{
    const qint64 id = selectedId();
    if (id == 0 || !m_queue) {
        m_details->clear();
        return;
    }
    auto message = m_queue->get(id);
    if (!message.ok()) {
        m_details->setPlainText(message.error().message);
        return;
    }
    const FailedMessage &m = message.value();
    QStringList lines;
    lines << tr("Failed message %1: %2").arg(m.id).arg(stateName(m.state));
    if (!m.note.isEmpty())
        lines << m.note;
    lines << tr("Error: %1: %2").arg(errorKindName(m.errorKind), m.errorMessage);
    if (m.httpStatus != 0 || !m.errorCode.isEmpty())
        lines << tr("HTTP status %1, server code %2").arg(m.httpStatus).arg(m.errorCode);
    lines << tr("Attempts: %1; first failure %2; last failure %3")
                 .arg(m.attempts)
                 .arg(PagedTableModel::localTime(m.firstFailureUtc),
                      PagedTableModel::localTime(m.lastFailureUtc));
    if (m.state == MessageState::Waiting)
        lines << tr("Next attempt: %1").arg(PagedTableModel::localTime(m.nextAttemptUtc));
    lines << tr("CRM user %1, mailbox %2, CRM item %3, Exchange item %4")
                 .arg(m.crmUserId, m.mailbox, m.crmItemId, m.exchangeItemId);
    lines << QString() << tr("Change:")
          << QString::fromUtf8(QJsonDocument(m.snapshot).toJson(QJsonDocument::Indented));
    lines << tr("History:");
    for (const MessageEvent &e : m.history) {
        QString line = QStringLiteral("  %1  %2  #%3")
                           .arg(PagedTableModel::localTime(e.timeUtc), enumName(e.event))
                           .arg(e.attempt);
        if (e.errorKind)
            line += QStringLiteral("  %1: %2").arg(errorKindName(*e.errorKind), e.errorMessage);
        if (!e.note.isEmpty())
            line += QStringLiteral("  (%1)").arg(e.note);
        lines << line;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void FailedMessagesPage::retrySelected()
{
    const qint64 id = selectedId();
    if (id == 0 || !m_queue)
        return;
    if (Status s = m_queue->retryNow(id); !s.ok()) {
        Q_EMIT statusMessage(tr("Failed message %1 was not retried: %2").arg(id).arg(s.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("Failed message %1 will be retried by the next sync or service pass.").arg(id));
    m_model->reload();
}

void FailedMessagesPage::retryAllMatching()
{
    if (!m_queue || m_model->totalCount() == 0)
        return;
    if (!m_confirm(tr("Retry the %n matching message(s), parked ones included?", nullptr,
                      int(m_model->totalCount()))))
        return;
    auto changed = m_queue->retryAll(m_model->filter());
    if (!changed.ok()) {
        Q_EMIT statusMessage(tr("Nothing was retried: %1").arg(changed.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("%n failed message(s) will be retried by the next sync or service pass.", nullptr,
                            changed.value()));
    m_model->reload();
}

void FailedMessagesPage::discardSelected()
{
    const qint64 id = selectedId();
    if (id == 0 || !m_queue)
        return;
    if (!m_confirm(
            tr("Discard failed message %1? Its change will never be applied (Retry Now brings it back).")
                .arg(id)))
        return;
    if (Status s = m_queue->discard(id, tr("discarded in the control panel")); !s.ok()) {
        Q_EMIT statusMessage(tr("Failed message %1 was not discarded: %2").arg(id).arg(s.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("Failed message %1 discarded.").arg(id));
    m_model->reload();
}

void FailedMessagesPage::exportMatching()
{
    if (!m_queue)
        return;
    const QString path = m_chooseFile();
    if (path.isEmpty())
        return;
    auto rows = QueueExport::exportTo(*m_queue, path, m_model->filter(), m_clock.nowUtc());
    if (!rows.ok()) {
        Q_EMIT statusMessage(tr("Export failed: %1").arg(rows.error().message));
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n failed message(s) to %1.", nullptr, int(rows.value())).arg(path));
}

void FailedMessagesPage::sendTestMail()
{
    if (!ensureOpen())
        return;
    if (!m_mailer)
        m_mailer = std::make_unique<notify::ErrorMailer>();
    m_notifier = std::make_unique<notify::ErrorNotifier>(*m_queue, m_clock, *m_mailer);
    m_notifier->configure(m_settings);
    m_testMail->setEnabled(false);
    Q_EMIT statusMessage(tr("Sending a test mail…"));
    QPointer<FailedMessagesPage> self(this);
    notify::SmtpConfig::load(m_settings, m_secrets, [self](Result<notify::SmtpConfig> config) {
        if (!self)
            return;
        const auto finish = [self](bool ok, const QString &message) {
            self->m_testMail->setEnabled(true);
            Q_EMIT self->statusMessage(message);
            Q_EMIT self->testMailFinished(ok);
        };
        if (!config.ok())
            return finish(false, tr("Test mail not sent: %1").arg(config.error().message));
        self->m_notifier->sendTest(config.value(), [self, finish](Result<notify::MailReceipt> sent) {
            if (!self)
                return;
            if (!sent.ok())
                return finish(false, tr("Test mail not sent: %1").arg(sent.error().message));
            finish(true, tr("Test mail accepted by the server: %1").arg(sent.value().lastReply));
        });
    });
}

} // namespace cxsync
