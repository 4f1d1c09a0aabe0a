#pragma once

#include "network/chatattachment.h"
#include "network/streamoutcome.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>

// One message as sent to a provider.
struct ChatTurn
{
    QString role; // "user", "assistant", or "tool": the result of `toolCall`, which the model asked for
    QString content;
    ToolCall toolCall; // role "tool" only
    QList<ChatAttachment> attachments; // user turns: images and documents (AttachmentEncoder)
    bool operator==(const ChatTurn &other) const
    {
        return role == other.role && content == other.content && toolCall.id == other.toolCall.id;
    }
};

// Everything a provider client needs to send one request. Built by ContextBuilder
// from the transcript, so it is exactly what the UI marks as "in context".
struct ChatRequest
{
    QString model;
    QString systemPrompt; // sent the way each protocol wants (a system message, "system", systemInstruction)
    QList<ChatTurn> messages; // oldest first; the last one is the user's new message
    std::optional<double> temperature;
    // Function declarations the model may call (OpenAI "tools" form); empty: none offered.
    QJsonArray tools;
    int maxTokens = 0; // 0: provider default (Anthropic requires one; its client picks a default)
    int contextLength = 0; // Ollama native: options.num_ctx, so it does not cut at its default; 0: unset
};
