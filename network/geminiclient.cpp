#include "network/geminiclient.h"

#include "network/attachmentencoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QLatin1String kModelsPrefix("models/");

QJsonObject textParts(const QString &text)
{
    return QJsonObject {{QStringLiteral("parts"), QJsonArray {QJsonObject {{QStringLiteral("text"), text}}}}};
}
} // namespace

GeminiClient::GeminiClient(QNetworkAccessManager *nam, const ProviderProfile &profile, QObject *parent)
    : SseChatClient(nam, profile, parent)
{ }

QNetworkRequest GeminiClient::authorizedRequest(const QUrl &url) const
{
    QNetworkRequest request = jsonRequest(url);
    // In a header rather than ?key=, so the key never appears in URLs, logs or error messages.
    if (!m_apiKey.isEmpty())
        request.setRawHeader("x-goog-api-key", m_apiKey.toUtf8());
    return request;
}

QNetworkRequest GeminiClient::chatRequest(const ChatRequest &request, QByteArray *body) const
{
    QJsonObject json {{QStringLiteral("contents"), geminiContents(request)}};
    if (!request.tools.isEmpty())
        json.insert(QStringLiteral("tools"), geminiTools(request.tools));
    if (!request.systemPrompt.isEmpty())
        json.insert(QStringLiteral("systemInstruction"), textParts(request.systemPrompt));
    QJsonObject config;
    if (request.temperature)
        config.insert(QStringLiteral("temperature"), *request.temperature);
    if (request.maxTokens > 0)
        config.insert(QStringLiteral("maxOutputTokens"), request.maxTokens);
    if (!config.isEmpty())
        json.insert(QStringLiteral("generationConfig"), config);
    *body = QJsonDocument(json).toJson(QJsonDocument::Compact);

    // "gemini-2.0-flash" and "models/gemini-2.0-flash" both work; "tunedModels/x" is kept as is.
    QString model = request.model;
    if (!model.contains(u'/'))
        model.prepend(kModelsPrefix);
    QNetworkRequest networkRequest
        = authorizedRequest(endpoint(model + QStringLiteral(":streamGenerateContent?alt=sse")));
    networkRequest.setRawHeader("Accept", "text/event-stream");
    return networkRequest;
}

QJsonArray GeminiClient::geminiContents(const ChatRequest &request)
{
    QJsonArray contents;
    int callsAt = -1; // the model turn whose functionCall parts are being answered
    int resultsAt = -1; // the user turn that gathers their functionResponse parts
    const auto appendPart = [&contents](int at, const QJsonObject &part) {
        QJsonObject content = contents.at(at).toObject();
        QJsonArray parts = content.value(QLatin1String("parts")).toArray();
        parts.append(part);
        content.insert(QStringLiteral("parts"), parts);
        contents.replace(at, content);
    };
    for (const ChatTurn &turn : request.messages) {
        const bool model = turn.role == u"assistant";
        if (turn.role != u"tool") {
            // A reply that only called tools has no text part: its calls come from the steps.
            QJsonObject content = !turn.attachments.isEmpty()
                ? QJsonObject {{QStringLiteral("parts"), AttachmentEncoder::geminiParts(turn)}}
                : model && turn.content.isEmpty() ? QJsonObject {{QStringLiteral("parts"), QJsonArray()}}
                                                  : textParts(turn.content);
            content.insert(QStringLiteral("role"), model ? QStringLiteral("model") : QStringLiteral("user"));
            contents.append(content);
            callsAt = model ? int(contents.size()) - 1 : -1;
            resultsAt = -1;
            continue;
        }
        if (callsAt < 0) {
            contents.append(QJsonObject {
                {QStringLiteral("role"), QStringLiteral("model")}, {QStringLiteral("parts"), QJsonArray()}});
            callsAt = int(contents.size()) - 1;
        }
        if (resultsAt < 0) {
            contents.append(QJsonObject {
                {QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("parts"), QJsonArray()}});
            resultsAt = int(contents.size()) - 1;
        }
        appendPart(callsAt,
            QJsonObject {{QStringLiteral("functionCall"),
                QJsonObject {{QStringLiteral("name"), turn.toolCall.name},
                    {QStringLiteral("args"),
                        QJsonDocument::fromJson(turn.toolCall.arguments.toUtf8()).object()}}}});
        // "output" holds the function's result (FunctionResponse.response in the API reference).
        appendPart(resultsAt,
            QJsonObject {{QStringLiteral("functionResponse"),
                QJsonObject {{QStringLiteral("name"), turn.toolCall.name},
                    {QStringLiteral("response"), QJsonObject {{QStringLiteral("output"), turn.content}}}}}});
    }
    // A model turn left with no part at all (an empty reply) is not accepted: drop it.
    QJsonArray kept;
    for (const QJsonValue &content : qAsConst(contents)) {
        if (!content.toObject().value(QLatin1String("parts")).toArray().isEmpty())
            kept.append(content);
    }
    return kept;
}

