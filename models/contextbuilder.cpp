#include "models/contextbuilder.h"

#include "models/conversation.h"
#include "models/toolstep.h"
#include "models/turnattachments.h"

#include <algorithm>
#include <cmath>

namespace {

struct Candidate
{
    qint64 id;
    ChatTurn turn;
};

// Not trimmed().isEmpty(): that copies the text, 1 MB for a long reply, at every build.
bool hasText(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); });
}

bool isSendable(const Message &m)
{
    // Failed replies, empty rows and the reply being written are not part of the conversation;
    // a reply that only asked for tools is (its calls are answered by the tool rows after it).
    if ((m.role != MessageRole::User && m.role != MessageRole::Assistant) || m.state == MessageState::Error
        || m.state == MessageState::Streaming)
        return false;
    if (hasText(m.content) || !m.attachments.isEmpty())
        return true;
    return m.role == MessageRole::Assistant
        && (m.finishReason == QLatin1String("tool_calls") || m.finishReason == QLatin1String("tool_use"));
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
    // Not toUcs4(): that allocates four bytes a character, 4 MB for a 1 MB reply, at every build.
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            ++latin;
            continue;
        }
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate())
            code = QChar::surrogateToUcs4(c, text.at(++i));
        if (isCjk(code))
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

ContextWindow ContextBuilder::build(const ContextSettings &settings, const QString &pendingUserText,
    const ServerTokenCounts *counts, const QList<Attachment> &pendingAttachments) const
{
    const int budget = settings.effectiveBudget();
    const auto calibrated
        = [&](int exact, int raw) { return exact + int(std::lround(raw * settings.tokenRatio)); };
    // A text's cost: the server's count when there is one (exact), else the estimate (raw).
    int exact = 0;
    int raw = 0;
    const auto cost = [](const QString &text, int serverCount, int *exactPart, int *rawPart) {
        if (serverCount >= 0)
            *exactPart += serverCount + PerMessageOverhead;
        else
            *rawPart += estimateTokens(text) + PerMessageOverhead;
    };
    const bool pending = !pendingUserText.isEmpty() || !pendingAttachments.isEmpty();
    int messages = pending ? 1 : 0;
    // Attachments are counted by rule (images) or estimate (documents), never calibrated.
    int attachmentTokens = 0;
    const QList<ChatAttachment> pendingFiles = TurnAttachments::forTurn(pendingAttachments);
    if (!settings.systemPrompt.isEmpty())
        cost(settings.systemPrompt, counts ? counts->systemPrompt : -1, &exact, &raw);
    if (pending) {
        cost(pendingUserText, counts ? counts->pending : -1, &exact, &raw);
        attachmentTokens += TurnAttachments::tokens(settings.provider, pendingFiles);
        exact += attachmentTokens;
    }
    const auto overLimits = [&](int extraMessages, int extraExact, int extraRaw) {
        return (settings.maxMessages > 0 && messages + extraMessages > settings.maxMessages)
            || (budget > 0 && calibrated(exact + extraExact, raw + extraRaw) > budget);
    };

    // Walk back from the newest row one turn (a user message and the replies after it) at a
    // time, until the limits are reached or the loaded rows run out: O(rows sent).
    QList<Candidate> kept; // newest first
    QList<Candidate> turn; // the turn being collected, newest first
    int turnExact = 0;
    int turnRaw = 0;
    int turnAttachments = 0;
    bool full = false;
    // With a pending message, that is the newest turn and every stored turn may be dropped.
    bool mustKeep = !pending;
    const auto closeTurn = [&] {
        if (turn.isEmpty())
            return;
        if (!mustKeep && overLimits(int(turn.size()), turnExact, turnRaw)) {
            full = true;
            return;
        }
        mustKeep = false;
        kept += turn;
        messages += int(turn.size());
        exact += turnExact;
        raw += turnRaw;
        attachmentTokens += turnAttachments;
        turn.clear();
        turnExact = 0;
        turnRaw = 0;
        turnAttachments = 0;
    };
    int row = m_conversation->count() - 1;
    while (!full && row >= 0) {
        const Message &m = m_conversation->messageAt(row--);
        if (!isSendable(m))
            continue;
        ChatTurn chatTurn {m.role, m.content, {}, {}};
        if (ToolStep::isToolStep(m)) {
            const auto step = ToolStep::fromContent(m.content);
            if (!step)
                continue;
            chatTurn = step->toTurn();
        }
        cost(m.content, counts ? counts->messages.value(m.id, -1) : -1, &turnExact, &turnRaw);
        if (!m.attachments.isEmpty()) {
            // Earlier files go again with their turn, for as long as the turn is in the window.
            chatTurn.attachments = TurnAttachments::forTurn(m.attachments);
            const int files = TurnAttachments::tokens(settings.provider, chatTurn.attachments);
            turnExact += files;
            turnAttachments += files;
        }
        turn.append({m.id, chatTurn});
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
    if (pending)
        window.turns << ChatTurn {MessageRole::User, pendingUserText, {}, pendingFiles};
    window.attachmentTokens = attachmentTokens;
    window.firstMessageId = window.messageIds.isEmpty() ? 0 : window.messageIds.first();
    window.rawEstimate = raw;
    window.serverTokens = exact;
    window.estimatedTokens = calibrated(exact, raw);
    window.overBudget = overLimits(0, 0, 0);
    window.contextLength = settings.contextLength;
    window.budget = budget;
    window.replyReserve = settings.replyReserve;
    window.requestContext = settings.requestContext;
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

ContextWindow ContextBuilder::loadAndBuild(Conversation *conversation, const ContextSettings &settings,
    const QString &pendingUserText, const ServerTokenCounts *counts,
    const QList<Attachment> &pendingAttachments)
{
    for (int pages = 1;; pages *= 2) {
        const ContextWindow window
            = ContextBuilder(conversation).build(settings, pendingUserText, counts, pendingAttachments);
        const int before = conversation->count();
        for (int i = 0; window.needsOlderRows && i < pages && conversation->canLoadOlder(); ++i)
            conversation->loadOlder();
        if (conversation->count() == before) // all there, or the store could not give more
            return window;
    }
}
