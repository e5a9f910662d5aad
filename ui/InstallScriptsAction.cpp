#include "InstallScriptsAction.h"

#include "config/Settings.h"
#include "hooks/HooksInstaller.h"
#include "profile/Profile.h"

#include <QProgressBar>
#include <QPushButton>

namespace cxsync {

InstallScriptsAction::InstallScriptsAction(Profile &profile, QObject *parent)
    : QObject(parent), m_profile(profile)
{
    m_button = new QPushButton(tr("Install Scripts"));
    m_button->setObjectName(QStringLiteral("action/installScripts"));
    m_button->setToolTip(
        tr("Check the CRM fields the synchronization needs (and list any you must add), and "
           "create or renew the Exchange change subscription of every linked mailbox so that "
           "changes reach the service in seconds."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("action/installProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    connect(m_button, &QPushButton::clicked, this, &InstallScriptsAction::trigger);
}

InstallScriptsAction::~InstallScriptsAction()
{
    // The widgets belong to the window's layout; if they were never placed, they are ours.
    if (m_button && !m_button->parent())
        delete m_button;
    if (m_progress && !m_progress->parent())
        delete m_progress;
}

bool InstallScriptsAction::isRunning() const
{
    return m_installer && m_installer->isRunning();
}

void InstallScriptsAction::trigger()
{
    if (isRunning())
        cancel();
    else
        start();
}

void InstallScriptsAction::cancel()
{
    if (!isRunning())
        return;
    m_installer->cancel();
    m_button->setEnabled(false); // until the mailbox under way is done
    Q_EMIT statusMessage(tr("Install Scripts: cancelling after the mailbox under way…"));
}

void InstallScriptsAction::start()
{
    if (isRunning()) {
        Q_EMIT statusMessage(tr("Install Scripts: already running."));
        return;
    }
    if (m_installer)
        m_installer.release()->deleteLater(); // the previous run's; it may still be on the stack
    m_installer = std::make_unique<HooksInstaller>(m_profile);
    connect(m_installer.get(), &HooksInstaller::message, this, [this](const QString &text, bool) {
        Q_EMIT statusMessage(tr("Install Scripts: %1").arg(text.trimmed()));
    });
    connect(m_installer.get(), &HooksInstaller::outcome, this, [this](const SubscriptionOutcome &o) {
        if (o.action != SubscriptionAction::Failed) // failures came as a message
            Q_EMIT statusMessage(tr("Install Scripts: %1").arg(HooksInstaller::describe(o)));
    });
    connect(m_installer.get(), &HooksInstaller::progress, this, [this](int done, int total, const QString &) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_installer.get(), &HooksInstaller::finished, this, [this](const HooksInstaller::Report &report) {
        if (report.fatal)
            Q_EMIT statusMessage(tr("Install Scripts: nothing was installed."));
        else if (report.cancelled)
            Q_EMIT statusMessage(tr("Install Scripts cancelled."));
        else if (report.ok())
            Q_EMIT statusMessage(tr("Install Scripts finished."));
        else
            Q_EMIT statusMessage(tr("Install Scripts finished with %n problem(s); see the lines above.",
                                    nullptr, report.failures));
        m_progress->hide();
        m_button->setText(tr("Install Scripts"));
        m_button->setEnabled(true);
        Q_EMIT finished(report.ok());
    });
    m_progress->setRange(0, 0); // busy until the mailboxes are counted
    m_progress->setFormat(tr("Install Scripts: %v of %m mailboxes"));
    m_progress->show();
    m_button->setText(tr("Cancel Install Scripts"));
    m_button->setEnabled(true);
    Q_EMIT statusMessage(
        tr("Install Scripts started (saved settings: %1).").arg(m_profile.settings().location()));
    Q_EMIT started();
    m_installer->start();
}

} // namespace cxsync
