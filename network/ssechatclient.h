#pragma once

#include "network/chatclient.h"
#include "network/sseparser.h"

// Base for the protocols that stream server-sent events (OpenAI, Anthropic, Gemini):
// splits the body into events and hands each one to handleEvent().
class SseChatClient : public ChatClient
{
    Q_OBJECT
protected:
    using ChatClient::ChatClient;

    void resetStream() override;
    void feedStream(const QByteArray &bytes) override;
    // One complete event. May end the stream (failInStream(), or m_outcome.sawDone).
    virtual void handleEvent(const SseEvent &event) = 0;
    // Clears the subclass's per-reply state; called by resetStream().
    virtual void resetReply() { }

private:
    SseParser m_parser;
};
