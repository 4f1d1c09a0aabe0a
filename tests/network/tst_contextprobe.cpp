// Context discovery and server token counts, each server answering through a real HTTP
// server: the llama.cpp captures in fixtures/servers, and for the others bodies built from
// their documented response shapes (cited per row).
#include "contextprobebodies.h"
#include "loopbackserver.h"
#include "network/contextprobe.h"
#include "network/tokencounter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {
struct Route
{
    QByteArray method;
    QByteArray path;
    QByteArray body; // 200 JSON
};
using Routes = QList<Route>;
} // namespace
Q_DECLARE_METATYPE(Routes)
Q_DECLARE_METATYPE(ProviderKind)

class TestContextProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discovery_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("basePath");
        QTest::addColumn<QString>("model");
        QTest::addColumn<Routes>("routes");
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("maxOutput");
        QTest::addColumn<QString>("tokenizer");
        QTest::addColumn<bool>("requestsContext");
        const auto openAi = ProviderKind::OpenAICompatible;
        const QByteArray props = LoopbackServer::serverFixture(QStringLiteral("llamacpp_props_nctx256.json"));
        const QByteArray llamaModels
            = LoopbackServer::serverFixture(QStringLiteral("llamacpp_v1_models.json"));

        QTest::newRow("llama.cpp /props n_ctx")
            << openAi << "/v1"
            << "stories260K" << Routes {{"GET", "/props", props}, {"GET", "/v1/models", llamaModels}} << 256
            << 0 << "llama.cpp" << false;
        // Its /v1/models gives only n_ctx_train (2048), the training context: not taken.
        QTest::newRow("llama.cpp n_ctx_train ignored")
            << openAi << "/v1"
            << "stories260K" << Routes {{"GET", "/v1/models", llamaModels}} << 0 << 0 << "" << false;
        // vLLM: ModelCard in vllm/entrypoints/openai/protocol.py (GET /v1/models, max_model_len).
        QTest::newRow("vLLM max_model_len")
            << openAi << "/v1"
            << "Qwen/Qwen3-8B" << Routes {{"GET", "/v1/models", kBody0}} << 8192 << 0 << "" << false;
        // OpenRouter: openrouter.ai/docs/api-reference/list-available-models (GET /api/v1/models).
        QTest::newRow("OpenRouter context_length")
            << openAi << "/api/v1"
            << "openai/gpt-4o" << Routes {{"GET", "/api/v1/models", kBody1}} << 128000 << 16384 << ""
            << false;
        // LM Studio: lmstudio.ai/docs/developer/rest/endpoints (GET /api/v0/models/{model});
        // its OpenAI-style /v1/models has no context.
        QTest::newRow("LM Studio max_context_length")
            << openAi << "/v1"
            << "qwen2-vl-7b-instruct"
            << Routes {{"GET", "/v1/models", kBody2}, {"GET", "/api/v0/models/qwen2-vl-7b-instruct", kBody3}}
            << 32768 << 0 << "" << false;
        // Ollama: docs.ollama.com/api/show (POST /api/show: parameters text, model_info).
        const QByteArray ollamaShow = kBody4;
        const QByteArray ollamaShowNumCtx = kBody5;
        // Through /v1 Ollama cannot be told num_ctx: it cuts at its default.
        QTest::newRow("Ollama /v1 default num_ctx")
            << openAi << "/v1"
            << "llama3.2" << Routes {{"POST", "/api/show", ollamaShow}} << 2048 << 0 << "" << false;
        QTest::newRow("Ollama /v1 Modelfile num_ctx")
            << openAi << "/v1"
            << "llama3.2" << Routes {{"POST", "/api/show", ollamaShowNumCtx}} << 16384 << 0 << "" << false;
        // Native: Confab sends options.num_ctx, so it asks for what the model allows, capped.
        QTest::newRow("Ollama native") << ProviderKind::OllamaNative << ""
                                       << "llama3.2" << Routes {{"POST", "/api/show", ollamaShow}}
                                       << ContextProbe::OllamaRequestedContext << 0 << "" << true;
        // Gemini: ai.google.dev/api/models#method:-models.get (inputTokenLimit, outputTokenLimit).
        QTest::newRow("Gemini inputTokenLimit")
            << ProviderKind::Gemini << "/v1beta"
            << "gemini-2.0-flash" << Routes {{"GET", "/v1beta/models/gemini-2.0-flash", kBody6}} << 1048576
            << 8192 << "gemini" << false;
        QTest::newRow("Anthropic documented table")
            << ProviderKind::Anthropic << "/v1"
            << "claude-sonnet-4-20250514" << Routes {} << 200000 << 64000 << "anthropic" << false;
        QTest::newRow("OpenAI documented table")
            << openAi << "/v1"
            << "gpt-4o-mini" << Routes {} << 128000 << 16384 << "" << false;
        QTest::newRow("nothing says") << openAi << "/v1"
                                      << "my-model" << Routes {} << 0 << 0 << "" << false;
    }

    void discovery()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, basePath);
        QFETCH(QString, model);
        QFETCH(Routes, routes);
        QFETCH(int, context);
        QFETCH(int, maxOutput);
        QFETCH(QString, tokenizer);
        QFETCH(bool, requestsContext);
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(LoopbackServer::json(404, kBody7));
        for (const Route &route : routes)
            server.setRoute(route.method, route.path, LoopbackServer::json(200, route.body));

        ProviderProfile profile;
        profile.kind = kind;
        profile.baseUrl = QUrl(server.baseUrl().toString() + basePath);
        QNetworkAccessManager nam;
        ContextProbe probe(&nam, profile, model);
        probe.setApiKey(QStringLiteral("sk-probe"));
        QSignalSpy finished(&probe, &ContextProbe::finished);
        probe.start();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        const auto limits = finished.first().first().value<ContextLimits>();
        QCOMPARE(limits.contextLength, context);
        QCOMPARE(limits.maxOutput, maxOutput);
        QCOMPARE(limits.tokenizer, tokenizer);
        QCOMPARE(limits.requestsContext, requestsContext);
        QCOMPARE(limits.learntAt.isValid(), context > 0);
        // Every request went to the profile's own origin, with its key.
        for (const LoopbackServer::Request &request : server.routedRequests() + server.requests())
            QVERIFY(request.headers.contains("authorization") || request.headers.contains("x-goog-api-key")
                || request.headers.contains("x-api-key"));
    }

    void unreachableServerSaysNothing()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        const QUrl url = server.baseUrl();
        server.close();
        ProviderProfile profile;
        profile.baseUrl = url;
        QNetworkAccessManager nam;
        ContextProbe probe(&nam, profile, QStringLiteral("local-model"));
        QSignalSpy finished(&probe, &ContextProbe::finished);
        probe.start();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QVERIFY(!finished.first().first().value<ContextLimits>().isKnown());
    }

    void silentServerIsAskedOnce()
    {
        // A server that accepts and never answers: one timeout, not one per endpoint.
        LoopbackServer server;
        QVERIFY(server.listen());
        LoopbackServer::Response hang;
        hang.hang = true;
        server.setRoute("GET", "/props", hang);
        ProviderProfile profile;
        profile.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/v1"));
        QNetworkAccessManager nam;
        ContextProbe probe(&nam, profile, QStringLiteral("gpt-4o"));
        probe.setTimeout(200);
        QSignalSpy finished(&probe, &ContextProbe::finished);
        probe.start();
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(server.routedRequests().size() + server.requests().size(), 1);
        // What the table says is still given.
        QCOMPARE(finished.first().first().value<ContextLimits>().contextLength, 128000);
    }

    void endlessAnswerIsNotRead()
    {
        // /props that would say n_ctx 256, followed by more whitespace than the probe reads:
        // parsed whole it would be valid JSON, so only the size limit keeps 256 from being learnt.
        LoopbackServer server;
        QVERIFY(server.listen());
        LoopbackServer::Response props = LoopbackServer::json(
            200, LoopbackServer::serverFixture(QStringLiteral("llamacpp_props_nctx256.json")));
        props.repeat = QByteArray(1024 * 1024, ' ');
        props.repeatCount = ContextProbe::MaxAnswerBytes / props.repeat.size() + 2;
        server.setRoute("GET", "/props", props);
        server.setRoute("GET", "/v1/models",
            LoopbackServer::json(
                200, LoopbackServer::serverFixture(QStringLiteral("llamacpp_v1_models.json"))));
        ProviderProfile profile;
        profile.kind = ProviderKind::OpenAICompatible;
        profile.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/v1"));
        QNetworkAccessManager nam;
        ContextProbe probe(&nam, profile, QStringLiteral("stories260K"));
        QSignalSpy finished(&probe, &ContextProbe::finished);
        probe.start();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        QVERIFY(finished.first().first().value<ContextLimits>().contextLength != 256);
    }

    void tokenCounts_data()
    {
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("basePath");
        QTest::addColumn<QString>("tokenizer");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("tokens");
        // The real llama.cpp answer for this very sentence: 14 tokens.
        QTest::newRow("llama.cpp /tokenize")
            << ProviderKind::OpenAICompatible << "/v1"
            << "llama.cpp" << QByteArray("/tokenize")
            << LoopbackServer::serverFixture(QStringLiteral("llamacpp_tokenize.json")) << 14;
        // docs.anthropic.com/en/api/messages-count-tokens
        QTest::newRow("Anthropic count_tokens")
            << ProviderKind::Anthropic << "/v1"
            << "anthropic" << QByteArray("/v1/messages/count_tokens") << QByteArray(kBody8) << 19;
        // ai.google.dev/api/tokens#method:-models.counttokens
        QTest::newRow("Gemini countTokens")
            << ProviderKind::Gemini << "/v1beta"
            << "gemini" << QByteArray("/v1beta/models/gemini-2.0-flash:countTokens") << QByteArray(kBody9)
            << 13;
    }

    void tokenCounts()
    {
        QFETCH(ProviderKind, kind);
        QFETCH(QString, basePath);
        QFETCH(QString, tokenizer);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, answer);
        QFETCH(int, tokens);
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setRoute("POST", path, LoopbackServer::json(200, answer));
        ProviderProfile profile;
        profile.kind = kind;
        profile.baseUrl = QUrl(server.baseUrl().toString() + basePath);
        QNetworkAccessManager nam;
        TokenCounter counter(&nam, profile, QStringLiteral("gemini-2.0-flash"), tokenizer);
        QSignalSpy counted(&counter, &TokenCounter::counted);
        QSignalSpy finished(&counter, &TokenCounter::finished);
        const QString text = QStringLiteral("Once upon a time there was a little girl named Lily.");
        counter.count({{7, text}, {8, text}});
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(counted.size(), 2);
        QCOMPARE(counted.at(0).at(0).toLongLong(), 7);
        QCOMPARE(counted.at(0).at(1).toInt(), tokens);
        QCOMPARE(server.routedRequests().size(), 2);
        QVERIFY(QString::fromUtf8(server.routedRequests().first().body).contains(text));
    }

    void failedCountLeavesTheRestToTheEstimate()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        ProviderProfile profile;
        profile.baseUrl = server.baseUrl();
        QNetworkAccessManager nam;
        TokenCounter counter(&nam, profile, QStringLiteral("m"), QStringLiteral("llama.cpp"));
        QSignalSpy counted(&counter, &TokenCounter::counted);
        QSignalSpy finished(&counter, &TokenCounter::finished);
        counter.count({{1, QStringLiteral("a")}, {2, QStringLiteral("b")}});
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(counted.size(), 0);
        QCOMPARE(server.routedRequests().size(), 1); // the 404 stops the run
    }
};

QTEST_GUILESS_MAIN(TestContextProbe)
#include "tst_contextprobe.moc"
