#include "SyncNowAction.h"

#include "ProfileHolds.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "sync/SyncRetries.h"

#include <QMessageBox>

namespace cxsync {

SyncNowAction::SyncNowAction(Profile &profile, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_profile(profile), m_dialogParent(dialogParent)
{
    m_button = new QPushButton(tr("Sync Now"));
    m_button->setObjectName(QStringLiteral("action/syncNow"));
    m_button->setToolTip(tr("Retry the failed messages that are due, then synchronize the calendars of every "
                            "linked user once, both ways as the options say."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("action/syncProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    connect(m_button, &QPushButton::clicked, this, &SyncNowAction::trigger);
}

SyncNowAction::~SyncNowAction()
{
    *m_alive = false;
    m_sync.reset();
    m_retries.reset();
    if (m_button && !m_button->parent())
        delete m_button;
    if (m_progress && !m_progress->parent())
        delete m_progress;
}

void SyncNowAction::trigger()
{
    if (m_running)
        cancel();
    else
        start();
}

void SyncNowAction::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_sync && m_sync->isRunning())
        m_sync->cancel();
    else if (m_retries)
        m_retries->cancel();
    m_button->setEnabled(false); // until the write under way is done
    Q_EMIT statusMessage(tr("Sync Now: stopping after the write under way…"));
}

void SyncNowAction::start()
{
    if (m_running) {
        Q_EMIT statusMessage(tr("Sync Now: already running."));
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Sync Now: connecting…"));
    m_progress->show();
    m_button->setText(tr("Cancel Sync"));
    m_button->setEnabled(true);
    Q_EMIT statusMessage(tr("Sync Now started (saved settings: %1).").arg(m_profile.settings().location()));
    Q_EMIT started();
    std::weak_ptr<bool> alive = m_alive;
    m_profile.servers([this, alive](Result<Profile::Servers> opened) {
        if (alive.expired())
            return;
        sync::SyncReport failed;
        if (!opened.ok()) {
            failed.error = opened.error().message;
            return done(failed);
        }
        m_connections = opened.value().connections;
        m_journal = opened.value().journal;
        if (m_cancelled) {
            failed.cancelled = true;
            return done(failed);
        }
        retryThenSync();
    });
}

void SyncNowAction::retryThenSync()
{
    m_progress->setFormat(tr("Sync Now: retrying failed messages…"));
    m_retries = std::make_unique<sync::SyncRetries>(*m_connections, *m_journal, m_profile.clock(),
                                                    sync::SyncRunOptions::fromSettings(m_profile.settings()));
    std::weak_ptr<bool> alive = m_alive;
    m_retries->runDue([this, alive](const queue::DrainReport &report) {
        if (alive.expired())
            return;
        if (const QString line = sync::SyncRetries::describe(report); !line.isEmpty())
            Q_EMIT statusMessage(tr("Sync Now: %1").arg(line));
        if (m_cancelled) {
            sync::SyncReport stopped;
            stopped.cancelled = true;
            return done(stopped);
        }
        QMetaObject::invokeMethod(this, &SyncNowAction::runSync, Qt::QueuedConnection);
    });
}

void SyncNowAction::askBeforeDeleting(const sync::SafetyStop &stop, std::function<void(bool)> answer)
{
    if (m_decider)
        return m_decider(stop, std::move(answer));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Mass delete"),
                                tr("This run would delete %1 of the %2 synchronized items of %3 (more than %4 %).\n\n"
                                   "Delete them? No keeps everything for now; the next run asks again.")
                                    .arg(stop.deletes)
                                    .arg(stop.items)
                                    .arg(stop.mailbox)
                                    .arg(stop.percent),
                                QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box->setObjectName(QStringLiteral("syncNow/massDeleteQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [answer, box](int) { answer(box->clickedButton() == box->button(QMessageBox::Yes)); });
    box->open();
}

void SyncNowAction::runSync()
{
    sync::SyncRunOptions options = sync::SyncRunOptions::fromSettings(m_profile.settings());
    m_sync = std::make_unique<sync::CalendarSync>(*m_connections, *m_journal, m_profile.clock(), options);
    m_sync->setDecider([this](const sync::SafetyStop &stop, std::function<void(bool)> answer) {
        askBeforeDeleting(stop, std::move(answer));
    });
    connect(m_sync.get(), &sync::CalendarSync::progress, this,
            [this](const QString &mailbox, const QString &message, int done, int total) {
                const QString who = mailbox.isEmpty() ? tr("CRM") : mailbox;
                if (total > 0) {
                    m_progress->setRange(0, total);
                    m_progress->setValue(done);
                } else {
                    m_progress->setRange(0, 0);
                }
                m_progress->setFormat(tr("Sync Now: %1: %2").arg(who, message));
            });
    connect(m_sync.get(), &sync::CalendarSync::finished, this, &SyncNowAction::done);
    m_progress->setFormat(tr("Sync Now: synchronizing…"));
    m_sync->start();
}

void SyncNowAction::done(const sync::SyncReport &report)
{
    if (!report.error.isEmpty())
        Q_EMIT statusMessage(tr("Sync Now failed: %1").arg(report.error));
    else
        Q_EMIT statusMessage(tr("Sync Now: %1").arg(sync::CalendarSync::describe(report)));
    for (const QString &line : report.failures)
        Q_EMIT statusMessage(tr("Sync Now: failed: %1").arg(line));
    for (const sync::SafetyStop &stop : report.stops)
        Q_EMIT statusMessage(tr("Sync Now: %1 kept: %2 deletes not applied (more than %3 % of %4 items).")
                                 .arg(stop.mailbox)
                                 .arg(stop.deletes)
                                 .arg(stop.percent)
                                 .arg(stop.items));
    for (const QString &note : report.notes)
        Q_EMIT statusMessage(tr("Sync Now: note: %1").arg(note));
    if (report.failed)
        Q_EMIT statusMessage(tr("Sync Now: see the Failed Messages tab; they are retried at growing intervals."));
    m_running = false;
    m_progress->hide();
    m_button->setText(tr("Sync Now"));
    m_button->setEnabled(true);
    // The run's objects may be on the stack: deleted after this call, and the journal and connections they
    // use are let go only after them.
    QObject *const runs[] = {m_sync.release(), m_retries.release()};
    for (QObject *run : runs) {
        if (!run)
            continue;
        holdUntilDestroyed(run, m_connections, m_journal);
        run->deleteLater();
    }
    releaseLater(std::move(m_connections), std::move(m_journal));
    Q_EMIT finished(report);
}

} // namespace cxsync
