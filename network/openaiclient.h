#pragma once

#include "network/ssechatclient.h"

#include <QMap>

// OpenAI-compatible Chat Completions: OpenAI, Azure, OpenRouter, Groq, DeepSeek, vLLM,
// llama.cpp, LM Studio, Ollama's /v1. POST {baseUrl}/chat/completions with stream:true.
class OpenAiClient : public SseChatClient
{
    Q_OBJECT
public:
    OpenAiClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent = nullptr);

protected:
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray *body) const override;
    void handleEvent(const SseEvent &event) override;
    void resetReply() override;
    QNetworkRequest modelsRequest() const override;
    QStringList parseModels(const QJsonObject &answer) const override;

private:
    // The turns in Chat Completions form: each tool result after the assistant message whose
    // tool_calls asked for it.
    static QJsonArray openAiMessages(const ChatRequest &request, bool readsPdf = false);
    void readChoice(const QJsonObject &choice);
    void readToolCalls(const QJsonArray &calls);
    void readUsage(const QJsonObject &usage);

    QMap<int, ToolCall> m_toolCalls; // by the "index" the fragments carry
};
