#include "network/chatclient.h"

#include "network/anthropicclient.h"
#include "network/attachmentencoder.h"
#include "network/endpointpolicy.h"
#include "network/geminiclient.h"
#include "network/ollamaclient.h"
#include "network/openaiclient.h"
#include "network/providererror.h"
#include "network/secretredactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <utility>

namespace {
// Enough of a 2xx body to recognise an HTML page or a JSON error in it.
const qsizetype kHeadBytes = 64 * 1024;

void appendCapped(QByteArray &target, const QByteArray &bytes, qsizetype cap)
{
    if (target.size() < cap)
        target.append(bytes.left(cap - target.size()));
}
} // namespace

std::unique_ptr<ChatClient> ChatClient::create(
    QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent)
{
    switch (profile.kind) {
    case ProviderKind::OpenAICompatible:
        return std::make_unique<OpenAiClient>(nam, profile, parent);
    case ProviderKind::Anthropic:
        return std::make_unique<AnthropicClient>(nam, profile, parent);
    case ProviderKind::OllamaNative:
        return std::make_unique<OllamaClient>(nam, profile, parent);
    case ProviderKind::Gemini:
        return std::make_unique<GeminiClient>(nam, profile, parent);
    }
    return nullptr;
}

ChatClient::ChatClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(profile)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ChatClient::onIdleTimeout);
}

ChatClient::~ChatClient()
{
    // No finished() from a destructor: the receiver may be half destroyed too.
    for (QNetworkReply *reply : {m_reply.data(), m_modelsReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

bool ChatClient::start(const ChatRequest &request)
{
    if (isRunning())
        return false;
    ChatRequest effective = request;
    if (effective.model.isEmpty())
        effective.model = m_profile.model;
    m_model = effective.model;
    m_outcome = StreamOutcome();
    m_head.clear();
    m_httpStatus = 0;
    m_receivedContent = false;
    m_malformedEvents = 0;
    resetStream();

    m_body.clear();
    m_request = chatRequest(effective, &m_body);
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_redirects = 0;
    post(m_request);
    return true;
}

void ChatClient::post(const QNetworkRequest &request)
{
    m_reply = m_nam->post(request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatClient::onReplyFinished);
    m_idleTimer.start(m_idleTimeoutMs);
}

std::optional<QUrl> ChatClient::redirectTarget(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (status < 300 || status >= 400 || location.isEmpty())
        return std::nullopt;
    return reply->url().resolved(location);
}

std::optional<StreamOutcome> ChatClient::refuseRedirect(const QUrl &from, const QUrl &to) const
{
    if (!EndpointPolicy::sameOrigin(to, m_profile.baseUrl))
        return ProviderError::redirectRefused(from, to);
    if (m_redirects >= kMaxRedirects)
        return ProviderError::tooManyRedirects(from, kMaxRedirects);
    return std::nullopt;
}

void ChatClient::stop()
{
    StreamOutcome stopped;
    stopped.status = StreamOutcome::Status::Stopped;
    complete(stopped);
}

void ChatClient::listModels()
{
    if (m_modelsReply) {
        m_modelsReply->disconnect(this);
        m_modelsReply->abort();
        m_modelsReply->deleteLater();
    }
    m_modelsRequest = modelsRequest();
    m_modelsRequest.setTransferTimeout(m_idleTimeoutMs);
    m_modelsRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_redirects = 0;
    getModels(m_modelsRequest);
}

void ChatClient::getModels(const QNetworkRequest &request)
{
    m_modelsBody.clear();
    m_modelsReply = m_nam->get(request);
    connect(m_modelsReply, &QNetworkReply::readyRead, this, &ChatClient::onModelsReadyRead);
    connect(m_modelsReply, &QNetworkReply::finished, this, &ChatClient::onModelsFinished);
}

QString ChatClient::redacted(const QString &text) const
{
    return SecretRedactor::redact(text, m_apiKey);
}

QUrl ChatClient::endpoint(const QString &path) const
{
    QUrl url = m_profile.baseUrl;
    const qsizetype queryStart = path.indexOf(u'?');
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + u'/' + path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1));
    return url;
}

QUrl ChatClient::rootEndpoint(const QString &path) const
{
    QUrl url = m_profile.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    if (basePath.endsWith(QLatin1String("/v1")))
        basePath.chop(3);
    url.setPath(basePath + u'/' + path);
    url.setQuery(QString());
    return url;
}

QNetworkRequest ChatClient::jsonRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Confab/" CONFAB_VERSION));
    return request;
}

