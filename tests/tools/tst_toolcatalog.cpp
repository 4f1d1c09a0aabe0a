#include "loopbackserver.h"
#include "mcptestservers.h"
#include "network/chatclient.h"
#include "tools/mcpclient.h"
#include "tools/toolcatalog.h"
#include "tools/toolinvocation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The tools of two real MCP servers offered to a model as one list, and the model's calls
// carried out, refused or rejected, the way the tool loop will use them.
class TestToolCatalog : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    QTemporaryDir m_root;
    std::unique_ptr<McpClient> m_everything;
    std::unique_ptr<McpClient> m_files;
    ToolCatalog m_catalog;

    std::unique_ptr<ToolInvocation> invoke(const QString &name, const QString &arguments, bool allowed = true)
    {
        auto invocation = std::make_unique<ToolInvocation>(
            m_catalog, ToolCall {QStringLiteral("call_1"), name, arguments});
        QSignalSpy finished(invocation.get(), &ToolInvocation::finished);
        invocation->start(allowed);
        if (finished.isEmpty())
            finished.wait(30000);
        return invocation;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        QFile note(QDir(m_root.path()).filePath(QStringLiteral("note.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("tea at five");
        note.close();
        QString error;
        m_everything = McpTestServers::connectClient(McpTestServers::everything(), &m_nam, &error);
        QVERIFY2(m_everything, qPrintable(error));
        m_files = McpTestServers::connectClient(McpTestServers::filesystem(m_root.path()), &m_nam, &error);
        QVERIFY2(m_files, qPrintable(error));
        m_catalog.addServer(QStringLiteral("everything"), m_everything.get());
        m_catalog.addServer(QStringLiteral("my.files"), m_files.get());
    }

    void offersEveryToolUnderAProviderSafeName()
    {
        const QJsonArray tools = m_catalog.openAiTools();
        QCOMPARE(tools.size(), m_everything->tools().size() + m_files->tools().size());
        QStringList names;
        for (const QJsonValue &value : tools) {
            const QJsonObject tool = value.toObject();
            QCOMPARE(tool.value(QLatin1String("type")).toString(), QStringLiteral("function"));
            const QJsonObject function = tool.value(QLatin1String("function")).toObject();
            const QString name = function.value(QLatin1String("name")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,64}$")).match(name).hasMatch(),
                qPrintable(name));
            QCOMPARE(function.value(QLatin1String("parameters"))
                         .toObject()
                         .value(QLatin1String("type"))
                         .toString(),
                QStringLiteral("object"));
            names.append(name);
        }
        QVERIFY(names.contains(QLatin1String("everything__echo")));
        QVERIFY(names.contains(QLatin1String("my_files__read_text_file"))); // '.' is not allowed
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
        const auto entry = m_catalog.find(QStringLiteral("my_files__read_text_file"));
        QVERIFY(entry);
        QCOMPARE(entry->server, QStringLiteral("my.files"));
        QCOMPARE(entry->tool.name, QStringLiteral("read_text_file"));
    }

    void callsReachTheRightServer()
    {
        auto echo = invoke(QStringLiteral("everything__echo"), QStringLiteral(R"({"message":"hi"})"));
        QCOMPARE(echo->outcome(), ToolInvocation::Outcome::Succeeded);
        QCOMPARE(echo->resultText(), QStringLiteral("Echo: hi"));
        QCOMPARE(echo->server(), QStringLiteral("everything"));
        QVERIFY(echo->startedAt().isValid());
        QVERIFY(echo->durationMs() >= 0);
        const QString path = QDir(m_root.path()).filePath(QStringLiteral("note.txt"));
        auto read = invoke(QStringLiteral("my_files__read_text_file"),
            QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("path"), path}}).toJson()));
        QCOMPARE(read->outcome(), ToolInvocation::Outcome::Succeeded);
        QCOMPARE(read->resultText(), QStringLiteral("tea at five"));
        auto refused = invoke(
            QStringLiteral("my_files__read_text_file"), QStringLiteral(R"({"path":"/etc/hostname"})"));
        QCOMPARE(refused->outcome(), ToolInvocation::Outcome::ToolError);
        QVERIFY(refused->resultText().contains(QLatin1String("Access denied")));
    }

    void deniedCallsNeverReachTheServer()
    {
        auto denied
            = invoke(QStringLiteral("everything__echo"), QStringLiteral(R"({"message":"hi"})"), false);
        QCOMPARE(denied->outcome(), ToolInvocation::Outcome::Denied);
        QVERIFY2(
            denied->resultText().contains(QLatin1String("did not allow")), qPrintable(denied->resultText()));
        QVERIFY(denied->result().isEmpty());
    }

    void malformedCallsAreAnsweredAtOnce()
    {
        auto bad = invoke(QStringLiteral("everything__echo"), QStringLiteral(R"({"message":)"));
        QCOMPARE(bad->outcome(), ToolInvocation::Outcome::BadArguments);
        auto list = invoke(QStringLiteral("everything__echo"), QStringLiteral("[1]"));
        QCOMPARE(list->outcome(), ToolInvocation::Outcome::BadArguments);
        auto none = invoke(QStringLiteral("everything__get-tiny-image"), QString());
        QCOMPARE(none->outcome(), ToolInvocation::Outcome::Succeeded); // no arguments: {}
        QVERIFY2(
            none->resultText().contains(QLatin1String("[image image/png")), qPrintable(none->resultText()));
    }

    void aCapturedOpenAiToolCallIsRouted()
    {
        // The real stream of a model calling get_capital, parsed by the provider client.
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(
            LoopbackServer::sse(LoopbackServer::fixture(QStringLiteral("openai_chat_tool_calls.sse"))));
        ProviderProfile profile;
        profile.baseUrl = server.baseUrl();
        auto client = ChatClient::create(&m_nam, profile);
        QSignalSpy finished(client.get(), &ChatClient::finished);
        ChatRequest request;
        request.model = QStringLiteral("gpt-4o-mini");
        request.messages = {{QStringLiteral("user"), QStringLiteral("What is the capital of the UK?")}};
        QVERIFY(client->start(request));
        QVERIFY(finished.wait(10000));
        const StreamOutcome outcome = finished.first().first().value<StreamOutcome>();
        QCOMPARE(outcome.toolCalls.size(), 1);
        // No connected server offers get_capital: the model is told so, nothing runs.
        ToolInvocation invocation(m_catalog, outcome.toolCalls.first());
        invocation.start(true);
        QCOMPARE(invocation.outcome(), ToolInvocation::Outcome::UnknownTool);
        QCOMPARE(invocation.resultText(), QStringLiteral("There is no tool named \"get_capital\"."));
    }

    void cancelStopsARunningCall()
    {
        auto invocation = std::make_unique<ToolInvocation>(m_catalog,
            ToolCall {QStringLiteral("call_2"), QStringLiteral("everything__trigger-long-running-operation"),
                QStringLiteral(R"({"duration":600,"steps":600})")});
        QSignalSpy finished(invocation.get(), &ToolInvocation::finished);
        invocation->start(true);
        QVERIFY(finished.isEmpty());
        invocation->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(invocation->outcome(), ToolInvocation::Outcome::Cancelled);
        QCOMPARE(m_everything->state(), McpClient::State::Ready);
    }
};

QTEST_GUILESS_MAIN(TestToolCatalog)
#include "tst_toolcatalog.moc"
