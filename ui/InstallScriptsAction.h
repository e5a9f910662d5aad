#pragma once

#include <QObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

#include <memory>

namespace cxsync {

class HooksInstaller;
class Profile;

// The Actions group's Install Scripts button (the legacy action, seed chapter 3): HooksInstaller on the saved
// settings — the CRM custom fields checked (missing ones listed for the admin), one Graph subscription per
// linked mailbox created or renewed. While it runs the button reads Cancel and a progress bar counts
// mailboxes; every line goes to statusMessage() for the Status pane. Also started by the Users page after
// Sync Users With CRM has applied.
//
// Object names: action/installScripts (the button), action/installProgress.
class InstallScriptsAction final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstallScriptsAction)
public:
    InstallScriptsAction(Profile &profile, QObject *parent = nullptr);
    ~InstallScriptsAction() override;

    QPushButton *button() const { return m_button; }
    QProgressBar *progressBar() const { return m_progress; }
    bool isRunning() const;

public Q_SLOTS:
    // Starts Install Scripts, or cancels the run under way.
    void trigger();
    void start();
    void cancel();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void started();
    void finished(bool ok);

private:
    Profile &m_profile;
    QPointer<QPushButton> m_button;
    QPointer<QProgressBar> m_progress;
    std::unique_ptr<HooksInstaller> m_installer;
};

} // namespace cxsync
