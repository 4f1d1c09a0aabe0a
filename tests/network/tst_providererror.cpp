#include "loopbackserver.h"
#include "network/providererror.h"

#include <QTest>

class TestProviderError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromBody_data();
    void fromBody();
    void longBodyIsElided();
    void retryAfter_data();
    void retryAfter();
    void httpMessages_data();
    void httpMessages();
    void networkMessages();
    void inStream();
};

void TestProviderError::fromBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");

    QTest::newRow("openai 401 fixture (pretty, \\u003c escapes)")
        << LoopbackServer::fixture(QStringLiteral("openai_401_invalid_api_key.json"))
        << QStringLiteral("Incorrect API key provided: <not-a-r****key>. You can find your API key at "
                          "https://platform.openai.com/account/api-keys.")
        << QStringLiteral("invalid_api_key");
    QTest::newRow("openai 404 fixture")
        << LoopbackServer::fixture(QStringLiteral("openai_404_model_not_found.json"))
        << QStringLiteral("The model `non-existent-model` does not exist or you do "
                          "not have access to it.")
        << QStringLiteral("model_not_found");
    QTest::newRow("openrouter 429 fixture (numeric code)")
        << LoopbackServer::fixture(QStringLiteral("openrouter_429_rate_limit.json"))
        << QStringLiteral(
               "Rate limit exceeded: limit_rpm/meta-llama/llama-3.2-3b-instruct/"
               "e8440b11-29fb-4887-a222-eff9ba33dfbf. High demand for meta-llama/llama-3.2-3b-instruct:free "
               "on OpenRouter - limited to 1 requests per minute. Please retry shortly.")
        << QStringLiteral("429");
    QTest::newRow("anthropic") << QByteArray(
        R"({"type":"error","error":{"details":null,"type":"overloaded_error","message":"Overloaded"} })")
                               << QStringLiteral("Overloaded") << QStringLiteral("overloaded_error");
    QTest::newRow("gemini") << QByteArray(
        R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT"}})")
                            << QStringLiteral("API key not valid. Please pass a valid API key.")
                            << QStringLiteral("INVALID_ARGUMENT");
    QTest::newRow("gemini array") << QByteArray(
        R"([{"error":{"code":503,"message":"The model is overloaded.","status":"UNAVAILABLE"}}])")
                                  << QStringLiteral("The model is overloaded.")
                                  << QStringLiteral("UNAVAILABLE");
    QTest::newRow("ollama") << QByteArray(R"({"error":"model \"llama9\" not found, try pulling it first"})")
                            << QStringLiteral("model \"llama9\" not found, try pulling it first")
                            << QString();
    QTest::newRow("vllm") << QByteArray(
        R"({"object":"error","message":"The model `x` does not exist.","type":"NotFoundError","param":null,"code":404})")
                          << QStringLiteral("The model `x` does not exist.")
                          << QStringLiteral("NotFoundError");
    QTest::newRow("fastapi detail") << QByteArray(R"({"detail":"Not Found"})") << QStringLiteral("Not Found")
                                    << QString();
    QTest::newRow("plain text") << QByteArray("Bad Gateway\n") << QStringLiteral("Bad Gateway") << QString();
    QTest::newRow("html") << QByteArray(
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body>"
        "</html>") << QStringLiteral("502 Bad Gateway")
                          << QString();
    QTest::newRow("html without title") << QByteArray("<!DOCTYPE html><body><p>Service\n  down</p></body>")
                                        << QStringLiteral("Service down") << QString();
    QTest::newRow("empty") << QByteArray() << QString() << QString();
}

void TestProviderError::fromBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QFETCH(QString, type);
    const ProviderError error = ProviderError::fromBody(body);
    QCOMPARE(error.message(), message);
    QCOMPARE(error.type(), type);
}

void TestProviderError::longBodyIsElided()
{
    const ProviderError error = ProviderError::fromBody(QByteArray(5000, 'x'));
    QVERIFY(error.message().size() <= 301);
    QVERIFY(error.message().endsWith(u'…'));
}

