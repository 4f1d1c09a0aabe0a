#pragma once

#include "tools/toolcatalog.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>
#include <vector>

class ChatController;
class Conversation;
class McpClient;
class McpServerStore;
class QNetworkAccessManager;
class ToolLoop;

// The enabled MCP servers of the settings file, connected for one confab-cli send, and the
// ToolLoop that offers their tools to the model. A server that cannot be reached is noted
// on stderr and left out; the message is sent all the same.
class CliToolSession
{
    Q_DECLARE_TR_FUNCTIONS(CliToolSession)
public:
    CliToolSession(QNetworkAccessManager *nam, QTextStream &err);
    ~CliToolSession();

    // Connects every enabled server (in parallel, `timeoutMs` at most); false if none is ready.
    bool connect(const QString &settingsPath, int timeoutMs);
    // A loop on `controller`; `allowed`: the calls run, else each is refused but for those the
    // user chose to "always allow" (in the app, kept with the servers). Each step is noted on stderr.
    std::unique_ptr<ToolLoop> startLoop(ChatController *controller, Conversation *conversation, bool allowed);
    // Shuts the servers down properly (EOF, SIGTERM, SIGKILL).
    void close();

private:
    QNetworkAccessManager *m_nam;
    QTextStream &m_err;
    std::unique_ptr<McpServerStore> m_servers; // the settings' servers, for their grants
    std::vector<std::unique_ptr<McpClient>> m_clients;
    ToolCatalog m_catalog;
};
