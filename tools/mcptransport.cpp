#include "tools/mcptransport.h"

#include "tools/mcphttptransport.h"
#include "tools/mcpserverconfig.h"
#include "tools/mcpstdiotransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcessEnvironment>

std::unique_ptr<McpTransport> McpTransport::create(const McpServerConfig &config, QNetworkAccessManager *nam)
{
    if (config.transport == McpServerConfig::Transport::Http) {
        QList<QPair<QByteArray, QByteArray>> headers;
        for (const McpServerConfig::Value &header : config.headers)
            headers.append({header.name.toUtf8(), header.value.toUtf8()});
        return std::make_unique<McpHttpTransport>(nam, config.url, headers);
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const McpServerConfig::Value &variable : config.env)
        environment.insert(variable.name, variable.value);
    return std::make_unique<McpStdioTransport>(config.command, config.args, environment);
}

std::optional<QList<QJsonObject>> McpTransport::parseMessages(const QByteArray &bytes, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const auto excerpt = [&bytes] { return QString::fromUtf8(bytes.left(120)).simplified(); };
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate(
            "McpTransport", "the server sent text that is not JSON (%1 at byte %2): %3")
                     .arg(parseError.errorString())
                     .arg(parseError.offset)
                     .arg(excerpt());
        return std::nullopt;
    }
    QList<QJsonObject> messages;
    if (document.isObject()) {
        messages.append(document.object());
    } else {
        const QJsonArray batch = document.array();
        for (const QJsonValue &value : batch)
            messages.append(value.toObject());
    }
    for (const QJsonObject &message : qAsConst(messages)) {
        if (message.value(QLatin1String("jsonrpc")).toString() != QLatin1String("2.0")) {
            *error = QCoreApplication::translate(
                "McpTransport", "the server sent JSON that is not JSON-RPC 2.0: %1")
                         .arg(excerpt());
            return std::nullopt;
        }
    }
    return messages;
}

QString McpTransport::tooLargeMessage() const
{
    return QCoreApplication::translate("McpTransport",
        "the server sent a message larger than %1, the most Confab accepts from an MCP server")
        .arg(QLocale::c().formattedDataSize(m_maxMessageBytes, 0));
}
