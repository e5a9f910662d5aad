#include "ControlPanelWindow.h"
#include "KeychainSecretStore.h"
#include "LayeredSecretStore.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
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
                                          QApplication::translate("main", "Settings file (INI)."), QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Render the window to a PNG file and exit."),
                                              QStringLiteral("FILE.png"));
    parser.addOptions({configOption, screenshotOption});
    parser.process(app);

    auto opened = cxsync::Settings::open(cxsync::Settings::resolveLocation(parser.value(configOption)));
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

    cxsync::ControlPanelWindow window(*settings, secrets);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Give the keychain probe a moment so the picture shows what an admin would see.
        QTimer::singleShot(1500, &window, [&window, file] {
            if (!window.grab().save(file, "PNG")) {
                std::fprintf(stderr, "cxsync-panel: cannot write %s\n", qPrintable(file));
                QApplication::exit(1);
                return;
            }
            QApplication::exit(0);
        });
    }
    return app.exec();
}
