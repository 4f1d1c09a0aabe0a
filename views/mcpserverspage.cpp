#include "views/mcpserverspage.h"

#include "tools/mcpclient.h"
#include "tools/mcpconfigimport.h"
#include "tools/mcpconnections.h"
#include "tools/mcpsecrets.h"
#include "tools/mcpserverstore.h"
#include "views/mcpservereditor.h"
#include "views/plainmessagebox.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace {
QList<McpServerConfig::Value> &valuesOf(McpServerConfig &config)
{
    return config.transport == McpServerConfig::Transport::Http ? config.headers : config.env;
}

// `config` with only the secrets for which `keep` holds.
McpServerConfig withSecrets(
    McpServerConfig config, const std::function<bool(const McpServerConfig::Value &)> &keep)
{
    QList<McpServerConfig::Value> &values = valuesOf(config);
    values.erase(std::remove_if(values.begin(), values.end(),
                     [&](const McpServerConfig::Value &value) { return !value.secret || !keep(value); }),
        values.end());
    return config;
}
} // namespace

McpServersPage::McpServersPage(
    McpServerStore *servers, ApiKeyStore *keys, const McpConnections *connections, QWidget *parent)
    : QWidget(parent)
    , m_servers(servers)
    , m_keys(keys)
    , m_connections(connections)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_status(new QLabel(this))
    , m_grants(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_revoke(new QPushButton(tr("&Revoke \"always allow\""), this))
{
    m_list->setAccessibleName(tr("MCP servers"));
    m_import->setToolTip(tr("Servers from an mcpServers JSON file (Claude Desktop, Cursor, LM Studio)"));
    // A server's error text is the server's: plain.
    for (QLabel *label : {m_grants, m_status, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    auto *intro = new QLabel(tr("The tools of the checked servers are offered to the model; every call "
                                "is shown to you first unless you chose to always allow it. Secret "
                                "values are kept in the keychain."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_remove, m_import})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_notice);
    layout->addWidget(m_status);
    layout->addWidget(m_grants);
    layout->addWidget(m_revoke, 0, Qt::AlignLeft);

    connect(m_list, &QListWidget::currentRowChanged, this, &McpServersPage::showCurrent);
    connect(m_revoke, &QPushButton::clicked, this, [this] {
        if (!currentName().isEmpty()) {
            m_revoked.append(currentName());
            showCurrent();
        }
    });
    connect(m_add, &QPushButton::clicked, this, [this] { openEditor(false); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditor(true); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { openEditor(true); });
    connect(m_remove, &QPushButton::clicked, this, &McpServersPage::confirmRemove);
    connect(m_import, &QPushButton::clicked, this, &McpServersPage::chooseImportFile);
    if (m_connections)
        connect(m_connections, &McpConnections::toolsChanged, this, &McpServersPage::showCurrent);
    fillList(QString());
}

QString McpServersPage::currentName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void McpServersPage::fillList(const QString &current)
{
    // The user's unsaved checks survive the list being filled again.
    QHash<QString, bool> checked;
    for (int row = 0; row < m_list->count(); ++row)
        checked.insert(
            m_list->item(row)->data(Qt::UserRole).toString(), m_list->item(row)->checkState() == Qt::Checked);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int currentRow = m_list->count() ? 0 : -1;
    for (const McpServerConfig &server : m_servers->servers()) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(server.name, server.target()), m_list);
        item->setData(Qt::UserRole, server.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.value(server.name, server.enabled) ? Qt::Checked : Qt::Unchecked);
        if (server.name == current)
            currentRow = m_list->count() - 1;
    }
    m_list->setCurrentRow(currentRow < 0 && m_list->count() ? 0 : currentRow);
    showCurrent();
}

void McpServersPage::showCurrent()
{
    const auto server = m_servers->server(currentName());
    const bool revoked = server && m_revoked.contains(server->name);
    const bool granted
        = server && !revoked && (server->alwaysAllowServer || !server->alwaysAllowedTools.isEmpty());
    m_revoke->setEnabled(granted);
    m_edit->setEnabled(bool(server));
    m_remove->setEnabled(bool(server));
    if (!server) {
        m_status->clear();
        m_grants->setText(m_list->count() ? QString() : tr("No MCP server is set up."));
        return;
    }
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

void McpServersPage::openEditor(bool editing)
{
    const auto existing = editing ? m_servers->server(currentName()) : std::nullopt;
    if (editing && !existing)
        return;
    QStringList names;
    for (const McpServerConfig &server : m_servers->servers())
        names.append(server.name);
    // Not modal to the whole app: the dialog is answered through its signals.
    auto *editor = new McpServerEditor(existing.value_or(McpServerConfig()), editing, names, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, editing] {
        if (editing)
            saveServer(editor->config());
        else
            addServer(editor->config());
    });
    editor->open();
}

bool McpServersPage::fail(const QString &message)
{
    m_notice->setText(message);
    return false;
}

bool McpServersPage::addServer(const McpServerConfig &config)
{
    QString error;
    if (config.hasSecrets() && !m_keys)
        return fail(tr("No keychain: server \"%1\" cannot keep its secrets.").arg(config.name));
    if (m_servers->contains(config.name))
        return fail(tr("There is already an MCP server named \"%1\".").arg(config.name));
    if ((config.hasSecrets() && !McpSecrets::store(m_keys, config, &error))
        || !m_servers->addServer(config.withoutSecretValues(), &error) || !m_servers->sync())
        return fail(error.isEmpty() ? tr("Could not save the settings.") : error);
    m_notice->setText(tr("Added %1.").arg(config.name));
    fillList(config.name);
    return true;
}

bool McpServersPage::saveServer(const McpServerConfig &edited)
{
    const auto old = m_servers->server(edited.name);
    if (!old)
        return fail(tr("There is no MCP server named \"%1\" any more.").arg(edited.name));
    McpServerConfig config = edited;
    config.enabled = old->enabled;
    config.alwaysAllowServer = old->alwaysAllowServer;
    config.alwaysAllowedTools = old->alwaysAllowedTools;
    if (config.hasSecrets() && !m_keys)
        return fail(tr("No keychain: server \"%1\" cannot keep its secrets.").arg(config.name));
    // Typed secrets replace the keychain's; an empty one keeps it; one no longer there goes.
    const McpServerConfig typed
        = withSecrets(config, [](const McpServerConfig::Value &value) { return !value.value.isEmpty(); });
    QStringList kept;
    for (const McpServerConfig::Value &value : valuesOf(config)) {
        if (value.secret)
            kept.append(value.name);
    }
    const McpServerConfig dropped = withSecrets(*old, [&](const McpServerConfig::Value &value) {
        return config.transport != old->transport || !kept.contains(value.name);
    });
    QString error;
    if ((typed.hasSecrets() && !McpSecrets::store(m_keys, typed, &error))
        || !m_servers->updateServer(config.withoutSecretValues(), &error) || !m_servers->sync())
        return fail(error.isEmpty() ? tr("Could not save the settings.") : error);
    if (m_keys && dropped.hasSecrets() && !McpSecrets::remove(m_keys, dropped, &error))
        return fail(error);
    m_notice->setText(tr("Saved %1.").arg(config.name));
    fillList(config.name);
    return true;
}

void McpServersPage::confirmRemove()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove MCP Server"),
        tr("Remove the MCP server \"%1\" and its secrets from the keychain?").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    PlainMessageBox::makePlain(box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, name] { removeServer(name); });
    box->open();
}

