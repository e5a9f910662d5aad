#include "SecretCommand.h"

#include "CliContext.h"
#include "config/KeychainSecretStore.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "connect/Connections.h"

#include <QPointer>
#include <QStringDecoder>
#include <QTextStream>

namespace cxsync {

namespace {

class SecretCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SecretCommand)
public:
    SecretCommand()
        : Command(QStringLiteral("secret"), QStringLiteral("secret SUBCOMMAND"),
                  tr("store the profile's secrets in the keychain and tell where each comes from"))
    {
    }

    void run(CommandCall &call) override { secretCommand(call.context, call.args, call.done); }

private:
    static void secretCommand(CliContext &cx, const QStringList &args, std::function<void(int)> done);
};

} // namespace

std::unique_ptr<Command> makeSecretCommand()
{
    auto secret = std::make_unique<SecretCommand>();
    secret->addSubcommand(std::make_unique<Command>(
        QStringLiteral("set"), QStringLiteral("secret set NAME[@SERVER]"),
        SecretCommand::tr("store a secret in the keychain; the value is read from stdin\n"
                          "(@SERVER: an additional Exchange server's client secret)")));
    secret->addSubcommand(
        std::make_unique<Command>(QStringLiteral("status"), QStringLiteral("secret status"),
                                  SecretCommand::tr("where each secret would come from (never its value)")));
    return secret;
}

void SecretCommand::secretCommand(CliContext &cx, const QStringList &args, std::function<void(int)> done)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("set") && sub != QLatin1String("status")) {
        done(cx.fail(ExitUsage, tr("usage: cxsync secret set NAME | cxsync secret status")));
        return;
    }
    if (!cx.openSettings()) {
        done(ExitUsage);
        return;
    }
    if (sub == QLatin1String("set")) {
        if (args.size() != 2) {
            done(cx.fail(ExitUsage,
                         tr("usage: cxsync secret set NAME (the value is read from standard input)")));
            return;
        }
        // NAME@SERVER: a secret of an additional Exchange server (exchangeServers/SERVER/...).
        const QString server =
            args.at(1).contains(QLatin1Char('@')) ? args.at(1).section(QLatin1Char('@'), 1) : QString();
        const auto secret = secretFromName(args.at(1).section(QLatin1Char('@'), 0, 0));
        if (!secret) {
            done(cx.fail(ExitUsage,
                         tr("unknown secret '%1'; see cxsync help secret for the names").arg(args.at(1))));
            return;
        }
        if (!server.isEmpty() && !cx.settings().additionalServers().contains(server)) {
            done(cx.fail(ExitUsage, tr("there is no additional Exchange server '%1' in %2 (set its "
                                       "exchangeServers/%1/... settings first)")
                                        .arg(server, cx.settings().location())));
            return;
        }
        if (cx.secretsFromStdin()) {
            done(cx.fail(ExitUsage,
                         tr("secret set reads the value from standard input; do not combine it with "
                            "--password-stdin")));
            return;
        }
        // The value, its line end and one byte more at most: a longer (or endless) input is refused unread.
        QByteArray data = cx.readInput(SecretsFile::kMaxValueBytes + 2);
        if (data.endsWith('\n'))
            data.chop(1);
        if (data.endsWith('\r'))
            data.chop(1);
        if (data.isEmpty()) {
            done(cx.fail(ExitUsage, tr("no value on standard input for %1").arg(secretName(*secret))));
            return;
        }
        if (data.contains('\n')) {
            done(cx.fail(ExitUsage, tr("the value for %1 has more than one line").arg(secretName(*secret))));
            return;
        }
        if (data.size() > SecretsFile::kMaxValueBytes) {
            done(cx.fail(ExitUsage, tr("the value for %1 is longer than %2 bytes")
                                        .arg(secretName(*secret))
                                        .arg(SecretsFile::kMaxValueBytes)));
            return;
        }
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString value = utf8.decode(data);
        if (utf8.hasError()) {
            done(cx.fail(ExitUsage, tr("the value for %1 is not valid UTF-8").arg(secretName(*secret))));
            return;
        }
        cx.openKeychain();
        const Secret which = *secret;
        QPointer<QObject> alive(cx.lifetime());
        SecretStore *target = server.isEmpty() ? &cx.keychain() : cx.keychain().forServer(server);
        target->write(which, value, [alive, &cx, which, done](Status status) {
            if (!alive)
                return;
            if (!status.ok()) {
                done(cx.fail(
                    ExitFailed,
                    tr("%1 was not stored: %2. Headless runs can use %3 or a --secrets-file instead.")
                        .arg(secretName(which), status.error().message, secretEnvironmentVariable(which))));
                return;
            }
            cx.out() << tr("%1 stored in the %2").arg(secretName(which), cx.keychain().backendName())
                     << Qt::endl;
            done(ExitOk);
        });
        return;
    }

    // status: where each secret comes from, in the order a run would look.
    if (args.size() != 1) {
        done(cx.fail(ExitUsage, tr("usage: cxsync secret status")));
        return;
    }
    QString error;
    if (!cx.prepareSecrets(&error)) {
        done(cx.fail(ExitUsage, error));
        return;
    }
    // The profile's secrets, then each additional Exchange server's ("name@server").
    auto remaining = std::make_shared<QList<QPair<QString, Secret>>>();
    for (Secret s : allSecrets())
        remaining->append({QString(), s});
    for (const QString &server : cx.settings().additionalServers()) {
        for (Secret s : Connections::requiredServerSecrets(cx.settings(), server))
            remaining->append({server, s});
    }
    auto lines = std::make_shared<QStringList>();
    auto next = std::make_shared<std::function<void()>>();
    QPointer<QObject> alive(cx.lifetime());
    *next = [alive, &cx, remaining, lines, next, done]() {
        if (!alive)
            return;
        if (remaining->isEmpty()) {
            for (const QString &line : *lines)
                cx.out() << line << '\n';
            cx.out().flush();
            auto keepAlive = *next; // this lambda is stored in *next; clearing it breaks the cycle
            *next = nullptr;
            done(ExitOk);
            return;
        }
        const auto [server, s] = remaining->takeFirst();
        const QString name = server.isEmpty() ? secretName(s) : secretName(s) + QLatin1Char('@') + server;
        if (server.isEmpty() && cx.secretOrigins().contains(s)) {
            lines->append(QStringLiteral("%1: %2").arg(name, cx.secretOrigins().value(s)));
            (*next)();
            return;
        }
        if (cx.serverSecretOrigins().contains(name)) {
            lines->append(QStringLiteral("%1: %2").arg(name, cx.serverSecretOrigins().value(name)));
            (*next)();
            return;
        }
        SecretStore *store = server.isEmpty() ? &cx.secrets() : cx.secrets().forServer(server);
        store->read(s, [alive, &cx, name, lines, next](Result<QString> r) {
            if (!alive)
                return;
            QString where;
            if (r.ok())
                where = tr("in the %1").arg(cx.keychain().backendName());
            else if (r.error().kind == ErrorKind::NotFound)
                where = tr("not set");
            else
                where = tr("unknown: %1").arg(r.error().message);
            lines->append(QStringLiteral("%1: %2").arg(name, where));
            (*next)();
        });
    };
    (*next)();
}

} // namespace cxsync
