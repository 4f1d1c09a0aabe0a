#pragma once

#include "models/contextwindow.h"
#include "settings/contextsettings.h"
#include "storage/attachment.h"

#include <QHash>

class Conversation;

// Token counts from the server's tokenizer (TokenCounter), without per-message framing: an
// input of build(), looked up or asked for by its caller (ChatController).
struct ServerTokenCounts
{
    QHash<qint64, int> messages; // by message id
    int systemPrompt = -1; // -1: not counted
    int pending = -1; // the message about to be sent
};

// Derives the LLM window from the same Conversation the user sees.
//
// Rules: the system prompt always goes first; rows that failed (State Error), empty rows and
// a reply still streaming are skipped; history is cut only at turn boundaries (a user message
// and the replies after it), oldest turn first, until both the message limit and the token
// budget hold; the newest turn (the current user message) is never dropped. The token budget
// is ContextSettings::effectiveBudget(): what the server's context leaves after the reply.
class ContextBuilder
{
public:
    explicit ContextBuilder(const Conversation *conversation);

    // The window from the rows the conversation holds; changes nothing. `pendingUserText`: a message
    // about to be sent but not yet in the model (preview), with `pendingAttachments` (previews
    // of a message with files). Messages with a server count in `counts` are measured by it,
    // the others estimated. When the limits leave room for rows not loaded yet, the window
    // says so (needsOlderRows) and the caller loads them.
    ContextWindow build(const ContextSettings &settings, const QString &pendingUserText = {},
        const ServerTokenCounts *counts = nullptr, const QList<Attachment> &pendingAttachments = {}) const;
    // The caller's side: loads older pages of `conversation` while build() has room for them
    // (doubling the pages each round, so a long chat costs a few builds, not one per page),
    // then returns the final window.
    static ContextWindow loadAndBuild(Conversation *conversation, const ContextSettings &settings,
        const QString &pendingUserText = {}, const ServerTokenCounts *counts = nullptr,
        const QList<Attachment> &pendingAttachments = {});

    // Rough token count: about 4 characters a token for Latin script, 1 for CJK, plus
    // a few tokens of per-message framing.
    static int estimateTokens(const QString &text);
    static constexpr int PerMessageOverhead = 4;
    // New ratio after a request whose raw estimate was `estimated` was reported as `reported`
    // prompt tokens; smoothed so one odd reply does not swing it.
    static double calibrate(double oldRatio, int estimated, int reported);

private:
    const Conversation *m_conversation;
};
