#include "loopbackserver.h"
#include "mcptestservers.h"
#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "tools/mcpclient.h"
#include "tools/mcpserverstore.h"
#include "tools/toolcatalog.h"
#include "tools/toolloop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// confab-cli send with the tools of a real MCP server (server-everything from npm), the model
// played by the loopback server replaying OpenAI's captured tool-call stream: the call runs
// (or is refused), its result is stored, reaches the next request and survives a new process.
class TestToolLoop : public QObject
{
    Q_OBJECT
private:
    using Result = McpTestServers::CliResult;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LoopbackServer> m_server;
    const QString m_callId = QStringLiteral("call_ZR5UUuTt3pf61kjwAJIYdVMj");

    QString ini() const { return m_dir->filePath(QStringLiteral("confab.ini")); }
    QString db() const { return m_dir->filePath(QStringLiteral("confab.sqlite")); }

    Result run(const QStringList &args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CONFAB_API_KEY"), QStringLiteral("sk-test"));
        return McpTestServers::runCli(
            QStringList {QStringLiteral("--settings"), ini(), QStringLiteral("--db"), db()} + args, env);
    }

    Result send(qint64 session, const QString &text, const QStringList &extra = {})
    {
        return run(
            QStringList {QStringLiteral("send"), QString::number(session), text, QStringLiteral("--endpoint"),
                m_server->baseUrl().toString(), QStringLiteral("--model"), QStringLiteral("gpt-4o-mini")}
            + extra);
    }

    static LoopbackServer::Response echoCall() { return McpTestServers::openAiEchoCall(); }
    static LoopbackServer::Response answer()
    {
        return LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_basic.sse")));
    }

    // The same capture calling trigger-long-running-operation({"duration":600}).
    static LoopbackServer::Response longCall()
    {
        QByteArray stream = LoopbackServer::fixture(QStringLiteral("openai_chat_tool_calls.sse"));
        stream.replace(R"("name":"get_capital")", R"("name":"everything__trigger-long-running-operation")");
        stream.replace(R"("arguments":"country")", R"("arguments":"duration")");
        // (plain literals: moc cannot read a backslash inside a raw string)
        stream.replace("\"arguments\":\"\\\":\\\"\"", "\"arguments\":\"\\\":\"");
        stream.replace(R"("arguments":"UK")", R"("arguments":"600")");
        stream.replace("\"arguments\":\"\\\"}\"", "\"arguments\":\"}\"");
        return LoopbackServer::sse(stream);
    }

    // Anthropic's captured stream of claude-sonnet-4 calling weather({"location": "Florence,Italy"}),
    // turned into a call of echo({"message": ...}) the same way.
    static LoopbackServer::Response anthropicEchoCall()
    {
        QByteArray stream = LoopbackServer::fixture(QStringLiteral("anthropic_messages_tool_use.sse"));
        stream.replace("\"name\":\"weather\"", "\"name\":\"everything__echo\"");
        stream.replace("\"partial_json\":\"{\\\"locati\"", "\"partial_json\":\"{\\\"messa\"");
        stream.replace("\"partial_json\":\"on\\\":\"", "\"partial_json\":\"ge\\\":\"");
        return LoopbackServer::sse(stream);
    }

