// Failures as the user meets them: HTTP errors, broken and stalled connections, odd bodies,
// stop() — each through a real socket, and each ending in exactly one finished().
#include "loopbackserver.h"
#include "network/chatclient.h"
#include "patientwaits.h"
#include "streamrecorder.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QTest>

namespace {
const QString kApiKey = QStringLiteral("sk-secret-0123456789");
const QByteArray kBasicSse
    = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
      "data: [DONE]\n\n";
} // namespace

class TestProviderErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void httpErrors_data();
    void httpErrors();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void oddBodies_data();
    void oddBodies();
    void timeoutBeforeHeaders();
    void timeoutMidStream();
    void connectionResetMidStream();
    void connectionRefused();
    void stopMidStream();
    void stopWhenIdleDoesNothing();
    void startWhileRunningIsRefused();
    void clientReusableAfterFailure();
    void destroyWhileRunning();

private:
    std::unique_ptr<ChatClient> makeClient(ProviderKind kind = ProviderKind::OpenAICompatible,
        const QString &model = QStringLiteral("gpt-test"));
    static ChatRequest hello();

    QNetworkAccessManager m_nam;
    std::unique_ptr<LoopbackServer> m_server;
};

void TestProviderErrors::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
}

std::unique_ptr<ChatClient> TestProviderErrors::makeClient(ProviderKind kind, const QString &model)
{
    ProviderProfile profile;
    profile.kind = kind;
    profile.baseUrl = m_server->baseUrl();
    profile.model = model;
    auto client = ChatClient::create(&m_nam, profile);
    client->setApiKey(kApiKey);
    return client;
}

ChatRequest TestProviderErrors::hello()
{
    ChatRequest request;
    request.messages = {{QStringLiteral("user"), QStringLiteral("Hello")}};
    return request;
}

void TestProviderErrors::httpErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorType");
    QTest::addColumn<QStringList>("mustContain");

    const int openAi = int(ProviderKind::OpenAICompatible);
    QTest::newRow("openai 401") << openAi << 401
                                << LoopbackServer::fixture(QStringLiteral("openai_401_invalid_api_key.json"))
                                << QStringLiteral("invalid_api_key")
                                << QStringList {QStringLiteral("API key was rejected"),
                                       QStringLiteral("Settings"),
                                       QStringLiteral("Incorrect API key provided: <not-a-r****key>")};
    QTest::newRow("openai 404") << openAi << 404
                                << LoopbackServer::fixture(QStringLiteral("openai_404_model_not_found.json"))
                                << QStringLiteral("model_not_found")
                                << QStringList {QStringLiteral("“non-existent-model”"),
                                       QStringLiteral("not found"), QStringLiteral("does not exist")};
    QTest::newRow("anthropic 529")
        << int(ProviderKind::Anthropic) << 529
        << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
        << QStringLiteral("overloaded_error")
        << QStringList {QStringLiteral("Server error"), QStringLiteral("Overloaded")};
    QTest::newRow("gemini 400")
        << int(ProviderKind::Gemini) << 400
        << QByteArray(R"({"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT"}})")
        << QStringLiteral("INVALID_ARGUMENT") << QStringList {QStringLiteral("API key not valid.")};
    QTest::newRow("ollama 404")
        << int(ProviderKind::OllamaNative) << 404
        << QByteArray(R"({"error":"model \"non-existent-model\" not found, try pulling it first"})")
        << QString() << QStringList {QStringLiteral("try pulling it first")};
    QTest::newRow("500 html") << openAi << 500
                              << QByteArray(
                                     "<html><head><title>500 Internal Server Error</title></head></html>")
                              << QString()
                              << QStringList {QStringLiteral("Server error"),
                                     QStringLiteral("500 Internal Server Error")};
}

void TestProviderErrors::httpErrors()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, errorType);
    QFETCH(QStringList, mustContain);

    m_server->enqueue(LoopbackServer::json(status, body));
    auto client = makeClient(ProviderKind(kind), QStringLiteral("non-existent-model"));
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished());
    const StreamOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.errorType, errorType);
    for (const QString &part : mustContain)
        QVERIFY2(outcome.errorMessage.contains(part), qPrintable(outcome.errorMessage));
    QVERIFY(!outcome.errorMessage.contains(kApiKey));
    QVERIFY(recorder.m_text.isEmpty());
}

