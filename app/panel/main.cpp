#include "ControlPanelWindow.h"
#include "SandboxProcess.h"
#include "config/KeychainSecretStore.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "profile/Profile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CRM Exchange Sync"));
    QApplication::setApplicationName(QStringLiteral("cxsync-panel"));

    // The panel's own strings (:/i18n, compiled in) in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG; on Windows the display language); Qt's own (dialog buttons, --help's standard options) from Qt's
    // translations when they are installed (Debian: qt6-translations-l10n).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("cxsync"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);

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
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QApplication::translate("main", "Open on this tab (its title, e.g. Service, or its number from 1)."),
        QStringLiteral("TAB"));
    parser.addOptions({configOption, screenshotOption, demoOption, tabOption});
    parser.process(app);

    const bool screenshot = parser.isSet(screenshotOption);
    // With --demo: the sandboxes' process and their folder, which outlive the panel built on them.
    std::unique_ptr<QTemporaryDir> demoDir;
    cxsync::SandboxProcess sandbox;
    // Built once the profile is known: at once, or with --demo when the sandboxes are ready. The one Profile
    // (settings, secrets, clock, journal, connections) every page and action of the window works with.
    std::unique_ptr<cxsync::Settings> settings;
    std::unique_ptr<cxsync::KeychainSecretStore> keychain;
    std::unique_ptr<cxsync::LayeredSecretStore> secrets;
    std::unique_ptr<cxsync::Profile> profile;
    std::unique_ptr<cxsync::ControlPanelWindow> window;
    const auto openPanel = [&](const QString &configPath, const cxsync::SecretsFile::Values &overrides,
                               bool demo) {
        auto opened = cxsync::Settings::open(configPath);
        if (!opened.ok()) {
            const QString message = opened.error().message;
            std::fprintf(stderr, "cxsync-panel: %s\n", qPrintable(message));
            if (!screenshot)
                QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Exchange Sync"), message);
            return false;
        }
        settings = std::move(opened).value();
        keychain = std::make_unique<cxsync::KeychainSecretStore>(settings->profileId());
        secrets = std::make_unique<cxsync::LayeredSecretStore>(keychain.get());
        secrets->setSessionFallback(true);
        secrets->setOverrides(overrides);
        profile = std::make_unique<cxsync::Profile>(*settings, *secrets);
        window = std::make_unique<cxsync::ControlPanelWindow>(*profile, *secrets);
        if (parser.isSet(tabOption)) {
            auto *tabs = window->findChild<QTabWidget *>();
            const QString wanted = parser.value(tabOption);
            bool isNumber = false;
            const int number = wanted.toInt(&isNumber);
            int index = isNumber ? number - 1 : -1;
            for (int i = 0; tabs && !isNumber && i < tabs->count(); ++i)
                if (tabs->tabText(i).remove(QLatin1Char('&')).compare(wanted, Qt::CaseInsensitive) == 0)
                    index = i;
            if (!tabs || index < 0 || index >= tabs->count()) {
                std::fprintf(stderr, "cxsync-panel: %s\n",
                             qPrintable(QApplication::translate("main", "no tab %1").arg(wanted)));
                return false;
            }
            tabs->setCurrentIndex(index);
        }
        window->show();
        if (!screenshot)
            return true;
        const QString file = parser.value(screenshotOption);
        auto grab = [&window, file] {
            if (!window->grab().save(file, "PNG")) {
                std::fprintf(stderr, "cxsync-panel: cannot write %s\n", qPrintable(file));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        };
        if (demo) {
            // The demo picture shows a Test Connection run against the sandboxes.
            QObject::connect(window.get(), &cxsync::ControlPanelWindow::testConnectionFinished, window.get(),
                             [grab] { QTimer::singleShot(300, grab); });
            QTimer::singleShot(500, window.get(), [&window] { window->testConnection(); });
        } else {
            // Give the keychain probe a moment so the picture shows what an admin would see.
            QTimer::singleShot(1500, window.get(), grab);
        }
        return true;
    };

    if (!parser.isSet(demoOption)) {
        if (!openPanel(cxsync::Settings::resolveLocation(parser.value(configOption)), {}, false))
            return 2;
        return app.exec();
    }

    // --demo: the same sandboxes as `cxsync demo`, as a child process (this binary holds no sandbox code)
    // that writes a throw-away profile and its secrets, handed to the panel for this session (no keychain
    // needed). The child stops when the panel closes (and with it, whatever ends it).
    demoDir = std::make_unique<QTemporaryDir>();
    if (!demoDir->isValid()) {
        std::fprintf(stderr, "cxsync-panel: cannot create a temporary folder for the demo\n");
        return 1;
    }
    cxsync::SandboxProcess::Options demo;
    demo.profilePath = demoDir->filePath(QStringLiteral("demo-profile.ini"));
    demo.secretsPath = demoDir->filePath(QStringLiteral("demo-secrets"));
    QProgressDialog progress(QApplication::translate("main", "Starting the demo sandboxes (cxsync-sandbox)…"),
                             QApplication::translate("main", "Cancel"), 0, 0);
    progress.setWindowTitle(QApplication::translate("main", "CRM Exchange Sync"));
    QObject::connect(&progress, &QProgressDialog::canceled, &app, [&sandbox] {
        sandbox.stop();
        QApplication::exit(1);
    });
    QObject::connect(&sandbox, &cxsync::SandboxProcess::waiting, &progress,
                     [&progress](int elapsed, int timeout) {
                         progress.setLabelText(
                             QApplication::translate("main", "Starting the demo sandboxes (cxsync-sandbox): "
                                                             "%1 s of at most %2 s…")
                                 .arg(elapsed)
                                 .arg(timeout));
                     });
    QObject::connect(&sandbox, &cxsync::SandboxProcess::exitedUnexpectedly, &app,
                     [&window](const QString &why) {
                         std::fprintf(stderr, "cxsync-panel: %s\n", qPrintable(why));
                         if (window)
                             window->appendStatus(
                                 QApplication::translate("main", "Demo: the sandboxes stopped: %1").arg(why));
                     });
    if (!screenshot)
        progress.show();
    sandbox.start(demo, [&](cxsync::Result<QJsonObject> ready) {
        progress.hide();
        if (!ready.ok()) {
            const QString message = QApplication::translate("main", "The demo sandboxes did not start: %1")
                                        .arg(ready.error().message);
            std::fprintf(stderr, "cxsync-panel: %s\n", qPrintable(message));
            if (!screenshot)
                QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Exchange Sync"), message);
            QApplication::exit(1);
            return;
        }
        const auto loaded = cxsync::SecretsFile::load(demo.secretsPath);
        if (!loaded.ok()) {
            std::fprintf(stderr, "cxsync-panel: %s\n", qPrintable(loaded.error().message));
            QApplication::exit(1);
            return;
        }
        if (!openPanel(demo.profilePath, loaded.value(), true)) {
            QApplication::exit(2);
            return;
        }
        window->appendStatus(
            QApplication::translate(
                "main", "Demo: Microsoft Graph sandbox at %1, Sage CRM sandbox at %2 (cxsync-sandbox, "
                        "process %3). The profile and its secrets are discarded when the panel "
                        "closes.")
                .arg(ready.value().value(QStringLiteral("graph")).toString(),
                     ready.value().value(QStringLiteral("crm")).toString())
                .arg(sandbox.processId()));
    });
    return app.exec();
}