    QJsonArray sentMessages(int request) const
    {
        return m_server->requests().at(request).json().value(QLatin1String("messages")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        // send first asks for the server's context (GET /models among others): none here, so
        // the queue and requests() hold only the chat traffic.
        m_server->setRoute("GET", "/models", LoopbackServer::json(404, "{}"));
        const McpServerConfig everything = McpTestServers::everything();
        QCOMPARE(run(QStringList {QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("everything"),
                         QStringLiteral("--"), everything.command}
                     + everything.args)
                     .exitCode,
            0);
    }

    void allowedCallRunsAndItsResultIsKept()
    {
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        QVERIFY(id > 0);
        m_server->enqueue(echoCall());
        m_server->enqueue(answer());
        const Result r
            = send(id, QStringLiteral("What is the capital of the UK?"), {QStringLiteral("--allow-tools")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("The capital of the UK is London."));
        QVERIFY2(
            r.err.contains(QLatin1String("[tool everything__echo: Succeeded] Echo: UK")), qPrintable(r.err));

        // The tools were offered; the second request carried the call and its result.
        QCOMPARE(m_server->requests().size(), 2);
        const QJsonArray offered = m_server->requests().at(0).json().value(QLatin1String("tools")).toArray();
        QStringList names;
        for (const QJsonValue &tool : offered)
            names.append(tool[QLatin1String("function")][QLatin1String("name")].toString());
        QVERIFY(names.contains(QLatin1String("everything__echo")));
        const QJsonArray second = sentMessages(1);
        QCOMPARE(second.size(), 3);
        const QJsonObject call = second.at(1).toObject();
        QCOMPARE(call.value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
        QVERIFY(call.value(QLatin1String("content")).isNull());
        const QJsonObject toolCall = call.value(QLatin1String("tool_calls")).toArray().first().toObject();
        QCOMPARE(toolCall.value(QLatin1String("id")).toString(), m_callId);
        QCOMPARE(toolCall[QLatin1String("function")][QLatin1String("name")].toString(),
            QStringLiteral("everything__echo"));
        QCOMPARE(toolCall[QLatin1String("function")][QLatin1String("arguments")].toString(),
            QStringLiteral(R"({"message":"UK"})"));
        const QJsonObject result = second.at(2).toObject();
        QCOMPARE(result.value(QLatin1String("role")).toString(), QStringLiteral("tool"));
        QCOMPARE(result.value(QLatin1String("tool_call_id")).toString(), m_callId);
        QCOMPARE(result.value(QLatin1String("content")).toString(), QStringLiteral("Echo: UK"));

        // Stored as rows of the branch, with the server, the outcome and the timing.
        const QJsonObject shown = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                      .object();
        const QJsonArray rows = shown.value(QLatin1String("messages")).toArray();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1)[QLatin1String("finish_reason")].toString(), QStringLiteral("tool_calls"));
        const QJsonObject step = rows.at(2)[QLatin1String("tool")].toObject();
        QCOMPARE(rows.at(2)[QLatin1String("finish_reason")].toString(), QStringLiteral("tool_result"));
        QCOMPARE(step.value(QLatin1String("server")).toString(), QStringLiteral("everything"));
        QCOMPARE(step.value(QLatin1String("tool")).toString(), QStringLiteral("echo"));
        QCOMPARE(step.value(QLatin1String("outcome")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(step.value(QLatin1String("result")).toString(), QStringLiteral("Echo: UK"));
        QVERIFY(step.contains(QLatin1String("durationMs")));
        QCOMPARE(rows.at(3)[QLatin1String("content")].toString(),
            QStringLiteral("The capital of the UK is London."));

        // A new process sends the same history, the tool step included.
        m_server->enqueue(answer());
        QCOMPARE(send(id, QStringLiteral("Thanks!")).exitCode, 0);
        const QJsonArray third = sentMessages(2);
        QCOMPARE(third.size(), 5);
        QCOMPARE(third.at(2)[QLatin1String("tool_call_id")].toString(), m_callId);
        QCOMPARE(third.at(2)[QLatin1String("content")].toString(), QStringLiteral("Echo: UK"));
        // And search finds the step.
        QVERIFY(run({QStringLiteral("search"), QStringLiteral("everything__echo")})
                    .out.contains(QString::number(id)));
        // And the exports carry it, the result and the arguments with it.
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("json"), QStringLiteral("html")}) {
            const Result exported
                = run({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"), format});
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            QVERIFY2(exported.out.contains(QLatin1String("Echo: UK")), qPrintable(format));
            QVERIFY2(exported.out.contains(QLatin1String("everything__echo")), qPrintable(format));
        }
    }

    void anthropicToolUseAndToolResult()
    {
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        m_server->enqueue(anthropicEchoCall());
        m_server->enqueue(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("anthropic_messages_basic.sse"))));
        const Result r = send(id, QStringLiteral("What is the weather in Florence?"),
            {QStringLiteral("--allow-tools"), QStringLiteral("--provider"), QStringLiteral("anthropic")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("[tool everything__echo: Succeeded] Echo: Florence,Italy")),
            qPrintable(r.err));
        const QJsonArray offered = m_server->requests().at(0).json().value(QLatin1String("tools")).toArray();
        QVERIFY(!offered.isEmpty());
        QCOMPARE(offered.first()[QLatin1String("name")].toString(), QStringLiteral("everything__echo"));
        QCOMPARE(offered.first()[QLatin1String("input_schema")][QLatin1String("type")].toString(),
            QStringLiteral("object"));
        // The reply's text and its tool_use in one assistant message; the result in the next user one.
        const QJsonArray second = sentMessages(1);
        QCOMPARE(second.size(), 3);
        const QJsonArray blocks = second.at(1)[QLatin1String("content")].toArray();
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0)[QLatin1String("text")].toString(),
            QStringLiteral("I'll get the weather information for Florence, Italy for you."));
        QCOMPARE(blocks.at(1)[QLatin1String("type")].toString(), QStringLiteral("tool_use"));
        QCOMPARE(
            blocks.at(1)[QLatin1String("id")].toString(), QStringLiteral("toolu_01N2eM4V43kGCDkq2Lw7ChWQ"));
        QCOMPARE(blocks.at(1)[QLatin1String("input")][QLatin1String("message")].toString(),
            QStringLiteral("Florence,Italy"));
        const QJsonObject results = second.at(2).toObject();
        QCOMPARE(results.value(QLatin1String("role")).toString(), QStringLiteral("user"));
        const QJsonObject result = results.value(QLatin1String("content")).toArray().first().toObject();
        QCOMPARE(result.value(QLatin1String("type")).toString(), QStringLiteral("tool_result"));
        QCOMPARE(result.value(QLatin1String("tool_use_id")).toString(),
            QStringLiteral("toolu_01N2eM4V43kGCDkq2Lw7ChWQ"));
        QCOMPARE(result.value(QLatin1String("content")).toString(), QStringLiteral("Echo: Florence,Italy"));
    }

    // No capture has a Gemini function call: this stream is made from the documented shapes, the
    // functionCall part of ai.google.dev/gemini-api/docs/function-calling ("How function calling
    // works", the REST response) in a GenerateContentResponse chunk as in
    // ai.google.dev/api/generate-content (streamGenerateContent), CRLF between events as in the
    // real gemini_stream_generate_content.sse.
    static LoopbackServer::Response geminiEchoCall()
    {
        return LoopbackServer::sse(
            R"(data: {"candidates": [{"content": {"parts": [{"functionCall": {"name": "everything__echo","args": {"message": "UK"}}}],"role": "model"},"finishReason": "STOP","index": 0}],"usageMetadata": {"promptTokenCount": 57,"candidatesTokenCount": 6,"totalTokenCount": 63},"modelVersion": "gemini-2.0-flash"})"
            "\r\n\r\n");
    }

    // Nor an Ollama one: the shape of ollama.com/blog/streaming-tool (2025-05-28, the streamed
    // output of /api/chat with "tools") and docs/api.md "Chat request (with tools)": the call
    // in a done:false object with arguments as an object, then the done:true statistics.
    static LoopbackServer::Response ollamaEchoCall()
    {
        return LoopbackServer::ndjson(
            R"({"model":"qwen3","created_at":"2025-05-27T22:54:57.641643Z","message":{"role":"assistant","content":"","tool_calls":[{"function":{"name":"everything__echo","arguments":{"message":"UK"}}}]},"done":false})"
            "\n"
            R"({"model":"qwen3","created_at":"2025-05-27T22:54:57.846583Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":1053025583,"load_duration":31578042,"prompt_eval_count":181,"prompt_eval_duration":204926333,"eval_count":21,"eval_duration":815458375})"
            "\n");
    }

    void geminiFunctionCallAndFunctionResponse()
    {
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        m_server->enqueue(geminiEchoCall());
        m_server->enqueue(LoopbackServer::sse(
            LoopbackServer::fixture(QStringLiteral("gemini_stream_generate_content.sse"))));
        const Result r = send(id, QStringLiteral("What is the capital of the UK?"),
            {QStringLiteral("--allow-tools"), QStringLiteral("--provider"), QStringLiteral("gemini")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("[tool everything__echo: Succeeded] Echo: UK")), qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("The capital of France is Paris."));
        QCOMPARE(m_server->requests().size(), 2);
        const QJsonArray declarations = m_server->requests()
                                            .at(0)
                                            .json()
                                            .value(QLatin1String("tools"))
                                            .toArray()
                                            .first()[QLatin1String("functionDeclarations")]
                                            .toArray();
        QVERIFY(!declarations.isEmpty());
        QCOMPARE(
            declarations.first()[QLatin1String("parametersJsonSchema")][QLatin1String("type")].toString(),
            QStringLiteral("object"));
        // The model's turn carries its call, the next user turn the function's response.
        const QJsonArray contents
            = m_server->requests().at(1).json().value(QLatin1String("contents")).toArray();
        QCOMPARE(contents.size(), 3);
        QCOMPARE(contents.at(1)[QLatin1String("role")].toString(), QStringLiteral("model"));
        const QJsonObject call = contents.at(1)[QLatin1String("parts")]
                                     .toArray()
                                     .first()[QLatin1String("functionCall")]
                                     .toObject();
        QCOMPARE(call.value(QLatin1String("name")).toString(), QStringLiteral("everything__echo"));
        QCOMPARE(call[QLatin1String("args")][QLatin1String("message")].toString(), QStringLiteral("UK"));
        QCOMPARE(contents.at(2)[QLatin1String("role")].toString(), QStringLiteral("user"));
        const QJsonObject response = contents.at(2)[QLatin1String("parts")]
                                         .toArray()
                                         .first()[QLatin1String("functionResponse")]
                                         .toObject();
        QCOMPARE(response.value(QLatin1String("name")).toString(), QStringLiteral("everything__echo"));
        QCOMPARE(response[QLatin1String("response")][QLatin1String("output")].toString(),
            QStringLiteral("Echo: UK"));
    }

    void ollamaToolCallsAndToolMessage()
    {
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        m_server->enqueue(ollamaEchoCall());
        m_server->enqueue(
            LoopbackServer::ndjson(LoopbackServer::fixture(QStringLiteral("ollama_native_chat.ndjson"))));
        const Result r = send(id, QStringLiteral("What is the capital of the UK?"),
            {QStringLiteral("--allow-tools"), QStringLiteral("--provider"), QStringLiteral("ollama")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("[tool everything__echo: Succeeded] Echo: UK")), qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 2);
        const QJsonArray offered = m_server->requests().at(0).json().value(QLatin1String("tools")).toArray();
        QVERIFY(!offered.isEmpty());
        QCOMPARE(offered.first()[QLatin1String("type")].toString(), QStringLiteral("function"));
        const QJsonArray second = sentMessages(1);
        QCOMPARE(second.size(), 3);
        const QJsonObject call = second.at(1)[QLatin1String("tool_calls")]
                                     .toArray()
                                     .first()[QLatin1String("function")]
                                     .toObject();
        QCOMPARE(call.value(QLatin1String("name")).toString(), QStringLiteral("everything__echo"));
        QCOMPARE(call[QLatin1String("arguments")][QLatin1String("message")].toString(), QStringLiteral("UK"));
        QCOMPARE(second.at(2)[QLatin1String("role")].toString(), QStringLiteral("tool"));
        QCOMPARE(second.at(2)[QLatin1String("tool_name")].toString(), QStringLiteral("everything__echo"));
        QCOMPARE(second.at(2)[QLatin1String("content")].toString(), QStringLiteral("Echo: UK"));
        // Stored with the id Confab gave the call (Ollama sends none): a new process sends it again.
        const QJsonObject shown = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                      .object();
        const QJsonObject step
            = shown.value(QLatin1String("messages")).toArray().at(2)[QLatin1String("tool")].toObject();
        QVERIFY(step.value(QLatin1String("id")).toString().startsWith(QLatin1String("call_")));
    }

    void withoutAllowToolsTheModelIsToldTheCallWasRefused()
    {
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        m_server->enqueue(echoCall());
        m_server->enqueue(answer());
        const Result r = send(id, QStringLiteral("What is the capital of the UK?"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("[tool everything__echo: Denied]")), qPrintable(r.err));
        const QJsonObject result = sentMessages(1).at(2).toObject();
        QCOMPARE(result.value(QLatin1String("tool_call_id")).toString(), m_callId);
        QVERIFY2(result.value(QLatin1String("content")).toString().contains(QLatin1String("did not allow")),
            qPrintable(result.value(QLatin1String("content")).toString()));
    }

    // What the user chose to "always allow" in the app holds in the CLI: that tool runs without
    // --allow-tools; another tool of the same server is still refused.
    void alwaysAllowedToolRunsWithoutAllowTools()
    {
        {
            McpServerStore servers(ini());
            QVERIFY(servers.allowAlways(QStringLiteral("everything"), QStringLiteral("echo")));
            QVERIFY(servers.sync());
        }
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        m_server->enqueue(echoCall());
        m_server->enqueue(answer());
        Result r = send(id, QStringLiteral("What is the capital of the UK?"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("[tool everything__echo: Succeeded] Echo: UK")), qPrintable(r.err));
        QCOMPARE(sentMessages(1).at(2)[QLatin1String("content")].toString(), QStringLiteral("Echo: UK"));

        m_server->enqueue(longCall());
        m_server->enqueue(answer());
        r = send(id, QStringLiteral("Take your time"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("[tool everything__trigger-long-running-operation: Denied]")),
            qPrintable(r.err));
    }

    void stopEndsTheLoopDuringACall()
    {
        // In one process, the pieces confab-cli and the app put together.
        QNetworkAccessManager nam;
        QString error;
        auto everything = McpTestServers::connectClient(McpTestServers::everything(), &nam, &error);
        QVERIFY2(everything, qPrintable(error));
        ToolCatalog catalog;
        catalog.addServer(QStringLiteral("everything"), everything.get());
        SessionStore store;
        QVERIFY(store.open(db()));
        Conversation conversation(&store);
        conversation.setSession(store.createSession(QStringLiteral("Stop"), QString()));
        ChatController controller(&conversation, &nam);
        ProviderProfile profile;
        profile.baseUrl = m_server->baseUrl();
        profile.model = QStringLiteral("gpt-4o-mini");
        controller.setProfile(profile);
        ToolLoop loop(&controller, &conversation, &catalog);
        loop.setAllowed(true);
        m_server->enqueue(longCall());
        QSignalSpy replies(&controller, &ChatController::replyFinished);
        QSignalSpy steps(&loop, &ToolLoop::toolStepStored);
        QSignalSpy finished(&loop, &ToolLoop::finished);
        QVERIFY(controller.send(QStringLiteral("Take your time")));
        QVERIFY(replies.wait(10000)); // the call is running now (600 s)
        QVERIFY(steps.isEmpty());
        loop.stop();
        QCOMPARE(steps.size(), 1); // at once
        QCOMPARE(steps.first().at(1).value<ToolStep>().outcome, QStringLiteral("Cancelled"));
        QCOMPARE(steps.first().at(1).value<ToolStep>().call.arguments, QStringLiteral(R"({"duration":600})"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("stopped"));
        QCOMPARE(m_server->requests().size(), 1); // the model was not asked again
        QCOMPARE(everything->state(), McpClient::State::Ready);
        // Stored: the user message, the reply that called, the cancelled step.
        QCOMPARE(conversation.count(), 3);
        QVERIFY(ToolStep::isToolStep(conversation.messageAt(2)));
    }

    void aModelThatNeverStopsCallingHitsTheStepLimit()
    {
        const qint64 id = run({QStringLiteral("new")}).out.trimmed().toLongLong();
        m_server->setDefaultResponse(echoCall());
        const Result r = send(id, QStringLiteral("Loop forever"), {QStringLiteral("--allow-tools")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("stopped after 8 tool round(s)")), qPrintable(r.err));
        QCOMPARE(m_server->requests().size(), 9);
        // The last calls are answered as not run, so the history stays well-formed.
        const QJsonArray rows = QJsonDocument::fromJson(
            run({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}).out.toUtf8())
                                    .object()
                                    .value(QLatin1String("messages"))
                                    .toArray();
        QCOMPARE(rows.last()[QLatin1String("finish_reason")].toString(), QStringLiteral("tool_result"));
        QCOMPARE(rows.last()[QLatin1String("tool")][QLatin1String("outcome")].toString(),
            QStringLiteral("Cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestToolLoop)
#include "tst_toolloop.moc"
