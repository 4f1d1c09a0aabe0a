#include "mcptestservers.h"
#include "settings/apikeystore.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// confab-cli mcp ... as a user runs it, against the real MCP servers from npm.
class TestMcpCli : public QObject
{
    Q_OBJECT
private:
    using Result = McpTestServers::CliResult;

    std::unique_ptr<QTemporaryDir> m_dir;

    QString ini() const { return m_dir->filePath(QStringLiteral("confab.ini")); }

    Result run(const QStringList &args, const QProcessEnvironment &extra = {})
    {
        return McpTestServers::runCli(QStringList {QStringLiteral("--settings"), ini()} + args, extra);
    }

    static QStringList everythingCommand()
    {
        const McpServerConfig config = McpTestServers::everything();
        return QStringList {QStringLiteral("--"), config.command} + config.args;
    }

    QByteArray iniText() const
    {
        QFile file(ini());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = McpTestServers::missing();
        if (!missing.isEmpty())
            QFAIL(qPrintable(missing));
    }

    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void addListToolsRemove()
    {
        Result r
            = run(QStringList {QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("everything")}
                + everythingCommand());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("added MCP server \"everything\"")), qPrintable(r.out));

        r = run({QStringLiteral("mcp"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("everything\tenabled\tstdio\t")), qPrintable(r.out));

        r = run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("everything")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("\necho  Echoes back the input string\n"))
                || r.out.startsWith(QLatin1String("echo  Echoes back the input string\n")),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("get-sum  Returns the sum of two numbers")), qPrintable(r.out));

        r = run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("everything"),
            QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(listed.value(QLatin1String("protocolVersion")).toString(), QStringLiteral("2025-11-25"));
        QStringList names;
        for (const QJsonValue &tool : listed.value(QLatin1String("tools")).toArray())
            names.append(tool.toObject().value(QLatin1String("name")).toString());
        QVERIFY(names.contains(QLatin1String("get-sum")));

        r = run({QStringLiteral("mcp"), QStringLiteral("disable"), QStringLiteral("everything")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            run({QStringLiteral("mcp"), QStringLiteral("list")}).out.contains(QLatin1String("\tdisabled\t")));

        r = run({QStringLiteral("mcp"), QStringLiteral("remove"), QStringLiteral("everything")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(run({QStringLiteral("mcp"), QStringLiteral("list")}).out, QString());
    }

    void toolsOverStreamableHttp()
    {
        McpTestServers::HttpServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QCOMPARE(
            run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("web"), QStringLiteral("--url"),
                    server.url().toString(), QStringLiteral("--header"), QStringLiteral("X-Team: blue")})
                .exitCode,
            0);
        const Result r = run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("web"),
            QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray tools
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("tools")).toArray();
        QVERIFY(!tools.isEmpty());
        QCOMPARE(tools.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("echo"));
    }

    void secretEnvStaysInTheKeychain()
    {
        const QString name = QStringLiteral("envy-%1").arg(QCoreApplication::applicationPid());
        const QString secret = QStringLiteral("tok-%1-x").arg(QCoreApplication::applicationPid());
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("CONFAB_TEST_TOKEN"), secret);
        Result r = run(
            QStringList {QStringLiteral("mcp"), QStringLiteral("add"), name, QStringLiteral("--secret-env"),
                QStringLiteral("CONFAB_TEST_TOKEN"), QStringLiteral("--env"), QStringLiteral("MODE=demo")}
                + everythingCommand(),
            environment);
        if (r.exitCode == 1 && r.err.contains(QLatin1String("keychain")))
            QFAIL(qPrintable(QStringLiteral("no keychain (run under scripts/with-keyring.sh): ") + r.err));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!iniText().contains(secret.toUtf8()));
        QVERIFY(iniText().contains("MODE"));
        r = run({QStringLiteral("mcp"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!r.out.contains(secret));
        QVERIFY(r.out.contains(QLatin1String("CONFAB_TEST_TOKEN")));
        r = run({QStringLiteral("mcp"), QStringLiteral("tools"), name});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));

        ApiKeyStore keys;
        const QString entry = QStringLiteral("mcp:%1:env:CONFAB_TEST_TOKEN").arg(name);
        QCOMPARE(keys.readKeyBlocking(entry).value_or(QString()), secret);
        QCOMPARE(run({QStringLiteral("mcp"), QStringLiteral("remove"), name}).exitCode, 0);
        ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
        QVERIFY(!keys.readKeyBlocking(entry, nullptr, 10000, &code));
        QCOMPARE(code, ApiKeyStore::Error::NotFound);
    }

    void importsAClaudeDesktopFile()
    {
        const McpServerConfig everything = McpTestServers::everything();
        const QJsonObject file {{QStringLiteral("mcpServers"),
            QJsonObject {{QStringLiteral("everything"),
                             QJsonObject {{QStringLiteral("command"), everything.command},
                                 {QStringLiteral("args"), QJsonArray::fromStringList(everything.args)}}},
                {QStringLiteral("broken"), QJsonObject {{QStringLiteral("args"), QJsonArray()}}}}}};
        const QString path = m_dir->filePath(QStringLiteral("claude_desktop_config.json"));
        writeFile(path, QJsonDocument(file).toJson());
        Result r = run({QStringLiteral("mcp"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1); // one entry was left out
        QVERIFY2(r.out.contains(QLatin1String("imported \"everything\"")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("left out \"broken\": has neither \"command\" nor \"url\"")),
            qPrintable(r.err));
        QCOMPARE(
            run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("everything")}).exitCode, 0);
        // Again: nothing is imported twice.
        r = run({QStringLiteral("mcp"), QStringLiteral("import"), path});
        QVERIFY2(r.out.contains(QLatin1String("skipped \"everything\"")), qPrintable(r.out));

        writeFile(path, "{\"mcpServers\": {\n  \"a\": {\"command\": \"x\"\n}");
        r = run({QStringLiteral("mcp"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("not valid JSON")) && r.err.contains(QLatin1String("line 3")),
            qPrintable(r.err));
    }

    void failuresSayWhatHappened()
    {
        Result r = run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("broken"),
            QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("echo 'no config found' >&2; exit 4")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("broken")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("exited with code 4")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("no config found")), qPrintable(r.err));

        QCOMPARE(run({QStringLiteral("mcp"), QStringLiteral("tools"), QStringLiteral("nope")}).exitCode, 1);
        QCOMPARE(run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("bad name"),
                         QStringLiteral("--"), QStringLiteral("node")})
                     .exitCode,
            2);
        QCOMPARE(run({QStringLiteral("mcp"), QStringLiteral("frobnicate")}).exitCode, 2);
        r = run({QStringLiteral("mcp"), QStringLiteral("add"), QStringLiteral("broken"), QStringLiteral("--"),
            QStringLiteral("node")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestMcpCli)
#include "tst_mcpcli.moc"
