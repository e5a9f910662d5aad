#include "ConsistencyDialog.h"

#include "ProfileHolds.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cxsync {

using consistency::ConsistencyText;
using consistency::Finding;
using consistency::RepairAction;

ConsistencyDialog::ConsistencyDialog(Profile &profile, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_settings(profile.settings())
{
    setWindowTitle(tr("Check Consistency"));
    resize(980, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Compares Outlook, the CRM and the journal's links for the linked users inside the "
                      "sync window. The check only reads; Repair… fixes what it can by the sync's own "
                      "rules and never sends an invitation."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("consistency/table"));
    m_table->setHorizontalHeaderLabels(
        {tr("Class"), tr("Mailbox"), tr("Subject"), tr("Start"), tr("What is wrong"), tr("Repair")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("consistency/summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *row = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("consistency/progress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    row->addWidget(m_progress, 1);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("consistency/cancel"));
    m_cancel->hide();
    row->addWidget(m_cancel);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_checkAgain = buttons->addButton(tr("Check Again"), QDialogButtonBox::ActionRole);
    m_checkAgain->setObjectName(QStringLiteral("consistency/checkAgain"));
    m_repair = buttons->addButton(tr("Repair…"), QDialogButtonBox::ActionRole);
    m_repair->setObjectName(QStringLiteral("consistency/repair"));
    m_repair->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ConsistencyDialog::cancel);
    connect(m_checkAgain, &QPushButton::clicked, this, &ConsistencyDialog::startCheck);
    connect(m_repair, &QPushButton::clicked, this, &ConsistencyDialog::repair);
}

ConsistencyDialog::~ConsistencyDialog()
{
    *m_alive = false;
    m_repairer.reset();
    m_checker.reset();
}

QPushButton *ConsistencyDialog::makeButton(Profile &profile, QWidget *parent)
{
    auto *button = new QPushButton(tr("Check Consistency…"), parent);
    button->setObjectName(QStringLiteral("action/checkConsistency"));
    button->setToolTip(
        tr("Compare Outlook, the CRM and the journal for the linked users, list what disagrees, "
           "and repair it if you choose."));
    QObject::connect(button, &QPushButton::clicked, button, [&profile, parent] {
        auto *dialog = new ConsistencyDialog(profile, parent);
        dialog->setObjectName(QStringLiteral("consistencyDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        dialog->startCheck();
    });
    return button;
}

void ConsistencyDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    m_checkAgain->setEnabled(!busy);
    m_repair->setEnabled(!busy &&
                         std::any_of(m_check.findings.cbegin(), m_check.findings.cend(),
                                     [](const Finding &f) { return f.repair != RepairAction::None; }));
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what);
    }
}

void ConsistencyDialog::startCheck()
{
    if (m_busy)
        return;
    m_check = consistency::CheckReport();
    setBusy(true, tr("Connecting…"));
    m_summary->setText(tr("Checking…"));
    std::weak_ptr<bool> alive = m_alive;
    m_profile.servers([this, alive](Result<Profile::Servers> opened) {
        if (alive.expired())
            return;
        consistency::CheckReport failed;
        if (!opened.ok()) {
            failed.error = opened.error().message;
            return checked(failed);
        }
        // A check after a Save works with what is saved now; the repair uses what its check used.
        m_connections = opened.value().connections;
        m_journal = opened.value().journal;
        m_checker = std::make_unique<consistency::ConsistencyChecker>(
            *m_connections, *m_journal, m_profile.clock(),
            consistency::CheckOptions::fromSettings(m_settings));
        connect(m_checker.get(), &consistency::ConsistencyChecker::progress, this,
                [this](const QString &message, int done, int total) {
                    if (total > 0) {
                        m_progress->setRange(0, total);
                        m_progress->setValue(done);
                    }
                    m_progress->setFormat(message);
                });
        connect(m_checker.get(), &consistency::ConsistencyChecker::finished, this,
                &ConsistencyDialog::checked);
        m_checker->start();
    });
}

void ConsistencyDialog::cancel()
{
    if (m_checker && m_checker->isRunning())
        m_checker->cancel();
    if (m_repairer && m_repairer->isRunning())
        m_repairer->cancel();
    m_cancel->setEnabled(false);
    m_progress->setFormat(tr("Stopping…"));
}

void ConsistencyDialog::checked(const consistency::CheckReport &report)
{
    m_check = report;
    if (m_checker) {
        m_directory = m_checker->directory();
        holdUntilDestroyed(m_checker.get(), m_connections, m_journal);
        m_checker.release()->deleteLater(); // this call may come from inside it
    }
    setBusy(false, QString());
    showFindings();
    Q_EMIT checkFinished(report);
}

void ConsistencyDialog::showFindings()
{
    m_table->setRowCount(0);
    for (const Finding &f : std::as_const(m_check.findings)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{
            ConsistencyText::kindLabel(f.kind),
            f.address.isEmpty() ? f.mailbox : f.address,
            f.subject,
            f.startUtc.isValid() ? QLocale().toString(f.startUtc.toLocalTime(), QLocale::ShortFormat)
                                 : QString(),
            f.detail,
            f.repair == RepairAction::None ? tr("none: %1").arg(f.repairNote) : f.repairNote};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    QStringList lines;
    if (!m_check.error.isEmpty())
        lines.append(tr("The check failed: %1").arg(m_check.error));
    else if (m_check.cancelled)
        lines.append(tr("The check was cancelled; the list is incomplete."));
    else
        lines.append(ConsistencyText::summary(m_check));
    for (const QString &e : std::as_const(m_check.errors))
        lines.append(tr("Not read: %1").arg(e));
    if (!m_repairSummary.isEmpty())
        lines.prepend(m_repairSummary);
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ConsistencyDialog::repair()
{
    if (m_busy)
        return;
    const int repairs = int(std::count_if(m_check.findings.cbegin(), m_check.findings.cend(),
                                          [](const Finding &f) { return f.repair != RepairAction::None; }));
    if (repairs == 0 || !m_check.errors.isEmpty() || !m_check.error.isEmpty() || m_check.cancelled)
        return;
    const QString question = tr(
        "Repair %n finding(s) now?\n\nLinks are written to the journal, drift is written with the conflict "
        "policy, and only duplicates the sync created are deleted. Nobody is invited or notified. Every "
        "change "
        "goes to the transaction log. Findings marked \"none\" are left for you.",
        nullptr, repairs);
    std::weak_ptr<bool> alive = m_alive;
    auto go = [this, alive](bool yes) {
        if (alive.expired() || !yes)
            return;
        consistency::RepairOptions options;
        const consistency::CheckOptions check = consistency::CheckOptions::fromSettings(m_settings);
        options.mapping = check.mapping;
        options.policy = check.policy;
        options.exchangeToCrm = check.exchangeToCrm;
        options.diagnosticMode = m_settings.diagnosticMode();
        m_repairer = std::make_unique<consistency::ConsistencyRepairer>(*m_connections, *m_journal,
                                                                        m_profile.clock(), options);
        connect(m_repairer.get(), &consistency::ConsistencyRepairer::progress, this,
                [this](const QString &message, int done, int total) {
                    m_progress->setRange(0, total);
                    m_progress->setValue(done);
                    m_progress->setFormat(message);
                });
        connect(m_repairer.get(), &consistency::ConsistencyRepairer::finished, this,
                &ConsistencyDialog::repaired);
        setBusy(true, tr("Repairing…"));
        m_repairer->start(m_check, m_directory);
    };
    if (m_confirm)
        return m_confirm(question, go);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Repair"), question,
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("consistency/confirm"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [go, box](int) { go(box->clickedButton() == box->button(QMessageBox::Yes)); });
    box->open();
}

void ConsistencyDialog::repaired(const consistency::RepairReport &report)
{
    if (m_repairer) {
        holdUntilDestroyed(m_repairer.get(), m_connections, m_journal);
        m_repairer.release()->deleteLater();
    }
    QStringList lines{tr("Repair: %1").arg(consistency::ConsistencyRepairer::describe(report))};
    for (const QString &f : report.failures)
        lines.append(tr("Failed: %1").arg(f));
    m_repairSummary = lines.join(QLatin1Char('\n'));
    m_busy = false;
    Q_EMIT repairFinished(report);
    startCheck(); // what is left
}

} // namespace cxsync
