#include "mcpcommands.h"

#include "clierror.h"
#include "settings/apikeystore.h"
#include "terminaltext.h"
#include "tools/mcpclient.h"
#include "tools/mcpconfigimport.h"
#include "tools/mcpsecrets.h"
#include "tools/mcpserverstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

QJsonArray valuesJson(const QList<McpServerConfig::Value> &values)
{
    QJsonArray array;
    for (const McpServerConfig::Value &value : values) {
        QJsonObject item {{QStringLiteral("name"), value.name}};
        if (value.secret)
            item.insert(QStringLiteral("secret"), true);
        else
            item.insert(QStringLiteral("value"), value.value);
        array.append(item);
    }
    return array;
}

QJsonObject serverJson(const McpServerConfig &config)
{
    QJsonObject server {{QStringLiteral("name"), config.name},
        {QStringLiteral("transport"), McpServerConfig::transportToString(config.transport)},
        {QStringLiteral("enabled"), config.enabled}};
    if (config.transport == McpServerConfig::Transport::Stdio) {
        server.insert(QStringLiteral("command"), config.command);
        server.insert(QStringLiteral("args"), QJsonArray::fromStringList(config.args));
        server.insert(QStringLiteral("env"), valuesJson(config.env));
    } else {
        server.insert(QStringLiteral("url"), config.url.toString());
        server.insert(QStringLiteral("headers"), valuesJson(config.headers));
    }
    return server;
}

} // namespace

void McpCommands::addOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        {QStringLiteral("url"), tr("mcp add: the server's Streamable HTTP endpoint."), QStringLiteral("url")},
        {QStringLiteral("env"), tr("mcp add: an environment variable for the server (repeatable)."),
            QStringLiteral("name=value")},
        {QStringLiteral("secret-env"),
            tr("mcp add: a secret environment variable, kept in the keychain; without =value, taken "
               "from this environment."),
            QStringLiteral("name[=value]")},
        {QStringLiteral("header"), tr("mcp add: an HTTP header for the server (repeatable)."),
            QStringLiteral("'Name: value'")},
        {QStringLiteral("secret-header"),
            tr("mcp add: a secret HTTP header (such as Authorization), kept in the keychain."),
            QStringLiteral("'Name: value'")},
        {QStringLiteral("disabled"), tr("mcp add: add the server switched off.")},
        {QStringLiteral("allow-tools"), tr("send: run the tool calls of the enabled MCP servers.")},
    });
}

QString McpCommands::usage()
{
    return QStringLiteral(R"(  mcp add NAME [--env K=V] [--secret-env K[=V]] -- COMMAND [ARGS...]
  mcp add NAME --url URL [--header 'Name: value'] [--secret-header 'Name: value']
                                      set up an MCP server (stdio or Streamable HTTP)
  mcp list [--json]                   the MCP servers set up
  mcp tools NAME [--json]             connect to a server and list its tools
  mcp remove NAME | mcp enable NAME | mcp disable NAME
  mcp import FILE                     servers from a Claude Desktop / Cursor / LM Studio
                                      mcpServers JSON file (credentials to the keychain)
)");
}

McpCommands::McpCommands(
    const QCommandLineParser &parser, const QString &settingsPath, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_settingsPath(settingsPath)
    , m_out(out)
    , m_err(err)
{ }

int McpCommands::usageError(const QString &message)
{
    return CliError::usage(m_err, message);
}

int McpCommands::failure(const QString &message)
{
    return CliError::failure(m_err, message);
}

int McpCommands::run(QStringList args)
{
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("add"))
        return add(args);
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("tools"))
        return tools(args);
    if (command == QLatin1String("remove"))
        return remove(args);
    if (command == QLatin1String("import"))
        return import(args);
    if (command == QLatin1String("enable") || command == QLatin1String("disable"))
        return enable(args, command == QLatin1String("enable"));
    return usageError(command.isEmpty()
            ? tr("mcp needs a command: add, list, tools, remove, import, enable, disable")
            : tr("unknown mcp command \"%1\"").arg(command));
}

