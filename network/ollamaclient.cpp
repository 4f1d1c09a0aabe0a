#include "network/ollamaclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

OllamaClient::OllamaClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent)
    : ChatClient(nam, profile, parent)
{ }

QNetworkRequest OllamaClient::chatRequest(const ChatRequest &request, QByteArray *body) const
{

    QJsonObject options;
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens > 0)
        options.insert(QStringLiteral("num_predict"), request.maxTokens);
    // Without it Ollama cuts every prompt at its default context, silently.
    if (request.contextLength > 0)
        options.insert(QStringLiteral("num_ctx"), request.contextLength);
    QJsonObject json {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), ollamaMessages(request)},
        {QStringLiteral("stream"), true},
    };
    // The same function form as OpenAI's (docs/api.md, "Chat request (with tools)").
    if (!request.tools.isEmpty())
        json.insert(QStringLiteral("tools"), request.tools);
    if (!options.isEmpty())
        json.insert(QStringLiteral("options"), options);
    *body = QJsonDocument(json).toJson(QJsonDocument::Compact);

    QNetworkRequest networkRequest = bearerRequest(endpoint(QStringLiteral("api/chat")));
    networkRequest.setRawHeader("Accept", "application/x-ndjson");
    return networkRequest;
}

QJsonArray OllamaClient::ollamaMessages(const ChatRequest &request)
{
    ChatRequest plain = request;
    plain.messages.clear();
    QJsonArray messages = messagesJson(plain, true); // the system prompt
    int callsAt = -1; // the assistant message that carries the tool calls being answered
    for (const ChatTurn &turn : request.messages) {
        if (turn.role != QLatin1String("tool")) {
            plain.systemPrompt.clear();
            plain.messages = {turn};
            const QJsonArray one = messagesJson(plain, false);
            // A reply that only called tools still needs its message, for its tool_calls.
            const QJsonObject message = one.isEmpty()
                ? QJsonObject {{QStringLiteral("role"), turn.role}, {QStringLiteral("content"), QString()}}
                : one.first().toObject();
            messages.append(message);
            callsAt = turn.role == QLatin1String("assistant") ? int(messages.size()) - 1 : -1;
            continue;
        }
        if (callsAt < 0) {
            messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("assistant")},
                {QStringLiteral("content"), QString()}});
            callsAt = int(messages.size()) - 1;
        }
        QJsonObject assistant = messages.at(callsAt).toObject();
        QJsonArray calls = assistant.value(QLatin1String("tool_calls")).toArray();
        calls.append(QJsonObject {{QStringLiteral("function"),
            QJsonObject {{QStringLiteral("name"), turn.toolCall.name},
                {QStringLiteral("arguments"),
                    QJsonDocument::fromJson(turn.toolCall.arguments.toUtf8()).object()}}}});
        assistant.insert(QStringLiteral("tool_calls"), calls);
        messages.replace(callsAt, assistant);
        messages.append(QJsonObject {{QStringLiteral("role"), QStringLiteral("tool")},
            {QStringLiteral("content"), turn.content}, {QStringLiteral("tool_name"), turn.toolCall.name}});
    }
    return messages;
}

void OllamaClient::resetStream()
{
    m_reader.reset();
}

void OllamaClient::feedStream(const QByteArray &bytes)
{
    handleLines(m_reader.feed(bytes));
    if (m_reader.overflowed() && isStreaming())
        failTooLarge(ProviderError::Oversized::Line, m_reader.limit());
}

void OllamaClient::endStream()
{
    handleLines(m_reader.finish());
}

void OllamaClient::handleLines(const QList<QByteArray> &lines)
{
    for (const QByteArray &line : lines) {
        if (!isStreaming() || m_outcome.sawDone)
            return;
        QJsonObject object;
        if (parseEvent(line, &object))
            handleObject(object);
    }
}

void OllamaClient::handleObject(const QJsonObject &object)
{
    const QJsonValue error = object.value(QLatin1String("error"));
    if (!error.isUndefined() && !error.isNull()) {
        failInStream(object);
        return;
    }
    const QJsonObject message = object.value(QLatin1String("message")).toObject();
    deliverReasoning(message.value(QLatin1String("thinking")).toString());
    deliverText(message.value(QLatin1String("content")).toString());
    const QJsonArray calls = message.value(QLatin1String("tool_calls")).toArray();
    for (const QJsonValue &value : calls) {
        const QJsonObject function = value.toObject().value(QLatin1String("function")).toObject();
        ToolCall call;
        call.id = value.toObject().value(QLatin1String("id")).toString();
        if (call.id.isEmpty())
            call.id = newToolCallId();
        call.name = function.value(QLatin1String("name")).toString();
        // Ollama sends arguments as an object, not as streamed JSON text.
        call.arguments
            = QString::fromUtf8(QJsonDocument(function.value(QLatin1String("arguments")).toObject())
                                    .toJson(QJsonDocument::Compact));
        m_outcome.toolCalls.append(call);
    }
    if (object.value(QLatin1String("done")).toBool())
        readDone(object);
}

void OllamaClient::readDone(const QJsonObject &object)
{
    const QString reason = object.value(QLatin1String("done_reason")).toString();
    m_outcome.finishReason = reason.isEmpty() ? QStringLiteral("stop") : reason;
    TokenUsage &usage = m_outcome.usage;
    for (const char *key : {"prompt_eval_count", "eval_count", "total_duration", "load_duration",
             "prompt_eval_duration", "eval_duration"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined())
            usage.raw.insert(QLatin1String(key), value);
    }
    usage.promptTokens = object.value(QLatin1String("prompt_eval_count")).toInt(-1);
    usage.completionTokens = object.value(QLatin1String("eval_count")).toInt(-1);
    m_outcome.sawDone = true;
}

QNetworkRequest OllamaClient::modelsRequest() const
{
    return bearerRequest(endpoint(QStringLiteral("api/tags")));
}

QStringList OllamaClient::parseModels(const QJsonObject &answer) const
{
    return valuesOf(answer.value(QLatin1String("models")).toArray(), QLatin1String("name"));
}
