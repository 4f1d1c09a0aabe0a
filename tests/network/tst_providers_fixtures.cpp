// Every capture in fixtures/sse replayed byte for byte through a real HTTP server and the
// real ChatClient subclass, checked against the oracle values in fixtures/sse/SOURCES.md.
#include "loopbackserver.h"
#include "network/chatclient.h"
#include "streamrecorder.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

namespace {
// A text is given either exactly or by UTF-8 byte length + sha256 (or a prefix of it).
struct TextOracle
{
    QString exact;
    int bytes = -1;
    QByteArray sha256;
};

struct Oracle
{
    const char *file = nullptr;
    ProviderKind kind = ProviderKind::OpenAICompatible;
    StreamOutcome::Status status = StreamOutcome::Status::Finished;
    TextOracle text;
    TextOracle reasoning;
    QString finishReason;
    int promptTokens = -1;
    int completionTokens = -1;
    QByteArray usage; // JSON: the raw usage object (exact), or the keys it must contain (usageIsSubset)
    bool usageIsSubset = false;
    ToolCall toolCall; // empty: no tool call expected
    QString errorType;
    QString errorContains;
    bool sawDone = true;
    bool raw = false; // the file is a whole HTTP response
};

const QByteArray kOpenAiBasicUsage
    = R"({"prompt_tokens":78,"completion_tokens":9,"total_tokens":87,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})";
const TextOracle kOllamaText {QStringLiteral("Okay, here we go!\n\n1, 2, 3, 4, 5\n"), 33, "8e2d2e5155b0164a"};
const QByteArray kOllamaUsage
    = R"({"prompt_eval_count":16,"eval_count":22,"total_duration":171946792,"load_duration":38473250,"prompt_eval_duration":27608250,"eval_duration":105611917})";

Oracle make(
    const char *file, ProviderKind kind, StreamOutcome::Status status = StreamOutcome::Status::Finished)
{
    Oracle oracle;
    oracle.file = file;
    oracle.kind = kind;
    oracle.status = status;
    return oracle;
}

QList<Oracle> oracles()
{
    using S = StreamOutcome::Status;
    const auto openAi = ProviderKind::OpenAICompatible;
    QList<Oracle> list;
    Oracle o;

    o = make("openai_chat_basic.sse", openAi);
    o.text = {QStringLiteral("The capital of the UK is London."), 32, "6d6d6474ad3b118a"};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 78, o.completionTokens = 9, o.usage = kOpenAiBasicUsage;
    list << o;
    o.file = "openai_chat_crlf.sse";
    list << o;

    o = make("openai_chat_tool_calls.sse", openAi);
    o.text = {QString(), 0, {}};
    o.finishReason = QStringLiteral("tool_calls");
    o.toolCall = {QStringLiteral("call_ZR5UUuTt3pf61kjwAJIYdVMj"), QStringLiteral("get_capital"),
        QStringLiteral("{\"country\":\"UK\"}")};
    o.promptTokens = 53, o.completionTokens = 15;
    o.usage
        = R"({"prompt_tokens":53,"completion_tokens":15,"total_tokens":68,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})";
    list << o;

    o = make("openai_chat_length_usage.sse", openAi);
    o.text = {QString(), 0, {}};
    o.finishReason = QStringLiteral("length");
    o.promptTokens = 12, o.completionTokens = 100;
    o.usage
        = R"({"prompt_tokens":12,"completion_tokens":100,"total_tokens":112,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":100,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}})";
    list << o;

    o = make("azure_openai_chat_stream.sse", openAi);
    o.text = {QStringLiteral("Hello! How can I assist you today?"), 34, "cd153d3c18e782c4"};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 9, o.completionTokens = 10;
    o.usage
        = R"({"completion_tokens":10,"completion_tokens_details":{"accepted_prediction_tokens":0,"audio_tokens":0,"reasoning_tokens":0,"rejected_prediction_tokens":0},"prompt_tokens":9,"prompt_tokens_details":{"audio_tokens":0,"cached_tokens":0},"total_tokens":19})";
    list << o;

    o = make("azure_openai_tool_calls_stream.sse", openAi);
    o.text = {QString(), 0, {}};
    o.finishReason = QStringLiteral("tool_calls");
    o.toolCall = {QStringLiteral("call_A6XpaIHt5uNwiDqVxyvKoXMa"), QStringLiteral("get_current_temperature"),
        QStringLiteral("{\"city\":\"San Francisco\"}")};
    o.promptTokens = 66, o.completionTokens = 17;
    o.usage
        = R"({"completion_tokens":17,"completion_tokens_details":{"accepted_prediction_tokens":0,"audio_tokens":0,"reasoning_tokens":0,"rejected_prediction_tokens":0},"prompt_tokens":66,"prompt_tokens_details":{"audio_tokens":0,"cached_tokens":0},"total_tokens":83})";
    list << o;

    // The in-band error is surfaced as Failed; the "length" finish reason and usage stay available.
    o = make("openrouter_stream_error_length.sse", openAi, S::Failed);
    o.text = {QString(), 0, {}};
    o.reasoning = {QStringLiteral("We need to respond to a greeting. The user"), 42, "2366fab4e65dad44"};
    o.finishReason = QStringLiteral("length");
    o.promptTokens = 43, o.completionTokens = 10;
    o.usage
        = R"({"prompt_tokens":43,"completion_tokens":10,"total_tokens":53,"cost":0,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"cost_details":{"upstream_inference_cost":null,"upstream_inference_prompt_cost":0,"upstream_inference_completions_cost":0},"completion_tokens_details":{"reasoning_tokens":11,"image_tokens":0}})";
    o.errorType = QStringLiteral("400");
    o.errorContains = QStringLiteral("Token limit reached");
    o.sawDone = false;
    list << o;

    o = make("openrouter_reasoning.sse", openAi);
    o.text = {QStringLiteral("2 + 2 = 4"), 9, "e93dff0d1076b537"};
    o.reasoning
        = {QStringLiteral("This is a simple arithmetic question. 2+2 equals 4."), 51, "b66dc085e37f7bac"};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 43, o.completionTokens = 36;
    o.usage
        = R"({"prompt_tokens":43,"completion_tokens":36,"total_tokens":79,"cost":0.000669,"is_byok":false,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0,"video_tokens":0},"cost_details":{"upstream_inference_cost":null,"upstream_inference_prompt_cost":0.000129,"upstream_inference_completions_cost":0.00054},"completion_tokens_details":{"reasoning_tokens":13,"image_tokens":0}})";
    list << o;

    o = make("deepseek_reasoner_stream.sse", openAi);
    o.text = {QStringLiteral("Hello there! 😊 How can I help you today?"), 43, "cf0e60278f7fbdc3"};
    o.reasoning = {QString(), 882, "d29146ea4f40dfde7b6155babd3d948397e1b174950e603ef18518f0ff85585a"};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 6, o.completionTokens = 212;
    o.usage
        = R"({"prompt_tokens":6,"completion_tokens":212,"total_tokens":218,"prompt_tokens_details":{"cached_tokens":0},"completion_tokens_details":{"reasoning_tokens":198},"prompt_cache_hit_tokens":0,"prompt_cache_miss_tokens":6})";
    list << o;

    o = make("groq_stream_error_event.sse", openAi, S::Failed);
    o.text = {QString(), 0, {}};
    o.reasoning = {QString(), 412, "42abcfd444c13a252daf3a905d1959fe1881cf8631c56e434cf9dd844576524f"};
    o.errorType = QStringLiteral("tool_use_failed");
    o.errorContains = QStringLiteral("Tool call validation failed: tool call validation failed: parameters "
                                     "for tool get_something_by_name did not "
                                     "match schema: errors: [missing properties: 'name', "
                                     "additionalProperties 'invalid_param' not allowed]");
    o.sawDone = false;
    list << o;

    o = make("anthropic_messages_basic.sse", ProviderKind::Anthropic);
    o.text = {QStringLiteral("2"), 1, {}};
    o.finishReason = QStringLiteral("end_turn");
    o.promptTokens = 20, o.completionTokens = 5;
    o.usage = R"({"input_tokens":20,"output_tokens":5})", o.usageIsSubset = true;
    list << o;

    o = make("anthropic_messages_thinking.sse", ProviderKind::Anthropic);
    o.reasoning = {
        QStringLiteral("This is a straightforward question about pedestrian safety. I should provide clear, "
                       "helpful advice about how to safely cross a street. This is basic safety information "
                       "that could help prevent accidents."),
        202, "18c2c6e0236da2b1"};
    o.text = {QString(), 1021, "1b0c432c3a48cc2829d6ff2b6e2c0f62881416d4583337d6f8a8a9a48ad73dfc"};
    o.finishReason = QStringLiteral("end_turn");
    o.promptTokens = 43, o.completionTokens = 282;
    o.usage = R"({"input_tokens":43,"output_tokens":282})", o.usageIsSubset = true;
    list << o;

    o = make("anthropic_messages_tool_use.sse", ProviderKind::Anthropic);
    o.text = {QStringLiteral("I'll get the weather information for Florence, Italy for you."), -1, {}};
    o.toolCall = {QStringLiteral("toolu_01N2eM4V43kGCDkq2Lw7ChWQ"), QStringLiteral("weather"),
        QStringLiteral("{\"location\": \"Florence,Italy\"}")};
    o.finishReason = QStringLiteral("tool_use");
    o.promptTokens = 394, o.completionTokens = 67;
    o.usage = R"({"input_tokens":394,"output_tokens":67})", o.usageIsSubset = true;
    list << o;

    o = make("anthropic_error_event_docs.sse", ProviderKind::Anthropic, S::Failed);
    o.text = {QString(), 0, {}};
    o.errorType = QStringLiteral("overloaded_error");
    o.errorContains = QStringLiteral("Overloaded");
    o.sawDone = false;
    list << o;

    o = make("gemini_stream_generate_content.sse", ProviderKind::Gemini);
    o.text = {QStringLiteral("The capital of France is Paris.\n"), 32, "c9ba5557ea09feef"};
    o.finishReason = QStringLiteral("STOP");
    o.promptTokens = 13, o.completionTokens = 8;
    o.usage = R"({"promptTokenCount":13,"candidatesTokenCount":8,"totalTokenCount":21})",
    o.usageIsSubset = true;
    o.sawDone = false;
    list << o;

    o = make("ollama_native_chat.ndjson", ProviderKind::OllamaNative);
    o.text = kOllamaText;
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 16, o.completionTokens = 22, o.usage = kOllamaUsage;
    list << o;
    o.file = "ollama_native_chat_chunked.http";
    o.raw = true;
    list << o;

    o = make("llamacpp_chat_stream_timings.sse", openAi);
    o.text = {QStringLiteral("Olá!"), 5, "c6c5876ce3fa5e98"};
    o.reasoning = {QString(), 178, "838262fb96a180943cd39e32f2dfe9fabb09fca7eba3fa1a6fd52d2631c0cd7a"};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 84, o.completionTokens = 57;
    o.usage = R"({"completion_tokens":57,"prompt_tokens":84,"total_tokens":141})";
    list << o;

    // No [DONE]: EOF after a finish_reason is a normal end.
    o = make("llamacpp_ik_no_done.sse", openAi);
    o.text = {QStringLiteral("Paris."), -1, {}};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 34, o.completionTokens = 3;
    o.usage = R"({"completion_tokens":3,"prompt_tokens":34,"total_tokens":37})";
    o.sawDone = false;
    list << o;

    o = make("vllm_chat_stream.sse", openAi);
    o.text = {QStringLiteral("1, 2, 3, 4, 5"), -1, {}};
    o.finishReason = QStringLiteral("stop");
    o.promptTokens = 46, o.completionTokens = 14;
    o.usage
        = R"({"prompt_tokens":46,"total_tokens":60,"completion_tokens":14,"prompt_tokens_details":{"cached_tokens":0}})";
    list << o;
    return list;
}

