#pragma once

#include "network/ssechatclient.h"

// Google Gemini: POST {baseUrl}/models/{model}:streamGenerateContent?alt=sse
// (baseUrl e.g. https://generativelanguage.googleapis.com/v1beta). The key goes in a header.
class GeminiClient : public SseChatClient
{
    Q_OBJECT
public:
    GeminiClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent = nullptr);

protected:
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray *body) const override;
    void handleEvent(const SseEvent &event) override;
    QNetworkRequest modelsRequest() const override;
    QStringList parseModels(const QJsonObject &answer) const override;

public:
    QNetworkRequest authorizedRequest(const QUrl &url) const override;

private:
    // contents[]: each tool step becomes a functionCall part of the model's turn and a
    // functionResponse part of the user turn after it.
    static QJsonArray geminiContents(const ChatRequest &request);
    // tools[].functionDeclarations[] from the OpenAI form, the schema as parametersJsonSchema.
    static QJsonArray geminiTools(const QJsonArray &tools);
    void readParts(const QJsonArray &parts);
    void readUsage(const QJsonObject &usage);
};