void TestProviderError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");

    // now = 2025-08-08T15:40:00Z; OpenRouter's X-Ratelimit-Reset 1754667660000 is one minute later.
    QTest::newRow("retry-after seconds") << QByteArray("Retry-After") << QByteArray("7") << 7;
    QTest::newRow("retry-after http date")
        << QByteArray("retry-after") << QByteArray("Fri, 08 Aug 2025 15:42:00 GMT") << 120;
    QTest::newRow("retry-after date in the past")
        << QByteArray("Retry-After") << QByteArray("Fri, 08 Aug 2025 15:00:00 GMT") << 0;
    QTest::newRow("openrouter epoch ms")
        << QByteArray("X-Ratelimit-Reset") << QByteArray("1754667660000") << 60;
    QTest::newRow("epoch seconds") << QByteArray("x-ratelimit-reset") << QByteArray("1754667630") << 30;
    QTest::newRow("relative seconds") << QByteArray("x-ratelimit-reset") << QByteArray("2.5") << 3;
    QTest::newRow("openai duration") << QByteArray("x-ratelimit-reset-requests") << QByteArray("6m0s") << 360;
    QTest::newRow("openai ms duration") << QByteArray("x-ratelimit-reset-tokens") << QByteArray("20ms") << 1;
    QTest::newRow("garbage") << QByteArray("Retry-After") << QByteArray("soon") << -1;
    QTest::newRow("absent") << QByteArray("Content-Type") << QByteArray("application/json") << -1;
}

void TestProviderError::retryAfter()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now = QDateTime::fromString(QStringLiteral("2025-08-08T15:40:00Z"), Qt::ISODate);
    QCOMPARE(ProviderError::retryAfterSeconds({{name, value}}, now), seconds);
}

void TestProviderError::httpMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("401") << 401 << QByteArray(R"({"error":{"message":"bad key"}})") << -1
                         << QStringList {QStringLiteral("API key was rejected"),
                                QStringLiteral("api.example.com"), QStringLiteral("bad key."),
                                QStringLiteral("Settings")};
    QTest::newRow("404") << 404 << QByteArray() << -1
                         << QStringList {QStringLiteral("“gpt-9”"), QStringLiteral("not found"),
                                QStringLiteral("/v1/chat/completions")};
    QTest::newRow("429 with hint") << 429 << QByteArray("slow down") << 7
                                   << QStringList {QStringLiteral("Rate limited"),
                                          QStringLiteral("slow down."), QStringLiteral("Try again in 7 s")};
    QTest::newRow("429 without hint")
        << 429 << QByteArray() << -1
        << QStringList {QStringLiteral("Rate limited"), QStringLiteral("shortly")};
    QTest::newRow("503") << 503 << QByteArray("<html><title>Service Unavailable</title></html>") << -1
                         << QStringList {QStringLiteral("Server error"), QStringLiteral("HTTP 503"),
                                QStringLiteral("Service Unavailable")};
    QTest::newRow("400")
        << 400 << QByteArray(R"({"error":{"message":"context too long","code":"context_length_exceeded"}})")
        << -1 << QStringList {QStringLiteral("rejected"), QStringLiteral("context too long")};
}

void TestProviderError::httpMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, retryAfter);
    QFETCH(QStringList, mustContain);
    const StreamOutcome outcome = ProviderError::httpFailure(status, body,
        QUrl(QStringLiteral("https://api.example.com/v1/chat/completions")), QStringLiteral("gpt-9"),
        retryAfter);
    QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
    QCOMPARE(outcome.httpStatus, status);
    QCOMPARE(outcome.retryAfterSeconds, retryAfter);
    for (const QString &part : mustContain)
        QVERIFY2(outcome.errorMessage.contains(part), qPrintable(outcome.errorMessage));
    QVERIFY2(!outcome.errorMessage.contains(QLatin1String("..")), qPrintable(outcome.errorMessage));
}

void TestProviderError::networkMessages()
{
    const QUrl url(QStringLiteral("http://localhost:11434/api/chat"));
    StreamOutcome outcome = ProviderError::networkFailure(
        QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"), url, false);
    QVERIFY2(outcome.errorMessage.startsWith(
                 QLatin1String("Could not connect to localhost:11434: is the server running?")),
        qPrintable(outcome.errorMessage));
    outcome = ProviderError::networkFailure(
        QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"), url, true);
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("partial reply was kept")),
        qPrintable(outcome.errorMessage));
    outcome = ProviderError::timeout(url, 30000, false);
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("timed out")), qPrintable(outcome.errorMessage));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("30 s")), qPrintable(outcome.errorMessage));
}

void TestProviderError::inStream()
{
    StreamOutcome outcome = ProviderError::inStream(ProviderError::fromBody(
        R"({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}})"));
    QCOMPARE(outcome.status, StreamOutcome::Status::Failed);
    QCOMPARE(outcome.errorType, QStringLiteral("overloaded_error"));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("Overloaded")), qPrintable(outcome.errorMessage));
    QVERIFY2(outcome.errorMessage.contains(QLatin1String("Try again")), qPrintable(outcome.errorMessage));
}

QTEST_GUILESS_MAIN(TestProviderError)
#include "tst_providererror.moc"
