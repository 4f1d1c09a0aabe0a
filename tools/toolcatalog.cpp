#include "tools/toolcatalog.h"

#include "tools/mcpclient.h"

#include <QRegularExpression>
#include <QSet>

namespace {
constexpr int MaxNameLength = 64;
} // namespace

QString ToolCatalog::offeredName(const QString &server, const QString &tool)
{
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_-]"));
    QString name = server + QStringLiteral("__") + tool;
    name.replace(invalid, QStringLiteral("_"));
    name.truncate(MaxNameLength);
    return name;
}

void ToolCatalog::addServer(const QString &server, McpClient *client)
{
    removeServer(server);
    m_servers.append({server, client});
}

void ToolCatalog::removeServer(const QString &server)
{
    for (qsizetype i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).first == server) {
            m_servers.removeAt(i);
            return;
        }
    }
}

QList<ToolCatalog::Entry> ToolCatalog::entries() const
{
    QList<Entry> entries;
    QSet<QString> taken;
    for (const auto &server : m_servers) {
        McpClient *client = server.second;
        if (!client || client->state() != McpClient::State::Ready
            || (m_filter && !m_filter->contains(server.first)))
            continue;
        const QList<McpTool> tools = client->tools();
        for (const McpTool &tool : tools) {
            QString name = offeredName(server.first, tool.name);
            // Cut or cleaned names may meet: number the later ones.
            for (int n = 2; taken.contains(name); ++n) {
                const QString suffix = QStringLiteral("_%1").arg(n);
                name = offeredName(server.first, tool.name).left(MaxNameLength - suffix.size()) + suffix;
            }
            taken.insert(name);
            entries.append({name, server.first, tool, client});
        }
    }
    return entries;
}

std::optional<ToolCatalog::Entry> ToolCatalog::find(const QString &name) const
{
    const QList<Entry> all = entries();
    for (const Entry &entry : all) {
        if (entry.name == name)
            return entry;
    }
    return std::nullopt;
}

QJsonArray ToolCatalog::openAiTools() const
{
    QJsonArray tools;
    const QList<Entry> all = entries();
    for (const Entry &entry : all) {
        QJsonObject parameters = entry.tool.inputSchema;
        if (parameters.isEmpty())
            parameters = {{QStringLiteral("type"), QStringLiteral("object")}};
        QString description = entry.tool.description;
        if (!entry.tool.title.isEmpty() && !description.startsWith(entry.tool.title))
            description = entry.tool.title + QStringLiteral(": ") + description;
        tools.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
                QJsonObject {{QStringLiteral("name"), entry.name},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("parameters"), parameters}}}});
    }
    return tools;
}
