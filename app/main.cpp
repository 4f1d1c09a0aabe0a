// Confab desktop app: parses the command line, opens the store and shows the MainWindow.
// The screenshot mode and its demo data live apart, in tools/screenshot (not installed).
#include "settings/apikeystore.h"
#include "settings/databasepassword.h"
#include "settings/profilestore.h"
#include "settings/storesetting.h"
#include "startupreport.h"
#include "storage/privatefiles.h"
#include "storage/sessionstore.h"
#include "storage/storelocation.h"
#include "translations/translationloader.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/darkpalette.h"
#include "views/firstrundialog.h"
#include "views/mainwindow.h"
#include "views/storeopener.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Confab"));
    QApplication::setApplicationName(QStringLiteral("Confab"));
    QApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.confab.Confab"));
    TranslationLoader::install(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop chat client for large language models"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "Database file or postgresql:// URL to use."), QStringLiteral("path"),
        SessionStore::defaultPath());
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
        QApplication::translate("main", "Settings (INI) file to use."), QStringLiteral("path"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after this many milliseconds."), QStringLiteral("ms"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette."));
    parser.addOptions({dbOption, settingsOption, quitOption, darkOption});
    parser.process(app);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    const QString settingsPath
        = parser.isSet(settingsOption) ? parser.value(settingsOption) : ProfileStore::defaultSettingsPath();
    PrivateFiles::prepareFile(settingsPath);
    QSettings settings(settingsPath, QSettings::IniFormat);
    // --db wins over the store chosen in Settings › Database.
    const QString dbPath = StoreSetting::choose(
        parser.value(dbOption), parser.isSet(dbOption), settings, SessionStore::defaultPath());

    // A URL or a folder is a mistake on the command line: say so, create nothing.
    if (const QString problem = SessionStore::pathProblem(dbPath); !problem.isEmpty()) {
        std::fprintf(stderr, "confab: %s\n", qPrintable(problem));
        return 2;
    }
    SessionStore store;
    if (StoreLocation::parse(dbPath).kind() == StoreLocation::Kind::File)
        PrivateFiles::ensureDir(QFileInfo(dbPath).absolutePath()); // 0700 when Confab creates it
    QString keychainError;
    if (!DatabasePassword::apply(&store, dbPath, &keychainError))
        qWarning("the keychain refused access to the database password: %s", qPrintable(keychainError));
    // A store chosen in Settings that fails may be passed over for the default file this time.
    const bool fromSettings = !parser.isSet(dbOption) && !StoreSetting::saved(settings).isEmpty();
    if (!StoreOpener::open(&store, dbPath, nullptr, fromSettings ? SessionStore::defaultPath() : QString()))
        return 1;
    ProfileStore profiles(&settings);
    ApiKeyStore keys;
    QNetworkAccessManager nam;

    // First start (or every profile removed): help the user reach a server before anything else.
    if (!parser.isSet(quitOption)
        && (profiles.profiles().isEmpty() || !settings.value(QStringLiteral("ui/firstRunDone")).toBool())) {
        FirstRunDialog dialog(&profiles, &keys, &nam);
        dialog.exec();
        settings.setValue(QStringLiteral("ui/firstRunDone"), true);
    }

    auto window = std::make_unique<MainWindow>(&store, &profiles, &keys, &settings);
    window->show();
    if (qEnvironmentVariableIsSet("CONFAB_REPORT_STARTUP")) {
        new StartupReport(startup, window->chatPane()->view()->viewport(),
            qEnvironmentVariable("CONFAB_REPORT_STARTUP") == QLatin1String("quit"), &app);
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);

    const int result = app.exec();
    window.reset(); // flushes streamed text and purges chats deleted in this run
    settings.sync();
    return result;
}
