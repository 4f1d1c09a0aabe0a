#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

// Limits of the window sent to the model. App-wide defaults, overridden per session
// (SessionInfo::settings, keyed by the names below).
struct ContextSettings
{
    // The per-session keys in SessionInfo::settings (the sessions.settings JSON), named once.
    static constexpr QLatin1String MaxMessagesKey {"maxMessages"};
    static constexpr QLatin1String TokenBudgetKey {"tokenBudget"};
    static constexpr QLatin1String TemperatureKey {"temperature"};
    static constexpr QLatin1String TokenRatioKey {"tokenRatio"};

    QString systemPrompt;
    int maxMessages = 0; // history messages to send at most (system prompt not counted); 0: no limit
    int tokenBudget = 0; // estimated prompt tokens at most, system prompt included; 0: no limit
    double tokenRatio = 1.0; // server-reported / estimated prompt tokens, learnt from usage
    std::optional<double> temperature;

    // `overrides` wins where it has a key.
    static ContextSettings merged(
        const ContextSettings &defaults, const QJsonObject &overrides, const QString &sessionSystemPrompt);
};
