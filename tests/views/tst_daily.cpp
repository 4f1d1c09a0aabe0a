// Issue 16 in the app, through the loopback server: presets (made in Settings › Presets, picked
// from File › New Chat from Preset, what such a chat sends), automatic titles after the first
// reply (never over a title the user typed, errors kept out of the chat) and the model switch
// in the chat header.
#include "guitestfixture.h"
#include "models/chatcontroller.h"
#include "models/sessionmanager.h"
#include "models/titlegenerator.h"
#include "models/transcriptmodel.h"
#include "settings/apikeystore.h"
#include "settings/presetstore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/chatheader.h"
#include "views/chatpane.h"
#include "views/composer.h"
#include "views/composeredit.h"
#include "views/mainwindow.h"
#include "views/noticebar.h"
#include "views/presetspage.h"
#include "views/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestDaily : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<GuiTestFixture>();
        QVERIFY(m_app->start());
        m_app->profiles->setAutoTitles(true); // the fixture turns them off for the other tests
    }
    void cleanup() { m_app.reset(); }

    void presetMadeInSettingsStartsAChat()
    {
        ProviderProfile second;
        second.id = QStringLiteral("second");
        second.name = QStringLiteral("Second server");
        second.baseUrl = QUrl(m_app->server.baseUrl().toString() + QStringLiteral("/v1"));
        second.model = QStringLiteral("second-model");
        QCOMPARE(m_app->profiles->addProfile(second), QStringLiteral("second"));

        bool handled = false;
        whenModal<SettingsDialog>(
            [](SettingsDialog *dialog) {
                PresetsPage *page = dialog->presetsPage();
                QVERIFY(page);
                page->nameEdit()->setText(QStringLiteral("Reviewer"));
                page->promptEdit()->setPlainText(QStringLiteral("You review code."));
                page->profileBox()->setCurrentIndex(page->profileBox()->findData(QStringLiteral("second")));
                page->modelEdit()->setText(QStringLiteral("preset-model"));
                page->temperatureBox()->setValue(0.3);
                QVERIFY(page->saveCurrent());
                QCOMPARE(page->list()->count(), 1);
                dialog->reject(); // presets are saved with Save, not with OK
            },
            &handled);
        m_app->window->action(QStringLiteral("settings"))->trigger();
        QVERIFY(handled);
        QCOMPARE(m_app->window->presets()->presets().size(), 1);

        auto *menu = m_app->window->findChild<QMenu *>(QStringLiteral("newChatFromPreset"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Reviewer"));
        menu->actions().first()->trigger();
        QVERIFY(m_app->window->modelLabel()->text().contains(QLatin1String("preset-model")));

        m_app->server.enqueue(GuiTestFixture::basicReply());
        m_app->typeAndSend(QStringLiteral("Look at this"));
        QTRY_VERIFY(!m_app->server.requests().isEmpty()); // then the title request
        const QJsonObject body = m_app->server.requests().first().json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("preset-model"));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        const QJsonObject system = body.value(QLatin1String("messages")).toArray().first().toObject();
        QCOMPARE(system.value(QLatin1String("role")).toString(), QStringLiteral("system"));
        QCOMPARE(system.value(QLatin1String("content")).toString(), QStringLiteral("You review code."));
        QTRY_VERIFY(!m_app->window->controller()->isBusy());
        const auto session = m_app->store->session(m_app->window->transcript()->sessionId());
        QCOMPARE(session->provider, QStringLiteral("second"));
        QCOMPARE(session->model, QStringLiteral("preset-model"));
    }

    void presetsExportAndImportThroughThePage()
    {
        ChatPreset preset;
        preset.name = QStringLiteral("Translator");
        preset.systemPrompt = QStringLiteral("Translate to French.");
        QVERIFY(m_app->window->presets()->save(preset));
        PresetStore store(m_app->settings.get());
        PresetsPage page(&store, m_app->profiles.get());
        const QString path = m_app->dir.filePath(QStringLiteral("presets.json"));
        QString error;
        QVERIFY2(page.exportFile(path, &error), qPrintable(error));
        page.removeCurrent();
        QCOMPARE(store.presets().size(), 0);
        QVERIFY2(page.importFile(path, &error), qPrintable(error));
        QCOMPARE(page.list()->count(), 1);
        QCOMPARE(page.promptEdit()->toPlainText(), QStringLiteral("Translate to French."));
        // A file that is not presets: a message, nothing changed.
        QFile bad(m_app->dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"presets\": [{\"systemPrompt\": \"no name\"}]}");
        bad.close();
        QVERIFY(!page.importFile(bad.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("no name")), qPrintable(error));
        QCOMPARE(store.presets().size(), 1);
    }

    void titleCleaning_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("title");
        QTest::newRow("quoted, with a dot")
            << QStringLiteral("\"Capital of the UK\".") << QStringLiteral("Capital of the UK");
        QTest::newRow("labelled, two lines") << QStringLiteral("Title: **Rust lifetimes**\nHope this helps!")
                                             << QStringLiteral("Rust lifetimes");
        QTest::newRow("spaces") << QStringLiteral("  Paris   trip \n") << QStringLiteral("Paris trip");
        QTest::newRow("nothing") << QStringLiteral("\"\"") << QString();
    }

    void titleCleaning()
    {
        QFETCH(QString, answer);
        QFETCH(QString, title);
        QCOMPARE(TitleGenerator::cleaned(answer), title);
        QVERIFY(
            TitleGenerator::cleaned(QString(500, QLatin1Char('x'))).size() <= TitleGenerator::MaxTitleChars);
    }

    void firstReplyGetsATitleFromTheModel()
    {
        m_app->server.enqueue(GuiTestFixture::basicReply());
        m_app->server.enqueue(titleReply("\\\"Capital of the UK\\\"."));
        m_app->typeAndSend(QStringLiteral("Name a city in the UK."));
        const auto title = [this] {
            const qint64 id = m_app->window->sessionManager()->currentSessionId();
            return id ? m_app->store->session(id)->title : QString();
        };
        QTRY_COMPARE(title(), QStringLiteral("Capital of the UK"));
        QCOMPARE(m_app->server.requests().size(), 2);
        // The same profile and model; the first exchange and a short answer asked for.
        const QJsonObject body = m_app->server.requests().at(1).json();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 32);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(),
            QStringLiteral("Name a city in the UK."));
        QCOMPARE(messages.at(2).toObject().value(QLatin1String("content")).toString(),
            GuiTestFixture::basicReplyText());
        QVERIFY(m_app->window->windowTitle().startsWith(QLatin1String("Capital of the UK")));

        // The second reply asks for nothing more.
        m_app->server.enqueue(GuiTestFixture::basicReply());
        m_app->typeAndSend(QStringLiteral("And its capital?"));
        QTRY_COMPARE(m_app->server.requests().size(), 3);
        QTRY_VERIFY(!m_app->window->controller()->isBusy());
        QCOMPARE(m_app->server.requests().size(), 3);
        QCOMPARE(title(), QStringLiteral("Capital of the UK"));
    }

    void titleTheUserTypedIsKept()
    {
        // A slow first reply: the user renames the chat while it streams.
        m_app->server.enqueue(GuiTestFixture::basicReply(256, 40));
        m_app->typeAndSend(QStringLiteral("Name a city in the UK."));
        QTRY_COMPARE(m_app->server.requests().size(), 1);
        const qint64 id = m_app->window->sessionManager()->currentSessionId();
        QVERIFY(id > 0);
        QVERIFY(m_app->store->renameSession(id, QStringLiteral("My UK notes")));
        QTRY_VERIFY(!m_app->window->controller()->isBusy());
        QVERIFY(!m_app->window->titleGenerator()->isRunning(id));
        QCOMPARE(m_app->server.requests().size(), 1); // no title asked for
        QCOMPARE(m_app->store->session(id)->title, QStringLiteral("My UK notes"));
    }

    void titleErrorLeavesTheChatAlone()
    {
        QSignalSpy failed(m_app->window->titleGenerator(), &TitleGenerator::failed);
        m_app->server.enqueue(GuiTestFixture::basicReply());
        m_app->server.enqueue(LoopbackServer::json(500, R"({"error": {"message": "overloaded"}})"));
        m_app->typeAndSend(QStringLiteral("Name a city in the UK."));
        QVERIFY(failed.wait(PatientWaits::TimeoutMs));
        const qint64 id = m_app->window->sessionManager()->currentSessionId();
        QCOMPARE(m_app->store->session(id)->title,
            SessionManager::titleFor(QStringLiteral("Name a city in the UK.")));
        QVERIFY(!m_app->window->notice()->isVisible());
        QCOMPARE(m_app->window->transcript()->rowCount(), 2);
        QCOMPARE(m_app->window->transcript()->index(1).data(TranscriptModel::ContentRole).toString(),
            GuiTestFixture::basicReplyText());
    }

    void titlesFromTheProfileChosenInSettings()
    {
        // A second server (another origin) with a small model names the chats; each key goes only to its own.
        LoopbackServer titleServer;
        QVERIFY(titleServer.listen());
        ProviderProfile small;
        small.id = QStringLiteral("titles");
        small.name = QStringLiteral("Small server");
        small.baseUrl = QUrl(titleServer.baseUrl().toString() + QStringLiteral("/v1"));
        small.model = QStringLiteral("small-model");
        QCOMPARE(m_app->profiles->addProfile(small), QStringLiteral("titles"));
        m_app->keys->setSessionKey(QStringLiteral("titles"), QStringLiteral("title-key"));

        bool handled = false;
        whenModal<SettingsDialog>(
            [](SettingsDialog *dialog) {
                QComboBox *box = dialog->titleProfileBox();
                QCOMPARE(box->currentData().toString(), QString()); // the chat's model until chosen
                box->setCurrentIndex(box->findData(QStringLiteral("titles")));
                QVERIFY(dialog->titleModelEdit()->isEnabled());
                dialog->titleModelEdit()->setText(QStringLiteral("title-model"));
                dialog->accept();
            },
            &handled);
        m_app->window->action(QStringLiteral("settings"))->trigger();
        QVERIFY(handled);
        QCOMPARE(m_app->profiles->titleProfile()->model, QStringLiteral("title-model"));
        m_app->window->sessionManager()->setSessionKey(QStringLiteral("chat-key"));

        m_app->server.enqueue(GuiTestFixture::basicReply());
        titleServer.enqueue(titleReply("UK cities"));
        m_app->typeAndSend(QStringLiteral("Name a city in the UK."));
        const auto title = [this] {
            const qint64 id = m_app->window->sessionManager()->currentSessionId();
            return id ? m_app->store->session(id)->title : QString();
        };
        QTRY_COMPARE(title(), QStringLiteral("UK cities"));
        QCOMPARE(titleServer.requests().size(), 1);
        const LoopbackServer::Request request = titleServer.requests().first();
        QCOMPARE(request.json().value(QLatin1String("model")).toString(), QStringLiteral("title-model"));
        QCOMPARE(request.json().value(QLatin1String("max_tokens")).toInt(), 32);
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer title-key"));
        QCOMPARE(m_app->server.requests().size(), 1); // the chat's server got the chat alone
        QCOMPARE(
            m_app->server.requests().first().headers.value("authorization"), QByteArray("Bearer chat-key"));

        // A profile since removed, or none: the chat's own model names the chat.
        m_app->profiles->setTitleProfile(QStringLiteral("gone"), QStringLiteral("x"));
        QVERIFY(!m_app->profiles->titleProfile());
        m_app->profiles->setTitleProfile(QString(), QStringLiteral("ignored"));
        QVERIFY(!m_app->profiles->titleProfile());
        QVERIFY(m_app->profiles->titleModel().isEmpty());
    }

    void headerSwitchesTheChatsModel()
    {
        m_app->server.setRoute("GET", "/v1/models",
            LoopbackServer::json(
                200, R"({"object": "list", "data": [{"id": "gpt-4o-mini"}, {"id": "other-model"}]})"));
        m_app->server.enqueue(GuiTestFixture::basicReply());
        m_app->server.enqueue(titleReply("UK cities"));
        m_app->typeAndSend(QStringLiteral("Name a city in the UK."));
        const auto title = [this] {
            return m_app->store->session(m_app->window->sessionManager()->currentSessionId())->title;
        };
        QTRY_COMPARE(title(), QStringLiteral("UK cities"));
        const qint64 id = m_app->window->sessionManager()->currentSessionId();

        ChatHeader *header = m_app->window->chatHeader();
        QCOMPARE(header->modelButton()->text(), QStringLiteral("Loopback · gpt-4o-mini"));
        // Opening the menu asks the server for its list; one click on a model switches the chat.
        Q_EMIT header->modelMenu()->aboutToShow();
        const auto modelAction = [header](const QString &model) -> QAction * {
            for (QAction *action : header->modelMenu()->actions()) {
                if (action->data().toString() == model)
                    return action;
            }
            return nullptr;
        };
        QTRY_VERIFY(modelAction(QStringLiteral("other-model")));
        QVERIFY(modelAction(QStringLiteral("gpt-4o-mini"))->isChecked());
        modelAction(QStringLiteral("other-model"))->trigger();
        QCOMPARE(m_app->store->session(id)->model, QStringLiteral("other-model"));
        QCOMPARE(m_app->store->session(id)->provider, QStringLiteral("loopback"));
        QCOMPARE(header->modelButton()->text(), QStringLiteral("Loopback · other-model"));

        const int before = int(m_app->server.requests().size());
        m_app->server.enqueue(GuiTestFixture::basicReply());
        m_app->typeAndSend(QStringLiteral("And its capital?"));
        QTRY_COMPARE(m_app->server.requests().size(), before + 1);
        QCOMPARE(m_app->server.requests().last().json().value(QLatin1String("model")).toString(),
            QStringLiteral("other-model"));
        QTRY_VERIFY(!m_app->window->controller()->isBusy());

        // Another chat shows its own model; back again, the switched one.
        m_app->window->newChat();
        QCOMPARE(header->modelButton()->text(), QStringLiteral("Loopback · gpt-4o-mini"));
        m_app->window->openSession(id);
        QCOMPARE(header->modelButton()->text(), QStringLiteral("Loopback · other-model"));
    }

private:
    // An OpenAI stream whose whole text is `json` (a JSON string's inside, escaped).
    static LoopbackServer::Response titleReply(const char *json)
    {
        return LoopbackServer::sse(QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"")
            + json
            + "\"}}]}\n\ndata: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
              "data: [DONE]\n\n");
    }

    std::unique_ptr<GuiTestFixture> m_app;
};

QTEST_MAIN(TestDaily)
#include "tst_daily.moc"
