#include "guitestfixture.h"

#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/mainwindow.h"

#include <QTest>

GuiTestFixture::GuiTestFixture() = default;

GuiTestFixture::~GuiTestFixture()
{
    stopApp();
}

bool GuiTestFixture::start()
{
    if (!dir.isValid())
        return false;
    if (!listening && !(listening = server.listen()))
        return false;
    store = std::make_unique<SessionStore>();
    if (!store->open(dir.filePath(QStringLiteral("confab.sqlite"))))
        return false;
    settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("confab.ini")), QSettings::IniFormat);
    profiles = std::make_unique<ProfileStore>(settings.get());
    if (!profiles->contains(QStringLiteral("loopback"))) {
        ProviderProfile profile;
        profile.id = QStringLiteral("loopback");
        profile.name = QStringLiteral("Loopback");
        profile.kind = ProviderKind::OpenAICompatible;
        profile.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/v1"));
        profile.model = QStringLiteral("gpt-4o-mini");
        if (profiles->addProfile(profile).isEmpty())
            return false;
        profiles->setDefaultProfileId(QStringLiteral("loopback"));
    }
    keys = std::make_unique<ApiKeyStore>(QStringLiteral("ConfabGuiTest"));
    window = std::make_unique<MainWindow>(store.get(), profiles.get(), keys.get(), settings.get());
    if (!settings->contains(QStringLiteral("window/geometry")))
        window->resize(900, 640);
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

void GuiTestFixture::stopApp()
{
    window.reset();
    keys.reset();
    profiles.reset();
    if (settings)
        settings->sync();
    settings.reset();
    store.reset();
}

void GuiTestFixture::restart()
{
    stopApp();
    start();
}

LoopbackServer::Response GuiTestFixture::basicReply(int chunkSize, int chunkDelayMs)
{
    LoopbackServer::Response response
        = LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse")));
    response.chunkSize = chunkSize;
    response.chunkDelayMs = chunkDelayMs;
    return response;
}
