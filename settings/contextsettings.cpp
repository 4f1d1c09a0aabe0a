#include "settings/contextsettings.h"

ContextSettings ContextSettings::merged(
    const ContextSettings &defaults, const QJsonObject &overrides, const QString &sessionSystemPrompt)
{
    ContextSettings s = defaults;
    if (!sessionSystemPrompt.isEmpty())
        s.systemPrompt = sessionSystemPrompt;
    if (overrides.contains(QLatin1String("maxMessages")))
        s.maxMessages = qMax(0, overrides.value(QLatin1String("maxMessages")).toInt());
    if (overrides.contains(QLatin1String("tokenBudget")))
        s.tokenBudget = qMax(0, overrides.value(QLatin1String("tokenBudget")).toInt());
    if (overrides.contains(QLatin1String("tokenRatio"))) {
        const double ratio = overrides.value(QLatin1String("tokenRatio")).toDouble();
        if (ratio > 0)
            s.tokenRatio = ratio;
    }
    if (overrides.contains(QLatin1String("temperature")))
        s.temperature = overrides.value(QLatin1String("temperature")).toDouble();
    return s;
}
