#include "network/openaiclient.h"

#include "network/attachmentencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OpenAiClient::OpenAiClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent)
    : SseChatClient(nam, profile, parent)
{ }

QNetworkRequest OpenAiClient::chatRequest(const ChatRequest &request, QByteArray *body) const
{

    QJsonObject json {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), openAiMessages(request, AttachmentEncoder::readsPdf(profile()))},
        {QStringLiteral("stream"), true},
        // Without this the token counts never arrive in a stream.
        {QStringLiteral("stream_options"), QJsonObject {{QStringLiteral("include_usage"), true}}},
    };
    if (!request.tools.isEmpty())
        json.insert(QStringLiteral("tools"), request.tools);
    if (request.temperature)
        json.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens > 0)
        json.insert(QStringLiteral("max_tokens"), request.maxTokens);
    *body = QJsonDocument(json).toJson(QJsonDocument::Compact);

    QNetworkRequest networkRequest = bearerRequest(endpoint(QStringLiteral("chat/completions")));
    networkRequest.setRawHeader("Accept", "text/event-stream");
    return networkRequest;
}

QJsonArray OpenAiClient::openAiMessages(const ChatRequest &request, bool readsPdf)
{
    ChatRequest systemOnly;
    systemOnly.systemPrompt = request.systemPrompt;
    QJsonArray messages = messagesJson(systemOnly, true);
    int callsAt = -1; // the assistant message that carries the tool calls being answered
    for (const ChatTurn &turn : request.messages) {
        if (turn.role != QLatin1String("tool")) {
            // A reply that only called tools has no text: null, as OpenAI sends it.
            QJsonValue content = turn.content.isEmpty() && turn.role == QLatin1String("assistant")
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(turn.content);
            if (!turn.attachments.isEmpty())
                content = AttachmentEncoder::openAiContent(turn, readsPdf);
            messages.append(
                QJsonObject {{QStringLiteral("role"), turn.role}, {QStringLiteral("content"), content}});
            callsAt = turn.role == QLatin1String("assistant") ? int(messages.size()) - 1 : -1;
            continue;
        }
        // Each result follows the assistant message that asked for it (its tool_calls).
        if (callsAt < 0) {
            messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("content"), QJsonValue::Null}});
            callsAt = int(messages.size()) - 1;
        }
        QJsonObject assistant = messages.at(callsAt).toObject();
        QJsonArray calls = assistant.value(QLatin1String("tool_calls")).toArray();
        calls.append(QJsonObject {{QStringLiteral("id"), turn.toolCall.id},
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
                QJsonObject {{QStringLiteral("name"), turn.toolCall.name},
                    {QStringLiteral("arguments"), turn.toolCall.arguments}}}});
        assistant.insert(QStringLiteral("tool_calls"), calls);
        messages.replace(callsAt, assistant);
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("tool")},
            {QStringLiteral("tool_call_id"), turn.toolCall.id}, {QStringLiteral("content"), turn.content}});
    }
    return messages;
}

void OpenAiClient::resetReply()
{
    m_toolCalls.clear();
}

void OpenAiClient::handleEvent(const SseEvent &event)
{
    if (event.data == "[DONE]") {
        m_outcome.sawDone = true;
        return;
    }
    QJsonObject chunk;
    if (!parseEvent(event.data, &chunk))
        return;
    // Azure's preamble has choices:[] and only prompt_filter_results: nothing to read, not the end.
    const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
    if (!choices.isEmpty())
        readChoice(choices.first().toObject());
    readUsage(chunk.value(QLatin1String("usage")).toObject());

    // Errors arrive as a named event (Groq) or as an "error" member of a chunk (OpenRouter),
    // after whatever the same chunk carried (OpenRouter puts the usage there).
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (event.type == "error" || error.isObject() || error.isString())
        failInStream(error.isUndefined() ? QJsonValue(chunk) : error);
}

void OpenAiClient::readChoice(const QJsonObject &choice)
{
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    const QString reasoning = delta.value(QLatin1String("reasoning_content")).toString();
    deliverReasoning(reasoning.isEmpty() ? delta.value(QLatin1String("reasoning")).toString() : reasoning);
    deliverText(delta.value(QLatin1String("content")).toString());
    readToolCalls(delta.value(QLatin1String("tool_calls")).toArray());

    // A later chunk with finish_reason:null (OpenRouter's usage chunk) must not erase it.
    const QString finishReason = choice.value(QLatin1String("finish_reason")).toString();
    if (!finishReason.isEmpty())
        m_outcome.finishReason = finishReason;
}

void OpenAiClient::readToolCalls(const QJsonArray &calls)
{
    if (calls.isEmpty())
        return;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        ToolCall &target = m_toolCalls[call.value(QLatin1String("index")).toInt(int(i))];
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        const QString id = call.value(QLatin1String("id")).toString();
        const QString name = function.value(QLatin1String("name")).toString();
        if (!id.isEmpty())
            target.id = id;
        if (!name.isEmpty())
            target.name = name;
        target.arguments += function.value(QLatin1String("arguments")).toString();
    }
    m_outcome.toolCalls = m_toolCalls.values();
}

void OpenAiClient::readUsage(const QJsonObject &usage)
{
    if (usage.isEmpty())
        return; // absent or null on content chunks
    TokenUsage &target = m_outcome.usage;
    target.raw = usage;
    target.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInt(-1);
    target.completionTokens = usage.value(QLatin1String("completion_tokens")).toInt(-1);
    target.reasoningTokens = usage.value(QLatin1String("completion_tokens_details"))
                                 .toObject()
                                 .value(QLatin1String("reasoning_tokens"))
                                 .toInt(-1);
}

QNetworkRequest OpenAiClient::modelsRequest() const
{
    return bearerRequest(endpoint(QStringLiteral("models")));
}

QStringList OpenAiClient::parseModels(const QJsonObject &answer) const
{
    return valuesOf(answer.value(QLatin1String("data")).toArray(), QLatin1String("id"));
}
