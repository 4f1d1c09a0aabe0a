#include "models/contextbuilder.h"

#include "models/transcriptmodel.h"

#include <QSet>

#include <cmath>

namespace {

struct Candidate {
    qint64 id;
    ChatTurn turn;
    int tokens;
};

bool isSendable(const Message &m)
{
    // Failed replies, empty rows and the reply being written are not part of the conversation.
    return (m.role == QLatin1String("user") || m.role == QLatin1String("assistant"))
        && m.state != MessageState::Error && m.state != MessageState::Streaming && !m.content.trimmed().isEmpty();
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FFFF);
}

} // namespace

ChatRequest ContextWindow::toRequest(const QString &model, std::optional<double> temperature) const
{
    ChatRequest request;
    request.model = model;
    request.systemPrompt = systemPrompt;
    request.messages = turns;
    request.temperature = temperature;
    return request;
}

ContextBuilder::ContextBuilder(TranscriptModel *model)
    : m_model(model)
{
}

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
    const bool limited = settings.maxMessages > 0 || settings.tokenBudget > 0;
    const auto calibrated = [&](int raw) { return int(std::lround(raw * settings.tokenRatio)); };
    const int systemTokens
        = settings.systemPrompt.isEmpty() ? 0 : estimateTokens(settings.systemPrompt) + PerMessageOverhead;
    const int pendingTokens = pendingUserText.isEmpty() ? 0 : estimateTokens(pendingUserText) + PerMessageOverhead;

    for (;;) {
        // Group the sendable rows into turns: a user message and the replies after it.
        QList<QList<Candidate>> turns;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const Message &m = m_model->messageAt(row);
            if (!isSendable(m))
                continue;
            if (turns.isEmpty() || m.role == QLatin1String("user"))
                turns.append(QList<Candidate>());
            turns.last().append({m.id, {m.role, m.content}, estimateTokens(m.content) + PerMessageOverhead});
        }
        int messages = pendingUserText.isEmpty() ? 0 : 1;
        int raw = systemTokens + pendingTokens;
        for (const auto &turn : std::as_const(turns)) {
            messages += int(turn.size());
            for (const Candidate &c : turn)
                raw += c.tokens;
        }
        const auto overLimits = [&] {
            return (settings.maxMessages > 0 && messages > settings.maxMessages)
                || (settings.tokenBudget > 0 && calibrated(raw) > settings.tokenBudget);
        };
        // With a pending message, it is the newest turn and every loaded turn may go.
        const int keep = pendingUserText.isEmpty() ? 1 : 0;
        int dropped = 0;
        while (turns.size() > keep && overLimits()) {
            for (const Candidate &c : turns.first()) {
                raw -= c.tokens;
                --messages;
                ++dropped;
            }
            turns.removeFirst();
        }
        // Older rows may still fit: load them and look again.
        if ((dropped == 0 || !limited) && m_model->canFetchMore({})) {
            const int before = m_model->rowCount();
            m_model->fetchMore({});
            if (m_model->rowCount() > before)
                continue;
        }

        ContextWindow window;
        window.systemPrompt = settings.systemPrompt;
        for (const auto &turn : std::as_const(turns)) {
            for (const Candidate &c : turn) {
                window.turns << c.turn;
                window.messageIds << c.id;
            }
        }
        if (!pendingUserText.isEmpty())
            window.turns << ChatTurn{QStringLiteral("user"), pendingUserText};
        window.firstMessageId = window.messageIds.isEmpty() ? 0 : window.messageIds.first();
        window.rawEstimate = raw;
        window.estimatedTokens = calibrated(raw);
        window.overBudget = overLimits();
        const int firstRow = window.firstMessageId ? m_model->rowOfId(window.firstMessageId) : m_model->rowCount();
        for (int row = 0; row < firstRow; ++row) {
            if (isSendable(m_model->messageAt(row)))
                ++window.droppedMessages;
        }
        window.olderNotLoaded = m_model->canFetchMore({});
        return window;
    }
}

ContextWindow ContextBuilder::buildAndMark(const ContextSettings &settings) const
{
    const ContextWindow window = build(settings);
    m_model->setContextWindow(window.firstMessageId,
                              QSet<qint64>(window.messageIds.cbegin(), window.messageIds.cend()));
    return window;
}
