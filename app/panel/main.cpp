#include "ControlPanelWindow.h"
#include "KeychainSecretStore.h"
#include "LayeredSecretStore.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "SecretsFile.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CRM Exchange Sync"));
    QApplication::setApplicationName(QStringLiteral("cxsync-panel"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cxsync"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "CRM Exchange Sync control panel"));
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QApplication::translate("main", "Settings file (INI)."),
                                          QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file and exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start the Graph and Sage CRM sandboxes with sample "
                                        "data and open the panel on a profile for them."));
    parser.addOptions({configOption, screenshotOption, demoOption});
    parser.process(app);

    // --demo: the same sandboxes as `cxsync demo`, in this process, with a throw-away profile and its secrets
    // handed to the panel for this session (no keychain needed).
    std::unique_ptr<cxsync::sandbox::SandboxEnvironment> sandboxes;
    QTemporaryDir demoDir;
    QString configPath = cxsync::Settings::resolveLocation(parser.value(configOption));
    cxsync::SecretsFile::Values demoSecrets;
    if (parser.isSet(demoOption)) {
        sandboxes = std::make_unique<cxsync::sandbox::SandboxEnvironment>();
        QString error;
        if (!demoDir.isValid() || !sandboxes->start(cxsync::sandbox::SandboxOptions{}, &error)) {
            std::fprintf(stderr, "cxsync-panel: the demo sandboxes did not start: %s\n", qPrintable(error));
            return 1;
        }
        configPath = demoDir.filePath(QStringLiteral("demo-profile.ini"));
        const QString secretsPath = demoDir.filePath(QStringLiteral("demo-secrets"));
        const cxsync::Status written =
            cxsync::sandbox::SandboxProfile::write(sandboxes->describe(), configPath, secretsPath);
        auto loaded = written.ok() ? cxsync::SecretsFile::load(secretsPath)
                                   : cxsync::Result<cxsync::SecretsFile::Values>(written.error());
        if (!loaded.ok()) {
            std::fprintf(stderr, "cxsync-panel: %s\n", qPrintable(loaded.error().message));
            return 1;
        }
        demoSecrets = loaded.value();
    }

    auto opened = cxsync::Settings::open(configPath);
    if (!opened.ok()) {
        const QString message = opened.error().message;
        std::fprintf(stderr, "cxsync-panel: %s\n", qPrintable(message));
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Exchange Sync"), message);
        return 2;
    }
    std::unique_ptr<cxsync::Settings> settings = std::move(opened).value();
    cxsync::KeychainSecretStore keychain(settings->profileId());
    cxsync::LayeredSecretStore secrets(&keychain);
    secrets.setSessionFallback(true);
    secrets.setOverrides(demoSecrets);

    cxsync::ControlPanelWindow window(*settings, secrets);
    if (sandboxes) {
        const QJsonObject line = sandboxes->describe();
        window.appendStatus(QApplication::translate(
                                "main", "Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2. "
                                        "The profile and its secrets are discarded when the panel closes.")
                                .arg(line.value(QStringLiteral("graph")).toString(),
                                     line.value(QStringLiteral("crm")).toString()));
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto grab = [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr, "cxsync-panel: cannot write %s\n", qPrintable(file));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        };
        if (sandboxes) {
            // The demo picture shows a Test Connection run against the sandboxes.
            QObject::connect(&window, &cxsync::ControlPanelWindow::testConnectionFinished, &window,
                             [grab] { QTimer::singleShot(300, grab); });
            QTimer::singleShot(500, &window, [&window] { window.testConnection(); });
        } else {
            // Give the keychain probe a moment so the picture shows what an admin would see.
            QTimer::singleShot(1500, &window, grab);
        }
    }
    return app.exec();
}
