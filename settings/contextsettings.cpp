#include "settings/contextsettings.h"

#include <algorithm>

ContextSettings ContextSettings::merged(
    const ContextSettings &defaults, const QJsonObject &overrides, const QString &sessionSystemPrompt)
{
    ContextSettings s = defaults;
    if (!sessionSystemPrompt.isEmpty())
        s.systemPrompt = sessionSystemPrompt;
    if (overrides.contains(MaxMessagesKey))
        s.maxMessages = qMax(0, overrides.value(MaxMessagesKey).toInt());
    if (overrides.contains(TokenBudgetKey))
        s.tokenBudget = qMax(0, overrides.value(TokenBudgetKey).toInt());
    if (overrides.contains(ContextLengthKey))
        s.contextOverride = qMax(0, overrides.value(ContextLengthKey).toInt());
    if (overrides.contains(TokenRatioKey)) {
        const double ratio = overrides.value(TokenRatioKey).toDouble();
        if (ratio > 0)
            s.tokenRatio = ratio;
    }
    if (overrides.contains(TemperatureKey))
        s.temperature = overrides.value(TemperatureKey).toDouble();
    return s;
}

ContextSettings ContextSettings::resolve(const ContextSettings &app, const QJsonObject &session,
    const QString &sessionSystemPrompt, const ContextOverrides &cli, const ContextLimits &server)
{
    ContextSettings s = merged(app, session, sessionSystemPrompt);
    if (cli.maxMessages)
        s.maxMessages = qMax(0, *cli.maxMessages);
    if (cli.tokenBudget)
        s.tokenBudget = qMax(0, *cli.tokenBudget);
    if (cli.contextLength)
        s.contextOverride = qMax(0, *cli.contextLength);

    s.contextLength = s.contextOverride > 0 ? s.contextOverride : server.contextLength;
    s.contextSource = s.contextOverride > 0 ? QStringLiteral("override") : server.source;
    s.replyReserve = 0;
    s.requestContext = 0;
    if (s.contextLength > 0) {
        // Gemini's limit is the prompt's alone; its reply is capped by maxOutput, not our room.
        s.replyReserve = server.replyOutside && s.contextOverride == 0
            ? 0
            : defaultReserve(s.contextLength, server.maxOutput);
        if (server.requestsContext)
            s.requestContext = s.contextLength;
    }
    return s;
}

int ContextSettings::defaultReserve(int context, int maxOutput)
{
    int reserve = std::min(context / 4, 4096);
    if (maxOutput > 0)
        reserve = std::min(reserve, maxOutput);
    return std::max(reserve, 1);
}

int ContextSettings::margin() const
{
    return contextLength > 0 ? std::clamp(contextLength / 32, 4, 256) : 0;
}

int ContextSettings::effectiveBudget() const
{
    if (contextLength <= 0)
        return tokenBudget;
    const int room = std::max(1, contextLength - replyReserve - margin());
    return tokenBudget > 0 ? std::min(tokenBudget, room) : room;
}
