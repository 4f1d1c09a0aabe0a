#include "tools/mcptoolresult.h"

#include <QLocale>

McpToolResult McpToolResult::fromJson(const QJsonObject &result)
{
    McpToolResult parsed;
    parsed.content = result.value(QLatin1String("content")).toArray();
    parsed.structuredContent = result.value(QLatin1String("structuredContent")).toObject();
    parsed.isError = result.value(QLatin1String("isError")).toBool();
    return parsed;
}

QString McpToolResult::text() const
{
    QStringList parts;
    for (const QJsonValue &value : content) {
        const QJsonObject block = value.toObject();
        const QString type = block.value(QLatin1String("type")).toString();
        if (type == QLatin1String("text")) {
            parts.append(block.value(QLatin1String("text")).toString());
        } else if (type == QLatin1String("resource_link")) {
            parts.append(QStringLiteral("[%1 %2]").arg(type, block.value(QLatin1String("uri")).toString()));
        } else if (type == QLatin1String("resource")) {
            const QJsonObject resource = block.value(QLatin1String("resource")).toObject();
            if (resource.contains(QLatin1String("text")))
                parts.append(resource.value(QLatin1String("text")).toString());
            else
                parts.append(
                    QStringLiteral("[resource %1]").arg(resource.value(QLatin1String("uri")).toString()));
        } else {
            // image, audio: base64 data; 3 bytes for every 4 characters.
            const qint64 bytes = block.value(QLatin1String("data")).toString().size() * 3 / 4;
            parts.append(QStringLiteral("[%1 %2, %3]")
                             .arg(type, block.value(QLatin1String("mimeType")).toString(),
                                 QLocale::c().formattedDataSize(bytes)));
        }
    }
    return parts.join(QLatin1Char('\n'));
}
