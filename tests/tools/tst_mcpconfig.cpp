#include "mcptestservers.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "tools/mcpclient.h"
#include "tools/mcpconfigimport.h"
#include "tools/mcpsecrets.h"
#include "tools/mcpserverstore.h"
#include "tools/mcptoolresult.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Value = McpServerConfig::Value;

// MCP server settings: kept beside the provider profiles, secrets only in the (real) keychain,
// and the mcpServers JSON of other apps imported with clear messages for what is wrong.
class TestMcpConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString ini() const { return m_dir.filePath(QStringLiteral("confab.ini")); }
    QByteArray iniText() const
    {
        QFile file(ini());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QString secretValue()
    {
        return QStringLiteral("s3cr3t-%1").arg(QCoreApplication::applicationPid());
    }

    static McpServerConfig stdioServer()
    {
        McpServerConfig config;
        config.name = QStringLiteral("files");
        config.command = QStringLiteral("npx");
        config.args = {QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/server-filesystem"),
            QStringLiteral("/home/me/My Documents")};
        config.env = {{QStringLiteral("LOG_LEVEL"), QStringLiteral("debug"), false},
            {QStringLiteral("API_TOKEN"), secretValue(), true}};
        return config;
    }

private Q_SLOTS:
    void init() { QFile::remove(ini()); }

    void serversAreKeptBesideTheProfiles()
    {
        {
            ProfileStore profiles(ini()); // creates the first-run profile
            McpServerStore store(ini());
            QSignalSpy changed(&store, &McpServerStore::serversChanged);
            QVERIFY(store.addServer(stdioServer()));
            McpServerConfig remote;
            remote.name = QStringLiteral("remote");
            remote.transport = McpServerConfig::Transport::Http;
            remote.url = QUrl(QStringLiteral("https://mcp.example.com/mcp"));
            remote.headers
                = {{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + secretValue(), true},
                    {QStringLiteral("X-Team"), QStringLiteral("blue"), false}};
            remote.enabled = false;
            QVERIFY(store.addServer(remote));
            QCOMPARE(changed.size(), 2);
            // The profiles are saved again: the servers stay.
            ProviderProfile profile = profiles.profiles().constFirst();
            profile.model = QStringLiteral("qwen3");
            QVERIFY(profiles.updateProfile(profile));
        }
        McpServerStore reopened(ini());
        QCOMPARE(reopened.servers().size(), 2);
        const McpServerConfig files = *reopened.server(QStringLiteral("files"));
        QCOMPARE(files.command, QStringLiteral("npx"));
        QCOMPARE(files.args, stdioServer().args); // the space in one argument survives
        QCOMPARE(files.env.size(), 2);
        QCOMPARE(files.env.at(0), (Value {QStringLiteral("LOG_LEVEL"), QStringLiteral("debug"), false}));
        QCOMPARE(files.env.at(1), (Value {QStringLiteral("API_TOKEN"), QString(), true}));
        QVERIFY(files.enabled);
        const McpServerConfig remote = *reopened.server(QStringLiteral("remote"));
        QCOMPARE(remote.transport, McpServerConfig::Transport::Http);
        QCOMPARE(remote.url, QUrl(QStringLiteral("https://mcp.example.com/mcp")));
        QCOMPARE(remote.headers.at(1).value, QStringLiteral("blue"));
        QVERIFY(!remote.enabled);
        QCOMPARE(ProfileStore(ini()).profiles().constFirst().model, QStringLiteral("qwen3"));
        // No secret value reached the file.
        QVERIFY(!iniText().contains(secretValue().toUtf8()));
        QVERIFY(iniText().contains("LOG_LEVEL"));
    }

    void invalidServersAreRefused_data()
    {
        QTest::addColumn<McpServerConfig>("config");
        QTest::addColumn<QString>("message");
        McpServerConfig config = stdioServer();
        config.name = QStringLiteral("my files");
        QTest::newRow("name") << config << "not a valid server name";
        config = stdioServer();
        config.command.clear();
        QTest::newRow("command") << config << "no command";
        config = stdioServer();
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(QStringLiteral("ftp://example.com/mcp"));
        QTest::newRow("url") << config << "not an http(s) URL";
        config.url = QUrl(QStringLiteral("http://mcp.example.com/mcp"));
        config.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer x"), true}};
        QTest::newRow("secret over http") << config << "unencrypted to mcp.example.com; use https";
        config = stdioServer();
        config.env = {{QStringLiteral("A=B"), QStringLiteral("x"), false}};
        QTest::newRow("env") << config << "not a valid name";
    }

    void invalidServersAreRefused()
    {
        QFETCH(McpServerConfig, config);
        QFETCH(QString, message);
        McpServerStore store(ini());
        QString error;
        QVERIFY(!store.addServer(config, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(store.servers().isEmpty());
    }

    void duplicatesRemoveAndEnable()
    {
        McpServerStore store(ini());
        QVERIFY(store.addServer(stdioServer()));
        QString error;
        QVERIFY(!store.addServer(stdioServer(), &error));
        QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
        QVERIFY(store.setEnabled(QStringLiteral("files"), false));
        QVERIFY(!McpServerStore(ini()).server(QStringLiteral("files"))->enabled);
        QVERIFY(store.removeServer(QStringLiteral("files")));
        QVERIFY(!store.removeServer(QStringLiteral("files")));
        QVERIFY(McpServerStore(ini()).servers().isEmpty());
    }

    void secretsLiveInTheKeychainAndReachTheServer()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
        ApiKeyStore keys(QStringLiteral("Confab-test-mcp-%1").arg(QCoreApplication::applicationPid()));
        McpServerConfig config = McpTestServers::everything();
        config.env = {{QStringLiteral("CONFAB_TEST_TOKEN"), secretValue(), true},
            {QStringLiteral("CONFAB_TEST_PLAIN"), QStringLiteral("visible"), false}};
        QString error;
        if (!McpSecrets::store(&keys, config, &error))
            QFAIL(qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring.sh): ") + error));
        {
            McpServerStore store(ini());
            QVERIFY(store.addServer(config));
        }
        QVERIFY(!iniText().contains(secretValue().toUtf8()));

        const McpServerConfig stored = *McpServerStore(ini()).server(config.name);
        QVERIFY(stored.env.at(0).value.isEmpty());
        const auto resolved = McpSecrets::resolve(&keys, stored, &error);
        QVERIFY2(resolved, qPrintable(error));
        QNetworkAccessManager nam;
        auto client = McpTestServers::connectClient(*resolved, &nam, &error);
        QVERIFY2(client, qPrintable(error));
        McpRequest *request = client->callTool(QStringLiteral("get-env"), {});
        QSignalSpy finished(request, &McpRequest::finished);
        QVERIFY(finished.wait(30000));
        const QString env = McpToolResult::fromJson(request->result()).text();
        QVERIFY(env.contains(secretValue()));
        QVERIFY(env.contains(QLatin1String("visible")));

        QVERIFY(McpSecrets::remove(&keys, config, &error));
        QVERIFY(!McpSecrets::resolve(&keys, stored, &error));
        QVERIFY2(error.contains(QLatin1String("not in the keychain")), qPrintable(error));
    }

    void importsClaudeDesktopAndCursorFiles()
    {
        const QByteArray json = R"({
          "mcpServers": {
            "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/tmp"]},
            "github": {"command": "docker", "args": ["run", "-i", "ghcr.io/github/github-mcp-server"],
                       "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_x", "GITHUB_TOOLSETS": "repos"}},
            "My Remote": {"url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer abc"}},
            "off": {"command": "uvx", "args": ["mcp-server-time"], "disabled": true}
          }
        })";
        const McpConfigImport::Result result = McpConfigImport::parse(json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
        QCOMPARE(result.servers.size(), 4);
        const auto byName = [&](const QString &name) {
            for (const McpServerConfig &config : result.servers) {
                if (config.name == name)
                    return config;
            }
            return McpServerConfig();
        };
        const McpServerConfig github = byName(QStringLiteral("github"));
        QCOMPARE(github.command, QStringLiteral("docker"));
        QCOMPARE(github.args.size(), 3);
        QCOMPARE(github.env.size(), 2);
        for (const Value &value : github.env)
            QCOMPARE(value.secret, value.name == QLatin1String("GITHUB_PERSONAL_ACCESS_TOKEN"));
        const McpServerConfig remote = byName(QStringLiteral("My-Remote"));
        QCOMPARE(remote.transport, McpServerConfig::Transport::Http);
        QCOMPARE(remote.headers.constFirst(),
            (Value {QStringLiteral("Authorization"), QStringLiteral("Bearer abc"), true}));
        QVERIFY(!byName(QStringLiteral("off")).enabled);
        QVERIFY(byName(QStringLiteral("filesystem")).enabled);
    }

    void malformedFilesSayWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray(
            "{\n  \"mcpServers\": {\n    \"a\": {\"command\": \"x\",}\n  }\n}")
                                  << "not valid JSON: illegal value at line 3, column";
        QTest::newRow("no mcpServers") << QByteArray(R"({"servers_": {}})") << "no \"mcpServers\" object";
        QTest::newRow("list") << QByteArray(R"([1, 2])") << "no \"mcpServers\" object";
    }

    void malformedFilesSayWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const McpConfigImport::Result result = McpConfigImport::parse(json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(message), qPrintable(result.error));
        QVERIFY(result.servers.isEmpty());
    }

    void badEntriesAreLeftOutWithAReason()
    {
        const McpConfigImport::Result result = McpConfigImport::parse(R"({"mcpServers": {
            "good": {"command": "node", "args": ["server.js"]},
            "args": {"command": "node", "args": "server.js"},
            "nothing": {"description": "no command"},
            "legacy": {"type": "sse", "url": "http://localhost:8000/sse"},
            "env": {"command": "node", "env": {"A": ["x"]}},
            "text": "npx server"
        }})");
        QVERIFY(result.ok());
        QCOMPARE(result.servers.size(), 1);
        QCOMPARE(result.servers.constFirst().name, QStringLiteral("good"));
        const QString problems = result.problems.join(QLatin1Char('\n'));
        QCOMPARE(result.problems.size(), 5);
        for (const char *expected : {"\"args\": \"args\" must be a list of strings",
                 "\"nothing\": has neither", "\"legacy\": uses the older HTTP+SSE",
                 "\"env\": the value of \"A\"", "\"text\": not an object"})
            QVERIFY2(problems.contains(QLatin1String(expected)), qPrintable(problems));
    }

    void missingFileIsAnError()
    {
        const McpConfigImport::Result result
            = McpConfigImport::parseFile(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QLatin1String("cannot read")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestMcpConfig)
#include "tst_mcpconfig.moc"
