#pragma once

#include "network/providerprofile.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <memory>

class ChatClient;
class QNetworkAccessManager;
class QNetworkReply;

// Counts text with the server's own tokenizer, one text at a time: llama.cpp POST /tokenize
// ({"tokens":[...]}), Anthropic POST /v1/messages/count_tokens ({"input_tokens":N}), Gemini
// POST models/M:countTokens ({"totalTokens":N}). Counts are of the text alone; the chat
// template's framing is left to ContextBuilder::PerMessageOverhead.
class TokenCounter : public QObject
{
    Q_OBJECT
public:
    // `tokenizer`: ContextLimits::tokenizer ("llama.cpp", "anthropic", "gemini").
    TokenCounter(QNetworkAccessManager *nam, const ProviderProfile &profile, const QString &model,
        const QString &tokenizer, QObject *parent = nullptr);
    ~TokenCounter() override;

    static bool supports(const QString &tokenizer);
    // The cache key of this server's counts (ContextCache::tokenCounts).
    static QString key(const ProviderProfile &profile, const QString &model, const QString &tokenizer);
    // At most this many texts are counted per count() call, so a long chat never floods the
    // server: a local llama.cpp answers in microseconds; a hosted API counts against rate limits.
    // An answer larger than this is not read: MaxTextsPerCall texts' token ids are far less.
    static constexpr qint64 MaxAnswerBytes = 8 * 1024 * 1024;
    static constexpr int MaxTextsPerCall = 200;
    static constexpr int MaxHostedTextsPerCall = 20;

    void setApiKey(const QString &key);
    // Counts each (key, text): counted() for each that the server answered, then finished().
    // A failure ends the run early (finished(), the rest uncounted: they are estimated).
    void count(const QList<QPair<qint64, QString>> &texts);
    bool isRunning() const { return !m_reply.isNull(); }

Q_SIGNALS:
    void counted(qint64 key, int tokens);
    void finished();

private:
    void next();
    void onReplyFinished();

    QNetworkAccessManager *m_nam;
    ProviderProfile m_profile;
    QString m_model;
    QString m_tokenizer;
    std::unique_ptr<ChatClient> m_client;
    QList<QPair<qint64, QString>> m_queue;
    qint64 m_current = 0;
    QPointer<QNetworkReply> m_reply;
};
