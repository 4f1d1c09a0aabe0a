// What each provider client puts on the wire (URL, headers, JSON body), model listing,
// and the profile kind names.
#include "loopbackserver.h"
#include "network/chatclient.h"
#include "streamrecorder.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <sys/resource.h>

namespace {
const QString kApiKey = QStringLiteral("sk-secret-0123456789");

ChatRequest sampleRequest()
{
    ChatRequest request;
    request.model = QStringLiteral("m-1");
    request.systemPrompt = QStringLiteral("Be brief.");
    request.messages = {{QStringLiteral("user"), QStringLiteral("Hi")},
        {QStringLiteral("assistant"), QStringLiteral("Hello!")},
        {QStringLiteral("user"), QStringLiteral("2+2?")}};
    request.temperature = 0.5;
    request.maxTokens = 100;
    return request;
}
// Gemini's {"parts":[{"text":...}]}
QString firstPartText(const QJsonObject &content)
{
    const QJsonArray parts = content.value(QLatin1String("parts")).toArray();
    return parts.first().toObject().value(QLatin1String("text")).toString();
}
} // namespace

class TestProviderRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void openAi();
    void anthropic();
    void ollama();
    void gemini();
    void defaultsWhenUnset();
    void noKeyNoAuthHeader();
    void baseUrlWithPathAndSlash();
    void keyNeverInUrl_data();
    void keyNeverInUrl();
    void listModels_data();
    void listModels();
    void listModelsFails();
    void listModelsTooLarge();
    void errorBodyTooLarge();
    void kindNames();

private:
    LoopbackServer::Request send(ProviderKind kind, const ChatRequest &request, const QString &key = kApiKey);

    QNetworkAccessManager m_nam;
    std::unique_ptr<LoopbackServer> m_server;
};

void TestProviderRequests::init()
{
    m_server = std::make_unique<LoopbackServer>();
    QVERIFY(m_server->listen());
    // Any answer will do: these tests look at the request.
    m_server->setDefaultResponse(LoopbackServer::sse("data: [DONE]\n\n"));
}

LoopbackServer::Request TestProviderRequests::send(
    ProviderKind kind, const ChatRequest &request, const QString &key)
{
    ProviderProfile profile;
    profile.kind = kind;
    profile.baseUrl = m_server->baseUrl();
    profile.model = QStringLiteral("profile-model");
    auto client = ChatClient::create(&m_nam, profile);
    client->setApiKey(key);
    StreamRecorder recorder(client.get());
    client->start(request);
    if (!recorder.waitFinished() || m_server->requests().isEmpty())
        return {};
    return m_server->requests().last();
}

void TestProviderRequests::openAi()
{
    const LoopbackServer::Request request = send(ProviderKind::OpenAICompatible, sampleRequest());
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, QByteArray("/chat/completions"));
    QCOMPARE(request.headers.value("authorization"), "Bearer " + kApiKey.toUtf8());
    QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject json = request.json();
    QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("m-1"));
    QCOMPARE(json.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(
        json.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(),
        true);
    QCOMPARE(json.value(QLatin1String("temperature")).toDouble(), 0.5);
    QCOMPARE(json.value(QLatin1String("max_tokens")).toInt(), 100);
    const QJsonArray messages = json.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages[0].toObject(),
        (QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
            {QStringLiteral("content"), QStringLiteral("Be brief.")}}));
    QCOMPARE(messages[2].toObject().value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(messages[3].toObject().value(QLatin1String("content")).toString(), QStringLiteral("2+2?"));
}

void TestProviderRequests::anthropic()
{
    const LoopbackServer::Request request = send(ProviderKind::Anthropic, sampleRequest());
    QCOMPARE(request.path, QByteArray("/messages"));
    QCOMPARE(request.headers.value("x-api-key"), kApiKey.toUtf8());
    QCOMPARE(request.headers.value("anthropic-version"), QByteArray("2023-06-01"));
    QVERIFY(!request.headers.contains("authorization"));
    const QJsonObject json = request.json();
    QCOMPARE(json.value(QLatin1String("system")).toString(), QStringLiteral("Be brief."));
    QCOMPARE(json.value(QLatin1String("max_tokens")).toInt(), 100);
    QCOMPARE(json.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(json.value(QLatin1String("temperature")).toDouble(), 0.5);
    const QJsonArray messages = json.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3); // the system prompt is not a message here
    QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
}