void checkText(const QString &actual, const TextOracle &oracle, const char *what)
{
    const QByteArray utf8 = actual.toUtf8();
    if (!oracle.exact.isNull() || (oracle.bytes == 0))
        QVERIFY2(actual == oracle.exact,
            qPrintable(QStringLiteral("%1: got \"%2\"").arg(QLatin1String(what), actual)));
    if (oracle.bytes >= 0)
        QVERIFY2(utf8.size() == oracle.bytes, what);
    if (!oracle.sha256.isEmpty())
        QVERIFY2(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex().startsWith(oracle.sha256),
            what);
}

void checkUsage(const TokenUsage &usage, const Oracle &oracle)
{
    QCOMPARE(usage.promptTokens, oracle.promptTokens);
    QCOMPARE(usage.completionTokens, oracle.completionTokens);
    if (oracle.usage.isEmpty()) {
        QVERIFY(usage.raw.isEmpty());
        return;
    }
    const QJsonObject expected = QJsonDocument::fromJson(oracle.usage).object();
    QVERIFY(!expected.isEmpty());
    if (!oracle.usageIsSubset) {
        QCOMPARE(usage.raw, expected);
        return;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(usage.raw.value(it.key()), it.value());
}
} // namespace

class TestProvidersFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void replay_data();
    void replay();

