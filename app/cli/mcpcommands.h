#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

struct McpServerConfig;

// confab-cli mcp ...: the MCP servers in the app's settings file, and a look at their tools.
//   mcp add NAME [--env K=V] [--secret-env K[=V]] -- COMMAND [ARGS...]
//   mcp add NAME --url URL [--header 'Name: value'] [--secret-header 'Name: value']
//   mcp list [--json] | mcp tools NAME [--json] | mcp remove NAME | mcp import FILE
//   mcp enable NAME | mcp disable NAME
// Secret values go to the OS keychain, never to the settings file or the output.
class McpCommands
{
    Q_DECLARE_TR_FUNCTIONS(McpCommands)
public:
    static void addOptions(QCommandLineParser *parser);
    static QString usage();

    McpCommands(
        const QCommandLineParser &parser, const QString &settingsPath, QTextStream &out, QTextStream &err);
    // `args`: what follows "mcp". Exit codes as confab-cli's.
    int run(QStringList args);

private:
    int add(const QStringList &args);
    int list();
    int tools(const QStringList &args);
    int remove(const QStringList &args);
    int import(const QStringList &args);
    int enable(const QStringList &args, bool enabled);
    // Parses --env/--secret-env (or --header/--secret-header) into `config`; false after a usage error.
    bool readValues(McpServerConfig *config);

    int usageError(const QString &message);
    int failure(const QString &message);

    const QCommandLineParser &m_parser;
    QString m_settingsPath;
    QTextStream &m_out;
    QTextStream &m_err;
};
