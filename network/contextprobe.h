#pragma once

#include "network/contextlimits.h"
#include "network/providerprofile.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class ChatClient;
class QNetworkAccessManager;
class QNetworkReply;

// Asks a server how much context a model really has, the way each server says it:
// llama.cpp /props (the slot's n_ctx, not n_ctx_train), Ollama /api/show (num_ctx, else the
// model's context_length), vLLM /v1/models max_model_len, OpenRouter /models context_length,
// LM Studio /api/v0/models/{model}, Gemini models.get inputTokenLimit; OpenAI and Anthropic
// from the documented table. Endpoints are tried in turn until one answers; all are on the
// profile's own origin, so its key goes nowhere else.
class ContextProbe : public QObject
{
    Q_OBJECT
public:
    ContextProbe(QNetworkAccessManager *nam, const ProviderProfile &profile, const QString &model,
        QObject *parent = nullptr);
    ~ContextProbe() override;

    void setApiKey(const QString &key);
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Answered by finished() once (contextLength 0 when nothing said it).
    void start();

    // What the providers document for their hosted models (prefix match; 0 if not listed).
    static ContextLimits documented(ProviderKind kind, const QString &model);
    // Ollama's context when a request does not set num_ctx (older versions: 2048).
    // An answer larger than this is not read (a /props or /api/show is a few kilobytes).
    static constexpr qint64 MaxAnswerBytes = 8 * 1024 * 1024;
    static constexpr int OllamaDefaultContext = 2048;
    // What Confab asks Ollama for (num_ctx) when the model allows more: enough for long chats,
    // small enough for the memory of a home computer.
    static constexpr int OllamaRequestedContext = 8192;

Q_SIGNALS:
    void finished(const ContextLimits &limits);

private:
    struct Step
    {
        QNetworkRequest request;
        QByteArray postBody; // empty: GET
        std::function<ContextLimits(const QJsonObject &)> parse;
    };
    void buildSteps();
    void next();
    void onReplyFinished();
    ContextLimits finish(ContextLimits limits);

    QNetworkAccessManager *m_nam;
    ProviderProfile m_profile;
    QString m_model;
    std::unique_ptr<ChatClient> m_client; // for URLs and each protocol's authentication
    QList<Step> m_steps;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 10000;
    bool m_done = false;
};
