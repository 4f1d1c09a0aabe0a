#pragma once

#include "models/contextsettings.h"
#include "network/chatrequest.h"

#include <QHash>
#include <QList>

class TranscriptModel;

// Token counts from the server's tokenizer (TokenCounter), without per-message framing.
struct ServerTokenCounts
{
    QHash<qint64, int> messages; // by message id
    int systemPrompt = -1; // -1: not counted
    int pending = -1; // the message about to be sent
};

// What will be sent to the model, and which rows it came from.
struct ContextWindow
{
    QString systemPrompt;
    QList<ChatTurn> turns; // oldest first
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

    // "server" when every message was counted by the server's tokenizer, else "estimate".
    QString tokenSource() const;

    ChatRequest toRequest(const QString &model, std::optional<double> temperature = {}) const;
};

// Derives the LLM window from the same TranscriptModel the user sees.
//
// Rules: the system prompt always goes first; rows that failed (State Error), empty rows and
// a reply still streaming are skipped; history is cut only at turn boundaries (a user message
// and the replies after it), oldest turn first, until both the message limit and the token
// budget hold; the newest turn (the current user message) is never dropped. The token budget
// is ContextSettings::effectiveBudget(): what the server's context leaves after the reply.
class ContextBuilder
{
public:
    explicit ContextBuilder(TranscriptModel *model);

    // `pendingUserText`: a message about to be sent but not yet in the model (preview).
    // Loads older rows into the model when the limits allow more than it holds.
    // Messages with a server count are measured by it, the others estimated.
    ContextWindow build(const ContextSettings &settings, const QString &pendingUserText = {},
        const ServerTokenCounts *counts = nullptr) const;
    // build() and mark the window's first row on the model (TranscriptModel::InContextRole).
    ContextWindow buildAndMark(
        const ContextSettings &settings, const ServerTokenCounts *counts = nullptr) const;

    // Rough token count: about 4 characters a token for Latin script, 1 for CJK, plus
    // a few tokens of per-message framing.
    static int estimateTokens(const QString &text);
    static constexpr int PerMessageOverhead = 4;
    // New ratio after a request whose raw estimate was `estimated` was reported as `reported`
    // prompt tokens; smoothed so one odd reply does not swing it.
    static double calibrate(double oldRatio, int estimated, int reported);

private:
    TranscriptModel *m_model;
};
