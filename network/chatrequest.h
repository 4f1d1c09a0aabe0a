#pragma once

#include <QList>
#include <QString>
#include <optional>

// One message as sent to a provider.
struct ChatTurn
{
    QString role; // "user" or "assistant"
    QString content;
    bool operator==(const ChatTurn &other) const { return role == other.role && content == other.content; }
};

// Everything a provider client needs to send one request. Built by ContextBuilder
// from the transcript, so it is exactly what the UI marks as "in context".
struct ChatRequest
{
    QString model;
    QString systemPrompt; // sent the way each protocol wants (a system message, "system", systemInstruction)
    QList<ChatTurn> messages; // oldest first; the last one is the user's new message
    std::optional<double> temperature;
    int maxTokens = 0; // 0: provider default (Anthropic requires one; its client picks a default)
    int contextLength = 0; // Ollama native: options.num_ctx, so it does not cut at its default; 0: unset
};