void TestProviderRequests::ollama()
{
    const LoopbackServer::Request request = send(ProviderKind::OllamaNative, sampleRequest());
    QCOMPARE(request.path, QByteArray("/api/chat"));
    const QJsonObject json = request.json();
    QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("m-1"));
    QCOMPARE(json.value(QLatin1String("stream")).toBool(), true);
    const QJsonObject options = json.value(QLatin1String("options")).toObject();
    QCOMPARE(options.value(QLatin1String("temperature")).toDouble(), 0.5);
    QCOMPARE(options.value(QLatin1String("num_predict")).toInt(), 100);
    const QJsonArray messages = json.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
}

void TestProviderRequests::gemini()
{
    const LoopbackServer::Request request = send(ProviderKind::Gemini, sampleRequest());
    QCOMPARE(request.path, QByteArray("/models/m-1:streamGenerateContent?alt=sse"));
    QCOMPARE(request.headers.value("x-goog-api-key"), kApiKey.toUtf8());
    const QJsonObject json = request.json();
    const QJsonArray contents = json.value(QLatin1String("contents")).toArray();
    QCOMPARE(contents.size(), 3);
    QCOMPARE(contents[1].toObject().value(QLatin1String("role")).toString(), QStringLiteral("model"));
    QCOMPARE(firstPartText(contents[2].toObject()), QStringLiteral("2+2?"));
    QCOMPARE(firstPartText(json.value(QLatin1String("systemInstruction")).toObject()),
        QStringLiteral("Be brief."));
    const QJsonObject config = json.value(QLatin1String("generationConfig")).toObject();
    QCOMPARE(config.value(QLatin1String("maxOutputTokens")).toInt(), 100);
    QCOMPARE(config.value(QLatin1String("temperature")).toDouble(), 0.5);
}

void TestProviderRequests::defaultsWhenUnset()
{
    ChatRequest request;
    request.messages = {{QStringLiteral("user"), QStringLiteral("Hi")}};
    QJsonObject json = send(ProviderKind::Anthropic, request).json();
    QCOMPARE(json.value(QLatin1String("model")).toString(), QStringLiteral("profile-model"));
    QCOMPARE(json.value(QLatin1String("max_tokens")).toInt(), 4096); // required by Anthropic
    QVERIFY(!json.contains(QLatin1String("system")));
    QVERIFY(!json.contains(QLatin1String("temperature")));

    json = send(ProviderKind::OpenAICompatible, request).json();
    QVERIFY(!json.contains(QLatin1String("max_tokens")));
    QCOMPARE(json.value(QLatin1String("messages")).toArray().size(), 1);

    const LoopbackServer::Request gemini = send(ProviderKind::Gemini, request);
    QCOMPARE(gemini.path, QByteArray("/models/profile-model:streamGenerateContent?alt=sse"));
    QVERIFY(!gemini.json().contains(QLatin1String("systemInstruction")));
}

void TestProviderRequests::noKeyNoAuthHeader()
{
    const LoopbackServer::Request request = send(ProviderKind::OpenAICompatible, sampleRequest(), QString());
    QVERIFY(!request.headers.contains("authorization"));
    QVERIFY(!send(ProviderKind::Gemini, sampleRequest(), QString()).headers.contains("x-goog-api-key"));
}

void TestProviderRequests::baseUrlWithPathAndSlash()
{
    ProviderProfile profile;
    profile.kind = ProviderKind::OpenAICompatible;
    profile.baseUrl = QUrl(m_server->baseUrl().toString() + QStringLiteral("/v1/"));
    auto client = ChatClient::create(&m_nam, profile);
    StreamRecorder recorder(client.get());
    client->start(sampleRequest());
    QVERIFY(recorder.waitFinished());
    QCOMPARE(m_server->requests().last().path, QByteArray("/v1/chat/completions"));
}

