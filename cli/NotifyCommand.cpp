#include "NotifyCommand.h"

#include "CliContext.h"
#include "config/Settings.h"
#include "notify/ErrorMailer.h"
#include "notify/ErrorNotifier.h"
#include "queue/FailedMessageQueue.h"

#include <QPointer>
#include <QTextStream>

namespace cxsync {

NotifyCommand::NotifyCommand(Profile &profile, QTextStream &out, QTextStream &err, QObject *parent)
    : JournalCommand(profile, out, err, Options{}, parent)
{
}

NotifyCommand::~NotifyCommand() = default;

QString NotifyCommand::usage()
{
    return tr("usage: cxsync notify test | notify digest");
}

void NotifyCommand::run(const QStringList &args, std::function<void(int)> done)
{
    m_done = std::move(done);
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("test") && sub != QLatin1String("digest")))
        return finish(fail(ExitUsage, usage()));
    if (sub == QLatin1String("digest") && !openJournal())
        return finish(ExitFailed);
    m_mailer = std::make_unique<notify::ErrorMailer>();
    QPointer<NotifyCommand> self(this);
    notify::SmtpConfig::load(m_settings, m_secrets, [self, sub](Result<notify::SmtpConfig> config) {
        if (!self)
            return;
        if (!config.ok()) {
            const Error &e = config.error();
            return self->finish(self->fail(
                e.kind == ErrorKind::Invalid || e.kind == ErrorKind::NotFound ? ExitUsage : ExitFailed,
                e.message));
        }
        if (sub == QLatin1String("test")) {
            // The test mail does not need the journal: a queue over nothing is never read.
            auto printReceipt = [self](Result<notify::MailReceipt> sent) {
                if (!self)
                    return;
                if (!sent.ok())
                    return self->finish(
                        self->fail(sent.error().kind == ErrorKind::Invalid ? ExitUsage : ExitFailed,
                                   sent.error().message));
                for (const QString &line : sent.value().transcript)
                    self->m_out << tr("server: %1").arg(line) << '\n';
                self->m_out << tr("Test mail accepted by the server: %1").arg(sent.value().lastReply)
                            << Qt::endl;
                self->finish(ExitOk);
            };
            const QString to = self->m_settings.value(Keys::ErrorEmail).toString().trimmed();
            if (to.isEmpty())
                return self->finish(self->fail(ExitUsage, tr("%1 is not set: nobody to send the test mail to")
                                                              .arg(SettingsSchema::label(Keys::ErrorEmail))));
            // ErrorNotifier composes the mail; it needs a queue only for digests.
            if (!self->m_journal && !self->openJournal())
                return self->finish(ExitFailed);
            self->m_notifier =
                std::make_unique<notify::ErrorNotifier>(*self->m_queue, self->m_clock, *self->m_mailer);
            self->m_notifier->configure(self->m_settings);
            self->m_out << tr("Sending a test mail to %1 through %2:%3…")
                               .arg(to, config.value().host)
                               .arg(config.value().port)
                        << Qt::endl;
            self->m_notifier->sendTest(config.value(), printReceipt);
            return;
        }
        self->m_notifier =
            std::make_unique<notify::ErrorNotifier>(*self->m_queue, self->m_clock, *self->m_mailer);
        self->m_notifier->configure(self->m_settings);
        self->m_notifier->maybeSend(config.value(), [self](Result<notify::DigestOutcome> outcome) {
            if (!self)
                return;
            if (!outcome.ok())
                return self->finish(
                    self->fail(outcome.error().kind == ErrorKind::Invalid ? ExitUsage : ExitFailed,
                               outcome.error().message));
            const notify::DigestOutcome &o = outcome.value();
            switch (o.kind) {
            case notify::DigestOutcome::Kind::Sent:
                self->m_out << tr("Digest of %n failure(s) sent: %1", nullptr, int(o.failures))
                                   .arg(o.receipt.lastReply)
                            << Qt::endl;
                break;
            case notify::DigestOutcome::Kind::NothingToReport:
                self->m_out << tr("Nothing new to report.") << Qt::endl;
                break;
            case notify::DigestOutcome::Kind::NotYet:
                self->m_out
                    << tr("The last error mail was sent less than the interval ago; the next may go at %1.")
                           .arg(local(o.notBeforeUtc))
                    << Qt::endl;
                break;
            }
            self->finish(ExitOk);
        });
    });
}

std::unique_ptr<Command> makeNotifyCommand()
{
    auto notify = std::make_unique<ProfileFamily>(
        QStringLiteral("notify"), QString(),
        NotifyCommand::tr("the error e-mail: a test mail, or the digest of new failures"),
        [](CommandCall &call) {
            CliContext &cx = call.context;
            cx.keep(std::make_unique<NotifyCommand>(cx.profile(), cx.out(), cx.err()))
                ->run(call.args, call.done);
        });
    notify->addSubcommand(std::make_unique<Command>(QStringLiteral("test"), QStringLiteral("notify test"),
                                                    NotifyCommand::tr("send a test error mail now")));
    notify->addSubcommand(
        std::make_unique<Command>(QStringLiteral("digest"), QStringLiteral("notify digest"),
                                  NotifyCommand::tr("send the error digest if one is due")));
    return notify;
}

} // namespace cxsync