QNetworkRequest ChatClient::bearerRequest(const QUrl &url) const
{
    QNetworkRequest request = jsonRequest(url);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    return request;
}

QJsonArray ChatClient::messagesJson(const ChatRequest &request, bool systemAsMessage)
{
    QJsonArray messages;
    if (systemAsMessage && !request.systemPrompt.isEmpty())
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("system")},
            {QStringLiteral("content"), request.systemPrompt}});
    for (const ChatTurn &turn : request.messages) {
        // Protocols that do not carry tool steps yet get them as text, so the model still knows.
        const bool tool = turn.role == QLatin1String("tool");
        if (turn.content.isEmpty() && !tool && turn.attachments.isEmpty())
            continue; // a reply that only called tools
        const QString content = tool
            ? QStringLiteral("[%1 %2]\n%3").arg(turn.toolCall.name, turn.toolCall.arguments, turn.content)
            : turn.content;
        QJsonObject message {{QStringLiteral("role"), tool ? QStringLiteral("assistant") : turn.role},
            {QStringLiteral("content"), content}};
        // Only Ollama's native API sends turns through here; its images go beside the text.
        if (!turn.attachments.isEmpty())
            AttachmentEncoder::addToOllamaMessage(&message, turn);
        messages.append(message);
    }
    return messages;
}

QString ChatClient::newToolCallId()
{
    return QStringLiteral("call_") + QUuid::createUuid().toString(QUuid::Id128).left(24);
}

QStringList ChatClient::valuesOf(const QJsonArray &items, QLatin1String key)
{
    QStringList values;
    for (const QJsonValue &item : items) {
        const QString value = item.toObject().value(key).toString();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

void ChatClient::deliverText(const QString &text)
{
    if (text.isEmpty())
        return;
    m_receivedContent = true;
    Q_EMIT textDelta(text);
}

void ChatClient::deliverReasoning(const QString &text)
{
    if (text.isEmpty())
        return;
    m_receivedContent = true;
    Q_EMIT reasoningDelta(text);
}

bool ChatClient::parseEvent(const QByteArray &data, QJsonObject *object)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_malformedEvents;
        return false;
    }
    *object = doc.object();
    return true;
}

void ChatClient::failInStream(const QJsonValue &error)
{
    complete(ProviderError::inStream(ProviderError::fromJson(error)));
}

void ChatClient::failTooLarge(ProviderError::Oversized what, qsizetype limitBytes)
{
    if (m_reply)
        complete(ProviderError::tooLarge(what, limitBytes, m_reply->url()));
}

void ChatClient::onReadyRead()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_idleTimer.start(m_idleTimeoutMs);
    if (m_httpStatus == 0)
        m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    if (bytes.isEmpty())
        return;
    if (m_httpStatus >= 300) {
        // Described whole once it has arrived; a larger one is described by its start, now.
        if (m_head.size() + bytes.size() > MaxErrorBodyBytes)
            failErrorBodyTooLarge(bytes);
        else
            m_head.append(bytes);
        return;
    }
    appendCapped(m_head, bytes, kHeadBytes);
    feedStream(bytes);
    if (isStreaming())
        Q_EMIT deltasBatched();
    // The end marker ends the request even if the server keeps the connection open.
    if (isStreaming() && m_outcome.sawDone)
        complete(outcomeAtEnd());
}

void ChatClient::failErrorBodyTooLarge(const QByteArray &bytes)
{
    appendCapped(m_head, bytes, MaxErrorBodyBytes);
    const int retryAfter
        = ProviderError::retryAfterSeconds(m_reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());
    StreamOutcome outcome
        = ProviderError::httpFailure(m_httpStatus, m_head, m_reply->url(), m_model, retryAfter);
    outcome.errorMessage += u' '
        + ProviderError::tooLarge(ProviderError::Oversized::ErrorBody, MaxErrorBodyBytes, m_reply->url())
              .errorMessage;
    m_head.clear();
    complete(outcome);
}

void ChatClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (!isStreaming())
        return;
    if (const auto target = redirectTarget(reply)) {
        if (const auto refusal = refuseRedirect(reply->url(), *target)) {
            complete(*refusal);
            return;
        }
        // Followed by hand, with the same method, headers and body: within the origin only.
        ++m_redirects;
        m_reply.clear();
        reply->disconnect(this);
        reply->deleteLater();
        m_head.clear();
        m_httpStatus = 0;
        QNetworkRequest next = m_request;
        next.setUrl(*target);
        post(next);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        const int retryAfter
            = ProviderError::retryAfterSeconds(reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());
        complete(ProviderError::httpFailure(status, m_head, reply->url(), m_model, retryAfter));
    } else if (reply->error() != QNetworkReply::NoError) {
        complete(ProviderError::networkFailure(
            reply->error(), reply->errorString(), reply->url(), m_receivedContent));
    } else {
        endStream();
        if (isStreaming())
            complete(outcomeAtEnd());
    }
}

void ChatClient::onIdleTimeout()
{
    if (m_reply)
        complete(ProviderError::timeout(m_reply->url(), m_idleTimeoutMs, m_receivedContent));
}

StreamOutcome ChatClient::outcomeAtEnd()
{
    const bool hasReply
        = m_receivedContent || !m_outcome.toolCalls.isEmpty() || !m_outcome.finishReason.isEmpty();
    if (!hasReply && !m_outcome.usage.isValid() && (!m_outcome.sawDone || m_malformedEvents > 0)) {
        const QByteArray contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        return ProviderError::notAStream(m_head, contentType, m_reply->url(), m_malformedEvents);
    }
    // A finish reason or end marker means the reply is whole, even without "[DONE]" (ik_llama.cpp).
    if (m_outcome.finishReason.isEmpty() && !m_outcome.sawDone)
        return ProviderError::incomplete(m_reply->url());
    // An end marker alone, with no text, tool call or finish reason, is not an (empty) answer.
    if (!hasReply)
        return ProviderError::emptyReply(m_reply->url());
    return m_outcome;
}

void ChatClient::complete(const StreamOutcome &outcome)
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    m_idleTimer.stop();
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();

    StreamOutcome result = outcome;
    if (result.status != StreamOutcome::Status::Finished) {
        // Whatever arrived before the failure or stop stays available to the caller.
        if (result.finishReason.isEmpty())
            result.finishReason = m_outcome.finishReason;
        if (!result.usage.isValid())
            result.usage = m_outcome.usage;
        if (result.toolCalls.isEmpty())
            result.toolCalls = m_outcome.toolCalls;
        result.sawDone = result.sawDone || m_outcome.sawDone;
    }
    if (result.httpStatus == 0)
        result.httpStatus = m_httpStatus;
    result.errorMessage = redacted(result.errorMessage);
    result.errorType = redacted(result.errorType);
    Q_EMIT finished(result);
}

void ChatClient::onModelsReadyRead()
{
    QNetworkReply *reply = m_modelsReply;
    if (!reply)
        return;
    const QByteArray bytes = reply->readAll();
    if (m_modelsBody.size() + bytes.size() <= MaxModelListBytes) {
        m_modelsBody.append(bytes);
        return;
    }
    m_modelsReply.clear();
    m_modelsBody = QByteArray();
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    Q_EMIT modelsFailed(
        ProviderError::tooLarge(ProviderError::Oversized::ModelList, MaxModelListBytes, reply->url())
            .errorMessage);
}

void ChatClient::onModelsFinished()
{
    QNetworkReply *reply = m_modelsReply;
    if (!reply)
        return;
    onModelsReadyRead();
    if (!m_modelsReply)
        return; // too large: already reported
    m_modelsReply.clear();
    reply->deleteLater();
    if (const auto target = redirectTarget(reply)) {
        if (const auto refusal = refuseRedirect(reply->url(), *target)) {
            Q_EMIT modelsFailed(redacted(refusal->errorMessage));
            return;
        }
        ++m_redirects;
        QNetworkRequest next = m_modelsRequest;
        next.setUrl(*target);
        getModels(next);
        return;
    }
    const QByteArray body = std::exchange(m_modelsBody, QByteArray());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        const int retryAfter
            = ProviderError::retryAfterSeconds(reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());
        Q_EMIT modelsFailed(redacted(
            ProviderError::httpFailure(status, body, reply->url(), QString(), retryAfter).errorMessage));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        Q_EMIT modelsFailed(
            redacted(ProviderError::networkFailure(reply->error(), reply->errorString(), reply->url(), false)
                         .errorMessage));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        Q_EMIT modelsFailed(
            redacted(ProviderError::notAStream(body, contentType, reply->url(), 0).errorMessage));
        return;
    }
    QStringList models = parseModels(doc.object());
    models.removeDuplicates();
    models.sort(Qt::CaseInsensitive);
    Q_EMIT modelsListed(models);
}
