#pragma once

#include "loopbackserver.h"
#include "tools/mcperror.h"
#include "tools/mcpserverconfig.h"
#include "tools/mcptoolresult.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

class McpClient;
class McpRequest;
class QNetworkAccessManager;

// The real MCP reference servers, installed by scripts/mcp-servers.sh into
// $CONFAB_MCP_SERVERS_DIR (set by ctest). Tests call missing() first and QFAIL with its text,
// so a machine without them fails at once and says how to fix it, instead of hanging.
namespace McpTestServers {
// Empty when node and both servers are there; else what is missing and how to install it.
QString missing();
// node plus the server's entry script.
McpServerConfig everything(const QString &name = QStringLiteral("everything"));
McpServerConfig filesystem(const QString &root);
// One of the tests' own servers (servers/*.mjs) run by node.
McpServerConfig nodeScript(const QString &script, const QStringList &args);
// servers/paged-tools.mjs on the real SDK: a paged, growing tool list.
McpServerConfig pagedTools(const QString &script);
QString everythingScript();

// server-everything over Streamable HTTP on a free loopback port, for one test.
class HttpServer
{
public:
    HttpServer();
    ~HttpServer();
    // Starts it and waits until it listens; false (with `error`) if it did not.
    bool start(QString *error);
    QUrl url() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// Waits for `request` (30 s at most) and reads its tools/call result.
McpToolResult waitForResult(McpRequest *request);
// Connects `client` and waits for it to fail; its error.
McpError connectionError(McpClient *client);

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// TestUtil::runCli with English messages, `extra` added to the environment, the output as text.
CliResult runCli(const QStringList &args, const QProcessEnvironment &extra = QProcessEnvironment());

// The captured stream of gpt-4o-mini calling get_capital({"country":"UK"}), with the tool
// and argument names changed to server-everything's echo ("everything__echo" with
// {"message":"UK"}): everything else byte for byte.
LoopbackServer::Response openAiEchoCall();

// A client of `config` that is ready, or null (with `error`) when connecting failed.
std::unique_ptr<McpClient> connectClient(
    const McpServerConfig &config, QNetworkAccessManager *nam, QString *error, qsizetype maxMessageBytes = 0);
} // namespace McpTestServers
