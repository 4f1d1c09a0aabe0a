// The window against a real server's context: discovery through ChatController, the budget
// that fits, the reserve sent for the reply, Ollama's num_ctx, server token counts cached per
// message, truncation flagged and not learnt from, and the server's error shapes.
#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "network/tokencounter.h"
#include "storage/contextcache.h"
#include "storage/sessionstore.h"
#include "testutil.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
// docs.ollama.com/api/show: parameters as text, model_info with the architecture's context_length.
const QByteArray kOllamaShow
    = "{\"parameters\":\"stop \\\"<|eot_id|>\\\"\",\"model_info\":{\"general.architecture\":"
      "\"llama\",\"llama.context_length\":131072}}";
} // namespace

class TestServerContext : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        m_server.reset(new LoopbackServer);
        QVERIFY(m_server->listen());
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        m_server->setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"))));
        m_store.reset(new SessionStore);
        QVERIFY(m_store->open(TestUtil::dbPath(*m_dir)));
        m_model.reset(new TranscriptModel(m_store.get()));
        m_controller.reset(new ChatController(m_model->conversation(), &m_nam));
        setProfile(ProviderKind::OpenAICompatible, QStringLiteral("/v1"));
    }
    void cleanup()
    {
        m_controller.reset();
        m_model.reset();
        m_store.reset();
    }

    void precedence_data()
    {
        QTest::addColumn<int>("app");
        QTest::addColumn<int>("session"); // -1: not set
        QTest::addColumn<int>("cli"); // -1: not set
        QTest::addColumn<int>("expected");
        QTest::newRow("app") << 8 << -1 << -1 << 8;
        QTest::newRow("session over app") << 8 << 5 << -1 << 5;
        QTest::newRow("cli over session") << 8 << 5 << 3 << 3;
        QTest::newRow("cli over app") << 8 << -1 << 3 << 3;
        QTest::newRow("session 0 = no limit") << 8 << 0 << -1 << 0;
    }
    void precedence()
    {
        QFETCH(int, app);
        QFETCH(int, session);
        QFETCH(int, cli);
        QFETCH(int, expected);
        ContextSettings defaults;
        defaults.maxMessages = app;
        defaults.contextOverride = app * 100;
        QJsonObject settings;
        if (session >= 0)
            settings = {
                {QStringLiteral("maxMessages"), session}, {QStringLiteral("contextLength"), session * 100}};
        ContextOverrides overrides;
        if (cli >= 0)
            overrides.maxMessages = cli, overrides.contextLength = cli * 100;
        ContextLimits server;
        server.contextLength = 100000;
        const ContextSettings s = ContextSettings::resolve(defaults, settings, {}, overrides, server);
        QCOMPARE(s.maxMessages, expected);
        // The user's context length wins over the server's; 0 means "the server's".
        QCOMPARE(s.contextLength, expected ? expected * 100 : 100000);
    }

    void budgetFitsUnderTheServerContext()
    {
        // The real llama.cpp answers: 256 tokens per slot, 14 tokens for every text counted.
        m_server->routeLlamaCpp();
        const qint64 session = chat(6, 300);
        QVERIFY(discover());
        QCOMPARE(m_controller->serverLimits().contextLength, 256);
        QCOMPARE(m_controller->serverLimits().tokenizer, QStringLiteral("llama.cpp"));
        const ContextSettings settings = m_controller->contextSettings();
        QCOMPARE(settings.replyReserve, 64);
        QCOMPARE(settings.effectiveBudget(), 256 - 64 - 8);

        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("And then?")));
        QVERIFY(finished.wait(10000));
        const QJsonObject body = m_server->requests().last().json();
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 64);
        const int sent = int(body.value(QLatin1String("messages")).toArray().size());
        // Each text counts 14 + 4 framing; the estimate alone would have let far fewer through
        // (300 characters is about 79 tokens), the 256-token context lets 184 / 18 = 10 in.
        QCOMPARE(sent, 9); // 4 whole turns and the new message
        // Once the new rows are counted too, the whole window is the server's count; the counts
        // are cached per message.
        QSignalSpy ready(m_controller.get(), &ChatController::tokenCountsReady);
        m_controller->countTokens();
        QVERIFY(ready.count() == 1 || ready.wait(10000));
        const ContextWindow window = m_controller->previewContext();
        QCOMPARE(window.tokenSource(), QStringLiteral("server"));
        QVERIFY(window.estimatedTokens <= 256 - 64 - 8);
        const QHash<qint64, int> cached
            = ContextCache(m_store.get())
                  .tokenCounts({m_model->messageAt(0).id},
                      TokenCounter::key(profile(), QString(), QStringLiteral("llama.cpp")));
        QCOMPARE(cached.value(m_model->messageAt(0).id), 14);
        const int tokenizeCalls = countRouted("/tokenize");
        // A second preview asks the server for nothing new.
        m_controller->countTokens();
        QCOMPARE(countRouted("/tokenize"), tokenizeCalls);
        QVERIFY(session > 0);
    }

    void sameProfileAgainKeepsAsking()
    {
        // The app applies the profile again on every chat it opens: that must not cancel the question.
        m_server->routeLlamaCpp();
        chat(1, 20);
        QSignalSpy changed(m_controller.get(), &ChatController::serverLimitsChanged);
        m_controller->discoverServerContext();
        QVERIFY(m_controller->isDiscovering());
        m_controller->setProfile(m_controller->profile());
        QVERIFY(m_controller->isDiscovering());
        QTRY_VERIFY(!m_controller->isDiscovering());
        QCOMPARE(m_controller->serverLimits().contextLength, 256);
    }

    void cachedContextWhenTheServerIsGone()
    {
        m_server->routeLlamaCpp();
        chat(1, 20);
        QVERIFY(discover());
        QCOMPARE(m_controller->serverLimits().contextLength, 256);
        m_server->close();
        m_controller->setServerLimits({});
        QVERIFY(discover());
        QCOMPARE(m_controller->serverLimits().contextLength, 256);
        QVERIFY(m_controller->serverLimits().learntAt.isValid());
    }

    void truncationIsFlaggedAndNotLearnt()
    {
        // About 1,200 tokens of history sent; the server says it read 78: it cut the prompt.
        chat(6, 400);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("Still there?")));
        QVERIFY(finished.wait(10000));
        const qint64 reply = m_model->messageAt(m_model->rowCount() - 1).id;
        QVERIFY(m_store->message(reply)->truncated);
        QVERIFY(
            m_model->data(m_model->index(m_model->rowCount() - 1), TranscriptModel::TruncatedRole).toBool());
        QVERIFY(!m_store->session(m_model->sessionId())->settings.contains(QLatin1String("tokenRatio")));

        // A reply whose prompt was read whole is learnt from.
        m_controller.reset(new ChatController(m_model->conversation(), &m_nam));
        setProfile(ProviderKind::OpenAICompatible, QStringLiteral("/v1"));
        m_model->conversation()->setSession(m_store->createSession());
        QSignalSpy again(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("What is the capital of the UK?")));
        QVERIFY(again.wait(10000));
        QVERIFY(!m_store->message(m_model->messageAt(1).id)->truncated);
        QVERIFY(m_store->session(m_model->sessionId())->settings.contains(QLatin1String("tokenRatio")));
    }

    void truncationThreshold_data()
    {
        QTest::addColumn<int>("sent");
        QTest::addColumn<int>("reported");
        QTest::addColumn<bool>("counted");
        QTest::addColumn<int>("context");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("estimate far above") << 1200 << 78 << false << 0 << true;
        QTest::newRow("estimate a bit high") << 1200 << 700 << false << 0 << false;
        QTest::newRow("counted, 20% missing") << 1000 << 800 << true << 0 << true;
        QTest::newRow("counted, close") << 1000 << 960 << true << 0 << false;
        QTest::newRow("more than sent") << 100 << 180 << false << 0 << false;
        QTest::newRow("tiny prompts") << 30 << 10 << false << 0 << false;
        // Ollama with a cached prefix reports only the new tokens; the prompt fit its num_ctx.
        QTest::newRow("fit the known context") << 1200 << 40 << false << 8192 << false;
        // Over a 512-token context (the newest turn alone was too big): cut.
        QTest::newRow("over the known context") << 1200 << 500 << false << 512 << true;
    }
    void truncationThreshold()
    {
        QFETCH(int, sent);
        QFETCH(int, reported);
        QFETCH(bool, counted);
        QFETCH(int, context);
        QFETCH(bool, truncated);
        QCOMPARE(ChatController::looksTruncated(sent, reported, counted, context), truncated);
    }

    void ollamaGetsNumCtxAndNumPredict()
    {
        setProfile(ProviderKind::OllamaNative, QString());
        m_server->setRoute("POST", "/api/show", LoopbackServer::json(200, kOllamaShow));
        m_server->setDefaultResponse(
            LoopbackServer::ndjson(LoopbackServer::fixture(QStringLiteral("ollama_native_chat.ndjson"))));
        chat(1, 20);
        QVERIFY(discover());
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("Count to five.")));
        QVERIFY(finished.wait(10000));
        const QJsonObject options
            = m_server->requests().last().json().value(QLatin1String("options")).toObject();
        QCOMPARE(options.value(QLatin1String("num_ctx")).toInt(), 8192);
        QCOMPARE(options.value(QLatin1String("num_predict")).toInt(), 2048);
    }

    void serverErrorShapes_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("stream");
        QTest::newRow("llama.cpp error: line on HTTP 200")
            << QByteArray("llamacpp_context_exceeded_200.sse") << true;
        QTest::newRow("llama.cpp HTTP 400") << QByteArray("llamacpp_context_exceeded_400.json") << false;
    }
    void serverErrorShapes()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, stream);
        const QByteArray body = LoopbackServer::serverFixture(QString::fromLatin1(file));
        QVERIFY(!body.isEmpty());
        m_server->setDefaultResponse(stream ? LoopbackServer::sse(body) : LoopbackServer::json(400, body));
        chat(1, 20);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("A very long story")));
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.first().at(1).value<StreamOutcome>();
        QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
        QVERIFY2(outcome.errorMessage.contains(QLatin1String(
                     "the request exceeds the available context size. try increasing the context "
                     "size or enable context shift")),
            qPrintable(outcome.errorMessage));
        const Message reply = *m_store->message(m_model->messageAt(m_model->rowCount() - 1).id);
        QCOMPARE(reply.state, MessageState::Error);
        QVERIFY(reply.error.contains(QLatin1String("exceeds the available context size")));
    }

    void emptyStreamIsNotAReply()
    {
        m_server->setDefaultResponse(LoopbackServer::sse("data: [DONE]\n\n"));
        chat(1, 20);
        QSignalSpy finished(m_controller.get(), &ChatController::replyFinished);
        QVERIFY(m_controller->send(QStringLiteral("Hello?")));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).value<StreamOutcome>().status, StreamOutcome::Status::Failed);
        QCOMPARE(
            m_store->message(m_model->messageAt(m_model->rowCount() - 1).id)->state, MessageState::Error);
    }

