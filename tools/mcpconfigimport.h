#pragma once

#include "tools/mcpserverconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>

// Reads the "mcpServers" JSON that Claude Desktop, Cursor, LM Studio, Windsurf and others
// use (VS Code's "servers" too):
//   {"mcpServers": {"name": {"command": "npx", "args": [...], "env": {...}},
//                   "remote": {"url": "https://...", "headers": {...}}}}
// Env vars and headers whose names look like credentials (McpSecrets::looksSecret) are
// marked secret, so that they are kept in the keychain and not in the settings file.
class McpConfigImport
{
    Q_DECLARE_TR_FUNCTIONS(McpConfigImport)
public:
    struct Result
    {
        QList<McpServerConfig> servers; // usable entries
        QStringList problems; // entries left out, one sentence each, naming the entry
        QString error; // the whole file is unusable (not JSON, no mcpServers); nothing was read
        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray &json);
    static Result parseFile(const QString &path);

private:
    static std::optional<McpServerConfig> parseEntry(
        const QString &name, const QJsonValue &entry, QString *problem);
};
