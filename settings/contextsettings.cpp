#include "settings/contextsettings.h"

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
    if (overrides.contains(TokenRatioKey)) {
        const double ratio = overrides.value(TokenRatioKey).toDouble();
        if (ratio > 0)
            s.tokenRatio = ratio;
    }
    if (overrides.contains(TemperatureKey))
        s.temperature = overrides.value(TemperatureKey).toDouble();
    return s;
}
