#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One MCP server the user set up: a program Confab starts (stdio) or a URL it talks to
// (Streamable HTTP). A secret value (an env var or a header marked secret) is kept only in
// the OS keychain under secretKey(); in the settings file its `value` is always empty.
struct McpServerConfig
{
    enum class Transport { Stdio, Http };

    // An environment variable of the server's process, or an HTTP header.
    struct Value
    {
        QString name;
        QString value;
        bool secret = false;
        bool operator==(const Value &other) const
        {
            return name == other.name && value == other.value && secret == other.secret;
        }
    };

    QString name; // unique; letters, digits, '.', '_' and '-' (see isValidName)
    Transport transport = Transport::Stdio;
    QString command; // stdio: the program, found in PATH like a shell would
    QStringList args;
    QList<Value> env; // stdio: added to Confab's own environment
    QUrl url; // http: the MCP endpoint, e.g. http://127.0.0.1:3001/mcp
    QList<Value> headers; // http: sent with every request, and only to the url's origin
    bool enabled = true;
    // "Always allow" choices the user made in the approval step: every tool of this server, or
    // these tools (the server's own names). Revoked in Settings; a new server starts with none.
    bool alwaysAllowServer = false;
    QStringList alwaysAllowedTools;

    bool alwaysAllows(const QString &tool) const
    {
        return alwaysAllowServer || alwaysAllowedTools.contains(tool);
    }

    static bool isValidName(const QString &name);
    // Empty when the configuration can be used; else what is wrong, for the user.
    QString validate() const;
    // The keychain entry that holds the secret `valueName` (an env var or a header) of this server.
    QString secretKey(const Value &value) const;
    bool hasSecrets() const;
    // A copy with every secret's value blanked: what may be written to a file or printed.
    McpServerConfig withoutSecretValues() const;
    // The command line or the URL, as shown to the user (no header or env values).
    QString target() const;

    static QString transportToString(Transport transport);
    static Transport transportFromString(const QString &text, bool *ok = nullptr);
};
