#pragma once

#include "tools/mcpserverconfig.h"

#include <QList>
#include <QObject>
#include <memory>
#include <optional>

class QSettings;

// The MCP servers the user set up, in the same settings file as the provider profiles
// (ProfileStore), under their own group: mcpServers/<n>/{name,transport,command,args,env,url,
// headers,enabled,
// alwaysAllowServer,alwaysAllowedTools}. args, env and headers are JSON text (a QSettings list of one item
// reads back as a string). A secret's value is never written here: McpSecrets keeps it in the keychain.
class McpServerStore : public QObject
{
    Q_OBJECT
public:
    // Not owned; must outlive the store.
    explicit McpServerStore(QSettings *settings, QObject *parent = nullptr);
    // Opens (creates) the INI file at `iniPath`.
    explicit McpServerStore(const QString &iniPath, QObject *parent = nullptr);
    ~McpServerStore() override;

    QList<McpServerConfig> servers() const { return m_servers; }
    std::optional<McpServerConfig> server(const QString &name) const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }

    // False (and `error` says why) if the config is invalid or the name is taken.
    bool addServer(const McpServerConfig &config, QString *error = nullptr);
    // Replaces the server with the same name.
    bool updateServer(const McpServerConfig &config, QString *error = nullptr);
    // False if there is no such server. The caller deletes its secrets (McpSecrets::remove).
    bool removeServer(const QString &name);
    bool setEnabled(const QString &name, bool enabled);
    // Remembers "always allow" for `tool` of server `name`, or for all its tools (`tool` empty).
    bool allowAlways(const QString &name, const QString &tool = QString());
    // Forgets every "always allow" of server `name`: its calls are asked about again.
    bool revokeAlways(const QString &name);

    // Re-reads the file (another process may have changed it).
    void reload();
    // Writes pending changes; false if that failed.
    bool sync();

Q_SIGNALS:
    void serversChanged();

private:
    void load();
    void save();
    int indexOf(const QString &name) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    QList<McpServerConfig> m_servers;
};