void TestProviderRequests::keyNeverInUrl_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("openai") << int(ProviderKind::OpenAICompatible);
    QTest::newRow("anthropic") << int(ProviderKind::Anthropic);
    QTest::newRow("ollama") << int(ProviderKind::OllamaNative);
    QTest::newRow("gemini") << int(ProviderKind::Gemini);
}

void TestProviderRequests::keyNeverInUrl()
{
    QFETCH(int, kind);
    const LoopbackServer::Request request = send(ProviderKind(kind), sampleRequest());
    QVERIFY(!request.path.isEmpty());
    QVERIFY(!request.path.contains(kApiKey.toUtf8()));
    QVERIFY(!request.body.contains(kApiKey.toUtf8()));
}

void TestProviderRequests::listModels_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QStringList>("models");

    QTest::newRow("openai")
        << int(ProviderKind::OpenAICompatible) << QByteArray("/models")
        << QByteArray(R"({"object":"list","data":[{"id":"gpt-b","object":"model"},{"id":"gpt-a"}]})")
        << QStringList {QStringLiteral("gpt-a"), QStringLiteral("gpt-b")};
    QTest::newRow("anthropic")
        << int(ProviderKind::Anthropic) << QByteArray("/models?limit=1000")
        << QByteArray(R"({"data":[{"type":"model","id":"claude-x","display_name":"X"}],"has_more":false})")
        << QStringList {QStringLiteral("claude-x")};
    QTest::newRow("ollama")
        << int(ProviderKind::OllamaNative) << QByteArray("/api/tags")
        << QByteArray(R"({"models":[{"name":"gemma3:1b","model":"gemma3:1b"},{"name":"llama3.2:latest"}]})")
        << QStringList {QStringLiteral("gemma3:1b"), QStringLiteral("llama3.2:latest")};
    QTest::newRow("gemini")
        << int(ProviderKind::Gemini) << QByteArray("/models?pageSize=1000")
        << QByteArray(
               R"({"models":[{"name":"models/gemini-2.0-flash","supportedGenerationMethods":["generateContent","countTokens"]},)"
               R"({"name":"models/text-embedding-004","supportedGenerationMethods":["embedContent"]}]})")
        << QStringList {QStringLiteral("gemini-2.0-flash")};
}

void TestProviderRequests::listModels()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, answer);
    QFETCH(QStringList, models);

    m_server->enqueue(LoopbackServer::json(200, answer));
    ProviderProfile profile;
    profile.kind = ProviderKind(kind);
    profile.baseUrl = m_server->baseUrl();
    auto client = ChatClient::create(&m_nam, profile);
    client->setApiKey(kApiKey);
    QSignalSpy listed(client.get(), &ChatClient::modelsListed);
    client->listModels();
    QVERIFY(listed.wait());
    QCOMPARE(listed.first().first().toStringList(), models);
    const LoopbackServer::Request request = m_server->requests().last();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path, path);
    QVERIFY(!request.path.contains(kApiKey.toUtf8()));
}

void TestProviderRequests::listModelsFails()
{
    m_server->enqueue(LoopbackServer::json(
        401, LoopbackServer::fixture(QStringLiteral("openai_401_invalid_api_key.json"))));
    ProviderProfile profile;
    profile.baseUrl = m_server->baseUrl();
    auto client = ChatClient::create(&m_nam, profile);
    QSignalSpy failed(client.get(), &ChatClient::modelsFailed);
    client->listModels();
    QVERIFY(failed.wait());
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("API key was rejected")), qPrintable(message));

    m_server->close();
    client->listModels();
    QVERIFY(failed.wait());
    QVERIFY2(failed.last().first().toString().contains(QLatin1String("is the server running?")),
        qPrintable(failed.last().first().toString()));
}

namespace {
qint64 peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}
} // namespace

