#pragma once

#include "network/chatclient.h"
#include "network/ndjsonreader.h"

// Ollama's native API: POST {baseUrl}/api/chat (baseUrl e.g. http://localhost:11434),
// answered with newline-delimited JSON objects, the last one with done:true.
class OllamaClient : public ChatClient
{
    Q_OBJECT
public:
    OllamaClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent = nullptr);

protected:
    QNetworkRequest chatRequest(const ChatRequest &request, QByteArray *body) const override;
    void resetStream() override;
    void feedStream(const QByteArray &bytes) override;
    void endStream() override;
    QNetworkRequest modelsRequest() const override;
    QStringList parseModels(const QJsonObject &answer) const override;

private:
    // messages[]: each tool step becomes a tool_calls entry of the assistant message (arguments
    // as an object) and a "tool" message with its result and tool_name.
    static QJsonArray ollamaMessages(const ChatRequest &request);
    void handleLines(const QList<QByteArray> &lines);
    void handleObject(const QJsonObject &object);
    void readDone(const QJsonObject &object);

    NdjsonReader m_reader;
};