bool McpCommands::readValues(McpServerConfig *config)
{
    const bool http = config->transport == McpServerConfig::Transport::Http;
    const QString plainOption = http ? QStringLiteral("header") : QStringLiteral("env");
    const QString secretOption = http ? QStringLiteral("secret-header") : QStringLiteral("secret-env");
    const QString otherPlain = http ? QStringLiteral("env") : QStringLiteral("header");
    const QString otherSecret = http ? QStringLiteral("secret-env") : QStringLiteral("secret-header");
    if (m_parser.isSet(otherPlain) || m_parser.isSet(otherSecret)) {
        usageError(http ? tr("--env is for servers started as a command; an HTTP server takes --header")
                        : tr("--header is for HTTP servers (--url); a command takes --env"));
        return false;
    }
    const QChar separator = http ? QLatin1Char(':') : QLatin1Char('=');
    QList<McpServerConfig::Value> &values = http ? config->headers : config->env;
    for (const QString &option : {plainOption, secretOption}) {
        const bool secret = option == secretOption;
        const QStringList items = m_parser.values(option);
        for (const QString &item : items) {
            const qsizetype at = item.indexOf(separator);
            McpServerConfig::Value value;
            value.secret = secret;
            value.name = (at < 0 ? item : item.left(at)).trimmed();
            if (at >= 0) {
                value.value = item.mid(at + 1);
                if (http)
                    value.value = value.value.trimmed();
            } else if (secret && !http && qEnvironmentVariableIsSet(value.name.toLocal8Bit().constData())) {
                value.value = qEnvironmentVariable(value.name.toLocal8Bit().constData());
            } else {
                usageError(http ? tr("--%1 needs 'Name: value'").arg(option)
                                : tr("--%1 needs NAME=VALUE (\"%2\" has no value)").arg(option, item));
                return false;
            }
            values.append(value);
        }
    }
    return true;
}

int McpCommands::add(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(
            tr("mcp add needs a name: mcp add NAME -- COMMAND [ARGS...] or mcp add NAME --url URL"));
    McpServerConfig config;
    config.name = args.first();
    config.enabled = !m_parser.isSet(QStringLiteral("disabled"));
    if (m_parser.isSet(QStringLiteral("url"))) {
        if (args.size() > 1)
            return usageError(tr("mcp add takes either --url URL or -- COMMAND, not both"));
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(m_parser.value(QStringLiteral("url")), QUrl::StrictMode);
    } else {
        if (args.size() < 2)
            return usageError(tr("mcp add needs the command to start: mcp add NAME -- COMMAND [ARGS...]"));
        config.command = args.at(1);
        config.args = args.mid(2);
    }
    if (!readValues(&config))
        return 2;
    const QString invalid = config.validate();
    if (!invalid.isEmpty())
        return usageError(invalid);
    McpServerStore store(m_settingsPath);
    if (store.contains(config.name))
        return failure(
            tr("there is already an MCP server named \"%1\" (mcp remove %1 first)").arg(config.name));
    QString error;
    if (config.hasSecrets()) {
        ApiKeyStore keys;
        if (!McpSecrets::store(&keys, config, &error))
            return failure(error);
    }
    if (!store.addServer(config, &error) || !store.sync())
        return failure(error.isEmpty() ? tr("could not write %1").arg(m_settingsPath) : error);
    m_out << tr("added MCP server \"%1\": %2").arg(config.name, TerminalText::safe(config.target()))
          << Qt::endl;
    return 0;
}

int McpCommands::list()
{
    const QList<McpServerConfig> servers = McpServerStore(m_settingsPath).servers();
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const McpServerConfig &config : servers)
            array.append(serverJson(config));
        m_out << TerminalText::safeJson(
            QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const McpServerConfig &config : servers)
        m_out << config.name << '\t' << (config.enabled ? tr("enabled") : tr("disabled")) << '\t'
              << McpServerConfig::transportToString(config.transport) << '\t'
              << TerminalText::safe(config.target()) << '\n';
    m_out.flush();
    return 0;
}

