#include "tools/mcpconfigimport.h"

#include "tools/mcpsecrets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
// Reading a settings file bigger than this is a mistake (a wrong file picked).
constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

// Line and column of a byte offset, for a parse error the user can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray &text, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}
} // namespace

McpConfigImport::Result McpConfigImport::parseFile(const QString &path)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.error = tr("%1 is too large for an MCP settings file").arg(path);
        return result;
    }
    result = parse(file.readAll());
    if (!result.ok())
        result.error = QStringLiteral("%1: %2").arg(path, result.error);
    return result;
}

McpConfigImport::Result McpConfigImport::parse(const QByteArray &json)
{
    Result result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto where = lineAndColumn(json, parseError.offset);
        result.error = tr("not valid JSON: %1 at line %2, column %3")
                           .arg(parseError.errorString())
                           .arg(where.first)
                           .arg(where.second);
        return result;
    }
    const QJsonObject root = document.object();
    const QString key = root.contains(QLatin1String("mcpServers")) ? QStringLiteral("mcpServers")
                                                                   : QStringLiteral("servers");
    if (!root.value(key).isObject()) {
        result.error
            = tr("no \"mcpServers\" object: expected {\"mcpServers\": {\"name\": {\"command\": ...}}}");
        return result;
    }
    const QJsonObject servers = root.value(key).toObject();
    for (auto it = servers.begin(); it != servers.end(); ++it) {
        QString problem;
        if (const auto config = parseEntry(it.key(), it.value(), &problem))
            result.servers.append(*config);
        else
            result.problems.append(problem);
    }
    return result;
}

std::optional<McpServerConfig> McpConfigImport::parseEntry(
    const QString &name, const QJsonValue &entry, QString *problem)
{
    if (!entry.isObject()) {
        *problem = tr("\"%1\": not an object").arg(name);
        return std::nullopt;
    }
    const QJsonObject object = entry.toObject();
    McpServerConfig config;
    // Names like "My Files" become "My-Files": the name is also the keychain prefix.
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9._-]+"));
    config.name = QString(name).replace(invalid, QStringLiteral("-"));
    while (config.name.startsWith(QLatin1Char('-')) || config.name.startsWith(QLatin1Char('.'))
        || config.name.startsWith(QLatin1Char('_')))
        config.name.remove(0, 1);
    config.name.truncate(64);
    config.enabled = !object.value(QLatin1String("disabled")).toBool()
        && object.value(QLatin1String("enabled")).toBool(true);

    const QString type = object.value(QLatin1String("type")).toString().toLower();
    const QString url
        = object.value(QLatin1String("url")).toString(object.value(QLatin1String("serverUrl")).toString());
    if (type == QLatin1String("sse")) {
        *problem = tr("\"%1\": uses the older HTTP+SSE transport, which Confab does not speak "
                      "(only stdio and Streamable HTTP)")
                       .arg(name);
        return std::nullopt;
    }
    const auto readValues = [&](const QString &field, QList<McpServerConfig::Value> *values) {
        const QJsonValue raw = object.value(field);
        if (raw.isUndefined() || raw.isNull())
            return true;
        if (!raw.isObject()) {
            *problem = tr("\"%1\": \"%2\" must be an object of names and strings").arg(name, field);
            return false;
        }
        const QJsonObject map = raw.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool()) {
                *problem
                    = tr("\"%1\": the value of \"%2\" in \"%3\" is not a string").arg(name, it.key(), field);
                return false;
            }
            McpServerConfig::Value value;
            value.name = it.key();
            value.value = it.value().toVariant().toString();
            value.secret = McpSecrets::looksSecret(it.key());
            values->append(value);
        }
        return true;
    };

    if (object.contains(QLatin1String("command"))) {
        if (!object.value(QLatin1String("command")).isString()) {
            *problem = tr("\"%1\": \"command\" must be a string").arg(name);
            return std::nullopt;
        }
        config.transport = McpServerConfig::Transport::Stdio;
        config.command = object.value(QLatin1String("command")).toString();
        const QJsonValue args = object.value(QLatin1String("args"));
        if (!args.isUndefined() && !args.isNull() && !args.isArray()) {
            *problem = tr("\"%1\": \"args\" must be a list of strings").arg(name);
            return std::nullopt;
        }
        const QJsonArray argList = args.toArray();
        for (const QJsonValue &arg : argList) {
            if (!arg.isString()) {
                *problem = tr("\"%1\": \"args\" must be a list of strings").arg(name);
                return std::nullopt;
            }
            config.args.append(arg.toString());
        }
        if (!readValues(QStringLiteral("env"), &config.env))
            return std::nullopt;
    } else if (!url.isEmpty()) {
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(url, QUrl::StrictMode);
        if (!readValues(QStringLiteral("headers"), &config.headers))
            return std::nullopt;
    } else {
        *problem = tr("\"%1\": has neither \"command\" nor \"url\"").arg(name);
        return std::nullopt;
    }
    const QString invalidReason = config.validate();
    if (!invalidReason.isEmpty()) {
        *problem = invalidReason;
        return std::nullopt;
    }
    return config;
}
