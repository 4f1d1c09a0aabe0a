#include "network/ssechatclient.h"

void SseChatClient::resetStream()
{
    m_parser.reset();
    resetReply();
}

void SseChatClient::feedStream(const QByteArray &bytes)
{
    const QList<SseEvent> events = m_parser.feed(bytes);
    for (const SseEvent &event : events) {
        // Nothing after an error or the end marker belongs to this reply.
        if (!isStreaming() || m_outcome.sawDone)
            return;
        handleEvent(event);
    }
    if (m_parser.overflowed() && isStreaming())
        failTooLarge(ProviderError::Oversized::Event, m_parser.limit());
}
