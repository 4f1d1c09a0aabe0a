// confab-screenshot: the README picture, made by the real MainWindow over demo data in a
// throw-away database and settings file. A development tool: built, never installed.
//   confab-screenshot OUT.png [--dark] [--size WIDTHxHEIGHT]   (default 1180x760)
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "tools/screenshot/demodata.h"
#include "translations/translationloader.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/codehighlighter.h"
#include "views/composer.h"
#include "views/darkpalette.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// The end of the demo chat, as the app opens it: the last reply in full and an empty composer.
void showConversationEnd(MainWindow *window)
{
    window->chatPane()->composer()->clear();
    ChatView *view = window->chatPane()->view();
    view->doItemsLayout();
    view->followBottom();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Confab"));
    TranslationLoader::install(&app); // English plurals ("12 tokens"), as the app shows them
    const QStringList args = QApplication::arguments().mid(1);
    const QStringList files = QStringList(args).filter(QStringLiteral(".png"));
    if (files.size() != 1) {
        qWarning("usage: confab-screenshot OUT.png [--dark] [--size WIDTHxHEIGHT]");
        return 2;
    }
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    const QString out = files.first();
    QSize size(1180, 760);
    const qsizetype sizeAt = args.indexOf(QStringLiteral("--size"));
    if (sizeAt >= 0) {
        const QStringList parts = args.value(sizeAt + 1).split(QLatin1Char('x'));
        size = parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize();
        if (size.width() < 320 || size.height() < 240) {
            qWarning("confab-screenshot: --size wants WIDTHxHEIGHT, at least 320x240");
            return 2;
        }
    }

    QTemporaryDir scratch;
    SessionStore store;
    if (!store.open(scratch.filePath(QStringLiteral("demo.sqlite")))) {
        qWarning("confab-screenshot: %s", qPrintable(store.lastError()));
        return 1;
    }
    QSettings settings(scratch.filePath(QStringLiteral("demo.ini")), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    ApiKeyStore keys;
    settings.setValue(QStringLiteral("window/lastSession"), DemoData::fill(&store));
    if (auto profile = profiles.defaultProfile()) {
        profile->model = QStringLiteral("llama3.1:8b");
        profiles.updateProfile(*profile);
        // A key for this run, so the picture does not depend on the machine having a keychain.
        keys.setSessionKey(profile->id, QString());
    }

    MainWindow window(&store, &profiles, &keys, &settings);
    window.resize(size);
    window.show();
    showConversationEnd(&window);
    // Code blocks are coloured when the highlighter's thread answers: the picture waits for it
    // (at most 10 s), then for one more paint.
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (waited.elapsed() < 600
            || (CodeHighlighter::instance()->pendingCount() > 0 && waited.elapsed() < 10000))
            return;
        poll.stop();
        showConversationEnd(&window); // rows measured since the first layout may have grown
        QApplication::processEvents();
        const bool saved = window.grab().save(out);
        if (!saved)
            qWarning("confab-screenshot: could not write %s", qPrintable(out));
        QApplication::exit(saved ? 0 : 1);
    });
    poll.start(100);
    return app.exec();
}
