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
    void readParts(const QJsonArray &parts);
    void readUsage(const QJsonObject &usage);
};
