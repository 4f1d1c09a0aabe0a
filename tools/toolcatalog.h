#pragma once

#include "tools/mcptool.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <optional>

class McpClient;

// The tools of the connected MCP servers as one list for a model. Each tool is offered
// under a name every provider accepts ([A-Za-z0-9_-], at most 64 characters): the server's
// name, "__", the tool's ("everything__echo"), so two servers may have tools of the same name;
// find() maps the name a model calls back to the server and the tool.
class ToolCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ToolCatalog)
public:
    struct Entry
    {
        QString name; // as offered to the model
        QString server;
        McpTool tool;
        QPointer<McpClient> client;
    };

    // Not owned; a client that is gone, or not ready, offers nothing.
    void addServer(const QString &server, McpClient *client);
    void removeServer(const QString &server);
    // Only these servers' tools are offered (a chat's choice); nullopt: every added server.
    void setServerFilter(const std::optional<QStringList> &servers) { m_filter = servers; }

    // In the order the servers were added, each server's tools in its own order.
    QList<Entry> entries() const;
    std::optional<Entry> find(const QString &name) const;
    // OpenAI chat.completions "tools": [{"type": "function", "function": {name, description, parameters}}].
    QJsonArray openAiTools() const;

    static QString offeredName(const QString &server, const QString &tool);

private:
    QList<QPair<QString, QPointer<McpClient>>> m_servers;
    std::optional<QStringList> m_filter;
};
