#include "Cli.h"
#include "diagnostics/LogSetup.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Exchange Sync"));
    QCoreApplication::setApplicationName(QStringLiteral("cxsync"));

    // Messages and help follow the locale (LANGUAGE even under LANG=C, then LC_ALL, LC_MESSAGES, LANG), with
    // the panel's translations (:/i18n, compiled in); LANG=C (or a language without a translation) keeps the
    // English source strings. Machine output is never translated: command and option names, exit codes and
    // exports are not tr() strings, and a --json run stays English throughout, so that the messages inside
    // its JSON (and on standard error) read the same for a script whatever the server's language.
    QTranslator translator;
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    if (!json && translator.load(QLocale::system(), QStringLiteral("cxsync"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

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
