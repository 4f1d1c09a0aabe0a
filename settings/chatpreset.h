#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

struct SessionInfo;

// An assistant: a named system prompt with the provider, model and limits a chat started from
// it gets. Everything but the name is optional (empty: the app's default).
struct ChatPreset
{
    QString name;
    QString systemPrompt;
    QString profileId; // provider profile id; empty: the default profile
    QString model; // empty: the profile's model
    // The per-chat knobs, keyed as SessionInfo::settings is (ContextSettings::TemperatureKey,
    // MaxMessagesKey, TokenBudgetKey, ContextLengthKey): copied into the new chat.
    QJsonObject settings;

    // What a new chat started from this preset holds.
    void applyTo(SessionInfo *session) const;
    QJsonObject toJson() const;
    // Nullopt and `error` set when the object is not a preset (no name, wrong types).
    static std::optional<ChatPreset> fromJson(const QJsonObject &json, QString *error);
};
