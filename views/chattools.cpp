#include "views/chattools.h"

#include "models/chatcontroller.h"
#include "models/conversation.h"
#include "storage/sessionstore.h"
#include "tools/mcpconnections.h"
#include "tools/mcpserverstore.h"
#include "tools/toolloop.h"
#include "views/chatpane.h"
#include "views/toolapprovalpanel.h"

#include <QJsonArray>

ChatTools::ChatTools(QSettings *settings, ApiKeyStore *keys, QNetworkAccessManager *nam,
    ChatController *controller, Conversation *conversation, ChatPane *pane, QObject *parent)
    : QObject(parent)
    , m_conversation(conversation)
    , m_servers(new McpServerStore(settings, this))
    , m_connections(new McpConnections(m_servers, keys, nam, this))
    , m_loop(new ToolLoop(controller, conversation, m_connections->catalog(), this))
    , m_panel(new ToolApprovalPanel(pane))
{
    m_loop->setApproval(ToolLoop::Approval::Ask);
    m_loop->setServerStore(m_servers);
    pane->addPanel(m_panel);
    connect(m_connections, &McpConnections::toolsChanged, m_loop, &ToolLoop::refreshTools);
    connect(m_loop, &ToolLoop::approvalRequested, m_panel, &ToolApprovalPanel::ask);
    connect(m_loop, &ToolLoop::approvalSettled, m_panel, &QWidget::hide);
    connect(m_panel, &ToolApprovalPanel::decided, m_loop, &ToolLoop::decide);
    connect(conversation, &Conversation::sessionChanged, this, &ChatTools::refreshChatServers);
    refreshChatServers();
}

ChatTools::~ChatTools() = default;

std::optional<QStringList> ChatTools::chatServers(const QJsonObject &sessionSettings)
{
    const QJsonValue value = sessionSettings.value(QLatin1String(ChatServersKey));
    if (!value.isArray())
        return std::nullopt;
    QStringList servers;
    for (const QJsonValue &server : value.toArray())
        servers.append(server.toString());
    return servers;
}

QStringList ChatTools::enabledServers() const
{
    QStringList names;
    for (const McpServerConfig &server : m_servers->servers()) {
        if (server.enabled)
            names.append(server.name);
    }
    return names;
}

void ChatTools::refreshChatServers()
{
    const auto session = m_conversation->store()->session(m_conversation->sessionId());
    m_connections->setChatServers(session ? chatServers(session->settings) : std::nullopt);
}
