#include "network/anthropicclient.h"

#include "network/attachmentencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AnthropicClient::AnthropicClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent)
    : SseChatClient(nam, profile, parent)
{ }

QNetworkRequest AnthropicClient::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request = jsonRequest(url);
    if (!m_apiKey.isEmpty())
        request.setRawHeader("x-api-key", m_apiKey.toUtf8());
    request.setRawHeader("anthropic-version", "2023-06-01");
    return request;
}

QNetworkRequest AnthropicClient::chatRequest(const ChatRequest &request, QByteArray *body) const
{
    QJsonObject json {
        {QStringLiteral("model"), request.model},
        {QStringLiteral("max_tokens"), request.maxTokens > 0 ? request.maxTokens : kDefaultMaxTokens},
        {QStringLiteral("messages"), anthropicMessages(request)},
        {QStringLiteral("stream"), true},
    };
    // The system prompt is a top-level field here, not a message.
    if (!request.systemPrompt.isEmpty())
        json.insert(QStringLiteral("system"), request.systemPrompt);
    if (request.temperature)
        json.insert(QStringLiteral("temperature"), *request.temperature);
    if (!request.tools.isEmpty())
        json.insert(QStringLiteral("tools"), anthropicTools(request.tools));
    *body = QJsonDocument(json).toJson(QJsonDocument::Compact);

    QNetworkRequest networkRequest = authorizedRequest(endpoint(QStringLiteral("messages")));
    networkRequest.setRawHeader("Accept", "text/event-stream");
    return networkRequest;
}

QJsonArray AnthropicClient::anthropicTools(const QJsonArray &tools)
{
    QJsonArray converted;
    for (const QJsonValue &tool : tools) {
        const QJsonObject function = tool.toObject().value(QLatin1String("function")).toObject();
        converted.append(QJsonObject {{QStringLiteral("name"), function.value(QLatin1String("name"))},
            {QStringLiteral("description"), function.value(QLatin1String("description"))},
            {QStringLiteral("input_schema"), function.value(QLatin1String("parameters"))}});
    }
    return converted;
}

QJsonArray AnthropicClient::anthropicMessages(const ChatRequest &request)
{
    QJsonArray messages;
    int callsAt = -1; // the assistant message whose tool_use blocks are being answered
    int resultsAt = -1; // the user message that gathers their tool_result blocks
    const auto appendMessage = [&messages](const QString &role, const QJsonValue &content) {
        messages.append(QJsonObject {{QStringLiteral("role"), role}, {QStringLiteral("content"), content}});
        return int(messages.size()) - 1;
    };
    const auto blocksOf = [](const QJsonValue &content) {
        if (content.isArray())
            return content.toArray();
        const QString text = content.toString();
        return text.isEmpty() ? QJsonArray()
                              : QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("text")},
                                  {QStringLiteral("text"), text}}};
    };
    for (const ChatTurn &turn : request.messages) {
        if (turn.role != QLatin1String("tool")) {
            // A reply that only called tools gets its blocks from the tool turns after it.
            const bool callsOnly = turn.role == QLatin1String("assistant") && turn.content.isEmpty();
            QJsonValue content = callsOnly ? QJsonValue(QJsonArray()) : QJsonValue(turn.content);
            if (!turn.attachments.isEmpty())
                content = AttachmentEncoder::anthropicContent(turn);
            const int at = appendMessage(turn.role, content);
            callsAt = turn.role == QLatin1String("assistant") ? at : -1;
            resultsAt = -1;
            continue;
        }
        if (callsAt < 0) {
            callsAt = appendMessage(QStringLiteral("assistant"), QJsonArray());
            resultsAt = -1;
        }
        QJsonObject assistant = messages.at(callsAt).toObject();
        QJsonArray blocks = blocksOf(assistant.value(QLatin1String("content")));
        blocks.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("tool_use")},
            {QStringLiteral("id"), turn.toolCall.id}, {QStringLiteral("name"), turn.toolCall.name},
            {QStringLiteral("input"), QJsonDocument::fromJson(turn.toolCall.arguments.toUtf8()).object()}});
        assistant.insert(QStringLiteral("content"), blocks);
        messages.replace(callsAt, assistant);
        if (resultsAt < 0)
            resultsAt = appendMessage(QStringLiteral("user"), QJsonArray());
        QJsonObject user = messages.at(resultsAt).toObject();
        QJsonArray results = user.value(QLatin1String("content")).toArray();
        results.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("tool_result")},
            {QStringLiteral("tool_use_id"), turn.toolCall.id}, {QStringLiteral("content"), turn.content}});
        user.insert(QStringLiteral("content"), results);
        messages.replace(resultsAt, user);
    }
    return messages;
}

