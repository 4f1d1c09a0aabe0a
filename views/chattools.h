#pragma once

#include <QObject>
#include <QStringList>
#include <optional>

class ApiKeyStore;
class ChatController;
class ChatPane;
class Conversation;
class McpConnections;
class McpServerStore;
class QJsonObject;
class QNetworkAccessManager;
class QSettings;
class ToolApprovalPanel;
class ToolLoop;

// The app's MCP tools: the servers of the settings file connected while the app runs, their
// tools offered with every request, and each call the model makes put to the user in the chat
// (ToolApprovalPanel) unless its server's config says "always allow". The open chat's own choice
// of servers (its settings' "mcpServers", else every enabled one) decides what is offered.
class ChatTools : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *ChatServersKey = "mcpServers";

    // None owned; `settings` is the app's INI file (the servers beside the profiles).
    ChatTools(QSettings *settings, ApiKeyStore *keys, QNetworkAccessManager *nam, ChatController *controller,
        Conversation *conversation, ChatPane *pane, QObject *parent = nullptr);
    ~ChatTools() override;

    McpServerStore *servers() const { return m_servers; }
    McpConnections *connections() const { return m_connections; }
    ToolLoop *loop() const { return m_loop; }
    ToolApprovalPanel *panel() const { return m_panel; }

    // A chat's servers from its settings; nullopt: the default, every enabled server.
    static std::optional<QStringList> chatServers(const QJsonObject &sessionSettings);
    // The names of the enabled servers, for a chat's choice.
    QStringList enabledServers() const;
    // Reads the open chat's choice again (after its settings changed).
    void refreshChatServers();

private:
    Conversation *m_conversation;
    McpServerStore *m_servers;
    McpConnections *m_connections;
    ToolLoop *m_loop;
    ToolApprovalPanel *m_panel;
};
