#include "mcptestservers.h"

#include "testutil.h"
#include "tools/mcpclient.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace McpTestServers {

namespace {
QString serversDir()
{
    return qEnvironmentVariable("CONFAB_MCP_SERVERS_DIR");
}

QString packageDir(const QString &package)
{
    return serversDir() + QStringLiteral("/node_modules/@modelcontextprotocol/") + package;
}

QString packageScript(const QString &package)
{
    return packageDir(package)
        + (package == QLatin1String("sdk") ? QStringLiteral("/dist/esm/server/index.js")
                                           : QStringLiteral("/dist/index.js"));
}

QString node()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}
} // namespace

QString missing()
{
    const QString fix = QStringLiteral("; run scripts/mcp-servers.sh %1 (scripts/test.sh does)")
                            .arg(serversDir().isEmpty() ? QStringLiteral("build/mcp-servers") : serversDir());
    if (serversDir().isEmpty())
        return QStringLiteral("CONFAB_MCP_SERVERS_DIR is not set (ctest sets it)") + fix;
    if (node().isEmpty())
        return QStringLiteral("node is not installed (scripts/deps.sh test installs it)");
    for (const QString &package :
        {QStringLiteral("server-everything"), QStringLiteral("server-filesystem")}) {
        if (!QFileInfo::exists(packageScript(package)))
            return QStringLiteral("the MCP server %1 is not installed in %2").arg(package, serversDir())
                + fix;
    }
    return QString();
}

QString everythingScript()
{
    return packageScript(QStringLiteral("server-everything"));
}

McpServerConfig everything(const QString &name)
{
    McpServerConfig config;
    config.name = name;
    config.command = node();
    config.args = {everythingScript(), QStringLiteral("stdio")};
    return config;
}

McpServerConfig filesystem(const QString &root)
{
    McpServerConfig config;
    config.name = QStringLiteral("filesystem");
    config.command = node();
    config.args = {packageScript(QStringLiteral("server-filesystem")), root};
    return config;
}

McpServerConfig nodeScript(const QString &script, const QStringList &args)
{
    McpServerConfig config;
    config.name = QFileInfo(script).baseName();
    config.command = node();
    config.args = QStringList {script} + args;
    return config;
}

McpServerConfig pagedTools(const QString &script)
{
    return nodeScript(script, {packageDir(QStringLiteral("sdk"))});
}

HttpServer::HttpServer()
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

HttpServer::~HttpServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool HttpServer::start(QString *error)
{
    // A port the system says is free now; the server binds it a moment later.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost)) {
        *error = probe.errorString();
        return false;
    }
    m_port = probe.serverPort();
    probe.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PORT"), QString::number(m_port));
    m_process.setProcessEnvironment(environment);
    m_process.start(node(), {everythingScript(), QStringLiteral("streamableHttp")});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    QByteArray output;
    // Ready when it says so; a server that exits instead fails the wait at once.
    while (!output.contains("listening on port")) {
        if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(30000)) {
            *error = QStringLiteral("server-everything (streamableHttp) did not start: ")
                + QString::fromUtf8(output + m_process.readAll());
            return false;
        }
        output += m_process.readAll();
    }
    return true;
}

QUrl HttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(m_port));
}

McpToolResult waitForResult(McpRequest *request)
{
    if (!request->isFinished()) {
        QSignalSpy finished(request, &McpRequest::finished);
        finished.wait(30000);
    }
    return McpToolResult::fromJson(request->result());
}

McpError connectionError(McpClient *client)
{
    QSignalSpy failed(client, &McpClient::failed);
    client->connectToServer();
    if (failed.isEmpty())
        failed.wait(30000);
    return client->lastError();
}

CliResult runCli(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(extra);
    const TestUtil::CliResult result = TestUtil::runCli(args, env);
    return {result.exitCode, QString::fromUtf8(result.out), QString::fromUtf8(result.err)};
}

std::unique_ptr<McpClient> connectClient(
    const McpServerConfig &config, QNetworkAccessManager *nam, QString *error, qsizetype maxMessageBytes)
{
    auto transport = McpTransport::create(config, nam);
    if (maxMessageBytes > 0)
        transport->setMaxMessageBytes(maxMessageBytes);
    auto client = std::make_unique<McpClient>(std::move(transport));
    QSignalSpy failed(client.get(), &McpClient::failed);
    QSignalSpy tools(client.get(), &McpClient::toolsChanged);
    client->connectToServer();
    // Ready with its first tool list, or failed.
    if (!QTest::qWaitFor([&] { return !tools.isEmpty() || !failed.isEmpty(); }, 30000)) {
        *error = QStringLiteral("no tool list from %1 within 30 s; its log: %2")
                     .arg(config.target(), client->serverLog());
        return nullptr;
    }
    if (!failed.isEmpty()) {
        *error = client->lastError().message;
        return nullptr;
    }
    return client;
}

LoopbackServer::Response openAiEchoCall()
{
    QByteArray stream = LoopbackServer::fixture(QStringLiteral("openai_chat_tool_calls.sse"));
    stream.replace(R"("name":"get_capital")", R"("name":"everything__echo")");
    stream.replace(R"("arguments":"country")", R"("arguments":"message")");
    return LoopbackServer::sse(stream);
}

} // namespace McpTestServers
