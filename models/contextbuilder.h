#pragma once

#include "network/chatrequest.h"
#include "settings/contextsettings.h"

#include <QList>

class TranscriptModel;

// What will be sent to the model, and which rows it came from.
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

    ChatRequest toRequest(const QString &model, std::optional<double> temperature = {}) const;
};

// Derives the LLM window from the same TranscriptModel the user sees.
//
// Rules: the system prompt always goes first; rows that failed (State Error), empty rows and
// a reply still streaming are skipped; history is cut only at turn boundaries (a user message
// and the replies after it), oldest turn first, until both the message limit and the token
// budget hold; the newest turn (the current user message) is never dropped.
class ContextBuilder
{
public:
    explicit ContextBuilder(TranscriptModel *model);

    // `pendingUserText`: a message about to be sent but not yet in the model (preview).
    // Loads older rows into the model when the limits allow more than it holds.
    ContextWindow build(const ContextSettings &settings, const QString &pendingUserText = {}) const;
    // build() and mark the window's first row on the model (TranscriptModel::InContextRole).
    ContextWindow buildAndMark(const ContextSettings &settings) const;

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