void TestProviderErrors::rateLimitHeaders_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("minSeconds");
    QTest::addColumn<int>("maxSeconds");

    // The recorded reset time is in the past now: nothing left to wait.
    QTest::newRow("x-ratelimit-reset as recorded")
        << QByteArray("X-Ratelimit-Reset") << QByteArray("1754667660000") << 0 << 0;
    const QByteArray inThirty = QByteArray::number(QDateTime::currentMSecsSinceEpoch() + 30000);
    QTest::newRow("x-ratelimit-reset ahead") << QByteArray("X-Ratelimit-Reset") << inThirty << 28 << 31;
    QTest::newRow("retry-after") << QByteArray("Retry-After") << QByteArray("7") << 7 << 7;
}

void TestProviderErrors::rateLimitHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(int, minSeconds);
    QFETCH(int, maxSeconds);

    m_server->enqueue(LoopbackServer::json(
        429, LoopbackServer::fixture(QStringLiteral("openrouter_429_rate_limit.json")), {{header, value}}));
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished());
    const StreamOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
    QCOMPARE(outcome.httpStatus, 429);
    QCOMPARE(outcome.errorType, QStringLiteral("429"));
    QVERIFY2(outcome.retryAfterSeconds >= minSeconds && outcome.retryAfterSeconds <= maxSeconds,
        qPrintable(QString::number(outcome.retryAfterSeconds)));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("Rate limited")), qPrintable(outcome.errorMessage));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("limited to 1 requests per minute")),
        qPrintable(outcome.errorMessage));
    if (minSeconds > 0)
        QVERIFY2(
            outcome.errorMessage.contains(QStringLiteral("Try again in %1 s").arg(outcome.retryAfterSeconds)),
            qPrintable(outcome.errorMessage));
}

void TestProviderErrors::oddBodies_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustContain");

    QTest::newRow("html page with 200")
        << QByteArray("text/html")
        << QByteArray("<!DOCTYPE html><html><head><title>Welcome to nginx!</title>"
                      "</head><body>hi</body></html>")
        << false << QString() << QStringLiteral("web page");
    QTest::newRow("only malformed json")
        << QByteArray("text/event-stream") << QByteArray("data: {not json\n\ndata: [1,\n\n") << false
        << QString() << QStringLiteral("2 events that could not be read");
    QTest::newRow("malformed event skipped")
        << QByteArray("text/event-stream") << QByteArray("data: {oops\n\n") + kBasicSse << true
        << QStringLiteral("Hi") << QString();
    QTest::newRow("json error with 200")
        << QByteArray("application/json") << QByteArray(R"({"error":{"message":"model is loading"}})")
        << false << QString() << QStringLiteral("model is loading");
    QTest::newRow("empty body") << QByteArray("text/event-stream") << QByteArray() << false << QString()
                                << QStringLiteral("empty reply");
    QTest::newRow("cut off without finish")
        << QByteArray("text/event-stream") << kBasicSse.left(kBasicSse.indexOf("\n\n") + 2) << false
        << QStringLiteral("Hi") << QStringLiteral("closed before the reply was complete");
}

void TestProviderErrors::oddBodies()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, text);
    QFETCH(QString, mustContain);

    LoopbackServer::Response response = LoopbackServer::sse(body);
    response.headers = {{"Content-Type", contentType}};
    m_server->enqueue(response);
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished());
    const StreamOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.status, ok ? StreamOutcome::Status::Finished : StreamOutcome::Status::Failed);
    QCOMPARE(recorder.m_text, text);
    QVERIFY2(outcome.errorMessage.contains(mustContain), qPrintable(outcome.errorMessage));
}

void TestProviderErrors::timeoutBeforeHeaders()
{
    LoopbackServer::Response response = LoopbackServer::sse({});
    response.hang = true;
    m_server->enqueue(response);
    auto client = makeClient();
    client->setIdleTimeout(300);
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished(5000));
    QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Failed);
    QVERIFY2(recorder.outcome().errorMessage.contains(QLatin1String("timed out")),
        qPrintable(recorder.outcome().errorMessage));
    QVERIFY(!client->isRunning());
}

void TestProviderErrors::timeoutMidStream()
{
    // The first event arrives, then the server stalls far longer than the idle timeout.
    LoopbackServer::Response response = LoopbackServer::sse(kBasicSse);
    response.chunkSize = int(kBasicSse.indexOf("\n\n") + 2);
    response.chunkDelayMs = 10000;
    m_server->enqueue(response);
    auto client = makeClient();
    client->setIdleTimeout(400);
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished(5000));
    QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Failed);
    QCOMPARE(recorder.m_text, QStringLiteral("Hi"));
    QVERIFY2(recorder.outcome().errorMessage.contains(QLatin1String("partial reply was kept")),
        qPrintable(recorder.outcome().errorMessage));
}