bool McpServersPage::removeServer(const QString &name)
{
    const auto config = m_servers->server(name);
    if (!config || !m_servers->removeServer(name) || !m_servers->sync())
        return fail(tr("Could not remove %1.").arg(name));
    m_revoked.removeAll(name);
    QString error;
    if (config->hasSecrets() && m_keys && !McpSecrets::remove(m_keys, *config, &error))
        m_notice->setText(tr("Removed %1, but: %2").arg(name, error));
    else
        m_notice->setText(tr("Removed %1.").arg(name));
    fillList(QString());
    return true;
}

void McpServersPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import MCP Servers"), QString(), tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool McpServersPage::importFile(const QString &path)
{
    const McpConfigImport::Result result = McpConfigImport::parseFile(path);
    if (!result.ok())
        return fail(tr("Nothing imported: %1").arg(result.error));
    QStringList added;
    QStringList problems = result.problems;
    for (const McpServerConfig &config : result.servers) {
        QString error;
        if (m_servers->contains(config.name))
            problems.append(tr("\"%1\": there is already a server of that name").arg(config.name));
        else if (config.hasSecrets() && !m_keys)
            problems.append(tr("\"%1\": no keychain for its secrets").arg(config.name));
        else if ((config.hasSecrets() && !McpSecrets::store(m_keys, config, &error))
            || !m_servers->addServer(config.withoutSecretValues(), &error))
            problems.append(tr("\"%1\": %2").arg(config.name, error));
        else
            added.append(config.name);
    }
    if (!m_servers->sync())
        return fail(tr("Could not save the settings."));
    QString notice = added.isEmpty()
        ? tr("No server imported.")
        : tr("Imported %n server(s): %1.", nullptr, int(added.size())).arg(added.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        notice += QLatin1Char('\n') + tr("Left out: %1").arg(problems.join(QStringLiteral("; ")));
    m_notice->setText(notice);
    fillList(added.isEmpty() ? currentName() : added.first());
    return true;
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
