#include "guitestfixture.h"

#include "models/transcriptmodel.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/composeredit.h"
#include "views/mainwindow.h"

#include <QLabel>
#include <QTest>

GuiTestFixture::GuiTestFixture()
{
    // The app asks the server for its context first at /props, llama.cpp's answer; this one
    // gives a context large enough for any test and has no tokenizer (/tokenize: 404), so the
    // probe stops there and requests() and the queue hold the chat and model-list traffic alone.
    server.setRoute(
        "GET", "/props", LoopbackServer::json(200, R"({"default_generation_settings":{"n_ctx":131072}})"));
}

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
    // On a PostgreSQL run (tst_connectionloss_postgres) a database on the test server.
    if (!store->open(TestUtil::dbPath(dir)))
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
    // The tests count the chat requests the server sees; an automatic title would add one
    // after each first reply. tst_daily turns titles on where it tests them.
    if (!settings->contains(QStringLiteral("defaults/autoTitles")))
        profiles->setAutoTitles(false);
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

QString GuiTestFixture::statusText() const
{
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QLatin1String("Estimated size of the next request"))
            return label->text();
    }
    return {};
}

QModelIndex GuiTestFixture::markerIndex() const
{
    const QAbstractItemModel *model = window->chatPane()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(TranscriptModel::ContextMarkerRole).toInt() >= 0)
            return index;
    }
    return {};
}

int GuiTestFixture::droppedMessages() const
{
    return qMax(0, markerIndex().data(TranscriptModel::ContextMarkerRole).toInt());
}

QString GuiTestFixture::markerSummary() const
{
    return markerIndex().data(TranscriptModel::ContextSummaryRole).toString();
}

void GuiTestFixture::typeAndSend(const QString &text)
{
    ComposerEdit *edit = window->chatPane()->composer()->editor();
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}
