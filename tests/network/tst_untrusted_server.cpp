// What a hostile or compromised endpoint can send, through a real socket: redirects that would
// carry the key elsewhere, error bodies that echo the key. Plus the rules behind them
// (EndpointPolicy, SecretRedactor).
#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "network/chatclient.h"
#include "network/endpointpolicy.h"
#include "network/providererror.h"
#include "network/secretredactor.h"
#include "storage/sessionexporter.h"
#include "storage/sessionstore.h"
#include "streamrecorder.h"
#include "testutil.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>

namespace {
const QString kApiKey = QStringLiteral("sk-proj-Secret0123456789abcdef");

const QByteArray kOpenAiSse
    = "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n"
      "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
      "data: [DONE]\n\n";
const QByteArray kAnthropicSse
    = "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,"
      "\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
      "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"}}\n\n"
      "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
const QByteArray kGeminiSse = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Hi\"}],"
                              "\"role\":\"model\"},\"finishReason\":\"STOP\"}]}\n\n";
} // namespace

class TestUntrustedServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // A self-signed certificate for 127.0.0.1, trusted by this process only.
        const QString dir = m_certDir.path();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                dir + QStringLiteral("/cert.pem")});
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit
            || openssl.exitCode() != 0)
            return;
        const auto certs = QSslCertificate::fromPath(dir + QStringLiteral("/cert.pem"));
        QFile keyFile(dir + QStringLiteral("/key.pem"));
        QVERIFY(!certs.isEmpty() && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration server = QSslConfiguration::defaultConfiguration();
        server.setLocalCertificate(certs.first());
        server.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_tls = server;
        QSslConfiguration client = QSslConfiguration::defaultConfiguration();
        client.addCaCertificate(certs.first());
        QSslConfiguration::setDefaultConfiguration(client);
    }

    void init()
    {
        // A fresh manager: no kept-alive connection from an earlier test's server.
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_server = std::make_unique<LoopbackServer>();
        m_other = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_other->listen());
    }

    void redirectToAnotherOriginIsRefused_data() { providers(); }
    void redirectToAnotherOriginIsRefused()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, sse);
        // Another port is another origin (as for browsers, curl and requests).
        const QByteArray elsewhere = m_other->baseUrl().toEncoded() + "/steal";
        m_server->enqueue(LoopbackServer::json(307, "{}", {{"Location", elsewhere}}));
        m_other->setDefaultResponse(LoopbackServer::sse(sse));
        auto client = makeClient(ProviderKind(kind));
        StreamRecorder recorder(client.get());
        QVERIFY(client->start(hello()));
        QVERIFY(recorder.waitFinished());
        QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Failed);
        const QString message = recorder.outcome().errorMessage;
        QVERIFY2(
            message.contains(m_other->baseUrl().toString() + QStringLiteral("/steal")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("refused")), qPrintable(message));
        // The key went to the profile's server only; the other one never saw a request.
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(m_server->requests().first().headers.value(header).contains(kApiKey.toUtf8()));
        QCOMPARE(m_other->requests().size(), 0);
    }

    void redirectWithinTheOriginIsFollowed_data() { providers(); }
    void redirectWithinTheOriginIsFollowed()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, sse);
        m_server->enqueue(LoopbackServer::json(307, "{}", {{"Location", "/moved/here"}}));
        m_server->enqueue(LoopbackServer::sse(sse));
        auto client = makeClient(ProviderKind(kind));
        StreamRecorder recorder(client.get());
        QVERIFY(client->start(hello()));
        QVERIFY(recorder.waitFinished());
        QString seen;
        for (const LoopbackServer::Request &r : m_server->requests())
            seen += QString::fromLatin1(r.method + ' ' + r.path + "; ");
        QVERIFY2(recorder.outcome().status == StreamOutcome::Status::Finished,
            qPrintable(recorder.outcome().errorMessage + QStringLiteral(" requests: ") + seen));
        QCOMPARE(recorder.m_text, QStringLiteral("Hi"));
        QCOMPARE(m_server->requests().size(), 2);
        const LoopbackServer::Request followed = m_server->requests().at(1);
        QCOMPARE(followed.path, QByteArray("/moved/here"));
        QVERIFY(followed.headers.value(header).contains(kApiKey.toUtf8()));
        QVERIFY(followed.body.contains("Hello")); // 307 keeps the method and the body
    }

    void redirectLoopEnds()
    {
        m_server->setDefaultResponse(LoopbackServer::json(308, "{}", {{"Location", "/again"}}));
        auto client = makeClient(ProviderKind::OpenAICompatible);
        StreamRecorder recorder(client.get());
        QVERIFY(client->start(hello()));
        QVERIFY(recorder.waitFinished());
        QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Failed);
        QVERIFY2(recorder.outcome().errorMessage.contains(QLatin1String("more than 5 times")),
            qPrintable(recorder.outcome().errorMessage));
        QCOMPARE(m_server->requests().size(), 6);
    }

    void httpsToHttpRedirectIsRefused_data() { providers(); }
    void httpsToHttpRedirectIsRefused()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, sse);
        // The profile's server over TLS (a certificate made for this run and trusted by it),
        // answering with a redirect to the same host over plain http.
        if (!m_tls)
            QSKIP("openssl is needed to make the test certificate (scripts/deps.sh test installs it)");
        LoopbackServer secure;
        QVERIFY(secure.listenTls(*m_tls));
        QByteArray plain = m_other->baseUrl().toEncoded() + "/v1/chat";
        secure.enqueue(LoopbackServer::json(307, "{}", {{"Location", plain}}));
        m_other->setDefaultResponse(LoopbackServer::sse(sse));
        ProviderProfile profile;
        profile.kind = ProviderKind(kind);
        profile.baseUrl = secure.baseUrl();
        profile.model = QStringLiteral("model-test");
        auto client = ChatClient::create(m_nam.get(), profile);
        client->setApiKey(kApiKey);
        StreamRecorder recorder(client.get());
        QVERIFY(client->start(hello()));
        QVERIFY(recorder.waitFinished());
        const QString message = recorder.outcome().errorMessage;
        QCOMPARE(recorder.outcome().status, StreamOutcome::Status::Failed);
        QVERIFY2(message.contains(QLatin1String("not encrypted")), qPrintable(message));
        QVERIFY2(message.contains(QString::fromUtf8(plain)), qPrintable(message));
        QCOMPARE(secure.requests().size(), 1); // it did reach the https server
        QCOMPARE(m_other->requests().size(), 0);
    }

    void modelListRedirectToAnotherOriginIsRefused_data() { providers(); }
    void modelListRedirectToAnotherOriginIsRefused()
    {
        QFETCH(int, kind);
        const QByteArray elsewhere = m_other->baseUrl().toEncoded() + "/models";
        m_server->enqueue(LoopbackServer::json(302, "{}", {{"Location", elsewhere}}));
        m_other->setDefaultResponse(LoopbackServer::json(200, "{\"data\":[{\"id\":\"x\"}]}"));
        auto client = makeClient(ProviderKind(kind));
        QSignalSpy failed(client.get(), &ChatClient::modelsFailed);
        QSignalSpy listed(client.get(), &ChatClient::modelsListed);
        client->listModels();
        QVERIFY(failed.wait());
        QVERIFY(failed.first().first().toString().contains(QString::fromUtf8(elsewhere)));
        QCOMPARE(listed.count(), 0);
        QCOMPARE(m_other->requests().size(), 0);
    }

    void modelListRedirectWithinTheOriginIsFollowed()
    {
        m_server->enqueue(LoopbackServer::json(301, "{}", {{"Location", "/v2/models"}}));
        m_server->enqueue(LoopbackServer::json(200, "{\"data\":[{\"id\":\"gpt-x\"}]}"));
        auto client = makeClient(ProviderKind::OpenAICompatible);
        QSignalSpy listed(client.get(), &ChatClient::modelsListed);
        QSignalSpy failed(client.get(), &ChatClient::modelsFailed);
        client->listModels();
        QVERIFY(listed.wait() || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(listed.first().first().toStringList(), QStringList {QStringLiteral("gpt-x")});
        QCOMPARE(m_server->requests().at(1).headers.value("authorization"), "Bearer " + kApiKey.toUtf8());
    }

    void echoedKeyIsNeitherStoredNorShownNorExported()
    {
        // A 401 whose message repeats the request's headers, as some proxies do.
        const QByteArray body = "{\"error\":{\"message\":\"Invalid credentials. Authorization: Bearer "
            + kApiKey.toUtf8() + " x-api-key: " + kApiKey.toUtf8()
            + ". Other keys seen: AIzaSyA1234567890abcdefghijklmnopqrstu, "
              "sk-ant-api03-abcdefghijklmnopqrst\"}}";
        m_server->enqueue(LoopbackServer::json(401, body));
        QTemporaryDir dir;
        SessionStore store;
        QVERIFY(store.open(TestUtil::dbPath(dir)));
        const qint64 session = store.createSession(QStringLiteral("Keys"));
        Conversation conversation(&store);
        conversation.setSession(session);
        QNetworkAccessManager nam;
        ChatController controller(&conversation, &nam);
        ProviderProfile profile;
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("gpt-test");
        controller.setProfile(profile);
        controller.setApiKey(kApiKey);
        QString shown;
        QSignalSpy finished(&controller, &ChatController::replyFinished);
        connect(&controller, &ChatController::replyFinished, this,
            [&shown](qint64, const StreamOutcome &outcome) { shown = outcome.errorMessage; });
        QVERIFY(controller.send(QStringLiteral("Hello")));
        QVERIFY(finished.wait());

        SessionStore reopened;
        QVERIFY(reopened.open(TestUtil::dbPath(dir)));
        const QList<Message> branch = reopened.branch(reopened.session(session)->currentLeafId);
        QCOMPARE(branch.size(), 2);
        const QString stored = branch.last().error;
        QString error;
        const QByteArray exported
            = SessionExporter::exportSession(&reopened, session, SessionExporter::Format::Markdown, &error);
        for (const QString &text : {shown, stored, QString::fromUtf8(exported)}) {
            QVERIFY2(text.contains(QLatin1String("401")), qPrintable(text));
            QVERIFY2(text.contains(SecretRedactor::placeholder()), qPrintable(text));
            for (const char *secret : {"Secret0123456789", "AIzaSyA123", "sk-ant-api03"})
                QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
        }
    }

    void redactorTakesOutKeyShapedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("profile key anywhere")
            << QStringLiteral("you sent mykey-1234567890 to us") << QStringLiteral("mykey-1234567890");
        QTest::newRow("bearer") << QStringLiteral("got Bearer abc.def-ghi_jkl123 here")
                                << QStringLiteral("abc.def-ghi_jkl123");
        QTest::newRow("openai") << QStringLiteral("key sk-abcdefghijklmnop1234 is invalid")
                                << QStringLiteral("sk-abcdefghijklmnop1234");
        QTest::newRow("google") << QStringLiteral("API_KEY_INVALID AIzaSyD-abcdefghijklmnopqrstuvwxyz012")
                                << QStringLiteral("AIzaSyD-abcdefghijklmnopqrstuvwxyz012");
        QTest::newRow("json field") << QStringLiteral("{\"x-goog-api-key\": \"opaque-value-42\"}")
                                    << QStringLiteral("opaque-value-42");
        QTest::newRow("query") << QStringLiteral("GET /v1/models?key=opaqueQueryKey99 failed")
                               << QStringLiteral("opaqueQueryKey99");
    }
    void redactorTakesOutKeyShapedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString redacted = SecretRedactor::redact(text, QStringLiteral("mykey-1234567890"));
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(SecretRedactor::placeholder()), qPrintable(redacted));
        // Ordinary words stay.
        QCOMPARE(SecretRedactor::redact(
                     QStringLiteral("The API key was rejected (HTTP 401)"), QStringLiteral("none")),
            QStringLiteral("The API key was rejected (HTTP 401)"));
    }

    void typedEndpointsDefaultToHttps_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("public host") << "api.openai.com/v1"
                                     << "https://api.openai.com/v1";
        QTest::newRow("explicit http kept") << "http://example.com/v1"
                                            << "http://example.com/v1";
        QTest::newRow("localhost") << "localhost:11434/v1"
                                   << "http://localhost:11434/v1";
        QTest::newRow("loopback") << "127.0.0.1:8080"
                                  << "http://127.0.0.1:8080";
        QTest::newRow("ipv6 loopback") << "[::1]:8080/v1"
                                       << "http://[::1]:8080/v1";
        QTest::newRow("private") << "192.168.1.20:1234/v1"
                                 << "http://192.168.1.20:1234/v1";
        QTest::newRow("lan name") << "gpu-box:8000/v1"
                                  << "http://gpu-box:8000/v1";
        QTest::newRow("mdns") << "studio.local:1234"
                              << "http://studio.local:1234";
        QTest::newRow("public ip") << "8.8.8.8/v1"
                                   << "https://8.8.8.8/v1";
    }
    void typedEndpointsDefaultToHttps()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QCOMPARE(EndpointPolicy::fromUserInput(typed).toString(), url);
    }

    void plainHttpBeyondTheLocalNetworkIsInsecure()
    {
        QVERIFY(EndpointPolicy::isInsecureRemote(QUrl(QStringLiteral("http://api.openai.com/v1"))));
        QVERIFY(EndpointPolicy::isInsecureRemote(QUrl(QStringLiteral("http://8.8.8.8/v1"))));
        QVERIFY(!EndpointPolicy::isInsecureRemote(QUrl(QStringLiteral("https://api.openai.com/v1"))));
        QVERIFY(!EndpointPolicy::isInsecureRemote(QUrl(QStringLiteral("http://localhost:11434/v1"))));
        QVERIFY(!EndpointPolicy::isInsecureRemote(QUrl(QStringLiteral("http://10.1.2.3/v1"))));
        QVERIFY(!EndpointPolicy::isInsecureRemote(QUrl(QStringLiteral("http://[fd00::5]:8080"))));
        QVERIFY(!EndpointPolicy::isInsecureRemote(m_server->baseUrl()));
        // https -> http is another origin: refused like any other, with its own wording.
        const QUrl secure(QStringLiteral("https://api.example.com/v1"));
        QVERIFY(EndpointPolicy::sameOrigin(secure, QUrl(QStringLiteral("https://API.example.com:443/v2"))));
        QVERIFY(!EndpointPolicy::sameOrigin(secure, QUrl(QStringLiteral("http://api.example.com/v1"))));
        QVERIFY(!EndpointPolicy::sameOrigin(secure, QUrl(QStringLiteral("https://api.example.com:8443/v1"))));
        const QString downgrade
            = ProviderError::redirectRefused(secure, QUrl(QStringLiteral("http://api.example.com/v1")))
                  .errorMessage;
        QVERIFY2(downgrade.contains(QLatin1String("not encrypted")), qPrintable(downgrade));
        QVERIFY(downgrade.contains(QLatin1String("http://api.example.com/v1")));
    }

private:
    static void providers()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("sse");
        QTest::newRow("openai: Authorization")
            << int(ProviderKind::OpenAICompatible) << QByteArray("authorization") << kOpenAiSse;
        QTest::newRow("anthropic: x-api-key")
            << int(ProviderKind::Anthropic) << QByteArray("x-api-key") << kAnthropicSse;
        QTest::newRow("gemini: x-goog-api-key")
            << int(ProviderKind::Gemini) << QByteArray("x-goog-api-key") << kGeminiSse;
    }

    std::unique_ptr<ChatClient> makeClient(ProviderKind kind)
    {
        ProviderProfile profile;
        profile.kind = kind;
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("model-test");
        auto client = ChatClient::create(m_nam.get(), profile);
        client->setApiKey(kApiKey);
        return client;
    }
    static ChatRequest hello()
    {
        ChatRequest request;
        request.messages = {{QStringLiteral("user"), QStringLiteral("Hello")}};
        return request;
    }

    QTemporaryDir m_certDir;
    std::optional<QSslConfiguration> m_tls;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<LoopbackServer> m_other;
};

QTEST_GUILESS_MAIN(TestUntrustedServer)
#include "tst_untrusted_server.moc"
