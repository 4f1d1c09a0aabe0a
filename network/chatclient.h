#pragma once

#include "network/chatrequest.h"
#include "network/providererror.h"
#include "network/providerprofile.h"
#include "network/streamoutcome.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// Streams one chat reply at a time from a provider over QNetworkAccessManager.
// Subclasses speak one protocol; create() picks the one for a profile.
// Deltas are emitted on the thread the client lives on (the GUI thread in the app).
class ChatClient : public QObject
{
    Q_OBJECT
public:
    // Error bodies and model lists are read up to these sizes (a stream's events and lines are
    // capped by SseParser and NdjsonReader).
    static constexpr qsizetype MaxErrorBodyBytes = 256 * 1024;
    static constexpr qsizetype MaxModelListBytes = 8 * 1024 * 1024;

    static std::unique_ptr<ChatClient> create(
        QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent = nullptr);
    ~ChatClient() override;

    const ProviderProfile &profile() const { return m_profile; }
    void setApiKey(const QString &key) { m_apiKey = key; }
    // No bytes for this long (before or during the stream) ends the request as Failed.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }

    // Starts streaming. Ignored (returns false) while a request is running.
    bool start(const ChatRequest &request);
    // Aborts the running request; finished() follows with Status::Stopped.
    void stop();
    bool isRunning() const { return !m_reply.isNull(); }

    // Asks the server for its models; answered by modelsListed() or modelsFailed().
    virtual void listModels();

    // A JSON request to `url` with this protocol's authentication (key headers), for the
    // server's other endpoints (context length, tokenizer). Only for URLs of the profile's origin.
    virtual QNetworkRequest authorizedRequest(const QUrl &url) const { return bearerRequest(url); }
    // {baseUrl}/{path} (slashes normalised); a query string in `path` is kept.
    QUrl endpoint(const QString &path) const;
    // {server root}/{path}: the base URL without a trailing "/v1" (llama.cpp /props, Ollama /api/show).
    QUrl rootEndpoint(const QString &path) const;

Q_SIGNALS:
    void textDelta(const QString &text);
    void reasoningDelta(const QString &text);
    // After the deltas of one network read: the caller saves them together (one commit), in
    // the same event-loop turn, before anything of them is painted or printed.
    void deltasBatched();
    void finished(const StreamOutcome &outcome);
    void modelsListed(const QStringList &models);
    void modelsFailed(const QString &message);

protected:
    ChatClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent);

    // --- Protocol hooks ---
    // The streaming request for `request`: URL, headers (auth included) and JSON body.
    virtual QNetworkRequest chatRequest(const ChatRequest &request, QByteArray *body) const = 0;
    // Forget the previous stream's parser state.
    virtual void resetStream() = 0;
    // Bytes of a 2xx body, as they arrive.
    virtual void feedStream(const QByteArray &bytes) = 0;
    // The body ended normally; flush anything buffered.
    virtual void endStream() { }
    // GET request for the model list, and the model ids in its JSON answer.
    virtual QNetworkRequest modelsRequest() const = 0;
    virtual QStringList parseModels(const QJsonObject &answer) const = 0;

    // --- Helpers for subclasses ---
    static QNetworkRequest jsonRequest(const QUrl &url);
    // jsonRequest() with "Authorization: Bearer <key>" when a key is set.
    QNetworkRequest bearerRequest(const QUrl &url) const;
    // [{role, content}...], led by {role:system} when systemAsMessage and a prompt is set.
    static QJsonArray messagesJson(const ChatRequest &request, bool systemAsMessage);
    // An id for a tool call the server sent without one (Gemini, Ollama): the stored step and
    // its result are paired by it.
    static QString newToolCallId();
    // The non-empty string `key` of each object in `items` (model lists).
    static QStringList valuesOf(const QJsonArray &items, QLatin1String key);
    void deliverText(const QString &text);
    void deliverReasoning(const QString &text);
    // Parses one event's JSON; a malformed event is counted and skipped rather than fatal.
    bool parseEvent(const QByteArray &data, QJsonObject *object);
    // The server reported an error inside the stream: ends the request as Failed.
    void failInStream(const QJsonValue &error);
    // The stream had one event or line larger than its parser reads: ends the request as Failed.
    void failTooLarge(ProviderError::Oversized what, qsizetype limitBytes);
    bool isStreaming() const { return !m_reply.isNull(); }

    // Filled by subclasses while streaming (finish reason, usage, tool calls, sawDone).
    StreamOutcome m_outcome;

    QNetworkAccessManager *m_nam;
    ProviderProfile m_profile;
    QString m_apiKey;
    QPointer<QNetworkReply> m_reply;
    int m_idleTimeoutMs = 60000;
    QTimer m_idleTimer;

private:
    void onReadyRead();
    void onReplyFinished();
    void failErrorBodyTooLarge(const QByteArray &bytes);
    void onIdleTimeout();
    void onModelsReadyRead();
    void onModelsFinished();
    void post(const QNetworkRequest &request);
    void getModels(const QNetworkRequest &request);
    // Redirects are followed by hand (ManualRedirectPolicy), and only within the profile's
    // origin: the key and the conversation never go anywhere else, nor over http after https.
    static std::optional<QUrl> redirectTarget(QNetworkReply *reply);
    // Why a redirect to `to` is not followed; nullopt: follow it.
    std::optional<StreamOutcome> refuseRedirect(const QUrl &from, const QUrl &to) const;
    // Server text with the key (and anything like a key) taken out.
    QString redacted(const QString &text) const;
    // Decides how a body that ended without a network error went.
    StreamOutcome outcomeAtEnd();
    // Detaches and aborts the reply, then emits finished() — once per start().
    void complete(const StreamOutcome &outcome);

    QPointer<QNetworkReply> m_modelsReply;
    QByteArray m_modelsBody;
    static constexpr int kMaxRedirects = 5;
    QNetworkRequest m_request; // the running chat request and its body, sent again on a redirect
    QByteArray m_body;
    QNetworkRequest m_modelsRequest;
    int m_redirects = 0;
    QString m_model; // of the running request, named in "not found" errors
    QByteArray m_head; // the body's first bytes (or all of an error body), for diagnosing failures
    int m_httpStatus = 0;
    bool m_receivedContent = false; // text, reasoning or a tool call arrived
    int m_malformedEvents = 0;
};
