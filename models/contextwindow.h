#pragma once

#include "network/chatrequest.h"

#include <QList>
#include <optional>

// What will be sent to the model, and which rows it came from (ContextBuilder).
struct ContextWindow
{
    QString systemPrompt;
    QList<ChatTurn> turns; // oldest first
    QList<qint64> messageIds; // the transcript rows in `turns` (a pending message has none)
    qint64 firstMessageId = 0; // where the UI draws the "context starts here" marker
    int estimatedTokens = 0; // prompt estimate, calibrated by tokenRatio
    int rawEstimate = 0; // before calibration; what calibrate() compares usage with
    int droppedMessages = 0; // older loaded rows of the branch left out by the limits
    bool olderNotLoaded = false; // the branch has even older rows (not loaded, not sent)
    bool overBudget = false; // the newest turn alone is over the limits; sent anyway
    // The limits left room for rows older than those loaded: load them and build again
    // (ContextBuilder::loadAndBuild). The window is then not final.
    bool needsOlderRows = false;

    ChatRequest toRequest(const QString &model, std::optional<double> temperature = {}) const;
};
