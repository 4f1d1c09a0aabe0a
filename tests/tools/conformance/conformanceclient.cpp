// The client that @modelcontextprotocol/conformance drives (its "client" mode): Confab's own
// McpClient over Streamable HTTP, nothing else. The suite starts one of its scenario servers,
// runs this program with the server's URL as the last argument and the scenario's name in
// MCP_CONFORMANCE_SCENARIO, and checks what it sent.
//
// Like the suite's everything-client: connect (probe, then the initialize handshake), list the
// tools, call each with arguments that fit its input schema, close. Exit 0 when every step
// answered.
#include "tools/mcpclient.h"
#include "tools/mcprequest.h"
#include "tools/mcpserverconfig.h"
#include "tools/mcptoolresult.h"
#include "tools/mcptransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>
#include <cstdio>
#include <functional>

namespace {
// Arguments for `tool`: a small number for each numeric property, a word for each string.
QJsonObject argumentsFor(const McpTool &tool)
{
    QJsonObject arguments;
    const QJsonObject properties = tool.inputSchema.value(QLatin1String("properties")).toObject();
    int next = 5;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QString type = it.value().toObject().value(QLatin1String("type")).toString();
        if (type == QLatin1String("number") || type == QLatin1String("integer"))
            arguments.insert(it.key(), next--);
        else if (type == QLatin1String("boolean"))
            arguments.insert(it.key(), true);
        else if (type == QLatin1String("string"))
            arguments.insert(it.key(), QStringLiteral("conformance"));
    }
    return arguments;
}

void say(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        say(QStringLiteral("usage: mcp-conformance-client SERVER_URL"));
        return 2;
    }
    say(QStringLiteral("scenario %1").arg(qEnvironmentVariable("MCP_CONFORMANCE_SCENARIO")));

    McpServerConfig config;
    config.name = QStringLiteral("conformance");
    config.transport = McpServerConfig::Transport::Http;
    config.url = QUrl(args.last());
    QNetworkAccessManager nam;
    McpClient client(McpTransport::create(config, &nam));
    // The scenario servers know nothing of server/discover; do not wait long for it.
    client.setProbeTimeout(2000);
    client.setRequestTimeout(4000);

    int exitCode = 0;
    QList<McpTool> toCall;
    std::function<void()> callNext = [&] {
        if (toCall.isEmpty()) {
            client.close();
            return;
        }
        const McpTool tool = toCall.takeFirst();
        McpRequest *call = client.callTool(tool.name, argumentsFor(tool));
        QObject::connect(call, &McpRequest::finished, &app, [&, call, name = tool.name] {
            call->deleteLater();
            if (call->error().isError()) {
                say(QStringLiteral("tools/call %1 failed: %2").arg(name, call->error().message));
                exitCode = 1;
            } else {
                say(QStringLiteral("tools/call %1: %2")
                        .arg(name, McpToolResult::fromJson(call->result()).text().left(200)));
            }
            callNext();
        });
    };
    QObject::connect(&client, &McpClient::toolsChanged, &app, [&] {
        if (!toCall.isEmpty())
            return; // a list_changed while calling
        toCall = client.tools();
        say(QStringLiteral("connected (%1), %2 tools").arg(client.protocolVersion()).arg(toCall.size()));
        callNext();
    });
    // A server without tools is ready and lists nothing: done.
    QObject::connect(&client, &McpClient::ready, &app, [&] {
        if (!client.serverCapabilities().contains(QLatin1String("tools"))) {
            say(QStringLiteral("connected (%1), no tools").arg(client.protocolVersion()));
            client.close();
        }
    });
    QObject::connect(&client, &McpClient::toolsFailed, &app, [&](const McpError &error) {
        say(QStringLiteral("tools/list failed: %1").arg(error.message));
        exitCode = 1;
        client.close();
    });
    QObject::connect(&client, &McpClient::failed, &app, [&](const McpError &error) {
        say(QStringLiteral("connection failed: %1").arg(error.message));
        exitCode = 1;
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&client, &McpClient::closed, &app, [&] { QCoreApplication::exit(exitCode); });
    QTimer::singleShot(0, &client, &McpClient::connectToServer);
    return app.exec();
}
