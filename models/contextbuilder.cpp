#include "models/contextbuilder.h"

#include "models/conversation.h"

#include <cmath>

namespace {

struct Candidate
{
    qint64 id;
    ChatTurn turn;
    int tokens;
};

bool isSendable(const Message &m)
{
    // Failed replies, empty rows and the reply being written are not part of the conversation.
    return (m.role == MessageRole::User || m.role == MessageRole::Assistant) && m.state != MessageState::Error
        && m.state != MessageState::Streaming && !m.content.trimmed().isEmpty();
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FFFF);
}

} // namespace

ContextBuilder::ContextBuilder(const Conversation *conversation)
    : m_conversation(conversation)
{ }

int ContextBuilder::estimateTokens(const QString &text)
{
    int latin = 0;
    int cjk = 0;
    int other = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80)
            ++latin;
        else if (isCjk(c))
            ++cjk;
        else
            ++other;
    }
    return (latin + 3) / 4 + cjk + (other + 1) / 2;
}

double ContextBuilder::calibrate(double oldRatio, int estimated, int reported)
{
    if (estimated <= 0 || reported <= 0)
        return oldRatio;
    const double measured = qBound(0.25, double(reported) / estimated, 4.0);
    return 0.3 * oldRatio + 0.7 * measured;
}

ContextWindow ContextBuilder::build(const ContextSettings &settings, const QString &pendingUserText) const
{
    const auto calibrated = [&](int raw) { return int(std::lround(raw * settings.tokenRatio)); };
    int messages = pendingUserText.isEmpty() ? 0 : 1;
    int raw
        = (settings.systemPrompt.isEmpty() ? 0 : estimateTokens(settings.systemPrompt) + PerMessageOverhead)
        + (pendingUserText.isEmpty() ? 0 : estimateTokens(pendingUserText) + PerMessageOverhead);
    const auto overLimits = [&](int extraMessages, int extraTokens) {
        return (settings.maxMessages > 0 && messages + extraMessages > settings.maxMessages)
            || (settings.tokenBudget > 0 && calibrated(raw + extraTokens) > settings.tokenBudget);
    };

    // Walk back from the newest row one turn (a user message and the replies after it) at a
    // time, until the limits are reached or the loaded rows run out: O(rows sent).
    QList<Candidate> kept; // newest first
    QList<Candidate> turn; // the turn being collected, newest first
    int turnTokens = 0;
    bool full = false;
    // With a pending message, that is the newest turn and every stored turn may be dropped.
    bool mustKeep = pendingUserText.isEmpty();
    const auto closeTurn = [&] {
        if (turn.isEmpty())
            return;
        if (!mustKeep && overLimits(int(turn.size()), turnTokens)) {
            full = true;
            return;
        }
        mustKeep = false;
        kept += turn;
        messages += int(turn.size());
        raw += turnTokens;
        turn.clear();
        turnTokens = 0;
    };
    int row = m_conversation->count() - 1;
    while (!full && row >= 0) {
        const Message &m = m_conversation->messageAt(row--);
        if (!isSendable(m))
            continue;
        const int tokens = estimateTokens(m.content) + PerMessageOverhead;
        turn.append({m.id, {m.role, m.content}, tokens});
        turnTokens += tokens;
        if (m.role == MessageRole::User)
            closeTurn();
    }
    if (!full)
        closeTurn(); // replies before the first user message of the branch

    ContextWindow window;
    window.systemPrompt = settings.systemPrompt;
    for (auto it = kept.crbegin(); it != kept.crend(); ++it) {
        window.turns << it->turn;
        window.messageIds << it->id;
    }
    if (!pendingUserText.isEmpty())
        window.turns << ChatTurn {MessageRole::User, pendingUserText};
    window.firstMessageId = window.messageIds.isEmpty() ? 0 : window.messageIds.first();
    window.rawEstimate = raw;
    window.estimatedTokens = calibrated(raw);
    window.overBudget = overLimits(0, 0);
    const int firstRow
        = window.firstMessageId ? m_conversation->rowOfId(window.firstMessageId) : m_conversation->count();
    for (int r = 0; r < firstRow; ++r) {
        if (isSendable(m_conversation->messageAt(r)))
            ++window.droppedMessages;
    }
    window.olderNotLoaded = m_conversation->canLoadOlder();
    window.needsOlderRows = !full && window.olderNotLoaded;
    return window;
}

ContextWindow ContextBuilder::loadAndBuild(
    Conversation *conversation, const ContextSettings &settings, const QString &pendingUserText)
{
    for (int pages = 1;; pages *= 2) {
        const ContextWindow window = ContextBuilder(conversation).build(settings, pendingUserText);
        const int before = conversation->count();
        for (int i = 0; window.needsOlderRows && i < pages && conversation->canLoadOlder(); ++i)
            conversation->loadOlder();
        if (conversation->count() == before) // all there, or the store could not give more
            return window;
    }
}
