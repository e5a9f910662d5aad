// cxsync-sandbox: the Graph and Sage CRM sandboxes (and with --ews the EWS sandbox) as a process. Prints one JSON line with base URLs and
// credentials, then serves until stopped (SIGINT/SIGTERM save the state when --state is given). The line comes only once
// every server listens and --profile/--secrets are written: `cxsync demo` and `cxsync-panel --demo` (cli/SandboxProcess)
// take it as the signal that their child is ready.
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cxsync-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Microsoft Graph, Exchange Web Services and Sage CRM sandbox servers with sample data"));
    parser.addHelpOption();
    const QCommandLineOption graphOpt(QStringLiteral("graph"),
                                      QStringLiteral("Run the Graph sandbox (default: both)."));
    const QCommandLineOption crmOpt(QStringLiteral("crm"),
                                    QStringLiteral("Run the Sage CRM sandbox (default: both)."));
    const QCommandLineOption usersOpt(QStringLiteral("users"), QStringLiteral("Sample users (default 50)."),
                                      QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption apptOpt(QStringLiteral("appointments"),
                                     QStringLiteral("Sample appointments (default 200)."),
                                     QStringLiteral("M"), QStringLiteral("200"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Sample data seed (default 1)."),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption stateOpt(QStringLiteral("state"),
                                      QStringLiteral("SQLite state file: resumed from, saved on exit."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption faultsOpt(
        QStringLiteral("faults"), QStringLiteral("Fault plan (JSON text or file)."), QStringLiteral("PLAN"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"),
                                        QStringLiteral("Milliseconds added to every request."),
                                        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption zoneOpt(QStringLiteral("crm-zone"),
                                     QStringLiteral("The CRM server's time zone id (default Europe/London)."),
                                     QStringLiteral("ZONE"), QStringLiteral("Europe/London"));
    const QCommandLineOption releaseOpt(
        QStringLiteral("crm-release"),
        QStringLiteral(
            "The Sage CRM release the CRM sandbox behaves like, e.g. 2024R1 (default 2024R2). Releases "
            "before 2024R2 reject orderBy and combined where filters."),
        QStringLiteral("RELEASE"), QStringLiteral("2024R2"));
    const QCommandLineOption noPrototypesOpt(
        QStringLiteral("crm-no-entity-prototypes"),
        QStringLiteral("The CRM sandbox answers $prototypes/{entity} with 404, as some installs do."));
    const QCommandLineOption ewsOpt(
        QStringLiteral("ews"),
        QStringLiteral("Also run the EWS sandbox (on-premises Exchange over the Graph sandbox's mailboxes) on "
                       "PORT (0 = any free port)."),
        QStringLiteral("PORT"));
    const QCommandLineOption ewsBasicOpt(QStringLiteral("ews-basic"),
                                         QStringLiteral("The EWS sandbox also accepts Basic logons (NTLM always)."));
    const QCommandLineOption ewsFaultsOpt(
        QStringLiteral("ews-faults"),
        QStringLiteral("Faults per EWS operation (JSON text or file; \"path\" matches the operation name, e.g. "
                       "^CreateItem$; faults reset, reset-after, server-busy, 503). Needs --ews."),
        QStringLiteral("PLAN"));
    const QCommandLineOption policiesOpt(
        QStringLiteral("graph-access-policies"),
        QStringLiteral("Exchange Online application access policies (JSON list or file: [{\"appId\": GUID, "
                       "\"accessRight\": \"RestrictAccess\"|\"DenyAccess\", \"scopeGroup\": name, "
                       "\"members\": [mailbox, ...]}])."),
        QStringLiteral("POLICIES"));
    const QCommandLineOption profileOpt(QStringLiteral("profile"),
                                        QStringLiteral("Write a cxsync settings file for this sandbox."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption secretsOpt(
        QStringLiteral("secrets"),
        QStringLiteral("Write a mode-0600 secrets file for cxsync --secrets-file."), QStringLiteral("FILE"));
    parser.addOptions({graphOpt, crmOpt, usersOpt, apptOpt, seedOpt, stateOpt, faultsOpt, latencyOpt, zoneOpt,
                       releaseOpt, noPrototypesOpt, ewsOpt, ewsBasicOpt, ewsFaultsOpt, policiesOpt, profileOpt,
                       secretsOpt});
    parser.process(app);

    const auto number = [&parser](const QCommandLineOption &opt, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        *out = parser.value(opt).toLongLong(&ok);
        if (!ok || *out < min || *out > max) {
            std::fprintf(stderr, "cxsync-sandbox: --%s must be a number from %lld to %lld\n",
                         qPrintable(opt.names().first()), static_cast<long long>(min),
                         static_cast<long long>(max));
            return false;
        }
        return true;
    };
    cxsync::sandbox::SandboxOptions options;
    qint64 users = 0, appointments = 0, seed = 0, latency = 0;
    if (!number(usersOpt, 1, 100000, &users) || !number(apptOpt, 0, 1000000, &appointments) ||
        !number(seedOpt, 0, std::numeric_limits<qint64>::max(), &seed) ||
        !number(latencyOpt, 0, 60000, &latency))
        return 2;
    const bool onlyOne = parser.isSet(graphOpt) != parser.isSet(crmOpt);
    options.graph = !onlyOne || parser.isSet(graphOpt);
    options.crm = !onlyOne || parser.isSet(crmOpt);
    options.users = int(users);
    options.appointments = int(appointments);
    options.seed = quint64(seed);
    options.latencyMs = int(latency);
    options.statePath = parser.value(stateOpt);
    options.faultPlan = parser.value(faultsOpt);
    options.crmTimeZone = parser.value(zoneOpt).toUtf8();
    // Sage CRM releases are named year + R1/R2 (2022 R1 ... 2024 R2); spaces are allowed ("2024 R1").
    static const QRegularExpression release(QStringLiteral("^\\s*(20\\d\\d)\\s*R([12])\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch releaseMatch = release.match(parser.value(releaseOpt));
    if (!releaseMatch.hasMatch()) {
        std::fprintf(stderr,
                     "cxsync-sandbox: --crm-release must be a Sage CRM release such as 2024R1, not '%s'\n",
                     qPrintable(parser.value(releaseOpt)));
        return 2;
    }
    options.crmLegacyApi =
        releaseMatch.captured(1).toInt() * 10 + releaseMatch.captured(2).toInt() < 2024 * 10 + 2;
    options.crmEntityPrototypes = !parser.isSet(noPrototypesOpt);
    if (parser.isSet(ewsOpt)) {
        qint64 ewsPort = 0;
        if (!number(ewsOpt, 0, 65535, &ewsPort))
            return 2;
        options.ewsPort = quint16(ewsPort);
    } else if (parser.isSet(ewsBasicOpt) || parser.isSet(ewsFaultsOpt)) {
        std::fprintf(stderr, "cxsync-sandbox: --%s needs --ews PORT\n",
                     parser.isSet(ewsBasicOpt) ? "ews-basic" : "ews-faults");
        return 2;
    }
    options.ewsBasic = parser.isSet(ewsBasicOpt);
    options.graphAccessPolicies = parser.value(policiesOpt);
    options.ewsOperationFaults = parser.value(ewsFaultsOpt);

    cxsync::sandbox::SandboxEnvironment env;
    QString error;
    if (!env.start(options, &error)) {
        std::fprintf(stderr, "cxsync-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject line = env.describe();
    if (parser.isSet(profileOpt)) {
        const cxsync::Status written =
            cxsync::sandbox::SandboxProfile::write(line, parser.value(profileOpt), parser.value(secretsOpt));
        if (!written.ok()) {
            std::fprintf(stderr, "cxsync-sandbox: %s\n", qPrintable(written.error().message));
            return 1;
        }
    } else if (parser.isSet(secretsOpt)) {
        std::fprintf(stderr, "cxsync-sandbox: --secrets needs --profile\n");
        return 2;
    }
    std::fprintf(stdout, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    // Stop cleanly on SIGINT/SIGTERM: the handler only writes to a pipe; the event loop does the rest.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&env, &options] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            QString saveError;
            if (!options.statePath.isEmpty() && !env.saveState(&saveError))
                std::fprintf(stderr, "cxsync-sandbox: state not saved: %s\n", qPrintable(saveError));
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
