#include "tools/mcptool.h"

std::optional<McpTool> McpTool::fromJson(const QJsonObject &tool)
{
    McpTool parsed;
    parsed.name = tool.value(QLatin1String("name")).toString();
    if (parsed.name.isEmpty())
        return std::nullopt;
    parsed.title = tool.value(QLatin1String("title")).toString();
    parsed.description = tool.value(QLatin1String("description")).toString();
    parsed.inputSchema = tool.value(QLatin1String("inputSchema")).toObject();
    parsed.annotations = tool.value(QLatin1String("annotations")).toObject();
    if (parsed.title.isEmpty())
        parsed.title = parsed.annotations.value(QLatin1String("title")).toString();
    return parsed;
}

QJsonObject McpTool::toJson() const
{
    QJsonObject tool {{QStringLiteral("name"), name}, {QStringLiteral("description"), description},
        {QStringLiteral("inputSchema"), inputSchema}};
    if (!title.isEmpty())
        tool.insert(QStringLiteral("title"), title);
    if (!annotations.isEmpty())
        tool.insert(QStringLiteral("annotations"), annotations);
    return tool;
}