int McpCommands::tools(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("mcp tools needs a server name"));
    const auto stored = McpServerStore(m_settingsPath).server(args.first());
    if (!stored)
        return failure(tr("there is no MCP server named \"%1\" in %2").arg(args.first(), m_settingsPath));
    QString error;
    ApiKeyStore keys;
    const auto config = stored->hasSecrets() ? McpSecrets::resolve(&keys, *stored, &error) : stored;
    if (!config)
        return failure(error);

    QNetworkAccessManager nam;
    McpClient client(McpTransport::create(*config, &nam));
    const int timeoutMs = qMax(1, m_parser.value(QStringLiteral("timeout")).toInt()) * 1000;
    client.setRequestTimeout(timeoutMs);
    QEventLoop loop;
    bool listed = false;
    QObject::connect(&client, &McpClient::toolsChanged, &loop, [&] {
        listed = true;
        loop.quit();
    });
    QObject::connect(&client, &McpClient::toolsFailed, &loop, [&](const McpError &e) {
        error = e.message;
        loop.quit();
    });
    QObject::connect(&client, &McpClient::failed, &loop, [&](const McpError &e) {
        error = e.message;
        loop.quit();
    });
    // A server without tools answers ready() and never lists.
    QObject::connect(&client, &McpClient::ready, &loop, [&] {
        if (!client.serverCapabilities().contains(QLatin1String("tools"))) {
            listed = true;
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        error = tr("no answer from MCP server \"%1\" within %n second(s)", nullptr, timeoutMs / 1000)
                    .arg(config->name);
        loop.quit();
    });
    deadline.start(timeoutMs);
    client.connectToServer();
    loop.exec();

    if (listed) {
        const QList<McpTool> tools = client.tools();
        if (m_parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const McpTool &tool : tools)
                array.append(tool.toJson());
            const QJsonObject listed {{QStringLiteral("server"), config->name},
                {QStringLiteral("protocolVersion"), client.protocolVersion()},
                {QStringLiteral("tools"), array}};
            m_out << TerminalText::safeJson(
                QString::fromUtf8(QJsonDocument(listed).toJson(QJsonDocument::Indented)));
        } else {
            if (!config->enabled)
                m_out << tr("(server \"%1\" is disabled: its tools are not offered to models)")
                             .arg(config->name)
                      << '\n';
            for (const McpTool &tool : tools) {
                m_out << TerminalText::safe(tool.name);
                const QString description = tool.description.section(QLatin1Char('\n'), 0, 0).trimmed();
                if (!description.isEmpty())
                    m_out << "  " << TerminalText::safe(description);
                m_out << '\n';
            }
        }
        m_out.flush();
    }
    // Shut the server down the proper way (EOF, SIGTERM, SIGKILL) before leaving.
    if (client.state() != McpClient::State::Failed) {
        QEventLoop closing;
        QObject::connect(&client, &McpClient::closed, &closing, &QEventLoop::quit);
        client.close();
        if (client.state() != McpClient::State::Closed)
            closing.exec();
    }
    if (!listed) {
        const QString log = client.serverLog().trimmed();
        if (!log.isEmpty() && !error.contains(log.section(QLatin1Char('\n'), -1)))
            m_err << tr("the server's log:\n%1").arg(TerminalText::safe(log.right(2000))) << Qt::endl;
        return failure(error);
    }
    return 0;
}

int McpCommands::remove(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("mcp remove needs a server name"));
    McpServerStore store(m_settingsPath);
    const auto config = store.server(args.first());
    if (!config)
        return failure(tr("there is no MCP server named \"%1\"").arg(args.first()));
    if (!store.removeServer(config->name) || !store.sync())
        return failure(tr("could not write %1").arg(m_settingsPath));
    QString error;
    ApiKeyStore keys;
    if (config->hasSecrets() && !McpSecrets::remove(&keys, *config, &error))
        m_err << tr("note: %1").arg(TerminalText::safe(error)) << Qt::endl;
    m_out << tr("removed MCP server \"%1\"").arg(config->name) << Qt::endl;
    return 0;
}

int McpCommands::enable(const QStringList &args, bool enabled)
{
    if (args.isEmpty())
        return usageError(tr("mcp enable/disable needs a server name"));
    McpServerStore store(m_settingsPath);
    if (!store.setEnabled(args.first(), enabled))
        return failure(tr("there is no MCP server named \"%1\"").arg(args.first()));
    return store.sync() ? 0 : failure(tr("could not write %1").arg(m_settingsPath));
}

int McpCommands::import(const QStringList &args)
{
    if (args.size() != 1)
        return usageError(tr("mcp import needs one file (such as claude_desktop_config.json)"));
    const McpConfigImport::Result result = McpConfigImport::parseFile(args.first());
    if (!result.ok())
        return failure(result.error);
    McpServerStore store(m_settingsPath);
    ApiKeyStore keys;
    int failed = int(result.problems.size());
    for (const QString &problem : result.problems)
        m_err << tr("left out %1").arg(TerminalText::safe(problem)) << '\n';
    for (const McpServerConfig &config : result.servers) {
        if (store.contains(config.name)) {
            m_out << tr("skipped \"%1\": there is already a server of that name").arg(config.name) << '\n';
            continue;
        }
        QString error;
        if ((config.hasSecrets() && !McpSecrets::store(&keys, config, &error))
            || !store.addServer(config, &error)) {
            ++failed;
            m_err << tr("left out \"%1\": %2").arg(config.name, TerminalText::safe(error)) << '\n';
            continue;
        }
        m_out << tr("imported \"%1\": %2").arg(config.name, TerminalText::safe(config.target())) << '\n';
    }
    m_out.flush();
    m_err.flush();
    if (!store.sync())
        return failure(tr("could not write %1").arg(m_settingsPath));
    return failed ? 1 : 0;
}