private:
    ProviderProfile profile() const { return m_controller->profile(); }

    void setProfile(ProviderKind kind, const QString &path)
    {
        ProviderProfile p;
        p.id = QStringLiteral("test");
        p.name = QStringLiteral("Loopback");
        p.kind = kind;
        p.baseUrl = QUrl(m_server->baseUrl().toString() + path);
        p.model = QStringLiteral("stories260K");
        m_controller->setProfile(p);
    }

    bool discover()
    {
        QSignalSpy changed(m_controller.get(), &ChatController::serverLimitsChanged);
        m_controller->discoverServerContext();
        while (m_controller->isDiscovering()) {
            if (!changed.wait(10000))
                return false;
        }
        return true;
    }

    int countRouted(const QByteArray &path) const
    {
        int n = 0;
        for (const LoopbackServer::Request &request : m_server->routedRequests())
            n += request.path.contains(path);
        return n;
    }

    // A chat of `turns` user/assistant pairs of `chars` characters each.
    qint64 chat(int turns, int chars)
    {
        const qint64 id = m_store->createSession(QStringLiteral("Long"));
        m_model->conversation()->setSession(id);
        for (int t = 0; t < turns; ++t) {
            m_model->conversation()->appendMessage(
                QStringLiteral("user"), QStringLiteral("q%1 ").arg(t) + QString(chars, u'x'));
            m_model->conversation()->appendMessage(
                QStringLiteral("assistant"), QStringLiteral("a%1 ").arg(t) + QString(chars, u'y'));
        }
        return id;
    }

    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<SessionStore> m_store;
    std::unique_ptr<TranscriptModel> m_model;
    std::unique_ptr<ChatController> m_controller;
};

QTEST_GUILESS_MAIN(TestServerContext)
#include "tst_servercontext.moc"
