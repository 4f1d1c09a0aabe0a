#pragma once

#include "tools/toolcatalog.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class ApiKeyStore;
class McpClient;
class McpServerStore;
class QNetworkAccessManager;

// The enabled MCP servers of the settings, connected for as long as the app runs, their tools
// in one ToolCatalog. Follows the settings: a server added or enabled is connected, one removed,
// disabled or changed is closed (and connected again with its new config). Connecting runs in
// the background; toolsChanged() whenever the catalog offers something else.
class McpConnections : public QObject
{
    Q_OBJECT
public:
    // None owned; all must outlive this object.
    McpConnections(
        McpServerStore *servers, ApiKeyStore *keys, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~McpConnections() override;

    const ToolCatalog *catalog() const { return &m_catalog; }
    McpClient *client(const QString &server) const;
    // Why a server offers no tools (could not start, no secret, failed), empty if it does.
    QString problem(const QString &server) const { return m_problems.value(server); }
    // The servers whose tools the open chat offers; nullopt: every enabled server (the default).
    void setChatServers(const std::optional<QStringList> &servers);

Q_SIGNALS:
    void toolsChanged();

private:
    struct Connection
    {
        QString name;
        QString signature; // the config it was started with (grants aside)
        std::unique_ptr<McpClient> client;
    };

    void reconcile();
    void connectServer(const QString &name);
    void updateCatalog();
    static QString signatureOf(const struct McpServerConfig &config);

    QPointer<McpServerStore> m_servers;
    ApiKeyStore *m_keys;
    QNetworkAccessManager *m_nam;
    std::vector<Connection> m_connections;
    QHash<QString, QString> m_problems;
    std::optional<QStringList> m_chatServers;
    ToolCatalog m_catalog;
};
