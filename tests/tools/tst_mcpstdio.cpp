#include "mcptestservers.h"
#include "patientwaits.h"
#include "tools/mcpclient.h"
#include "tools/mcpstdiotransport.h"
#include "tools/mcptoolresult.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#ifdef Q_OS_UNIX
#include <signal.h>
#endif

// McpClient over stdio against the real server-everything from npm (and, for the failures
// no real server shows on purpose, small shell programs standing in for broken servers).
class TestMcpStdio : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;

    std::unique_ptr<McpClient> everything(qsizetype maxMessageBytes = 0)
    {
        QString error;
        auto client
            = McpTestServers::connectClient(McpTestServers::everything(), &m_nam, &error, maxMessageBytes);
        if (!client)
            qWarning("%s", qPrintable(error));
        return client;
    }

    static std::unique_ptr<McpClient> program(const QString &script)
    {
        McpServerConfig config;
        config.name = QStringLiteral("broken");
        config.command = QStringLiteral("sh");
        config.args = {QStringLiteral("-c"), script};
        return std::make_unique<McpClient>(McpTransport::create(config, nullptr));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void handshakeFallsBackToTheServersRevision()
    {
        auto client = everything();
        QVERIFY(client);
        // The current revision's probe is refused by this server: the initialize handshake follows.
        QVERIFY(!client->isStateless());
        QCOMPARE(client->protocolVersion(), QStringLiteral("2025-11-25"));
        QCOMPARE(client->serverInfo().value(QLatin1String("name")).toString(),
            QStringLiteral("mcp-servers/everything"));
        QVERIFY(client->serverCapabilities().contains(QLatin1String("tools")));
        QVERIFY(!client->instructions().isEmpty());
        const auto echo = client->tool(QStringLiteral("echo"));
        QVERIFY(echo);
        QCOMPARE(echo->description, QStringLiteral("Echoes back the input string"));
        QCOMPARE(echo->inputSchema.value(QLatin1String("required")).toArray().first().toString(),
            QStringLiteral("message"));
        QVERIFY(echo->annotations.value(QLatin1String("readOnlyHint")).toBool());
        QVERIFY(client->tool(QStringLiteral("get-sum")));
        QVERIFY(client->tool(QStringLiteral("trigger-long-running-operation")));
    }

    static McpServerConfig scripted(const QStringList &args)
    {
        return McpTestServers::nodeScript(
            QStringLiteral(CONFAB_MCP_TEST_SERVERS "/scripted-server.mjs"), args);
    }

    void currentRevisionIsStateless()
    {
        QString error;
        auto client = McpTestServers::connectClient(scripted({QStringLiteral("modern")}), &m_nam, &error);
        QVERIFY2(client, qPrintable(error));
        QVERIFY(client->isStateless());
        QCOMPARE(client->protocolVersion(), QStringLiteral("2026-07-28"));
        QCOMPARE(
            client->serverInfo().value(QLatin1String("name")).toString(), QStringLiteral("scripted-modern"));
        // tools/list and tools/call carried the revision, capabilities and client in _meta.
        QCOMPARE(client->tools().size(), 1);
        QCOMPARE(McpTestServers::waitForResult(client->callTool(QStringLiteral("whoami"), {})).text(),
            QStringLiteral("hello Confab"));
    }

    void handshakeRevisions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("2025-06-18") << "2025-06-18" << true;
        QTest::newRow("2024-11-05") << "2024-11-05" << true;
        QTest::newRow("unknown") << "2023-01-01" << false;
    }

    void handshakeRevisions()
    {
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        // This server never answers server/discover: the probe gives up, the handshake follows.
        McpClient client(McpTransport::create(scripted({QStringLiteral("legacy"), version}), nullptr));
        client.setProbeTimeout(300);
        QSignalSpy ready(&client, &McpClient::ready);
        QSignalSpy failed(&client, &McpClient::failed);
        client.connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 30000);
        QCOMPARE(ready.size(), accepted ? 1 : 0);
        if (accepted) {
            QCOMPARE(client.protocolVersion(), version);
        } else {
            QVERIFY2(client.lastError().message.contains(
                         QLatin1String("\"2023-01-01\", which Confab does not know")),
                qPrintable(client.lastError().message));
        }
    }

    void toolListIsPagedAndFollowsChanges()
    {
        QString error;
        auto client = McpTestServers::connectClient(
            McpTestServers::pagedTools(QStringLiteral(CONFAB_MCP_TEST_SERVERS "/paged-tools.mjs")), &m_nam,
            &error);
        QVERIFY2(client, qPrintable(error));
        // 7 tools in pages of 3: all of them, in order.
        QCOMPARE(client->tools().size(), 7);
        QCOMPARE(client->tools().first().name, QStringLiteral("grow"));
        QCOMPARE(client->tools().last().name, QStringLiteral("tool-6"));
        QSignalSpy changed(client.get(), &McpClient::toolsChanged);
        QCOMPARE(McpTestServers::waitForResult(client->callTool(QStringLiteral("grow"), {})).text(),
            QStringLiteral("8 tools"));
        // notifications/tools/list_changed: listed again, all pages.
        QVERIFY(changed.wait(30000));
        QCOMPARE(client->tools().size(), 8);
        QCOMPARE(client->tools().last().name, QStringLiteral("tool-7"));
    }

    void callsTools()
    {
        auto client = everything();
        QVERIFY(client);
        const McpToolResult echo = McpTestServers::waitForResult(client->callTool(
            QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("grüß dich")}}));
        QVERIFY(!echo.isError);
        QCOMPARE(echo.text(), QStringLiteral("Echo: grüß dich"));
        const McpToolResult sum = McpTestServers::waitForResult(client->callTool(
            QStringLiteral("get-sum"), {{QStringLiteral("a"), 2}, {QStringLiteral("b"), 40}}));
        QVERIFY(!sum.isError);
        QCOMPARE(sum.text(), QStringLiteral("The sum of 2 and 40 is 42."));
        // Two calls at once are told apart by their ids.
        McpRequest *first
            = client->callTool(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("1")}});
        McpRequest *second
            = client->callTool(QStringLiteral("echo"), {{QStringLiteral("message"), QStringLiteral("2")}});
        QCOMPARE(McpTestServers::waitForResult(second).text(), QStringLiteral("Echo: 2"));
        QCOMPARE(McpTestServers::waitForResult(first).text(), QStringLiteral("Echo: 1"));
    }

    void toolErrorsReachTheCaller()
    {
        auto client = everything();
        QVERIFY(client);
        // A tool's own failure is a result with isError, for the model to read.
        const McpToolResult bad = McpTestServers::waitForResult(client->callTool(QStringLiteral("get-sum"),
            {{QStringLiteral("a"), QStringLiteral("two")}, {QStringLiteral("b"), 1}}));
        QVERIFY(bad.isError);
        QVERIFY2(bad.text().contains(QLatin1String("Input validation error")), qPrintable(bad.text()));
        const McpToolResult unknown
            = McpTestServers::waitForResult(client->callTool(QStringLiteral("no-such-tool"), {}));
        QVERIFY(unknown.isError);
        QVERIFY2(unknown.text().contains(QLatin1String("not found")), qPrintable(unknown.text()));
        // A JSON-RPC error is an McpError with the server's code.
        McpRequest *request = client->request(QStringLiteral("no/such/method"));
        McpTestServers::waitForResult(request);
        QCOMPARE(request->error().kind, McpError::Kind::Rpc);
        QCOMPARE(request->error().code, -32601);
        QVERIFY2(request->error().message.contains(QLatin1String("no/such/method")),
            qPrintable(request->error().message));
    }

    void cancelStopsALongCall()
    {
        auto client = everything();
        QVERIFY(client);
        McpRequest *call = client->callTool(QStringLiteral("trigger-long-running-operation"),
            {{QStringLiteral("duration"), 600}, {QStringLiteral("steps"), 600}});
        QSignalSpy finished(call, &McpRequest::finished);
        call->cancel(QStringLiteral("the user pressed Stop"));
        QCOMPARE(finished.size(), 1); // at once, not when the server gets round to it
        QCOMPARE(call->error().kind, McpError::Kind::Cancelled);
        // The connection goes on.
        QCOMPARE(McpTestServers::waitForResult(client->callTool(QStringLiteral("echo"),
                                                   {{QStringLiteral("message"), QStringLiteral("after")}}))
                     .text(),
            QStringLiteral("Echo: after"));
        QCOMPARE(client->state(), McpClient::State::Ready);
    }

    void timeoutCancelsTheRequest()
    {
        auto client = everything();
        QVERIFY(client);
        McpRequest *call = client->callTool(QStringLiteral("trigger-long-running-operation"),
            {{QStringLiteral("duration"), 600}, {QStringLiteral("steps"), 600}}, 200);
        McpTestServers::waitForResult(call);
        QCOMPARE(call->error().kind, McpError::Kind::Timeout);
        QVERIFY2(call->error().message.contains(QLatin1String("did not answer tools/call")),
            qPrintable(call->error().message));
        QCOMPARE(client->state(), McpClient::State::Ready);
    }

    void oversizedMessageIsRefused()
    {
        auto client = everything(16 * 1024 * 1024); // the instructions and tool list fit
        QVERIFY(client);
        client->transport()->setMaxMessageBytes(4096);
        QSignalSpy failed(client.get(), &McpClient::failed);
        McpRequest *call = client->callTool(
            QStringLiteral("echo"), {{QStringLiteral("message"), QString(8000, QLatin1Char('x'))}});
        McpTestServers::waitForResult(call);
        QCOMPARE(call->error().kind, McpError::Kind::Protocol);
        QVERIFY2(call->error().message.contains(QLatin1String("larger than 4 KiB")),
            qPrintable(call->error().message));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(client->state(), McpClient::State::Failed);
    }

    void closeEndsTheServerOnEof()
    {
        auto client = everything();
        QVERIFY(client);
        auto *transport = qobject_cast<McpStdioTransport *>(client->transport());
        QVERIFY(transport);
        transport->setShutdownGrace(30000); // it exits on EOF well before
        QSignalSpy closed(client.get(), &McpClient::closed);
        client->close();
        QVERIFY(closed.wait(40000));
        QCOMPARE(transport->shutdown(), McpStdioTransport::Shutdown::ExitedOnEof);
        QCOMPARE(client->state(), McpClient::State::Closed);
    }

    void closeEscalatesToTerminateThenKill_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<McpStdioTransport::Shutdown>("expected");
        // Each says "ready" on its log once it is set up: a SIGTERM sent before the trap is
        // installed would end the shell and look like a server that obeys it.
        // Ignores EOF (never reads stdin), dies on SIGTERM.
        QTest::newRow("terminate") << "echo ready >&2; while true; do sleep 1; done"
                                   << McpStdioTransport::Shutdown::Terminated;
        // Ignores EOF and SIGTERM.
        QTest::newRow("kill") << "trap '' TERM; echo ready >&2; while true; do sleep 1; done"
                              << McpStdioTransport::Shutdown::Killed;
    }

    void closeEscalatesToTerminateThenKill()
    {
        QFETCH(QString, script);
        QFETCH(McpStdioTransport::Shutdown, expected);
        McpServerConfig config;
        config.name = QStringLiteral("stubborn");
        config.command = QStringLiteral("sh");
        config.args = {QStringLiteral("-c"), script};
        auto transport = McpTransport::create(config, nullptr);
        auto *stdio = static_cast<McpStdioTransport *>(transport.get());
        stdio->setShutdownGrace(100);
        QSignalSpy opened(stdio, &McpTransport::opened);
        stdio->open();
        QVERIFY(opened.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(stdio->log().contains(QLatin1String("ready")), 10000);
        QSignalSpy closed(stdio, &McpTransport::closed);
        stdio->close();
        QVERIFY(closed.wait(10000));
        QCOMPARE(stdio->shutdown(), expected);
    }

    void serverThatExitsFailsWithItsLog()
    {
        auto client = program(QStringLiteral("echo 'cannot open the database' >&2; exit 3"));
        const McpError error = McpTestServers::connectionError(client.get());
        QCOMPARE(error.kind, McpError::Kind::Transport);
        QVERIFY2(error.message.contains(QLatin1String("exited with code 3")), qPrintable(error.message));
        QVERIFY2(
            error.message.contains(QLatin1String("cannot open the database")), qPrintable(error.message));
        QCOMPARE(client->state(), McpClient::State::Failed);
    }

    void serverThatPrintsNonJsonFails()
    {
        auto client = program(QStringLiteral("read line; echo 'Server ready!'; cat"));
        const McpError error = McpTestServers::connectionError(client.get());
        QCOMPARE(error.kind, McpError::Kind::Protocol);
        QVERIFY2(error.message.contains(QLatin1String("not JSON")), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("Server ready!")), qPrintable(error.message));
    }

    void programThatIsMissingFails()
    {
        McpServerConfig config;
        config.name = QStringLiteral("missing");
        config.command = QStringLiteral("confab-no-such-mcp-server");
        McpClient client(McpTransport::create(config, nullptr));
        const McpError error = McpTestServers::connectionError(&client);
        QCOMPARE(error.kind, McpError::Kind::Transport);
        QVERIFY2(error.message.contains(QLatin1String("could not start")), qPrintable(error.message));
    }

    void serverThatDiesFailsPendingCalls()
    {
#ifndef Q_OS_UNIX
        QSKIP("kills the server with SIGKILL");
#else
        auto client = everything();
        QVERIFY(client);
        auto *transport = qobject_cast<McpStdioTransport *>(client->transport());
        McpRequest *call = client->callTool(QStringLiteral("trigger-long-running-operation"),
            {{QStringLiteral("duration"), 600}, {QStringLiteral("steps"), 600}});
        QSignalSpy finished(call, &McpRequest::finished);
        QVERIFY(::kill(pid_t(transport->processId()), SIGKILL) == 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(call->error().kind, McpError::Kind::Transport);
        QVERIFY2(call->error().message.contains(QLatin1String("crashed")), qPrintable(call->error().message));
        QCOMPARE(client->state(), McpClient::State::Failed);
#endif
    }
};

QTEST_GUILESS_MAIN(TestMcpStdio)
#include "tst_mcpstdio.moc"
