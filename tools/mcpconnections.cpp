#include "tools/mcpconnections.h"

#include "tools/mcpclient.h"
#include "tools/mcpsecrets.h"
#include "tools/mcpserverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

McpConnections::McpConnections(
    McpServerStore *servers, ApiKeyStore *keys, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_servers(servers)
    , m_keys(keys)
    , m_nam(nam)
{
    connect(servers, &McpServerStore::serversChanged, this, &McpConnections::reconcile);
    reconcile();
}

McpConnections::~McpConnections() = default;

QString McpConnections::signatureOf(const McpServerConfig &config)
{
    // Everything that changes what runs or where it connects; "always allow" does not.
    QJsonArray values;
    for (const McpServerConfig::Value &value : config.env + config.headers)
        values.append(QJsonArray {value.name, value.value, value.secret});
    const QJsonArray signature {McpServerConfig::transportToString(config.transport), config.command,
        QJsonArray::fromStringList(config.args), config.url.toString(), values};
    return QString::fromUtf8(QJsonDocument(signature).toJson(QJsonDocument::Compact));
}

McpClient *McpConnections::client(const QString &server) const
{
    for (const Connection &connection : m_connections) {
        if (connection.name == server)
            return connection.client.get();
    }
    return nullptr;
}

void McpConnections::reconcile()
{
    if (!m_servers)
        return;
    const QList<McpServerConfig> servers = m_servers->servers();
    // Close what is gone, disabled or changed.
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        const auto config = m_servers->server(it->name);
        if (!config || !config->enabled || signatureOf(*config) != it->signature) {
            m_catalog.removeServer(it->name);
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
    for (const McpServerConfig &config : servers) {
        if (config.enabled && !client(config.name))
            connectServer(config.name);
        if (!config.enabled)
            m_problems.remove(config.name);
    }
    updateCatalog();
}

void McpConnections::connectServer(const QString &name)
{
    const auto stored = m_servers->server(name);
    QString error;
    const auto config = stored->hasSecrets() ? McpSecrets::resolve(m_keys, *stored, &error) : stored;
    if (!config) {
        m_problems.insert(name, error);
        return;
    }
    m_problems.remove(name);
    m_connections.push_back(
        {name, signatureOf(*stored), std::make_unique<McpClient>(McpTransport::create(*config, m_nam))});
    McpClient *client = m_connections.back().client.get();
    client->setObjectName(name);
    m_catalog.addServer(name, client);
    connect(client, &McpClient::toolsChanged, this, &McpConnections::updateCatalog);
    connect(client, &McpClient::failed, this, [this, name](const McpError &failure) {
        m_problems.insert(name, failure.message);
        updateCatalog();
    });
    connect(client, &McpClient::toolsFailed, this,
        [this, name](const McpError &failure) { m_problems.insert(name, failure.message); });
    client->connectToServer();
}

void McpConnections::setChatServers(const std::optional<QStringList> &servers)
{
    if (servers == m_chatServers)
        return;
    m_chatServers = servers;
    updateCatalog();
}

void McpConnections::updateCatalog()
{
    m_catalog.setServerFilter(m_chatServers);
    Q_EMIT toolsChanged();
}
