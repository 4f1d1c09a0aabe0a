#pragma once

#include "tools/mcpserverconfig.h"

#include <QCoreApplication>
#include <optional>

class ApiKeyStore;

// The secret values of MCP servers (env vars and headers marked secret), in the OS keychain
// through ApiKeyStore, one entry per value (McpServerConfig::secretKey). Blocking, for
// confab-cli and for setting a server up; they run a local event loop.
class McpSecrets
{
    Q_DECLARE_TR_FUNCTIONS(McpSecrets)
public:
    // Writes every secret value of `config`. False (and `error`) at the first that fails;
    // an empty secret value is an error too (nothing could be read back).
    static bool store(ApiKeyStore *keys, const McpServerConfig &config, QString *error);
    // `config` with its secret values read back, ready for McpTransport::create().
    static std::optional<McpServerConfig> resolve(
        ApiKeyStore *keys, const McpServerConfig &config, QString *error);
    // Deletes the entries (a missing one is fine).
    static bool remove(ApiKeyStore *keys, const McpServerConfig &config, QString *error);
    // Names that usually hold credentials (API_KEY, GITHUB_TOKEN, Authorization...): an
    // import keeps their values in the keychain.
    static bool looksSecret(const QString &name);
};
