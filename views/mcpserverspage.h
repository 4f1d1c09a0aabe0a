#pragma once

#include <QWidget>

class ApiKeyStore;
class McpConnections;
class McpServerStore;
struct McpServerConfig;
class QLabel;
class QListWidget;
class QPushButton;

// Settings › Tools: the MCP servers of the settings file, each to enable or disable, with what
// the user chose to "always allow" and a button that revokes it. Servers are added, edited,
// removed and imported (an mcpServers JSON file) here or with confab-cli; those four take
// effect at once, their secrets go to the keychain. The enabled flags and revocations are kept
// in a draft until apply() (the dialog's OK).
class McpServersPage : public QWidget
{
    Q_OBJECT
public:
    // `keys`: the keychain for secret env vars and headers (without it, a server with secrets
    // cannot be added). `connections` (optional): the app's, to say whether each is connected.
    McpServersPage(McpServerStore *servers, ApiKeyStore *keys, const McpConnections *connections = nullptr,
        QWidget *parent = nullptr);

    QListWidget *serverList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *grantsLabel() const { return m_grants; }
    QLabel *statusLabel() const { return m_status; }
    // What the last add, edit, remove or import did, or why it failed.
    QLabel *noticeLabel() const { return m_notice; }
    // Writes the enabled flags and the revocations to the store.
    void apply();

    // The work behind the buttons (which ask first); true when it was done.
    bool addServer(const McpServerConfig &config);
    bool saveServer(const McpServerConfig &config);
    bool removeServer(const QString &name);
    // Adds the servers of an mcpServers JSON file; false when nothing could be read from it.
    bool importFile(const QString &path);

private:
    void fillList(const QString &current);
    void showCurrent();
    void openEditor(bool editing);
    void confirmRemove();
    void chooseImportFile();
    QString currentName() const;
    bool fail(const QString &message);

    McpServerStore *m_servers;
    ApiKeyStore *m_keys;
    const McpConnections *m_connections;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QLabel *m_status;
    QLabel *m_grants;
    QLabel *m_notice;
    QPushButton *m_revoke;
    QStringList m_revoked; // servers whose "always allow" goes on apply()
};
