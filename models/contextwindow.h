#pragma once

#include "network/chatrequest.h"

#include <QList>
#include <optional>

// What will be sent to the model, and which rows it came from (ContextBuilder).
struct ContextWindow
{
    QString systemPrompt;
    QList<ChatTurn> turns; // oldest first; attachments without their data (TurnAttachments::loadData)
    QList<qint64> messageIds; // the transcript rows in `turns` (a pending message has none)
    qint64 firstMessageId = 0; // where the UI draws the "context starts here" marker
    int estimatedTokens = 0; // prompt size: server counts plus the estimate (calibrated by tokenRatio)
    int rawEstimate = 0; // the part not counted by the server, before calibration (for calibrate())
    int serverTokens = 0; // the part counted by the server's tokenizer
    int contextLength = 0; // the model's context (ContextSettings::contextLength); 0: unknown
    int budget = 0; // the prompt's room (ContextSettings::effectiveBudget()); 0: no limit
    int replyReserve = 0; // kept for the reply, sent as max_tokens
    int requestContext = 0; // Ollama: sent as num_ctx
    int droppedMessages = 0; // older loaded rows of the branch left out by the limits
    bool olderNotLoaded = false; // the branch has even older rows (not loaded, not sent)
    bool overBudget = false; // the newest turn alone is over the limits; sent anyway
    // The limits left room for rows older than those loaded: load them and build again
    // (ContextBuilder::loadAndBuild). The window is then not final.
    bool needsOlderRows = false;

    int attachmentTokens = 0; // of the attachments in `turns`, included in estimatedTokens
    // The attachments the request carries, oldest first (what the UI lists).
    QList<ChatAttachment> attachments() const;

    // "server" when every message was counted by the server's tokenizer, else "estimate".
    QString tokenSource() const;

    ChatRequest toRequest(const QString &model, std::optional<double> temperature = {}) const;
};