void TestProviderRequests::listModelsTooLarge()
{
    // 64 MiB of model list (8 times the limit), made by the server as the client reads it.
    LoopbackServer::Response huge = LoopbackServer::json(200, "{\"data\":[");
    huge.repeat = QByteArray("{\"id\":\"m\"},").repeated(64 * 1024 / 11);
    huge.repeatCount = 64 * 1024 * 1024 / huge.repeat.size();
    m_server->enqueue(huge);
    ProviderProfile profile;
    profile.baseUrl = m_server->baseUrl();
    auto client = ChatClient::create(&m_nam, profile);
    QSignalSpy failed(client.get(), &ChatClient::modelsFailed);
    QSignalSpy listed(client.get(), &ChatClient::modelsListed);
    const qint64 before = peakRssKiB();
    client->listModels();
    QVERIFY(failed.wait(20000));
    const qint64 grownMiB = (peakRssKiB() - before) / 1024;
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("model list from 127.0.0.1")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("larger than 8 MiB")), qPrintable(message));
    QCOMPARE(listed.size(), 0);
    qInfo("peak RSS grew by %lld MiB for a 64 MiB model list (limit 8 MiB)", grownMiB);
#ifndef CONFAB_SANITIZED // ASan keeps freed memory in quarantine: its RSS says little
    QVERIFY2(grownMiB < 40, qPrintable(QStringLiteral("%1 MiB").arg(grownMiB)));
#endif
}

void TestProviderRequests::errorBodyTooLarge()
{
    // An HTTP 500 whose body goes on for 64 MiB: described by its start, the request ended early.
    LoopbackServer::Response huge = LoopbackServer::json(500, "{\"error\":{\"message\":\"overloaded");
    huge.repeat = QByteArray(64 * 1024, 'x');
    huge.repeatCount = 1024;
    m_server->enqueue(huge);
    auto client = ChatClient::create(&m_nam, [&] {
        ProviderProfile profile;
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("m");
        return profile;
    }());
    StreamRecorder recorder(client.get());
    const qint64 before = peakRssKiB();
    ChatRequest request;
    request.messages.append(ChatTurn {QStringLiteral("user"), QStringLiteral("hi")});
    QVERIFY(client->start(request));
    QVERIFY(recorder.waitFinished());
    const qint64 grownMiB = (peakRssKiB() - before) / 1024;
    const StreamOutcome &outcome = recorder.outcome();
    QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
    QCOMPARE(outcome.httpStatus, 500);
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("Server error at 127.0.0.1")),
        qPrintable(outcome.errorMessage));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("error body from 127.0.0.1")),
        qPrintable(outcome.errorMessage));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("larger than 0.25 MiB")),
        qPrintable(outcome.errorMessage));
    qInfo("peak RSS grew by %lld MiB for a 64 MiB error body (limit 0.25 MiB)", grownMiB);
#ifndef CONFAB_SANITIZED
    QVERIFY2(grownMiB < 40, qPrintable(QStringLiteral("%1 MiB").arg(grownMiB)));
#endif
}

void TestProviderRequests::kindNames()
{
    const QList<QPair<ProviderKind, QString>> names = {
        {ProviderKind::OpenAICompatible, QStringLiteral("openai")},
        {ProviderKind::Anthropic, QStringLiteral("anthropic")},
        {ProviderKind::OllamaNative, QStringLiteral("ollama")},
        {ProviderKind::Gemini, QStringLiteral("gemini")},
    };
    for (const auto &[kind, name] : names) {
        QCOMPARE(providerKindToString(kind), name);
        bool ok = false;
        QCOMPARE(providerKindFromString(name, &ok), kind);
        QVERIFY(ok);
    }
    bool ok = true;
    providerKindFromString(QStringLiteral("claude"), &ok);
    QVERIFY(!ok);
    QCOMPARE(providerKindFromString(QStringLiteral(" Gemini ")), ProviderKind::Gemini);
}

QTEST_GUILESS_MAIN(TestProviderRequests)
#include "tst_provider_requests.moc"
