#pragma once

#include "loopbackserver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

class ApiKeyStore;
class MainWindow;
class ProfileStore;
class SessionStore;

// One "app run" for GUI tests: a real SQLite file and INI in a temp dir, a loopback server as
// the provider, and a MainWindow over them. restart() throws away the window and the store and
// builds new ones on the same files, as quitting and starting the app again would.
class GuiTestFixture
{
public:
    GuiTestFixture();
    ~GuiTestFixture();

    bool start();
    void restart();
    void stopApp();

    LoopbackServer server;
    bool listening = false;
    QTemporaryDir dir;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<MainWindow> window;

    // The captured OpenAI stream: "The capital of the UK is London."
    static LoopbackServer::Response basicReply(int chunkSize = 0, int chunkDelayMs = 0);
    static QString basicReplyText() { return QStringLiteral("The capital of the UK is London."); }
};
