#include "tools/mcpsecrets.h"

#include "settings/apikeystore.h"

#include <QRegularExpression>

namespace {
QList<McpServerConfig::Value> secretsOf(const McpServerConfig &config)
{
    QList<McpServerConfig::Value> secrets;
    const QList<McpServerConfig::Value> &values
        = config.transport == McpServerConfig::Transport::Stdio ? config.env : config.headers;
    for (const McpServerConfig::Value &value : values) {
        if (value.secret)
            secrets.append(value);
    }
    return secrets;
}
} // namespace

bool McpSecrets::store(ApiKeyStore *keys, const McpServerConfig &config, QString *error)
{
    for (const McpServerConfig::Value &value : secretsOf(config)) {
        if (value.value.isEmpty()) {
            *error = tr("the secret \"%1\" of MCP server \"%2\" has no value").arg(value.name, config.name);
            return false;
        }
        QString message;
        if (!keys->writeKeyBlocking(config.secretKey(value), value.value, &message)) {
            *error = tr("could not keep the secret \"%1\" of MCP server \"%2\" in the keychain: %3")
                         .arg(value.name, config.name, message);
            return false;
        }
    }
    return true;
}

std::optional<McpServerConfig> McpSecrets::resolve(
    ApiKeyStore *keys, const McpServerConfig &config, QString *error)
{
    McpServerConfig resolved = config;
    QList<McpServerConfig::Value> &values
        = resolved.transport == McpServerConfig::Transport::Stdio ? resolved.env : resolved.headers;
    for (McpServerConfig::Value &value : values) {
        if (!value.secret)
            continue;
        QString message;
        ApiKeyStore::Error code = ApiKeyStore::Error::NoError;
        const auto secret = keys->readKeyBlocking(config.secretKey(value), &message, 10000, &code);
        if (!secret) {
            *error = code == ApiKeyStore::Error::NotFound
                ? tr("the secret \"%1\" of MCP server \"%2\" is not in the keychain; add the server again")
                      .arg(value.name, config.name)
                : tr("could not read the secret \"%1\" of MCP server \"%2\": %3")
                      .arg(value.name, config.name, message);
            return std::nullopt;
        }
        value.value = *secret;
    }
    return resolved;
}

bool McpSecrets::remove(ApiKeyStore *keys, const McpServerConfig &config, QString *error)
{
    for (const McpServerConfig::Value &value : secretsOf(config)) {
        QString message;
        if (!keys->deleteKeyBlocking(config.secretKey(value), &message)) {
            *error = tr("could not delete the secret \"%1\" of MCP server \"%2\" from the keychain: %3")
                         .arg(value.name, config.name, message);
            return false;
        }
    }
    return true;
}

bool McpSecrets::looksSecret(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH|COOKIE|SESSION|PAT$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}
