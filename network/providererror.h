#pragma once

#include "network/streamoutcome.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

// Turns what went wrong (an HTTP error body, a network error, an in-stream error event...)
// into a StreamOutcome{Failed} whose message tells the user what happened and what to do.
// Kept apart from the clients so every provider words the same failure the same way.
class ProviderError
{
public:
    using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

    // Reads the provider's message and type/code from an error body of any known shape:
    // {"error":{"message","type","code"}} (OpenAI, OpenRouter, Groq), {"type":"error","error":{...}}
    // (Anthropic), {"error":{"code","message","status"}} (Gemini, also inside an array),
    // {"error":"text"} (Ollama), {"message"|"detail":...} (vLLM, proxies), else plain text or HTML.
    static ProviderError fromBody(const QByteArray &body);
    // From an already parsed "error" member (or a whole error object).
    static ProviderError fromJson(const QJsonValue &error);

    QString message() const { return m_message; }
    QString type() const { return m_type; }
    bool isEmpty() const { return m_message.isEmpty() && m_type.isEmpty(); }

    // Seconds until a retry is worth it, from Retry-After (seconds or HTTP date) or
    // X-Ratelimit-Reset* (epoch ms, epoch s, seconds or "1m30s"); -1 when none is given.
    static int retryAfterSeconds(const RawHeaders &headers, const QDateTime &now);

    static StreamOutcome httpFailure(
        int status, const QByteArray &body, const QUrl &url, const QString &model, int retryAfterSeconds);
    static StreamOutcome networkFailure(
        QNetworkReply::NetworkError error, const QString &detail, const QUrl &url, bool receivedData);
    static StreamOutcome timeout(const QUrl &url, int idleMs, bool receivedData);
    // An error the server sent inside a 200 stream (event: error, or an "error" member in a chunk).
    static StreamOutcome inStream(const ProviderError &error);
    // The stream ended without anything usable; head is the start of what was received.
    static StreamOutcome notAStream(
        const QByteArray &head, const QByteArray &contentType, const QUrl &url, int malformedEvents);
    static StreamOutcome incomplete(const QUrl &url);
    // The server sent more than Confab reads in one piece (see the limits in SseParser,
    // NdjsonReader and ChatClient); the request was ended there, the text before it kept.
    enum class Oversized { Event, Line, ErrorBody, ModelList };
    static StreamOutcome tooLarge(Oversized what, qsizetype limitBytes, const QUrl &url);
    // The stream ended properly but carried no text, tool call or finish reason.
    static StreamOutcome emptyReply(const QUrl &url);
    // A redirect that would take the request (and its key) away from the profile's origin.
    static StreamOutcome redirectRefused(const QUrl &from, const QUrl &to);
    static StreamOutcome tooManyRedirects(const QUrl &from, int limit);

    // "host:port" as shown to the user (never with user info).
    static QString hostOf(const QUrl &url);

private:
    static StreamOutcome failed(const QString &message, const QString &type = QString());

    QString m_message;
    QString m_type;
};