private:
    QNetworkAccessManager m_nam;
    LoopbackServer m_server;
};

void TestProvidersFixtures::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestProvidersFixtures::replay_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("chunkSize");
    const QList<Oracle> list = oracles();
    for (int i = 0; i < list.size(); ++i) {
        QTest::addRow("%s/whole", list[i].file) << i << 0;
        QTest::addRow("%s/1-byte", list[i].file) << i << 1;
    }
}

void TestProvidersFixtures::replay()
{
    QFETCH(int, index);
    QFETCH(int, chunkSize);
    const Oracle oracle = oracles().at(index);

    const QByteArray bytes = LoopbackServer::fixture(QString::fromLatin1(oracle.file));
    QVERIFY(!bytes.isEmpty());
    LoopbackServer::Response response = oracle.kind == ProviderKind::OllamaNative
        ? LoopbackServer::ndjson(bytes)
        : LoopbackServer::sse(bytes);
    if (oracle.raw) {
        response = {};
        response.raw = bytes;
    }
    response.chunkSize = chunkSize;
    m_server.enqueue(response);

    ProviderProfile profile;
    profile.kind = oracle.kind;
    profile.baseUrl = m_server.baseUrl();
    profile.model = QStringLiteral("test-model");
    auto client = ChatClient::create(&m_nam, profile);
    client->setApiKey(QStringLiteral("sk-test"));
    StreamRecorder recorder(client.get());
    ChatRequest request;
    request.messages = {{QStringLiteral("user"), QStringLiteral("Hello")}};
    QVERIFY(client->start(request));
    QVERIFY(recorder.waitFinished());
    QVERIFY(!client->isRunning());

    const StreamOutcome &outcome = recorder.outcome();
    QVERIFY2(outcome.status == oracle.status, qPrintable(outcome.errorMessage));
    checkText(recorder.m_text, oracle.text, "text");
    checkText(recorder.m_reasoning, oracle.reasoning, "reasoning");
    QCOMPARE(outcome.finishReason, oracle.finishReason);
    checkUsage(outcome.usage, oracle);
    if (oracle.toolCall.name.isEmpty()) {
        QVERIFY(outcome.toolCalls.isEmpty());
    } else {
        QCOMPARE(outcome.toolCalls.size(), 1);
        QCOMPARE(outcome.toolCalls[0].id, oracle.toolCall.id);
        QCOMPARE(outcome.toolCalls[0].name, oracle.toolCall.name);
        QCOMPARE(outcome.toolCalls[0].arguments, oracle.toolCall.arguments);
    }
    QCOMPARE(outcome.errorType, oracle.errorType);
    if (!oracle.errorContains.isEmpty())
        QVERIFY2(outcome.errorMessage.contains(oracle.errorContains), qPrintable(outcome.errorMessage));
    else
        QVERIFY2(outcome.errorMessage.isEmpty(), qPrintable(outcome.errorMessage));
    QCOMPARE(outcome.sawDone, oracle.sawDone);
    QCOMPARE(outcome.httpStatus, 200);

    // Exactly one finished(), even after the server has closed and the event loop has run on.
    QTest::qWait(20);
    QCOMPARE(recorder.m_outcomes.size(), 1);
}

QTEST_GUILESS_MAIN(TestProvidersFixtures)
#include "tst_providers_fixtures.moc"
