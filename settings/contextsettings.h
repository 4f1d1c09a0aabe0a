#pragma once

#include "network/contextlimits.h"
#include "network/providerprofile.h"

#include <QJsonObject>
#include <QString>
#include <optional>

// Limits given on a command line (confab-cli --max-messages, --token-budget, --context-length):
// they win over the session's and the app's.
struct ContextOverrides
{
    std::optional<int> maxMessages;
    std::optional<int> tokenBudget;
    std::optional<int> contextLength;
};

// Limits of the window sent to the model. App-wide defaults, overridden per session
// (SessionInfo::settings, keyed by the names below), then by the command line; the server's
// context comes last, unless one of them overrides it.
struct ContextSettings
{
    // The per-session keys in SessionInfo::settings (the sessions.settings JSON), named once.
    static constexpr QLatin1String MaxMessagesKey {"maxMessages"};
    static constexpr QLatin1String TokenBudgetKey {"tokenBudget"};
    static constexpr QLatin1String ContextLengthKey {"contextLength"};
    static constexpr QLatin1String TemperatureKey {"temperature"};
    static constexpr QLatin1String TokenRatioKey {"tokenRatio"};

    QString systemPrompt;
    int maxMessages = 0; // history messages to send at most (system prompt not counted); 0: no limit
    int tokenBudget = 0; // the user's cap on prompt tokens, system prompt included; 0: no limit
    int contextOverride = 0; // context length set by the user (app, chat or CLI); 0: the server's
    double tokenRatio = 1.0; // server-reported / estimated prompt tokens, learnt from usage
    std::optional<double> temperature;

    // Resolved by resolve() from the server's limits and contextOverride.
    int contextLength = 0; // the model's context in tokens; 0: unknown
    int replyReserve = 0; // kept for the reply and sent as its max_tokens; 0: provider default
    int requestContext = 0; // Ollama native: sent as options.num_ctx; 0: not sent
    QString contextSource; // "override" or where the server's figure came from
    // Whose rule counts an image's tokens (AttachmentEncoder::imageTokens); set by ChatController.
    ProviderKind provider = ProviderKind::OpenAICompatible;

    // The prompt's room: contextLength - replyReserve - margin() when the context is known,
    // at most tokenBudget when that is set; 0: no limit.
    int effectiveBudget() const;
    // A few tokens for what no estimate sees (the chat template's framing).
    int margin() const;
    // Tokens kept for the reply in a context of `context` tokens whose model writes at most
    // `maxOutput` (0: unknown): a quarter of the context, at most 4096.
    static int defaultReserve(int context, int maxOutput);

    // `overrides` wins where it has a key.
    static ContextSettings merged(
        const ContextSettings &defaults, const QJsonObject &overrides, const QString &sessionSystemPrompt);
    // The one order of precedence, used by the app, `confab-cli context` and `send`:
    // app defaults < session settings < command line; then the context length (the user's
    // override, else the server's) and the reserve for the reply.
    static ContextSettings resolve(const ContextSettings &app, const QJsonObject &session,
        const QString &sessionSystemPrompt, const ContextOverrides &cli, const ContextLimits &server);
};
