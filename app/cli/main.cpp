#include "Cli.h"
#include "diagnostics/LogSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Exchange Sync"));
    QCoreApplication::setApplicationName(QStringLiteral("cxsync"));

    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);

    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Under systemd (cxsync.service) the journal gets each message's priority.
    if (cxsync::LogSetup::stderrIsJournal(environment))
        cxsync::LogSetup::installJournalPriorities();
    cxsync::Cli cli(app.arguments(), environment, &in, &out, &err);
    // Started from the event loop so that a command finishing at once still reaches exec()'s exit code.
    QTimer::singleShot(0, &cli, [&cli] { cli.run([](int code) { QCoreApplication::exit(code); }); });
    return app.exec();
}