void AnthropicClient::resetReply()
{
    m_toolCallOfBlock.clear();
}

void AnthropicClient::handleEvent(const SseEvent &event)
{
    QJsonObject object;
    if (!parseEvent(event.data, &object))
        return;
    QString type = object.value(QLatin1String("type")).toString();
    if (type.isEmpty())
        type = QString::fromUtf8(event.type);
    const int index = object.value(QLatin1String("index")).toInt();

    if (type == u"content_block_delta") {
        readDelta(index, object.value(QLatin1String("delta")).toObject());
    } else if (type == u"content_block_start") {
        startBlock(index, object.value(QLatin1String("content_block")).toObject());
    } else if (type == u"message_start") {
        mergeUsage(
            object.value(QLatin1String("message")).toObject().value(QLatin1String("usage")).toObject());
    } else if (type == u"message_delta") {
        const QString stopReason
            = object.value(QLatin1String("delta")).toObject().value(QLatin1String("stop_reason")).toString();
        if (!stopReason.isEmpty())
            m_outcome.finishReason = stopReason;
        mergeUsage(object.value(QLatin1String("usage")).toObject());
    } else if (type == u"message_stop") {
        for (ToolCall &call : m_outcome.toolCalls) {
            if (call.arguments.isEmpty())
                call.arguments = QStringLiteral("{}"); // a tool without input streams no fragments
        }
        m_outcome.sawDone = true;
    } else if (type == u"error") {
        failInStream(object);
    }
    // ping and content_block_stop carry nothing we need.
}

void AnthropicClient::startBlock(int index, const QJsonObject &block)
{
    if (block.value(QLatin1String("type")).toString() != u"tool_use")
        return;
    ToolCall call;
    call.id = block.value(QLatin1String("id")).toString();
    call.name = block.value(QLatin1String("name")).toString();
    m_toolCallOfBlock.insert(index, m_outcome.toolCalls.size());
    m_outcome.toolCalls.append(call);
}

void AnthropicClient::readDelta(int index, const QJsonObject &delta)
{
    const QString type = delta.value(QLatin1String("type")).toString();
    if (type == u"text_delta") {
        deliverText(delta.value(QLatin1String("text")).toString());
    } else if (type == u"thinking_delta") {
        deliverReasoning(delta.value(QLatin1String("thinking")).toString());
    } else if (type == u"input_json_delta") {
        const auto call = m_toolCallOfBlock.constFind(index);
        if (call != m_toolCallOfBlock.cend())
            m_outcome.toolCalls[*call].arguments += delta.value(QLatin1String("partial_json")).toString();
    }
    // signature_delta only matters when thinking blocks are sent back, which Confab does not do.
}

void AnthropicClient::mergeUsage(const QJsonObject &usage)
{
    if (usage.isEmpty())
        return;
    // message_delta's counts are cumulative, so later values replace earlier ones key by key.
    TokenUsage &target = m_outcome.usage;
    for (auto it = usage.begin(); it != usage.end(); ++it) {
        if (!it.value().isNull())
            target.raw.insert(it.key(), it.value());
    }
    target.promptTokens = target.raw.value(QLatin1String("input_tokens")).toInt(-1);
    target.completionTokens = target.raw.value(QLatin1String("output_tokens")).toInt(-1);
}

QNetworkRequest AnthropicClient::modelsRequest() const
{
    return authorizedRequest(endpoint(QStringLiteral("models?limit=1000")));
}

QStringList AnthropicClient::parseModels(const QJsonObject &answer) const
{
    return valuesOf(answer.value(QLatin1String("data")).toArray(), QLatin1String("id"));
}
