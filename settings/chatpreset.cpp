#include "settings/chatpreset.h"

#include "settings/contextsettings.h"
#include "storage/sessioninfo.h"

#include <QCoreApplication>

namespace {
const QLatin1String NameKey {"name"};
const QLatin1String SystemPromptKey {"systemPrompt"};
const QLatin1String ProfileKey {"profile"};
const QLatin1String ModelKey {"model"};
const QLatin1String SettingsKey {"settings"};
} // namespace

void ChatPreset::applyTo(SessionInfo *session) const
{
    session->systemPrompt = systemPrompt;
    session->provider = profileId;
    session->model = model;
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        session->settings.insert(it.key(), it.value());
}

QJsonObject ChatPreset::toJson() const
{
    QJsonObject json {{NameKey, name}};
    if (!systemPrompt.isEmpty())
        json.insert(SystemPromptKey, systemPrompt);
    if (!profileId.isEmpty())
        json.insert(ProfileKey, profileId);
    if (!model.isEmpty())
        json.insert(ModelKey, model);
    if (!settings.isEmpty())
        json.insert(SettingsKey, settings);
    return json;
}

std::optional<ChatPreset> ChatPreset::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        *error = why;
        return std::nullopt;
    };
    ChatPreset preset;
    preset.name = json.value(NameKey).toString().trimmed();
    if (preset.name.isEmpty())
        return fail(QCoreApplication::translate("ChatPreset", "a preset has no name"));
    for (const QLatin1String key : {SystemPromptKey, ProfileKey, ModelKey}) {
        if (json.contains(key) && !json.value(key).isString())
            return fail(QCoreApplication::translate("ChatPreset", "preset \"%1\": \"%2\" is not text")
                            .arg(preset.name, key));
    }
    if (json.contains(SettingsKey) && !json.value(SettingsKey).isObject())
        return fail(QCoreApplication::translate("ChatPreset", "preset \"%1\": \"settings\" is not an object")
                        .arg(preset.name));
    preset.systemPrompt = json.value(SystemPromptKey).toString();
    preset.profileId = json.value(ProfileKey).toString();
    preset.model = json.value(ModelKey).toString();
    // Only the knobs a chat has, and only numbers: nothing else is carried into a session.
    const QJsonObject settings = json.value(SettingsKey).toObject();
    for (const QLatin1String key : {ContextSettings::TemperatureKey, ContextSettings::MaxMessagesKey,
             ContextSettings::TokenBudgetKey, ContextSettings::ContextLengthKey}) {
        if (!settings.contains(key))
            continue;
        const double value = settings.value(key).toDouble(-1);
        if (!settings.value(key).isDouble() || value < 0)
            return fail(QCoreApplication::translate("ChatPreset", "preset \"%1\": \"%2\" is not a number ≥ 0")
                            .arg(preset.name, key));
        preset.settings.insert(
            key, key == ContextSettings::TemperatureKey ? QJsonValue(value) : QJsonValue(int(value)));
    }
    return preset;
}
