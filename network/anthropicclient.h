#pragma once

#include "network/ssechatclient.h"

#include <QHash>

// Anthropic Messages API: POST {baseUrl}/messages (baseUrl e.g. https://api.anthropic.com/v1).
class AnthropicClient : public SseChatClient
{
    Q_OBJECT
public:
    AnthropicClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent = nullptr);

    // Anthropic requires max_tokens; used when the request leaves it at 0.
    static constexpr int kDefaultMaxTokens = 4096;

protected:
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray *body) const override;
    void handleEvent(const SseEvent &event) override;
    void resetReply() override;
    QNetworkRequest modelsRequest() const override;
    QStringList parseModels(const QJsonObject &answer) const override;

public:
    QNetworkRequest authorizedRequest(const QUrl &url) const override;

private:
    // The turns as Messages API content: each tool call a tool_use block of the assistant
    // message that asked for it, its result a tool_result block of the user message after it.
    static QJsonArray anthropicMessages(const ChatRequest &request);
    // OpenAI-style function declarations as Anthropic tools (name, description, input_schema).
    static QJsonArray anthropicTools(const QJsonArray &tools);
    void startBlock(int index, const QJsonObject &block);
    void readDelta(int index, const QJsonObject &delta);
    void mergeUsage(const QJsonObject &usage);

    QHash<int, qsizetype> m_toolCallOfBlock; // content block index -> m_outcome.toolCalls index
};
