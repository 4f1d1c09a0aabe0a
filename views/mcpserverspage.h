#pragma once

#include <QWidget>

class McpConnections;
class McpServerStore;
class QLabel;
class QListWidget;
class QPushButton;

// Settings › Tools: the MCP servers of the settings file (set up with confab-cli mcp add or
// import), each to enable or disable, with what the user chose to "always allow" and a button
// that revokes it. Changes are kept in a draft until apply() (the dialog's OK).
class McpServersPage : public QWidget
{
    Q_OBJECT
public:
    // `connections` (optional): the app's, to say whether each server is connected.
    explicit McpServersPage(
        McpServerStore *servers, const McpConnections *connections = nullptr, QWidget *parent = nullptr);

    QListWidget *serverList() const { return m_list; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *grantsLabel() const { return m_grants; }
    QLabel *statusLabel() const { return m_status; }
    // Writes the enabled flags and the revocations to the store.
    void apply();

private:
    void showCurrent();

    McpServerStore *m_servers;
    const McpConnections *m_connections;
    QListWidget *m_list;
    QLabel *m_status;
    QLabel *m_grants;
    QPushButton *m_revoke;
    QStringList m_revoked; // servers whose "always allow" goes on apply()
};
