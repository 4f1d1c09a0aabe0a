#include "loopbackserver.h"
#include "mcptestservers.h"
#include "tools/mcpclient.h"
#include "tools/mcphttptransport.h"
#include "tools/mcptoolresult.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

// McpClient over Streamable HTTP against the real server-everything from npm, on a loopback
// port; the failures (HTTP errors, redirects) against the loopback test server.
class TestMcpHttp : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<McpTestServers::HttpServer> m_server;

    static McpServerConfig config(const QUrl &url)
    {
        McpServerConfig config;
        config.name = QStringLiteral("everything-http");
        config.transport = McpServerConfig::Transport::Http;
        config.url = url;
        return config;
    }

    std::unique_ptr<McpClient> connectClient()
    {
        QString error;
        auto client = McpTestServers::connectClient(config(m_server->url()), &m_nam, &error);
        if (!client)
            qWarning("%s", qPrintable(error));
        return client;
    }

    McpError connectionError(const McpServerConfig &config)
    {
        McpClient client(McpTransport::create(config, &m_nam));
        return McpTestServers::connectionError(&client);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        m_server = std::make_unique<McpTestServers::HttpServer>();
        QString error;
        if (!m_server->start(&error))
            QFAIL(qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    void handshakeAndSession()
    {
        auto client = connectClient();
        QVERIFY(client);
        QVERIFY(!client->isStateless());
        QCOMPARE(client->protocolVersion(), QStringLiteral("2025-11-25"));
        auto *transport = qobject_cast<McpHttpTransport *>(client->transport());
        QVERIFY(transport);
        QVERIFY(!transport->sessionId().isEmpty());
        QVERIFY(client->tool(QStringLiteral("echo")));
        QVERIFY(client->tool(QStringLiteral("get-sum")));
    }

    void callsToolsOverEventStreams()
    {
        auto client = connectClient();
        QVERIFY(client);
        QCOMPARE(
            McpTestServers::waitForResult(client->callTool(QStringLiteral("echo"),
                                              {{QStringLiteral("message"), QStringLiteral("über HTTP")}}))
                .text(),
            QStringLiteral("Echo: über HTTP"));
        QCOMPARE(McpTestServers::waitForResult(client->callTool(QStringLiteral("get-sum"),
                                                   {{QStringLiteral("a"), 1.5}, {QStringLiteral("b"), 2}}))
                     .text(),
            QStringLiteral("The sum of 1.5 and 2 is 3.5."));
        const McpToolResult bad = McpTestServers::waitForResult(
            client->callTool(QStringLiteral("get-sum"), {{QStringLiteral("a"), true}}));
        QVERIFY(bad.isError);
    }

    void cancelStopsALongCall()
    {
        auto client = connectClient();
        QVERIFY(client);
        McpRequest *call = client->callTool(QStringLiteral("trigger-long-running-operation"),
            {{QStringLiteral("duration"), 600}, {QStringLiteral("steps"), 600}});
        QSignalSpy finished(call, &McpRequest::finished);
        call->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(call->error().kind, McpError::Kind::Cancelled);
        QCOMPARE(McpTestServers::waitForResult(client->callTool(QStringLiteral("echo"),
                                                   {{QStringLiteral("message"), QStringLiteral("on")}}))
                     .text(),
            QStringLiteral("Echo: on"));
    }

    void closeEndsTheSession()
    {
        auto client = connectClient();
        QVERIFY(client);
        auto *transport = qobject_cast<McpHttpTransport *>(client->transport());
        QSignalSpy closed(client.get(), &McpClient::closed);
        client->close();
        QVERIFY(closed.wait(10000));
        QVERIFY(transport->sessionId().isEmpty());
        QCOMPARE(client->state(), McpClient::State::Closed);
    }

    void plainJsonAnswersAndTheProtocolHeaders()
    {
        // A server that answers with application/json instead of event streams; each answer
        // chosen by the request's method, since the client may send two at once.
        LoopbackServer server;
        QVERIFY(server.listen());
        connect(&server, &LoopbackServer::requestReceived, this, [&server](const LoopbackServer::Request &request) {
            const QJsonObject message = request.json();
            const QString method = message.value(QLatin1String("method")).toString();
            const QByteArray id = QByteArray::number(message.value(QLatin1String("id")).toInteger());
            if (method == QLatin1String("server/discover"))
                server.enqueue(LoopbackServer::json(400,
                    R"({"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"Server not initialized"}})"));
            else if (method == QLatin1String("initialize"))
                server.enqueue(LoopbackServer::json(200,
                    R"({"jsonrpc":"2.0","id":)" + id
                        + R"(,"result":{"protocolVersion":"2025-06-18","capabilities":{"tools":{}},"serverInfo":{"name":"json-server","version":"1"}}})",
                    {{"Mcp-Session-Id", "session-42"}}));
            else if (method == QLatin1String("tools/list"))
                server.enqueue(LoopbackServer::json(200,
                    R"({"jsonrpc":"2.0","id":)" + id
                        + R"(,"result":{"tools":[{"name":"ping","inputSchema":{"type":"object"}}]}})"));
            else
                server.enqueue(LoopbackServer::json(202, ""));
        });
        QString error;
        auto client = McpTestServers::connectClient(
            config(server.baseUrl().resolved(QUrl(QStringLiteral("/mcp")))), &m_nam, &error);
        QVERIFY2(client, qPrintable(error));
        QCOMPARE(client->protocolVersion(), QStringLiteral("2025-06-18"));
        QCOMPARE(client->tools().size(), 1);
        QHash<QString, LoopbackServer::Request> byMethod;
        for (const LoopbackServer::Request &request : server.requests())
            byMethod.insert(request.json().value(QLatin1String("method")).toString(), request);
        QCOMPARE(byMethod.size(), 4);
        QCOMPARE(byMethod.value(QStringLiteral("server/discover")).headers.value("mcp-protocol-version"),
            QByteArray("2026-07-28"));
        QVERIFY(!byMethod.value(QStringLiteral("initialize")).headers.contains("mcp-session-id"));
        QVERIFY(!byMethod.value(QStringLiteral("initialize")).headers.contains("mcp-protocol-version"));
        // After the handshake: the session and the agreed revision on every request.
        for (const QString &method :
            {QStringLiteral("notifications/initialized"), QStringLiteral("tools/list")}) {
            QCOMPARE(byMethod.value(method).headers.value("mcp-session-id"), QByteArray("session-42"));
            QCOMPARE(byMethod.value(method).headers.value("mcp-protocol-version"), QByteArray("2025-06-18"));
        }
    }

    // A server may end a request's event stream after a priming event and answer on the stream
    // the client opens again with GET and Last-Event-ID, after the "retry:" delay.
    void anEventStreamThatEndsEarlyIsResumed()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        QByteArray callId;
        connect(&server, &LoopbackServer::requestReceived, this, [&](const LoopbackServer::Request &request) {
            const QJsonObject message = request.json();
            const QString method = message.value(QLatin1String("method")).toString();
            const QByteArray id = QByteArray::number(message.value(QLatin1String("id")).toInteger());
            if (request.method == "GET") {
                LoopbackServer::Response stream = LoopbackServer::sse("id: ev-2\nevent: message\ndata: "
                                                                      R"({"jsonrpc":"2.0","id":)"
                    + callId + R"(,"result":{"content":[{"type":"text","text":"resumed"}]}})" + "\n\n");
                stream.holdAfterBody = true; // the server's general stream stays open
                server.enqueue(stream);
            } else if (method == QLatin1String("initialize")) {
                server.enqueue(LoopbackServer::json(200,
                    R"({"jsonrpc":"2.0","id":)" + id
                        + R"(,"result":{"protocolVersion":"2025-11-25","capabilities":{"tools":{}},"serverInfo":{"name":"resuming","version":"1"}}})"));
            } else if (method == QLatin1String("tools/list")) {
                server.enqueue(LoopbackServer::json(200,
                    R"({"jsonrpc":"2.0","id":)" + id
                        + R"(,"result":{"tools":[{"name":"slow","inputSchema":{"type":"object"}}]}})"));
            } else if (method == QLatin1String("tools/call")) {
                callId = id;
                server.enqueue(LoopbackServer::sse("id: ev-1\nretry: 0\ndata: \n\n"));
            } else if (method == QLatin1String("server/discover")) {
                server.enqueue(LoopbackServer::json(
                    400, R"({"jsonrpc":"2.0","id":null,"error":{"code":-32000,"message":"no"}})"));
            } else {
                server.enqueue(LoopbackServer::json(202, ""));
            }
        });
        QString error;
        auto client = McpTestServers::connectClient(
            config(server.baseUrl().resolved(QUrl(QStringLiteral("/mcp")))), &m_nam, &error);
        QVERIFY2(client, qPrintable(error));
        const McpToolResult result
            = McpTestServers::waitForResult(client->callTool(QStringLiteral("slow"), {}));
        QCOMPARE(result.text(), QStringLiteral("resumed"));
        const LoopbackServer::Request get = server.requests().last();
        QCOMPARE(get.method, QByteArray("GET"));
        QCOMPARE(get.headers.value("last-event-id"), QByteArray("ev-1"));
        QCOMPARE(get.headers.value("accept"), QByteArray("text/event-stream"));
    }

    void unreadableAnswersFailWithAReason_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("application/json") << QByteArray("<html>Gateway</html>")
                                  << "not JSON";
        QTest::newRow("not json-rpc")
            << QByteArray("application/json") << QByteArray(R"({"hello":"world"})") << "not JSON-RPC 2.0";
        QTest::newRow("too large json") << QByteArray("application/json")
                                        << QByteArray(R"({"jsonrpc":"2.0","id":2,"result":{"x":")")
                + QByteArray(8000, 'x') + QByteArray(R"("}})")
                                        << "larger than 4 KiB";
        QTest::newRow("too large event")
            << QByteArray("text/event-stream")
            << QByteArray("event: message\ndata: ") + QByteArray(8000, 'x') + QByteArray("\n\n")
            << "larger than 4 KiB";
    }

    void unreadableAnswersFailWithAReason()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        LoopbackServer server;
        QVERIFY(server.listen());
        LoopbackServer::Response response;
        response.headers = {{"Content-Type", contentType}};
        response.body = body;
        server.setDefaultResponse(response);
        auto transport
            = McpTransport::create(config(server.baseUrl().resolved(QUrl(QStringLiteral("/mcp")))), &m_nam);
        transport->setMaxMessageBytes(4096);
        McpClient client(std::move(transport));
        const McpError error = McpTestServers::connectionError(&client);
        QCOMPARE(error.kind, McpError::Kind::Protocol);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void unreachableServerFailsAtOnce()
    {
        LoopbackServer closed;
        QVERIFY(closed.listen());
        const QUrl url = closed.baseUrl().resolved(QUrl(QStringLiteral("/mcp")));
        closed.close();
        const McpError error = connectionError(config(url));
        QCOMPARE(error.kind, McpError::Kind::Transport);
        QVERIFY2(error.message.contains(QLatin1String("could not reach")), qPrintable(error.message));
    }

    void httpErrorSaysWhatToCheck()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(LoopbackServer::json(
            401, R"({"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Invalid API key"}})"));
        McpServerConfig withKey = config(server.baseUrl().resolved(QUrl(QStringLiteral("/mcp"))));
        withKey.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer wrong"), true}};
        const McpError error = connectionError(withKey);
        QCOMPARE(error.code, 401);
        QVERIFY2(error.message.contains(QLatin1String("HTTP 401")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("Invalid API key")), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("wrong")), qPrintable(error.message));
        // The probe and then the handshake; both carried the header to the server's own origin.
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(0).headers.value("authorization"), QByteArray("Bearer wrong"));
        QCOMPARE(server.requests().at(0).headers.value("accept"),
            QByteArray("application/json, text/event-stream"));
    }

    void headersNeverFollowARedirectToAnotherOrigin()
    {
        LoopbackServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setDefaultResponse(LoopbackServer::json(200, "{}"));
        LoopbackServer server;
        QVERIFY(server.listen());
        const QByteArray target = elsewhere.baseUrl().resolved(QUrl(QStringLiteral("/mcp"))).toEncoded();
        server.setDefaultResponse(LoopbackServer::json(307, "", {{"Location", target}}));
        McpServerConfig withKey = config(server.baseUrl().resolved(QUrl(QStringLiteral("/mcp"))));
        withKey.headers = {{QStringLiteral("X-Api-Key"), QStringLiteral("secret-value"), true}};
        const McpError error = connectionError(withKey);
        QCOMPARE(error.kind, McpError::Kind::Transport);
        QVERIFY(!server.requests().isEmpty());
        QVERIFY(elsewhere.requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMcpHttp)
#include "tst_mcphttp.moc"
