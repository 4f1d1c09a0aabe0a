#include "views/mcpserverspage.h"

#include "tools/mcpclient.h"
#include "tools/mcpconnections.h"
#include "tools/mcpserverstore.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

McpServersPage::McpServersPage(McpServerStore *servers, const McpConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_connections(connections)
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_grants(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke \"always allow\""), this))
{
    m_list->setAccessibleName(tr("MCP servers"));
    // A server's error text is the server's: plain.
    for (QLabel *label : {m_grants, m_status}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    auto *intro = new QLabel(tr("Servers are set up with confab-cli mcp add or mcp import. The tools of "
                                "the checked servers are offered to the model; every call is shown "
                                "to you first unless you chose to always allow it."),
        this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_grants);
    layout->addWidget(m_revoke, 0, Qt::AlignLeft);

    for (const McpServerConfig &server : servers->servers()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(server.name, server.target()), m_list);
        item->setData(Qt::UserRole, server.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(server.enabled ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() == 0)
        m_grants->setText(tr("No MCP server is set up."));
    connect(m_list, &QListWidget::currentRowChanged, this, &McpServersPage::showCurrent);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            m_revoked.append(item->data(Qt::UserRole).toString());
            showCurrent();
        }
    });
    m_list->setCurrentRow(m_list->count() ? 0 : -1);
    showCurrent();
}

void McpServersPage::showCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    const auto server = item ? m_servers->server(item->data(Qt::UserRole).toString()) : std::nullopt;
    const bool revoked = server && m_revoked.contains(server->name);
    const bool granted
        = server && !revoked && (server->alwaysAllowServer || !server->alwaysAllowedTools.isEmpty());
    m_revoke->setEnabled(granted);
    if (!server)
        return;
    const McpClient *client = m_connections ? m_connections->client(server->name) : nullptr;
    if (!m_connections || !server->enabled)
        m_status->clear();
    else if (client && client->state() == McpClient::State::Ready)
        m_status->setText(tr("Connected: %n tool(s).", nullptr, int(client->tools().size())));
    else if (!m_connections->problem(server->name).isEmpty())
        m_status->setText(tr("Not connected: %1").arg(m_connections->problem(server->name)));
    else
        m_status->setText(tr("Connecting…"));
    if (!granted)
        m_grants->setText(tr("Every call of %1 is put to you first.").arg(server->name));
    else if (server->alwaysAllowServer)
        m_grants->setText(tr("Always allowed: every tool of %1.").arg(server->name));
    else
        m_grants->setText(
            tr("Always allowed: %1.").arg(server->alwaysAllowedTools.join(QStringLiteral(", "))));
}

void McpServersPage::apply()
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        m_servers->setEnabled(item->data(Qt::UserRole).toString(), item->checkState() == Qt::Checked);
    }
    for (const QString &name : qAsConst(m_revoked))
        m_servers->revokeAlways(name);
    m_revoked.clear();
}