void TestProviderErrors::connectionResetMidStream()
{
    const QByteArray body = LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse"));
    for (bool chunked : {true, false}) {
        LoopbackServer::Response response = LoopbackServer::sse(body);
        response.chunkSize = 64;
        response.abortMidway = true;
        response.chunkedEncoding = chunked;
        m_server->enqueue(response);
        auto client = makeClient();
        StreamRecorder recorder(client.get());
        QVERIFY(client->start(hello()));
        QVERIFY(recorder.waitFinished());
        const StreamOutcome &outcome = recorder.outcome();
        QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
        // The deltas that arrived before the reset were delivered and are not taken back.
        QVERIFY(!recorder.m_text.isEmpty());
        QVERIFY(QStringLiteral("The capital of the UK is London.").startsWith(recorder.m_text));
        QVERIFY2(outcome.errorMessage.contains(QLatin1String("partial reply was kept")),
            qPrintable(outcome.errorMessage));
    }
}

void TestProviderErrors::connectionRefused()
{
    const QUrl url = m_server->baseUrl();
    m_server->close();
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished());
    const StreamOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
    QCOMPARE(outcome.httpStatus, 0);
    const QString expected
        = QStringLiteral("Could not connect to 127.0.0.1:%1: is the server running?").arg(url.port());
    QVERIFY2(outcome.errorMessage.startsWith(expected), qPrintable(outcome.errorMessage));
}

void TestProviderErrors::stopMidStream()
{
    LoopbackServer::Response response
        = LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("deepseek_reasoner_stream.sse")));
    response.chunkSize = 256;
    response.chunkDelayMs = 5;
    m_server->enqueue(response);
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    int reasoningAfterStop = 0;
    bool stopped = false;
    connect(client.get(), &ChatClient::reasoningDelta, this, [&] {
        if (stopped) {
            ++reasoningAfterStop;
            return;
        }
        stopped = true;
        client->stop();
        QVERIFY(!client->isRunning());
        client->stop(); // a second stop is a no-op
    });
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished());
    QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Stopped);
    QVERIFY(recorder.outcome().errorMessage.isEmpty());
    QTest::qWait(200);
    QCOMPARE(recorder.m_outcomes.size(), 1);
    QCOMPARE(reasoningAfterStop, 0);
}

void TestProviderErrors::stopWhenIdleDoesNothing()
{
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    client->stop();
    QTest::qWait(10);
    QVERIFY(recorder.m_outcomes.isEmpty());
}

void TestProviderErrors::startWhileRunningIsRefused()
{
    LoopbackServer::Response response = LoopbackServer::sse(kBasicSse);
    response.chunkSize = 8;
    response.chunkDelayMs = 2;
    m_server->enqueue(response);
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(client->isRunning());
    QVERIFY(!client->start(hello()));
    QVERIFY(recorder.waitFinished());
    QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Finished);
    QCOMPARE(recorder.m_outcomes.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestProviderErrors::clientReusableAfterFailure()
{
    m_server->enqueue(LoopbackServer::json(500, "boom"));
    m_server->enqueue(LoopbackServer::sse(kBasicSse));
    auto client = makeClient();
    StreamRecorder recorder(client.get());
    QVERIFY(client->start(hello()));
    QVERIFY(recorder.waitFinished());
    QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Failed);
    QVERIFY(client->start(hello()));
    QTRY_COMPARE(recorder.m_outcomes.size(), 2);
    QCOMPARE(recorder.m_outcomes[1].status, StreamOutcome::Status::Finished);
    QCOMPARE(recorder.m_outcomes[1].httpStatus, 200);
    QCOMPARE(recorder.m_text, QStringLiteral("Hi"));
}

void TestProviderErrors::destroyWhileRunning()
{
    LoopbackServer::Response response = LoopbackServer::sse({});
    response.hang = true;
    m_server->enqueue(response);
    auto client = makeClient();
    QVERIFY(client->start(hello()));
    QTest::qWait(50);
    client.reset(); // must not crash or emit into a dead receiver
    QTest::qWait(50);
}

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "tst_provider_errors.moc"