QJsonArray GeminiClient::geminiTools(const QJsonArray &tools)
{
    QJsonArray declarations;
    for (const QJsonValue &tool : tools) {
        const QJsonObject function = tool.toObject().value(QLatin1String("function")).toObject();
        // parametersJsonSchema takes the JSON Schema an MCP server gives as it is; "parameters"
        // would take only Gemini's OpenAPI subset.
        declarations.append(QJsonObject {{QStringLiteral("name"), function.value(QLatin1String("name"))},
            {QStringLiteral("description"), function.value(QLatin1String("description"))},
            {QStringLiteral("parametersJsonSchema"), function.value(QLatin1String("parameters"))}});
    }
    return QJsonArray {QJsonObject {{QStringLiteral("functionDeclarations"), declarations}}};
}

void GeminiClient::handleEvent(const SseEvent &event)
{
    QJsonObject chunk;
    if (!parseEvent(event.data, &chunk))
        return;
    const QJsonValue error = chunk.value(QLatin1String("error"));
    if (!error.isUndefined()) {
        failInStream(error);
        return;
    }
    const QJsonObject candidate = chunk.value(QLatin1String("candidates")).toArray().first().toObject();
    readParts(candidate.value(QLatin1String("content")).toObject().value(QLatin1String("parts")).toArray());
    const QString finishReason = candidate.value(QLatin1String("finishReason")).toString();
    if (!finishReason.isEmpty())
        m_outcome.finishReason = finishReason;
    // Every chunk repeats usageMetadata; the last one has the final counts.
    readUsage(chunk.value(QLatin1String("usageMetadata")).toObject());

    const QString blockReason = chunk.value(QLatin1String("promptFeedback"))
                                    .toObject()
                                    .value(QLatin1String("blockReason"))
                                    .toString();
    if (!blockReason.isEmpty() && candidate.isEmpty()) {
        failInStream(QJsonObject {
            {QStringLiteral("message"), QStringLiteral("the prompt was blocked (%1)").arg(blockReason)},
            {QStringLiteral("status"), blockReason}});
    }
}

void GeminiClient::readParts(const QJsonArray &parts)
{
    for (const QJsonValue &value : parts) {
        const QJsonObject part = value.toObject();
        const QJsonObject functionCall = part.value(QLatin1String("functionCall")).toObject();
        if (!functionCall.isEmpty()) {
            ToolCall call;
            call.id = functionCall.value(QLatin1String("id")).toString();
            if (call.id.isEmpty())
                call.id = newToolCallId();
            call.name = functionCall.value(QLatin1String("name")).toString();
            call.arguments
                = QString::fromUtf8(QJsonDocument(functionCall.value(QLatin1String("args")).toObject())
                                        .toJson(QJsonDocument::Compact));
            m_outcome.toolCalls.append(call);
            continue;
        }
        const QString text = part.value(QLatin1String("text")).toString();
        if (part.value(QLatin1String("thought")).toBool())
            deliverReasoning(text);
        else
            deliverText(text);
    }
}

void GeminiClient::readUsage(const QJsonObject &usage)
{
    if (usage.isEmpty())
        return;
    TokenUsage &target = m_outcome.usage;
    target.raw = usage;
    target.promptTokens = usage.value(QLatin1String("promptTokenCount")).toInt(-1);
    target.completionTokens = usage.value(QLatin1String("candidatesTokenCount")).toInt(-1);
    target.reasoningTokens = usage.value(QLatin1String("thoughtsTokenCount")).toInt(-1);
}

QNetworkRequest GeminiClient::modelsRequest() const
{
    return authorizedRequest(endpoint(QStringLiteral("models?pageSize=1000")));
}

QStringList GeminiClient::parseModels(const QJsonObject &answer) const
{
    QStringList models;
    const QJsonArray list = answer.value(QLatin1String("models")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject model = value.toObject();
        // Embedding and other non-chat models are of no use in a chat client.
        const QJsonArray methods = model.value(QLatin1String("supportedGenerationMethods")).toArray();
        if (!methods.isEmpty() && !methods.contains(QStringLiteral("streamGenerateContent"))
            && !methods.contains(QStringLiteral("generateContent")))
            continue;
        QString name = model.value(QLatin1String("name")).toString();
        if (name.startsWith(kModelsPrefix))
            name.remove(0, kModelsPrefix.size());
        if (!name.isEmpty())
            models.append(name);
    }
    return models;
}
