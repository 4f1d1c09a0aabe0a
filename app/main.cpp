// Confab desktop app: parses the command line, opens the store and shows the MainWindow.
#include "network/apikeystore.h"
#include "network/profilestore.h"
#include "storage/privatefiles.h"
#include "storage/sessionstore.h"
#include "translations/translationloader.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/demodata.h"
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
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>

namespace {

// A dark palette, to check (and show) that every colour follows the palette.
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 40));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 28, 30));
    p.setColor(QPalette::AlternateBase, QColor(44, 44, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 126, 219));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::ToolTipBase, QColor(50, 50, 54));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    return p;
}

} // namespace

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
        QApplication::translate("main", "Database file to use."), QStringLiteral("path"),
        SessionStore::defaultPath());
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
        QApplication::translate("main", "Settings (INI) file to use."), QStringLiteral("path"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after"),
        QApplication::translate("main", "Quit after this many milliseconds."), QStringLiteral("ms"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Fill a temporary database with a demo chat, save a picture of the window "
            "to this file and quit."),
        QStringLiteral("png"));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QApplication::translate("main", "Use a dark palette."));
    parser.addOptions({dbOption, settingsOption, quitOption, screenshotOption, darkOption});
    parser.process(app);

    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    // The screenshot runs on throw-away files, never on the user's.
    const QString screenshot = parser.value(screenshotOption);
    QTemporaryDir scratch;
    QString dbPath = parser.value(dbOption);
    QString settingsPath
        = parser.isSet(settingsOption) ? parser.value(settingsOption) : ProfileStore::defaultSettingsPath();
    if (!screenshot.isEmpty()) {
        dbPath = scratch.filePath(QStringLiteral("demo.sqlite"));
        settingsPath = scratch.filePath(QStringLiteral("demo.ini"));
    }

    // A URL or a folder is a mistake on the command line: say so, create nothing.
    if (const QString problem = SessionStore::pathProblem(dbPath); !problem.isEmpty()) {
        std::fprintf(stderr, "confab: %s\n", qPrintable(problem));
        return 2;
    }
    SessionStore store;
    PrivateFiles::ensureDir(QFileInfo(dbPath).absolutePath()); // 0700 when Confab creates it
    if (!StoreOpener::open(&store, dbPath))
        return 1;
    PrivateFiles::prepareFile(settingsPath);
    QSettings settings(settingsPath, QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ApiKeyStore keys;
    QNetworkAccessManager nam;

    qint64 demoSession = 0;
    if (!screenshot.isEmpty()) {
        demoSession = DemoData::fill(&store);
        settings.setValue(QStringLiteral("window/lastSession"), demoSession);
        settings.setValue(QStringLiteral("ui/firstRunDone"), true);
        if (auto profile = profiles.defaultProfile()) {
            profile->model = QStringLiteral("llama3.1:8b");
            profiles.updateProfile(*profile);
        }
    }
    // First start (or every profile removed): help the user reach a server before anything else.
    const bool autoQuit = parser.isSet(quitOption) || !screenshot.isEmpty();
    if (!autoQuit
        && (profiles.profiles().isEmpty() || !settings.value(QStringLiteral("ui/firstRunDone")).toBool())) {
        FirstRunDialog dialog(&profiles, &keys, &nam);
        dialog.exec();
        settings.setValue(QStringLiteral("ui/firstRunDone"), true);
    }

    auto window = std::make_unique<MainWindow>(&store, &profiles, &keys, &settings);
    if (!screenshot.isEmpty())
        window->resize(1180, 760);
    window->show();
    // The screenshot shows the end of the demo chat, as the app opens it: the last reply in full
    // and an empty composer.
    const auto showConversationEnd = [&window] {
        window->chatPane()->composer()->clear();
        ChatView *view = window->chatPane()->view();
        view->doItemsLayout();
        view->followBottom();
    };
    if (!screenshot.isEmpty())
        showConversationEnd();
    if (qEnvironmentVariableIsSet("CONFAB_REPORT_STARTUP")) {
        QTimer::singleShot(0, &app, [&startup] {
            qInfo("confab: first window shown after %lld ms", static_cast<long long>(startup.elapsed()));
        });
    }
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(600, &app, [&window, screenshot, showConversationEnd] {
            showConversationEnd(); // rows measured since the first layout may have grown
            const bool saved = window->grab().save(screenshot);
            if (!saved)
                qWarning("confab: could not write %s", qPrintable(screenshot));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    if (parser.isSet(quitOption))
        QTimer::singleShot(parser.value(quitOption).toInt(), &app, &QApplication::quit);

    const int result = app.exec();
    window.reset(); // flushes streamed text and purges chats deleted in this run
    settings.sync();
    return result;
}
